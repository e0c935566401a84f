"""The second half of a JSON import: check a child against the diary, then write it.

:func:`plan_child` only reads (what the diary already has, for merging) and records every
problem with its JSON path; :func:`write_child` runs only when no child of the file had any, with
multi-row INSERTs inside the caller's transaction, so ten years go in within a second or two.
The table rules are the models' own ``check()`` methods: an import obeys every rule a form does.
"""

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select

from masto_diary import models as m
from masto_diary.enums import ANALYTE_UNITS, Analyte
from masto_diary.errors import ValidationError
from masto_diary.exchange.json_format import ChildOutcome, OnConflict, Problems, renamed
from masto_diary.exchange.models import ChildIn, EpisodeIn


@dataclass
class Existing:
    """What a merged-into child already has, by the keys that say "the same record"."""

    child_id: int
    symptoms: dict[str, tuple[int, int, str]] = field(default_factory=dict)  # key → id, max, label
    triggers: dict[str, int] = field(default_factory=dict)  # casefolded label → id
    weights: set[dt.date] = field(default_factory=set)
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


def _key(key: str) -> str:
    return f".{key}" if key.isidentifier() else f"[{json.dumps(key, ensure_ascii=False)}]"


@cache
def _light(model: type) -> type:
    """A plain stand-in for ``model`` with its ``check()`` and properties.

    Building a SQLModel table object costs ~0.4 ms (instrumented attributes); ten years of days
    would spend seconds on objects that are only checked and thrown away.
    """
    members = {k: v for k, v in vars(model).items() if isinstance(v, property)}
    defaults = {
        name: info.default
        for name, info in model.model_fields.items()
        if isinstance(info.default, str | bool | int | float | None)
    }
    return type(
        f"{model.__name__}Row",
        (SimpleNamespace,),
        {"check": model.check, **defaults, **members},
    )


def _row(model: type, **fields: Any) -> Any:
    return _light(model)(**fields)


def _run_check(row: Any, path: str, problems: Problems) -> None:
    """A model's ``check()``; its field names are the format's keys, so the path points at it."""
    try:
        row.check()
    except ValidationError as error:
        where = f"{path}.{error.field}" if error.field else path
        for reason in error.problems:
            problems.add(where, reason)


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


def _load_existing(session, name: str) -> Existing:
    child_id = session.execute(select(m.Child.id).where(m.Child.name == name)).scalar_one()
    found = Existing(child_id)

    def rows(model, *columns):
        table = model.__table__
        query = select(*[table.c[c] for c in columns]).where(table.c.child_id == child_id)
        return session.execute(query).all()

    for symptom_id, key, scale_max, label, position in rows(
        m.SymptomDefinition, "id", "key", "scale_max", "label", "position"
    ):
        found.symptoms[key] = (symptom_id, scale_max, label)
        found.next_position = max(found.next_position, position + 1)
    found.triggers = {label.casefold(): tid for tid, label in rows(m.Trigger, "id", "label")}
    found.weights = {d for (d,) in rows(m.WeightRecord, "date")}
    found.days = {d for (d,) in rows(m.DailyEntry, "date")}
    found.episodes = {(s, str(k.value)) for s, k in rows(m.Episode, "started_at", "kind")}
    found.plans = {d: pid for pid, d in rows(m.TreatmentPlan, "id", "start_date")}
    found.injections = {g for (g,) in rows(m.Injection, "given_at")}
    found.medications = {(n.casefold(), d) for n, d in rows(m.Medication, "name", "start_date")}
    found.labs = {
        (d, str(a.value), c.casefold())
        for d, a, c in rows(m.LabResult, "taken_on", "analyte", "custom_name")
    }
    found.visits = {d for (d,) in rows(m.ClinicVisit, "date")}
    return found


def _check_child(plan: ChildPlan, path: str, problems: Problems) -> None:
    child = plan.source
    _run_check(
        _row(
            m.Child,
            name=plan.stored_name,
            birth_date=child.birth_date,
            sex=child.sex,
            diagnosis=child.diagnosis,
            clinic=child.clinic,
            notes=child.notes,
        ),
        path,
        problems,
    )
    scales = _check_symptoms(plan, path, problems)
    triggers = _check_triggers(plan, path, problems)
    _check_weights(plan, path, problems)
    _check_entries(plan, path, scales, problems)
    _check_episodes(plan, path, scales, triggers, problems)
    plan_ids = _check_plans(child, path, problems)
    _check_injections(child, path, plan_ids, problems)
    _check_medications(child, path, problems)
    _check_labs(child, path, problems)
    for i, visit in enumerate(child.visits):
        _run_check(
            _row(m.ClinicVisit, child_id=0, date=visit.date), f"{path}.visits[{i}]", problems
        )


