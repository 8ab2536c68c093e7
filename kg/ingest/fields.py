"""Field helpers shared by readers: dates, code links, length limits."""
from __future__ import annotations

import re
from datetime import date

MAX_FIELD = 200_000  # characters; a longer title or abstract is a broken record, not a paper

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"^(\d{4})$")
_CODE_URL = re.compile(
    r"https?://(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co|codeberg\.org)"
    r"/[^\s<>\"'()\[\]{}|\\^`]+",
    re.IGNORECASE,
)


def parse_date(text: str | None) -> tuple[str | None, str | None]:
    """Return (ISO date or None, raw text or None); never invent a missing year."""
    if not text:
        return None, None
    raw = str(text).strip()
    if m := _ISO.match(raw):
        return _iso(int(m[1]), int(m[2]), int(m[3])), raw
    if m := _MONTH_DAY_YEAR.match(raw):
        month = _MONTHS.get(m[1].lower())
        if month and m[3]:
            return _iso(int(m[3]), month, int(m[2])), raw
        return None, raw
    return None, raw


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def code_urls(text: str) -> tuple[str, ...]:
    """Code repository links written in an abstract, without trailing punctuation."""
    if "://" not in text:
        return ()  # most abstracts link nothing: skip the case-insensitive scan
    found = (u.rstrip(".,;:") for u in _CODE_URL.findall(text))
    return tuple(dict.fromkeys(found))
