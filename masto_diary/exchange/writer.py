"""The second half of a JSON import: check a child against the diary, then write it.

Every rule is the services': :func:`plan_child` only reads (what the diary already has, for
merging) and runs the services' bulk checks, turning each problem's row and field into its JSON
path; :func:`write_child` runs only when no child of the file had any, and hands the rows to the
services' bulk forms (multi-row INSERTs through the write seam) inside the caller's transaction.
What stays here belongs to the format: the file's plan numbers, merge and rename.
"""

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from masto_diary import models as m
from masto_diary.enums import Analyte
from masto_diary.exchange.models import ChildIn
from masto_diary.exchange.problems import ChildOutcome, OnConflict, Problems, renamed
from masto_diary.services import (
    children,
    entries,
    episodes,
    growth,
    heights,
    identities,
    injections,
    labs,
    medications,
    questionnaires,
    visits,
    weights,
)
from masto_diary.services.bulk import RowProblem
from masto_diary.storage import Diary, changes, read_model


@dataclass
class Existing:
    """What a merged-into child already has, by the keys that say "the same record"."""

    child_id: int
    symptoms: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # key → id, max, label
    triggers: dict[str, int] = field(default_factory=dict)  # casefolded label → id
    weights: set[dt.date] = field(default_factory=set)
    heights: set[dt.date] = field(default_factory=set)
    days: set[dt.date] = field(default_factory=set)
    episodes: set[tuple[dt.datetime, str]] = field(default_factory=set)
    plans: dict[dt.date, int] = field(default_factory=dict)
    injections: set[dt.datetime] = field(default_factory=set)
    medications: set[tuple[str, dt.date]] = field(default_factory=set)
    labs: set[tuple[dt.date, str, str]] = field(default_factory=set)
    visits: set[dt.date] = field(default_factory=set)
    next_position: int = 0


@dataclass
class ChildPlan:
    source: ChildIn
    action: str  # added, renamed, merged, skipped
    stored_name: str
    existing: Existing | None = None
    now: dt.datetime = field(default_factory=m.now_utc)
    checked: dict[str, list] = field(default_factory=dict)  # the services' checked rows


def _key(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key, ensure_ascii=False)}]"


def _report(problems: Problems, path: str, found: Sequence[RowProblem]) -> None:
    """A service's row problems at their JSON paths: ``path[index].field`` and the item."""
    for problem in found:
        where = f"{path}[{problem.index}]" + (f".{problem.field}" if problem.field else "")
        if isinstance(problem.item, str):
            where += _key(problem.item)
        elif problem.item is not None:
            where += f"[{problem.item}]"
        problems.add(where, problem.reason)


# --------------------------------------------------------------------------- planning


def plan_child(
    session,
    child: ChildIn,
    index: int,
    choice: OnConflict | None,
    existing_names: dict[str, str],
    taken: set[str],
    problems: Problems,
) -> ChildPlan:
    """Decide what happens to one child of the file and list what is wrong with it."""
    path = f"$.children[{index}]"
    if choice is OnConflict.SKIP:
        plan = ChildPlan(child, "skipped", existing_names[child.name.casefold()])
    elif choice is OnConflict.MERGE:
        stored = existing_names[child.name.casefold()]
        plan = ChildPlan(child, "merged", stored, _load_existing(session, stored))
    elif choice is OnConflict.RENAME:
        plan = ChildPlan(child, "renamed", renamed(child.name, taken))
    else:
        plan = ChildPlan(child, "added", child.name)
    taken.add(plan.stored_name.casefold())
    _check_child(plan, path, problems)
    return plan


