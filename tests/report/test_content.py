"""Report content (no PDF): periods, comparison, per-symptom rows, logs, questions, initials.

A small hand-made diary gives figures that can be checked by hand; the demo diary checks that
the content is the measures' result for the chosen period.
"""

import datetime as dt

import pytest

from masto_diary.analysis import adherence, comparison_columns, summarize_period
from masto_diary.errors import NotFoundError, ValidationError
from masto_diary.models import EpisodeKind, Severity
from masto_diary.report.content import (
    EmptyPeriodError,
    default_period,
    gather_report,
    initials_of,
    last_days,
)
from masto_diary.services import children, entries, episodes, injections, records, visits
from masto_diary.storage import open_diary
from tests import reads

TODAY = dt.date.today()


def day(offset: int) -> dt.date:
    """A day counted back from today (0 = today)."""
    return TODAY - dt.timedelta(days=offset)


def moment(offset: int, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(hour)).astimezone()


def build_anna(diary) -> int:
    """20 scored days (itching 3 in the first 10, 0 after), two doses 30 days apart, notes."""
    with diary.transaction():  # one commit: the fixture is set up for most tests here
        child = children.create_child(diary, "Anna Maria Bianchi", dt.date(2017, 3, 1))
        entries.save_entries(diary, child.id, [
            entries.EntryRecord(
                child.id, day(offset), {"itching": 3 if offset >= 10 else 0, "fatigue": 1},
                notes="Anna scratched at school" if offset == 15 else "",
            )
            for offset in range(19, -1, -1)
        ])  # fmt: skip
        injections.set_plan(diary, child.id, day(60), 150, 28)
        injections.log_injection(diary, child.id, moment(48), lot="A1")
        injections.log_injection(diary, child.id, moment(18), lot="B2", notes="Bianchi family late")
        episodes.log_episode(diary, child.id, moment(5, 18), EpisodeKind.FLUSH, Severity.SEVERE,
                             trigger_labels=["heat"], epinephrine=True)  # fmt: skip
        visits.add_visit(diary, child.id, day(30), "Dr Conti", "Old question?")
        visits.add_visit(diary, child.id, day(-7), "Dr Conti", "Can Anna swim?\nWhy so tired?")
    return child.id


@pytest.fixture(scope="module")
def anna_diary(tmp_path_factory: pytest.TempPathFactory):
    """Anna's diary, built once for the tests that only read it."""
    with open_diary(tmp_path_factory.mktemp("anna"), auto_backup=False) as opened:
        yield opened, build_anna(opened)


@pytest.fixture
def ro_diary(anna_diary):
    """Anna's shared diary: read it, do not change it."""
    return anna_diary[0]


@pytest.fixture
def anna(anna_diary) -> int:
    return anna_diary[1]


def test_default_period_runs_from_the_last_visit_else_90_days(diary):
    anna = build_anna(diary)
    assert default_period(diary, anna, TODAY) == (day(30), TODAY)
    other = children.create_child(diary, "Tom", dt.date(2018, 1, 1))
    assert default_period(diary, other.id, TODAY) == last_days(90, TODAY) == (day(89), TODAY)


def test_period_is_clipped_to_the_diary_and_marked(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(200), TODAY)
    assert (report.start, report.end) == (day(48), TODAY)  # the first record is the dose
    assert report.clipped
    assert not gather_report(ro_diary, anna, day(19), TODAY).clipped


def test_summary_and_previous_period_are_the_measures_results(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(9), TODAY)
    data = reads.diary_data(ro_diary, anna)
    assert report.summary == summarize_period(data, day(9), TODAY)
    period, previous = report.columns  # the diary starts with the dose: no baseline
    assert (period.column.kind, previous.column.kind) == ("period", "previous")
    assert period.summary == report.summary
    assert previous.summary == summarize_period(data, day(19), day(10))
    assert report.summary.mean_dss == pytest.approx(1.0)
    assert previous.summary.mean_dss == pytest.approx(4.0)


def test_a_period_on_therapy_is_compared_with_the_fixed_baseline(demo_diary):
    luca = records.find_child_id(demo_diary, "luca rossi")
    data = reads.diary_data(demo_diary, luca)
    first = data.first_injection
    start, end = first, first + dt.timedelta(days=89)
    report = gather_report(demo_diary, luca, start, end)
    kinds = [c.column.kind for c in report.columns]
    assert kinds == ["period", "baseline"]  # the previous days are not on therapy
    baseline = report.columns[1].summary
    assert baseline == summarize_period(
        data, first - dt.timedelta(days=90), first - dt.timedelta(days=1)
    )
    assert baseline.end == first - dt.timedelta(days=1)
    assert baseline.mean_dss > 3 * report.summary.mean_dss


def test_a_period_holding_the_first_dose_is_split_in_two(demo_diary):
    luca = records.find_child_id(demo_diary, "luca rossi")
    data = reads.diary_data(demo_diary, luca)
    first = data.first_injection
    start, end = first - dt.timedelta(days=100), first + dt.timedelta(days=100)
    report = gather_report(demo_diary, luca, start, end)
    before, on = report.columns
    assert (before.column.kind, on.column.kind) == ("before_in_period", "on_in_period")
    assert (before.summary.start, before.summary.end) == (start, first - dt.timedelta(days=1))
    assert (on.summary.start, on.summary.end) == (first, end)
    assert on.summary.episodes + before.summary.episodes == report.summary.episodes


