"""Runs every read-model query on one diary and compares it with the ORM (the oracle).

Run as ``python -m tests.storage.read_model_oracle <diary data dir>`` with ``TZ`` set: the
parity test starts it once per time zone, because the local day of a stored moment is
computed with the process's zone.  Prints one JSON line: how many values were compared and
the mismatches (empty when the read model reads what the ORM reads).

The ORM readers below are the twins the read model replaced; they live only here.
"""

import calendar
import dataclasses
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import select as core_select
from sqlmodel import SQLModel, select

from masto_diary import models as m
from masto_diary.enums import (
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    LocalReaction,
    Place,
    Reporter,
    Severity,
    Sex,
)
from masto_diary.storage import open_diary, read_model
from masto_diary.storage.read_model import (
    ChildRecord,
    DayScore,
    EntryNote,
    EntryRecord,
    EpisodeRecord,
    HeightRecord,
    InjectionRecord,
    LabRecord,
    MedicationRecord,
    PlanRecord,
    SymptomRecord,
    TriggerRecord,
    VisitRecord,
    WeightRecord,
)

EPOCH = dt.date(1970, 1, 1)


class Parity:
    """Collects comparisons; a mismatch keeps its name and both sides (shortened)."""

    def __init__(self) -> None:
        self.compared = 0
        self.mismatches: list[str] = []

    def same(self, name: str, ours, oracle) -> None:
        self.compared += 1
        if ours != oracle or _days(ours) != _days(oracle):
            self.mismatches.append(f"{name}: read model {ours!r:.300} != ORM {oracle!r:.300}")


def _days(value):
    """Local days of moments too: equal instants in two zones would compare equal."""
    if isinstance(value, list | tuple):
        return [_days(v) for v in value]
    return getattr(value, "day", None)


# --------------------------------------------------------------------------- ORM oracles


def _local(moment: dt.datetime | None) -> dt.datetime | None:
    return None if moment is None else moment.astimezone()


def orm_children(session) -> list[ChildRecord]:
    rows = sorted(session.exec(select(m.Child)).all(), key=lambda c: (c.archived, c.name.lower()))
    return [
        ChildRecord(c.id, c.name, c.birth_date, Sex(c.sex) if c.sex else None,
                    Diagnosis(c.diagnosis), c.clinic or "", c.notes or "", bool(c.archived),
                    Condition(c.condition))
        for c in rows
    ]  # fmt: skip


def _symptom(s: m.SymptomDefinition) -> SymptomRecord:
    return SymptomRecord(s.id, s.child_id, s.key, s.label, s.position, s.active, s.scale_max)


def orm_symptoms(session, child_id: int) -> list[SymptomRecord]:
    query = select(m.SymptomDefinition).where(m.SymptomDefinition.child_id == child_id)
    rows = session.exec(query.order_by(m.SymptomDefinition.position, m.SymptomDefinition.id))
    return [_symptom(s) for s in rows.all()]


def orm_entries(session, child_id: int) -> list[EntryRecord]:
    """Every entry with its scores, oldest first."""
    keys = {s.id: s.key for s in session.exec(select(m.SymptomDefinition)).all()}
    scores: dict[int, dict[str, int]] = defaultdict(dict)
    for score in session.exec(select(m.SymptomScore)).all():
        scores[score.entry_id][keys[score.symptom_id]] = score.score
    query = select(m.DailyEntry).where(m.DailyEntry.child_id == child_id)
    return [
        EntryRecord(e.child_id, e.date, scores.get(e.id, {}), e.wellbeing, e.school_missed,
                    e.sleep_disturbed, Reporter(e.reported_by), e.notes or "", e.id,
                    _local(e.updated_at), _local(e.created_at))
        for e in session.exec(query.order_by(m.DailyEntry.date)).all()
    ]  # fmt: skip


def orm_episodes(session, child_id: int) -> list[EpisodeRecord]:
    query = select(m.Episode).where(m.Episode.child_id == child_id)
    return [
        EpisodeRecord(
            e.id, e.child_id, _local(e.started_at), _local(e.ended_at), EpisodeKind(e.kind),
            Severity(e.severity), e.rescue_antihistamine, e.rescue_steroid,
            e.rescue_epinephrine, e.rescue_emergency_visit, e.rescue_notes or "", e.notes or "",
            tuple(sorted(t.label for t in e.triggers)),
            tuple(_symptom(s) for s in sorted(e.symptoms, key=lambda s: (s.position, s.id))),
        )
        for e in session.exec(query.order_by(m.Episode.started_at)).all()
    ]  # fmt: skip