def _load_existing(session: Any, name: str) -> Existing:
    db = changes.within(session)
    child_id = next(c.id for c in read_model.children_by_name(db) if c.name == name)
    found, rows = Existing(child_id), _child_rows(db, child_id)
    for s in rows["symptoms"]:
        found.symptoms[s.key] = (s.id, s.scale_max, s.label)
        found.next_position = max(found.next_position, s.position + 1)
    found.triggers = {t.label.casefold(): t.id for t in rows["triggers"]}
    found.plans = {p.start_date: p.id for p in rows["treatment_plans"]}
    for name, (_, field_name, key_of) in RECORD_KEYS.items():
        if isinstance(getattr(found, field_name), set):
            setattr(found, field_name, {key_of(r) for r in rows[name]})
    return found


def _child_rows(db: sqlite3.Connection, child_id: int) -> dict[str, list[Any]]:
    """The child's records of every list of the file, read in the import's own transaction
    (through the read model), so a merge sees what this import has already written."""
    return {
        kind: read_model.child_rows(db, cls, table, child_id, order)
        for kind, (cls, table, order) in read_model.CHILD_LISTS.items()
    }


def _child_fields(plan: ChildPlan) -> dict[str, Any]:
    return {
        **plan.source.model_dump(include=set(children.CHILD_COLUMNS)),
        "name": plan.stored_name,
    }


def _check_child(plan: ChildPlan, path: str, problems: Problems) -> None:
    """The services' checks of every part of the child, in the order of the format."""
    child = plan.source
    for problem in children.check_child(_child_fields(plan)):
        problems.add(f"{path}.{problem.field}" if problem.field else path, problem.reason)
    _report(problems, f"{path}.symptoms", children.check_symptoms(_symptom_rows(child.symptoms))[1])
    _report(problems, f"{path}.triggers", children.check_triggers(_model_rows(child.triggers))[1])
    _report(problems, f"{path}.weights", weights.check_weights(_model_rows(child.weights))[1])
    _report(problems, f"{path}.heights", heights.check_heights(_model_rows(child.heights))[1])
    today = plan.now.astimezone().date()
    for name, items, column in (("weights", child.weights, "kg"), ("heights", child.heights, "cm")):
        found = growth.check_rows(
            [item.model_dump() for item in items], column, child.birth_date, child.sex, today
        )
        _report(problems, f"{path}.{name}", found)
    scales = _scales(plan)
    records = plan.checked["entry_records"] = _entry_records(child.daily_entries)
    plan.checked["daily_entries"], found = entries.check_entries(records, scales, plan.now)
    _report(problems, f"{path}.daily_entries", found)
    labels = {label.casefold() for label in _trigger_labels(plan)}
    rows = plan.checked["episode_rows"] = _episode_rows(child.episodes)
    plan.checked["episodes"], found = episodes.check_episodes(rows, set(scales), labels)
    _report(problems, f"{path}.episodes", found)
    _report(problems, f"{path}.treatment_plans", _plan_problems(child))
    _report(problems, f"{path}.injections", _injection_problems(child))
    found = medications.check_medications(_model_rows(child.medications))[1]
    _report(problems, f"{path}.medications", found)
    _report(problems, f"{path}.labs", labs.check_labs(_model_rows(child.labs))[1])
    _report(problems, f"{path}.visits", visits.check_visits(_model_rows(child.visits))[1])
    ids: dict[str, int] = {}
    for index, kept in enumerate(child.questionnaires):
        where = f"{path}.questionnaires[{index}]"
        _check_questionnaire(kept, where, problems)
        key = kept.questionnaire.get("id")
        if isinstance(key, str) and key in ids:
            problems.add(
                f"{where}.questionnaire.id",
                f"'{key}' is also the id of questionnaires[{ids[key]}]: a child keeps one "
                "questionnaire of each id, so one of the two would silently replace the other",
            )
        elif isinstance(key, str):
            ids[key] = index


