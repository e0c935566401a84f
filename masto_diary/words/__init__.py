"""The app's words, below both the windows (the ``ui`` package) and the PDF report
(:mod:`masto_diary.report`): enum labels, the default symptom and trigger texts, the report's
sentences, which language is installed, and :func:`~masto_diary.words.sentence.fill_in` for
putting values into a translated sentence.

Both ui and report take their words from here, so the report never imports ui and the
headless ``masto-diary report`` builds no widget (docs/architecture.md).
"""
