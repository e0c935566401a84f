"""A pure-Python ``.ts`` → ``.qm`` compiler, byte for byte what Qt's ``lrelease`` writes.

Why not ``lrelease``: the translations must be compiled by the package build itself (``setup.py``
calls this), so that every wheel and every ``pip``/``pipx`` install speaks Italian.  pip builds a
wheel in an isolated environment holding only ``[build-system] requires``; ``lrelease`` comes with
PySide6, and requiring PySide6 there would download about 100 MB for every build just to run one
small tool.  The ``.qm`` format is small and stable (Qt's ``qtranslator.cpp`` reads it, linguist's
``qm.cpp`` writes it), so this module writes it with the standard library only.
``tests/test_qm_compiler.py`` checks that its output equals ``lrelease``'s, byte for byte.

What it writes is what ``lrelease`` writes by default ("save everything", not ``-compress``):

* the 16-byte magic, then tagged sections (tag byte, big-endian 32-bit length, data):
  Language, Hashes, Messages, NumerusRules;
* Messages: per message, in the order of (context, source, comment) as UTF-8 bytes, its
  translations (one per plural form, UTF-16BE), its comment, source text and context, then End;
* Hashes: (ELF hash of source + comment, offset of the message) pairs, sorted, for the
  binary search of ``QTranslator``;
* NumerusRules: how a count picks a plural form; for the languages we ship (English, Italian)
  "n == 1 → form 0, else form 1".

Messages marked ``vanished`` or ``obsolete`` are left out, as are unfinished ones with no text;
an empty translation is written as Qt's null string.  Either way ``QTranslator`` falls back to
the English source.
"""

import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS_RULES, TAG_LANGUAGE = 0x42, 0x69, 0x88, 0xA7
MSG_END, MSG_TRANSLATION, MSG_SOURCE, MSG_CONTEXT, MSG_COMMENT = 1, 3, 6, 7, 8
RULE_EQUALS = 0x01

# Qt's numerus rules by language (linguist's numerus.cpp); only "n == 1 is singular" languages
# so far.  A language missing here is refused rather than given wrong plural forms.
NUMERUS_RULES = {
    "en": bytes([RULE_EQUALS, 1]),
    "it": bytes([RULE_EQUALS, 1]),
}


@dataclass(frozen=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[bytes, bytes, bytes]:
        return (self.context, self.source, self.comment)


def elf_hash(data: bytes) -> int:
    """The hash ``QTranslator`` looks messages up by (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _text(element: ET.Element | None) -> str:
    """An element's text, with lrelease's ``<byte value="x"/>`` escapes for control characters."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "0")
            parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language code and the messages ``lrelease`` would release from a ``.ts`` file."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    messages: dict[tuple[bytes, bytes, bytes], Message] = {}
    for context in root.iter("context"):
        name = _text(context.find("name")).encode("utf-8")
        for element in context.iter("message"):
            message = _message(name, element)
            if message is not None:
                messages.setdefault(message.key, message)
    return language, list(messages.values())


def _message(context: bytes, element: ET.Element) -> Message | None:
    translation = element.find("translation")
    kind = translation.get("type", "") if translation is not None else "unfinished"
    if kind in ("vanished", "obsolete"):
        return None
    if element.get("numerus") == "yes":
        forms = tuple(_text(form) for form in translation.iter("numerusform"))
    else:
        forms = (_text(translation),)
    if kind == "unfinished" and not any(forms):
        return None
    source = _text(element.find("source")).encode("utf-8")
    comment = _text(element.find("comment")).encode("utf-8")
    return Message(context, source, comment, forms)


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _translation_field(form: str) -> bytes:
    """A translation as Qt serialises a QString; an empty one is a null string (length
    0xFFFFFFFF), which ``QTranslator`` treats as "not translated" and falls back to the source."""
    if not form:
        return struct.pack(">BI", MSG_TRANSLATION, 0xFFFFFFFF)
    return _field(MSG_TRANSLATION, form.encode("utf-16-be"))


def _message_bytes(message: Message) -> bytes:
    out = b"".join(_translation_field(form) for form in message.translations)
    out += _field(MSG_COMMENT, message.comment)
    out += _field(MSG_SOURCE, message.source)
    out += _field(MSG_CONTEXT, message.context)
    return out + bytes([MSG_END])


def numerus_rules(language: str) -> bytes:
    code = language.replace("-", "_").split("_")[0].lower()
    if code not in NUMERUS_RULES:
        raise ValueError(f"no plural rules known for language '{language}' (see NUMERUS_RULES)")
    return NUMERUS_RULES[code]


def compile_messages(language: str, messages: list[Message]) -> bytes:
    """The ``.qm`` file of ``messages`` in ``language``."""
    block = b""
    offsets: list[tuple[int, int]] = []
    for message in sorted(messages, key=lambda m: m.key):
        offsets.append((elf_hash(message.source + message.comment), len(block)))
        block += _message_bytes(message)
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(offsets))
    out = MAGIC
    if language:
        out += _field(TAG_LANGUAGE, language.encode("utf-8"))
    if hashes:
        out += _field(TAG_HASHES, hashes)
    if block:
        out += _field(TAG_MESSAGES, block)
    return out + _field(TAG_NUMERUS_RULES, numerus_rules(language))


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` file to ``qm`` (written whole, then renamed into place)."""
    language, messages = read_ts(ts)
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f".{qm.name}.partial")
    partial.write_bytes(compile_messages(language, messages))
    partial.replace(qm)
    return qm


if __name__ == "__main__":
    compile_ts(Path(sys.argv[1]), Path(sys.argv[2]))
