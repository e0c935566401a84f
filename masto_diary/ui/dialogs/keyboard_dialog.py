"""Help ▸ Keyboard shortcuts: every key the app answers to, in one list.

The whole diary can be used without a mouse; this is where a parent finds out how.  The menu
shortcuts (pages, settings, quit, this dialog) are read from the window's own actions, so they
can never drift from what the menus do; the keys that work inside a page are listed in
:data:`PAGE_KEYS`.  ``tests/ui/test_keyboard_dialog.py`` builds every page and fails when a
shortcut exists that this list does not mention.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from masto_diary.words.noop import QT_TRANSLATE_NOOP

CONTEXT = "KeyboardDialog"
NATIVE = QKeySequence.SequenceFormat.NativeText
Keys = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class KeyLine:
    """One line of the list: key sequences (or, for keys like "0–3", a words-only label)."""

    keys: tuple[Keys, ...]
    action: str  # marked with QT_TRANSLATE_NOOP(CONTEXT, …)
    words: str = ""  # shown instead of the sequences when set (also translatable)


StandardKey = QKeySequence.StandardKey

PAGE_KEYS: tuple[tuple[str, tuple[KeyLine, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("KeyboardDialog", "Everywhere"),
        (
            KeyLine(
                ("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("KeyboardDialog", "Next / previous field")
            ),
            KeyLine(
                (),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Press the button or go to the field"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Alt + underlined letter"),
            ),
            KeyLine(
                ("Space",), QT_TRANSLATE_NOOP("KeyboardDialog", "Press the button, tick the box")
            ),
            KeyLine(
                ("Return",),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Open the chosen child, day or record"),
            ),
            KeyLine(("Esc",), QT_TRANSLATE_NOOP("KeyboardDialog", "Close a dialog without saving")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardDialog", "Today"),
        (
            KeyLine(
                (),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Score the symptom and go to the next one"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "0, 1, 2, 3"),
            ),
            KeyLine(("Up", "Down"), QT_TRANSLATE_NOOP("KeyboardDialog", "Previous / next symptom")),
            KeyLine(
                ("Left", "Right"), QT_TRANSLATE_NOOP("KeyboardDialog", "Lower / raise the score")
            ),
            KeyLine(
                ("Del", "Backspace", "-"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Clear the score (not recorded)"),
            ),
            KeyLine((StandardKey.Save,), QT_TRANSLATE_NOOP("KeyboardDialog", "Save the day")),
            KeyLine(
                ("Ctrl+D",),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Copy the scores of the last entry"),
            ),
            KeyLine(("Ctrl+E",), QT_TRANSLATE_NOOP("KeyboardDialog", "Record an episode now")),
            KeyLine(
                ("Alt+Left", "Alt+Right"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Day before / day after"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardDialog", "History"),
        (
            KeyLine(
                ("PgUp", "PgDown"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Previous / next month"),
            ),
            KeyLine(
                ("Ctrl+PgUp", "Ctrl+PgDown"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "A year back / a year on"),
            ),
            KeyLine(
                ("Return",), QT_TRANSLATE_NOOP("KeyboardDialog", "Open the chosen day on Today")
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardDialog", "Episodes, Injections, Medications, Labs, Visits"),
        (
            KeyLine((StandardKey.New,), QT_TRANSLATE_NOOP("KeyboardDialog", "Add a record")),
            KeyLine(
                ("Return", "Enter"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Edit the chosen record"),
            ),
            KeyLine(
                (StandardKey.Delete,),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Delete the chosen record"),
            ),
            KeyLine(
                (StandardKey.Save,),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Visits: save the questions for the doctor"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("KeyboardDialog", "Child settings"),
        (
            KeyLine(
                ("Ctrl+Up", "Ctrl+Down"),
                QT_TRANSLATE_NOOP("KeyboardDialog", "Move the chosen symptom up / down"),
            ),
        ),
    ),
)


def sequence_text(keys: Keys, fmt: QKeySequence.SequenceFormat = NATIVE) -> str:
    """How the keys are written (NativeText: as the platform's menus write them)."""
    return QKeySequence(keys).toString(fmt)


def menu_lines(window: QWidget) -> list[tuple[str, str]]:
    """(keys, what) of every menu action of the window that has a shortcut, in menu order."""
    lines = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        menu_title = menu.title().replace("&", "")
        for action in menu.actions():
            if isinstance(action, QAction) and not action.shortcut().isEmpty():
                what = action.text().replace("&", "").rstrip("…").rstrip(".")
                lines.append((action.shortcut().toString(NATIVE), f"{menu_title} ▸ {what}"))
    return lines


def show_for(window) -> None:
    """Help ▸ Keyboard shortcuts."""
    KeyboardDialog(window).exec()


class KeyboardDialog(QDialog):
    """A two-column list (keys, what they do) grouped by where they work."""

    def __init__(self, window: QWidget | None = None):
        super().__init__(window)
        self.setObjectName("keyboardDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 560)  # a 1024x600 screen shows it whole
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything in masto-diary can be done with the keyboard. Shortcuts of a page "
                "work while that page is shown."
            ),
            objectName="keyboardIntro",
            wordWrap=True,
        )
        layout.addWidget(intro)
        self.tree = QTreeWidget(objectName="keyboardTree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if window is not None and hasattr(window, "menuBar"):
            self._add_section(self.tr("Menus"), menu_lines(window))
        for title, lines in PAGE_KEYS:
            rows = []
            for line in lines:
                if line.words:
                    keys = QCoreApplication.translate(CONTEXT, line.words)
                else:
                    keys = ", ".join(sequence_text(k) for k in line.keys)
                rows.append((keys, QCoreApplication.translate(CONTEXT, line.action)))
            self._add_section(QCoreApplication.translate(CONTEXT, title), rows)
        self.tree.expandAll()
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _add_section(self, title: str, rows: list[tuple[str, str]]) -> None:
        section = QTreeWidgetItem(self.tree, [title])
        section.setFirstColumnSpanned(True)
        font = section.font(0)
        font.setBold(True)
        section.setFont(0, font)
        section.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for keys, what in rows:
            QTreeWidgetItem(section, [keys, what])

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what) of every line, section titles left out (tests, screen readers)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            section = self.tree.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                found.append((item.text(0), item.text(1)))
        return found
