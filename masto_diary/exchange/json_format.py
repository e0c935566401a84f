"""Export and import of the masto-diary JSON format, version 1 (see ``docs/exchange-format.md``).

Export reads the tables with plain SQL expressions (no ORM objects) in one fixed order, so
export → import into an empty diary → export gives the same document, byte for byte apart from
``exported_at``.  Import is all or nothing: the file is read within a size limit, decoded, parsed,
checked for shape (:mod:`masto_diary.exchange.models`) and then for meaning (references, duplicate
days, scores within their symptom's scale, the rules of every table's ``check()``).  Every problem
is listed with its JSON path; only a file without any is written, in one transaction.
"""

import datetime as dt
import json
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
from masto_diary.storage import Diary

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
) -> dict:
    """The whole diary (or the children named) as a masto-diary JSON document (a dict)."""
    from sqlalchemy import select

    from masto_diary.models import Child

    wanted = None if child_names is None else {n.casefold() for n in child_names}
    with diary.transaction() as session:
        connection = session.connection()
        table = Child.__table__
        rows = connection.execute(select(table).order_by(table.c.name, table.c.id)).mappings()
        rows = [r for r in rows if wanted is None or r["name"].casefold() in wanted]
        uids = _uids(connection)
        children = [
            _with_questionnaires(
                connection,
                _with_uids(connection, _export_child(connection, row), row, uids),
                row,
                uids,
            )  # fmt: skip
            for row in rows
        ]
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": moment.isoformat(),
        "children": children,
    }


def _rows(connection, model, child_id: int, *order) -> list:
    """A child's rows of ``model`` in the export's order.  Ties are broken by the record's uid
    where it has one (a shared diary), then the row id: row ids differ between laptops, so
    two laptops that hold the same records export them in the same order."""
    from sqlalchemy import select

    from masto_diary.models import SyncIdentity

    table = model.__table__
    identity = SyncIdentity.__table__
    uid = (
        select(identity.c.uid)
        .where(identity.c.table_name == table.name, identity.c.row_id == table.c.id)
        .scalar_subquery()
    )
    query = select(table).where(table.c.child_id == child_id)
    columns = [table.c[name] for name in order] + [uid, table.c.id]
    return list(connection.execute(query.order_by(*columns)).mappings())


def _uids(connection) -> dict[tuple[str, int], str]:
    """(table, row id) -> the record's uid in a shared diary (folder sync, docs/sync.md)."""
    from masto_diary.storage.read_model import sync_journal

    return {(name, row_id): uid for name, row_id, uid in sync_journal.identities(connection)}


def _with_uids(connection, exported: dict, child, uids: dict[tuple[str, int], str]) -> dict:
    """Each record that has a uid carries it (last, so files without any stay as they were):
    an export imported into another diary keeps the records' identity."""
    from masto_diary import models as m

    def mark(item: dict, table: str, row_id: int) -> None:
        uid = uids.get((table, row_id))
        if uid is not None:
            item["uid"] = uid

    mark(exported, "child", child["id"])
    for key, (model, order) in UID_LISTS.items():
        rows = _rows(connection, getattr(m, model), child["id"], *order)
        for item, row in zip(exported[key], rows, strict=True):
            mark(item, getattr(m, model).__tablename__, row["id"])
    return exported


def _with_questionnaires(
    connection, exported: dict, child, uids: dict[tuple[str, int], str]
) -> dict:
    """The child's clinic questionnaires and their answers, when it has any: files of
    children without one stay as they were (docs/questionnaires.md).  A questionnaire and each
    day's answers carry their uid in a shared diary, like every other record."""
    from masto_diary.models import ClinicQuestionnaire, QuestionnaireAnswer

    kept = _rows(connection, ClinicQuestionnaire, child["id"])
    if not kept:
        return exported
    answers = QuestionnaireAnswer.__table__
    listed = []
    for row in kept:
        query = answers.select().where(answers.c.questionnaire_id == row["id"])
        given = []
        for a in connection.execute(query.order_by(answers.c.date)).mappings():
            item = {"date": _day(a["date"]), "answers": json.loads(a["answers"])}
            given.append(_with_uid(item, uids.get(("questionnaire_answer", a["id"]))))
        item = {"questionnaire": json.loads(row["content"]), "answers": given}
        listed.append(_with_uid(item, uids.get(("clinic_questionnaire", row["id"]))))
    exported["questionnaires"] = listed
    return exported


