"""Text built in code, kept translatable until a finding is worded.

A check or the loader says what it found as a :class:`Phrase`: an English
template with named arguments (the Danish catalogue's message id) or a single
vocabulary word. It is rendered in the reader's language only when the
finding is made, so the same hit reads right in English and in Danish, and
amounts among its arguments are written the language's way.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from proplint.i18n import LANGUAGES, translate


def N_(text: str) -> str:
    """Mark a string for the catalogue without translating it here (the gettext idiom)."""
    return text


class Phrase:
    """A template and its arguments; a phrase with no arguments is a word, never formatted."""

    __slots__ = ("template", "args")

    def __init__(self, template: str, /, **args: Any) -> None:
        self.template = template
        self.args = args

    def render(self, language: str = "en") -> str:
        template = self.template
        if language != "en":
            template = translate(template, language)
        if not self.args:
            return template
        return fill(template, self.args, language)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return repr(str(self))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.args) == (other.template, other.args)

    def __hash__(self) -> int:
        return hash(self.template)


WIDEST = 200
"""The widest a format in a template may make a value (``{label:<40}``); a wider one is refused, never printed."""


class _Formatter(string.Formatter):
    """Shows amounts as written (the language's way) and missing arguments as '?'; fills in names, nothing more.

    A template from a ruleset is checked when it loads; this holds for any
    other: no attribute or index of an argument, no format wider than :data:`WIDEST`.
    """

    def __init__(self, language: str) -> None:
        self.language = language

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> Any:
        if "." in field_name or "[" in field_name:
            raise ValueError(f"{field_name!r} names more than an argument")
        return super().get_field(field_name, args, kwargs)

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "?")
        return super().get_value(key, args, kwargs)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        short = shortened_number(value)
        if short is not None:
            return short
        if conversion == "r" and isinstance(value, str):
            return quoted(value)
        converted = super().convert_field(value, conversion)
        return shortened_text(converted) if conversion and isinstance(converted, str) else converted

    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec and _too_wide(format_spec):
            raise ValueError(f"the format {format_spec!r} is wider than {WIDEST}")
        if shortened_number(value) is not None:
            value = shortened_number(value)
        elif isinstance(value, Decimal):
            from proplint.danish import format_amount

            value = format_amount(value, self.language)
        written = super().format_field(value, format_spec)
        return written if isinstance(value, str) else shortened_text(written)  # a list or a mapping written out


_LONGEST_NUMBER = 40
_LONGEST_TEXT = 300
"""Characters of a value quoted in a message: a whole file's text quoted (and escaped) in every finding helps no one."""


def shortened_text(text: str) -> str:
    """A text to write in a message: at most ``_LONGEST_TEXT`` characters, a longer one cut with an ellipsis."""
    return text if len(text) <= _LONGEST_TEXT else text[:_LONGEST_TEXT] + "…"


def quoted(text: str) -> str:
    """``repr(text)`` in at most ``_LONGEST_TEXT`` characters, escapes included (each may take ten)."""
    written = repr(text[:_LONGEST_TEXT])
    if len(written) > _LONGEST_TEXT:  # within the limit itself, so that it is not cut again as a text argument
        written = written[: _LONGEST_TEXT - 2] + "…" + written[0]
    return written


def shortened_number(value: Any) -> str | None:
    """A whole number or amount too long to write out in a message, as its first digits and its size (``3.019469e+4815``)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 3 * _LONGEST_NUMBER:
        value = Decimal(value)
    if isinstance(value, Decimal) and value.is_finite() and value and abs(value.adjusted()) >= _LONGEST_NUMBER:
        return f"{value:.6e}"
    return None


def _too_wide(format_spec: str) -> bool:
    return any(len(number) > 3 or int(number) > WIDEST for number in re.findall(r"\d+", format_spec))


_FORMATTERS = {language: _Formatter(language) for language in LANGUAGES}


def rendered(args: Mapping[str, Any], language: str) -> dict[str, Any]:
    """The arguments with every phrase among them (or in a list of them) worded in ``language``."""
    result: dict[str, Any] = {}
    for name, value in args.items():
        if isinstance(value, Phrase):
            value = value.render(language)
        elif isinstance(value, list | tuple) and any(isinstance(item, Phrase) for item in value):
            value = ", ".join(item.render(language) if isinstance(item, Phrase) else str(item) for item in value)
        elif isinstance(value, str):
            value = shortened_text(value)
        result[name] = value
    return result


def fill(template: str, args: Mapping[str, Any], language: str = "en") -> str:
    """``template`` with ``args`` filled in; a template that cannot be filled is returned as it is."""
    formatter = _FORMATTERS.get(language) or _FORMATTERS["en"]
    try:
        return formatter.format(template, **rendered(args, language))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


class Choices(Phrase):
    """Words to choose from: the format's own in English (``none, low, medium, high``), Danish words in Danish (``ingen, lav, mellem eller høj``).

    Each word is a (value, Danish word) pair; the Danish word is one proplint
    also reads, so the advice can be followed as written.
    """

    __slots__ = ("words",)

    def __init__(self, words: list[tuple[str, str]]) -> None:
        super().__init__("{words}", words=[value for value, _ in words])
        self.words = words

    def render(self, language: str = "en") -> str:
        if language != "da":
            return ", ".join(value for value, _ in self.words)
        chosen = [danish for _, danish in self.words]
        if len(chosen) < 2:
            return "".join(chosen)
        return ", ".join(chosen[:-1]) + " " + translate(N_("or"), language) + " " + chosen[-1]


class PhrasedError(Exception):
    """An error worded as a phrase: ``str()`` is English, :meth:`render` any language."""

    def __init__(self, message: str | Phrase) -> None:
        self.phrase = message if isinstance(message, Phrase) else Phrase(message)
        super().__init__(str(self.phrase))

    def render(self, language: str = "en") -> str:
        return self.phrase.render(language)


class LocatedError(PhrasedError):
    """A phrased error about a file, with its line and column where known: ``file:line:col: message``."""

    def __init__(self, message: str | Phrase, file: str | None = None, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.file, self.line, self.column = file, line, column
        self.args = (self.render("en"),)

    def render(self, language: str = "en") -> str:
        where = self.file or ""
        if self.file and self.line:
            where += f":{self.line}" + (f":{self.column}" if self.column else "")
        text = super().render(language)
        return f"{where}: {text}" if where else text

    def __str__(self) -> str:
        return self.render("en")
