"""The demo diary (the published case in DESIGN.md, told over 20 months) and synthetic diaries.

The demo is what a new user, a tester and a screenshot see first, so it has to look like a
real family's diary: near-daily flushing and itch before omalizumab, quiet days after the
second dose, one dose given 8 days late with the symptoms coming back, labs that behave as in
the case.  It is deterministic (a fixed seed, every date relative to ``today``) so tests and
screenshots can rely on it, and it is written through the services, so it obeys every rule a
parent's own entries obey.

:func:`write_synthetic_diary` writes years of plausible data for the benchmarks.
"""

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from masto_diary.models import (
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
from masto_diary.services import (
    children,
    entries,
    episodes,
    growth,
    injections,
    labs,
    medications,
    visits,
    weights,
)
from masto_diary.services.symptom_scale import URTICARIA_SYMPTOMS
from masto_diary.storage import Diary

DEMO_SEED = 20230106
"""Fixed seed: the same ``today`` always gives the same demo diary."""

SYMPTOM_KEYS: tuple[str, ...] = tuple(s.key for s in children.DEFAULT_SYMPTOMS)

# How strongly each symptom follows the day's overall disease activity (the case's picture:
# skin and flushing first, then gut, fatigue and bone pain).
SYMPTOM_WEIGHTS: dict[str, float] = {
    "itching": 1.1,
    "flushing": 1.1,
    "skin_lesions": 0.6,
    "abdominal_pain": 0.7,
    "diarrhoea": 0.55,
    "nausea": 0.25,
    "bone_muscle_pain": 0.5,
    "headache": 0.25,
    "fatigue": 0.7,
    "palpitations": 0.15,
    "breathing": 0.05,
    "mood": 0.45,
    "concentration": 0.35,
    "sleep": 0.4,
}

SEVERITY_SCORE = {Severity.MILD: 1, Severity.MODERATE: 2, Severity.SEVERE: 3}


@dataclass(frozen=True)
class EpisodeProfile:
    """The symptoms an episode kind shows and the triggers parents typically name for it."""

    symptoms: tuple[str, ...]
    triggers: tuple[str, ...]


EPISODE_PROFILES: dict[EpisodeKind, EpisodeProfile] = {
    EpisodeKind.FLUSH: EpisodeProfile(
        ("flushing", "palpitations"),
        ("heat", "exercise", "hot bath/shower", "stress/excitement", "unknown"),
    ),
    EpisodeKind.ITCH: EpisodeProfile(
        ("itching", "skin_lesions"), ("friction/rubbing", "heat", "hot bath/shower", "unknown")
    ),
    EpisodeKind.HIVES_BLISTERS: EpisodeProfile(
        ("skin_lesions", "itching"), ("friction/rubbing", "hot bath/shower")
    ),
    EpisodeKind.GASTROINTESTINAL: EpisodeProfile(
        ("abdominal_pain", "diarrhoea", "nausea"), ("unknown", "stress/excitement", "food")
    ),
}


# --------------------------------------------------------------------------- plain plans


@dataclass
class DayPlan:
    """One evening entry before it is saved; ``scores`` holds only the recorded symptoms."""

    day: dt.date
    scores: dict[str, int]
    wellbeing: int | None = None
    school_missed: bool = False
    sleep_disturbed: bool = False
    reported_by: Reporter = Reporter.PARENT
    notes: str = ""


@dataclass
class EpisodePlan:
    """One episode before it is logged; times are local wall-clock times."""

    day: dt.date
    start: dt.time
    minutes: int
    kind: EpisodeKind
    severity: Severity = Severity.MILD
    symptoms: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    antihistamine: bool = False
    steroid: bool = False
    epinephrine: bool = False
    emergency_visit: bool = False
    rescue_notes: str = ""
    notes: str = ""


@dataclass
class DiaryPlan:
    """Everything about one child's days and episodes, ready to be written."""

    days: list[DayPlan] = field(default_factory=list)
    episodes: list[EpisodePlan] = field(default_factory=list)


def local_moment(day: dt.date, time: dt.time) -> dt.datetime:
    """A local wall-clock time as an aware datetime (the app stores UTC, shows local time)."""
    return dt.datetime.combine(day, time).astimezone()


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, round(value)))


def active_scores(rng: random.Random, level: float, cap: int = 3) -> dict[str, int]:
    """Scores of a day with disease activity ``level`` (about 0 quiet … 2.5 a bad flare)."""
    sigma = 0.2 + 0.25 * level
    return {
        key: _clamp(level * weight + rng.gauss(0.0, sigma), 0, cap)
        for key, weight in SYMPTOM_WEIGHTS.items()
    }


def quiet_scores(rng: random.Random, chance: float) -> dict[str, int]:
    """A controlled day: all zero, with ``chance`` of one or two symptoms at 1 (mostly skin)."""
    scores = dict.fromkeys(SYMPTOM_KEYS, 0)
    if rng.random() < chance:
        keys = list(SYMPTOM_WEIGHTS)
        weights = list(SYMPTOM_WEIGHTS.values())
        for key in rng.choices(keys, weights, k=rng.choice((1, 1, 2))):
            scores[key] = 1
    return scores


