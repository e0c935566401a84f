"""Benchmark: the patterns of the 10-year diary, and the Charts ▸ Patterns view opening.

    pytest -m perf -s tests/perf/test_perf_patterns.py

Budgets (issue 23): all patterns of a 10-year diary < 200 ms; the Patterns view opens in
< 300 ms.  Baselines measured in the same run: the dose-cycle profile of the same diary (an
existing measure over the same days), and opening the Labs view of the same page.  The
patterns are computed afresh for every opening (the view's cache is emptied), so "opens" is
the statistics plus the drawing.
"""

import statistics
import time

import pytest
from PySide6.QtWidgets import QApplication

from masto_diary import analysis as an
from masto_diary.services.patterns import child_patterns
from masto_diary.services.series import load_chart_data
from masto_diary.storage import open_diary
from tests import reads
from tests.perf.conftest import print_table

pytestmark = pytest.mark.perf

RUNS = 7
PATTERNS_BUDGET_MS = 200
OPEN_BUDGET_MS = 300


def median_ms(func, runs: int = RUNS) -> float:
    func()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        func()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def settle() -> None:
    for _ in range(2):
        QApplication.processEvents()


def test_patterns_budgets(ten_year_dir, qapp):
    from masto_diary.ui.pages.charts import ChartsPage

    diary = open_diary(ten_year_dir, reading_only=True)
    child_id = reads.list_children(diary)[0].id
    data = load_chart_data(diary, child_id).data
    assert data.n_days >= 3650 and len(data.episodes) > 1500
    found = child_patterns(data, data.start, data.end)
    assert found.wear_off.n_cycles > 200 and sum(f.tested for f in found.triggers) >= 5
    compute = median_ms(lambda: child_patterns(data, data.start, data.end))
    compute_base = median_ms(lambda: an.cycle_profile(data))

    page = ChartsPage(diary)
    page.resize(1100, 720)
    page.set_child(child_id)
    page.show()
    settle()

    def open_view(chart) -> None:
        """From the Trend view, show ``chart`` with its drawing put off (as after a range
        change while it was hidden): the time until the page has drawn it."""
        page.tabs.setCurrentWidget(page.trend)
        settle()
        page.patterns._cache.clear()
        chart.set_inputs(page.inputs, page.period)  # hidden: marked to draw when shown
        started = time.perf_counter()
        page.tabs.setCurrentWidget(chart)
        settle()
        open_view.last = (time.perf_counter() - started) * 1000

    def timed(chart) -> float:
        times = []
        for _ in range(RUNS):
            open_view(chart)
            times.append(open_view.last)
        return statistics.median(times)

    opening = timed(page.patterns)
    assert page.patterns.showing_chart
    opening_base = timed(page.labs)
    print_table(
        f"Patterns on the 10-year diary ({data.n_days} days, {len(data.episodes)} episodes; "
        f"medians of {RUNS})",
        [
            ("all patterns", f"{compute:.0f} ms", f"budget < {PATTERNS_BUDGET_MS} ms"),
            ("  baseline: dose-cycle profile", f"{compute_base:.0f} ms",
             f"ratio {compute / compute_base:.1f}"),
            ("Patterns view opens", f"{opening:.0f} ms", f"budget < {OPEN_BUDGET_MS} ms"),
            ("  baseline: Labs view opens", f"{opening_base:.0f} ms",
             f"ratio {opening / opening_base:.1f}"),
        ],
    )  # fmt: skip
    page.close()
    assert compute < PATTERNS_BUDGET_MS
    assert opening < OPEN_BUDGET_MS
