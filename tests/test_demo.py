"""The demo diary tells the case of DESIGN.md, checked with figures computed from the database.

The figures are computed here from plain SQL and the services (not from ``analysis``), so the
demo is checked independently of the measures that will later be shown on top of it.
"""

import datetime as dt
import statistics
from collections import Counter
from pathlib import Path

import pytest

from masto_diary.demo import UrticariaTimeline, write_demo_diary, write_synthetic_diary
from masto_diary.errors import ValidationError
from masto_diary.models import (
    Analyte,
    Condition,
    Diagnosis,
    DrugClass,
    EpisodeKind,
    InjectionSite,
    Place,
)
from masto_diary.services import (
    children,
    entries,
    episodes,
    injections,
    labs,
    medications,
    urticaria,
)
from masto_diary.services import visits as visit_service
from masto_diary.services.series import load_chart_data
from masto_diary.storage import Diary, open_diary
from tests import reads

TODAY = dt.date(2025, 3, 15)
DAY = dt.timedelta(days=1)


# --------------------------------------------------------------------------- fixtures, helpers


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory):
    """The demo written once for this module with a fixed ``today`` (read-only in the tests)."""
    opened = open_diary(tmp_path_factory.mktemp("demo-story"))
    write_demo_diary(opened, TODAY)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def luca(story: Diary) -> int:
    return reads.find_child(story, "Luca Rossi").id


def daily_scores(diary: Diary, child_id: int) -> dict[dt.date, tuple[int, int]]:
    """Per entry day: (sum of the recorded scores, number of recorded scores)."""
    sql = (
        "SELECT e.date, COALESCE(SUM(s.score), 0), COUNT(s.id) FROM daily_entry e "
        "LEFT JOIN symptom_score s ON s.entry_id = e.id WHERE e.child_id = ? GROUP BY e.id"
    )
    with diary.engine.connect() as connection:
        rows = connection.exec_driver_sql(sql, (child_id,)).all()
    return {dt.date.fromisoformat(day): (total, count) for day, total, count in rows}


def entry_flags(diary: Diary, child_id: int) -> dict[str, int]:
    sql = (
        "SELECT SUM(school_missed), SUM(sleep_disturbed), COUNT(wellbeing), "
        "SUM(notes != ''), SUM(reported_by != 'parent') FROM daily_entry WHERE child_id = ?"
    )
    with diary.engine.connect() as connection:
        row = connection.exec_driver_sql(sql, (child_id,)).one()
    return dict(zip(("school", "sleep", "wellbeing", "notes", "not_parent"), row, strict=True))


def table_contents(diary: Diary) -> dict[str, list[tuple]]:
    """Every row of every table, in insertion order."""
    with diary.engine.connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).scalars()
        return {
            name: connection.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY rowid').all()
            for name in list(names)
        }


def dose_days(diary: Diary, child_id: int) -> list[dt.date]:
    return [i.given_at.astimezone().date() for i in injections.list_injections(diary, child_id)]


def episode_days(diary: Diary, child_id: int) -> set[dt.date]:
    return {e.started_at.astimezone().date() for e in episodes.list_episodes(diary, child_id)}


def symptom_free_share(days, scores, with_episode) -> float:
    """Share of recorded days with every score 0 and no episode (DESIGN.md's definition)."""
    free = [d for d in days if scores[d][1] > 0 and scores[d][0] == 0 and d not in with_episode]
    return len(free) / len(days)


def cycle_start(day: dt.date, doses: list[dt.date]) -> dt.date:
    return max(dose for dose in doses if dose <= day)


# --------------------------------------------------------------------------- reproducibility


def test_same_today_gives_identical_tables(story: Diary, diary: Diary) -> None:
    write_demo_diary(diary, TODAY)
    assert table_contents(diary) == table_contents(story)


def test_story_moves_with_today(story: Diary, luca: int, tmp_path: Path) -> None:
    """Another ``today`` tells the same story, shifted: the demo always feels current."""
    with open_diary(tmp_path / "later") as later:
        write_demo_diary(later, TODAY + 10 * DAY)
        shifted = daily_scores(later, reads.find_child(later, "Luca Rossi").id)
    assert {day - 10 * DAY: value for day, value in shifted.items()} == daily_scores(story, luca)


