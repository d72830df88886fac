"""The template's words, and text compared and joined the way the template needs.

Labels are matched case-insensitively with any run of whitespace, soft
hyphens, hyphen-breaks ("…FOR- SLAG") and punctuation ignored: ``compact``
keeps only letters and digits. Text that goes into the document keeps its
Danish exactly, with whitespace normalised and page-broken paragraphs joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from proplint.danish import normalise_space

_NOT_WORD = re.compile(r"[\W_]+")
_FINAL = ".!?:;…\"”’)]"
_ID_TITLE = re.compile(r"^(?P<id>[A-ZÆØÅ]{1,5}[0-9]{1,3}[A-Za-z]?)(?:\.|\s|$)\s*(?P<title>.*)$")
_NUMBERED = re.compile(r"^(?P<number>[0-9]{1,2})\.\s*(?P<title>\S.*)$")


def compact(text: str) -> str:
    """Letters and digits only, case-folded: how labels are compared."""
    return _NOT_WORD.sub("", text.replace("\u00ad", "")).casefold()


def clean(text: str) -> str:
    """Visible text with whitespace normalised."""
    return normalise_space(text)


def id_and_title(text: str) -> tuple[str, str] | None:
    """``SU01. Title`` / ``SU1 Title`` → (id, title); title may be empty. ``None`` when it is no proposal heading."""
    match = _ID_TITLE.match(clean(text))
    if match is None:
        return None
    return match["id"], match["title"].strip()


def numbered(text: str) -> tuple[int, str] | None:
    """``3. Opfølgning`` → (3, "Opfølgning")."""
    match = _NUMBERED.match(clean(text))
    return (int(match["number"]), match["title"]) if match else None


def starts_with(text: str, *labels: str) -> bool:
    key = compact(text)
    return any(key.startswith(compact(label)) for label in labels)


def is_label(text: str, *labels: str) -> bool:
    key = compact(text)
    return any(key == compact(label) for label in labels)


def join_broken(paragraphs: Iterable[str]) -> list[str]:
    """Paragraphs with page breaks mended: one without final punctuation followed by one in lower case is one."""
    joined: list[str] = []
    for text in paragraphs:
        text = clean(text)
        if not text:
            continue
        if joined and joined[-1][-1] not in _FINAL and text[0].islower():
            previous = joined[-1]
            if re.search(r"[a-zæøå]-$", previous) and not re.match(r"(?:og|eller|samt|til)\b", text):
                joined[-1] = previous[:-1] + text  # a word hyphenated across the break
            else:
                joined[-1] = previous + " " + text
        else:
            joined.append(text)
    return joined


def prose(paragraphs: Iterable[str]) -> str | None:
    """Paragraphs as one text, separated by blank lines; ``None`` when there are none."""
    mended = join_broken(paragraphs)
    return "\n\n".join(mended) if mended else None


NOT_RELEVANT = ("Ikke relevant",)

# --- numbered sections, both generations, by the field they feed ----------
SECTION_ROLES: dict[str, str] = {
    "Beskrivelse af forslag": "description",
    "Beskrivelse af forslaget": "description",
    "Baggrund og formål": "description",
    "Forslagets indhold": "description",
    "Implementering af forslaget": "description",
    "Forslagets effekt": "description",
    "Økonomi": "economy",
    "Opfølgning": "follow_up",
    "Risikovurdering": "risk",
    "Effektivisering på administration": "admin_effect",
    "Inddragelse og høring": "involvement_consultation",
    "Inddragelse af samarbejdspartnere": "involvement",
    "Hvem er hørt": "consultation",
    "Høring": "consultation",
    "Kommende investeringsforslag og kriterier til prioritering": "future_investment",
}
_ROLE_BY_KEY = {compact(title): role for title, role in SECTION_ROLES.items()}
GENERATION_2023 = {compact(title) for title in ("Baggrund og formål", "Forslagets indhold", "Hvem er hørt")}


def exact_role(title: str) -> str | None:
    """The field a section title feeds when the text is exactly a title of the template ("Risikovurdering")."""
    return _ROLE_BY_KEY.get(compact(title))


def section_role(title: str) -> str | None:
    """The field a numbered section feeds, or ``None`` for a section the template does not have."""
    key = compact(title)
    if key in _ROLE_BY_KEY:
        return _ROLE_BY_KEY[key]
    if key.startswith(compact("Kommende investeringsforslag")):
        return "future_investment"
    for known, role in _ROLE_BY_KEY.items():  # a title worded a little longer ("Økonomi og finansiering")
        if len(known) >= 6 and key.startswith(known):
            return role
    return None


def is_annex(text: str) -> bool:
    return compact(text).startswith("administrativtbilag")