def _check_questionnaire(kept: Any, path: str, problems: Problems) -> None:
    """The questionnaire checked like a loaded file; each day once, each answer one its item
    offers."""
    from masto_diary.exchange.problems import ImportRefusedError
    from masto_diary.exchange.questionnaire import read_questionnaire

    try:
        questionnaire = read_questionnaire(json.dumps(kept.questionnaire).encode("utf-8"))
    except ImportRefusedError as error:
        for problem in error.issues:
            problems.add(f"{path}.questionnaire{problem.path.removeprefix('$')}", problem.reason)
        return
    offered = {item.id: set(item.values) for item in questionnaire.instrument.items}
    days: dict[dt.date, int] = {}
    for number, answer in enumerate(kept.answers):
        if answer.date in days:
            problems.add(
                f"{path}.answers[{number}].date",
                f"{answer.date.isoformat()} is answered twice "
                f"(also at answers[{days[answer.date]}])",
            )
        days.setdefault(answer.date, number)
        for item_id, value in answer.answers.items():
            if item_id not in offered:
                reason = f"'{item_id}' is not an item of this questionnaire"
                problems.add(f"{path}.answers[{number}].answers", reason)
            elif value is not None and value not in offered[item_id]:
                reason = f"{value} is not an answer of item '{item_id}'"
                problems.add(f"{path}.answers[{number}].answers.{item_id}", reason)


def _scales(plan: ChildPlan) -> dict[str, tuple[int, str]]:
    """The symptoms scores may refer to: key → (scale maximum, label); the diary's first."""
    scales: dict[str, tuple[int, str]] = {}
    if plan.existing is not None:
        scales = {k: (mx, label) for k, (_id, mx, label) in plan.existing.symptoms.items()}
    for symptom in plan.source.symptoms:
        scales.setdefault(symptom.key, (symptom.scale_max, symptom.label))
    return scales


def _trigger_labels(plan: ChildPlan) -> list[str]:
    known = list(plan.existing.triggers) if plan.existing is not None else []
    return known + [t.label for t in plan.source.triggers]


def _plan_problems(child: ChildIn) -> list[RowProblem]:
    """The plans' own rules, and the file's plan numbers used once each."""
    found = injections.check_plans(_plan_rows(child.treatment_plans))[1]
    numbers: dict[int, int] = {}
    for i, plan in enumerate(child.treatment_plans):
        if plan.id in numbers:
            reason = f"{plan.id} is used twice (also at treatment_plans[{numbers[plan.id]}])"
            found.append(RowProblem(i, "id", reason))
        numbers.setdefault(plan.id, i)
    return sorted(found, key=lambda p: p.index)


def _injection_problems(child: ChildIn) -> list[RowProblem]:
    """The injections' own rules, and a plan number that names one of the file's plans."""
    found = injections.check_injections(_injection_rows(child.injections, {}))[1]
    numbers = {plan.id for plan in child.treatment_plans}
    for i, injection in enumerate(child.injections):
        if injection.plan is not None and injection.plan not in numbers:
            reason = f"{injection.plan} is not the id of one of this child's treatment_plans"
            found.append(RowProblem(i, "plan", reason))
    return sorted(found, key=lambda p: p.index)


# --------------------------------------------------------------------------- rows


def _symptom_rows(symptoms: Sequence[Any], first_position: int | None = None) -> list[dict]:
    rows = [s.model_dump(exclude={"uid"}) for s in symptoms]
    if first_position is not None:
        for n, row in enumerate(rows):
            row["position"] = first_position + n
    return rows


def _model_rows(items: Sequence[Any]) -> list[dict]:
    """The rows a bulk form stores (the file's ids and confirmations are not columns)."""
    return [item.model_dump(exclude={"uid", "confirmed"}) for item in items]


def _plan_rows(plans: Sequence[Any]) -> list[dict]:
    return [p.model_dump(exclude={"id", "uid"}) for p in plans]


def _injection_rows(items: Sequence[Any], plan_ids: dict[int, int]) -> list[dict]:
    return [
        {**i.model_dump(exclude={"plan", "uid"}), "plan_id": plan_ids.get(i.plan)} for i in items
    ]


def _entry_records(days: Sequence[Any]) -> list[entries.EntryRecord]:
    return [entries.EntryRecord(child_id=0, **e.model_dump(exclude={"uid"})) for e in days]


