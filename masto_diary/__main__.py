"""``python -m masto_diary`` runs the same command line as ``masto-diary``."""

import sys

from masto_diary.cli import main

sys.exit(main())
