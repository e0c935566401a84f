"""Linux bundle budgets: size on disk and start to the first window, beside the venv start.

    pytest -m perf -s tests/perf/test_perf_bundle.py

Builds the bundle with installer/build-linux.sh (about two minutes), writes the demo diary once,
then starts the bundle and the venv on that same diary.  The first start of the freshly unpacked
bundle is the coldest this machine allows without dropping the page cache for everyone; the
medians that follow are warm starts.
"""

import statistics
import subprocess
import sys

import pytest

from tests.bundle_support import build_bundle, disk_usage, run_env
from tests.perf.conftest import print_table, seconds_until_line

pytestmark = pytest.mark.perf

RUNS = 5
SIZE_BUDGET_MB = 150
START_BUDGET_S = 1.5


def test_bundle_size_and_start(tmp_path):
    bundle = build_bundle(tmp_path / "bundle")
    home = tmp_path / "home"
    data = tmp_path / "demo"
    subprocess.run(
        [sys.executable, "-m", "masto_diary", "demo", "--data-dir", str(data)],
        check=True,
        capture_output=True,
    )
    env = run_env(home)
    bundle_cmd = [str(bundle.executable), "--data-dir", str(data), "--smoke-test"]
    venv_cmd = [sys.executable, "-m", "masto_diary", "--data-dir", str(data), "--smoke-test"]

    first = seconds_until_line(bundle_cmd, "window ready", env)
    warm = statistics.median(
        seconds_until_line(bundle_cmd, "window ready", env) for _ in range(RUNS)
    )
    venv = statistics.median(seconds_until_line(venv_cmd, "window ready", env) for _ in range(RUNS))
    size_mb = disk_usage(bundle.folder) / 1e6
    packed_mb = bundle.tarball.stat().st_size / 1e6
    print_table(
        f"Linux bundle (demo diary; medians of {RUNS} starts)",
        [
            ("build (build-linux.sh)", f"{bundle.build_seconds:.0f} s", ""),
            ("unpacked size on disk", f"{size_mb:.0f} MB", f"budget < {SIZE_BUDGET_MB} MB"),
            ("tarball", f"{packed_mb:.0f} MB", ""),
            ("first start after unpacking", f"{first * 1000:.0f} ms", ""),
            ("bundle start → window", f"{warm * 1000:.0f} ms", f"budget < {START_BUDGET_S} s"),
            ("venv start → window (baseline)", f"{venv * 1000:.0f} ms", ""),
        ],
    )
    assert max(first, warm) < START_BUDGET_S
    assert size_mb < SIZE_BUDGET_MB
