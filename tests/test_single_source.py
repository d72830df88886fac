"""Knowledge kept in one place: document kinds, kinds of proposal, languages and units are each defined once.

Every list of them elsewhere is derived from the one definition, so adding a
kind, a language or a unit is one edit; these tests hold the derived lists to it.
"""

from __future__ import annotations

from decimal import Decimal

from proplint import danish
from proplint.checks.catalogue import _scale
from proplint.model.enums import UNIT_KRONER, Unit
from proplint.report import html_overview


def test_every_unit_has_its_kroner_once_and_the_readers_and_the_report_use_them() -> None:
    assert set(UNIT_KRONER) == set(Unit)
    assert danish.UNIT_KRONER is UNIT_KRONER
    assert html_overview.THOUSANDS == {unit.value: kroner / 1000 for unit, kroner in UNIT_KRONER.items()}
    assert html_overview.THOUSANDS == {"1000 DKK": Decimal(1), "DKK": Decimal("0.001"), "mio DKK": Decimal(1000)}
    assert _scale("mio DKK", "1000 DKK") == 1000 and _scale("DKK", "1000 DKK") == Decimal("0.001")
    assert html_overview._unit_name("da") == "1.000 kr." and html_overview._unit_name("en") == "1000 DKK"
