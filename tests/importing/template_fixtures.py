"""Template documents for the interpretation tests, written in the Markdown export's shape.

``blocks`` turns such text into blocks by hand (as the readers would, with
line and column), so the interpretation is tested without a reader:
``#`` headings, ``**…**`` bold paragraphs, ``- `` list items, TAB-separated
table rows with ``<b>…</b>`` bold cells, paragraphs split by blank lines.
"""

from __future__ import annotations

import re

from proplint.importing.blocks import Block, Cell, Paragraph, Source, Table

_BOLD = re.compile(r"</?b>")


def _cell(raw: str, line: int, column: int) -> Cell:
    text = _BOLD.sub("", raw).strip()
    return Cell(text, bold=raw.strip().startswith("<b>") and bool(text), at=(line, column))


def blocks(text: str, file: str = "doc.md", header: tuple[str, ...] = (), word: bool = False) -> Source:
    """A Source from export-shaped text; ``word`` drops positions (Word has no lines)."""
    lines = text.split("\n")
    found: list[Block] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        if "\t" in line:
            rows = []
            first = number
            while index < len(lines) and "\t" in lines[index]:
                cells, column = [], 1
                for raw in lines[index].split("\t"):
                    cells.append(_cell(raw, index + 1, column + len(raw) - len(raw.lstrip())))
                    column += len(raw) + 1
                rows.append(cells)
                index += 1
            width = max(len(row) for row in rows)
            for row in rows:
                row.extend(Cell("", at=(first, 1)) for _ in range(width - len(row)))
            found.append(Table(tuple(tuple(row) for row in rows), at=(first, 1)))
            continue
        if not line.strip():
            index += 1
            continue
        if match := re.match(r"(#{1,4})\s+(.*)", line):
            found.append(Paragraph(match[2], heading=len(match[1]), at=(number, len(match[1]) + 2)))
            index += 1
            continue
        if line.startswith("- "):
            found.append(Paragraph(line[2:], bullet=True, at=(number, 3)))
            index += 1
            continue
        paragraph = [line]
        index += 1
        while index < len(lines) and lines[index].strip() and "\t" not in lines[index] and not lines[index].startswith(("#", "- ")):
            paragraph.append(lines[index])
            index += 1
        joined = "\n".join(paragraph)
        bold = bool(re.fullmatch(r"\*\*[^*]+\*\*", joined.strip()))
        found.append(Paragraph(joined.replace("**", ""), bold=bold, at=(number, 1)))
    if word:
        found = [_without_positions(block) for block in found]
    return Source(file=file, blocks=tuple(found), header=header)


def _without_positions(block: Block) -> Block:
    if isinstance(block, Paragraph):
        return Paragraph(block.text, block.heading, block.bold, block.bullet)
    return Table(tuple(tuple(Cell(cell.text, cell.bold) for cell in row) for row in block.rows))


