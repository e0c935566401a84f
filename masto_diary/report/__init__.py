"""The clinic-visit PDF report: page 1 a doctor reads in a minute, details after it.

* :mod:`~masto_diary.report.content` gathers every figure and row for a child and period
  (no Qt: safe in a worker thread, testable without a PDF);
* :mod:`~masto_diary.report.render` lays the pages out and writes the PDF with QPdfWriter,
  drawing the charts of :mod:`~masto_diary.report.charts` as vectors;
* :mod:`~masto_diary.report.command` is the headless ``masto-diary report`` command.

Importing :mod:`masto_diary.ui` (its ``__init__`` only, no QtWidgets) applies the PySide6 6.12
/ Python 3.11 ``None`` reference-count cure: a report paints thousands of items through void
methods, and without the cure the process aborts with "deallocating None".
"""

import masto_diary.ui  # noqa: F401  (the None reference-count cure, see above)
