"""fill_in: every placeholder of a translated sentence filled in one pass."""

import pytest
from PySide6.QtCore import QCoreApplication

from masto_diary.words import i18n
from masto_diary.words.sentence import fill_in


def test_placeholders_take_the_values_in_their_numbered_order():
    assert fill_in("%1 on %2", "Luca", "5 Jan") == "Luca on 5 Jan"
    assert fill_in("il %2, %1", "Luca", "5 gen") == "il 5 gen, Luca"  # a translation reorders
    assert fill_in("%1 and %1", "x") == "x and x"


def test_a_value_holding_a_placeholder_is_never_filled_again():
    """A child named "50%2": chained str.replace turned the name into "50<the counts>"."""
    sentence = "This deletes %1 and everything written about them: %2."
    filled = fill_in(sentence, "50%2", "3 episodes")
    assert filled == "This deletes 50%2 and everything written about them: 3 episodes."
    assert fill_in("%2 %1", "%2", "%1") == "%1 %2"


def test_values_are_written_with_str():
    assert fill_in("%1 of %2 (%3)", 3, 10, 30.5) == "3 of 10 (30.5)"


def test_a_missing_value_leaves_its_placeholder_and_a_bare_percent_is_text():
    assert fill_in("%1 of %2", "3") == "3 of %2"
    assert fill_in("%1 %", "79") == "79 %"
    assert fill_in("100% sure, %1", "yes") == "100% sure, yes"


def test_the_delete_child_dialog_keeps_a_name_with_a_placeholder(qtbot):
    """The real sentence of a real dialog: the name is shown as typed, the counts after it."""
    from PySide6.QtWidgets import QLabel

    from masto_diary.ui.dialogs.child_settings_dialog import DeleteChildDialog

    dialog = DeleteChildDialog("50%2", {"episodes": 4})
    qtbot.addWidget(dialog)
    warning = dialog.findChild(QLabel, "deleteChildWarning").text()
    assert "This deletes 50%2 and everything" in warning
    assert "4 episodes" in warning
    assert dialog.windowTitle() == "Delete 50%2's diary"


@pytest.fixture
def in_italian(qapp):
    assert i18n.install(choice="it") == "it"
    yield
    i18n.uninstall()


@pytest.mark.parametrize(("n", "expected"), [(1, "in ritardo di 1 giorno"), (3, "di 3 giorni")])
def test_plural_forms_keep_working_with_numbered_placeholders(in_italian, n, expected):
    """Qt fills %n and picks the plural form; fill_in fills %1 afterwards."""
    sentence = QCoreApplication.translate(
        "ChildOverviewModel", "%1 — overdue by %n day(s)", None, n
    )
    filled = fill_in(sentence, "50%2")
    assert filled.startswith("50%2 — ") and filled.endswith(expected)


def test_no_sentence_is_filled_with_chained_replace():
    """docs/architecture.md: arguments go into a sentence with fill_in, never .replace("%1")."""
    import re
    from pathlib import Path

    import masto_diary

    chained = re.compile(r"""\.replace\(\s*["']%[1-9]["']""")
    package = Path(masto_diary.__file__).resolve().parent
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if chained.search(line)
    ]
    assert found == []
