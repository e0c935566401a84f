"""Entry script of the PyInstaller bundle: the same command line as ``masto-diary``."""

import sys

from masto_diary.cli import main

if __name__ == "__main__":
    sys.exit(main())