def apply_episodes(plan: DiaryPlan, cap: int = 3) -> None:
    """Make each day's scores agree with its episodes: an episode's symptoms were felt that day."""
    by_day = {day_plan.day: day_plan for day_plan in plan.days}
    for episode in plan.episodes:
        day_plan = by_day.get(episode.day)
        if day_plan is None:
            continue
        floor = min(cap, SEVERITY_SCORE[episode.severity])
        for key in episode.symptoms:
            if key in day_plan.scores:
                day_plan.scores[key] = max(day_plan.scores[key], floor)
        if day_plan.scores.get("sleep", 0) >= 2 or day_plan.scores.get("itching", 0) >= 3:
            day_plan.sleep_disturbed = True


def wellbeing_for(rng: random.Random, scores: dict[str, int]) -> int | None:
    """The parent's 0–10 overall rating, left empty on about one evening in five."""
    if rng.random() < 0.2:
        return None
    return _clamp(9.0 - sum(scores.values()) / 3.0 + rng.gauss(0.0, 0.8), 0, 10)


# --------------------------------------------------------------------------- the demo story

# The 14 intervals between Luca's 15 doses; the 13th dose came 8 days late.
DOSE_INTERVALS: tuple[int, ...] = (28,) * 12 + (36,) + (28,)
LATE_INTERVAL_INDEX = 12
LAST_DOSE_DAYS_AGO = 18  # so the next dose is due in 10 days: current, not overdue
PRE_THERAPY_DAYS = 183
ANAPHYLAXIS_DAY = 118  # days after the diary's first day
OMALIZUMAB_MG = 150.0
CLINIC = "Paediatric Allergy Unit, Ospedale Civico"
CLINICIAN = "Dr Elena Conti"
NURSE = "Nurse Marta Ferri"


@dataclass(frozen=True)
class Timeline:
    """The demo's key dates, all counted back from ``today``."""

    today: dt.date
    doses: tuple[dt.date, ...]

    @classmethod
    def ending(cls, today: dt.date) -> "Timeline":
        doses = [today - dt.timedelta(days=LAST_DOSE_DAYS_AGO)]
        for gap in reversed(DOSE_INTERVALS):
            doses.insert(0, doses[0] - dt.timedelta(days=gap))
        return cls(today, tuple(doses))

    @property
    def start(self) -> dt.date:
        return self.first_dose - dt.timedelta(days=PRE_THERAPY_DAYS)

    @property
    def first_dose(self) -> dt.date:
        return self.doses[0]

    @property
    def second_dose(self) -> dt.date:
        return self.doses[1]

    @property
    def late_dose(self) -> dt.date:
        return self.doses[LATE_INTERVAL_INDEX + 1]

    @property
    def anaphylaxis(self) -> dt.date:
        return self.start + dt.timedelta(days=ANAPHYLAXIS_DAY)

    def at(self, offset: int, base: dt.date | None = None) -> dt.date:
        return (base or self.start) + dt.timedelta(days=offset)

    def cycle_day(self, day: dt.date) -> int | None:
        """Days since the last dose on or before ``day`` (None before the first dose)."""
        given = [dose for dose in self.doses if dose <= day]
        return (day - given[-1]).days if given else None

    def in_late_cycle(self, day: dt.date) -> bool:
        return self.doses[LATE_INTERVAL_INDEX] <= day < self.late_dose


PRE_NOTES: tuple[str, ...] = (
    "Flushed red in the face after PE at school.",
    "Scratching all evening; the cool cream helped a little.",
    "Tummy ache after lunch and two loose stools.",
    "Very tired after school, fell asleep on the sofa.",
    "Legs ached at bedtime.",
    "Itchy after the bath although the water was only lukewarm.",
    "Hot afternoon: face and neck flushed on the way home.",
    "Woke at night scratching.",
    "The teacher called: red and itchy after playtime.",
    "Grumpy and could not concentrate on homework.",
)

THERAPY_NOTES: tuple[str, ...] = (
    "A good day, no itching at all.",
    "Played football for an hour, no flushing.",
    "Birthday party with lots of running around, all fine.",
    "Slight itch on the arms in the evening, passed quickly.",
    "Swimming lesson, no problems.",
    "Slept through the night.",
    "Warm day, only a little red in the face.",
    "Asked whether he still needs so many medicines.",
)


def demo_day_notes(timeline: Timeline) -> dict[dt.date, str]:
    """Notes on the days that tell the story (they win over the random everyday notes)."""
    t = timeline
    late_start = t.doses[LATE_INTERVAL_INDEX]
    return {
        t.start: "Started this diary after the clinic visit; flushing and itch most days.",
        t.anaphylaxis: "Sudden flushing, swollen lips, wheezing and vomiting after dinner. "
        "Epinephrine given, ambulance to the emergency department.",
        t.at(1, t.anaphylaxis): "Home from hospital this morning. Tired, stayed home.",
        t.first_dose: "First omalizumab injection at the clinic. Watched for two hours, fine.",
        t.at(10, t.first_dose): "Itching clearly less this week.",
        t.second_dose: "Second injection. Hardly any itching for days. Prednisone stopped.",
        t.at(14, t.second_dose): "Two weeks without a real flush. We can't quite believe it.",
        t.at(28, late_start): "Dose not given: the clinic had no appointment until next week.",
        t.at(30, late_start): "Itching is back in the evenings, like before the injections.",
        t.at(33, late_start): "Flushing after school and very tired. Counting the days.",
        t.late_dose: "Injection given today, 8 days late.",
        t.at(3, t.late_dose): "Itching already much better.",
    }


