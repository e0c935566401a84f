"""Rules on plain values that every layer shares: the dates the diary holds, the text it keeps.

**Dates.** The diary accepts calendar days and moments from 1 Jan 1900 to 31 Dec 2199.  Any day
in that range can be shown in every time zone, exported in every format, charted and reported;
the ends of Python's calendar (year 1 and 9999) cannot, because a moment near them moves out of
the calendar when it is turned into local time.

**Text.** Names, labels and notes are typed by a parent and printed on a doctor's report, a
CSV sheet and a terminal.  Control characters (NUL, escape sequences) and the invisible marks
that turn text direction around (bidirectional overrides and isolates) would make a name print
as something else, so they are refused with the rule in the message.  Notes may hold line
breaks and tabs; one-line texts may not.
"""

import datetime as dt
import unicodedata

EARLIEST_DAY = dt.date(1900, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)

# Marks that change the direction of the text around them (Unicode's bidi controls).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
LINE_BREAKS = frozenset("\n\r\t")


def day_out_of_range(day: dt.date) -> bool:
    return not EARLIEST_DAY <= day <= LATEST_DAY


def moment_out_of_range(moment: dt.datetime) -> bool:
    """True when the moment's UTC day is outside the diary's range (naive moments: as given)."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        try:
            moment = moment.astimezone(dt.UTC)
        except OverflowError:
            return True
    return day_out_of_range(moment.date())


def range_sentence(label: str) -> str:
    return f"{label} must be between {EARLIEST_DAY:%d %b %Y} and {LATEST_DAY:%d %b %Y}"


def forbidden_character(text: str, multiline: bool) -> str | None:
    """The first character a text may not hold, or None when it is clean."""
    for character in text:
        if character in LINE_BREAKS and multiline:
            continue
        if character in BIDI_CONTROLS or unicodedata.category(character) in ("Cc", "Cs"):
            return character
        if not multiline and character in "\u2028\u2029":
            return character
    return None


def text_sentence(label: str, character: str, multiline: bool) -> str:
    what = "control characters or text-direction marks"
    if not multiline:
        what = "line breaks, " + what
    return f"{label} cannot hold {what} (found U+{ord(character):04X}); type it again without them"


def shorten(text: str, limit: int = 80) -> str:
    """Echo at most ``limit`` characters of something a user gave, so a sentence stays one."""
    return text if len(text) <= limit else f"{text[: limit - 1]}…"
