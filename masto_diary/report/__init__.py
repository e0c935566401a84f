"""The clinic-visit PDF report: page 1 a doctor reads in a minute, details after it.

* :mod:`~masto_diary.report.content` gathers every figure and row for a child and period
  (no Qt: safe in a worker thread, testable without a PDF);
* :mod:`~masto_diary.report.render` lays the pages out and writes the PDF with QPdfWriter,
  drawing the charts of :mod:`~masto_diary.report.charts` as vectors;
* :mod:`~masto_diary.report.command` is the headless ``masto-diary report`` command.

The report's words (sentences, labels, the language) come from :mod:`masto_diary.words`; the
report never imports the user interface package, so the command needs no widget.
"""
