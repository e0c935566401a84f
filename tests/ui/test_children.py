"""Child settings: the symptom and trigger models alone, then details, custom symptoms,
reordering, hiding, triggers, archiving and deleting through real widgets."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from masto_diary.enums import Condition, Diagnosis, EpisodeKind
from masto_diary.errors import NotFoundError
from masto_diary.services import children, entries, episodes
from masto_diary.ui.dialogs import child_settings_dialog as settings_module
from masto_diary.ui.dialogs.child_dialog import ChildDialog
from masto_diary.ui.dialogs.child_settings_dialog import (
    ChildSettingsDialog,
    DeleteChildDialog,
    SettingsOutcome,
    SymptomSetModel,
    TriggerListModel,
)
from masto_diary.ui.main_window import MainWindow

DAY = dt.date(2026, 1, 5)


@pytest.fixture
def luca(diary):
    return children.create_child(diary, "Luca", dt.date(2018, 5, 4), Diagnosis.INDOLENT_SYSTEMIC)


@pytest.fixture
def dialog(qtbot, diary, luca):
    widget = ChildSettingsDialog(diary, luca.id)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _labels(diary, child_id, active_only=True):
    return [s.label for s in children.symptoms(diary, child_id, active_only)]


def _select(table, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == text)
    table.selectRow(row)
    table.setFocus()


def test_models_without_widgets(qapp, diary, luca):
    itching = children.symptoms(diary, luca.id)[0]
    children.update_symptom(diary, itching.id, active=False)
    model = SymptomSetModel()
    model.set_rows(children.symptoms(diary, luca.id, active_only=False))
    assert model.rowCount() == 14
    assert model.data(model.index(0, 0)) == "Itching"
    assert model.data(model.index(0, 1)) == "hidden (history kept)"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 1)) == "shown"
    assert model.data(model.index(1, 2)) == "0–3"

    start = dt.datetime(2026, 1, 5, 18, tzinfo=dt.UTC)
    episodes.log_episode(diary, luca.id, start, EpisodeKind.FLUSH, trigger_labels=["heat"])
    triggers = TriggerListModel()
    triggers.set_rows(children.triggers(diary, luca.id), children.trigger_usage(diary, luca.id))
    texts = {
        triggers.data(triggers.index(r, 0)): triggers.data(triggers.index(r, 1))
        for r in range(triggers.rowCount())
    }
    assert texts["heat"] == "1" and texts["cold"] == "none"


def test_custom_symptom_rename_reorder_and_hide(qtbot, dialog, diary, luca):
    entries.save_entry(diary, luca.id, DAY, {"itching": 2, "flushing": 1})
    dialog._load_symptoms()
    dialog.tabs.setCurrentIndex(1)

    qtbot.keyClicks(dialog.new_symptom_edit, "flushing")
    assert "already in the list" in dialog.new_symptom_error.text()
    assert not dialog.add_symptom_button.isEnabled()
    dialog.new_symptom_edit.clear()
    qtbot.keyClicks(dialog.new_symptom_edit, "Leg cramps")
    qtbot.keyClick(dialog.new_symptom_edit, Qt.Key.Key_Return)
    assert _labels(diary, luca.id)[-1] == "Leg cramps"
    assert dialog.new_symptom_edit.text() == ""

    _select(dialog.symptom_table, "Leg cramps")
    for _ in range(14):  # from 15th to the top, by keyboard
        qtbot.keyClick(dialog.symptom_table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _labels(diary, luca.id)[:2] == ["Leg cramps", "Itching"]
    assert not dialog.up_button.isEnabled()
    qtbot.mouseClick(dialog.down_button, Qt.MouseButton.LeftButton)
    assert _labels(diary, luca.id)[:2] == ["Itching", "Leg cramps"]

    _select(dialog.symptom_table, "Itching")
    dialog.symptom_name_edit.selectAll()
    qtbot.keyClicks(dialog.symptom_name_edit, "Itchy skin")
    qtbot.mouseClick(dialog.rename_symptom_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert "Itchy skin" not in _labels(diary, luca.id)
    assert "Itchy skin" in _labels(diary, luca.id, active_only=False)
    assert entries.read_day(diary, luca.id, DAY).scores == {"itching": 2, "flushing": 1}
    assert dialog.hide_button.text() == "S&how"
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    assert "Itchy skin" in _labels(diary, luca.id)
    assert dialog.changed


def test_rename_refuses_an_empty_or_duplicate_name(qtbot, dialog, diary, luca):
    dialog.tabs.setCurrentIndex(1)
    _select(dialog.symptom_table, "Headache")
    dialog.symptom_name_edit.clear()
    assert "please type a name" in dialog.symptom_name_error.text()
    assert not dialog.rename_symptom_button.isEnabled()
    qtbot.keyClicks(dialog.symptom_name_edit, "fatigue")
    assert "already in the list" in dialog.symptom_name_error.text()
    qtbot.keyClick(dialog.symptom_name_edit, Qt.Key.Key_Return)
    assert "Headache" in _labels(diary, luca.id)


def test_trigger_named_by_episodes_is_kept_unused_one_removed(
    qtbot, dialog, diary, luca, monkeypatch
):
    start = dt.datetime(2026, 1, 5, 18, tzinfo=dt.UTC)
    episodes.log_episode(diary, luca.id, start, EpisodeKind.FLUSH, trigger_labels=["heat"])
    dialog._load_triggers()
    dialog.tabs.setCurrentIndex(2)

    _select(dialog.trigger_table, "heat")
    assert not dialog.remove_trigger_button.isEnabled()
    assert "named in 1 episode" in dialog.remove_note.text()
    dialog.trigger_name_edit.selectAll()
    qtbot.keyClicks(dialog.trigger_name_edit, "heat (sun, radiator)")
    qtbot.keyClick(dialog.trigger_name_edit, Qt.Key.Key_Return)
    (episode,) = episodes.list_episodes(diary, luca.id)
    assert list(episode.triggers) == ["heat (sun, radiator)"]

    _select(dialog.trigger_table, "food")
    assert dialog.remove_trigger_button.isEnabled()
    monkeypatch.setattr(settings_module, "confirm_delete", lambda *a: False)
    qtbot.mouseClick(dialog.remove_trigger_button, Qt.MouseButton.LeftButton)
    assert "food" in [t.label for t in children.triggers(diary, luca.id)]
    monkeypatch.setattr(settings_module, "confirm_delete", lambda *a: True)
    qtbot.mouseClick(dialog.remove_trigger_button, Qt.MouseButton.LeftButton)
    assert "food" not in [t.label for t in children.triggers(diary, luca.id)]

    qtbot.keyClicks(dialog.new_trigger_edit, "sunscreen")
    qtbot.mouseClick(dialog.add_trigger_button, Qt.MouseButton.LeftButton)
    assert "sunscreen" in [t.label for t in children.triggers(diary, luca.id)]


def test_edit_details_reuses_the_child_dialog(qtbot, dialog, diary, luca, monkeypatch):
    children.create_child(diary, "Giulia", dt.date(2020, 1, 1))

    def drive(cls, parent, names=(), child=None):
        form = cls(parent, names, child)
        qtbot.addWidget(form)
        assert form.name_edit.text() == "Luca"
        form.name_edit.clear()
        qtbot.keyClicks(form.name_edit, "giulia")
        assert "already in this diary" in form.error_label.text()  # an edit checks at once
        form.name_edit.clear()
        qtbot.keyClicks(form.name_edit, "Luca Rossi")
        qtbot.keyClicks(form.clinic_edit, "Children's hospital")
        return form.result_input()

    monkeypatch.setattr(ChildDialog, "ask", classmethod(drive))
    qtbot.mouseClick(dialog.edit_details_button, Qt.MouseButton.LeftButton)
    saved = children.get_child(diary, luca.id)
    assert (saved.name, saved.clinic) == ("Luca Rossi", "Children's hospital")
    assert saved.diagnosis == Diagnosis.INDOLENT_SYSTEMIC
    assert dialog.title.text() == "Luca Rossi"


def test_changing_the_condition_in_the_settings_adds_the_uas_items(
    qtbot, dialog, diary, luca, monkeypatch
):
    def drive(cls, parent, names=(), child=None):
        form = cls(parent, names, child)
        qtbot.addWidget(form)
        assert form.condition_combo.currentData() == Condition.MASTOCYTOSIS
        wanted = form.condition_combo.findData(Condition.CHRONIC_SPONTANEOUS_URTICARIA)
        form.condition_combo.setCurrentIndex(wanted)
        return form.result_input()

    monkeypatch.setattr(ChildDialog, "ask", classmethod(drive))
    qtbot.mouseClick(dialog.edit_details_button, Qt.MouseButton.LeftButton)
    assert children.get_child(diary, luca.id).condition == Condition.CHRONIC_SPONTANEOUS_URTICARIA
    assert dialog.detail_labels["condition"].text() == "Chronic spontaneous urticaria"
    keys = [s.key for s in children.symptoms(diary, luca.id)]
    assert keys[-3:] == ["uas_wheals", "uas_itch", "angioedema"] and len(keys) == 17


def test_delete_dialog_needs_the_exact_name(qtbot):
    confirm = DeleteChildDialog("Luca", {"daily_entries": 420, "episodes": 37})
    qtbot.addWidget(confirm)
    assert (
        "420 daily entries"
        in confirm.findChild(type(confirm.reason_label), "deleteChildWarning").text()
    )
    assert not confirm.delete_button.isEnabled()
    qtbot.keyClicks(confirm.name_edit, "luca")
    assert not confirm.delete_button.isEnabled()
    assert "capitals count" in confirm.reason_label.text()
    confirm.name_edit.clear()
    qtbot.keyClicks(confirm.name_edit, "Luca")
    assert confirm.delete_button.isEnabled() and not confirm.reason_label.text()
    with qtbot.waitSignal(confirm.accepted):
        qtbot.mouseClick(confirm.delete_button, Qt.MouseButton.LeftButton)


def test_delete_requires_the_typed_name(qtbot, dialog, diary, luca, monkeypatch):
    entries.save_entry(diary, luca.id, DAY, {"itching": 1})
    monkeypatch.setattr(DeleteChildDialog, "ask", classmethod(lambda cls, p, name, counts: "luca"))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert "Type the child's name exactly" in dialog.message_label.text()
    assert children.get_child(diary, luca.id).name == "Luca" and not dialog.deleted

    def drive(cls, parent, name, counts):
        confirm = cls(name, counts, parent)
        qtbot.addWidget(confirm)
        assert counts["daily_entries"] == 1
        qtbot.keyClicks(confirm.name_edit, "Luca")
        assert confirm.delete_button.isEnabled()
        return confirm.name_edit.text()

    monkeypatch.setattr(DeleteChildDialog, "ask", classmethod(drive))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.deleted
    with pytest.raises(NotFoundError):
        children.get_child(diary, luca.id)


def test_archive_and_unarchive_from_the_overview(qtbot, diary, luca, tmp_path, monkeypatch):
    giulia = children.create_child(diary, "Giulia", dt.date(2020, 1, 1))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(diary, settings)
    qtbot.addWidget(window)
    window.show()
    overview = window.overview

    def archive(cls, parent, diary_, child_id):
        settings_dialog = cls(diary_, child_id, parent)
        qtbot.addWidget(settings_dialog)
        assert settings_dialog.archive_button.text() == "Archi&ve"
        qtbot.mouseClick(settings_dialog.archive_button, Qt.MouseButton.LeftButton)
        assert settings_dialog.archive_button.text() == "Unarchi&ve"
        return SettingsOutcome(settings_dialog.changed, settings_dialog.deleted)

    monkeypatch.setattr(ChildSettingsDialog, "open_for", classmethod(archive))
    assert not overview.edit_button.isEnabled()
    overview.table.selectRow(1)  # Luca (sorted by name)
    qtbot.mouseClick(overview.edit_button, Qt.MouseButton.LeftButton)
    assert children.get_child(diary, luca.id).archived
    switcher = [window.child_switcher.itemData(i) for i in range(window.child_switcher.count())]
    assert switcher == [giulia.id]
    assert overview.model.rowCount() == 1

    qtbot.mouseClick(overview.show_archived, Qt.MouseButton.LeftButton)
    assert overview.model.rowCount() == 2
    assert overview.model.data(overview.model.index(1, 0)) == "Luca (archived)"
    overview.set_archived(luca.id, False)  # the context menu's "Unarchive"
    assert not children.get_child(diary, luca.id).archived
    assert window.child_switcher.count() == 2


INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit)


def _unnamed(widget) -> list[str]:
    """Interactive widgets without objectName or accessibleName (Qt's own innards skipped)."""
    missing = []
    for child in widget.findChildren(QWidget):
        if not isinstance(child, (*INTERACTIVE, QAbstractItemView)):
            continue
        parent, inner = child.parentWidget(), False
        while parent is not None and parent is not widget:
            inner = inner or isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView))
            inner = inner or isinstance(parent, QTabBar)
            parent = parent.parentWidget()
        if inner or child.window() is not widget.window():
            continue
        if not child.objectName() or not child.accessibleName():
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