def test_demo_into_a_diary_that_has_it_is_refused_and_changes_nothing(demo_diary: Diary) -> None:
    before = table_contents(demo_diary)
    with pytest.raises(ValidationError, match="already in this diary"):
        write_demo_diary(demo_diary)
    assert table_contents(demo_diary) == before


def test_default_demo_is_current(demo_diary: Diary) -> None:
    """Written for the real today: last entry yesterday, next dose due soon, not overdue."""
    today = dt.date.today()
    child_id = reads.find_child(demo_diary, "Luca Rossi").id
    assert reads.last_entry(demo_diary, child_id) == today - DAY
    status = injections.injection_status(demo_diary, child_id, today)
    assert not status.overdue
    assert 1 <= (status.next_due - today).days <= 14


# --------------------------------------------------------------------------- the children


def test_two_children_with_their_diagnoses(story: Diary) -> None:
    found = {c.name: c for c in reads.list_children(story)}
    assert set(found) == {"Luca Rossi", "Giulia Rossi", "Sara Bianchi"}
    assert found["Luca Rossi"].condition == Condition.MASTOCYTOSIS
    luca, giulia = found["Luca Rossi"], found["Giulia Rossi"]
    assert luca.diagnosis == Diagnosis.INDOLENT_SYSTEMIC
    assert giulia.diagnosis == Diagnosis.CUTANEOUS
    assert children.age_in_years(luca.birth_date, TODAY) in (9, 10)
    assert children.age_in_years(giulia.birth_date, TODAY) < children.age_in_years(
        luca.birth_date, TODAY
    )


def test_sara_has_urticaria_falling_from_severe_to_well_controlled(story: Diary) -> None:
    sara = reads.find_child(story, "Sara Bianchi")
    assert sara.condition == Condition.CHRONIC_SPONTANEOUS_URTICARIA
    assert children.age_in_years(sara.birth_date, TODAY) == 15
    t = UrticariaTimeline(TODAY)
    uas = urticaria.uas_days(load_chart_data(story, sara.id, TODAY).data)
    weeks = uas.weeks(anchor=t.start)
    found = uas.response()
    assert found.baseline.band == "severe" and found.category in (
        "well_controlled",
        "complete_response",
    )
    assert found.weeks_scored >= 20 and found.weeks_well_controlled >= 10
    assert len(weeks) == 26
    assert {w.band for w in weeks[:4]} == {"severe"}  # before omalizumab
    assert {w.band for w in weeks[-6:]} == {"well_controlled"}
    assert any(not w.complete and w.score is not None for w in weeks)  # missed evenings
    doses = [i.given_at.date() for i in injections.list_injections(story, sara.id)]
    gaps = [(b - a).days for a, b in zip(doses, doses[1:], strict=False)]
    assert gaps.count(28) == len(gaps) - 1 and max(gaps) == 34  # one dose 6 days late
    assert {i.dose_mg for i in injections.list_injections(story, sara.id)} == {300}


def test_giulia_has_a_few_weeks_an_antihistamine_and_itch(story: Diary) -> None:
    giulia = reads.find_child(story, "Giulia Rossi").id
    days = sorted(daily_scores(story, giulia))
    assert 21 <= (days[-1] - days[0]).days <= 49
    assert days[-1] == TODAY - DAY
    assert injections.list_injections(story, giulia) == []
    assert injections.current_plan(story, giulia) is None
    drugs = medications.list_medications(story, giulia, current_only=True, today=TODAY)
    assert [m.drug_class for m in drugs] == [DrugClass.H1_ANTIHISTAMINE]
    kinds = [e.kind for e in episodes.list_episodes(story, giulia)]
    assert kinds.count(EpisodeKind.ITCH) >= 2


# --------------------------------------------------------------------------- Luca's story


