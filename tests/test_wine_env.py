"""installer/windows/wine-env.sh's retry of Wine's process-start hiccup, run in real bash.

The Windows build spawns many processes under Wine; once in a while Wine fails to start one
("[WinError 1359] Internal error").  The build tries again for that failure only: these tests
run the shell function on a small script that fails as told, and count its runs.
"""

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WINE_ENV = ROOT / "installer" / "windows" / "wine-env.sh"


def retrying(tmp_path: Path, failures: list[str]) -> tuple[int, int, str]:
    """Run wine_retrying on a step that prints each of ``failures`` in turn (failing), then
    succeeds; the exit code, how many times the step ran, and what was printed."""
    script = tmp_path / "step.sh"
    runs = tmp_path / "runs"
    lines = [f'echo "{text}"; exit 1' for text in failures]
    cases = "\n".join(f"  {number}) {line} ;;" for number, line in enumerate(lines, start=1))
    script.write_text(
        f'n=$(( $(cat "{runs}" 2>/dev/null || echo 0) + 1 )); echo "$n" >"{runs}"\n'
        f'case "$n" in\n{cases}\n  *) echo built ;;\nesac\n'
    )
    result = subprocess.run(
        ["bash", "-c", f'source "{WINE_ENV}"; wine_retrying "{tmp_path}/log" bash "{script}"'],
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.returncode, int(runs.read_text()), result.stdout + result.stderr


def test_a_wine_process_start_failure_is_tried_again(tmp_path):
    code, runs, output = retrying(tmp_path, ["OSError: [WinError 1359] Internal error"])
    assert (code, runs) == (0, 2)
    assert "trying again (2 of 3)" in output
    assert (tmp_path / "log").read_text() == "built\n"  # the log holds the last attempt


def test_any_other_failure_stops_at_once(tmp_path):
    code, runs, _ = retrying(tmp_path, ["ModuleNotFoundError: No module named 'numpy'"])
    assert (code, runs) == (1, 1)


def test_three_wine_failures_in_a_row_fail_the_build(tmp_path):
    code, runs, output = retrying(tmp_path, ["[WinError 1359] Internal error"] * 3)
    assert (code, runs) == (1, 3)
    assert "WinError 1359" in (tmp_path / "log").read_text()