def _episode_rows(items: Sequence[Any]) -> list[dict]:
    """The format nests the rescue treatment; the table has it as ``rescue_…`` columns."""
    return [
        {
            **e.model_dump(exclude={"rescue", "uid"}),
            **{f"rescue_{key}": value for key, value in e.rescue.model_dump().items()},
        }
        for e in items
    ]


# --------------------------------------------------------------------------- writing


def write_child(diary: Diary, plan: ChildPlan) -> ChildOutcome:
    """Write one checked child through the services; a merge adds only what is missing."""
    outcome = ChildOutcome(plan.source.name, plan.action, plan.stored_name)
    if plan.action == "skipped":
        return outcome
    existing = plan.existing or Existing(children.add_child_record(diary, _child_fields(plan)))
    child, cid = plan.source, existing.child_id

    def add(table: str, items: list, new: list, bulk, rows) -> list[int]:
        _count(outcome, table, len(new), len(items) - len(new))
        return bulk(diary, cid, rows(new)) if new else []

    symptoms = [s for s in child.symptoms if s.key not in existing.symptoms]
    first = existing.next_position if existing.symptoms else None
    add("symptoms", child.symptoms, symptoms, children.add_symptoms,
        lambda new: _symptom_rows(new, first))  # fmt: skip
    triggers = [t for t in child.triggers if t.label.casefold() not in existing.triggers]
    add("triggers", child.triggers, triggers, children.add_triggers, _model_rows)
    new_weights = [w for w in child.weights if w.date not in existing.weights]
    add("weights", child.weights, new_weights, weights.add_weights, _model_rows)
    new_heights = [h for h in child.heights if h.date not in existing.heights]
    add("heights", child.heights, new_heights, heights.add_heights, _model_rows)
    known = existing.medications
    new_drugs = [x for x in child.medications if (x.name.casefold(), x.start_date) not in known]
    add("medications", child.medications, new_drugs, medications.add_medications, _model_rows)
    new_labs = [x for x in child.labs if _lab_key(x) not in existing.labs]
    add("labs", child.labs, new_labs, labs.add_labs, _model_rows)
    new_visits = [v for v in child.visits if v.date not in existing.visits]
    add("visits", child.visits, new_visits, visits.add_visits, _model_rows)
    at = [i for i, e in enumerate(child.daily_entries) if e.date not in existing.days]
    if at:
        records, rows = plan.checked["entry_records"], plan.checked["daily_entries"]
        new_records = [records[i] for i in at]
        entries.save_entries(diary, cid, new_records, checked=[rows[i] for i in at])
    _count(outcome, "daily_entries", len(at), len(child.daily_entries) - len(at))
    at = [
        i
        for i, e in enumerate(child.episodes)
        if (e.started_at, str(e.kind.value)) not in existing.episodes
    ]
    if at:
        found, rows = plan.checked["episodes"], plan.checked["episode_rows"]
        episodes.add_episodes(diary, cid, [rows[i] for i in at], checked=[found[i] for i in at])
    _count(outcome, "episodes", len(at), len(child.episodes) - len(at))
    plan_ids = _write_plans(diary, child, existing, outcome)
    new_doses = [i for i in child.injections if i.given_at not in existing.injections]
    add("injections", child.injections, new_doses, injections.add_injections,
        lambda new: _injection_rows(new, plan_ids))  # fmt: skip
    questionnaire_uids = _write_questionnaires(diary, child, cid, outcome)
    if plan.action != "renamed":  # a renamed copy is another child: its records are new ones
        _keep_uids(diary, plan, existing, questionnaire_uids)
    return outcome


