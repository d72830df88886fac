"""``proplint schema``: print the JSON Schema of a document kind, for editors and other validators."""

from __future__ import annotations

import argparse
import json
import sys

from proplint.commands import EXIT_CLEAN

_KINDS = ("proposal", "catalogue", "case-status", "effect-status")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    schema = commands.add_parser("schema", help="print the JSON Schema (draft 2020-12) of a document kind")
    schema.add_argument(
        "--document",
        choices=_KINDS,
        default="proposal",
        help="the document kind (default: proposal)",
    )


def run(arguments: argparse.Namespace) -> int:
    from proplint.commands import usage_error
    from proplint.format_schema import document_kinds, json_schema

    if arguments.document not in document_kinds():
        return usage_error(f"this version has no schema for {arguments.document!r} documents yet")
    sys.stdout.write(json.dumps(json_schema(arguments.document), ensure_ascii=False, indent=2) + "\n")
    return EXIT_CLEAN
