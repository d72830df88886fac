"""YAML through libyaml: compose once, convert nodes to values, locate lazily.

Nothing is constructed by tag, so a YAML tag asking for a Python object is
just an unsupported tag (a D002 finding), never code run. Aliases are
followed under a budget of values, so an alias bomb is refused, not expanded.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import yaml

from proplint.findings import Hit
from proplint.loading.document import LoadedDocument, offset_of
from proplint.loading.scalars import resolve_plain
from proplint.paths import Path
from proplint.loading.parser_messages import reader_phrase
from proplint.phrases import Phrase

try:
    _BaseLoader: type = yaml.CBaseLoader
except AttributeError:  # PyYAML built without libyaml
    _BaseLoader = yaml.BaseLoader

_PLAIN = "?"
_STD = "tag:yaml.org,2002:"
MAX_DEPTH = 100
MAX_VALUES = 200_000
_SEQ = _STD + "seq"
_STR = _STD + "str"
_MAP = _STD + "map"
_UNSET = object()


_SCALAR, _SEQUENCE = yaml.ScalarNode, yaml.SequenceNode


class _Composer(_BaseLoader):  # type: ignore[misc]
    """A composer that marks plain scalars for our own resolution and builds nothing.

    It gives each untagged node its tag itself, as PyYAML's base resolver
    would (a quoted scalar ``str``, a sequence ``seq``, a mapping ``map``),
    without the resolver's calls on the way down and up each node for path
    resolvers, which proplint never registers: the composer calls these for
    every node.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is _SCALAR:
            return _PLAIN if implicit[0] else _STR
        return _SEQ if kind is _SEQUENCE else _MAP

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """No path resolvers: nothing to follow."""

    def ascend_resolver(self) -> None:
        """No path resolvers: nothing to follow."""


@lru_cache(maxsize=1024)
def _key(text: str) -> Any:
    """A plain mapping key: whole numbers (years) as ``int``, anything else as written."""
    value = resolve_plain(text)
    return value if isinstance(value, int) and not isinstance(value, bool) else text


class _TooLarge(Exception):
    def __init__(self, phrase: Phrase) -> None:
        super().__init__(str(phrase))
        self.phrase = phrase


def _too_many_values() -> _TooLarge:
    return _TooLarge(Phrase("the document expands to more than {limit} values (aliases?)", limit=MAX_VALUES))


def load_yaml(file: str, text: str) -> LoadedDocument:
    """Read YAML text into a :class:`LoadedDocument`; syntax errors become D001."""
    from proplint.loading.yaml_depth import block_depth_exceeds, flow_depth_exceeds

    if flow_depth_exceeds(text, MAX_DEPTH):
        return _syntax_error(file, Phrase("brackets nest deeper than {limit} levels", limit=MAX_DEPTH), 1, 1)
    deep = block_depth_exceeds(text, MAX_DEPTH)
    if deep is not None:
        return _syntax_error(file, Phrase("the document nests deeper than {limit} levels", limit=MAX_DEPTH), deep, 1)
    composer = _Composer(text)
    try:
        root = composer.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = reader_phrase(error.problem or "invalid YAML")
        if error.context:
            problem = Phrase("{problem} ({context})", problem=problem, context=reader_phrase(error.context))
        return _syntax_error(file, problem, line, column)
    except yaml.YAMLError as error:
        return _syntax_error(file, reader_phrase(str(error).splitlines()[0]), 1, 1)
    except RecursionError:  # the pure-Python composer, nesting within the limit above but deeper than the stack allows
        return _syntax_error(file, Phrase("the document nests too deeply"), 1, 1)
    finally:
        composer.dispose()
    locator = YamlLocator(root, text)
    document = LoadedDocument(file=file, data=None, locator=locator, comments=text if "#" in text else None)
    if root is None:
        return document
    converter = _Converter(document.hits)
    try:
        document.data = converter.value(root, (), 0)
    except _TooLarge as error:
        document.hits.append(Hit("D001", (), {"detail": error.phrase}))
    return document


def _syntax_error(file: str, problem: Phrase, line: int, column: int) -> LoadedDocument:
    from proplint.loading.document import StartLocator

    return LoadedDocument(
        file=file, data=None, locator=StartLocator(line, column), hits=[Hit("D001", (), {"detail": problem})]
    )


