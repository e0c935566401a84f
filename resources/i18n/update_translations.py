"""Bring the translation sources (``resources/i18n/*.ts``) up to date with the code.

    .venv/bin/python resources/i18n/update_translations.py [--check]

``pyside6-lupdate`` extracts every marked string from ``masto_diary/**/*.py`` (``self.tr``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and the module helpers ``tr``/``_tr``).
Two things lupdate cannot know about Python are then put right here, so the catalogue matches
what the code asks Qt for at run time:

* the **context** of strings passed to a module-level helper such as
  ``words.report_texts.tr`` (or ``texts.tr``, or a ``_tr`` that wraps
  ``QCoreApplication.translate(CONTEXT, text)``): lupdate files them under an empty context;
  it is read from the helper's body (following imports);
* **plural** strings: lupdate's Python parser only marks ``self.tr(text, None, n)`` as
  numerus; every source with ``%n`` is a plural here, because Qt only picks a plural form from
  a numerus message (a plain one would fall back to English for n ≠ 1).

A call lupdate extracted but whose context cannot be known (``parent.tr(…)``: the context is
the class of whatever ``parent`` is at run time) is an error: write ``self.tr`` or
``QCoreApplication.translate("Context", …)``.

Existing translations are kept (matched by context, source and disambiguation); new strings
are added unfinished; strings that left the code are dropped (git has them).  Locations are
written without line numbers so a commit that only moves code does not touch the ``.ts``.
``--check`` writes nothing and exits 1 when a ``.ts`` would change (tests and CI use it).
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "masto_diary"
TS_DIR = Path(__file__).resolve().parent
# language code → (Qt language name in the .ts, plural forms only?)
CATALOGUES: dict[str, tuple[str, bool]] = {"it": ("it_IT", False), "en": ("en_GB", True)}
HELPER_NAMES = ("tr", "_tr")


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    files: list[str] = field(default_factory=list)
    translation: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False
    locations: list[tuple[Path, int]] = field(default_factory=list, repr=False)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


class ExtractionError(Exception):
    """A string was marked in a way whose run-time context cannot be known."""


# --------------------------------------------------------------------------- lupdate


def source_files() -> list[Path]:
    """Every module of the package except the Alembic migrations (no user-visible text)."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    )


def lupdate_command() -> list[str]:
    """lupdate from the PySide6 wheel in this environment, else ``pyside6-lupdate`` on PATH."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    bundled = Path(PySide6.__file__).parent / f"lupdate{suffix}"
    if bundled.is_file():
        return [str(bundled)]
    found = shutil.which("pyside6-lupdate") or shutil.which("lupdate")
    if not found:
        raise SystemExit("pyside6-lupdate not found: install PySide6 (pip install -e .)")
    return [found]


def run_lupdate(files: list[Path]) -> list[Message]:
    """Messages as lupdate extracts them (raw contexts), with absolute source locations."""
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "files.lst"
        listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
        target = Path(folder) / "extracted.ts"
        command = lupdate_command() + [
            f"@{listing}",
            "-tr-function-alias",
            "tr+=_tr",
            "-locations",
            "absolute",
            "-no-obsolete",
            "-silent",
            "-ts",
            str(target),
        ]
        subprocess.run(command, check=True, cwd=folder, env=_quiet_env())
        root = ET.parse(target).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            locations = [
                (Path(folder, loc.get("filename", "")).resolve(), int(loc.get("line", "0")))
                for loc in element.iter("location")
            ]
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes",
            )
            message.files = [str(path) for path, _line in locations]
            message.locations = locations
            messages.append(message)
    return messages


def _quiet_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


# --------------------------------------------------------------------------- contexts


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _module_file(module: str) -> Path | None:
    parts = module.split(".")
    if parts[0] != PACKAGE.name:
        return None
    base = ROOT.joinpath(*parts)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _constant(path: Path, node: ast.expr) -> str | None:
    """The string ``node`` stands for: a literal, or a module-level ``NAME = "…"``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        for statement in _tree(path).body:
            if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                names = [t.id for t in statement.targets if isinstance(t, ast.Name)]
                if node.id in names and isinstance(statement.value.value, str):
                    return statement.value.value
    return None