def _check_symptoms(plan: ChildPlan, path: str, problems: Problems) -> dict[str, tuple[int, str]]:
    """The symptoms scores may refer to: key → (scale maximum, label)."""
    scales: dict[str, tuple[int, str]] = {}
    if plan.existing is not None:
        scales = {k: (mx, label) for k, (_id, mx, label) in plan.existing.symptoms.items()}
    seen: dict[str, int] = {}
    for i, symptom in enumerate(plan.source.symptoms):
        where = f"{path}.symptoms[{i}]"
        row = _row(
            m.SymptomDefinition,
            child_id=0,
            key=symptom.key,
            label=symptom.label,
            scale_max=symptom.scale_max,
        )
        _run_check(row, where, problems)
        if symptom.key in seen:
            problems.add(
                f"{where}.key",
                f"'{symptom.key}' is listed twice (also at symptoms[{seen[symptom.key]}])",
            )
            continue
        seen[symptom.key] = i
        scales.setdefault(symptom.key, (symptom.scale_max, symptom.label))
    return scales


def _check_triggers(plan: ChildPlan, path: str, problems: Problems) -> set[str]:
    """Casefolded labels an episode may name."""
    labels = set(plan.existing.triggers) if plan.existing is not None else set()
    seen: dict[str, int] = {}
    for i, trigger in enumerate(plan.source.triggers):
        where = f"{path}.triggers[{i}]"
        _run_check(_row(m.Trigger, child_id=0, label=trigger.label), where, problems)
        folded = trigger.label.casefold()
        if folded in seen:
            problems.add(
                f"{where}.label",
                f"'{trigger.label}' is listed twice (also at triggers[{seen[folded]}])",
            )
        seen.setdefault(folded, i)
        labels.add(folded)
    return labels


def _check_weights(plan: ChildPlan, path: str, problems: Problems) -> None:
    seen: dict[dt.date, int] = {}
    for i, weight in enumerate(plan.source.weights):
        where = f"{path}.weights[{i}]"
        _run_check(
            _row(m.WeightRecord, child_id=0, date=weight.date, kg=weight.kg), where, problems
        )
        if weight.date in seen:
            problems.add(
                f"{where}.date",
                f"{weight.date.isoformat()} is listed twice (also at weights[{seen[weight.date]}])",
            )
        seen.setdefault(weight.date, i)


def _check_entries(
    plan: ChildPlan, path: str, scales: dict[str, tuple[int, str]], problems: Problems
) -> None:
    seen: dict[dt.date, int] = {}
    for i, entry in enumerate(plan.source.daily_entries):
        where = f"{path}.daily_entries[{i}]"
        if entry.date in seen:
            problems.add(
                f"{where}.date",
                f"{entry.date.isoformat()} is listed twice "
                f"(also at daily_entries[{seen[entry.date]}])",
            )
        seen.setdefault(entry.date, i)
        created, updated = _entry_times(entry, plan.now)
        row = _row(
            m.DailyEntry,
            child_id=0,
            date=entry.date,
            wellbeing=entry.wellbeing,
            reported_by=entry.reported_by,
            notes=entry.notes,
            created_at=created,
            updated_at=updated,
        )
        _run_check(row, where, problems)
        for key, score in entry.scores.items():
            known = scales.get(key)
            if known is None:
                problems.add(
                    f"{where}.scores{_key(key)}",
                    f"'{key}' is not one of this child's symptoms (see symptoms)",
                )
            elif score > known[0]:
                problems.add(
                    f"{where}.scores{_key(key)}",
                    f"the score for '{known[1]}' must be 0–{known[0]}, got {score}",
                )


