"""Stamping: a check's hit becomes a finding with the rule's name, severity, worded message and fingerprint.

One module for every finding (rule hits, document problems, suppression
findings and the project checks across files), so they are worded, located
and fingerprinted alike; it needs no engine.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from proplint.findings import Finding, Hit
from proplint.i18n import translate
from proplint.loading.document import LoadedDocument, NoLocator, StartLocator
from proplint.paths import Path, format_path, value_at
from proplint.phrases import fill

if TYPE_CHECKING:
    from proplint.ruleset import Rule, Ruleset
    from proplint.structuring import Structured


def stamp(
    hit: Hit,
    rule: Rule,
    document: LoadedDocument,
    language: str = "en",
    proposal: str | None = None,
    structured: Structured | None = None,
    earlier_path: Path | None = None,
) -> Finding:
    """The finding ``rule`` words for ``hit`` in ``document`` (located by ``hit.at``, by ``hit.offset`` inside its text, else by its path).

    ``proposal`` is the id of one proposal of a file that holds several (the
    finding's ``document``); ``structured`` is what structuring made of the
    document (``hit.path`` is a path the user wrote), and ``earlier_path``
    the path earlier versions reported the hit at, where that is another.
    """
    source = structured.source_path(hit.path) if structured is not None else hit.path
    if hit.at is not None:
        position: tuple[int, int] | None = hit.at
    elif hit.offset is not None:
        from proplint.loading.inside import locate_inside

        position = locate_inside(document, source, hit.offset)
    else:
        position = document.locate(source, key=hit.code == "D004")
    line, column = position if position is not None else (None, None)
    from proplint.locations import location_in  # human locations: only for a file with findings
    structured_data = structured.data if structured is not None else document.data
    in_model = structured.model_path(hit.path) if structured is not None else hit.path
    if in_model is not None:  # named as the model has it: a value it rejected is not named after what it held
        location = location_in(structured_data, in_model, language, proposal)
    else:  # a value structuring removed: named as written
        location = location_in(document.data, hit.path, language, proposal)
    path = format_path(hit.path)
    printed = fingerprint(hit, path, value_at(document.data, source), proposal)
    # Structuring once changed the loaded data in place (amount lists read as years, rejected values removed) and
    # findings were reported and fingerprinted on the result: baselines written then hold those, so each finding keeps
    # the path and fingerprint it had then, where they differ.
    earlier = path if earlier_path is None else format_path(earlier_path)
    before = printed
    earlier_data = structured.earlier_data if structured is not None else document.data
    if earlier_data is not document.data:
        before = fingerprint(hit, earlier, value_at(earlier_data, hit.path if earlier_path is None else earlier_path), proposal)
    message_template, hint_template = rule.message, rule.hint
    if language != "en":
        message_template = translate(message_template, language)
        hint_template = translate(hint_template, language) if hint_template else None
    hint = None
    if hint_template and all(name in hit.args for name in fields(hint_template)):
        hint = fill(hint_template, hit.args, language)
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity.moved(hit.step) if hit.step else rule.severity,
        message=fill(message_template, hit.args, language),
        file=document.file,
        line=line,
        column=column,
        path=path,
        hint=hint,
        fingerprint=printed,
        document=proposal,
        location=location,
        earlier_fingerprint=before if before != printed else None,
        earlier_path=earlier if earlier != path else None,
    )


def stamp_enabled(
    hit: Hit,
    ruleset: Ruleset,
    document: LoadedDocument,
    language: str = "en",
    proposal: str | None = None,
    structured: Structured | None = None,
    earlier_path: Path | None = None,
) -> Finding | None:
    """The finding for ``hit``, or ``None`` when its rule is unknown or off in ``ruleset``."""
    rule = ruleset.rules.get(hit.code)
    if rule is None or not rule.enabled:
        return None
    return stamp(hit, rule, document, language, proposal, structured, earlier_path)


def stamp_hit(
    hit: Hit, ruleset: Ruleset, file: str, language: str = "en", proposal: str | None = None, lines: bool = True
) -> Finding | None:
    """A finding from a hit about a file as a whole (located by ``hit.at``), or ``None`` when its rule is off.

    ``proposal`` names one proposal of a collection; without ``lines`` (Word)
    a hit without ``at`` has no line, instead of the file's first.
    """
    locator = StartLocator() if lines else NoLocator()
    return stamp_enabled(hit, ruleset, LoadedDocument(file=file, data=None, locator=locator), language, proposal)


def fingerprint(hit: Hit, path: str, value: Any, proposal: str | None = None) -> str:
    """A digest of the rule, the (formatted) path and the value there (and the proposal in a collection), so moving lines does not change it.

    ``value`` is the one the user wrote; without one (or for a hit about a
    comment or a figure in prose) the hit's arguments stand for it.
    """
    import hashlib

    if value is None or hit.at is not None or hit.offset is not None:
        value = sorted(hit.args.items())
    text = f"{hit.code}\x1f{path}\x1f{value!r}"
    if proposal is not None:
        text += f"\x1f{proposal}"
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def fields(template: str) -> Iterable[str]:
    """The argument names a message template uses."""
    return [name.split("!")[0].split(".")[0] for _, name, _, _ in string.Formatter().parse(template) if name]