def plan_demo_luca(rng: random.Random, timeline: Timeline) -> DiaryPlan:
    """Luca's 20 months: days first, then episodes raise the scores of the days they fell on."""
    plan = DiaryPlan(episodes=plan_luca_episodes(rng, timeline))
    notes = demo_day_notes(timeline)
    gaps = luca_gaps(rng, timeline) - notes.keys()
    activity = 1.5
    day = timeline.start
    while day < timeline.today:
        activity = min(2.4, max(0.8, 1.5 + 0.8 * (activity - 1.5) + rng.gauss(0.0, 0.3)))
        day_plan = luca_day(rng, timeline, day, activity)
        if day not in gaps:
            day_plan.notes = notes.get(day, day_plan.notes)
            plan.days.append(day_plan)
        day += dt.timedelta(days=1)
    apply_episodes(plan)
    add_anaphylaxis_day(plan, timeline)
    mark_partial_entries(plan, timeline)
    return plan


def luca_day(rng: random.Random, t: Timeline, day: dt.date, activity: float) -> DayPlan:
    """One evening: the phase of the story sets how active the disease was that day."""
    cycle = t.cycle_day(day)
    if cycle is None:
        scores = active_scores(rng, activity)
        pool, note_chance = PRE_NOTES, 0.1
    elif day < t.second_dose:
        scores = active_scores(rng, 1.3 - 0.8 * cycle / 27)
        pool, note_chance = THERAPY_NOTES, 0.05
    elif t.in_late_cycle(day) and cycle >= 26:
        scores = active_scores(rng, 0.5 + 0.07 * (cycle - 26), cap=2)
        pool, note_chance = (), 0.0
    else:
        scores = quiet_scores(rng, 0.16 if cycle >= 24 else 0.1)
        pool, note_chance = THERAPY_NOTES, 0.05
    note = rng.choice(pool) if pool and rng.random() < note_chance else ""
    reporter = Reporter.CHILD if cycle is not None and rng.random() < 0.04 else Reporter.PARENT
    # Drawn every day, so the weekday of ``today`` does not change the rest of the story.
    stays_home, wakes = rng.random() < 0.5, rng.random() < 0.4
    return DayPlan(
        day=day,
        scores=scores,
        wellbeing=wellbeing_for(rng, scores),
        school_missed=day.weekday() < 5 and sum(scores.values()) >= 15 and stays_home,
        sleep_disturbed=scores["itching"] >= 3 or scores["sleep"] >= (1 if wakes else 2),
        reported_by=reporter,
        notes=note,
    )


def luca_gaps(rng: random.Random, t: Timeline) -> set[dt.date]:
    """Evenings nobody filled in: a few single days and two short runs (a trip, a holiday)."""
    protected = {t.start, t.today - dt.timedelta(days=1), *t.doses}
    protected |= {t.at(k, t.anaphylaxis) for k in (-1, 0, 1)}
    protected |= {t.at(k, t.doses[LATE_INTERVAL_INDEX]) for k in range(24, 40)}
    gaps = {t.at(k) for k in (64, 65, 66)} | {t.at(k, t.first_dose) for k in (230, 231, 232, 233)}
    day = t.start
    while day < t.today:
        if rng.random() < 0.02:
            gaps.add(day)
        day += dt.timedelta(days=1)
    return gaps - protected


def mark_partial_entries(plan: DiaryPlan, t: Timeline) -> None:
    """A weekend at the grandparents': only the main symptoms noted (the rest is a gap, not 0)."""
    kept = ("itching", "flushing", "abdominal_pain", "fatigue", "sleep")
    weekend = {t.at(k, t.first_dose) for k in (150, 151)}
    for day_plan in plan.days:
        if day_plan.day in weekend:
            day_plan.scores = {key: day_plan.scores[key] for key in kept}
            day_plan.reported_by = Reporter.OTHER_CARER
            day_plan.wellbeing = None
            day_plan.notes = "Weekend at the grandparents': only the main symptoms noted."


def add_anaphylaxis_day(plan: DiaryPlan, t: Timeline) -> None:
    """The worst evening of the diary and the school day missed after it."""
    for day_plan in plan.days:
        if day_plan.day == t.anaphylaxis:
            for key in ("flushing", "itching", "breathing", "palpitations", "nausea", "fatigue"):
                day_plan.scores[key] = 3
            day_plan.scores["sleep"] = 3
            day_plan.wellbeing = 1
            day_plan.sleep_disturbed = True
        elif day_plan.day == t.at(1, t.anaphylaxis):
            day_plan.school_missed = day_plan.day.weekday() < 5
            day_plan.scores["fatigue"] = 3
            day_plan.sleep_disturbed = True


def plan_luca_episodes(rng: random.Random, t: Timeline) -> list[EpisodePlan]:
    """1–2 episodes a week before omalizumab, a few mild ones after, two in the late cycle."""
    found = [*weekly_episodes(rng, t.start, t.first_dose, {t.anaphylaxis}), anaphylaxis(t)]
    found.append(episode_of(rng, t.at(5, t.first_dose), EpisodeKind.FLUSH, Severity.MILD, "heat"))
    found.append(
        episode_of(rng, t.at(16, t.first_dose), EpisodeKind.ITCH, Severity.MILD, "friction/rubbing")
    )
    late_start = t.doses[LATE_INTERVAL_INDEX]
    quiet_days = [
        day
        for day in (t.at(k, t.second_dose) for k in range(20, (t.today - t.second_dose).days - 1))
        if not late_start <= day <= t.late_dose
    ]
    for day in sorted(rng.sample(quiet_days, 6)):
        kind = rng.choice((EpisodeKind.FLUSH, EpisodeKind.FLUSH, EpisodeKind.ITCH))
        triggers = ("heat", "exercise") if kind is EpisodeKind.FLUSH else ("friction/rubbing",)
        found.append(episode_of(rng, day, kind, Severity.MILD, rng.choice(triggers)))
    late = episode_of(rng, t.at(31, late_start), EpisodeKind.FLUSH, Severity.MODERATE, "unknown")
    late.antihistamine = True
    late.rescue_notes = "Extra cetirizine 10 mg."
    late.notes = "First real flush in months; the injection is three days overdue."
    found.append(late)
    found.append(
        episode_of(rng, t.at(34, late_start), EpisodeKind.ITCH, Severity.MILD, "hot bath/shower")
    )
    return sorted(found, key=lambda e: (e.day, e.start))


