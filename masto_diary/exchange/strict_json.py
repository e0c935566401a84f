"""JSON read strictly: one reader for the diary's own files and a clinic's questionnaire.

Python's ``json`` is kind where a file the app keeps must not be: a key given twice keeps the
last value without a word, and ``NaN`` and ``Infinity`` (not JSON) become numbers no score can
hold.  Here a repeated key is found with its JSON path and the constants are refused, so the
import of a diary and the loading of a questionnaire refuse the same things the same way.
"""

import json
from typing import Any

from masto_diary.exchange.problems import ImportRefusedError, Problem, Problems
from masto_diary.exchange.reasons import json_path


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


class _Object(dict):
    """A JSON object that had a key twice; ``repeated`` names those keys (the last value won)."""

    repeated: list[str]


def _object(pairs: list[tuple[str, Any]]) -> dict:
    made = dict(pairs)
    if len(made) == len(pairs):
        return made
    marked = _Object(made)
    seen: set[str] = set()
    marked.repeated = []
    for key, _ in pairs:
        if key in seen:
            marked.repeated.append(key)
        seen.add(key)
    return marked


# Deeper than any file the app writes (a diary nests about six levels).  Python 3.11's parser
# stops near 1,000 levels with a RecursionError; 3.13's reads 5,000 and more: the limit is ours,
# so every Python refuses the same file with the same sentence.
MAX_DEPTH = 200


def parse(text: str, label: str, what: str = "a masto-diary file") -> Any:
    """The JSON value of ``text``; any problem raises ImportRefusedError with a sentence."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_object)
        if not _too_deep(value):
            return value
        reason = f"the file nests lists or objects too deeply to be {what}"
    except json.JSONDecodeError as error:
        reason = (
            f"the file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
        )
    except RecursionError:
        reason = f"the file nests lists or objects too deeply to be {what}"
    except ValueError as error:  # NaN/Infinity, or an integer with thousands of digits
        reason = f"the file holds a value JSON does not allow: {error}"
    raise ImportRefusedError(label, [Problem("$", reason)])


def _too_deep(value: Any) -> bool:
    """True when lists and objects nest deeper than MAX_DEPTH (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth > MAX_DEPTH:
                return True
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def refuse_duplicate_keys(raw: Any, label: str) -> None:
    """Every object has each key once: a second one would silently win, so refuse it."""
    problems = Problems()
    stack: list[tuple[Any, tuple]] = [(raw, ())]
    while stack:
        value, loc = stack.pop()
        if isinstance(value, _Object):
            for key in dict.fromkeys(value.repeated):
                problems.add(json_path((*loc, key)), "is given more than once in this object")
        if isinstance(value, dict):
            stack.extend((item, (*loc, key)) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((item, (*loc, index)) for index, item in enumerate(value))
    problems.refuse(label)