def _write_questionnaires(
    diary: Diary, child: ChildIn, cid: int, outcome: ChildOutcome
) -> list[tuple[str, int, str]]:
    """Keep each questionnaire (the same id replaces its text, services/questionnaires.py) and
    add the answers of days that have none yet: a merge keeps the diary's own answers.  Returns
    the uids the file gave the rows this import made (table, row id, uid)."""
    uids: list[tuple[str, int, str]] = []
    for kept in child.questionnaires:
        given = [(answer.date, answer.answers) for answer in kept.answers]
        done = questionnaires.import_questionnaire(diary, cid, kept.questionnaire, given)
        _count(outcome, "questionnaire_answers", len(done.added), len(given) - len(done.added))
        if kept.uid and done.new:
            uids.append(("clinic_questionnaire", done.row_id, kept.uid))
        uids += [
            ("questionnaire_answer", done.added[answer.date], answer.uid)
            for answer in kept.answers
            if answer.uid and answer.date in done.added
        ]
    return uids


# list of the format -> (table, the Existing field of its keys, the key of an item of the file)
RECORD_KEYS: dict[str, tuple[str, str, Any]] = {
    "symptoms": ("symptom_definition", "symptoms", lambda s: s.key),
    "triggers": ("trigger", "triggers", lambda t: t.label.casefold()),
    "weights": ("weight_record", "weights", lambda w: w.date),
    "heights": ("height_record", "heights", lambda h: h.date),
    "daily_entries": ("daily_entry", "days", lambda e: e.date),
    "episodes": ("episode", "episodes", lambda e: (e.started_at, str(e.kind.value))),
    "treatment_plans": ("treatment_plan", "plans", lambda p: p.start_date),
    "injections": ("injection", "injections", lambda i: i.given_at),
    "medications": ("medication", "medications", lambda x: (x.name.casefold(), x.start_date)),
    "labs": ("lab_result", "labs", lambda x: _lab_key(x)),
    "visits": ("clinic_visit", "visits", lambda v: v.date),
}


def _keep_uids(
    diary: Diary, plan: ChildPlan, before: Existing, also: Sequence[tuple[str, int, str]] = ()
) -> None:
    """The uids the file gave the records this import added (not those the child had)."""
    child = plan.source
    given = [("child", before.child_id, child.uid)] if child.uid and plan.existing is None else []
    given += also
    with diary.transaction() as session:
        now = _row_ids(session, before.child_id)
    for name, (table, field_name, key_of) in RECORD_KEYS.items():
        had = getattr(before, field_name)
        for item in getattr(child, name):
            key = key_of(item)
            if item.uid and key not in had and key in now[name]:
                given.append((table, now[name][key], item.uid))
    identities.keep_uids(diary, given)


def _row_ids(session: Any, child_id: int) -> dict[str, dict[Any, int]]:
    """The child's rows by the keys that say "the same record" (as :func:`_load_existing`)."""
    rows = _child_rows(changes.within(session), child_id)
    return {
        name: {key_of(r): r.id for r in rows[name]} for name, (_, _, key_of) in RECORD_KEYS.items()
    }


def _lab_key(lab) -> tuple[dt.date, str, str]:
    return (lab.taken_on, str(Analyte(lab.analyte).value), lab.custom_name.casefold())


def _count(outcome: ChildOutcome, table: str, added: int, kept: int) -> None:
    if added:
        outcome.added[table] = outcome.added.get(table, 0) + added
    if kept:
        outcome.already_there[table] = outcome.already_there.get(table, 0) + kept


def _write_plans(diary: Diary, child: ChildIn, existing: Existing, outcome) -> dict[int, int]:
    """The file's plan numbers → database ids (an existing plan of the same start is reused)."""
    ids = {
        p.id: existing.plans[p.start_date]
        for p in child.treatment_plans
        if p.start_date in existing.plans
    }
    new = [p for p in child.treatment_plans if p.start_date not in existing.plans]
    inserted = injections.add_plans(diary, existing.child_id, _plan_rows(new)) if new else []
    ids.update(zip([p.id for p in new], inserted, strict=True))
    _count(outcome, "treatment_plans", len(new), len(child.treatment_plans) - len(new))
    return ids