def test_twenty_months_ending_yesterday_with_gaps_and_partial_days(story: Diary, luca: int):
    scores = daily_scores(story, luca)
    first, last = min(scores), max(scores)
    assert last == TODAY - DAY
    assert 570 <= (TODAY - first).days <= 640  # about 20 months
    missing = (last - first).days + 1 - len(scores)
    assert 5 <= missing <= 0.06 * len(scores)  # a few gaps, not zeros
    assert 0 < sum(1 for _total, count in scores.values() if count < 14) <= 5


def test_entries_carry_the_everyday_details(story: Diary, luca: int) -> None:
    flags = entry_flags(story, luca)
    assert flags["school"] >= 3
    assert flags["sleep"] >= 10
    assert flags["wellbeing"] >= 0.6 * len(daily_scores(story, luca))
    assert flags["notes"] >= 20
    assert flags["not_parent"] >= 2


def test_symptom_free_days_before_and_after_the_second_dose(story: Diary, luca: int) -> None:
    scores, doses = daily_scores(story, luca), dose_days(story, luca)
    with_episode = episode_days(story, luca)
    before = [d for d in scores if d < doses[0]]
    on_therapy = [d for d in scores if d >= doses[1]]
    assert len(before) >= 150
    assert symptom_free_share(before, scores, with_episode) < 0.10
    assert symptom_free_share(on_therapy, scores, with_episode) > 0.60
    assert statistics.mean(scores[d][0] for d in before) > 8 * statistics.mean(
        scores[d][0] for d in on_therapy
    )


def test_near_daily_flushing_and_itch_before_therapy(story: Diary, luca: int) -> None:
    sql = (
        "SELECT e.date, MAX(s.score) FROM daily_entry e JOIN symptom_score s ON s.entry_id = e.id "
        "JOIN symptom_definition d ON d.id = s.symptom_id "
        "WHERE e.child_id = ? AND d.key IN ('itching', 'flushing') GROUP BY e.id"
    )
    with story.engine.connect() as connection:
        rows = connection.exec_driver_sql(sql, (luca,)).all()
    first_dose = dose_days(story, luca)[0]
    before = [top for day, top in rows if dt.date.fromisoformat(day) < first_dose]
    assert sum(1 for top in before if top >= 1) > 0.9 * len(before)


def test_one_or_two_episodes_a_week_before_and_few_after(story: Diary, luca: int) -> None:
    doses = dose_days(story, luca)
    days = [e.started_at.astimezone().date() for e in episodes.list_episodes(story, luca)]
    first_entry = min(daily_scores(story, luca))
    weeks_before = (doses[0] - first_entry).days / 7
    assert 1.0 <= sum(1 for d in days if d < doses[0]) / weeks_before <= 2.0
    weeks_after = (TODAY - doses[1]).days / 7
    assert sum(1 for d in days if d >= doses[1]) / weeks_after < 0.25
    triggers = Counter(t for e in episodes.list_episodes(story, luca) for t in e.triggers)
    assert {"heat", "friction/rubbing", "hot bath/shower", "exercise", "unknown"} <= set(triggers)


def test_the_anaphylaxis_was_treated_with_epinephrine(story: Diary, luca: int) -> None:
    (event,) = episodes.list_episodes(story, luca, kind=EpisodeKind.ANAPHYLAXIS)
    assert event.severity == "severe"
    assert event.rescue_epinephrine and event.rescue_emergency_visit
    assert list(event.triggers) == ["unknown"]
    assert event.started_at.astimezone().date() < dose_days(story, luca)[0]
    assert {s.key for s in event.symptoms} >= {"breathing", "flushing"}


def test_omalizumab_every_28_days_with_one_dose_8_days_late(story: Diary, luca: int) -> None:
    doses = dose_days(story, luca)
    intervals = Counter((b - a).days for a, b in zip(doses, doses[1:], strict=False))
    assert intervals == Counter({28: len(doses) - 2, 36: 1})
    plan = injections.current_plan(story, luca)
    assert (plan.drug, plan.dose_mg, plan.interval_days) == ("omalizumab", 150, 28)
    assert plan.start_date == doses[0]
    assert 170 <= (doses[0] - min(daily_scores(story, luca))).days <= 200  # month 6


