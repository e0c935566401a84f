"""Before / on therapy: the figures that answer "is the child better since the drug started?"

The same figures side by side for the 90 days before the first injection and for the days on
therapy inside the chosen range: symptom-free days, mean daily score, episodes per 28 days and
rescue treatments.  Every figure is a share or a rate, so periods of different length compare
fairly (see :func:`masto_diary.analysis.compare_before_on`).  Plain Qt widgets, no pyqtgraph:
the numbers must be readable by a screen reader.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from masto_diary import analysis
from masto_diary.analysis import PeriodSummary
from masto_diary.analysis.compare import DEFAULT_DAYS_BEFORE
from masto_diary.services import figures
from masto_diary.services.figures import KeyFigures, key_figures
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.formatting import short_date
from masto_diary.words.sentence import fill_in

DAYS_BEFORE = DEFAULT_DAYS_BEFORE


@dataclass(frozen=True)
class Figure:
    """One row of the table: a key (for object names), its label, and how to read the value."""

    key: str
    label: str
    value: Callable[[PeriodSummary], str]


def _number(value: float | None, decimals: int = 1) -> str:
    return "—" if value is None else QLocale().toString(float(value), "f", decimals)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{QLocale().toString(float(value), 'f', 0)} %"


def before_and_on(data: analysis.DiaryData, period: Period) -> KeyFigures:
    """The shared figures of the range (:func:`masto_diary.services.figures.key_figures`).

    "Before" is the fixed pre-therapy baseline, the same column every report of the child
    prints; "on therapy" is the range's days on or after the first dose.
    """
    return key_figures(data, period.start, period.end)


class SummaryPanel(QFrame):
    """The before / on therapy table beside the charts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.setAccessibleName(self.tr("Before and on therapy"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.comparison: KeyFigures | None = None
        self.values: dict[tuple[str, str], QLabel] = {}
        title = QLabel(self.tr("Before / on therapy"), objectName="summaryTitle")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.sentence = QLabel(objectName="summarySentence")
        self.sentence.setWordWrap(True)
        self.table = QWidget(objectName="summaryTable")
        # the charts' text alternative: both take the focus (Tab), so a screen reader reaches
        # the sentence and, as one line it reads, the figures behind the charts
        self.sentence.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table.setAccessibleName(self.tr("Before and on therapy"))
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.adherence = QLabel(objectName="summaryAdherence")
        self.adherence.setWordWrap(True)
        self.adherence.setAccessibleDescription(self.tr("Injections on time"))
        self.measure = figures.DAILY_SCORE
        note = self.note = QLabel(self._note_text(), objectName="summaryNote")
        note.setWordWrap(True)
        small = note.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() - 1))
        note.setFont(small)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table)
        layout.addWidget(self.adherence)
        layout.addWidget(note)
        layout.addStretch(1)
        self._build_table()

    def _note_text(self) -> str:
        if self.measure == figures.DAILY_UAS:
            return self.tr(
                "Daily UAS: hives (0–3) + itch (0–3), only on days with both scored. Itch- and "
                "hive-free: a daily UAS of 0 and no episode. UAS7: the sum over 7 days, estimated "
                "from 4–6 scored days. Days without an entry are left out."
            )
        return self.tr(
            "Daily score: the sum of the day's symptom scores (0–3 each). Symptom-free: "
            "an entry with every score 0 and no episode. Days without an entry are left out."
        )

    def figures(self) -> tuple[Figure, ...]:
        """The rows; an urticaria child's are in the daily UAS, with the UAS7 weeks."""
        uas = self.measure == figures.DAILY_UAS
        free = self.tr("Itch- and hive-free days") if uas else self.tr("Symptom-free days")
        mean = self.tr("Mean daily UAS (0–6)") if uas else self.tr("Mean daily score")
        return (
            Figure("uas7", self.tr("UAS7: the 7 days before the first dose; the last 7 days"),
                   lambda s: "—"),
            Figure("symptom_free", free, lambda s: _percent(s.symptom_free_pct)),
            Figure("mean_score", mean, lambda s: _number(s.mean_dss)),
            Figure("episodes", self.tr("Episodes per 28 days"),
                   lambda s: _number(s.episodes_per_28)),
            Figure("anaphylaxis", self.tr("Anaphylaxis"), lambda s: str(s.anaphylaxis)),
            Figure("epinephrine", self.tr("Epinephrine given"), lambda s: str(s.epinephrine_uses)),
            Figure("emergency", self.tr("Emergency visits"), lambda s: str(s.emergency_visits)),
            Figure("antihistamine", self.tr("Extra antihistamine"),
                   lambda s: str(s.antihistamine_rescues)),
            Figure("steroid", self.tr("Extra steroid"), lambda s: str(s.steroid_rescues)),
            Figure("coverage", self.tr("Days with an entry"), lambda s: _percent(s.coverage_pct)),
        )  # fmt: skip

    def _build_table(self) -> None:
        self.before_header = QLabel(objectName="summaryBeforeHeader")
        self.on_header = QLabel(objectName="summaryOnHeader")
        for column, header in ((1, self.before_header), (2, self.on_header)):
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
            self.grid.addWidget(header, 0, column)
        self.names: dict[str, QLabel] = {}
        for row, figure in enumerate(self.figures(), start=1):
            name = QLabel(figure.label, objectName=f"summary_{figure.key}_label")
            name.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.names[figure.key] = name
            for column, side in ((1, "before"), (2, "on")):
                value = QLabel("—", objectName=f"summary_{figure.key}_{side}")
                value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                when = self.tr("before therapy") if side == "before" else self.tr("on therapy")
                # the value ("0 %") is what is read; the description says which figure it is
                value.setAccessibleDescription(f"{figure.label}, {when}")
                self.grid.addWidget(value, row, column)
                self.values[(figure.key, side)] = value
        self.grid.setColumnStretch(0, 1)
        for widget in (self.names["uas7"], self.values[("uas7", "before")],
                       self.values[("uas7", "on")]):  # fmt: skip
            widget.setVisible(False)  # shown for a child scored with the UAS items

    # ----------------------------------------------------------------- data

    def set_inputs(self, inputs: ChartInputs | None, period: Period | None) -> None:
        """Compute and show the figures; the "on" column covers the range's days on therapy."""
        if inputs is None or period is None:
            self._show_sentence(self.tr("Choose a child to see the figures."))
            return
        data = inputs.data
        first = data.first_injection
        if first is None:
            self._show_sentence(
                fill_in(
                    self.tr(
                        "No injection recorded yet. After the first dose this panel compares the "
                        "%1 days before it with the days on therapy."
                    ),
                    DAYS_BEFORE,
                )
            )
            return
        if period.end < data.start or period.start > data.end:
            self._show_sentence(self.tr("No day of the diary lies in this range."))
            return
        self.comparison = before_and_on(data, period)
        self._show_comparison(self.comparison)
        self._show_adherence(self.comparison)

    def _show_sentence(self, text: str) -> None:
        self.comparison = None
        self.sentence.setText(text)
        self.sentence.setVisible(True)
        self.table.setVisible(False)
        self.adherence.setVisible(False)

    def _show_comparison(self, comparison: KeyFigures) -> None:
        self.sentence.setVisible(False)
        self.table.setVisible(True)
        self.measure = comparison.measure
        self.note.setText(self._note_text())
        before, on = comparison.baseline, comparison.on_therapy
        self.before_header.setText(self._header(self.tr("Baseline before therapy"), before))
        self.on_header.setText(self._header(self.tr("On therapy"), on))
        for figure in self.figures():
            self.names[figure.key].setText(figure.label)
            for side, summary in (("before", before), ("on", on)):
                text = figure.value(summary) if summary is not None else "—"
                self.values[(figure.key, side)].setText(text)
        self._show_uas7(comparison)
        self.table.setAccessibleName(self.spoken_figures(comparison))

    def spoken_figures(self, comparison: KeyFigures) -> str:
        """The table as one text a screen reader reads: each column with its days, then
        every figure shown in it."""
        parts = []
        for side, title, summary in (
            ("before", self.tr("Baseline before therapy"), comparison.baseline),
            ("on", self.tr("On therapy"), comparison.on_therapy),
        ):
            if summary is None:
                parts.append(f"{title}: —.")
                continue
            dates = f"{short_date(summary.start)} – {short_date(summary.end)}"
            shown = [
                f"{self.names[f.key].text()} {self.values[(f.key, side)].text()}"
                for f in self.figures()
                if not self.names[f.key].isHidden()
            ]
            parts.append(f"{title} ({dates}): {'; '.join(shown)}.")
        return " ".join(parts)

    def _show_uas7(self, comparison: KeyFigures) -> None:
        """The UAS7 of the 7 days before the first dose and of the range's last 7 days."""
        shown = comparison.urticaria is not None
        for widget in (self.names["uas7"], self.values[("uas7", "before")],
                       self.values[("uas7", "on")]):  # fmt: skip
            widget.setVisible(shown)
        if not shown:
            return
        scores = comparison.urticaria.uas
        for side, week in (("before", scores.baseline), ("on", scores.now)):
            self.values[("uas7", side)].setText(self._week(week))

    def _week(self, week) -> str:
        if week is None:
            return "—"
        if week.score is None:
            return fill_in(self.tr("no score (%1 of 7 days)"), week.scored_days)
        if week.complete:
            return str(week.score)
        return fill_in(self.tr("%1, estimated"), week.score)

    def _header(self, title: str, summary: PeriodSummary | None) -> str:
        if summary is None:
            return f"<b>{title}</b><br>—"
        dates = f"{short_date(summary.start)} – {short_date(summary.end)}"
        return f"<b>{title}</b><br><small>{dates}</small>"

    def _show_adherence(self, comparison: KeyFigures) -> None:
        result = comparison.adherence
        self.adherence.setVisible(result.assessed > 0)
        if result.assessed == 0:
            return
        text = self.tr("Injections on time (±%1 days): %2 of %3; longest delay %4 days.")
        figures = (result.tolerance_days, result.on_time, result.assessed)
        self.adherence.setText(fill_in(text, *figures, result.longest_delay_days))

    def value_text(self, key: str, side: str) -> str:
        return self.values[(key, side)].text()