def test_previous_period_is_left_out_before_the_diary(ro_diary, anna):
    data = reads.diary_data(ro_diary, anna)
    columns = comparison_columns(
        data.start, data.start + dt.timedelta(days=9), data.first_injection, data.start
    )
    assert [c.kind for c in columns] == ["period"]


def test_symptom_rows_mean_days_two_or_more_and_trend(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(19), TODAY)
    rows = {row.key: row for row in report.symptoms}
    itch, fatigue = rows["itching"], rows["fatigue"]
    assert (itch.days_scored, itch.mean, itch.days_2_or_more) == (20, 1.5, 10)
    assert (itch.first_half, itch.second_half, itch.trend) == (3.0, 0.0, "down")
    assert (fatigue.mean, fatigue.days_2_or_more, fatigue.trend) == (1.0, 0, "steady")
    assert rows["headache"].mean is None and rows["headache"].trend is None
    assert len(report.symptoms) == 14  # every active symptom, scored or not


def test_injection_log_counts_from_the_dose_before_the_period(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(19), TODAY)
    (dose,) = report.injections
    assert dose.given_at.date() == day(18)
    assert (dose.days_since_previous, dose.days_late, dose.lot) == (30, 2, "B2")
    data = reads.diary_data(ro_diary, anna)
    assert report.therapy.adherence == adherence(data, day(19), TODAY)
    assert (report.therapy.drug, report.therapy.interval_days) == ("omalizumab", 28)


def test_episodes_triggers_and_rescue(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(19), TODAY)
    (episode,) = report.episodes
    assert episode.day == day(5) and episode.triggers == ("heat",) and episode.rescue_epinephrine
    assert report.top_triggers == (("heat", 1),)
    assert report.summary.epinephrine_uses == 1


def test_questions_come_from_the_first_visit_on_or_after_the_end(diary):
    anna = build_anna(diary)
    report = gather_report(diary, anna, day(19), TODAY)
    assert report.questions.visit_day == day(-7)
    assert report.questions.text == "Can Anna swim?\nWhy so tired?"
    assert gather_report(diary, anna, day(48), day(31)).questions.text == "Old question?"
    assert gather_report(diary, anna, day(48), day(30)).questions.visit_day == day(30)
    coming = visits.next_visit(diary, anna, TODAY)
    visits.delete_visit(diary, coming.id)
    assert gather_report(diary, anna, day(19), TODAY).questions is None


def test_initials_leave_the_name_out_of_every_text(ro_diary, anna):
    report = gather_report(ro_diary, anna, day(19), TODAY, initials=True)
    assert report.child.name == "A. M. B."
    assert report.questions.text == "Can A. swim?\nWhy so tired?"
    assert [n.text for n in report.notes] == ["A. scratched at school"]
    assert report.injections[0].notes == "B. family late"
    full = gather_report(ro_diary, anna, day(19), TODAY)
    assert full.child.name == "Anna Maria Bianchi"
    assert full.notes[0].text == "Anna scratched at school"


@pytest.mark.parametrize(
    ("name", "initials"),
    [("Luca Rossi", "L. R."), ("Anna-Maria  de Luca", "A.-M. D. L."), ("Zoë", "Z.")],
)
def test_initials_of(name, initials):
    assert initials_of(name) == initials


def test_a_period_without_records_is_refused(ro_diary, anna):
    with pytest.raises(EmptyPeriodError) as caught:
        gather_report(ro_diary, anna, day(45), day(40))
    assert (caught.value.start, caught.value.end) == (day(45), day(40))
    with pytest.raises(EmptyPeriodError):
        gather_report(ro_diary, anna, day(900), day(800))


def test_a_period_ending_before_it_starts_is_refused(ro_diary, anna):
    with pytest.raises(ValidationError):
        gather_report(ro_diary, anna, TODAY, day(1))


def test_children_are_found_by_name_ignoring_case(ro_diary, anna):
    assert records.find_child_id(ro_diary, "  anna maria BIANCHI ") == anna
    with pytest.raises(NotFoundError, match="Anna Maria Bianchi"):
        records.find_child_id(ro_diary, "Marco")


def test_demo_content_tells_the_late_dose_story(demo_diary):
    luca = records.find_child_id(demo_diary, "Luca Rossi")
    report = gather_report(demo_diary, luca, day(89), TODAY)
    late = [row for row in report.injections if (row.days_late or 0) > 3]
    assert [row.days_late for row in late] == [8]
    assert report.trend.overdue, "the late dose's overdue days are shaded"
    late_days = report.cycle.median[29:36]
    assert late_days.min() > 3 * max(report.cycle.median[:28].max(), 0.5)
    bound = [r for r in report.lab_history if r.point.analyte == "total_ige"]
    assert [r.includes_bound_ige for r in bound] == [r.point.taken_on > report.first_injection
                                                     for r in bound]  # fmt: skip
    assert report.questions is not None and "cromolyn" in report.questions.text