def _entry_times(entry, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    created = entry.created_at or entry.updated_at or now
    return created, entry.updated_at or created


def _check_episodes(
    plan: ChildPlan,
    path: str,
    scales: dict[str, tuple[int, str]],
    triggers: set[str],
    problems: Problems,
) -> None:
    for i, episode in enumerate(plan.source.episodes):
        where = f"{path}.episodes[{i}]"
        row = _row(
            m.Episode,
            child_id=0,
            started_at=episode.started_at,
            ended_at=episode.ended_at,
            kind=episode.kind,
            severity=episode.severity,
        )
        _run_check(row, where, problems)
        _check_links(episode.symptoms, set(scales), f"{where}.symptoms", "symptom", problems)
        folded = [label.casefold() for label in episode.triggers]
        _check_links(folded, triggers, f"{where}.triggers", "trigger", problems, episode)


def _check_links(
    values: list[str],
    known: set[str],
    where: str,
    noun: str,
    problems: Problems,
    episode: EpisodeIn | None = None,
) -> None:
    seen: set[str] = set()
    for j, value in enumerate(values):
        shown = episode.triggers[j] if episode is not None else value
        if value not in known:
            problems.add(f"{where}[{j}]", f"'{shown}' is not one of this child's {noun}s")
        elif value in seen:
            problems.add(f"{where}[{j}]", f"'{shown}' is listed twice")
        seen.add(value)


def _check_plans(child: ChildIn, path: str, problems: Problems) -> set[int]:
    ids: dict[int, int] = {}
    for i, plan in enumerate(child.treatment_plans):
        where = f"{path}.treatment_plans[{i}]"
        row = _row(
            m.TreatmentPlan,
            child_id=0,
            drug=plan.drug,
            dose_mg=plan.dose_mg,
            interval_days=plan.interval_days,
            start_date=plan.start_date,
            end_date=plan.end_date,
        )
        _run_check(row, where, problems)
        if plan.id in ids:
            problems.add(
                f"{where}.id", f"{plan.id} is used twice (also at treatment_plans[{ids[plan.id]}])"
            )
        ids.setdefault(plan.id, i)
    return set(ids)


def _check_injections(child: ChildIn, path: str, plan_ids: set[int], problems: Problems) -> None:
    for i, injection in enumerate(child.injections):
        where = f"{path}.injections[{i}]"
        row = _row(
            m.Injection,
            child_id=0,
            given_at=injection.given_at,
            dose_mg=injection.dose_mg,
            site=injection.site,
            place=injection.place,
            local_reaction=injection.local_reaction,
        )
        _run_check(row, where, problems)
        if injection.plan is not None and injection.plan not in plan_ids:
            problems.add(
                f"{where}.plan",
                f"{injection.plan} is not the id of one of this child's treatment_plans",
            )


def _check_medications(child: ChildIn, path: str, problems: Problems) -> None:
    for i, medication in enumerate(child.medications):
        row = _row(
            m.Medication,
            child_id=0,
            name=medication.name,
            drug_class=medication.drug_class,
            dose=medication.dose,
            unit=medication.unit,
            start_date=medication.start_date,
            end_date=medication.end_date,
        )
        _run_check(row, f"{path}.medications[{i}]", problems)


def _check_labs(child: ChildIn, path: str, problems: Problems) -> None:
    for i, lab in enumerate(child.labs):
        where = f"{path}.labs[{i}]"
        unit = _lab_unit(lab.analyte, lab.unit)
        row = _row(
            m.LabResult,
            child_id=0,
            taken_on=lab.taken_on,
            analyte=lab.analyte,
            custom_name=lab.custom_name,
            unit=unit,
            value=lab.value,
            ref_low=lab.ref_low,
            ref_high=lab.ref_high,
        )
        _run_check(row, where, problems)
        if unit != lab.unit and lab.unit:
            problems.add(
                f"{where}.unit",
                f"the unit of {row.display_name.lower()} is {unit}, got {lab.unit!r}",
            )


def _lab_unit(analyte: Analyte, unit: str) -> str:
    """Known analytes always carry their standard unit (an empty unit is filled in)."""
    return ANALYTE_UNITS.get(Analyte(analyte), unit)


# --------------------------------------------------------------------------- writing


def _insert_numbers(session, model, columns: tuple[str, ...], rows: list[tuple[int, ...]]) -> None:
    """Rows of plain integers (scores, links) straight to sqlite3, in the same transaction.

    SQLAlchemy's per-row parameter processing is most of the time of a 50,000-score import and
    buys nothing for integers; the DB-API connection is the session's own, so this still commits
    or rolls back with everything else.
    """
    if not rows:
        return
    table = model.__table__.name
    marks = ", ".join("?" for _ in columns)
    statement = f'INSERT INTO "{table}" ({", ".join(columns)}) VALUES ({marks})'
    session.connection().connection.dbapi_connection.executemany(statement, rows)


def _insert(session, model, rows: list[dict], returning: bool = False) -> list[int]:
    """Insert ``rows`` with one executemany; with ``returning``, their ids in the same order.

    ``INSERT … RETURNING`` would make SQLAlchemy send one statement per row (SQLite does not
    promise RETURNING order for a multi-row insert).  Instead: without AUTOINCREMENT SQLite gives
    each new row the largest rowid plus one, so within this transaction the rows above the
    previous maximum, in id order, are exactly the rows just inserted, in order.
    """
    if not rows:
        return []
    table = model.__table__
    before = session.execute(select(func.max(table.c.id))).scalar() or 0 if returning else 0
    session.execute(insert(table), rows)
    if not returning:
        return []
    query = select(table.c.id).where(table.c.id > before).order_by(table.c.id)
    ids = list(session.execute(query).scalars())
    if len(ids) != len(rows):  # pragma: no cover - would mean the rowid rule did not hold
        raise RuntimeError(f"{len(rows)} rows inserted into {table.name}, {len(ids)} found")
    return ids


def write_child(session, plan: ChildPlan) -> ChildOutcome:
    """Write one checked child; a merge adds only what the diary does not have yet."""
    outcome = ChildOutcome(plan.source.name, plan.action, plan.stored_name)
    if plan.action == "skipped":
        return outcome
    existing = plan.existing or Existing(child_id=_insert_child(session, plan))
    child = plan.source
    symptom_ids = _write_symptoms(session, child, existing, outcome)
    trigger_ids = _write_triggers(session, child, existing, outcome)
    _write_simple(session, plan, existing, outcome)
    _write_entries(session, plan, existing, symptom_ids, outcome)
    _write_episodes(session, child, existing, symptom_ids, trigger_ids, outcome)
    plan_ids = _write_plans(session, child, existing, outcome)
    _write_injections(session, child, existing, plan_ids, outcome)
    return outcome


def _insert_child(session, plan: ChildPlan) -> int:
    child = plan.source
    row = {
        "name": plan.stored_name,
        "birth_date": child.birth_date,
        "sex": child.sex,
        "diagnosis": child.diagnosis,
        "clinic": child.clinic,
        "notes": child.notes,
        "archived": child.archived,
    }
    return _insert(session, m.Child, [row], returning=True)[0]


def _count(outcome: ChildOutcome, table: str, added: int, kept: int) -> None:
    if added:
        outcome.added[table] = outcome.added.get(table, 0) + added
    if kept:
        outcome.already_there[table] = outcome.already_there.get(table, 0) + kept


def _write_symptoms(session, child: ChildIn, existing: Existing, outcome) -> dict[str, int]:
    ids = {key: value[0] for key, value in existing.symptoms.items()}
    new = [s for s in child.symptoms if s.key not in ids]
    merging = bool(existing.symptoms)
    rows = [
        {
            "child_id": existing.child_id,
            "key": s.key,
            "label": s.label,
            "position": existing.next_position + n if merging else s.position,
            "active": s.active,
            "scale_max": s.scale_max,
        }
        for n, s in enumerate(new)
    ]
    inserted = _insert(session, m.SymptomDefinition, rows, True)
    ids.update(zip([s.key for s in new], inserted, strict=True))
    _count(outcome, "symptoms", len(new), len(child.symptoms) - len(new))
    return ids


def _write_triggers(session, child: ChildIn, existing: Existing, outcome) -> dict[str, int]:
    ids = dict(existing.triggers)
    new = [t for t in child.triggers if t.label.casefold() not in ids]
    rows = [{"child_id": existing.child_id, "label": t.label} for t in new]
    inserted = _insert(session, m.Trigger, rows, True)
    ids.update(zip([t.label.casefold() for t in new], inserted, strict=True))
    _count(outcome, "triggers", len(new), len(child.triggers) - len(new))
    return ids


def _write_simple(session, plan: ChildPlan, existing: Existing, outcome) -> None:
    """Tables nothing refers to: weights, medications, labs, visits."""
    child, cid = plan.source, existing.child_id
    weights = [w for w in child.weights if w.date not in existing.weights]
    _insert(
        session, m.WeightRecord, [{"child_id": cid, "date": w.date, "kg": w.kg} for w in weights]
    )
    _count(outcome, "weights", len(weights), len(child.weights) - len(weights))
    meds = [
        x
        for x in child.medications
        if (x.name.casefold(), x.start_date) not in existing.medications
    ]
    _insert(session, m.Medication, [{"child_id": cid, **x.model_dump()} for x in meds])
    _count(outcome, "medications", len(meds), len(child.medications) - len(meds))
    labs = [
        x
        for x in child.labs
        if (x.taken_on, str(Analyte(x.analyte).value), x.custom_name.casefold())
        not in existing.labs
    ]
    lab_rows = [
        {"child_id": cid, **x.model_dump(), "unit": _lab_unit(x.analyte, x.unit)} for x in labs
    ]
    _insert(session, m.LabResult, lab_rows)
    _count(outcome, "labs", len(labs), len(child.labs) - len(labs))
    visits = [v for v in child.visits if v.date not in existing.visits]
    _insert(session, m.ClinicVisit, [{"child_id": cid, **v.model_dump()} for v in visits])
    _count(outcome, "visits", len(visits), len(child.visits) - len(visits))


def _write_entries(session, plan: ChildPlan, existing: Existing, symptom_ids, outcome) -> None:
    child, cid = plan.source, existing.child_id
    new = [e for e in child.daily_entries if e.date not in existing.days]
    rows = []
    for entry in new:
        created, updated = _entry_times(entry, plan.now)
        fields = entry.model_dump(exclude={"scores", "created_at", "updated_at"})
        rows.append({"child_id": cid, **fields, "created_at": created, "updated_at": updated})
    entry_ids = _insert(session, m.DailyEntry, rows, True)
    scores = [
        (entry_id, symptom_ids[key], score)
        for entry_id, entry in zip(entry_ids, new, strict=True)
        for key, score in entry.scores.items()
    ]
    _insert_numbers(session, m.SymptomScore, ("entry_id", "symptom_id", "score"), scores)
    _count(outcome, "daily_entries", len(new), len(child.daily_entries) - len(new))


def _write_episodes(session, child, existing: Existing, symptom_ids, trigger_ids, outcome) -> None:
    new = [e for e in child.episodes if (e.started_at, str(e.kind.value)) not in existing.episodes]
    rows = [
        {
            "child_id": existing.child_id,
            "started_at": e.started_at,
            "ended_at": e.ended_at,
            "kind": e.kind,
            "severity": e.severity,
            "rescue_antihistamine": e.rescue.antihistamine,
            "rescue_steroid": e.rescue.steroid,
            "rescue_epinephrine": e.rescue.epinephrine,
            "rescue_emergency_visit": e.rescue.emergency_visit,
            "rescue_notes": e.rescue.notes,
            "notes": e.notes,
        }
        for e in new
    ]
    ids = _insert(session, m.Episode, rows, True)
    symptom_links = [
        (eid, symptom_ids[key]) for eid, e in zip(ids, new, strict=True) for key in e.symptoms
    ]
    trigger_links = [
        (eid, trigger_ids[label.casefold()])
        for eid, e in zip(ids, new, strict=True)
        for label in e.triggers
    ]
    _insert_numbers(session, m.EpisodeSymptomLink, ("episode_id", "symptom_id"), symptom_links)
    _insert_numbers(session, m.EpisodeTriggerLink, ("episode_id", "trigger_id"), trigger_links)
    _count(outcome, "episodes", len(new), len(child.episodes) - len(new))


def _write_plans(session, child: ChildIn, existing: Existing, outcome) -> dict[int, int]:
    """The file's plan numbers → database ids (an existing plan of the same start is reused)."""
    ids = {
        p.id: existing.plans[p.start_date]
        for p in child.treatment_plans
        if p.start_date in existing.plans
    }
    new = [p for p in child.treatment_plans if p.start_date not in existing.plans]
    rows = [{"child_id": existing.child_id, **p.model_dump(exclude={"id"})} for p in new]
    inserted = _insert(session, m.TreatmentPlan, rows, True)
    ids.update(zip([p.id for p in new], inserted, strict=True))
    _count(outcome, "treatment_plans", len(new), len(child.treatment_plans) - len(new))
    return ids


def _write_injections(session, child: ChildIn, existing: Existing, plan_ids, outcome) -> None:
    new = [i for i in child.injections if i.given_at not in existing.injections]
    rows = [
        {
            "child_id": existing.child_id,
            **i.model_dump(exclude={"plan"}),
            "plan_id": None if i.plan is None else plan_ids[i.plan],
        }
        for i in new
    ]
    _insert(session, m.Injection, rows)
    _count(outcome, "injections", len(new), len(child.injections) - len(new))
