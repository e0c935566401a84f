"""Benchmark: the Charts page on the 10-year diary, each figure beside a bare baseline.

Run with ``pytest tests/perf/test_perf_charts.py -m perf -s``.  Budgets (issue 5): loading the
diary < 150 ms; all measures < 100 ms; building the Charts page < 300 ms; changing the range
< 100 ms; pan/zoom redraw >= 30 frames/s.  Each figure is printed beside a baseline measured
in the same run, so a slow machine shows as slow baselines rather than as our fault:

* load: fetching the same score rows with plain sqlite3 (the least work any loader does);
* measures: ``np.nansum`` over the day x symptom matrix;
* build / range / pan-zoom: the same series drawn with bare pyqtgraph, same size, same data
  path (see :class:`BarePlot`): everything the trend shows, with stock items (the ratio
  budget applies to this one), and, for scale, only the daily bars and the 7-day mean.

pyqtgraph is imported before timing (its import is printed separately: the page imports it
only when first shown, never at start-up).
"""

import dataclasses
import datetime as dt
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from masto_diary import analysis as an
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from tests import reads
from tests.perf.conftest import print_table

pytestmark = pytest.mark.perf

RUNS = 7
FRAMES = 120
PAGE_SIZE = (1100, 720)
DAY = 86_400.0
RANGES = (30, 90, 365, "all")

LOAD_BUDGET_MS = 150
MEASURES_BUDGET_MS = 100
BUILD_BUDGET_MS = 300
RANGE_BUDGET_MS = 100
FPS_BUDGET = 30
RATIO_BUDGET = 1.5


def median_ms(func: Callable[[], object], runs: int = RUNS) -> float:
    func()  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def settle() -> None:
    for _ in range(2):
        QApplication.processEvents()


# --------------------------------------------------------------------------- load and measures


def bare_fetch(diary, child_id: int) -> list:
    connection = diary.read_connection()
    try:
        return connection.execute(
            "SELECT s.entry_id, s.symptom_id, s.score FROM symptom_score s "
            "JOIN daily_entry d ON d.id = s.entry_id WHERE d.child_id = ?",
            (child_id,),
        ).fetchall()
    finally:
        connection.close()


def all_measures(data: an.DiaryData, today: dt.date) -> list:
    """Every measure the charts and the report use, on a fresh copy (no cached arrays)."""
    data = dataclasses.replace(data)
    year = data.end - dt.timedelta(days=364)
    return [
        an.score_series(data),
        an.per_symptom_series(data),
        an.cycle_profile(data),
        an.cycle_profile(data, year),
        an.adherence(data),
        an.overdue_periods(data, today=today),
        an.compare_before_on(data),
        an.summarize_period(data, year),
        an.episode_rates(data),
        an.rescue_use(data),
        an.top_triggers(data),
        an.medication_lanes(data),
        an.taper_summary(data),
        an.lab_series(data),
    ]


# --------------------------------------------------------------------------- the bare baseline