class _Converter:
    """Turns composed nodes into plain values, counting values against the budget."""

    def __init__(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.budget = MAX_VALUES

    def value(self, node: yaml.Node, path: Path, depth: int) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise _too_many_values()
        if depth > MAX_DEPTH:
            raise _TooLarge(Phrase("the document nests deeper than {limit} levels", limit=MAX_DEPTH))
        tag = node.tag
        if tag == _PLAIN:
            return resolve_plain(node.value)
        if isinstance(node, yaml.ScalarNode):
            return self._tagged_scalar(node, path)
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, path, depth)
        if tag != _SEQ:
            self._unsupported_tag(tag, path)
        items = node.value
        self.budget -= len(items)
        result = [resolve_plain(item.value) if item.tag == _PLAIN else _UNSET for item in items]
        for index, item in enumerate(items):
            if result[index] is _UNSET:
                self.budget += 1
                result[index] = self.value(item, path + (index,), depth + 1)
        return result

    def _mapping(self, node: yaml.MappingNode, path: Path, depth: int) -> dict[Any, Any]:
        if node.tag != _MAP:
            self._unsupported_tag(node.tag, path)
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.hits.append(Hit("D002", path, {"detail": Phrase("a mapping key must be a plain value, not a collection")}))
                continue
            key = _key(key_node.value) if key_node.tag == _PLAIN else key_node.value
            if key in result:
                text_key = str(key)
                self.hits.append(Hit("D002", path + (text_key,), {"detail": Phrase("duplicate key {key!r}", key=text_key)}))
            if value_node.tag == _PLAIN:
                self.budget -= 1
                result[key] = resolve_plain(value_node.value)
            else:
                result[key] = self.value(value_node, path + (str(key),), depth + 1)
        if self.budget < 0:
            raise _too_many_values()
        return result

    def _tagged_scalar(self, node: yaml.ScalarNode, path: Path) -> Any:
        tag, text = node.tag, node.value
        if tag in (_STD + "str", "!"):
            return text
        if tag in (_STD + "int", _STD + "float", _STD + "bool", _STD + "null", _STD + "timestamp"):
            value = resolve_plain(text)
            if tag.endswith("float") and isinstance(value, int):
                return Decimal(value)
            if tag.endswith("timestamp") and isinstance(value, str):
                try:
                    return datetime.date.fromisoformat(value)
                except ValueError:
                    pass
            if tag.endswith("float") and isinstance(value, str):
                try:
                    return Decimal(text)
                except InvalidOperation:
                    pass
            return value
        self._unsupported_tag(tag, path)
        return text

    def _unsupported_tag(self, tag: str, path: Path) -> None:
        self.hits.append(Hit("D002", path, {"detail": Phrase("unsupported YAML tag {tag!r}", tag=tag)}))


class YamlLocator:
    """Finds a path's node in the composed tree: a scalar's value, a collection's key."""

    def __init__(self, root: yaml.Node | None, text: str = "") -> None:
        self.root = root
        self.text = text
        self._entries: dict[int, tuple[yaml.MappingNode, dict[str, tuple[yaml.Node, yaml.Node]]]] = {}

    def _entry(self, node: yaml.MappingNode, wanted: str) -> tuple[yaml.Node | None, yaml.Node | None]:
        """The key and value nodes of ``wanted`` in a mapping (the last, when repeated), from an index built once per mapping.

        Scanning the keys for each path made a document of many duplicate keys quadratic.
        """
        cached = self._entries.get(id(node))
        if cached is None or cached[0] is not node:
            index = {key.value: (key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)}
            cached = self._entries[id(node)] = (node, index)
        return cached[1].get(wanted, (None, None))

    def span(self, path: Path) -> tuple[int, int] | None:
        """Where the scalar at ``path`` is written in the source, as character offsets (a block scalar from its first line)."""
        node = self.root
        for component in path:
            child: yaml.Node | None = None
            if isinstance(node, yaml.MappingNode):
                child = self._entry(node, str(component))[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(component, int) and 0 <= component < len(node.value):
                child = node.value[component]
            if child is None:
                return None
            node = child
        if not isinstance(node, yaml.ScalarNode) or not self.text:
            return None
        start = offset_of(self.text, node.start_mark.line, node.start_mark.column)
        end = offset_of(self.text, node.end_mark.line, node.end_mark.column)
        if node.style in ("|", ">"):
            newline = self.text.find("\n", start, end)
            start = newline + 1 if newline >= 0 else end
        return start, end

    def locate(self, path: Path, key: bool = False) -> tuple[int, int]:
        node = self.root
        if node is None:
            return (1, 1)
        mark = node.start_mark
        walked: Path = ()
        for component in path:
            child: yaml.Node | None = None
            key_mark = None
            if isinstance(node, yaml.MappingNode):
                key_node, child = self._entry(node, str(component))
                key_mark = key_node.start_mark if key_node is not None else None
            elif isinstance(node, yaml.SequenceNode) and isinstance(component, int) and 0 <= component < len(node.value):
                child = node.value[component]
            if child is None:
                break
            node, walked = child, walked + (component,)
            scalar = isinstance(node, yaml.ScalarNode) and not (key and len(walked) == len(path))
            mark = node.start_mark if scalar or key_mark is None else key_mark
        return (mark.line + 1, mark.column + 1)
