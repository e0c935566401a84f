"""Charts page: the doctor's questions answered with pictures, for the chosen range of days.

Tabs for the trend (with medication lanes), the dose-cycle profile, the labs and the patterns
(wear-off and triggers, charts/patterns.py); beside them
the before / on therapy figures and, for the trend, the list of single symptoms to show.  The
range (last 30 / 90 / 365 days, all, or two dates) applies to every chart and figure.

This module is imported only when the Charts page is first shown (see ``PAGE_SPECS``), so
pyqtgraph and numpy never slow down the start of the app.  The diary is read once per
refresh through :func:`masto_diary.services.series.load_chart_data`; a range change only
re-slices what was loaded.  The window calls :meth:`refresh` when another page saved data.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from masto_diary.services.series import load_chart_data
from masto_diary.services.symptom_scale import UAS_WHEALS
from masto_diary.storage import Diary
from masto_diary.ui.charts.cycle_profile import COMPARE_DAYS, CycleProfileChart
from masto_diary.ui.charts.inputs import ChartInputs, Period
from masto_diary.ui.charts.labs import LabsChart
from masto_diary.ui.charts.patterns import PatternsChart
from masto_diary.ui.charts.questionnaire import QuestionnaireChart
from masto_diary.ui.charts.summary import SummaryPanel
from masto_diary.ui.charts.trend import TrendChart
from masto_diary.ui.charts.uas7 import Uas7Chart
from masto_diary.ui.formatting import date_format, from_qdate, short_date, to_qdate
from masto_diary.ui.pages.base import Page
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.ui.widgets.view_switcher import ViewSwitcher
from masto_diary.words.sentence import fill_in
from masto_diary.words.symptom_texts import symptom_label

DEFAULT_RANGE = "all"
SIDE_WIDTH = 340
# Below this page width the figures and the symptom list become a tab of their own, so the
# plot keeps its width on a 1024×640 laptop (and at 150 % scaling).
SIDE_BESIDE_MIN_WIDTH = 1000
PLOT_MIN_WIDTH = 360
RANGE_KEY = "charts/range"  # the chosen range, remembered between runs
RANGE_FROM_KEY, RANGE_TO_KEY = "charts/from", "charts/to"  # a custom range's days (ISO)


class ChartsPage(Page):
    """Trend, dose-cycle profile and labs for one child, with before / on therapy figures."""

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, settings: QSettings | None = None
    ):
        super().__init__(diary, parent)
        self.setObjectName("chartsPage")
        self.settings = settings  # the window gives its own (see MainWindow._install)
        self._range_loaded = False
        self.side_beside = True
        self._custom_pending = True  # a remembered custom range waits for the first data
        self.inputs: ChartInputs | None = None
        self.period: Period | None = None
        self.trend = TrendChart()
        self.cycle = CycleProfileChart()
        self.labs = LabsChart()
        self.uas7 = Uas7Chart()  # a tab only for a child scored with the UAS items
        self.patterns = PatternsChart()
        self.summary = SummaryPanel()
        for chart in self.charts:
            # the picture's surface is what takes the focus: it carries the chart's name
            chart.view.viewport().setAccessibleName(chart.view.accessibleName())
            chart.readout.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._build()

    @property
    def charts(self) -> tuple:
        """Every chart that follows the page's child and range."""
        return (self.trend, self.cycle, self.labs, self.uas7, self.patterns)

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        self.tabs = ViewSwitcher(objectName="chartTabs")
        self.tabs.setAccessibleName(self.tr("Charts"))
        self.tabs.addTab(self.trend, self.tr("&Trend"))
        self.tabs.addTab(self.cycle, self.tr("&Dose cycle"))
        self.tabs.addTab(self.labs, self.tr("&Labs"))
        self.tabs.addTab(self.patterns, self.tr("&Patterns"))
        self.questionnaire = QuestionnaireChart()  # a tab only for a child with one
        self.tabs.addTab(self.questionnaire, self.tr("&Questionnaire"))
        self.tabs.currentChanged.connect(self._tab_changed)
        # the plot may shrink with the window instead of being cut at the right edge
        self.tabs.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.tabs.setMinimumWidth(PLOT_MIN_WIDTH)
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self._symptom_box(), 1)
        self.side_widget = QWidget(objectName="chartsSide")
        self.side_widget.setLayout(side)
        self.side_widget.setFixedWidth(SIDE_WIDTH)
        side.setContentsMargins(0, 0, 0, 0)
        self.body = QHBoxLayout()
        self.body.addWidget(self.tabs, 1)
        self.body.addWidget(self.side_widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        layout.addLayout(self.body, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_side(self.width() >= SIDE_BESIDE_MIN_WIDTH)

    def place_side(self, beside: bool) -> None:
        """The figures and symptom list beside the tabs where they fit, else as a tab."""
        if beside == self.side_beside:
            return
        self.side_beside = beside
        current = self.tabs.currentWidget()
        if beside:
            self.tabs.removeTab(self.tabs.indexOf(self.side_widget))
            self.side_widget.setFixedWidth(SIDE_WIDTH)
            self.body.addWidget(self.side_widget)
            self.side_widget.show()
        else:
            self.body.removeWidget(self.side_widget)
            self.side_widget.setMinimumWidth(0)
            self.side_widget.setMaximumWidth(16_777_215)
            after = self.tabs.indexOf(self.patterns) + 1  # the questionnaire tab stays last
            self.tabs.insertTab(after, self.side_widget, self.tr("F&igures"))
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self._tab_changed(self.tabs.currentIndex())

    def _controls(self) -> QHBoxLayout:
        self.range_combo = QComboBox(objectName="rangeCombo")
        self.range_combo.setAccessibleName(self.tr("Range of days shown"))
        for text, value in (
            (self.tr("Last 30 days"), 30),
            (self.tr("Last 90 days"), 90),
            (self.tr("Last 365 days"), 365),
            (self.tr("All"), "all"),
            (self.tr("Custom…"), "custom"),
        ):
            self.range_combo.addItem(text, value)
        self.range_combo.setCurrentIndex(self.range_combo.findData(DEFAULT_RANGE))
        self.range_combo.currentIndexChanged.connect(self._range_choice_changed)
        label = buddy_label(self.tr("&Range:"), self.range_combo)
        self.from_edit = self._date_edit("rangeFrom", self.tr("First day shown"))
        self.to_edit = self._date_edit("rangeTo", self.tr("Last day shown"))
        self.compare_check = QCheckBox(
            fill_in(self.tr("Compare the first and last %1 days on therapy"), COMPARE_DAYS),
            objectName="compareCheck",
        )
        self.compare_check.setAccessibleName(self.tr("Compare two periods in the profile"))
        self.compare_check.toggled.connect(self.cycle.set_compare)
        self.compare_check.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.range_combo)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.from_edit)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        row.addWidget(self.compare_check)
        return row

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = DateField(objectName=name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setAccessibleName(accessible)
        edit.setEnabled(False)
        edit.dateChanged.connect(self._custom_dates_changed)
        return edit

    def _symptom_box(self) -> QWidget:
        self.symptom_box = QWidget(objectName="symptomBox")
        title = QLabel(self.tr("Single &symptoms on the trend:"))
        self.symptom_list = QListWidget(objectName="symptomList")
        self.symptom_list.setAccessibleName(self.tr("Symptoms shown as single lines"))
        title.setBuddy(self.symptom_list)
        self.symptom_list.itemChanged.connect(self._symptoms_changed)
        layout = QVBoxLayout(self.symptom_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.symptom_list, 1)
        return self.symptom_box

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        """Reload the child's diary and redraw every chart over the current range."""
        if not self._range_loaded:  # the first time: the range chosen in an earlier run
            self._range_loaded = True
            with QSignalBlocker(self.range_combo):
                self.set_range_choice(self._remembered_range())
        if self.child_id is None:
            self.inputs = None
        else:
            self.inputs = ChartInputs.compute(load_chart_data(self.diary, self.child_id))
        self._show_uas7_tab(self.inputs is not None and UAS_WHEALS in self.inputs.data.symptom_keys)
        self._fill_symptoms()
        self._apply_range(redraw_all=True)
        has_one = self.questionnaire.show_child(self.diary, self.child_id)
        self.tabs.setTabVisible(self.tabs.indexOf(self.questionnaire), has_one)

    def open_with(self, argument: Any) -> None:
        """``(first_day, last_day)`` shows that custom range."""
        if isinstance(argument, tuple) and len(argument) == 2:
            start, end = argument
            with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
                self.from_edit.setDate(to_qdate(start))
                self.to_edit.setDate(to_qdate(end))
            self.range_combo.setCurrentIndex(self.range_combo.findData("custom"))
            self._apply_range()

    def range_choice(self) -> int | str:
        return self.range_combo.currentData()

    def set_range_choice(self, choice: int | str) -> None:
        self.range_combo.setCurrentIndex(self.range_combo.findData(choice))

    def _settings(self) -> QSettings:
        if self.settings is None:
            self.settings = QSettings()
        return self.settings

    def _remembered_range(self) -> int | str:
        stored = str(self._settings().value(RANGE_KEY, DEFAULT_RANGE))
        choice: int | str = int(stored) if stored.isdigit() else stored
        return choice if self.range_combo.findData(choice) >= 0 else DEFAULT_RANGE

    def _remember_range(self) -> None:
        settings = self._settings()
        settings.setValue(RANGE_KEY, str(self.range_choice()))
        if self.range_choice() == "custom" and self.period is not None:
            settings.setValue(RANGE_FROM_KEY, self.period.start.isoformat())
            settings.setValue(RANGE_TO_KEY, self.period.end.isoformat())

    def _remembered_custom(self) -> None:
        """Put a remembered custom range's days in the date fields (once the data is loaded)."""
        try:
            start = dt.date.fromisoformat(str(self._settings().value(RANGE_FROM_KEY, "")))
            end = dt.date.fromisoformat(str(self._settings().value(RANGE_TO_KEY, "")))
        except ValueError:
            return
        with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
            self.from_edit.setDate(to_qdate(start))
            self.to_edit.setDate(to_qdate(end))

    def _custom_period(self) -> Period:
        start = from_qdate(self.from_edit.date())
        end = from_qdate(self.to_edit.date())
        return Period(min(start, end), max(start, end))

    def _apply_range(self, redraw_all: bool = False) -> None:
        """Work out the period of the range choice and show it in every chart."""
        custom = self.range_choice() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        self.period = None
        if self.inputs is not None:
            full = self.inputs.full_period
            with QSignalBlocker(self.from_edit), QSignalBlocker(self.to_edit):
                for edit in (self.from_edit, self.to_edit):
                    edit.setDateRange(to_qdate(full.start), to_qdate(full.end))
                if custom and self._custom_pending:
                    self._remembered_custom()
                self._custom_pending = False
                self.period = self.inputs.period_for(self.range_choice(), self._custom_period())
                self.from_edit.setDate(to_qdate(self.period.start))
                self.to_edit.setDate(to_qdate(self.period.end))
        for chart in self.charts:
            if redraw_all:
                chart.set_inputs(self.inputs, self.period)
            else:
                chart.set_period(self.period)
        self.summary.set_inputs(self.inputs, self.period)
        self.questionnaire.set_period(None if self.range_choice() == "all" else self.period)
        self._describe_charts()

    def _describe_charts(self) -> None:
        """A text alternative for the pictures: the period and the figures that answer
        "better since the drug started?" (the Figures panel lists every number)."""
        if self.period is None:
            text = ""
        else:
            text = fill_in(
                self.tr(
                    "Chart of %1 to %2. Symptom-free days: %3 before therapy, %4 on therapy. "
                    "Mean daily score: %5 before, %6 on therapy. Episodes per 28 days: %7 "
                    "before, %8 on therapy."
                ),
                short_date(self.period.start),
                short_date(self.period.end),
                *(
                    self.summary.value_text(key, side)
                    for key in ("symptom_free", "mean_score", "episodes")
                    for side in ("before", "on")
                ),
            )
        for chart in (self.trend, self.cycle, self.labs):
            chart.setAccessibleDescription(text)

    def _show_uas7_tab(self, shown: bool) -> None:
        """The weekly UAS7 comes first for a child with urticaria; other children lack it."""
        index = self.tabs.indexOf(self.uas7)
        if shown and index < 0:
            self.tabs.insertTab(0, self.uas7, self.tr("&Weekly UAS7"))
            self.tabs.setCurrentIndex(0)
        elif not shown and index >= 0:
            self.tabs.removeTab(index)

    def _range_choice_changed(self, _index: int) -> None:
        self._apply_range()
        self._remember_range()

    def _custom_dates_changed(self, _date) -> None:
        if self.range_choice() == "custom":
            self._apply_range()
            self._remember_range()

    # ----------------------------------------------------------------- symptoms and tabs

    def _fill_symptoms(self) -> None:
        """One checkable row per symptom (hidden ones last, marked); ticks survive a reload."""
        ticked = set(self.checked_symptoms())
        with QSignalBlocker(self.symptom_list):
            self.symptom_list.clear()
            if self.inputs is None:
                return
            symptoms = sorted(self.inputs.chart.symptoms, key=lambda s: not s.active)
            for symptom in symptoms:
                name = symptom_label(symptom.key, symptom.label)  # the default ones translated
                text = name if symptom.active else fill_in(self.tr("%1 (hidden)"), name)
                item = QListWidgetItem(text, self.symptom_list)
                item.setData(Qt.ItemDataRole.UserRole, symptom.key)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = symptom.key in ticked
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.trend.symptom_keys = self.checked_symptoms()

    def checked_symptoms(self) -> list[str]:
        return [
            self.symptom_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.symptom_list.count())
            if self.symptom_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _symptoms_changed(self, _item: QListWidgetItem) -> None:
        self.trend.set_symptoms(self.checked_symptoms())

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        self.symptom_box.setVisible(widget is self.trend or not self.side_beside)
        self.compare_check.setVisible(widget is self.cycle)
