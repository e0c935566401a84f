"""Putting values into a translated sentence: ``fill_in(self.tr("Saved %1 on %2"), name, day)``.

Translations keep Qt's numbered placeholders (``%1``, ``%2`` …) because word order differs
between languages ("%1's diary" / "Il diario di %1").  Replacing them one after the other with
``str.replace`` goes wrong as soon as a value itself contains a placeholder: a child named
"50%2" would have its own "%2" replaced by the next value.  :func:`fill_in` substitutes every
placeholder of the *translated* text in a single pass, so the values are never read again.

Plural strings (``self.tr("%n days", None, n)``) have ``%n`` filled in by Qt's translator; pass
the result here for any numbered placeholders it also has.  No Qt is needed for that.
"""

import re

PLACEHOLDER = re.compile(r"%([1-9])")


def fill_in(sentence: str, *values: object) -> str:
    """``sentence`` with ``%1`` … ``%9`` replaced by ``str(values[0])`` … in one pass.

    A placeholder without a value stays as it is (like ``QString.arg``), so a sentence is
    never broken by a missing argument; a ``%`` not followed by a digit ("79 %") is text.
    """
    texts = [str(value) for value in values]

    def value_for(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return texts[index] if index < len(texts) else match.group(0)

    return PLACEHOLDER.sub(value_for, sentence)