def helper_context(path: Path, name: str, seen: frozenset = frozenset()) -> str | None:
    """The context a module-level helper ``name`` defined in (or imported into) ``path`` uses."""
    if (path, name) in seen:
        return None
    seen = seen | {(path, name)}
    tree = _tree(path)
    for statement in tree.body:
        if isinstance(statement, ast.FunctionDef) and statement.name == name:
            for node in ast.walk(statement):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and node.args
                ):
                    return _constant(path, node.args[0])
            return None
        if isinstance(statement, ast.ImportFrom) and statement.module:
            for alias in statement.names:
                if (alias.asname or alias.name) == name:
                    target = _module_file(statement.module)
                    return target and helper_context(target, alias.name, seen)
    return None


def _module_alias(path: Path, name: str) -> Path | None:
    """The package module bound to ``name`` by ``import …``/``from … import module``."""
    for statement in ast.walk(_tree(path)):  # imports inside functions count too
        if isinstance(statement, ast.ImportFrom) and statement.module:
            for alias in statement.names:
                if (alias.asname or alias.name) == name:
                    return _module_file(f"{statement.module}.{alias.name}")
        if isinstance(statement, ast.Import):
            for alias in statement.names:
                if alias.asname == name:
                    return _module_file(alias.name)
    return None


@cache
def _calls(path: Path) -> list[ast.Call]:
    return [node for node in ast.walk(_tree(path)) if isinstance(node, ast.Call)]


def _calls_at(path: Path, line: int, source: str) -> list[ast.Call]:
    """The calls spanning ``line`` that take ``source`` as a literal argument."""
    return [
        node
        for node in _calls(path)
        if node.lineno <= line <= (node.end_lineno or 0)
        and source in [a.value for a in node.args if isinstance(a, ast.Constant)]
    ]


def runtime_context(message: Message, path: Path, line: int) -> str:
    """The context Qt is asked for when the string at ``path:line`` is shown."""
    calls = _calls_at(path, line, message.source)
    if not calls:
        return message.context
    call = min(calls, key=lambda c: (c.end_lineno or 0) - c.lineno)  # the innermost
    func = call.func
    context: str | None = message.context
    if isinstance(func, ast.Name) and func.id in HELPER_NAMES:
        context = helper_context(path, func.id)
    elif isinstance(func, ast.Attribute) and func.attr in HELPER_NAMES:
        owner = func.value
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
            context = message.context
        elif isinstance(owner, ast.Name) and (module := _module_alias(path, owner.id)):
            context = helper_context(module, func.attr)
        else:
            context = None
    elif isinstance(func, ast.Attribute) and func.attr == "translate" and call.args:
        context = _constant(path, call.args[0])
    if not context:
        raise ExtractionError(
            f"{path.relative_to(ROOT)}:{line}: the translation context of {message.source!r} "
            "is only known at run time; use self.tr(…) or "
            'QCoreApplication.translate("Context", …)'
        )
    return context


class _CallFinder(ast.NodeVisitor):
    """Every call that marks a literal for translation, with its run-time context."""

    def __init__(self, path: Path):
        self.path = path
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str, int]] = []  # context, source, comment, line

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args]
        context = text = None
        comment = ""
        if name == "translate" and len(args) >= 2 and literal[1]:
            context, text = _constant(self.path, args[0]), args[1].value
            comment = args[2].value if len(args) > 2 and literal[2] else ""
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(args) >= 2 and literal[1]:
            context, text = _constant(self.path, args[0]), args[1].value
        elif name in HELPER_NAMES and args and literal[0]:
            text = args[0].value
            comment = args[1].value if len(args) > 1 and literal[1] else ""
            owner = func.value if isinstance(func, ast.Attribute) else None
            if owner is None:
                context = helper_context(self.path, name)
            elif isinstance(owner, ast.Name) and owner.id in ("self", "cls") and self.classes:
                context = self.classes[-1]
            elif isinstance(owner, ast.Name) and (module := _module_alias(self.path, owner.id)):
                context = helper_context(module, name)
        if context and text:
            self.found.append((context, text, comment or "", node.lineno))


def ast_messages(files: list[Path]) -> list[tuple[str, str, str, Path, int]]:
    """What the code marks, read from its syntax tree (lupdate's Python parser drops calls such
    as ``translate("C", "%n days", None, status.days)``: an argument that is not a plain
    name makes it skip the call without a warning)."""
    found = []
    for path in files:
        finder = _CallFinder(path)
        finder.visit(_tree(path))
        found += [(c, t, m, path, line) for c, t, m, line in finder.found]
    return found