def weekly_episodes(
    rng: random.Random, start: dt.date, end: dt.date, skip: set[dt.date]
) -> Iterator[EpisodePlan]:
    """One or two episodes in each week from ``start`` to ``end`` (kinds as in the case)."""
    kinds = tuple(EPISODE_PROFILES)  # flush, itch, hives/blisters, gastrointestinal
    week = start
    while week + dt.timedelta(days=7) <= end:
        for offset in sorted(rng.sample(range(7), rng.choice((1, 2)))):
            day = week + dt.timedelta(days=offset)
            if day in skip:
                continue
            kind = rng.choices(kinds, (0.45, 0.3, 0.05, 0.2))[0]
            severity = rng.choices((Severity.MILD, Severity.MODERATE), (0.55, 0.45))[0]
            trigger = rng.choice(EPISODE_PROFILES[kind].triggers)
            episode = episode_of(rng, day, kind, severity, trigger)
            episode.antihistamine = severity is Severity.MODERATE and rng.random() < 0.7
            episode.rescue_notes = "Extra cetirizine dose." if episode.antihistamine else ""
            yield episode
        week += dt.timedelta(days=7)


def episode_of(
    rng: random.Random, day: dt.date, kind: EpisodeKind, severity: Severity, trigger: str
) -> EpisodePlan:
    """An episode with its kind's usual symptoms, starting between 07:00 and 21:00."""
    start = dt.time(rng.randint(7, 20), rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))
    minutes = rng.randint(10, 40) if severity is Severity.MILD else rng.randint(30, 150)
    return EpisodePlan(
        day=day,
        start=start,
        minutes=minutes,
        kind=kind,
        severity=severity,
        symptoms=EPISODE_PROFILES[kind].symptoms,
        triggers=(trigger,),
    )


def anaphylaxis(t: Timeline) -> EpisodePlan:
    """The case's anaphylaxis: no trigger found, epinephrine and the emergency department."""
    return EpisodePlan(
        day=t.anaphylaxis,
        start=dt.time(19, 10),
        minutes=150,
        kind=EpisodeKind.ANAPHYLAXIS,
        severity=Severity.SEVERE,
        symptoms=("flushing", "itching", "breathing", "palpitations", "abdominal_pain", "nausea"),
        triggers=("unknown",),
        antihistamine=True,
        steroid=True,
        epinephrine=True,
        emergency_visit=True,
        rescue_notes="Epinephrine auto-injector 0.15 mg into the thigh at 19:15; ambulance to "
        "the emergency department; antihistamine and steroid given there; kept overnight.",
        notes="Started after dinner at home: no new food, no exercise, no bath. No trigger found.",
    )


def plan_demo_giulia(rng: random.Random, today: dt.date) -> DiaryPlan:
    """Five weeks of a younger sister with skin-only disease: itch and lesions, little else."""
    plan = DiaryPlan()
    gaps = {today - dt.timedelta(days=k) for k in (9, 20, 21)}
    for k in range(38, 0, -1):
        day = today - dt.timedelta(days=k)
        if day in gaps:
            continue
        scores = dict.fromkeys(SYMPTOM_KEYS, 0)
        scores["itching"] = rng.choices((0, 1, 2), (0.45, 0.45, 0.1))[0]
        scores["skin_lesions"] = 1
        scores["flushing"] = 1 if rng.random() < 0.1 else 0
        scores["sleep"] = 1 if scores["itching"] == 2 else 0
        wellbeing = wellbeing_for(rng, scores)
        plan.days.append(DayPlan(day, scores, wellbeing, sleep_disturbed=bool(scores["sleep"])))
    day = today - dt.timedelta(days=30)
    first = episode_of(rng, day, EpisodeKind.ITCH, Severity.MILD, "friction/rubbing")
    first.notes = "Spots on the back swelled up after rubbing with the towel."
    day = today - dt.timedelta(days=12)
    second = episode_of(rng, day, EpisodeKind.ITCH, Severity.MODERATE, "hot bath/shower")
    second.antihistamine = True
    second.rescue_notes = "Extra dose of cetirizine drops."
    plan.episodes = [first, second]
    apply_episodes(plan)
    return plan


# --------------------------------------------------------------------------- writing


