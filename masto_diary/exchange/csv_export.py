"""CSV export: one file per table in a ZIP, plus a wide "daily scores" sheet per child.

Made for spreadsheets: UTF-8 with a byte-order mark (so Excel reads accents correctly), ISO dates
(``2024-03-01``), moments in local time with their offset, ``yes``/``no`` for flags, and text
that a spreadsheet would take for a formula (``=``, ``+``, ``-``, ``@``, tab, CR) prefixed
with ``'`` in every cell, headers included.
It is built from the JSON export document, so both exports always agree.
"""

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable

from masto_diary.enums import ANALYTE_UNITS, Analyte

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
ANALYTE_NAMES = {
    Analyte.TRYPTASE: "Serum tryptase",
    Analyte.TOTAL_IGE: "Total IgE",
    Analyte.KIT_D816V: "KIT D816V allele burden",
}

README = """masto-diary CSV export
======================

Each .csv file is one table of the diary; every row names its child in the first column.
daily-scores-<child>.csv has one row per recorded day and one column per symptom (empty = not
recorded, which is not the same as 0). "daily symptom score" is the sum of the recorded scores of
the child's active symptoms that day.
questionnaire_answers.csv (only when a child has a clinic questionnaire) has one row per item
answered on a day; an empty total means an item was left unanswered that day.

Dates are YYYY-MM-DD; times are local time with the offset from UTC. The files are UTF-8.
This export holds a child's health data: keep it private.
"""