def test_injections_rotate_sites_and_record_lots(story: Diary, luca: int) -> None:
    given = injections.list_injections(story, luca)
    sites = [i.site for i in given]
    assert set(sites[:6]) == set(InjectionSite)
    assert all(a != b for a, b in zip(sites, sites[1:], strict=False))
    assert all(i.lot and i.place == Place.CLINIC and i.expiry > i.given_at.date() for i in given)


def test_symptoms_return_at_the_end_of_the_late_cycle(story: Diary, luca: int) -> None:
    scores, doses = daily_scores(story, luca), dose_days(story, luca)
    late_start = next(a for a, b in zip(doses, doses[1:], strict=False) if (b - a).days == 36)
    tail = {
        d: v for d, v in scores.items() if d >= doses[1] and (d - cycle_start(d, doses)).days >= 26
    }
    late = [total for d, (total, _) in tail.items() if cycle_start(d, doses) == late_start]
    others = [total for d, (total, _) in tail.items() if cycle_start(d, doses) != late_start]
    assert len(late) >= 8 and len(others) >= 10
    assert statistics.mean(late) > max(2.0, 4 * statistics.mean(others))
    late_episodes = [d for d in episode_days(story, luca) if late_start + 26 * DAY <= d < doses[-2]]
    assert late_episodes


def test_next_injection_due_soon_and_not_overdue(story: Diary, luca: int) -> None:
    status = injections.injection_status(story, luca, TODAY)
    assert not status.overdue
    assert 1 <= (status.next_due - TODAY).days <= 14


# --------------------------------------------------------------------------- medications, labs


def test_steroids_stop_at_the_second_dose(story: Diary, luca: int) -> None:
    second_dose = dose_days(story, luca)[1]
    steroids = [
        m
        for m in medications.list_medications(story, luca)
        if m.drug_class == DrugClass.CORTICOSTEROID_ORAL
    ]
    assert len(steroids) >= 3  # courses before omalizumab
    assert all(m.end_date is not None and m.start_date < second_dose for m in steroids)
    assert abs((max(m.end_date for m in steroids) - second_dose).days) <= 1


def test_h1_and_cromolyn_are_reduced_months_later(story: Diary, luca: int) -> None:
    second_dose = dose_days(story, luca)[1]
    rows = medications.list_medications(story, luca)
    for drug_class in (DrugClass.H1_ANTIHISTAMINE, DrugClass.CROMOLYN):
        lane = [m for m in rows if m.drug_class == drug_class]
        later = [m for m in lane if m.start_date >= second_dose + 60 * DAY]
        assert later and min(m.dose for m in later) < lane[0].dose
    current = medications.list_medications(story, luca, current_only=True, today=TODAY)
    assert {m.drug_class for m in current} >= {DrugClass.H2_ANTIHISTAMINE, DrugClass.EPINEPHRINE}


def lab_values(story: Diary, child_id: int, analyte: Analyte) -> list[tuple[dt.date, float]]:
    results = labs.list_lab_results(story, child_id)
    return [(r.taken_on, r.value) for r in results if r.analyte == analyte]


def test_ige_rises_after_the_first_dose_and_stays_high(story: Diary, luca: int) -> None:
    first_dose = dose_days(story, luca)[0]
    ige = lab_values(story, luca, Analyte.TOTAL_IGE)
    before = [value for day, value in ige if day < first_dose]
    after = [value for day, value in ige if day > first_dose]
    assert len(before) >= 2 and len(after) >= 3
    assert all(value > 2 * before[-1] for value in after)


def test_tryptase_stable_and_kit_burden_low(story: Diary, luca: int) -> None:
    tryptase = [value for _day, value in lab_values(story, luca, Analyte.TRYPTASE)]
    mean = statistics.mean(tryptase)
    assert len(tryptase) >= 6 and 20 <= mean <= 30
    assert all(abs(value / mean - 1) <= 0.3 for value in tryptase)
    kit = [value for _day, value in lab_values(story, luca, Analyte.KIT_D816V)]
    assert len(kit) >= 3 and all(0.1 <= value <= 1.0 for value in kit)
    days = [day for day, _value in lab_values(story, luca, Analyte.TRYPTASE)]
    assert max((b - a).days for a, b in zip(days, days[1:], strict=False)) <= 130


