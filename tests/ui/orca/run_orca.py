"""Start Orca (``/usr/bin/orca``) with its debug file written line by line, speech on and
no synthesizer.

Orca opens its ``--debug-file`` with Python's default buffering, so what it said reaches the
file in 8 KB blocks, seconds late or only when it quits. The test reads the file while Orca
runs: files opened for writing here are line-buffered instead.

Speech stays on in Orca's settings (with speech off Orca generates no message at all: a
changed description or window title would never appear in the file), but no speech server
is started, so nothing needs a sound card and every utterance goes to the file only
("SPEECH OUTPUT: '…'", as Orca logs it without a server). Run with the system python3
(Orca is a Debian package): ``python3 run_orca.py --debug-file FILE ...`` (Orca's own options).
"""

import builtins
import runpy
import sys

ORCA = "/usr/bin/orca"
_open = builtins.open


def _line_buffered(file, mode="r", buffering=-1, *args, **kwargs):
    if buffering == -1 and "w" in mode and "b" not in mode:
        buffering = 1
    return _open(file, mode, buffering, *args, **kwargs)


def _no_speech_server() -> None:
    """Orca's ``speech.init`` without a server: ``speech.speak`` then only logs."""


if __name__ == "__main__":
    sys.path.insert(0, "/usr/lib/python3/dist-packages")
    import orca.speech

    orca.speech.init = _no_speech_server
    builtins.open = _line_buffered
    sys.argv = [ORCA, *sys.argv[1:]]
    runpy.run_path(ORCA, run_name="__main__")
