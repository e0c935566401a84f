"""The JSON Schema of the masto-diary format, generated from the import models.

``python -m masto_diary.exchange.schema`` rewrites ``docs/exchange-schema.json``; a test fails when
the file in ``docs/`` differs from what the models say, so the documentation cannot go stale.
"""

import json
import sys
from pathlib import Path

from masto_diary.exchange.models import DocumentIn

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "exchange-schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def exchange_schema() -> dict:
    """The schema of what an import accepts (pydantic's validation-mode schema)."""
    schema = DocumentIn.model_json_schema(mode="validation")
    return {
        "$schema": DIALECT,
        **schema,
        "description": (
            "A masto-diary export: children with their daily entries, episodes, injections, "
            "medications, lab results and visits. Dates are YYYY-MM-DD (the family's local day), "
            "moments ISO-8601 with their UTC offset, enum values lower-case. See "
            "exchange-format.md for the rules a schema cannot express."
        ),
    }


def schema_text() -> str:
    return json.dumps(exchange_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    target = Path(argv[0]) if argv else SCHEMA_PATH
    target.write_text(schema_text(), encoding="utf-8")
    print(f"Wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
