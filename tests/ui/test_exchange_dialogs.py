"""Export and import dialogs: health-data warning, private files, problems, conflicts asked."""

import json
import zipfile

from PySide6.QtCore import Qt

from masto_diary.exchange.json_format import OnConflict, dumps, export_document
from masto_diary.ui.dialogs.export_dialog import ExportDialog
from masto_diary.ui.dialogs.import_dialog import ImportDialog
from tests.exchange_samples import valid_document


def test_export_warns_about_health_data_and_writes_a_private_file(
    qtbot, demo_diary, tmp_path, monkeypatch
):
    dialog = ExportDialog(demo_diary)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible()
    assert "health data" in dialog.warning.text()
    assert dialog.suggested_name() == "masto-diary-diary.json"
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("csv"))
    dialog.child_box.setCurrentIndex(dialog.child_box.findText("Luca Rossi"))
    assert dialog.suggested_name() == "masto-diary-Luca-Rossi.zip"
    target = tmp_path / "luca.zip"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: target)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.written == target
    assert target.stat().st_mode & 0o777 == 0o600
    assert "daily-scores-Luca_Rossi.csv" in zipfile.ZipFile(target).namelist()


def test_cancelling_the_save_question_writes_nothing(qtbot, demo_diary, tmp_path, monkeypatch):
    dialog = ExportDialog(demo_diary)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_save_path", lambda: None)
    dialog.export()
    assert dialog.written is None and list(tmp_path.iterdir()) == [tmp_path / "diary-data"]


def test_a_save_into_a_missing_folder_is_explained(qtbot, demo_diary, tmp_path, monkeypatch):
    dialog = ExportDialog(demo_diary)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_save_path", lambda: tmp_path / "gone" / "x.json")
    dialog.export()
    assert "does not exist" in dialog.status.text()


def test_import_lists_every_problem_and_changes_nothing(qtbot, diary, tmp_path):
    document = valid_document()
    document["children"][0]["daily_entries"][0]["scores"]["itching"] = 8
    document["children"][0]["injections"][0]["plan"] = 5
    source = tmp_path / "bad.json"
    source.write_bytes(dumps(document))
    dialog = ImportDialog(diary)
    qtbot.addWidget(dialog)
    assert dialog.load(source)  # the shape is fine: these problems show when it is imported
    assert dialog.report.toPlainText().startswith("The file holds:")
    assert not dialog.run_import()
    report = dialog.report.toPlainText()
    assert "Nothing was changed" in report
    assert "$.children[0].daily_entries[0].scores.itching" in report
    assert "$.children[0].injections[0].plan" in report
    assert export_document(diary)["children"] == []


def test_a_file_with_a_bad_shape_is_refused_on_loading(qtbot, diary, tmp_path):
    source = tmp_path / "bad.json"
    source.write_bytes(b'{"format": "masto-diary", "version": 1, "children": "none"}')
    dialog = ImportDialog(diary)
    qtbot.addWidget(dialog)
    assert not dialog.load(source)
    assert "$.children: must be a list" in dialog.report.toPlainText()
    assert "$.exported_at: is required" in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_import_asks_about_a_same_name_child(qtbot, diary, tmp_path, monkeypatch):
    source = tmp_path / "bea.json"
    source.write_bytes(dumps(valid_document()))
    first = ImportDialog(diary)
    qtbot.addWidget(first)
    assert first.load(source)
    assert "Bea: 2 days, 1 episodes" in first.report.toPlainText()
    assert first.run_import()
    asked = []
    second = ImportDialog(diary)
    qtbot.addWidget(second)
    monkeypatch.setattr(
        second, "ask_conflict", lambda name: asked.append(name) or OnConflict.RENAME
    )
    with qtbot.waitSignal(second.imported):
        assert second.load(source) and second.run_import()
    assert asked == ["Bea"]
    assert [c["name"] for c in export_document(diary)["children"]] == ["Bea", "Bea (imported)"]
    third = ImportDialog(diary)
    qtbot.addWidget(third)
    monkeypatch.setattr(third, "ask_conflict", lambda name: None)  # cancelled
    assert third.load(source) and not third.run_import()
    assert "cancelled" in third.status.text()
    assert len(export_document(diary)["children"]) == 2


def test_import_into_a_new_diary_leaves_this_one_alone(qtbot, diary, tmp_path, monkeypatch):
    source = tmp_path / "bea.json"
    source.write_bytes(json.dumps(valid_document()).encode())
    dialog = ImportDialog(diary)
    qtbot.addWidget(dialog)
    dialog.into_new.setChecked(True)
    monkeypatch.setattr(dialog, "ask_folder", lambda: tmp_path / "new-diary")
    assert dialog.load(source) and dialog.run_import()
    assert (tmp_path / "new-diary" / "diary.sqlite3").stat().st_mode & 0o777 == 0o600
    assert "A new diary was written" in dialog.report.toPlainText()
    assert export_document(diary)["children"] == []
