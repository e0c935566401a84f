"""Export and import of the masto-diary JSON format, version 1 (see ``docs/exchange-format.md``).

Export reads the tables through the read model (frozen records) in one fixed order, so
export → import into an empty diary → export gives the same document, byte for byte apart from
``exported_at``.  Import is all or nothing: the file is read within a size limit, decoded, parsed,
checked for shape (:mod:`masto_diary.exchange.models`) and then for meaning (references, duplicate
days, scores within their symptom's scale, the rules of every table's ``check()``).  Every problem
is listed with its JSON path; only a file without any is written, in one transaction.
"""

import datetime as dt
import json
import sqlite3
import stat
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from masto_diary.errors import DiaryError
from masto_diary.exchange import strict_json, writer
from masto_diary.exchange.models import FORMAT_NAME, FORMAT_VERSION, ChildIn, DocumentIn
from masto_diary.exchange.problems import (  # noqa: F401  (re-exported for callers)
    MAX_PROBLEMS,
    SHOWN_PROBLEMS,
    ChildOutcome,
    ConflictChoice,
    ImportConflictError,
    ImportRefusedError,
    OnConflict,
    Problem,
    Problems,
    renamed,
)
from masto_diary.exchange.reasons import _got, friendly_reason, json_path  # noqa: F401  (callers)
from masto_diary.services import overview
from masto_diary.storage import Diary, read_model

MAX_IMPORT_BYTES = 32 * 1024 * 1024


# --------------------------------------------------------------------------- export