class BarePlot:
    """The same series in bare pyqtgraph: stock items only, one item per mark, as the
    pyqtgraph examples do it (PlotItems in a GraphicsLayoutWidget, linked x axes, a
    DateAxisItem, downsampling and clip-to-view on).

    ``full=True`` draws everything the trend shows (daily bars, 7-day mean, an InfiniteLine
    with a dose label per injection, a LinearRegionItem per overdue period, a scatter per
    severity, anaphylaxis stars with a TextItem, medication bars with a TextItem per dose);
    ``full=False`` only the bars and the mean, the least any trend chart draws.
    """

    def __init__(self, diary, child_id: int, size, full: bool) -> None:
        import pyqtgraph as pg

        chart = load_chart_data(diary, child_id)
        data = chart.data
        self.series = an.score_series(data)
        self.x = (self.series.days.astype(np.int64) + 0.5) * DAY
        self.widget = pg.GraphicsLayoutWidget()
        self.widget.resize(*size)
        self.plot = self.widget.addPlot(row=0, col=0, axisItems={"bottom": self._axis()})
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setClipToView(True)
        scored = self.series.scored
        self.bars = pg.BarGraphItem(
            x=self.x[scored], height=self.series.dss[scored], width=0.8 * DAY, brush="c", pen=None
        )
        self.plot.addItem(self.bars)
        self.mean = self.plot.plot(self.x, self.series.mean_7d, connect="finite", pen="b")
        if full:
            self._add_the_rest(pg, data, an.overdue_periods(data), an.medication_lanes(data))
        self.widget.show()
        settle()

    @staticmethod
    def _axis():
        import pyqtgraph as pg

        return pg.DateAxisItem(utcOffset=0)

    def _add_the_rest(self, pg, data, overdue, lanes) -> None:
        def x_of(day: dt.date) -> float:
            return ((day - dt.date(1970, 1, 1)).days + 0.5) * DAY

        for injection in data.injections:
            self.plot.addItem(
                pg.InfiniteLine(x_of(injection.day), angle=90, label=f"{injection.dose_mg:g} mg")
            )
        for period in overdue:
            region = pg.LinearRegionItem((x_of(period.start), x_of(period.end)), movable=False)
            self.plot.addItem(region)
        strip = self.widget.addPlot(row=1, col=0, axisItems={"bottom": self._axis()})
        strip.setXLink(self.plot)
        for row, severity in enumerate(("mild", "moderate", "severe"), start=1):
            xs = [x_of(e.day) for e in data.episodes if e.severity == severity]
            strip.addItem(pg.ScatterPlotItem(x=xs, y=[row] * len(xs), symbol="o"))
        for episode in data.episodes:
            if episode.kind == "anaphylaxis":
                strip.addItem(pg.ScatterPlotItem(x=[x_of(episode.day)], y=[3], symbol="star"))
                text = pg.TextItem("Anaphylaxis")
                text.setPos(x_of(episode.day), 3)
                strip.addItem(text)
        medications = self.widget.addPlot(row=2, col=0, axisItems={"bottom": self._axis()})
        medications.setXLink(self.plot)
        x0, x1, y0 = [], [], []
        for row, lane in enumerate(lanes):
            for dose in lane.periods:
                start, end = x_of(dose.start), x_of(dose.end or data.end)
                x0.append(start)
                x1.append(end)
                y0.append(row)
                label = pg.TextItem(f"{dose.dose:g} {dose.unit}")
                label.setPos(start, row + 0.5)
                medications.addItem(label)
        medications.addItem(
            pg.BarGraphItem(x0=x0, x1=x1, y0=y0, height=[0.8] * len(x0), brushes=["g"] * len(x0))
        )

    def show_last(self, days: int | None) -> None:
        start = 0 if days is None else len(self.x) - days
        scored = self.series.scored[start:]
        x = self.x[start:]
        self.bars.setOpts(x=x[scored], height=self.series.dss[start:][scored])
        self.mean.setData(x, self.series.mean_7d[start:], connect="finite")
        self.plot.setXRange(x[0] - DAY / 2, x[-1] + DAY / 2, padding=0)
        QApplication.processEvents()

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()
        settle()


# --------------------------------------------------------------------------- frames


def windows(x0: float, x1: float) -> list[tuple[float, float]]:
    """Zoom from the whole diary to 60 days, then pan a one-year window across it."""
    half = FRAMES // 2
    centre = (x0 + x1) / 2
    zoom = [(centre - w / 2, centre + w / 2) for w in np.geomspace(x1 - x0, 60 * DAY, half)]
    width = 365 * DAY
    pan = [(lo, lo + width) for lo in np.linspace(x0, x1 - width, FRAMES - half)]
    return zoom + pan


def frames_per_second(plot, view, x0: float, x1: float) -> float:
    """Set the view range and repaint synchronously, frame after frame."""
    shown = windows(x0, x1)
    started = time.perf_counter()
    for lo, hi in shown:
        plot.setXRange(lo, hi, padding=0)
        view.viewport().repaint()
    return len(shown) / (time.perf_counter() - started)