def _with_uid(item: dict, uid: str | None) -> dict:
    if uid is not None:
        item["uid"] = uid
    return item


# The child's lists of records, their table, and the order the export lists them in.
UID_LISTS = {
    "weights": ("WeightRecord", ("date",)),
    "heights": ("HeightRecord", ("date",)),
    "symptoms": ("SymptomDefinition", ("position",)),
    "triggers": ("Trigger", ()),
    "daily_entries": ("DailyEntry", ("date",)),
    "episodes": ("Episode", ("started_at",)),
    "treatment_plans": ("TreatmentPlan", ("start_date",)),
    "injections": ("Injection", ("given_at",)),
    "medications": ("Medication", ("start_date",)),
    "labs": ("LabResult", ("taken_on",)),
    "visits": ("ClinicVisit", ("date",)),
}


def _measurement(child, row, column: str) -> dict:
    """A weight or height; one beyond WHO's plausibility limits was confirmed when it was
    kept, and says so, so that the file imports again (the import refuses it otherwise)."""
    from masto_diary.services import growth

    day, birth = row["date"], child["birth_date"]
    kg, cm = (row[column], None) if column == "kg" else (None, row[column])
    problem = growth.measurement_problem(birth, _value(child["sex"]), day, kg, cm, dt.date.max)
    found = {"date": _day(row["date"]), column: row[column]}
    if isinstance(problem, growth.ImplausibleMeasurementError):
        found["confirmed"] = True
    return found


def _export_child(connection, child) -> dict:
    from masto_diary import models as m

    child_id = child["id"]
    symptoms = _rows(connection, m.SymptomDefinition, child_id, "position")
    triggers = _rows(connection, m.Trigger, child_id)
    plans = _rows(connection, m.TreatmentPlan, child_id, "start_date")
    plan_numbers = {row["id"]: number for number, row in enumerate(plans, start=1)}
    return {
        "name": child["name"],
        "birth_date": _day(child["birth_date"]),
        "sex": _value(child["sex"]),
        "diagnosis": _value(child["diagnosis"]),
        "condition": _value(child["condition"]),
        "clinic": child["clinic"],
        "notes": child["notes"],
        "archived": bool(child["archived"]),
        "weights": [
            _measurement(child, r, "kg")
            for r in _rows(connection, m.WeightRecord, child_id, "date")
        ],
        "heights": [
            _measurement(child, r, "cm")
            for r in _rows(connection, m.HeightRecord, child_id, "date")
        ],
        "symptoms": [
            {
                "key": r["key"],
                "label": r["label"],
                "position": r["position"],
                "active": bool(r["active"]),
                "scale_max": r["scale_max"],
            }
            for r in symptoms
        ],
        "triggers": [{"label": r["label"]} for r in triggers],
        "daily_entries": _export_entries(connection, child_id, symptoms),
        "episodes": _export_episodes(connection, child_id, symptoms, triggers),
        "treatment_plans": [_export_plan(r, plan_numbers[r["id"]]) for r in plans],
        "injections": [
            _export_injection(r, plan_numbers)
            for r in _rows(connection, m.Injection, child_id, "given_at")
        ],
        "medications": [
            _export_medication(r) for r in _rows(connection, m.Medication, child_id, "start_date")
        ],
        "labs": [_export_lab(r) for r in _rows(connection, m.LabResult, child_id, "taken_on")],
        "visits": [
            {
                "date": _day(r["date"]),
                "clinician": r["clinician"],
                "questions": r["questions"],
                "outcome": r["outcome"],
            }
            for r in _rows(connection, m.ClinicVisit, child_id, "date")
        ],
    }


