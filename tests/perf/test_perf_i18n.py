"""Start-up with the Italian translation loaded stays within the foundation budget.

Process start → overview shown on the 10-year diary, with Settings ▸ Language set to Italiano
(both catalogues: the app's and Qt's qtbase_it), against English and a bare PySide6 window in
the same run.  Budget (tests/perf/test_perf_foundation.py): under 1 s and at most 4× the bare
window.
"""

import statistics
import sys

import pytest

from tests.perf.conftest import bare_window_seconds, print_table, seconds_until_line

pytestmark = pytest.mark.perf

RUNS = 5


def _config(tmp_path, language: str):
    folder = tmp_path / f"config-{language}"
    (folder / "masto-diary").mkdir(parents=True)
    (folder / "masto-diary" / "masto-diary.conf").write_text(f"[ui]\nlanguage={language}\n")
    return {"XDG_CONFIG_HOME": str(folder)}


def test_start_with_translations(ten_year_dir, tmp_path):
    command = [sys.executable, "-m", "masto_diary", "--data-dir", str(ten_year_dir), "--smoke-test"]
    bare = statistics.median(bare_window_seconds(tmp_path) for _ in range(RUNS))
    figures = {}
    for language in ("en", "it"):
        env = _config(tmp_path, language)
        figures[language] = statistics.median(
            seconds_until_line(command, "window ready", env) for _ in range(RUNS)
        )
    italian = figures["it"]
    print_table(
        f"Start-up with translations (10-year diary, medians of {RUNS} process starts)",
        [
            ("bare PySide6 window (baseline)", f"{bare * 1000:.0f} ms", ""),
            ("start → overview, English", f"{figures['en'] * 1000:.0f} ms", ""),
            ("start → overview, Italiano", f"{italian * 1000:.0f} ms", "budget < 1000 ms"),
            ("ratio to the bare window", f"{italian / bare:.2f}", "budget ≤ 4"),
        ],
    )
    assert italian < 1.0 and italian / bare <= 4
