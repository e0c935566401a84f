"""Walk the whole UI: every page of the main window and every dialog that can be opened.

Shared by the accessibility and translation tests, which both need "everything a parent can
see" on the demo diary.  Dialogs are built directly with demo records (not through ``exec``),
editing a real record where the dialog has an edit mode.
"""

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from masto_diary.errors import DiaryOpenError
from masto_diary.storage import Diary
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.widgets.view_switcher import ViewSwitcher

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
)
WINDOW_SIZE = (1280, 800)


def open_window(qtbot, diary: Diary, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "walk-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.resize(*WINDOW_SIZE)
    window.show()
    return window


def every_page(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Show each page in turn (charts: each tab) and yield it."""
    for key in window.page_keys():
        window.show_page(key)
        QApplication.processEvents()
        page = window.page(key)
        tabs = page.findChildren(ViewSwitcher)
        if tabs and key == "charts":
            for index in range(tabs[0].count()):
                tabs[0].setCurrentIndex(index)
                QApplication.processEvents()
                yield f"{key}[{index}]", page
        else:
            yield key, page


def dialog_factories(window: MainWindow, diary: Diary) -> dict[str, Callable[[], QDialog]]:
    """Every dialog of the app, made for the demo diary's first child (Luca)."""
    from masto_diary.services import episodes, injections, medications, overview, visits
    from masto_diary.ui.dialogs import (
        about_dialog,
        backups_dialog,
        child_dialog,
        child_settings_dialog,
        earlier_doses_dialog,
        episode_dialog,
        export_dialog,
        import_dialog,
        injection_dialog,
        keyboard_dialog,
        lab_dialog,
        medication_dialog,
        open_problem_dialog,
        plan_dialog,
        settings_dialog,
        visit_dialog,
    )

    child = next(s for s in overview.child_summaries(diary) if s.injection.next_due is not None)
    cid = child.child_id
    episode = episodes.list_episodes(diary, cid)[0]
    injection = injections.list_injections(diary, cid)[-1]
    medication = medications.list_medications(diary, cid)[0]
    visit = visits.list_visits(diary, cid)[0]
    med_input = medication_dialog.MedicationInput(
        medication.name,
        medication.drug_class,
        medication.dose,
        medication.unit,
        medication.frequency,
        medication.start_date,
        medication.end_date,
        medication.reason,
    )
    factories: dict[str, Callable[[], QDialog]] = {
        "about": lambda: about_dialog.AboutDialog(diary.data_dir, window),
        "backups": lambda: backups_dialog.BackupsDialog(diary, window),
        "child-new": lambda: child_dialog.ChildDialog(window, ()),
        "child-settings": lambda: child_settings_dialog.ChildSettingsDialog(diary, cid, window),
        "delete-child": lambda: child_settings_dialog.DeleteChildDialog(
            child.name, {"days": 3, "episodes": 1}, window
        ),
        "earlier-doses": lambda: earlier_doses_dialog.EarlierDosesDialog(diary, cid, window),
        "episode-edit": lambda: episode_dialog.EpisodeDialog(
            diary, cid, episode_id=episode.id, parent=window
        ),
        "episode-new": lambda: episode_dialog.EpisodeDialog(
            diary, cid, started_at=dt.datetime.now().astimezone(), parent=window
        ),
        "export": lambda: export_dialog.ExportDialog(diary, window),
        "import": lambda: import_dialog.ImportDialog(diary, window),
        "injection-edit": lambda: injection_dialog.InjectionDialog(
            diary, cid, injection_id=injection.id, parent=window
        ),
        "injection-new": lambda: injection_dialog.InjectionDialog(diary, cid, parent=window),
        "keyboard": lambda: keyboard_dialog.KeyboardDialog(window),
        "lab-new": lambda: lab_dialog.LabDialog(window),
        "medication-edit": lambda: medication_dialog.MedicationDialog(window, med_input),
        "dose-change": lambda: medication_dialog.DoseChangeDialog(
            medication_dialog.DoseAction.CHANGE, med_input, window
        ),
        "open-problem": lambda: open_problem_dialog.OpenProblemDialog(
            diary.path, DiaryOpenError("The file is not a masto-diary diary."), window
        ),
        "plan-correct": lambda: plan_dialog.PlanDialog(
            diary, cid, plan_dialog.PlanMode.CORRECT, window
        ),
        "settings": lambda: settings_dialog.SettingsDialog(window.settings, diary.data_dir, window),
        "visit-edit": lambda: visit_dialog.VisitDialog(
            window,
            visit_dialog.VisitInput(visit.date, visit.clinician, visit.questions, visit.outcome),
        ),
    }
    return factories


def every_dialog(qtbot, window: MainWindow, diary: Diary) -> Iterator[tuple[str, QDialog]]:
    for name, make in dialog_factories(window, diary).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        yield name, dialog
        dialog.close()


def is_part_of_composite(widget: QWidget) -> bool:
    """The line edit inside a spin or combo box, a table's header or corner button, Qt's own
    internal widgets (``qt_…``): named by, or reached through, their owner."""
    parent = widget.parentWidget()
    return (
        isinstance(widget, QHeaderView)
        or isinstance(parent, (QComboBox, QAbstractSpinBox))
        or widget.objectName().startswith("qt_")
    )


def controls(root: QWidget) -> list[QWidget]:
    """The interactive controls under ``root`` that a parent can reach now."""
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, CONTROLS) and w.isVisibleTo(root) and not is_part_of_composite(w)
    ]


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces: the accessible name, else what Qt derives (a
    buddy label's text for fields, the visible text of buttons and check boxes)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of the words on screen under ``root``: labels, buttons, group titles,
    tabs, table headers, combo box items, placeholders, tooltips and accessible names."""
    found: list[tuple[str, str]] = []

    def add(widget: QWidget, kind: str, text: str) -> None:
        if text and text.strip():
            found.append((f"{type(widget).__name__}#{widget.objectName()}.{kind}", text))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        if isinstance(w, (QDialog, QMainWindow)):
            add(w, "title", w.windowTitle())
        if isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText:
            add(w, "text", w.text())
        elif isinstance(w, QLabel):
            add(w, "rich", w.text())
        if isinstance(w, QAbstractButton):
            add(w, "text", w.text())
        if isinstance(w, QGroupBox):
            add(w, "title", w.title())
        if isinstance(w, QTabWidget):  # a ViewSwitcher's buttons are buttons above
            for i in range(w.count()):
                add(w, "tab", w.tabText(i))
        if isinstance(w, QLineEdit):
            add(w, "placeholder", w.placeholderText())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, "item", w.itemText(i))
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount(QModelIndex())):
                add(w, "header", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        add(w, "tooltip", w.toolTip())
        add(w, "accessible", w.accessibleName())
    return found


MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_clashes(root: QWidget) -> list[str]:
    """Alt+letter keys given to two visible controls of one window (the menu bar included):
    the second can only be reached by pressing the key again, which nobody guesses."""
    owners: dict[str, list[str]] = {}

    def add(text: str) -> None:
        match = MNEMONIC.search(text.replace("&&", ""))
        if match:
            owners.setdefault(match.group(1).lower(), []).append(text)

    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton):
            add(w.text())
        if isinstance(w, QLabel) and w.buddy() is not None:
            add(w.text())
        if isinstance(w, QGroupBox):
            add(w.title())
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(w.tabText(i))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            add(action.text())
    return [f"Alt+{key}: {texts}" for key, texts in owners.items() if len(texts) > 1]
