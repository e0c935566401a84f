"""No parent reads ``str(error)`` in English: the window puts every refusal through
:func:`~masto_diary.words.core_sentences.translate_core`, and the storage's refusals read in
Italian whole, made from real files, not typed out here."""

import ast
import errno
import os
import sqlite3
from pathlib import Path

import pytest

from masto_diary.errors import DiaryError
from masto_diary.storage import DIARY_FILENAME, open_diary
from masto_diary.storage.diary_file import inspect_diary_file
from masto_diary.storage.paths import _not_allowed
from masto_diary.words import i18n
from masto_diary.words.core_sentences import translate_core

UI = Path(__file__).parents[2] / "masto_diary" / "ui"
# Calls that show their argument to the parent as it is.
SHOWING = {"str", "fill_in", "setText", "warning", "critical", "information", "show_error"}


def raw_uses(source: str) -> list[int]:
    """Lines where an ``except … as name`` handler shows ``name`` untranslated."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for handler in (n for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler)):
        if handler.name is None:
            continue
        for node in ast.walk(handler):
            if not (isinstance(node, ast.Name) and node.id == handler.name):
                continue
            parent = parents[node]
            if isinstance(parent, ast.FormattedValue | ast.List):
                found.append(node.lineno)
            elif isinstance(parent, ast.Call) and node in parent.args:
                func = parent.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in SHOWING:
                    found.append(node.lineno)
    return found


def test_the_check_catches_a_raw_error_and_lets_a_translated_one_pass():
    raw = "try:\n    pass\nexcept E as error:\n    label.setText(str(error))\n"
    also_raw = "try:\n    pass\nexcept E as error:\n    box(fill_in(tr('No: %1'), error))\n"
    fine = "try:\n    pass\nexcept E as error:\n    label.setText(translate_core(error))\n"
    assert raw_uses(raw) == [4] and raw_uses(also_raw) == [4] and raw_uses(fine) == []


def test_no_window_code_shows_an_error_untranslated():
    offenders = [
        f"{path.relative_to(UI.parent)}:{line}"
        for path in sorted(UI.rglob("*.py"))
        for line in raw_uses(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "route these through words.core_sentences.translate_core"


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


def refusals(demo_template: Path, tmp_path: Path) -> dict[str, str]:
    """The sentence each kind of damaged file is refused with, made on real files."""
    said: dict[str, str] = {}

    def refused(name: str, content: bytes | None = None, sql: str | None = None) -> None:
        path = tmp_path / name / DIARY_FILENAME
        path.parent.mkdir(mode=0o700)
        path.write_bytes(demo_template.read_bytes() if content is None else content)
        if sql:
            connection = sqlite3.connect(path)
            connection.executescript(sql)
            connection.close()
        with pytest.raises(DiaryError) as raised:
            inspect_diary_file(path)
        said[name] = str(raised.value)

    refused("empty", b"")
    refused("not-sqlite", b"shopping list\n" * 10)
    refused("header-only", b"SQLite format 3\x00")
    refused("foreign", sql="DROP TABLE alembic_version")
    refused("newer", sql="UPDATE alembic_version SET version_num = '9999_future'")
    refused("dangling", sql="DELETE FROM daily_entry WHERE id IN (SELECT id FROM daily_entry)")
    refused("one-dangling", sql="INSERT INTO trigger (child_id, label) VALUES (4242, 'heat')")
    folder = tmp_path / "theirs"
    said["another-user"] = _not_allowed(folder, folder) + ". Nothing was changed."
    return said


ENGLISH_LEFT = ("The file has been left", "Nothing was changed", "refer to", "belongs to")


def test_the_storages_refusals_read_in_italian(demo_template, tmp_path, in_italian):
    for kind, english in refusals(demo_template, tmp_path).items():
        italian = translate_core(english)
        assert italian != english, kind
        assert not any(words in italian for words in ENGLISH_LEFT), (kind, italian)


def test_a_busy_diary_and_a_full_disk_read_in_italian(data_dir, in_italian):
    from masto_diary.storage.writer_lock import WriterLock, _busy_sentence, lock_path

    with open_diary(data_dir, holder="masto-diary import") as diary:
        busy = _busy_sentence(lock_path(diary.path))
        WriterLock(diary.path, "again").release()
    assert "è in uso da parte di masto-diary import" in translate_core(busy), busy
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/media/usb/report.pdf")
    assert translate_core(full) == "/media/usb/report.pdf: il disco è pieno; libera spazio"