EFFICIENCY = """Bilag 2.

Budget 2027

# Samling af effektiviserings- og innovationsforslag

# SU02. Færre vikartimer i hjemmeplejen

**Kort resumé:** Hjemmeplejen planlægger vagterne bedre, så der bruges
færre vikartimer.

**Fremstillende forvaltning:** Sundheds- og Omsorgsforvaltningen

**Berørte forvaltninger:**

- Sundheds- og Omsorgsforvaltningen
- Økonomiforvaltningen

**Områder/enheder, der berøres af forslaget:** Hjemmeplejen

**Forslaget udspringer af et innovationsforslag:**

☐ Ja

☒ Nej

**Forslaget vil medføre en serviceforringelse:** ☐ Ja ☒ Nej

## 1. Beskrivelse af forslag

Hjemmeplejen bruger i dag mange vikartimer, fordi vagtplanen lægges med kort varsel. Forslaget samler planlægningen i et team, og

vagtplanen lægges fire uger frem.

### Baggrund

Antallet af   vikartimer er steget.

## 2. Økonomi

Forslaget giver en besparelse på 1,25 mio. kr. i 2027 og 2,5 mio. kr. årligt fra 2028.

Tabel 1. Forslagets samlede økonomiske konsekvenser

Varige ændringer\t1.000 kr. 2027 p/l\t\t\t\t
\tStyringsområde\t2027\t2028\t2029\t2030
Færre vikartimer i hjemmeplejen\tService\t-1.250\t-2.500\t-2.500\t-2.500
Planlægningsteam\tService\t400\t400\t400\t400
<b>Samlet varig ændring</b>\t\t<b>-850</b>\t<b>-2.100</b>\t<b>-2.100</b>\t<b>-2.100</b>

Note: Negative beløb er mindreudgifter.

Tabel 2. Varige ændringer, service

Varige ændringer, service\t1.000 kr. 2027 p/l\t\t\t\t
\tBevilling\t2027\t2028\t2029\t2030
Reduktion af vikartimer\t50.30.90\t–1.250\t–2.500\t–2.500\t–2.500
Planlægning\t50.30.90\t400\t400\t400\t400
<b>Varige ændringer i alt</b>\t\t<b>-850</b>\t<b>-2.100</b>\t<b>-2.100</b>\t<b>-2.100</b>

## 3. Opfølgning

Tabel 3. Opfølgning

Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?
Vikartimerne er halveret\tTimeregistrering\tHjemmeplejens ledelse\tKvartalsvis fra 2027

## 4. Risikovurdering

Risikoen vurderes til at være lav, da planlægningen allerede er afprøvet.

# ADMINISTRATIVT BILAG - EFFEKTIVISERINGSFOR- SLAG

## 5. Effektivisering på administration

Forslaget medfører ikke effektivisering på administration.

## 6. Inddragelse og høring

Følgende er inddraget:

- MED-udvalget i hjemmeplejen
- Ældrerådet

Tabel 4. Høring

\tJa/Nej\tDato for godkendelse og evt. høringssvar
Center for Økonomi, Økonomiforvaltningen\tJa\t29/01/2027
MED-udvalg\tJa\tDrøftet på mødet i efteråret 2026
Direktionen\tJa\tD. 3. februar 2027
Handicaprådet\tIkke relevant\t
"""

INNOVATION = """# SU03 Velfærdsteknologi i botilbud

**Kort resumé:** Afprøvning af skærmbesøg.

**Fremstillende forvaltning:** Socialforvaltningen

## 1. Beskrivelse af forslag

Et forsøg med skærmbesøg.

## 2. Økonomi

Tabel 1. Forslagets samlede økonomiske konsekvenser

\t1.000 kr. 2027 p/l\t\t\t\t
\tStyringsområde\t2027\t2028\t2029\t2030
Projektleder\tService\t500\t500\t-\t-
Skærme\tAnlæg\t300\t-\t-\t-
Samlede implementeringsomkostninger, service\t\t500\t500\t\t
Samlede implementeringsomkostninger, anlæg\t\t300\t\t\t
<b>Samlede implementeringsomkostninger</b>\t\t<b>800</b>\t<b>500</b>\t<b>-</b>\t<b>-</b>

## 3. Kommende investeringsforslag og kriterier til prioritering

Tabel 2. Kriterier til prioritering

Udgift 1.000 kr. 2027 p/l\tForventet vedtagelse\tPotentiale for varig effektivisering (styringsområde)\tKriterier til prioritering\t\t
\t\t\tTværgående effektivisering\tPotentiale for storskala\tModne anvendelse af ny teknologi
0 kr.\tBudget 2029\t2,0 mio. kr. (service)\tX\t\tX

## 4. Opfølgning

Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?
Forsøget er evalueret\tEvalueringsrapport\tSocialforvaltningen\tUltimo 2028

## 5. Risikovurdering

Risikoniveauet vurderes til 'mellem'. Sandsynligheden for at borgerne tager godt imod skærmbesøg er stor.

# ADMINISTRATIVT BILAG - EFFEKTIVISERINGSFORSLAG

## 6. Inddragelse og høring

Ikke relevant.
"""
