"""``proplint schema``: print the JSON Schema of a document kind, for editors and other validators."""

from __future__ import annotations

import argparse
from typing import Any
import sys

from proplint.commands import ABOUT, EXIT_CLEAN, _
from proplint.ruleset import DOCUMENT_KINDS


def add_parser(commands: argparse._SubParsersAction[Any]) -> None:
    from proplint.commands.language import add_version

    about = _(ABOUT["schema"])
    schema = commands.add_parser("schema", help=about, description=about)
    add_version(schema)
    schema.add_argument(
        "--document",
        choices=DOCUMENT_KINDS,
        default="proposal",
        help=_("the document kind (default: proposal)"),
    )


def run(arguments: argparse.Namespace) -> int:
    from proplint.format_schema import json_schema

    import json  # not paid by the other commands

    sys.stdout.write(json.dumps(json_schema(arguments.document), ensure_ascii=False, indent=2) + "\n")
    return EXIT_CLEAN