def orm_plans(session, child_id: int) -> list[PlanRecord]:
    query = select(m.TreatmentPlan).where(m.TreatmentPlan.child_id == child_id)
    return [
        PlanRecord(p.id, p.child_id, p.drug, p.dose_mg, p.interval_days, p.start_date, p.end_date)
        for p in session.exec(query.order_by(m.TreatmentPlan.start_date, m.TreatmentPlan.id))
    ]


def orm_injections(session, child_id: int) -> list[InjectionRecord]:
    query = select(m.Injection).where(m.Injection.child_id == child_id)
    return [
        InjectionRecord(
            i.id, i.child_id, i.plan_id, _local(i.given_at), i.dose_mg,
            InjectionSite(i.site) if i.site else None, i.lot or "", i.expiry, Place(i.place),
            i.given_by or "", LocalReaction(i.local_reaction), i.notes or "",
        )
        for i in session.exec(query.order_by(m.Injection.given_at, m.Injection.id)).all()
    ]  # fmt: skip


def orm_medications(session, child_id: int) -> list[MedicationRecord]:
    query = select(m.Medication).where(m.Medication.child_id == child_id)
    return [
        MedicationRecord(r.id, r.child_id, r.name, DrugClass(r.drug_class), r.dose, r.unit,
                         r.frequency or "", r.start_date, r.end_date, r.reason or "")
        for r in session.exec(query.order_by(m.Medication.start_date, m.Medication.id)).all()
    ]  # fmt: skip


def orm_labs(session, child_id: int) -> list[LabRecord]:
    query = select(m.LabResult).where(m.LabResult.child_id == child_id)
    return [
        LabRecord(r.id, r.child_id, r.taken_on, Analyte(r.analyte), r.custom_name or "",
                  r.unit or "", r.value, r.ref_low, r.ref_high, r.notes or "")
        for r in session.exec(query.order_by(m.LabResult.taken_on, m.LabResult.id)).all()
    ]  # fmt: skip


def orm_visits(session, child_id: int) -> list[VisitRecord]:
    query = select(m.ClinicVisit).where(m.ClinicVisit.child_id == child_id)
    return [
        VisitRecord(v.id, v.child_id, v.date, v.clinician or "", v.questions or "",
                    v.outcome or "")
        for v in session.exec(query.order_by(m.ClinicVisit.date, m.ClinicVisit.id)).all()
    ]  # fmt: skip


def orm_triggers(session, child_id: int) -> list[TriggerRecord]:
    query = select(m.Trigger).where(m.Trigger.child_id == child_id).order_by(m.Trigger.id)
    return [TriggerRecord(t.id, t.child_id, t.label) for t in session.exec(query).all()]


def orm_counts(session, child_id: int) -> dict[str, int]:
    tables = {model.__tablename__: model for model in m.TABLES}
    return {
        name: len(
            session.exec(select(tables[table]).where(tables[table].child_id == child_id)).all()
        )
        for name, table in read_model.RECORD_TABLES
    }


def orm_heights(session, child_id: int) -> list[HeightRecord]:
    query = select(m.HeightRecord).where(m.HeightRecord.child_id == child_id)
    return [
        HeightRecord(h.id, h.child_id, h.date, h.cm)
        for h in session.exec(query.order_by(m.HeightRecord.date)).all()
    ]


def orm_weights(session, child_id: int) -> list[WeightRecord]:
    query = select(m.WeightRecord).where(m.WeightRecord.child_id == child_id)
    return [
        WeightRecord(w.id, w.child_id, w.date, w.kg)
        for w in session.exec(query.order_by(m.WeightRecord.date)).all()
    ]