def _export_entries(connection, child_id: int, symptoms: list) -> list[dict]:
    """Days in date order; each day's scores in the order of the child's symptom list."""
    from sqlalchemy import select

    from masto_diary.models import DailyEntry, SymptomScore

    key_of = {r["id"]: r["key"] for r in symptoms}
    rank = {r["id"]: n for n, r in enumerate(symptoms)}
    score = SymptomScore.__table__
    entry = DailyEntry.__table__
    scores: dict[int, list[tuple[int, int]]] = defaultdict(list)
    query = (
        select(score.c.entry_id, score.c.symptom_id, score.c.score)
        .join(entry, entry.c.id == score.c.entry_id)
        .where(entry.c.child_id == child_id)
    )
    for entry_id, symptom_id, value in connection.execute(query):
        scores[entry_id].append((symptom_id, value))
    days = []
    for r in _rows(connection, DailyEntry, child_id, "date"):
        ordered = sorted(scores.get(r["id"], ()), key=lambda pair: rank[pair[0]])
        days.append(
            {
                "date": _day(r["date"]),
                "wellbeing": r["wellbeing"],
                "school_missed": bool(r["school_missed"]),
                "sleep_disturbed": bool(r["sleep_disturbed"]),
                "reported_by": _value(r["reported_by"]),
                "notes": r["notes"],
                "created_at": _moment(r["created_at"]),
                "updated_at": _moment(r["updated_at"]),
                "scores": {key_of[symptom_id]: value for symptom_id, value in ordered},
            }
        )
    return days


def _export_episodes(connection, child_id: int, symptoms: list, triggers: list) -> list[dict]:
    from sqlalchemy import select

    from masto_diary.models import Episode, EpisodeSymptomLink, EpisodeTriggerLink

    symptom_rank = {r["id"]: n for n, r in enumerate(symptoms)}
    symptom_key = {r["id"]: r["key"] for r in symptoms}
    trigger_label = {r["id"]: r["label"] for r in triggers}
    rows = _rows(connection, Episode, child_id, "started_at")
    ids = [r["id"] for r in rows]
    linked_symptoms: dict[int, list[int]] = defaultdict(list)
    linked_triggers: dict[int, list[int]] = defaultdict(list)
    if ids:
        s_link, t_link = EpisodeSymptomLink.__table__, EpisodeTriggerLink.__table__
        for episode_id, symptom_id in connection.execute(
            select(s_link.c.episode_id, s_link.c.symptom_id).where(s_link.c.episode_id.in_(ids))
        ):
            linked_symptoms[episode_id].append(symptom_id)
        for episode_id, trigger_id in connection.execute(
            select(t_link.c.episode_id, t_link.c.trigger_id).where(t_link.c.episode_id.in_(ids))
        ):
            linked_triggers[episode_id].append(trigger_id)
    return [
        {
            "started_at": _moment(r["started_at"]),
            "ended_at": _moment(r["ended_at"]),
            "kind": _value(r["kind"]),
            "severity": _value(r["severity"]),
            "symptoms": [
                symptom_key[s] for s in sorted(linked_symptoms[r["id"]], key=symptom_rank.get)
            ],
            "triggers": [trigger_label[t] for t in sorted(linked_triggers[r["id"]])],
            "rescue": {
                "antihistamine": bool(r["rescue_antihistamine"]),
                "steroid": bool(r["rescue_steroid"]),
                "epinephrine": bool(r["rescue_epinephrine"]),
                "emergency_visit": bool(r["rescue_emergency_visit"]),
                "notes": r["rescue_notes"],
            },
            "notes": r["notes"],
        }
        for r in rows
    ]


def _export_plan(r, number: int) -> dict:
    return {
        "id": number,
        "drug": r["drug"],
        "dose_mg": r["dose_mg"],
        "interval_days": r["interval_days"],
        "start_date": _day(r["start_date"]),
        "end_date": _day(r["end_date"]),
    }


def _export_injection(r, plan_numbers: dict[int, int]) -> dict:
    return {
        "given_at": _moment(r["given_at"]),
        "plan": plan_numbers.get(r["plan_id"]),
        "dose_mg": r["dose_mg"],
        "site": _value(r["site"]),
        "lot": r["lot"],
        "expiry": _day(r["expiry"]),
        "place": _value(r["place"]),
        "given_by": r["given_by"],
        "local_reaction": _value(r["local_reaction"]),
        "notes": r["notes"],
    }


def _export_medication(r) -> dict:
    return {
        "name": r["name"],
        "drug_class": _value(r["drug_class"]),
        "dose": r["dose"],
        "unit": r["unit"],
        "frequency": r["frequency"],
        "start_date": _day(r["start_date"]),
        "end_date": _day(r["end_date"]),
        "reason": r["reason"],
    }


def _export_lab(r) -> dict:
    return {
        "taken_on": _day(r["taken_on"]),
        "analyte": _value(r["analyte"]),
        "custom_name": r["custom_name"],
        "unit": r["unit"],
        "value": r["value"],
        "ref_low": r["ref_low"],
        "ref_high": r["ref_high"],
        "notes": r["notes"],
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
