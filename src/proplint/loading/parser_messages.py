"""The messages of the YAML, JSON and TOML readers, as phrases the catalogue can translate.

The readers (and the operating system) word their errors in English. The ones that occur in practice
(found by mutating the example proposals) are listed here so they get a
Danish translation; a message not listed stays as the reader wrote it.
"""

from __future__ import annotations

import re

from proplint.phrases import N_, Phrase

KNOWN = (
    # libyaml
    N_("could not find expected ':'"),
    N_("did not find expected ',' or ']'"),
    N_("did not find expected ',' or '}'"),
    N_("mapping values are not allowed in this context"),
    N_("mapping keys are not allowed in this context"),
    N_("block sequence entries are not allowed in this context"),
    N_("did not find expected key"),
    N_("did not find expected '-' indicator"),
    N_("did not find expected node content"),
    N_("did not find expected comment or line break"),
    N_("did not find expected alphabetic or numeric character"),
    N_("did not find expected <document start>"),
    N_("did not find expected whitespace or line break"),
    N_("found character that cannot start any token"),
    N_("found unexpected end of stream"),
    N_("found unexpected ':'"),
    N_("found undefined alias"),
    N_("found unknown escape character"),
    N_("found a tab character that violates indentation"),
    N_("found a tab character where an indentation space is expected"),
    N_("found an indentation indicator equal to 0"),
    N_("found unexpected document indicator"),
    N_("found unexpected non-alphabetical character"),
    N_("could not find expected directive name"),
    N_("while scanning a simple key"),
    N_("while parsing a flow sequence"),
    N_("while parsing a flow mapping"),
    N_("while parsing a block mapping"),
    N_("while parsing a block collection"),
    N_("while parsing a flow node"),
    N_("while parsing a block node"),
    N_("while parsing a quoted scalar"),
    N_("while scanning for the next token"),
    N_("while scanning a quoted scalar"),
    N_("while scanning a block scalar"),
    N_("while scanning a plain scalar"),
    N_("while scanning an anchor"),
    N_("while scanning an alias"),
    N_("while scanning a directive"),
    N_("while scanning a tag"),
    N_("invalid YAML"),
    # json
    N_("Expecting ',' delimiter"),
    N_("Expecting ':' delimiter"),
    N_("Expecting property name enclosed in double quotes"),
    N_("Expecting value"),
    N_("Invalid control character at"),
    N_("Invalid \\escape"),
    N_("Invalid \\uXXXX escape"),
    N_("Unterminated string starting at"),
    N_("Extra data"),
    # tomllib
    N_("Expected '=' after a key in a key/value pair"),
    N_("Expected newline or end of document after a statement"),
    N_("Expected ']' at the end of a table declaration"),
    N_("Expected ']]' at the end of an array declaration"),
    N_("Invalid value"),
    N_("Invalid statement"),
    N_("Invalid initial character for a key part"),
    N_("Unclosed inline table"),
    N_("Unclosed array"),
    N_("Unescaped '\\' in a string"),
    N_("Cannot overwrite a value"),
    N_("Invalid hex value"),
    N_("invalid TOML"),
    # the operating system, when a file cannot be read
    N_("No such file or directory"),
    N_("Permission denied"),
    N_("Is a directory"),
)

_PATTERNS = (
    (r"Illegal character (.+)\Z", N_("Illegal character {character}"), "character"),
    (r"Cannot declare (.+) twice\Z", N_("Cannot declare {key} twice"), "key"),
    (r"Expected (.+)\Z", N_("Expected {expected}"), "expected"),
)
"""Compiled by :mod:`re` (and kept in its cache) when a reader first reports an error, not at start-up."""


def reader_phrase(message: str) -> Phrase:
    """A reader's error message as a phrase: its own words, or a template when part of it varies."""
    if message not in KNOWN:
        for pattern, template, name in _PATTERNS:
            match = re.match(pattern, message)
            if match:
                return Phrase(template, **{name: match.group(1)})
    return Phrase(message)