def test_every_control_has_an_object_and_accessible_name(qtbot, diary, luca):
    from masto_diary.ui.dialogs.lab_dialog import LabDialog
    from masto_diary.ui.dialogs.medication_dialog import (
        DoseAction,
        DoseChangeDialog,
        MedicationDialog,
        MedicationInput,
    )
    from masto_diary.ui.dialogs.visit_dialog import VisitDialog
    from masto_diary.ui.pages.labs import LabsPage
    from masto_diary.ui.pages.medications import MedicationsPage
    from masto_diary.ui.pages.visits import VisitsPage

    row = MedicationInput("Cetirizine", "h1_antihistamine", 10, "mg", "", DAY, None, "")
    widgets = [
        ChildSettingsDialog(diary, luca.id),
        DeleteChildDialog("Luca", {}),
        LabDialog(),
        MedicationDialog(),
        DoseChangeDialog(DoseAction.CHANGE, row),
        VisitDialog(),
        MedicationsPage(diary),
        LabsPage(diary),
        VisitsPage(diary),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        assert _unnamed(widget) == [], type(widget).__name__


def test_archived_child_opens_its_settings_from_the_overview(qtbot, diary, luca, monkeypatch):
    from masto_diary.ui.pages.overview import OverviewPage

    children.set_archived(diary, luca.id, True)
    page = OverviewPage(diary)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0
    page.show_archived.setChecked(True)
    opened = []
    monkeypatch.setattr(
        ChildSettingsDialog,
        "open_for",
        classmethod(
            lambda cls, parent, d, child_id: (
                opened.append(child_id) or SettingsOutcome(False, False)
            )
        ),
    )
    activated = []
    page.child_activated.connect(activated.append)
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [luca.id] and activated == []