def _moment(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def _day(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _value(enum_or_none) -> str | None:
    return None if enum_or_none is None else str(getattr(enum_or_none, "value", enum_or_none))


def export_document(
    diary: Diary, child_names: Iterable[str] | None = None, now: dt.datetime | None = None
) -> dict[str, Any]:
    """The whole diary (or the children named) as a masto-diary JSON document (a dict).

    Read through the read model, like every other read (docs/architecture.md)."""
    wanted = None if child_names is None else {n.casefold() for n in child_names}
    with read_model.reading(diary) as db:
        kept = [c for c in read_model.children_by_name(db) if wanted is None or _named(c, wanted)]
        uids = read_model.uids(db)
        children = [_with_uids(db, _export_child(db, child), child, uids) for child in kept]
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": moment.isoformat(),
        "children": children,
    }


def _named(child: read_model.ChildRecord, wanted: set[str]) -> bool:
    return child.name.casefold() in wanted


def _rows(db: sqlite3.Connection, kind: str, child_id: int) -> list[Any]:
    """A child's records of one list of the file, in the file's order."""
    cls, table, order = read_model.CHILD_LISTS[kind]
    return read_model.child_rows(db, cls, table, child_id, order)


def _with_uids(
    db: sqlite3.Connection,
    exported: dict[str, Any],
    child: read_model.ChildRecord,
    uids: dict[tuple[str, int], str],
) -> dict[str, Any]:
    """Each record that has a uid carries it (last, so files without any stay as they were):
    an export imported into another diary keeps the records' identity.  Then the child's
    clinic questionnaires, when it has any."""
    _with_uid(exported, uids.get(("child", child.id)))
    for key, (_, table, _) in read_model.CHILD_LISTS.items():
        for item, row in zip(exported[key], _rows(db, key, child.id), strict=True):
            _with_uid(item, uids.get((table, row.id)))
    return _with_questionnaires(db, exported, child, uids)


def _with_questionnaires(
    db: sqlite3.Connection,
    exported: dict[str, Any],
    child: read_model.ChildRecord,
    uids: dict[tuple[str, int], str],
) -> dict[str, Any]:
    """The child's clinic questionnaires and their answers, when it has any: files of
    children without one stay as they were (docs/questionnaires.md).  A questionnaire and each
    day's answers carry their uid in a shared diary, like every other record."""
    kept = read_model.child_rows(
        db, read_model.QuestionnaireRecord, "clinic_questionnaire", child.id
    )
    if not kept:
        return exported
    listed = []
    for row in kept:
        given = []
        for a in read_model.questionnaire_answers(db, row.id):
            item = {"date": _day(a.date), "answers": json.loads(a.answers)}
            given.append(_with_uid(item, uids.get(("questionnaire_answer", a.id))))
        item = {"questionnaire": json.loads(row.content), "answers": given}
        listed.append(_with_uid(item, uids.get(("clinic_questionnaire", row.id))))
    exported["questionnaires"] = listed
    return exported


def _with_uid(item: dict[str, Any], uid: str | None) -> dict[str, Any]:
    if uid is not None:
        item["uid"] = uid
    return item


def _measurement(child: read_model.ChildRecord, row: Any, column: str) -> dict[str, Any]:
    """A weight or height; one beyond WHO's plausibility limits was confirmed when it was
    kept, and says so, so that the file imports again (the import refuses it otherwise)."""
    from masto_diary.services import growth

    day, birth = row.date, child.birth_date
    value = getattr(row, column)
    kg, cm = (value, None) if column == "kg" else (None, value)
    problem = growth.measurement_problem(birth, _value(child.sex), day, kg, cm, dt.date.max)
    found: dict[str, Any] = {"date": _day(row.date), column: value}
    if isinstance(problem, growth.ImplausibleMeasurementError):
        found["confirmed"] = True
    return found


def _export_child(db: sqlite3.Connection, child: read_model.ChildRecord) -> dict[str, Any]:
    child_id = child.id
    symptoms = _rows(db, "symptoms", child_id)
    triggers = _rows(db, "triggers", child_id)
    plans = _rows(db, "treatment_plans", child_id)
    plan_numbers = {row.id: number for number, row in enumerate(plans, start=1)}
    return {
        "name": child.name,
        "birth_date": _day(child.birth_date),
        "sex": _value(child.sex),
        "diagnosis": _value(child.diagnosis),
        "condition": _value(child.condition),
        "clinic": child.clinic,
        "notes": child.notes,
        "archived": bool(child.archived),
        "weights": [_measurement(child, r, "kg") for r in _rows(db, "weights", child_id)],
        "heights": [_measurement(child, r, "cm") for r in _rows(db, "heights", child_id)],
        "symptoms": [
            {
                "key": r.key,
                "label": r.label,
                "position": r.position,
                "active": bool(r.active),
                "scale_max": r.scale_max,
            }
            for r in symptoms
        ],
        "triggers": [{"label": r.label} for r in triggers],
        "daily_entries": _export_entries(db, child_id, symptoms),
        "episodes": _export_episodes(db, child_id, symptoms, triggers),
        "treatment_plans": [_export_plan(r, plan_numbers[r.id]) for r in plans],
        "injections": [
            _export_injection(r, plan_numbers) for r in _rows(db, "injections", child_id)
        ],
        "medications": [_export_medication(r) for r in _rows(db, "medications", child_id)],
        "labs": [_export_lab(r) for r in _rows(db, "labs", child_id)],
        "visits": [
            {
                "date": _day(r.date),
                "clinician": r.clinician,
                "questions": r.questions,
                "outcome": r.outcome,
            }
            for r in _rows(db, "visits", child_id)
        ],
    }


def _export_entries(
    db: sqlite3.Connection, child_id: int, symptoms: list[read_model.SymptomRecord]
) -> list[dict[str, Any]]:
    """Days in date order; each day's scores in the order of the child's symptom list."""
    key_of = {r.id: r.key for r in symptoms}
    rank = {r.id: n for n, r in enumerate(symptoms)}
    scores: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for entry_id, symptom_id, value in read_model.child_scores(db, child_id):
        scores[entry_id].append((symptom_id, value))
    days = []
    for r in _rows(db, "daily_entries", child_id):
        ordered = sorted(scores.get(r.id, ()), key=lambda pair: rank[pair[0]])
        days.append(
            {
                "date": _day(r.date),
                "wellbeing": r.wellbeing,
                "school_missed": bool(r.school_missed),
                "sleep_disturbed": bool(r.sleep_disturbed),
                "reported_by": _value(r.reported_by),
                "notes": r.notes,
                "created_at": _moment(r.created_at),
                "updated_at": _moment(r.updated_at),
                "scores": {key_of[symptom_id]: value for symptom_id, value in ordered},
            }
        )
    return days


def _export_episodes(
    db: sqlite3.Connection,
    child_id: int,
    symptoms: list[read_model.SymptomRecord],
    triggers: list[read_model.TriggerRecord],
) -> list[dict[str, Any]]:
    symptom_rank = {r.id: n for n, r in enumerate(symptoms)}
    symptom_key = {r.id: r.key for r in symptoms}
    trigger_label = {r.id: r.label for r in triggers}
    # row ids differ between laptops that share a diary: links go in the lists' own order
    trigger_rank = {r.id: n for n, r in enumerate(triggers)}
    rows = _rows(db, "episodes", child_id)
    linked_symptoms: dict[int, list[int]] = defaultdict(list)
    linked_triggers: dict[int, list[int]] = defaultdict(list)
    for episode_id, symptom_id in read_model.episode_links(db, child_id, "symptom"):
        linked_symptoms[episode_id].append(symptom_id)
    for episode_id, trigger_id in read_model.episode_links(db, child_id, "trigger"):
        linked_triggers[episode_id].append(trigger_id)
    return [
        {
            "started_at": _moment(r.started_at),
            "ended_at": _moment(r.ended_at),
            "kind": _value(r.kind),
            "severity": _value(r.severity),
            "symptoms": [
                symptom_key[s] for s in sorted(linked_symptoms[r.id], key=lambda s: symptom_rank[s])
            ],
            "triggers": [
                trigger_label[t]
                for t in sorted(linked_triggers[r.id], key=lambda t: trigger_rank[t])
            ],
            "rescue": {
                "antihistamine": bool(r.rescue_antihistamine),
                "steroid": bool(r.rescue_steroid),
                "epinephrine": bool(r.rescue_epinephrine),
                "emergency_visit": bool(r.rescue_emergency_visit),
                "notes": r.rescue_notes,
            },
            "notes": r.notes,
        }
        for r in rows
    ]


def _export_plan(r, number: int) -> dict:
    return {
        "id": number,
        "drug": r.drug,
        "dose_mg": r.dose_mg,
        "interval_days": r.interval_days,
        "start_date": _day(r.start_date),
        "end_date": _day(r.end_date),
    }


def _export_injection(r, plan_numbers: dict[int, int]) -> dict:
    return {
        "given_at": _moment(r.given_at),
        "plan": plan_numbers.get(r.plan_id),
        "dose_mg": r.dose_mg,
        "site": _value(r.site),
        "lot": r.lot,
        "expiry": _day(r.expiry),
        "place": _value(r.place),
        "given_by": r.given_by,
        "local_reaction": _value(r.local_reaction),
        "notes": r.notes,
    }


def _export_medication(r) -> dict:
    return {
        "name": r.name,
        "drug_class": _value(r.drug_class),
        "dose": r.dose,
        "unit": r.unit,
        "frequency": r.frequency,
        "start_date": _day(r.start_date),
        "end_date": _day(r.end_date),
        "reason": r.reason,
    }


def _export_lab(r) -> dict:
    return {
        "taken_on": _day(r.taken_on),
        "analyte": _value(r.analyte),
        "custom_name": r.custom_name,
        "unit": r.unit,
        "value": r.value,
        "ref_low": r.ref_low,
        "ref_high": r.ref_high,
        "notes": r.notes,
    }


def dumps(document: dict) -> bytes:
    """UTF-8 JSON, indented so a person can read it, keys in the format's order."""
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- reading


def read_document(source: Path | bytes, name: str | None = None) -> DocumentIn:
    """Read, decode, parse and shape-check a file; any problem raises ImportRefusedError."""
    label = name or (source.name if isinstance(source, Path) else "The file")
    data = _read_limited(source, label)
    _refuse_other_kinds(data, label)
    text = _decode(data, label)
    raw = strict_json.parse(text, label)
    _check_header(raw, label)
    strict_json.refuse_duplicate_keys(raw, label)
    try:
        return DocumentIn.model_validate(raw)
    except PydanticValidationError as error:
        problems = Problems()
        for item in error.errors(include_url=False):
            problems.add(json_path(item["loc"]), friendly_reason(item))
        problems.refuse(label)
        raise  # pragma: no cover - refuse() always raises when pydantic found errors


def _read_limited(source: Path | bytes, label: str) -> bytes:
    if isinstance(source, bytes):
        data = source
    else:
        _refuse_special_file(source, label)
        try:
            with source.open("rb") as handle:
                data = handle.read(MAX_IMPORT_BYTES + 1)
        except OSError as error:
            reason = f"the file cannot be read: {error.strerror}"
            raise ImportRefusedError(label, [Problem("$", reason)]) from None
    if len(data) > MAX_IMPORT_BYTES:
        limit = MAX_IMPORT_BYTES // (1024 * 1024)
        reason = (
            f"the file is larger than {limit} MB; a masto-diary export of many years is a few MB, "
            "so this is not one"
        )
        raise ImportRefusedError(label, [Problem("$", reason)])
    return data


def _refuse_special_file(source: Path, label: str) -> None:
    """A folder, FIFO or device is named before it is opened: reading a FIFO would wait forever."""
    try:
        mode = source.stat().st_mode
    except OSError as error:
        reason = f"the file cannot be read: {error.strerror}"
        raise ImportRefusedError(label, [Problem("$", reason)]) from None
    if stat.S_ISREG(mode):
        return
    kind = "a folder" if stat.S_ISDIR(mode) else "not a regular file (a pipe, socket or device)"
    reason = f"{source} is {kind}; give the path of a masto-diary JSON export"
    raise ImportRefusedError(label, [Problem("$", reason)])


ONLY_JSON = (
    "Only masto-diary's JSON export can be imported: export the diary with the format JSON (the "
    "default of Export… and of masto-diary export) and import that file."
)
# What people try to import instead, recognised by their first bytes.
OTHER_KINDS = {
    b"PK\x03\x04": "this is a ZIP archive, like the CSV export",
    b"%PDF-": "this is a PDF document, like the clinic report",
    b"SQLite format 3\x00": (
        "this is a diary or a backup, not an export (to go back to a backup use Backups… or "
        "masto-diary restore FILE)"
    ),
}


def _refuse_other_kinds(data: bytes, label: str) -> None:
    """Files that are plainly not a JSON export, told in words before any decoding error."""
    if not data.strip():
        raise ImportRefusedError(label, [Problem("$", f"the file is empty. {ONLY_JSON}")])
    for start, kind in OTHER_KINDS.items():
        if data.startswith(start):
            raise ImportRefusedError(label, [Problem("$", f"{kind}. {ONLY_JSON}")])


def _decode(data: bytes, label: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark some editors add
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        reason = (
            f"the file is not UTF-8 text: byte 0x{data[error.start]:02x} at position "
            f"{error.start} (line {line}) cannot be read"
        )
        raise ImportRefusedError(label, [Problem("$", reason)]) from None


def _check_header(raw: Any, label: str) -> None:
    """Refuse other files and future versions before listing a hundred shape problems."""
    if isinstance(raw, dict) and raw.get("resourceType") == "Bundle":
        reason = f"this is a FHIR bundle, like the FHIR export. {ONLY_JSON}"
        raise ImportRefusedError(label, [Problem("$", reason)])
    if not isinstance(raw, dict) or raw.get("format") != FORMAT_NAME:
        reason = 'this is not a masto-diary file (it has no "format": "masto-diary")'
        raise ImportRefusedError(label, [Problem("$.format", reason)])
    version = raw.get("version")
    if isinstance(version, bool):  # JSON's true is not the number 1: types are strict
        reason = f"must be the whole number {FORMAT_VERSION}; got {_got(version)}"
        raise ImportRefusedError(label, [Problem("$.version", reason)])
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        reason = (
            f"the file was written by a newer version of masto-diary (format version {version}); "
            f"this version reads version {FORMAT_VERSION}. Install the newer version to import it"
        )
        raise ImportRefusedError(label, [Problem("$.version", reason)])


# --------------------------------------------------------------------------- import


@dataclass
class ImportSummary:
    children: list[ChildOutcome] = field(default_factory=list)
    backup: Path | None = None  # the diary as it was before, "before import of FILE"

    def sentences(self) -> list[str]:
        return [outcome.sentence() for outcome in self.children]


def conflicting_names(diary: Diary, document: DocumentIn) -> list[str]:
    """Names in the file that the diary already has (compared ignoring case)."""
    existing = {name.casefold() for name in _existing_names(diary)}
    return [c.name for c in document.children if c.name.casefold() in existing]


def _existing_names(diary: Diary) -> list[str]:
    return [c.name for c in overview.child_summaries(diary, include_archived=True)]


def _choice_for(name: str, on_conflict: ConflictChoice) -> OnConflict | None:
    if on_conflict is None:
        return None
    if isinstance(on_conflict, Mapping):
        for key, value in on_conflict.items():
            if key.casefold() == name.casefold():
                return OnConflict(value)
        return None
    return OnConflict(on_conflict)


def _label(source: Path | bytes | DocumentIn) -> str:
    return source.name if isinstance(source, Path) else "The file"


def import_document(
    diary: Diary,
    document: DocumentIn,
    on_conflict: ConflictChoice = None,
    label: str = "The file",
) -> ImportSummary:
    """Check the document against the diary, then write it in one transaction.

    A child whose name the diary already has needs a choice (``on_conflict``: one for all, or a
    mapping name → choice); without one :class:`ImportConflictError` is raised and nothing changes,
    but only after the whole file was checked: a file with problems is refused with all of them.
    """
    existing = {n.casefold(): n for n in _existing_names(diary)}
    undecided = [
        c.name
        for c in document.children
        if c.name.casefold() in existing and _choice_for(c.name, on_conflict) is None
    ]
    plans = []
    problems = Problems()
    _check_unique_names(document.children, problems)
    with diary.transaction() as session:
        taken = set(existing)
        for index, child in enumerate(document.children):
            choice = (
                _choice_for(child.name, on_conflict) if child.name.casefold() in existing else None
            )
            if choice is None and child.name.casefold() in existing:
                choice = OnConflict.RENAME  # checked as a new child until the family chooses
            plan = writer.plan_child(session, child, index, choice, existing, taken, problems)
            plans.append(plan)
        problems.refuse(label)  # every problem first: only a valid file asks about a name
        if undecided:
            raise ImportConflictError(undecided)
        backup = _backup_before_import(diary, label)
        return ImportSummary([writer.write_child(diary, plan) for plan in plans], backup)


def _backup_before_import(diary: Diary, label: str) -> Path | None:
    """The diary as it was, labelled with the file, so undoing the import is one restore.

    A new diary being filled (``auto_backup`` off) has nothing to keep yet.
    """
    if not diary.auto_backup:
        return None
    from masto_diary.storage.backups import import_reason, make_backup

    return make_backup(diary.path, import_reason(label))


def check_document(diary: Diary, document: DocumentIn, label: str = "The file") -> None:
    """Every problem of the file against this diary, before anyone is asked about a name.

    Raises :class:`ImportRefusedError`; writes nothing.  A child whose name the diary has is
    checked as a new one, as :func:`import_document` does before it asks.
    """
    existing = {n.casefold(): n for n in _existing_names(diary)}
    problems = Problems()
    _check_unique_names(document.children, problems)
    with diary.transaction() as session:
        taken = set(existing)
        for index, child in enumerate(document.children):
            choice = OnConflict.RENAME if child.name.casefold() in existing else None
            writer.plan_child(session, child, index, choice, existing, taken, problems)
    problems.refuse(label)


def _check_unique_names(children: list[ChildIn], problems: Problems) -> None:
    seen: dict[str, int] = {}
    for index, child in enumerate(children):
        key = child.name.casefold()
        if key in seen:
            problems.add(
                f"$.children[{index}].name",
                f"'{child.name}' is listed twice (also at children[{seen[key]}])",
            )
        else:
            seen[key] = index


def import_into_new_diary(
    folder: Path, source: Path | bytes | DocumentIn, label: str | None = None
) -> tuple[Path, ImportSummary]:
    """Write the file into a new diary in ``folder`` (which must not hold a diary yet)."""
    from masto_diary.storage import DIARY_FILENAME, open_diary

    document = source if isinstance(source, DocumentIn) else read_document(source)
    target = Path(folder) / DIARY_FILENAME
    if Path(folder).exists() and not Path(folder).is_dir():
        raise DiaryError(
            f"--new-diary needs a folder, but {folder} is a file; give an empty or new folder."
        )
    if target.exists() and target.stat().st_size > 0:
        raise DiaryError(
            f"{folder} already holds a diary; choose an empty folder for the new diary."
        )
    created = not target.exists()
    diary = open_diary(folder, auto_backup=False, holder="masto-diary import")  # no backup yet
    try:
        summary = import_document(diary, document, label=label or _label(source))
    except BaseException:
        diary.close()
        if created:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    diary.auto_backup = True  # the new diary's first backup, taken on close
    diary.close()
    return target, summary