def extract(files: list[Path] | None = None) -> list[Message]:
    """Every translatable message of the package, with its run-time context, merged.

    lupdate files one message per (its) context; the same text asked for from two helpers of
    different contexts becomes two messages here.
    """
    merged: dict[tuple[str, str, str], Message] = {}
    problems = []
    for raw in run_lupdate(files or source_files()):
        for path, line in raw.locations or [(Path(), 0)]:
            try:
                context = runtime_context(raw, path, line) if raw.locations else raw.context
            except ExtractionError as error:
                problems.append(str(error))
                continue
            key = (context, raw.source, raw.comment)
            message = merged.get(key)
            if message is None:
                message = merged[key] = Message(context, raw.source, raw.comment)
            message.numerus = message.numerus or raw.numerus or "%n" in raw.source
            if raw.locations:
                message.files = sorted(set(message.files) | {_relative(path)})
    if problems:
        raise ExtractionError("\n".join(problems))
    for context, source, comment, path, _line in ast_messages(files or source_files()):
        message = merged.get((context, source, comment))
        if message is None:  # missed by lupdate: added here, see ast_messages()
            message = merged[(context, source, comment)] = Message(context, source, comment)
            message.numerus = "%n" in source
        message.files = sorted(set(message.files) | {_relative(path)})
    return list(merged.values())


def _relative(path: Path) -> str:
    return os.path.relpath(path, TS_DIR).replace(os.sep, "/")


# --------------------------------------------------------------------------- .ts files


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    """The messages of an existing ``.ts`` with their translations."""
    if not path.is_file():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            message = Message(
                context=name,
                source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes",
            )
            if translation is not None:
                kind = translation.get("type", "")
                message.finished = kind not in ("unfinished", "obsolete", "vanished")
                message.forms = [f.text or "" for f in translation.iter("numerusform")]
                message.translation = "" if message.forms else (translation.text or "")
            found[message.key] = message
    return found


def merge(
    extracted: list[Message], existing: dict[tuple[str, str, str], Message], plural_only: bool
) -> list[Message]:
    """The new catalogue: extracted messages carrying over the translations already made."""
    merged = []
    for message in extracted:
        if plural_only and not message.numerus:
            continue
        old = existing.get(message.key)
        if old is not None and old.numerus == message.numerus:
            message.translation, message.forms = old.translation, old.forms
            message.finished = old.finished
        merged.append(message)
    return merged


def plural_count(language: str) -> int:
    """Italian and English both have two forms (one, other)."""
    return 2


def render_ts(messages: list[Message], language: str) -> str:
    """The ``.ts`` XML, as Qt Linguist writes it (contexts sorted, messages in code order)."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en_GB">',
    ]
    contexts: dict[str, list[Message]] = {}
    for message in messages:
        contexts.setdefault(message.context, []).append(message)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{escape(name)}</name>"]
        for message in contexts[name]:
            numerus = ' numerus="yes"' if message.numerus else ""
            lines.append(f"    <message{numerus}>")
            lines += [f'        <location filename="{escape(f)}"/>' for f in message.files]
            lines.append(f"        <source>{_text(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_text(message.comment)}</comment>")
            kind = "" if message.finished else ' type="unfinished"'
            if message.numerus:
                forms = list(message.forms) + [""] * (plural_count(language) - len(message.forms))
                lines.append(f"        <translation{kind}>")
                lines += [f"            <numerusform>{_text(f)}</numerusform>" for f in forms]
                lines.append("        </translation>")
            else:
                lines.append(
                    f"        <translation{kind}>{_text(message.translation)}</translation>"
                )
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def ts_file(code: str) -> Path:
    return TS_DIR / f"masto_diary_{code}.ts"


def updated_catalogues(extracted: list[Message] | None = None) -> dict[Path, str]:
    """Each ``.ts`` path with the text it should have now."""
    extracted = extracted if extracted is not None else extract()
    result = {}
    for code, (language, plural_only) in CATALOGUES.items():
        path = ts_file(code)
        fresh = [Message(**{**m.__dict__}) for m in extracted]
        result[path] = render_ts(merge(fresh, read_ts(path), plural_only), language)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    try:
        catalogues = updated_catalogues()
    except ExtractionError as error:
        print(f"update_translations: {error}", file=sys.stderr)
        return 2
    stale = []
    for path, text in catalogues.items():
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        if old != text:
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
        messages = read_ts(path) if not args.check else {}
        unfinished = sum(1 for m in messages.values() if not m.finished)
        if not args.check:
            print(f"{path.relative_to(ROOT)}: {len(messages)} strings, {unfinished} unfinished")
    if args.check and stale:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