def write_demo_diary(diary: Diary, today: dt.date | None = None) -> None:
    """Write the demo (three children) in one transaction: all of it, or nothing on any error."""
    today = today or dt.date.today()
    timeline = Timeline.ending(today)
    rng = random.Random(DEMO_SEED)
    with diary.transaction():
        luca = children.create_child(
            diary,
            "Luca Rossi",
            timeline.start - dt.timedelta(days=8 * 365 + 117),
            Diagnosis.INDOLENT_SYSTEMIC,
            Sex.MALE,
            clinic=CLINIC,
            notes="Indolent systemic mastocytosis (KIT D816V positive), diagnosed at 6. "
            "Carries an epinephrine auto-injector.",
        )
        write_plan(diary, luca.id, plan_demo_luca(rng, timeline))
        write_luca_treatment(diary, luca.id, timeline)
        write_luca_labs_and_visits(diary, luca.id, timeline)
        giulia = children.create_child(
            diary,
            "Giulia Rossi",
            today - dt.timedelta(days=4 * 365 + 200),
            Diagnosis.CUTANEOUS,
            Sex.FEMALE,
            clinic=CLINIC,
            notes="Maculopapular cutaneous mastocytosis on the trunk.",
        )
        write_plan(diary, giulia.id, plan_demo_giulia(rng, today))
        medications.start_medication(
            diary, giulia.id, "Cetirizine drops", DrugClass.H1_ANTIHISTAMINE, 5, "mg",
            today - dt.timedelta(days=160), "once daily", "itch",
        )  # fmt: skip
        weights.add_weight(diary, giulia.id, today - dt.timedelta(days=38), 16.8)
        write_urticaria_demo(diary, today, random.Random(DEMO_SEED + 1))


def write_plan(diary: Diary, child_id: int, plan: DiaryPlan) -> None:
    """Save the entries and episodes through the services' bulk forms (every rule checked)."""
    entries.save_entries(diary, child_id, (entry_record(child_id, d) for d in plan.days))
    episodes.add_episodes(diary, child_id, [episode_row(e) for e in plan.episodes])


def entry_record(child_id: int, day_plan: DayPlan) -> entries.EntryRecord:
    """The entry as the services take it, stamped as written that evening (reproducible)."""
    return entries.EntryRecord(
        child_id=child_id,
        date=day_plan.day,
        scores=day_plan.scores,
        wellbeing=day_plan.wellbeing,
        school_missed=day_plan.school_missed,
        sleep_disturbed=day_plan.sleep_disturbed,
        reported_by=day_plan.reported_by,
        notes=day_plan.notes,
        updated_at=local_moment(day_plan.day, dt.time(21, 30)),
    )


def episode_row(episode: EpisodePlan) -> dict:
    """The episode as the services' bulk form takes it (local times made aware)."""
    started = local_moment(episode.day, episode.start)
    return {
        "started_at": started,
        "ended_at": started + dt.timedelta(minutes=episode.minutes),
        "kind": episode.kind,
        "severity": episode.severity,
        "symptoms": list(episode.symptoms),
        "triggers": [label for label in episode.triggers if label],
        "rescue_antihistamine": episode.antihistamine,
        "rescue_steroid": episode.steroid,
        "rescue_epinephrine": episode.epinephrine,
        "rescue_emergency_visit": episode.emergency_visit,
        "rescue_notes": episode.rescue_notes,
        "notes": episode.notes,
    }


LOTS: tuple[str, ...] = ("SR2411", "SR2417", "SR2502", "SR2509", "SR2516")