def _cell(value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _local(moment: str | None) -> str | None:
    """UTC moment of the document → local time with offset, to the second."""
    if moment is None:
        return None
    return dt.datetime.fromisoformat(moment).astimezone().replace(microsecond=0).isoformat()


def _csv(header: Iterable[str], rows: Iterable[Iterable]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_cell(name) for name in header])  # a symptom label heads a column
    for row in rows:
        writer.writerow([_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8-sig")


def _safe_name(name: str) -> str:
    """Letters, digits, dot and dash only, never first: a file name cannot start a formula."""
    return re.sub(r"[^\w.-]+", "_", name, flags=re.UNICODE).strip("_.-") or "child"


def tables(document: dict) -> dict[str, bytes]:
    """File name → CSV bytes, for every table and every child's wide sheet."""
    kids = document["children"]
    files = {
        "children.csv": _csv(
            ["name", "birth_date", "sex", "diagnosis", "clinic", "archived", "notes", "condition"],
            (
                [c["name"], c["birth_date"], c["sex"], c["diagnosis"], c["clinic"]]
                + [c["archived"], c["notes"], c["condition"]]
                for c in kids
            ),
        ),
        "weights.csv": _csv(
            ["child", "date", "kg"],
            ([c["name"], w["date"], w["kg"]] for c in kids for w in c["weights"]),
        ),
        "symptoms.csv": _csv(
            ["child", "key", "label", "position", "active", "scale_max"],
            (
                [c["name"], s["key"], s["label"], s["position"], s["active"], s["scale_max"]]
                for c in kids
                for s in c["symptoms"]
            ),
        ),
        "triggers.csv": _csv(
            ["child", "label"], ([c["name"], t["label"]] for c in kids for t in c["triggers"])
        ),
        "daily_entries.csv": _entries(kids),
        "symptom_scores.csv": _scores(kids),
        "episodes.csv": _episodes(kids),
        "treatment_plans.csv": _csv(
            ["child", "plan", "drug", "dose_mg", "interval_days", "start_date", "end_date"],
            (
                [c["name"], p["id"], p["drug"], p["dose_mg"], p["interval_days"]]
                + [p["start_date"], p["end_date"]]
                for c in kids
                for p in c["treatment_plans"]
            ),
        ),
        "injections.csv": _injections(kids),
        "medications.csv": _medications(kids),
        "labs.csv": _labs(kids),
        "visits.csv": _csv(
            ["child", "date", "clinician", "questions", "outcome"],
            (
                [c["name"], v["date"], v["clinician"], v["questions"], v["outcome"]]
                for c in kids
                for v in c["visits"]
            ),
        ),
    }
    if any(c.get("questionnaires") for c in kids):
        files["questionnaire_answers.csv"] = _questionnaire_answers(kids)
    for child in kids:
        files[f"daily-scores-{_safe_name(child['name'])}.csv"] = daily_scores(child)
    return files


def _questionnaire_answers(kids: list[dict]) -> bytes:
    """One row per item answered on a day, with the day's total and band (empty = unknown,
    an item was left unanswered; docs/questionnaires.md)."""
    from masto_diary.analysis.questionnaires import band_of, instrument_of, shown
    from masto_diary.services.questionnaires import item_of

    def rows():
        for child in kids:
            for kept in child.get("questionnaires", []):
                q = kept["questionnaire"]
                instrument = instrument_of(q)
                items = [item_of(i) for i in q["items"]]
                texts = {item.id: dict(item.answers) for item in items}
                for given in kept["answers"]:
                    score = instrument.total(given["answers"])
                    written = None if score is None else shown(score, instrument.rules.decimals)
                    band = band_of(score, instrument.bands)
                    day = [child["name"], q["id"], given["date"], written, band]
                    for item in items:
                        value = given["answers"].get(item.id)
                        yield [*day, item.id, value, texts[item.id].get(value)]

    return _csv(
        ["child", "questionnaire", "date", "total", "band", "item", "value", "answer"], rows()
    )


def _entries(kids: list[dict]) -> bytes:
    header = ["child", "date", "wellbeing", "school_missed", "sleep_disturbed", "reported_by"]
    header += ["notes", "created_at", "updated_at"]
    return _csv(
        header,
        (
            [c["name"], e["date"], e["wellbeing"], e["school_missed"], e["sleep_disturbed"]]
            + [e["reported_by"], e["notes"], _local(e["created_at"]), _local(e["updated_at"])]
            for c in kids
            for e in c["daily_entries"]
        ),
    )


def _scores(kids: list[dict]) -> bytes:
    def rows():
        for child in kids:
            labels = {s["key"]: s["label"] for s in child["symptoms"]}
            for entry in child["daily_entries"]:
                for key, score in entry["scores"].items():
                    yield [child["name"], entry["date"], key, labels.get(key, key), score]

    return _csv(["child", "date", "symptom_key", "symptom", "score"], rows())


def _episodes(kids: list[dict]) -> bytes:
    header = ["child", "started_at", "ended_at", "kind", "severity", "symptoms", "triggers"]
    header += ["rescue_antihistamine", "rescue_steroid", "rescue_epinephrine"]
    header += ["rescue_emergency_visit", "rescue_notes", "notes"]

    def rows():
        for c in kids:
            for e in c["episodes"]:
                r = e["rescue"]
                yield [
                    c["name"],
                    _local(e["started_at"]),
                    _local(e["ended_at"]),
                    e["kind"],
                    e["severity"],
                    "; ".join(e["symptoms"]),
                    "; ".join(e["triggers"]),
                    r["antihistamine"],
                    r["steroid"],
                    r["epinephrine"],
                    r["emergency_visit"],
                    r["notes"],
                    e["notes"],
                ]

    return _csv(header, rows())


def _injections(kids: list[dict]) -> bytes:
    header = ["child", "given_at", "plan", "dose_mg", "site", "lot", "expiry", "place"]
    header += ["given_by", "local_reaction", "notes"]
    return _csv(
        header,
        (
            [c["name"], _local(i["given_at"]), i["plan"], i["dose_mg"], i["site"], i["lot"]]
            + [i["expiry"], i["place"], i["given_by"], i["local_reaction"], i["notes"]]
            for c in kids
            for i in c["injections"]
        ),
    )


def _medications(kids: list[dict]) -> bytes:
    header = ["child", "name", "drug_class", "dose", "unit", "frequency", "start_date"]
    header += ["end_date", "reason"]
    return _csv(
        header,
        (
            [c["name"], m["name"], m["drug_class"], m["dose"], m["unit"], m["frequency"]]
            + [m["start_date"], m["end_date"], m["reason"]]
            for c in kids
            for m in c["medications"]
        ),
    )


def _labs(kids: list[dict]) -> bytes:
    header = ["child", "taken_on", "analyte", "test", "value", "unit", "ref_low", "ref_high"]
    header += ["notes"]

    def rows():
        for c in kids:
            for lab in c["labs"]:
                analyte = Analyte(lab["analyte"])
                name = ANALYTE_NAMES.get(analyte, lab["custom_name"])
                unit = ANALYTE_UNITS.get(analyte, lab["unit"])
                yield [c["name"], lab["taken_on"], lab["analyte"], name, lab["value"], unit] + [
                    lab["ref_low"],
                    lab["ref_high"],
                    lab["notes"],
                ]

    return _csv(header, rows())


def daily_scores(child: dict) -> bytes:
    """One row a day, one column a symptom: the sheet a parent or doctor opens first."""
    symptoms = child["symptoms"]
    active = {s["key"] for s in symptoms if s["active"]}
    header = ["date", "wellbeing", "daily symptom score", "symptoms recorded"]
    header += [s["label"] + ("" if s["active"] else " (hidden)") for s in symptoms]

    def rows():
        for entry in child["daily_entries"]:
            scores = entry["scores"]
            counted = [v for k, v in scores.items() if k in active]
            total = sum(counted) if counted else None
            yield [entry["date"], entry["wellbeing"], total, len(scores)] + [
                scores.get(s["key"]) for s in symptoms
            ]

    return _csv(header, rows())


def export_zip(document: dict) -> bytes:
    """The ZIP of every CSV (and a README), with file times of the export."""
    stamp = dt.datetime.fromisoformat(document["exported_at"]).astimezone()
    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in {"README.txt": README.encode("utf-8"), **tables(document)}.items():
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
