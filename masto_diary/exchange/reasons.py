"""A pydantic error as a JSON path and a sentence: shared by the import of a masto-diary file
(json_format.py) and of a clinic's questionnaire (questionnaire.py), which the import also
checks inside a file, so neither can import the other."""

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from masto_diary.rules import shorten

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(loc: Iterable[str | int]) -> str:
    """``("children", 0, "scores", "itching")`` → ``$.children[0].scores.itching``."""
    parts = ["$"]
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        elif len(item) > 60:  # a key of megabytes is named by its start (rules.shorten)
            parts.append(f"[{json.dumps(shorten(item, 60), ensure_ascii=False)}]")
        elif _IDENTIFIER.match(item):
            parts.append(f".{item}")
        else:
            parts.append(f"[{json.dumps(item, ensure_ascii=False)}]")
    return "".join(parts)


def _got(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str) if value is not None else "null"
    return text if len(text) <= 40 else text[:37] + "..."


def friendly_reason(error: Mapping[str, Any]) -> str:
    """Pydantic's error as a sentence naming the rule and what was found."""
    kind, ctx, value = error["type"], error.get("ctx") or {}, error.get("input")
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a key of the masto-diary format (misspelt, or from another program?)"
    if kind == "enum":
        return f"must be one of {ctx.get('expected', '').replace(' or ', ', ')}; got {_got(value)}"
    if kind == "literal_error":
        return f"must be {ctx.get('expected')}; got {_got(value)}"
    messages = {
        "int_type": "must be a whole number",
        "int_from_float": "must be a whole number",
        "bool_type": "must be true or false",
        "string_type": "must be text in quotes",
        "list_type": "must be a list [ … ]",
        "dict_type": "must be an object { … }",
        "model_type": "must be an object { … }",
        "model_attributes_type": "must be an object { … }",
    }
    if kind in messages:
        return f"{messages[kind]}, got {_got(value)}"
    if kind == "too_long":
        return f"must have at most {ctx.get('max_length')} items, got {ctx.get('actual_length')}"
    if kind == "too_short":
        return f"must have at least {ctx.get('min_length')} items, got {ctx.get('actual_length')}"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "string_too_long":
        return f"must be at most {ctx.get('max_length')} characters, got {len(value or '')}"
    limits = {
        "greater_than_equal": ("at least", "ge"),
        "greater_than": ("above", "gt"),
        "less_than_equal": ("at most", "le"),
        "less_than": ("below", "lt"),
    }
    if kind in limits:
        words, key = limits[kind]
        return f"must be {words} {ctx.get(key)}, got {_got(value)}"
    return str(error.get("msg", "is not valid"))
