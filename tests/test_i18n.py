"""Danish output: translated messages, amounts written the Danish way, and a catalogue in step."""

from __future__ import annotations

import os
import re
import runpy
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import EXAMPLES, ROOT

from proplint.i18n import format_amount

SUMS = str(EXAMPLES / "broken" / "sums-SU04.yaml")


def run(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proplint", *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


def test_lang_da_translates_messages_hints_and_the_summary() -> None:
    result = run("check", "--isolated", "--lang", "da", SUMS)
    assert result.returncode == 1
    assert "2027: I alt for Tabel 3. Varige ændringer, service er -6.760, men rækkerne giver tilsammen -6.690 (forskel 70)" in result.stdout
    assert "(ret i alt-rækken eller den række, der er forkert: i alt er summen af rækkerne)" in result.stdout
    assert result.stdout.rstrip().endswith("Kontrollerede 1 fil: 4 fejl, 1 advarsel, 0 bemærkninger.")
    assert "  fejl  " in result.stdout and "  advarsel  " in result.stdout
    english = run("check", "--isolated", SUMS).stdout
    assert "2027: total -6760 but rows sum to -6690 (difference 70)" in english
    assert english.rstrip().endswith("Checked 1 file: 4 errors, 1 warning, 0 info.")


def test_language_follows_the_locale_unless_configured(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    danish = run("check", SUMS, env={**env, "LANG": "da_DK.UTF-8"}, cwd=tmp_path)
    assert "Kontrollerede 1 fil" in danish.stdout
    assert "Checked 1 file" in run("check", SUMS, env={**env, "LANG": "C.UTF-8"}, cwd=tmp_path).stdout
    (tmp_path / ".proplint.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert "Checked 1 file" in run("check", SUMS, env={**env, "LANG": "da_DK.UTF-8"}, cwd=tmp_path).stdout
    (tmp_path / ".proplint.toml").write_text('lang = "sv"\n', encoding="utf-8")
    wrong = run("check", SUMS, env=env, cwd=tmp_path)
    assert wrong.returncode == 2 and "'lang' must be one of en, da" in wrong.stderr


@given(st.decimals(allow_nan=False, allow_infinity=False, places=None).filter(lambda d: abs(d) < Decimal("1e15")))
def test_danish_amounts_read_back_to_the_same_figure(amount: Decimal) -> None:
    amount = amount.quantize(Decimal(1)) if amount.as_tuple().exponent > 0 else amount  # type: ignore[operator]
    written = format_amount(amount, "da")
    assert re.fullmatch(r"-?\d{1,3}(\.\d{3})*(,\d+)?", written), written
    read = Decimal(written.replace(".", "").replace(",", "."))
    assert read == amount
    assert format_amount(amount, "en") == (f"{amount:f}" if f"{amount:f}" not in ("-0", "+0") else "0")


def test_every_message_has_a_danish_translation_with_the_same_fields() -> None:
    generator = runpy.run_path(str(ROOT / "docs" / "gen_catalogue.py"))
    template, danish = generator["template"](), generator["merged"]()
    fields = re.compile(r"\{[^{}]*\}")
    for message in template:
        if not message.id:
            continue
        translated = danish.get(message.id)
        assert translated is not None and not translated.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = translated.string if isinstance(translated.string, tuple) else (translated.string,)
        for text in strings:
            assert text, f"untranslated: {message.id!r}: run python docs/gen_catalogue.py and translate"
            assert sorted(fields.findall(text)) == sorted(fields.findall(ids[-1])), (message.id, text)
    assert _messages(generator["MO"].read_bytes()) == _messages(generator["compiled"](danish)), "run python docs/gen_catalogue.py"


def _messages(mo: bytes) -> dict[object, str]:
    """A compiled catalogue's translations, without its header (which names the Babel version that wrote it)."""
    import gettext
    import io

    catalog = gettext.GNUTranslations(io.BytesIO(mo))._catalog  # type: ignore[attr-defined]
    return {key: text for key, text in catalog.items() if key != ""}


BROKEN_TEXTS = [
    ("yaml", "format: proplint/1\nproject: {title: [a, b}\n", "D001", "fandt ikke det forventede ',' eller ']' (ved læsning af en inline-liste)"),
    ("json", '{"format": "proplint/1",\n "project": }', "D001", "forventede en værdi"),
    ("toml", 'format = "proplint/1"\nproject = \n', "D001", "ugyldig værdi"),
    ("toml", 'format = "proplint/1"\n[project\n', "D001", "forventede ']' efter en tabeloverskrift"),
    ("yaml", "format: proplint/1\nformat: proplint/1\n", "D002", "nøglen 'format' står to gange"),
    ("yaml", "- a list\n", "D003", "ikke et proplint-dokument: øverste niveau er en liste, ikke en opslagstabel (nøgle: værdi)"),
    ("yaml", "format: proplint/1\ndocument: proposal\nsubmitted: 2026-02-30\n", "D002", "'2026-02-30' er ikke en gyldig dato"),
    ("yaml", "format: proplint/1\ntitle: [x]\n", "D002", "forventede tekst, fik en liste"),
]


@pytest.mark.parametrize(("syntax", "text", "code", "danish"), BROKEN_TEXTS)
def test_loader_and_value_problems_are_danish(syntax: str, text: str, code: str, danish: str) -> None:
    from proplint import Options, lint_text

    english = lint_text(text, file=f"doc.{syntax}", syntax=syntax).findings
    translated = lint_text(text, file=f"doc.{syntax}", syntax=syntax, options=Options(language="da")).findings
    assert any(finding.code == code and danish in finding.message for finding in translated), [f.message for f in translated]
    assert [(f.code, f.path, f.line, f.column) for f in english] == [(f.code, f.path, f.line, f.column) for f in translated]


def test_every_finding_on_the_broken_examples_reads_differently_in_danish() -> None:
    """No message of the planted errors is left in English (the data quoted in it aside)."""
    from proplint import Options, lint_paths

    paths = [str(EXAMPLES / "broken")]
    english = lint_paths(paths, Options()).findings
    danish = lint_paths(paths, Options(language="da")).findings
    assert len(english) == len(danish) > 20
    for before, after in zip(english, danish, strict=True):
        assert (before.code, before.path) == (after.code, after.path)
        assert before.message != after.message, before.message
    words = {f.code: f.message for f in danish}
    assert "giver 3 år" in words["E301"] and "forslagstypen investering" in words["E303"]
    assert "tabellen 'implementeringsomkostninger' har rækker, men ingen i alt-række" in words["S102"]
    assert "svarede 'nej', men parten skal godkende forslaget" in words["C604"]
    assert any("brug investeringsforslag, innovationsforslag eller effektiviseringsforslag" in f.message for f in danish)


# One term per concept, the template's own (the glossary of docs/danish.md): an English term in a message id
# must come out as its Danish term, and the words native readers found unclear must not come back.
CONCEPTS = [
    (r"implementation cost", r"implementeringsomkostning"),
    (r"total impact", r"samle[dt]e? økonomiske? påvirkning"),
    (r"payback", r"tilbagebeta"),
    (r"risk assessment", r"risikovurdering"),
    (r"follow-up", r"opfølgning"),
    (r"\bfindings?\b", r"\bfund"),
    (r"permanent changes", r"varige ændringer"),
    (r"\bcatalogues?\b", r"katalog"),
    (r"consult", r"hør"),
    (r"^(?!.*goal)(?!Baseline$).*\bbaseline\b", r"baseline"),  # an effect goal's baseline is its udgangspunkt
]
AVOIDED = [
    r"implementeringsudgift",
    r"samlet effekt",
    r"samlede effekt",
    r"\beffekten\b",
    r"samlet påvirkning",
    r"varige? total",
    r"tjekkede",
    r"summerer",
    r"tjener sig",
    r"\bmapping\b",
    r"\binfo\b",
    r"holdt tilbage",
    r"ingen total\b",
    r"\btotalen\b",
]


def _catalogue_pairs() -> list[tuple[str, str]]:
    generator = runpy.run_path(str(ROOT / "docs" / "gen_catalogue.py"))
    pairs = []
    for message in generator["merged"]():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        pairs.extend((ids[min(index, len(ids) - 1)], text) for index, text in enumerate(strings))
    return pairs


def test_each_concept_has_one_danish_term_throughout_the_catalogue() -> None:
    wrong = []
    for english, danish in _catalogue_pairs():
        english = re.sub(r"\{[^{}]*\}", "", english)  # the words, not the names of arguments
        for term, word in CONCEPTS:
            if re.search(term, english, re.IGNORECASE) and not re.search(word, danish, re.IGNORECASE):
                wrong.append((term, english, danish))
        wrong.extend(("avoided " + avoided, english, danish) for avoided in AVOIDED if re.search(avoided, danish, re.IGNORECASE))
    assert not wrong, "\n".join(f"{term}: {english!r} => {danish!r}" for term, english, danish in wrong)
