"""``QT_TRANSLATE_NOOP`` with its true type: it marks a sentence for the translation catalogue
and hands it back unchanged.

PySide6's stubs declare that it returns ``object``, so every marked label would need a cast
before a type checker takes it for a ``str``. This twin returns its argument typed, and the
catalogue tools (``pyside6-lupdate``) still find the marked sentences by the function's name.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """The sentence ``source`` of ``context``, unchanged (it is translated where it is shown)."""
    del context
    return source
