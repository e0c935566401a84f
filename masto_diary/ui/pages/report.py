"""Report page: the clinic-visit PDF for the current child and a chosen period.

The parent picks the period (since the last clinic visit by default, presets of 30 to 365
days, or two dates), the paper (A4 or Letter, from the locale), whether the child is named
by initials only, and which detail sections to print; "Save PDF…" writes the file and
"Open" shows it in the system's PDF viewer.

A report over years has dozens of pages, so the work is split: a worker thread gathers the
figures (:mod:`masto_diary.report.content` touches no Qt object), then the pages are drawn one
per event-loop turn under a cancellable progress dialog, so the window keeps repainting and
"Cancel" is honoured between two pages.  A cancelled report leaves no file.
"""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    QStandardPaths,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.report import content as gathering
from masto_diary.report.content import SECTIONS, ReportContent
from masto_diary.report.render import render_steps
from masto_diary.services import growth, records
from masto_diary.storage import Diary
from masto_diary.ui.dialogs.medication_dialog import make_date_edit
from masto_diary.ui.dialogs.settings_dialog import paper_size
from masto_diary.ui.formatting import from_qdate, to_qdate
from masto_diary.ui.pages.base import Page
from masto_diary.ui.widgets.announce import announce
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.words import report_texts as texts
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in

PRESET_DAYS: tuple[int, ...] = (30, 90, 180, 365)
SINCE_VISIT, CUSTOM = "since_visit", "custom"
PROGRESS_DELAY_MS = 400
"""Short reports finish before the progress dialog would appear, so it never flashes."""


def choose_pdf_path(parent: QWidget, suggested: str) -> str | None:
    """The "Save PDF" file dialog (a module function, so tests can replace it)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReportPage", "Save the report as PDF"),
        suggested,
        QCoreApplication.translate("ReportPage", "PDF documents (*.pdf)"),
    )
    return path or None


def open_file(path: Path) -> bool:
    """Show ``path`` in the system's viewer (a module function, so tests can replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class GatherWorker(QThread):
    """Reads the diary and computes the report's figures off the GUI thread (no Qt inside)."""

    gathered = Signal(object)
    failed = Signal(object)

    def __init__(self, diary: Diary, child_id: int, period, initials: bool, sections, parent=None):
        super().__init__(parent)
        growth.load_tables()  # here, on the main thread: the worker must import nothing
        self._args = (diary, child_id, *period)
        self._initials, self._sections = initials, frozenset(sections)

    def run(self) -> None:
        try:
            report = gathering.gather_report(
                *self._args, initials=self._initials, sections=self._sections
            )
        except (DiaryError, OSError) as error:
            self.failed.emit(error)
            return
        self.gathered.emit(report)


