"""The block model is frozen and compares by value, which the reader tests rely on."""

import attrs
import pytest

from proplint.importing.blocks import (
    TICKED,
    UNKNOWN_BOX,
    UNTICKED,
    Cell,
    Paragraph,
    ReadError,
    Source,
    Table,
)


def test_blocks_compare_by_value_and_are_frozen() -> None:
    table = Table(rows=((Cell("a", bold=True), Cell("")),))
    source = Source(file="x.md", blocks=(Paragraph("Ja", bullet=True), table))
    assert source == Source(file="x.md", blocks=(Paragraph("Ja", bullet=True), table))
    assert source.header == ()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        source.file = "y.md"  # type: ignore[misc]


def test_glyphs_are_distinct_and_read_error_carries_its_message() -> None:
    assert len({TICKED, UNTICKED, UNKNOWN_BOX}) == 3
    assert ReadError("not a Word document").message == "not a Word document"
