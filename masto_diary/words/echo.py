"""A value the parent typed, echoed back on the terminal: escaped and cut to a readable length.

The command line repeats what it was given ("There is no child called '…'", a file name it
refuses).  Echoed raw, a 10 MB argument filled 20 MB of stderr, and a name holding ESC or a
right-to-left override (U+202E) could recolour the terminal or show a file name backwards.
Everything the command line says goes through :func:`readable`; a single value can be cut
on its own with :func:`shown`.  Plain Python, no Qt: the sentences are the terminal's.
"""

import unicodedata

VALUE_LIMIT = 80  # characters of one value that are shown
RUN_LIMIT = 160  # a run without spaces longer than this is a value to cut
LINE_LIMIT = 1000  # a line longer than this keeps its start and its end


def escaped(text: str) -> str:
    """Control and invisible formatting characters (ESC, U+202E, zero-width, …) as escapes,
    so what is shown is what the string holds; a line break stays one."""
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    if char == "\n" or unicodedata.category(char) not in ("Cc", "Cf", "Zl", "Zp", "Co", "Cs"):
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown(value: object, limit: int = VALUE_LIMIT) -> str:
    """``value`` escaped, and cut after ``limit`` characters with its length said."""
    text = escaped(str(value))
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"


def readable(sentence: str) -> str:
    """A sentence to print: escaped, each over-long run cut, each over-long line shortened."""
    lines = []
    for line in escaped(sentence).split("\n"):
        words = [shown(word) if len(word) > RUN_LIMIT else word for word in line.split(" ")]
        line = " ".join(words)
        if len(line) > LINE_LIMIT:
            half = LINE_LIMIT // 2
            line = f"{line[:half]} … {line[-half:]}"
        lines.append(line)
    return "\n".join(lines)


class ReadableStream:
    """A command's ``sys.stdout`` or ``sys.stderr``: everything written goes out
    :func:`readable`, whichever module prints (argparse's own errors included)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(readable(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