def test_visits_every_few_months_and_questions_for_the_next(story: Diary, luca: int) -> None:
    found = visit_service.list_visits(story, luca)  # newest first
    upcoming, past = found[0], found[1:]
    assert upcoming.date > TODAY and upcoming.questions and not upcoming.outcome
    assert past[0].date <= TODAY and past[0].questions and past[0].outcome
    assert len(past) >= 6
    with story.engine.connect() as connection:
        weights = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM weight_record WHERE child_id = ?", (luca,)
        ).scalar()
    assert weights >= 5


# --------------------------------------------------------------------------- synthetic diary


def test_synthetic_year_has_rows_in_proportion(diary: Diary) -> None:
    write_synthetic_diary(diary, years=1, seed=3, today=TODAY)
    (child,) = reads.list_children(diary)
    scores = daily_scores(diary, child.id)
    assert 0.9 * 365 <= len(scores) <= 365
    assert {count for _total, count in scores.values()} == {14}
    assert 18 <= len(injections.list_injections(diary, child.id)) <= 23  # every 14 days
    assert 0.4 * 365 <= len(episodes.list_episodes(diary, child.id)) <= 0.7 * 365
    assert len(labs.list_lab_results(diary, child.id)) >= 4
    assert len(visit_service.list_visits(diary, child.id)) == 4
    assert not injections.injection_status(diary, child.id, TODAY).overdue


# --------------------------------------------------------------------------- bulk entries


def test_save_entries_reads_back_like_save_entry(diary: Diary) -> None:
    child = children.create_child(diary, "Sam", dt.date(2016, 1, 1))
    day = dt.date(2025, 1, 1)
    records = [
        entries.EntryRecord(child.id, day, {"itching": 2, "flushing": None}, wellbeing=7),
        entries.EntryRecord(child.id, day + DAY, {"itching": 0}, school_missed=True, notes="ok"),
    ]
    assert entries.save_entries(diary, child.id, records) == 2
    first = entries.read_day(diary, child.id, day)
    assert first.scores == {"itching": 2} and first.wellbeing == 7
    second = entries.read_day(diary, child.id, day + DAY)
    assert second.school_missed and second.notes == "ok"


def test_save_entries_refuses_every_problem_and_writes_nothing(diary: Diary) -> None:
    child = children.create_child(diary, "Sam", dt.date(2016, 1, 1))
    day = dt.date(2025, 1, 1)
    entries.save_entry(diary, child.id, day, {"itching": 1})
    bad_score = [entries.EntryRecord(child.id, day + DAY, {"itching": 5})]
    with pytest.raises(ValidationError, match=r"2025-01-02: the score for 'Itching' must be 0–3"):
        entries.save_entries(diary, child.id, bad_score)
    bad_wellbeing = [entries.EntryRecord(child.id, day + DAY, {}, wellbeing=11)]
    with pytest.raises(ValidationError, match="Wellbeing must be 0–10"):
        entries.save_entries(diary, child.id, bad_wellbeing)
    taken = [entries.EntryRecord(child.id, d, {"itching": 0}) for d in (day, day + DAY, day + DAY)]
    with pytest.raises(ValidationError) as refused:
        entries.save_entries(diary, child.id, taken)
    assert refused.value.problems == [
        "2025-01-02 is listed twice",
        "2025-01-01 already has an entry",
    ]
    assert reads.last_entry(diary, child.id) == day
    assert entries.read_day(diary, child.id, day).scores == {"itching": 1}


def test_save_entries_refuses_a_written_time_without_zone(diary: Diary) -> None:
    child = children.create_child(diary, "Sam", dt.date(2016, 1, 1))
    naive = dt.datetime(2025, 1, 1, 21, 30)
    record = entries.EntryRecord(child.id, dt.date(2025, 1, 1), {"itching": 0}, updated_at=naive)
    with pytest.raises(ValidationError, match="2025-01-01: .*time zone"):
        entries.save_entries(diary, child.id, [record])
    assert reads.last_entry(diary, child.id) is None
