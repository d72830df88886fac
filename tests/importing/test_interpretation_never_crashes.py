"""Whatever blocks a reader produces, interpretation gives proposals and findings or NotATemplate, never a crash."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proplint.importing import NotATemplate
from proplint.importing.blocks import TICKED, UNKNOWN_BOX, UNTICKED, Cell, Paragraph, Source, Table
from proplint.importing.interpret import interpret_source
from proplint.importing.writing import write
from proplint.loading import load_text

WORDS = [
    "SU01. Titel", "SU1 Titel", "SU02.", "Forslagets titel: SU3. Titel", "Kort resumé:", "Berørte forvaltninger:",
    "Forslaget vil medføre en serviceforringelse:", "Ja", "Nej", TICKED, UNTICKED, UNKNOWN_BOX, "1. Beskrivelse af forslag",
    "2. Økonomi", "3. Opfølgning", "4. Risikovurdering", "6. Inddragelse og høring", "10. Hvem er hørt?", "Høring",
    "Ikke relevant.", "Tabel 1. Forslagets samlede økonomiske konsekvenser", "Varige ændringer", "Implementeringsomkostninger",
    "Samlet varig ændring", "Samlede implementeringsomkostninger, service", "Samlet økonomisk påvirkning",
    "Tilbagebetalingstid baseret på totaløkonomi", "Styringsområde", "1.000 kr. 2027 p/l", "2027", "2028", "-1.250", "1.6780",
    "525.00", "ca. 2", "0 kr.", "-", "Opfølgningsmål", "Ja/Nej", "29/01/2027", "Udgift 1.000 kr. 2027 p/l", "Forventet vedtagelse",
    "X", "Note: tekst", "ADMINISTRATIVT BILAG - EFFEKTIVISERINGSFORSLAG", "Milepæle", "Risikoen vurderes lav.", "INVESTERINGSFORSLAG",
    "BUDGET 2024", "Budget 2027", "", " ", "\n", "ja, d. 3. februar 2027", "Nettoeffekt på administrative udgifter",
]  # fmt: skip
text = st.one_of(st.sampled_from(WORDS), st.text(max_size=12), st.lists(st.sampled_from(WORDS), max_size=3).map(" ".join))
cell = st.builds(Cell, text, st.booleans(), st.none() | st.tuples(st.integers(1, 99), st.integers(1, 9)))
table = st.integers(1, 6).flatmap(lambda width: st.lists(st.lists(cell, min_size=width, max_size=width).map(tuple), min_size=1, max_size=6)).map(
    lambda rows: Table(tuple(rows), at=(1, 1))
)
paragraph = st.builds(Paragraph, text, st.none() | st.integers(1, 4), st.booleans(), st.booleans(), st.none() | st.tuples(st.integers(1, 99), st.integers(1, 9)))
sources = st.builds(Source, st.just("x.md"), st.lists(st.one_of(paragraph, table), max_size=40).map(tuple), st.lists(st.sampled_from(WORDS), max_size=3).map(tuple))


@settings(max_examples=150, deadline=None)
@given(sources)
def test_any_blocks_import_without_a_crash_and_write_back(source: Source) -> None:
    try:
        result = interpret_source(source)
    except NotATemplate:
        return
    for proposal in result.proposals:
        document = proposal.document
        assert document.data["format"] == "proplint/1"
        assert load_text(write(document.data, "yaml", "x.md"), "x.yaml").data == document.data
        for hit in document.hits:
            document.locate(hit.path)
