"""Report page: default period and presets, paper from the locale, saving a private PDF,
opening it, chosen sections, cancelling between pages, and an empty period."""

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt, QTimer

from masto_diary.services import records
from masto_diary.ui.formatting import to_qdate
from masto_diary.ui.main_window import MainWindow
from masto_diary.ui.pages import report as report_page
from masto_diary.ui.pages.report import CUSTOM, SINCE_VISIT, ReportPage

TODAY = dt.date.today()
WRITE_TIMEOUT_MS = 30_000


def day(offset: int) -> dt.date:
    return TODAY - dt.timedelta(days=offset)


@pytest.fixture
def page(qtbot, demo_diary) -> ReportPage:
    widget = ReportPage(demo_diary)
    qtbot.addWidget(widget)
    widget.set_child(records.find_child_id(demo_diary, "Luca Rossi"))
    widget.resize(900, 600)
    widget.show()
    return widget


class Dialog:
    """Stands in for the file dialog: answers ``folder/report`` (the page adds .pdf)."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.asked: list[str] = []

    def __call__(self, parent, suggested: str) -> str:
        self.asked.append(suggested)
        return str(self.folder / "report")

    def files(self) -> list[str]:
        return sorted(p.name for p in self.folder.iterdir())


@pytest.fixture
def save_to(monkeypatch, tmp_path) -> Dialog:
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = Dialog(folder)
    monkeypatch.setattr(report_page, "choose_pdf_path", dialog)
    return dialog


def save(qtbot, page: ReportPage) -> bool:
    """Click "Save PDF…" and wait until the page says it has finished."""
    with qtbot.waitSignal(page.finished, timeout=WRITE_TIMEOUT_MS) as finished:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_default_period_is_since_the_last_visit_and_presets_set_the_dates(page):
    assert page.period_combo.currentData() == SINCE_VISIT
    assert page.period() == (day(18), TODAY)  # the demo's last visit was the last dose
    page.period_combo.setCurrentIndex(page.period_combo.findData(30))
    assert page.period() == (day(29), TODAY)
    page.from_edit.setDate(to_qdate(day(45)))
    assert page.period_combo.currentData() == CUSTOM
    assert page.period() == (day(45), TODAY)


def test_without_a_visit_the_default_is_90_days(page, demo_diary):
    page.set_child(records.find_child_id(demo_diary, "Giulia Rossi"))
    assert page.child_label.text() == "Giulia Rossi"
    assert page.period_combo.findData(SINCE_VISIT) == -1
    assert page.period_combo.currentData() == 90
    assert page.period() == (day(89), TODAY)


@pytest.mark.parametrize(
    ("language", "territory", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, "letter"),
        (QLocale.Language.French, QLocale.Country.Canada, "letter"),
        (QLocale.Language.Italian, QLocale.Country.Italy, "a4"),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, "a4"),
    ],
)
def test_paper_default_follows_the_locale(qtbot, demo_diary, language, territory, paper):
    original = QLocale()
    QLocale.setDefault(QLocale(language, territory))
    try:
        widget = ReportPage(demo_diary)
        qtbot.addWidget(widget)
        assert widget.paper() == paper
    finally:
        QLocale.setDefault(original)


def test_save_writes_a_private_pdf_with_initials_and_open_shows_it(
    qtbot, page, save_to, monkeypatch
):
    page.initials_check.setChecked(True)
    page.paper_combo.setCurrentIndex(page.paper_combo.findData("letter"))
    assert save(qtbot, page) is True
    target = save_to.folder / "report.pdf"
    assert page.saved_path == target
    assert save_to.asked[0].endswith(f"report-L-R-{TODAY.isoformat()}.pdf")
    assert target.stat().st_mode & 0o777 == 0o600
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Rossi" not in reader.metadata.title
    assert "Rossi" not in reader.pages[0].extract_text()
    said = f"Report saved: {len(reader.pages)} pages, file report.pdf in the folder "
    assert page.status.text() == said + str(save_to.folder)  # the file and its folder
    assert save_to.files() == ["report.pdf"]

    opened: list = []

    class Services:
        @staticmethod
        def openUrl(url):  # noqa: N802 (Qt's name)
            opened.append(url)
            return True

    monkeypatch.setattr(report_page, "QDesktopServices", Services)
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert [url.toLocalFile() for url in opened] == [str(target)]


def test_only_checked_sections_are_printed(qtbot, page, save_to):
    for key, check in page.section_checks.items():
        check.setChecked(key == "method")
    assert save(qtbot, page) is True
    reader = PdfReader(save_to.folder / "report.pdf")
    assert len(reader.pages) == 2
    assert "How these figures are computed" in reader.pages[1].extract_text().replace("\t", " ")


def test_cancel_between_pages_leaves_no_file(qtbot, page, save_to, monkeypatch):
    real = report_page.render_steps
    drawn: list[int] = []

    def cancel_after_page_one(content, path, paper):
        steps = real(content, path, paper)
        try:
            for done, total in steps:
                drawn.append(done)
                if done == 1:  # the window's next event-loop turn presses Cancel
                    QTimer.singleShot(0, page.progress.cancel)
                yield done, total
        finally:
            steps.close()

    monkeypatch.setattr(report_page, "render_steps", cancel_after_page_one)
    page.period_combo.setCurrentIndex(page.period_combo.findData(365))
    assert save(qtbot, page) is False
    assert drawn == [0, 1]
    assert "Cancelled" in page.status.text()
    assert save_to.files() == []
    assert not page.open_button.isEnabled() and page.save_button.isEnabled()


def test_an_empty_period_says_so_and_writes_nothing(qtbot, page, save_to):
    page.from_edit.setDate(to_qdate(dt.date(2001, 1, 1)))
    page.to_edit.setDate(to_qdate(dt.date(2001, 3, 1)))
    assert save(qtbot, page) is False
    assert "Nothing was recorded between 1 Jan 2001 and 1 Mar 2001" in page.status.text()
    assert save_to.files() == []


def test_a_period_ending_before_it_starts_is_refused_before_asking(qtbot, page, save_to):
    page.from_edit.setDate(to_qdate(TODAY))
    page.to_edit.setDate(to_qdate(day(3)))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "ends before it starts" in page.status.text()
    assert save_to.asked == []


def test_the_window_builds_the_report_page(qtbot, demo_diary, tmp_path):
    from PySide6.QtCore import QSettings

    window = MainWindow(demo_diary, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    built = window.page("report")
    assert isinstance(built, ReportPage)
    assert built.child_label.text() in ("Giulia Rossi", "Luca Rossi")


def test_suggested_file_name_is_safe(page):
    page.child_label.setText("Zoë / O'Brien")
    assert Path(page.suggested_path()).name == f"report-Zoë--OBrien-{TODAY.isoformat()}.pdf"


def test_paper_chosen_in_settings_wins_over_the_locale(qtbot, demo_diary):
    from PySide6.QtCore import QSettings

    original = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    settings = QSettings()
    settings.setValue("report/paper", "letter")
    try:
        widget = ReportPage(demo_diary)
        qtbot.addWidget(widget)
        assert widget.paper() == "letter"
    finally:
        settings.remove("report/paper")
        QLocale.setDefault(original)