def write_luca_treatment(diary: Diary, child_id: int, t: Timeline) -> None:
    """Omalizumab every 28 days from month 6 and the medications around it."""
    plan = injections.set_plan(diary, child_id, t.first_dose, OMALIZUMAB_MG, 28)
    rows = [
        {
            "plan_id": plan.id,
            "given_at": local_moment(day, dt.time(10, 15 * (index % 3))),
            "dose_mg": plan.dose_mg,
            "site": list(InjectionSite)[index % len(InjectionSite)],
            "lot": LOTS[index // 3],
            "expiry": t.at(300, t.doses[index // 3 * 3]),
            "place": Place.CLINIC,
            "given_by": NURSE,
            "local_reaction": LocalReaction.MILD if index == 0 else LocalReaction.NONE,
            "notes": injection_note(index, t),
        }
        for index, day in enumerate(t.doses)
    ]
    injections.add_injections(diary, child_id, rows)
    write_luca_medications(diary, child_id, t)


def injection_note(index: int, t: Timeline) -> str:
    if index == 0:
        return "First dose; small red patch at the site, gone by the evening."
    if index == LATE_INTERVAL_INDEX + 1:
        return "Given 8 days late: no appointment was free the week it was due."
    return ""


def write_luca_medications(diary: Diary, child_id: int, t: Timeline) -> None:
    """The case's drugs: H1 and H2 blockers, cromolyn, steroid courses, epinephrine pen."""
    start = medications.start_medication
    before = t.at(-120)
    h1 = start(diary, child_id, "Cetirizine", DrugClass.H1_ANTIHISTAMINE, 10, "mg", before,
               "twice daily", "itch and flushing")  # fmt: skip
    start(diary, child_id, "Famotidine", DrugClass.H2_ANTIHISTAMINE, 20, "mg", before,
          "twice daily", "abdominal pain and diarrhoea")  # fmt: skip
    start(diary, child_id, "Epinephrine auto-injector", DrugClass.EPINEPHRINE, 0.15, "mg", before,
          "as needed, carried at all times", "anaphylaxis")  # fmt: skip
    cromolyn = start(diary, child_id, "Oral cromolyn sodium", DrugClass.CROMOLYN, 100, "mg",
                     t.at(13), "four times daily", "gut symptoms")  # fmt: skip
    courses = ((20, 20, "flare"), (75, 20, "flare"), (ANAPHYLAXIS_DAY + 1, 25, "anaphylaxis"))
    for offset, mg, reason in courses:
        start(diary, child_id, "Prednisone", DrugClass.CORTICOSTEROID_ORAL, mg, "mg", t.at(offset),
              "once daily", reason, end_date=t.at(offset + 4))  # fmt: skip
    pred = start(diary, child_id, "Prednisone", DrugClass.CORTICOSTEROID_ORAL, 10, "mg", t.at(125),
                 "once daily", "symptoms not controlled")  # fmt: skip
    _, pred = medications.change_dose(diary, pred.id, 5, t.first_dose, reason="taper")
    medications.stop_medication(diary, pred.id, t.second_dose)
    _, h1 = medications.change_dose(diary, h1.id, 5, t.at(112, t.first_dose))
    medications.change_dose(diary, h1.id, 5, t.at(280, t.first_dose), frequency="once daily")
    medications.change_dose(diary, cromolyn.id, 50, t.at(196, t.first_dose))


# Lab days (days after the first dose; negative = before it) and the values measured then.
LAB_RESULTS: tuple[tuple[int, float, float, float | None], ...] = (
    # offset, tryptase ng/mL, total IgE kU/L, KIT D816V %
    (-PRE_THERAPY_DAYS + 13, 24.1, 82.0, 0.31),
    (-PRE_THERAPY_DAYS + 125, 26.8, 95.0, None),
    (-4, 25.3, 91.0, 0.28),
    (28, 23.9, 310.0, None),
    (112, 22.7, 438.0, None),
    (196, 24.8, 512.0, 0.35),
    (280, 25.9, 566.0, None),
    (400, 23.4, 541.0, 0.30),
)
WEIGHTS_KG: tuple[float, ...] = (26.1, 27.0, 27.8, 28.1, 28.9, 29.6, 30.3, 31.2)
HEIGHTS_CM: tuple[float, ...] = (127.0, 128.1, 129.0, 129.4, 130.2, 131.0, 131.9, 132.8)
"""Luca's heights on the lab days: steady near the 40th WHO centile (for the Growth page)."""


def write_luca_labs_and_visits(diary: Diary, child_id: int, t: Timeline) -> None:
    results, kgs = [], []
    for (offset, tryptase, ige, kit), kg in zip(LAB_RESULTS, WEIGHTS_KG, strict=True):
        day = t.at(offset, t.first_dose)
        note = labs.BOUND_IGE_NOTE if offset == 28 else ""
        results += [
            {"taken_on": day, "analyte": Analyte.TRYPTASE, "value": tryptase, "ref_high": 11.4},
            {"taken_on": day, "analyte": Analyte.TOTAL_IGE, "value": ige, "ref_high": 200,
             "notes": note},
        ]  # fmt: skip
        if kit is not None:
            results.append({"taken_on": day, "analyte": Analyte.KIT_D816V, "value": kit})
        kgs.append({"date": day, "kg": kg})
    labs.add_labs(diary, child_id, results)
    weights.add_weights(diary, child_id, kgs)
    for (offset, *_), cm in zip(LAB_RESULTS, HEIGHTS_CM, strict=True):
        day = t.at(offset, t.first_dose)
        growth.save_measurement(diary, child_id, day, None, cm, today=t.today)
    visits.add_visits(diary, child_id, [
        {"date": t.at(offset, t.first_dose), "clinician": CLINICIAN, "questions": questions,
         "outcome": outcome}
        for offset, questions, outcome in luca_visits()
    ])  # fmt: skip


def luca_visits() -> tuple[tuple[int, str, str], ...]:
    """Clinic visits (days after the first dose); the last one is the next, still to come."""
    return (
        (-170, "Flushing and itch almost every day on cetirizine twice daily: what else can we do?",
         "Start oral cromolyn 100 mg four times daily. Keep a diary every evening. "
         "Blood tests taken."),
        (-58, "What happened at the anaphylaxis? Could it happen again? Can he do sport?",
         "No trigger found. Prednisone 10 mg daily for now. Omalizumab requested from the "
         "hospital pharmacy. Sport allowed with the auto-injector at hand."),
        (-4, "When can omalizumab start? How soon should it work?",
         "Omalizumab 150 mg every 4 weeks approved; first dose on the next visit. Baseline labs."),
        (28, "Almost no symptoms since the first dose. Can prednisone stop?",
         "Prednisone stopped today. Second dose given. IgE higher: expected with omalizumab."),
        (112, "Can the antihistamines be reduced?",
         "Cetirizine reduced to 5 mg twice daily. Famotidine and cromolyn unchanged."),
        (196, "Tummy is fine for months: can cromolyn be reduced?",
         "Cromolyn reduced to 50 mg four times daily. Tryptase stable."),
        (280, "Still quiet. Can cetirizine go down again?",
         "Cetirizine 5 mg once daily. Next labs in four months."),
        (400, "Symptoms came back when the dose was 8 days late: is that expected?\n"
         "Total IgE is still above 500: is that a problem?\nCan cromolyn be stopped?",
         "The effect depends on regular doses: keep every 28 days and book the next one before "
         "leaving. The IgE rise is expected under omalizumab (bound IgE is measured too). "
         "Keep cromolyn until the next visit."),
        (428, "Can cromolyn be stopped now?\nCan the dose be given 2-3 days early before the "
         "summer trip?\nWhen is the next KIT D816V test due?\nCould injections be given at home?",
         ""),
    )  # fmt: skip


# --------------------------------------------------------------------------- synthetic diaries


def write_synthetic_diary(
    diary: Diary, years: int, seed: int = 0, today: dt.date | None = None
) -> None:
    """A long, plausible diary for benchmarks: an entry almost every day, injections every 14
    days, about 200 episodes a year, labs, medication changes and visits."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    start = today - dt.timedelta(days=365 * years)
    with diary.transaction():
        child = children.create_child(
            diary,
            f"Synthetic child ({years} years, seed {seed})",
            start - dt.timedelta(days=3 * 365),
            Diagnosis.INDOLENT_SYSTEMIC,
            Sex.FEMALE,
            clinic=CLINIC,
        )
        doses = synthetic_doses(rng, start + dt.timedelta(days=60), today)
        plan = plan_synthetic_days(rng, start, today, doses)
        write_plan(diary, child.id, plan)
        write_synthetic_treatment(diary, rng, child.id, start, today, doses)


def synthetic_doses(rng: random.Random, first: dt.date, today: dt.date) -> list[dt.date]:
    """Every 14 days, mostly on time, now and then a few days late."""
    doses, day = [], first
    while day < today:
        doses.append(day)
        day += dt.timedelta(days=14 + (rng.randint(2, 7) if rng.random() < 0.05 else 0))
    return doses


def plan_synthetic_days(
    rng: random.Random, start: dt.date, today: dt.date, doses: Sequence[dt.date]
) -> DiaryPlan:
    """Scores follow a slow random walk, lower on therapy and rising at the end of each cycle."""
    plan = DiaryPlan()
    kinds = list(EPISODE_PROFILES)
    activity, dose_index, day = 1.0, -1, start
    while day < today:
        while dose_index + 1 < len(doses) and doses[dose_index + 1] <= day:
            dose_index += 1
        cycle = (day - doses[dose_index]).days if dose_index >= 0 else None
        base = 1.4 if cycle is None else 0.3 + 0.05 * max(0, cycle - 10)
        activity = max(0.0, base + 0.7 * (activity - base) + rng.gauss(0.0, 0.25))
        if rng.random() < 0.97:
            scores = active_scores(rng, activity)
            plan.days.append(DayPlan(day, scores, wellbeing=wellbeing_for(rng, scores)))
        for _ in range(rng.choices((0, 1, 2), (0.5, 0.45, 0.05))[0]):
            kind = rng.choice(kinds)
            severity = rng.choices(list(Severity), (0.7, 0.27, 0.03))[0]
            trigger = rng.choice(children.DEFAULT_TRIGGERS)
            plan.episodes.append(episode_of(rng, day, kind, severity, trigger))
        day += dt.timedelta(days=1)
    apply_episodes(plan)
    return plan


def write_synthetic_treatment(
    diary: Diary,
    rng: random.Random,
    child_id: int,
    start: dt.date,
    today: dt.date,
    doses: Sequence[dt.date],
) -> None:
    """Plan, injections, a yearly H1 change, steroid courses, labs, weights and visits."""
    plan = injections.set_plan(diary, child_id, doses[0], 300.0, 14)
    sites = list(InjectionSite)
    injections.add_injections(diary, child_id, [
        {"plan_id": plan.id, "given_at": local_moment(day, dt.time(9, 30)), "dose_mg": 300.0,
         "site": sites[index % len(sites)], "lot": f"LOT{index // 6:04d}",
         "place": Place.HOME if index % 2 else Place.CLINIC}
        for index, day in enumerate(doses)
    ])  # fmt: skip
    h1 = medications.start_medication(
        diary, child_id, "Cetirizine", DrugClass.H1_ANTIHISTAMINE, 10, "mg", start, "twice daily"
    )
    medications.start_medication(
        diary, child_id, "Famotidine", DrugClass.H2_ANTIHISTAMINE, 20, "mg", start, "twice daily"
    )
    for year in range(1, (today - start).days // 365):
        change_day = start + dt.timedelta(days=365 * year)
        _, h1 = medications.change_dose(diary, h1.id, 5 if year % 2 else 10, change_day)
        course = change_day + dt.timedelta(days=rng.randint(30, 300))
        medications.start_medication(
            diary, child_id, "Prednisone", DrugClass.CORTICOSTEROID_ORAL, 20, "mg", course,
            "once daily", "flare", end_date=course + dt.timedelta(days=4),
        )  # fmt: skip
    write_synthetic_checkups(diary, rng, child_id, start, today)


def write_synthetic_checkups(
    diary: Diary, rng: random.Random, child_id: int, start: dt.date, today: dt.date
) -> None:
    """Labs twice a year (KIT once a year), a weight and a visit every three months."""
    kgs, checkups, results = [], [], []
    for quarter in range(1, (today - start).days // 91 + 1):
        day = start + dt.timedelta(days=91 * quarter - 5)
        kgs.append({"date": day, "kg": round(18 + 0.8 * quarter + rng.uniform(-0.3, 0.3), 1)})
        question, outcome = "Any change to the plan?", "No change."
        checkups.append(
            {"date": day, "clinician": CLINICIAN, "questions": question, "outcome": outcome}
        )
        values = {
            Analyte.TRYPTASE: round(rng.uniform(18, 28), 1),
            Analyte.TOTAL_IGE: round(rng.uniform(400, 700)),
            Analyte.KIT_D816V: round(rng.uniform(0.2, 0.5), 2),
        }
        if quarter % 4 != 0:
            del values[Analyte.KIT_D816V]
        if quarter % 2 == 0:
            results += [{"taken_on": day, "analyte": a, "value": v} for a, v in values.items()]
    weights.add_weights(diary, child_id, kgs)
    visits.add_visits(diary, child_id, checkups)
    labs.add_labs(diary, child_id, results)


# --------------------------------------------------------------------------- urticaria
#
# A teenager with chronic spontaneous urticaria (docs/urticaria.md): four weeks of severe
# disease on up-dosed antihistamine, then omalizumab 300 mg every 4 weeks.  The weekly UAS7
# falls from the severe band to well controlled; the fourth dose is given 6 days late and the
# hives come back for those days.  A few evenings are missed, so some weeks are estimated.

CSU_DOSE_MG = 300.0
CSU_BASELINE_DAYS = 28
CSU_LATE_DOSE = 3  # index of the dose given late
CSU_LATE_DAYS = 6
CSU_MISSED = (5, 40, 41, 77, 120, 121, 122)  # days after the start without an entry

# The week's target UAS7 by week after the first dose (baseline: 32, severe).
CSU_TARGETS = (24, 16, 11, 8, 6, 5, 4, 3, 3, 2, 2)


@dataclass(frozen=True)
class UrticariaTimeline:
    """Days of the urticaria story, all relative to ``today``."""

    today: dt.date
    weeks: int = 26

    @property
    def start(self) -> dt.date:
        return self.today - dt.timedelta(days=7 * self.weeks - 1)

    @property
    def first_dose(self) -> dt.date:
        return self.start + dt.timedelta(days=CSU_BASELINE_DAYS)

    @property
    def doses(self) -> list[dt.date]:
        days, day = [], self.first_dose
        while day <= self.today:
            days.append(day)
            late = CSU_LATE_DAYS if len(days) == CSU_LATE_DOSE else 0
            day += dt.timedelta(days=28 + late)
        return days

    def target_daily_uas(self, day: dt.date) -> float:
        """The day's expected UAS: the weekly target / 7, higher while a dose is overdue."""
        if day < self.first_dose:
            return 32 / 7
        week = (day - self.first_dose).days // 7
        target = CSU_TARGETS[min(week, len(CSU_TARGETS) - 1)]
        late_dose = self.doses[CSU_LATE_DOSE] if len(self.doses) > CSU_LATE_DOSE else None
        if late_dose and late_dose - dt.timedelta(days=CSU_LATE_DAYS + 3) <= day < late_dose:
            target = 14  # the hives come back while the dose is late
        return target / 7


def plan_urticaria_days(rng: random.Random, t: UrticariaTimeline) -> list[DayPlan]:
    """Daily wheals, itch (0–3) and angioedema (0/1) around the day's expected UAS."""
    missed = {t.start + dt.timedelta(days=k) for k in CSU_MISSED}
    days = []
    for k in range((t.today - t.start).days + 1):
        day = t.start + dt.timedelta(days=k)
        if day in missed:
            continue
        level = t.target_daily_uas(day)
        wheals = _clamp(rng.gauss(level / 2, 0.5), 0, 3)
        itch = _clamp(rng.gauss(level / 2, 0.5), 0, 3)
        swelling = int(rng.random() < (0.25 if level > 3 else 0.02))
        scores = {"uas_wheals": wheals, "uas_itch": itch, "angioedema": swelling}
        days.append(DayPlan(day, scores, notes="Swollen lips this morning." if swelling else ""))
    return days


def write_urticaria_demo(diary: Diary, today: dt.date, rng: random.Random) -> int:
    """Sara, 15, with chronic spontaneous urticaria; written through the bulk forms. Her id."""
    t = UrticariaTimeline(today)
    fields = {
        "name": "Sara Bianchi",
        "birth_date": today - dt.timedelta(days=15 * 365 + 40),
        "sex": Sex.FEMALE,
        "condition": Condition.CHRONIC_SPONTANEOUS_URTICARIA,
        "clinic": CLINIC,
        "notes": "Chronic spontaneous urticaria for two years; angioedema of the lips at times.",
    }
    child_id = children.add_child_record(diary, fields)
    children.add_symptoms(
        diary,
        child_id,
        [
            {"key": s.key, "label": s.label, "position": i, "scale_max": s.scale_max}
            for i, s in enumerate(URTICARIA_SYMPTOMS)
        ],
    )
    children.add_triggers(
        diary, child_id, [{"label": label} for label in children.DEFAULT_TRIGGERS]
    )
    plan = DiaryPlan(days=plan_urticaria_days(rng, t))
    write_plan(diary, child_id, plan)
    (plan_id,) = injections.add_plans(
        diary, child_id, [{"start_date": t.first_dose, "dose_mg": CSU_DOSE_MG, "interval_days": 28}]
    )
    late_note = f"Given {CSU_LATE_DAYS} days late: Sara had a fever that week."
    injections.add_injections(
        diary,
        child_id,
        [
            {
                "plan_id": plan_id,
                "given_at": local_moment(day, dt.time(9, 30)),
                "dose_mg": CSU_DOSE_MG,
                "site": list(InjectionSite)[index % len(InjectionSite)],
                "place": Place.CLINIC,
                "given_by": NURSE,
                "local_reaction": LocalReaction.NONE,
                "notes": late_note if index == CSU_LATE_DOSE else "",
            }
            for index, day in enumerate(t.doses)
        ],
    )
    medications.add_medications(
        diary,
        child_id,
        [
            {
                "name": "Cetirizine",
                "drug_class": DrugClass.H1_ANTIHISTAMINE,
                "dose": 10,
                "unit": "mg",
                "frequency": "four times daily (up-dosed)",
                "reason": "hives and itch",
                "start_date": t.start - dt.timedelta(days=90),
            }
        ],
    )
    return child_id
