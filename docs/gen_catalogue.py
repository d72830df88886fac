"""Keep the Danish message catalogue in step with the rulesets and the report: ``python docs/gen_catalogue.py``.

Collects every message and hint template of the shipped rulesets and every
``gettext``/``ngettext`` string of the package, merges them into
``src/proplint/locale/da/LC_MESSAGES/proplint.po`` (keeping the translations
there) and compiles the ``.mo`` that proplint reads at run time.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "proplint"
PO = PACKAGE / "locale" / "da" / "LC_MESSAGES" / "proplint.po"
MO = PO.with_suffix(".mo")
_ONLY_FIELDS = re.compile(r"(\{[^{}]*\}\s*)*\Z")


def template() -> Catalog:
    """Every message id, with where it comes from."""
    import yaml

    catalog = Catalog(project="proplint", domain="proplint")
    for ruleset in sorted((ROOT / "rules").glob("*.yaml")):
        entries = yaml.safe_load(ruleset.read_text(encoding="utf-8")).get("rules", [])
        for entry in entries:
            for key in ("message", "hint", "summary", "why"):
                text = entry.get(key)
                if text and not _ONLY_FIELDS.match(text):
                    catalog.add(text, locations=[(f"rules/{ruleset.name}", 0)], auto_comments=[f"{entry['code']} {key}"])
    for source in sorted(PACKAGE.rglob("*.py")):
        for line, message, _, _ in extract_from_file("python", str(source), keywords=_KEYWORDS):
            if message and not (isinstance(message, str) and _ONLY_FIELDS.match(message)):
                catalog.add(message, locations=[(str(source.relative_to(ROOT)), line)])
    from proplint.model.enums import Answer, CaseColour, DocumentKind, Kind, RowType

    for vocabulary in (Answer, Kind, RowType, DocumentKind, CaseColour):  # words checks and the HTML report put into text
        for member in vocabulary:
            catalog.add(member.value, locations=[("src/proplint/model/enums.py", 0)], auto_comments=[f"{vocabulary.__name__} word"])
    return catalog


# Phrase("...") and N_("...") (and the value errors that carry a phrase) hold text built in code; gettext/ngettext the report's own words.
_KEYWORDS = {"gettext": None, "_": None, "ngettext": (1, 2), "Phrase": None, "N_": None, "ValueProblem": None, "VocabularyError": None}


def merged() -> Catalog:
    """The Danish catalogue brought up to the template: new ids added empty, vanished ids dropped."""
    with PO.open("rb") as handle:
        danish = read_po(handle, locale="da", domain="proplint")
    created = danish.creation_date
    danish.update(template(), no_fuzzy_matching=True)
    danish.obsolete.clear()
    danish.creation_date = created  # a date that changes on every run would only make noise in diffs
    return danish


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def po_text(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, include_lineno=False)
    return buffer.getvalue()


if __name__ == "__main__":
    catalog = merged()
    PO.write_bytes(po_text(catalog))
    MO.write_bytes(compiled(catalog))
    missing = [message.id for message in catalog if message.id and not all(message.string if message.pluralizable else [message.string])]
    for message_id in missing:
        print(f"untranslated: {message_id!r}")