def orm_export_rows(session, table_name: str, child_id: int, order: tuple[str, ...]) -> list:
    """The export's own reading before it went through the read model (SQLAlchemy Core):
    ``order``, then the record's uid in a shared diary, then the row id."""
    table, identity = SQLModel.metadata.tables[table_name], m.SyncIdentity.__table__
    uid = (
        core_select(identity.c.uid)
        .where(identity.c.table_name == table.name, identity.c.row_id == table.c.id)
        .scalar_subquery()
    )
    query = core_select(table).where(table.c.child_id == child_id)
    keys = [table.c[name] for name in order] + [uid, table.c.id]
    return list(session.connection().execute(query.order_by(*keys)).mappings())


def compare_export(parity: Parity, db, session, child_id: int) -> None:
    """Every list the JSON export writes, row by row and field by field, in the file's order."""
    for kind, (cls, table, order) in read_model.CHILD_LISTS.items():
        names = [f.name for f in dataclasses.fields(cls) if not f.metadata.get("joined")]
        ours = read_model.child_rows(db, cls, table, child_id, order)
        oracle = orm_export_rows(session, table, child_id, order)
        parity.same(f"export {kind}", [[getattr(r, n) for n in names] for r in ours],
                    [[_local_any(row[n]) for n in names] for row in oracle])  # fmt: skip
    entry, score = m.DailyEntry.__table__, m.SymptomScore.__table__
    query = (
        core_select(score.c.entry_id, score.c.symptom_id, score.c.score)
        .join(entry, entry.c.id == score.c.entry_id)
        .where(entry.c.child_id == child_id)
    )
    parity.same("export scores", sorted(read_model.child_scores(db, child_id)),
                sorted(tuple(r) for r in session.connection().execute(query)))  # fmt: skip
    for linked, link in (("symptom", m.EpisodeSymptomLink), ("trigger", m.EpisodeTriggerLink)):
        table, episode = link.__table__, m.Episode.__table__
        query = (
            core_select(table.c.episode_id, table.c[f"{linked}_id"])
            .join(episode, episode.c.id == table.c.episode_id)
            .where(episode.c.child_id == child_id)
        )
        ours = sorted(read_model.episode_links(db, child_id, linked))
        parity.same(f"export episode {linked}s", ours,
                    sorted(tuple(r) for r in session.connection().execute(query)))  # fmt: skip


def _local_any(value):
    return value.astimezone() if isinstance(value, dt.datetime) else value


# --------------------------------------------------------------------------- comparisons