class ReportPage(Page):
    """Choices for the report, "Save PDF…" and "Open"."""

    finished = Signal(bool)  # True when a PDF was written, False when cancelled or failed

    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("reportPage")
        self.saved_path: Path | None = None
        self.progress: QProgressDialog | None = None
        self._worker: GatherWorker | None = None
        self._steps: Iterator[tuple[int, int]] | None = None
        self._target: Path | None = None
        self._last_visit: dt.date | None = None
        self._build()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.child_label = QLabel(objectName="reportChild")
        self.child_label.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("Child:"), self.child_label)
        period_row = self._period_row()  # the label names the combo box, not the row
        form.addRow(buddy_label(self.tr("&Period:"), self.period_combo), period_row)
        form.addRow(self.tr("Pa&per:"), self._paper_combo())
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.initials_check = QCheckBox(
            self.tr("&Initials instead of the full name"), objectName="reportInitials"
        )
        self.initials_check.setToolTip(
            self.tr("The child's name is left out of every page and of the file's title.")
        )
        form.addRow("", self.initials_check)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Page 1 is the summary a doctor reads in a minute: key figures against the "
                "previous period, the trend with the injections, the dose cycle and your "
                "questions for the visit. The sections below follow on the next pages."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._sections_box())
        layout.addLayout(self._buttons())
        self.status = QLabel(objectName="reportStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty, nameless focus stop
        self.status.setAccessibleDescription(self.tr("Report status"))
        layout.addWidget(self.status)
        layout.addStretch(1)

    def _period_row(self) -> QWidget:
        self.period_combo = QComboBox(objectName="reportPeriod")
        self.period_combo.setAccessibleName(self.tr("Period"))
        self.from_edit = make_date_edit("reportFrom", self.tr("First day"))
        self.to_edit = make_date_edit("reportTo", self.tr("Last day"))
        self.period_combo.currentIndexChanged.connect(self._preset_chosen)
        self.from_edit.dateChanged.connect(self._dates_edited)
        self.to_edit.dateChanged.connect(self._dates_edited)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.period_combo)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        widget = QWidget()
        widget.setLayout(row)
        return widget

    def _paper_combo(self) -> QComboBox:
        self.paper_combo = QComboBox(objectName="reportPaper")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("A4"), "a4")
        self.paper_combo.addItem(self.tr("Letter"), "letter")
        self.paper_combo.setCurrentIndex(self.paper_combo.findData(paper_size(QSettings())))
        return self.paper_combo

    def _sections_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sections after page 1"), objectName="reportSections")
        titles = {
            "patterns": self.tr("Patterns: wear-off and triggers"),
            "symptoms": self.tr("Symptoms one by one"),
            "episodes": self.tr("Episode log"),
            "injections": self.tr("Injection log"),
            "medications": self.tr("Medication changes"),
            "labs": self.tr("Lab results"),
            "notes": self.tr("Notes from the diary"),
            "method": self.tr("How the figures are computed"),
            "questionnaires": self.tr("Clinic questionnaires"),
        }
        grid = QGridLayout(box)
        self.section_checks: dict[str, QCheckBox] = {}
        for index, key in enumerate(SECTIONS):
            check = QCheckBox(titles[key], objectName=f"reportSection_{key}")
            check.setChecked(True)
            self.section_checks[key] = check
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("&Save PDF…"), objectName="reportSave")
        self.open_button = QPushButton(self.tr("&Open"), objectName="reportOpen")
        self.open_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_pdf)
        self.open_button.clicked.connect(self.open_pdf)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        return row

    # ----------------------------------------------------------------- state

    def refresh(self) -> None:
        """Show the current child and reset the period to its default."""
        self.saved_path = None
        self.open_button.setEnabled(False)
        self.status.clear()
        self.save_button.setEnabled(self.child_id is not None)
        if self.child_id is None:
            self.child_label.setText(self.tr("No child selected. Add a child first."))
            return
        self.child_label.setText(records.read_child(self.diary, self.child_id).name)
        self._last_visit = records.last_visit_before(self.diary, self.child_id, dt.date.today())
        self._fill_presets()

    def _fill_presets(self) -> None:
        combo = self.period_combo
        combo.blockSignals(True)
        combo.clear()
        if self._last_visit is not None:
            since = fill_in(
                self.tr("Since the last clinic visit (%1)"), texts.date(self._last_visit)
            )
            combo.addItem(since, SINCE_VISIT)
        for days in PRESET_DAYS:
            combo.addItem(fill_in(self.tr("Last %1 days"), days), days)
        combo.addItem(self.tr("Custom"), CUSTOM)
        default = SINCE_VISIT if self._last_visit is not None else gathering.DEFAULT_DAYS
        combo.setCurrentIndex(combo.findData(default))
        combo.blockSignals(False)
        self._preset_chosen()

    def _preset_chosen(self, *_args) -> None:
        choice = self.period_combo.currentData()
        today = dt.date.today()
        if choice == CUSTOM:
            return
        if choice == SINCE_VISIT and self._last_visit is not None:
            start, end = self._last_visit, today
        else:
            start, end = gathering.last_days(int(choice or gathering.DEFAULT_DAYS), today)
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self, *_args) -> None:
        """Typing a date makes the period custom (the preset no longer describes it)."""
        combo = self.period_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(CUSTOM))
        combo.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day."""
        return from_qdate(self.from_edit.date()), from_qdate(self.to_edit.date())

    def paper(self) -> str:
        return self.paper_combo.currentData()

    def sections(self) -> frozenset[str]:
        return frozenset(key for key, check in self.section_checks.items() if check.isChecked())

    @property
    def busy(self) -> bool:
        return self._worker is not None or self._steps is not None

    # ----------------------------------------------------------------- saving

    def suggested_path(self) -> str:
        """Documents folder, file named by the child (initials when chosen) and the last day."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.child_label.text()
        if self.initials_check.isChecked():
            name = gathering.initials_of(name)
        safe = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip().replace(" ", "-")
        file_name = f"report-{safe or 'child'}-{self.period()[1].isoformat()}.pdf"
        return str(Path(folder or Path.home()) / file_name)

    def save_pdf(self) -> None:
        """Ask for a file, gather the figures in a thread, then draw the pages step by step."""
        if self.busy or self.child_id is None:
            return
        start, end = self.period()
        if end < start:
            self._say(self.tr("The period ends before it starts: check the two dates."))
            return
        chosen = choose_pdf_path(self, self.suggested_path())
        if not chosen:
            return
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self._target = target
        self._show_progress()
        self._worker = GatherWorker(
            self.diary, self.child_id, (start, end), self.initials_check.isChecked(),
            self.sections(), self,
        )  # fmt: skip
        self._worker.gathered.connect(self._gathered)
        self._worker.failed.connect(self._gather_failed)
        self._worker.finished.connect(self._worker_done)
        self._worker.start()

    def _show_progress(self) -> None:
        self.save_button.setEnabled(False)
        self.progress = QProgressDialog(
            self.tr("Reading the diary…"), self.tr("Cancel"), 0, 0, self
        )
        self.progress.setObjectName("reportProgress")
        self.progress.setWindowTitle(self.tr("Writing the report"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(PROGRESS_DELAY_MS)
        self.progress.setAutoReset(False)
        self.progress.setAutoClose(False)
        self.progress.canceled.connect(self._cancel)

    def _worker_done(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.deleteLater()

    def _gathered(self, report: ReportContent) -> None:
        if self.progress is None or self.progress.wasCanceled():
            return
        try:
            self._steps = render_steps(report, self._target, self.paper())
        except (OSError, ValueError) as error:
            self._finish(
                False,
                fill_in(self.tr("The report could not be written: %1"), translate_core(error)),
            )
            return
        QTimer.singleShot(0, self._next_page)

    def _gather_failed(self, error: Exception) -> None:
        if isinstance(error, gathering.EmptyPeriodError):
            message = texts.empty_period(error.start, error.end)
        else:
            message = translate_core(error)
        self._finish(False, message)

    def _next_page(self) -> None:
        """Draw one page, then give the event loop a turn (repaint, Cancel) before the next."""
        if self._steps is None:
            return
        if self.progress is not None and self.progress.wasCanceled():
            self._cancel()
            return
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._steps = None
            self._done()
            return
        except OSError as error:
            self._steps = None
            self._finish(
                False,
                fill_in(self.tr("The report could not be written: %1"), translate_core(error)),
            )
            return
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(fill_in(self.tr("Writing page %1 of %2…"), done + 1, total))
        QTimer.singleShot(0, self._next_page)

    def _cancel(self) -> None:
        """Stop between two pages; closing the generator removes the partial file."""
        if self._steps is not None:
            self._steps.close()
            self._steps = None
        self._finish(False, self.tr("Cancelled: no report was written."))

    def _done(self) -> None:
        self.saved_path = self._target
        pages = self.progress.maximum() if self.progress is not None else 0
        path = Path(self.saved_path)
        sentence = self.tr("Report saved: %1 pages, file %2 in the folder %3")
        self._finish(True, fill_in(sentence, pages, path.name, str(path.parent)))

    def _finish(self, ok: bool, message: str) -> None:
        if self.progress is not None:
            progress, self.progress = self.progress, None
            progress.canceled.disconnect(self._cancel)
            progress.close()
            progress.deleteLater()
        self.save_button.setEnabled(self.child_id is not None)
        self.open_button.setEnabled(ok or self.saved_path is not None)
        self._say(message)
        self.finished.emit(ok)

    def _say(self, message: str) -> None:
        """On the page's status line, and said to a screen reader."""
        self.status.setText(message)
        announce(self, message)

    def open_pdf(self) -> None:
        """Show the saved report in the system's PDF viewer."""
        if self.saved_path is not None and not open_file(self.saved_path):
            sentence = self.tr("No program to show PDF files was found; the report is at %1")
            self._say(fill_in(sentence, self.saved_path))