def pyqtgraph_import_ms() -> float:
    code = (
        "import time; from PySide6.QtWidgets import QApplication; t = time.perf_counter();"
        "import pyqtgraph; print((time.perf_counter() - t) * 1000)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


# --------------------------------------------------------------------------- the benchmark


def test_chart_budgets(ten_year_dir, qapp):
    import pyqtgraph  # noqa: F401  (imported before timing, see the module docstring)

    from masto_diary.ui.pages.charts import ChartsPage

    diary = open_diary(ten_year_dir, reading_only=True)  # reads only: no writer lock held
    child_id = reads.list_children(diary)[0].id
    today = dt.date.today()

    load = median_ms(lambda: load_chart_data(diary, child_id))
    load_base = median_ms(lambda: bare_fetch(diary, child_id))
    data = load_chart_data(diary, child_id).data
    assert data.n_days >= 3650 and len(data.episodes) > 1500 and len(data.injections) > 200
    measures = median_ms(lambda: all_measures(data, today))
    measures_base = median_ms(lambda: np.nansum(data.scores, axis=1))

    def build_page() -> ChartsPage:
        page = ChartsPage(diary)
        page.resize(*PAGE_SIZE)
        page.set_child(child_id)
        page.show()
        settle()
        return page

    def build_and_close() -> None:
        page = build_page()
        page.close()
        page.deleteLater()

    build = median_ms(build_and_close)
    page = build_page()
    size = page.trend.view.size()
    size = (size.width(), size.height())

    cycle = iter(RANGES * (RUNS + 2))
    range_ms = median_ms(
        lambda: (page.set_range_choice(next(cycle)), QApplication.processEvents()), runs=RUNS
    )
    page.set_range_choice("all")
    settle()
    x0, x1 = page.trend.plot.viewRange()[0]
    fps = statistics.median(
        frames_per_second(page.trend.plot, page.trend.view, x0, x1) for _ in range(3)
    )
    page.close()
    bases = {}
    for full in (True, False):
        base = bases[full] = {}
        base["build"] = median_ms(lambda full=full: BarePlot(diary, child_id, size, full).close())
        bare = BarePlot(diary, child_id, size, full)
        bare_cycle = iter(RANGES * (RUNS + 2))
        base["range"] = median_ms(
            lambda bare=bare, cycle=bare_cycle: bare.show_last(
                None if (c := next(cycle)) == "all" else c
            ),
            runs=RUNS,
        )
        bare.show_last(None)
        x0, x1 = bare.plot.viewRange()[0]
        base["fps"] = statistics.median(
            frames_per_second(bare.plot, bare.widget, x0, x1) for _ in range(3)
        )
        bare.close()

    imported = pyqtgraph_import_ms()

    same, least = bases[True], bases[False]
    table = [
        ("load the diary (series.py)", f"{load:.1f} ms",
         f"plain fetch {load_base:.1f} ms, ratio {load / load_base:.2f}; < {LOAD_BUDGET_MS} ms"),
        ("all measures", f"{measures:.1f} ms",
         f"np.nansum {measures_base:.2f} ms; < {MEASURES_BUDGET_MS} ms"),
    ]  # fmt: skip
    for name, ours, key, budget in (
        ("build the Charts page", build, "build", f"< {BUILD_BUDGET_MS} ms"),
        ("change the range", range_ms, "range", f"< {RANGE_BUDGET_MS} ms"),
    ):
        table.append((name, f"{ours:.1f} ms", f"budget {budget}"))
        table.append(("  bare, same series", f"{same[key]:.1f} ms",
                      f"ratio {ours / same[key]:.2f} (budget <= {RATIO_BUDGET})"))  # fmt: skip
        table.append(("  bare, bars + mean only", f"{least[key]:.1f} ms",
                      f"ratio {ours / least[key]:.2f} (for scale)"))  # fmt: skip
    table.append(("pan/zoom redraw", f"{fps:.0f} frames/s", f"budget >= {FPS_BUDGET}"))
    table.append(("  bare, same series", f"{same['fps']:.0f} frames/s",
                  f"ratio {same['fps'] / fps:.2f} (budget <= {RATIO_BUDGET})"))  # fmt: skip
    table.append(("  bare, bars + mean only", f"{least['fps']:.0f} frames/s",
                  f"ratio {least['fps'] / fps:.2f} (for scale)"))  # fmt: skip
    table.append(("(not in budget) import pyqtgraph", f"{imported:.0f} ms", "once, lazily"))
    print_table(
        f"Charts on the 10-year diary ({data.n_days} days, {len(data.episodes)} episodes, "
        f"{len(data.injections)} injections; medians of {RUNS})",
        table,
    )

    assert load < LOAD_BUDGET_MS
    assert measures < MEASURES_BUDGET_MS
    assert build < BUILD_BUDGET_MS
    assert range_ms < RANGE_BUDGET_MS
    assert fps >= FPS_BUDGET
    assert build / same["build"] <= RATIO_BUDGET
    assert range_ms / same["range"] <= RATIO_BUDGET
    assert same["fps"] / fps <= RATIO_BUDGET