def months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Every calendar month from ``first``'s to ``last``'s, as (first day, last day)."""
    found, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        found.append((dt.date(year, month, 1),
                      dt.date(year, month, calendar.monthrange(year, month)[1])))  # fmt: skip
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def compare_child(parity: Parity, db, session, child_id: int) -> None:
    symptoms = orm_symptoms(session, child_id)
    same = parity.same
    same("symptoms", read_model.symptoms(db, child_id, False), symptoms)
    same("active symptoms", read_model.symptoms(db, child_id, True),
         [s for s in symptoms if s.active])  # fmt: skip
    same("triggers", read_model.triggers(db, child_id), orm_triggers(session, child_id))
    same("weights", read_model.weights(db, child_id), orm_weights(session, child_id))
    same("heights", read_model.heights(db, child_id), orm_heights(session, child_id))
    plans = orm_plans(session, child_id)
    same("plans", read_model.plans(db, child_id), plans)
    latest = max(plans, key=lambda p: (p.start_date, p.id)) if plans else None
    same("latest plan", read_model.latest_plan(db, child_id), latest)
    doses = orm_injections(session, child_id)
    same("injections", read_model.injections(db, child_id), doses)
    newest = max(doses, key=lambda i: i.given_at) if doses else None
    same("last injection", read_model.last_injection(db, child_id), newest)
    same("medications", read_model.medications(db, child_id), orm_medications(session, child_id))
    same("labs", read_model.lab_results(db, child_id), orm_labs(session, child_id))
    visits = orm_visits(session, child_id)
    same("visits", read_model.visits(db, child_id), visits)
    for day in [v.date for v in visits] + [dt.date.today()]:
        before = [v for v in visits if v.date < day]
        same(f"last visit before {day}", read_model.last_visit_before(db, child_id, day),
             before[-1] if before else None)  # fmt: skip
    for day in [v.date for v in visits] + [dt.date.today()]:
        coming = [v for v in sorted(visits, key=lambda v: (v.date, v.id)) if v.date >= day]
        same(f"next visit {day}", read_model.next_visit(db, child_id, day),
             coming[0] if coming else None)  # fmt: skip
    for dose in doses:
        same(f"injection {dose.id}", read_model.injection(db, dose.id), dose)
    episodes = orm_episodes(session, child_id)
    same("episodes", read_model.episodes(db, child_id), episodes)
    for episode in episodes:
        same(f"episode {episode.id}", read_model.episode(db, episode.id), episode)
    triggers = orm_triggers(session, child_id)
    ids = {t.label: t.id for t in triggers}
    usage = Counter(ids[label] for e in episodes for label in e.triggers)
    same("trigger usage", read_model.trigger_usage(db, child_id), dict(usage))
    entries = orm_entries(session, child_id)
    _compare_entries(parity, db, child_id, entries, symptoms)
    days = [e.date for e in entries] + [e.day for e in episodes] + [i.day for i in doses]
    if days:
        _compare_months(parity, db, child_id, min(days), max(days), entries, symptoms,
                        episodes, doses)  # fmt: skip


def _compare_entries(parity: Parity, db, child_id, entries, symptoms) -> None:
    for previous, entry in zip([None, *entries], entries, strict=False):
        parity.same(f"entry {entry.date}", read_model.entry(db, child_id, entry.date), entry)
        parity.same(f"entry before {entry.date}",
                    read_model.entry_before(db, child_id, entry.date), previous)  # fmt: skip
    ids = {s.key: s.id for s in symptoms}
    parity.same(
        "entry days",
        [tuple(row) for row in read_model.entry_days(db, child_id)],
        [(e.id, (e.date - EPOCH).days, int(e.school_missed)) for e in entries],
    )
    packed = read_model.packed_scores(db, child_id)
    parity.same(
        "packed scores",
        sorted(int(v) for v in packed.split(",")) if packed else [],
        sorted((e.id << 24) | (ids[k] << 4) | v for e in entries for k, v in e.scores.items()),
    )


def _compare_months(parity, db, child_id, first, last, entries, symptoms, episodes, doses):
    active = {s.key for s in symptoms if s.active}
    for start, end in months(first, last):
        name = f"{start:%Y-%m}"
        scores = []
        for e in entries:
            if start <= e.date <= end:
                values = [v for k, v in e.scores.items() if k in active]
                scores.append(DayScore(e.date, sum(values) if values else None, len(values)))
        parity.same(f"day scores {name}",
                    sorted(read_model.day_scores(db, child_id, start, end), key=lambda d: d.day),
                    scores)  # fmt: skip
        parity.same(f"episodes {name}", read_model.episodes(db, child_id, start, end),
                    [e for e in episodes if start <= e.day <= end])  # fmt: skip
        parity.same(f"injection days {name}", read_model.injection_days(db, child_id, start, end),
                    {i.day for i in doses if start <= i.day <= end})  # fmt: skip
        parity.same(f"notes {name}", read_model.entry_notes(db, child_id, start, end),
                    [EntryNote(e.date, e.notes.strip()) for e in entries
                     if start <= e.date <= end and e.notes != ""])  # fmt: skip


def main(folder: Path) -> None:
    parity = Parity()
    diary = open_diary(folder, auto_backup=False)
    with diary, read_model.reading(diary) as db, diary.transaction() as session:
        known = orm_children(session)
        parity.same("children", read_model.children(db, include_archived=True), known)
        parity.same("children, archived left out", read_model.children(db),
                        [c for c in known if not c.archived])  # fmt: skip
        by_name = session.exec(select(m.Child).order_by(m.Child.name, m.Child.id)).all()
        parity.same("children by name", [c.id for c in read_model.children_by_name(db)],
                    [c.id for c in by_name])  # fmt: skip
        identities = session.exec(select(m.SyncIdentity)).all()
        parity.same("uids", read_model.uids(db),
                    {(i.table_name, i.row_id): i.uid for i in identities})  # fmt: skip
        for child in known:
            compare_export(parity, db, session, child.id)
            parity.same(f"child {child.id}", read_model.child(db, child.id), child)
            parity.same(f"record counts {child.id}", read_model.record_counts(db, child.id),
                            orm_counts(session, child.id))  # fmt: skip
            compare_child(parity, db, session, child.id)
    print(json.dumps({"compared": parity.compared, "mismatches": parity.mismatches[:20]}))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
