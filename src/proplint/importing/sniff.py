"""Whether a .docx or .md file looks like a template document, without reading it fully.

A proposal heading (an id and a title) and a Table 1 ("Samlet varig ændring",
"Samlet økonomisk påvirkning", "Styringsområde" …) must both be there, so a
README in a proposal directory is not taken for a proposal.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,4}\s+(?:\*\*)?[A-ZÆØÅ]{1,5}[0-9]{1,3}[A-Za-z]?(?:\.|\s)\s*\S", re.MULTILINE)
_TITLE_LINE = re.compile(r"Forslagets\s+titel\s*:", re.IGNORECASE)
_TABLE_1 = re.compile(
    r"Samlet\s+varig\s+ændring|Samlet\s+økonomisk\s+påvirkning|Samlede\s+implementeringsomkostninger|"
    r"samlede\s+økonomiske\s+konsekvenser|Styrings\s*-?\s*område",
    re.IGNORECASE,
)
_WORD_ID = re.compile(r"(?<![A-Za-zÆØÅæøå0-9])[A-ZÆØÅ]{1,5}[0-9]{1,3}[A-Za-z]?\.?\s+\S")
_TAG = re.compile(r"<[^>]+>")
_LIMIT = 20_000_000


def sniff(path: Path) -> bool:
    """Whether the file looks like a template document; ``False`` too when it cannot be read."""
    return verdict(path) is True


def verdict(path: Path) -> bool | None:
    """``True``: a template document; ``False``: a readable file that is none; ``None``: it cannot be read to tell.

    A broken zip, a .docx with no Word body, an empty one or an unreadable
    file is ``None``: the reader reports it (D001) rather than it being
    skipped as if it were a README.
    """
    import zlib

    try:
        if path.suffix.lower() == ".docx":
            return _docx(path)
        if path.suffix.lower() in (".md", ".markdown"):
            from proplint.loading import read_regular

            raw = read_regular(path, _LIMIT)
            if len(raw) > _LIMIT:
                return False
            text = raw.decode("utf-8-sig", errors="replace")
            return bool(_MARKDOWN_HEADING.search(text) or _TITLE_LINE.search(text)) and bool(_TABLE_1.search(text))
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, ValueError, NotImplementedError, EOFError, zlib.error):
        return None
    return False


def _docx(path: Path) -> bool:
    with zipfile.ZipFile(path) as package:
        info = package.getinfo("word/document.xml")
        if info.file_size > _LIMIT:
            return False
        xml = package.read(info).decode("utf-8", errors="replace")
    text = _TAG.sub("", xml.replace("</w:p>", "\n").replace("</w:tc>", "\n"))
    text = re.sub(r"[ \t]+", " ", text)
    return bool(_TABLE_1.search(text)) and bool(_TITLE_LINE.search(text) or _WORD_ID.search(text))
