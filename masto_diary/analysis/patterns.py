"""Patterns: does the injection's effect wear off, and which triggers went with more episodes?

Two questions every family and allergist bring to a visit, answered with the care of a clinical
analysis and with a plain "cannot tell" when the diary is too thin (docs/patterns.md gives the
methods, the calibration and the power figures).

* **Wear-off** (:func:`wear_off`): within each dose cycle given on time, the mean daily score of
  the cycle's last days minus the mean of its middle days; each cycle is its own control, so
  seasons and the slow course of the disease cancel.  The cycles' rises are summed up with a
  one-sample t-test, its 95 % interval and the number of cycles.
  Cycles whose next dose came late are shown apart: the days past the due date are a missed
  dose, not wear-off.
* **Triggers** (:func:`trigger_findings`): the diary has no exposure log, only the triggers a
  family writes on an episode, so a trigger's *logged days* are the only exposure days we can
  see, and each of them is an episode day by construction: the same day cannot be studied.  What
  can be: were there more episodes in the next one or two days after a day put down to this
  trigger than after the other episode days?  The comparison is stratified by the part of the
  dose cycle and the season (of that year); the estimate is the Mantel-Haenszel ratio of episode
  days per day followed, with the Greenland-Robins interval, and the test the exact conditional
  (stratified hypergeometric) test, which stays valid for the few days a diary has.
* Every test of one call is one family for the false discovery rate
  (Benjamini-Hochberg): a finding is *stated* only when
  it passes and its interval lies clear of "no effect".

Pure functions on :class:`DiaryData`, numpy and the standard library only: the distributions
(t, normal, hypergeometric, Benjamini-Hochberg) are in :mod:`.distributions`, which says why
not scipy (the bundle), and the tests check every one of them against scipy.
"""

import datetime as dt
import math
from dataclasses import dataclass, field, replace

import numpy as np

from masto_diary.analysis import distributions as dist
from masto_diary.analysis.cycle import ON_TIME_TOLERANCE_DAYS, days_since_injection
from masto_diary.analysis.scores import daily_symptom_score
from masto_diary.analysis.series import DEFAULT_INTERVAL_DAYS, DiaryData

FDR_Q = 0.05
"""False discovery rate over all the tests of one diary and period."""

WEAR_MIN_CYCLES = 6
"""Fewer on-time cycles than this and the wear-off question is "too few cycles to tell"."""

TRIGGER_MIN_DAYS = 5
"""A trigger logged on fewer days is not tested (listed as "not enough to tell")."""

FOLLOW_DAYS = (1,)
"""The lag studied: the next day (docs/patterns.md says why not the day after too)."""

POWER = 0.8
DOUBLING = 2.0
""""What would be needed" is the number of logged days to tell a doubling apart from chance."""

CYCLE_BANDS = 4
"""The dose cycle is cut into quarters for the trigger strata (a fifth band: past the interval,
a sixth: no injection yet)."""


# --------------------------------------------------------------------------- wear-off


@dataclass(frozen=True)
class CycleRise:
    """One dose cycle: its days, how late the next dose was and the rise of its last days.

    ``last`` is the mean score of the cycle's last days (for a late cycle: the days past the
    due date), ``middle`` the mean of its middle days, ``rise = last - middle``.
    """

    start: dt.date
    end: dt.date
    days_late: int
    middle: float
    last: float

    @property
    def rise(self) -> float:
        return self.last - self.middle


@dataclass(frozen=True)
class WearOff:
    """The wear-off answer for one period (see :func:`wear_off`).

    ``verdict`` is ``"too_few"`` (fewer than ``needed`` usable on-time cycles), ``"rise"``
    (stated: passes the false discovery rate and the interval lies above 0) or ``"no_rise"``.
    ``rise``/``low``/``high`` are in ``units`` (``"score"``: daily score points; ``"uas7"``: a
    week's UAS7 points, i.e. 7 x the daily UAS).  ``p`` is the t-test's two-sided p-value,
    ``q`` its false-discovery-adjusted value (set by :func:`patterns`).
    """

    last_days: int
    middle_days: tuple[int, int]
    cycles: tuple[CycleRise, ...]
    late: tuple[CycleRise, ...]
    units: str = "score"
    rise: float | None = None
    low: float | None = None
    high: float | None = None
    p: float | None = None
    q: float | None = None
    needed: int = WEAR_MIN_CYCLES

    @property
    def n_cycles(self) -> int:
        return len(self.cycles)

    @property
    def verdict(self) -> str:
        if self.n_cycles < self.needed or self.rise is None:
            return "too_few"
        return "rise" if self.stated else "no_rise"

    @property
    def stated(self) -> bool:
        return self.q is not None and self.q <= FDR_Q and self.low is not None and self.low > 0


def window_days(interval: int) -> tuple[int, tuple[int, int]]:
    """The last-days window and the middle days (first, last cycle day) for an interval.

    Last days: a quarter of the interval, 3 to 7 days (7 for every 4 weeks: the last week).
    Middle: the second and third quarters of the interval, ending before the last days.
    """
    last = min(7, max(3, round(interval / 4)))
    first = max(1, round(interval / 4))
    end = min(round(3 * interval / 4) - 1, interval - last - 1)
    return last, (first, max(first, end))


def _mean_if_enough(values: np.ndarray) -> float | None:
    """Mean of the recorded days, when at least half of the window was recorded."""
    seen = values[~np.isnan(values)]
    return float(seen.mean()) if len(values) and 2 * len(seen) >= len(values) else None


def wear_off(
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    score: np.ndarray | None = None,
    units: str = "score",
) -> WearOff:
    """Is the score higher in the last days of a cycle than in its middle, over on-time cycles?

    A cycle runs from one injection to the day before the next, and counts when it lies inside
    the period.  It is *on time* when the next dose came within ±3 days of its due date, *late*
    when later (its overdue days are shown apart, never counted as wear-off), and left out when
    early.  A cycle is usable when at least half of both windows were recorded.  ``score`` is
    the daily series to use (default: the daily symptom score); with ``units="uas7"`` the daily
    UAS is given and the effect is reported x7, in UAS7 points.
    """
    lo, hi = data.resolve_period(start, end)
    values = daily_symptom_score(data) if score is None else np.asarray(score, np.float64)
    scale = 7.0 if units == "uas7" else 1.0
    interval = data.interval_days or (
        data.injections[-1].interval_days if data.injections else DEFAULT_INTERVAL_DAYS
    )
    last_days, (mid_first, mid_last) = window_days(interval)
    on_time: list[CycleRise] = []
    late: list[CycleRise] = []
    for given, following in zip(data.injections, data.injections[1:], strict=False):
        if given.day < lo or following.day - dt.timedelta(days=1) > hi:
            continue
        rise = _cycle_rise(data, values, given, following, last_days, (mid_first, mid_last))
        if rise is None:
            continue
        rise = replace(rise, middle=rise.middle * scale, last=rise.last * scale)
        if abs(rise.days_late) <= ON_TIME_TOLERANCE_DAYS:
            on_time.append(rise)
        elif rise.days_late > ON_TIME_TOLERANCE_DAYS:
            late.append(rise)
    result = WearOff(last_days, (mid_first, mid_last), tuple(on_time), tuple(late), units)
    if len(on_time) < WEAR_MIN_CYCLES:
        return result
    rises = np.array([c.rise for c in on_time])
    if np.ptp(rises) == 0:  # every cycle the same: no spread, no test (and no rise to state)
        return replace(result, rise=float(rises[0]), p=1.0)
    mean, df = float(rises.mean()), len(rises) - 1
    error = float(rises.std(ddof=1)) / math.sqrt(len(rises))
    spread = dist.t_quantile(0.975, df) * error
    return replace(
        result,
        rise=mean,
        low=mean - spread,
        high=mean + spread,
        p=dist.t_two_sided_p(mean / error, df),
    )


def _cycle_rise(data, values, given, following, last_days, middle) -> CycleRise | None:
    """One cycle's middle and last means (late: the overdue days), None when too thin."""
    first = data.index_of(given.day)
    next_dose = data.index_of(following.day)
    days_late = (following.day - given.day).days - given.interval_days
    if first < 0 or next_dose > data.n_days or next_dose - first <= middle[1] + 1:
        return None
    mid = _mean_if_enough(values[first + middle[0] : first + middle[1] + 1])
    if days_late > ON_TIME_TOLERANCE_DAYS:
        tail = values[first + given.interval_days + 1 : next_dose]  # the days past the due date
    else:
        tail = values[max(next_dose - last_days, first + middle[1] + 1) : next_dose]
    last = _mean_if_enough(tail)
    if mid is None or last is None:
        return None
    end = following.day - dt.timedelta(days=1)
    return CycleRise(given.day, end, days_late, mid, last)


# --------------------------------------------------------------------------- triggers


@dataclass(frozen=True)
class TriggerFinding:
    """How episodes went in the next one or two days after the days one trigger was logged.

    ``logged_days``: days with an episode naming the trigger (the exposures the diary shows).
    ``followed``/``followed_with``: the days in the next 1-2 days after them and how many of
    those had an episode; ``reference``/``reference_with``: the same after the other episode
    days.  ``ratio`` (Mantel-Haenszel, stratified by cycle part and season), ``low``/``high``
    (95 %, Greenland-Robins), ``p`` (exact, one-sided: more episodes) and ``q`` (after the
    false discovery rate) are None when the trigger was not tested.  ``needed_days``: about how
    many logged days would tell a doubling apart from chance (None when it cannot be said).
    """

    label: str
    logged_days: int
    followed: int
    followed_with: int
    reference: int
    reference_with: int
    ratio: float | None = None
    low: float | None = None
    high: float | None = None
    p: float | None = None
    q: float | None = None
    needed_days: int | None = None

    @property
    def tested(self) -> bool:
        return self.p is not None

    @property
    def stated(self) -> bool:
        return self.q is not None and self.q <= FDR_Q and self.low is not None and self.low > 1


def strata(data: DiaryData) -> np.ndarray:
    """Per diary day, its stratum: the part of the dose cycle crossed with the season of the year.

    Cycle parts: quarters of the interval, past the interval, no injection yet.  Seasons are
    meteorological (December belongs to the following year's winter), so a 10-year diary has
    40 seasons: the slow course of the disease over the years is adjusted for as well.
    """
    since = days_since_injection(data)
    intervals = _interval_per_day(data)
    band = np.where(
        since < 0, CYCLE_BANDS + 1, np.minimum(since * CYCLE_BANDS // intervals, CYCLE_BANDS)
    )
    day = data.days.astype("datetime64[M]").astype(np.int64)  # months since 1970-01
    season = (day + 1) // 3  # Dec-Jan-Feb share one number, and so on
    return season * (CYCLE_BANDS + 2) + band


def _interval_per_day(data: DiaryData) -> np.ndarray:
    """Per day, the interval of the last injection on or before it (default before any)."""
    if not data.injections:
        return np.full(data.n_days, DEFAULT_INTERVAL_DAYS)
    offsets = np.array([data.index_of(i.day) for i in data.injections])
    widths = np.array([max(1, i.interval_days) for i in data.injections])
    last = np.searchsorted(offsets, np.arange(data.n_days), side="right") - 1
    return np.where(last >= 0, widths[np.maximum(last, 0)], DEFAULT_INTERVAL_DAYS)


@dataclass(frozen=True)
class _Days:
    """The period's per-day arrays the trigger tests share (built once per call)."""

    window: slice
    episode: np.ndarray
    stratum: np.ndarray
    after_episode: np.ndarray
    by_label: dict[str, np.ndarray] = field(default_factory=dict)


def _follow(mask: np.ndarray) -> np.ndarray:
    """Days that lie 1 or 2 days after a day of ``mask``."""
    out = np.zeros_like(mask)
    for lag in FOLLOW_DAYS:
        out[lag:] |= mask[:-lag]
    return out


def _day_arrays(data: DiaryData, lo: dt.date, hi: dt.date) -> _Days:
    window = data.period_slice(lo, hi)
    n = data.n_days
    episode = data.episodes_per_day() > 0
    by_label: dict[str, np.ndarray] = {}
    for record in data.episodes:
        index = data.index_of(record.day)
        if not window.start <= index < window.stop:
            continue
        for label in set(record.triggers):
            by_label.setdefault(label, np.zeros(n, bool))[index] = True
    in_period = np.zeros(n, bool)
    in_period[window] = True
    return _Days(window, episode, strata(data), _follow(episode & in_period) & in_period, by_label)


def trigger_findings(
    data: DiaryData, start: dt.date | None = None, end: dt.date | None = None
) -> tuple[TriggerFinding, ...]:
    """One finding per trigger logged in the period, most logged days first (see the module).

    ``q`` is left None here: :func:`patterns` sets it over the whole family of tests.
    """
    lo, hi = data.resolve_period(start, end)
    days = _day_arrays(data, lo, hi)
    found = [_one_trigger(days, label, mask) for label, mask in days.by_label.items()]
    tested = sum(1 for f in found if f.tested)
    found = [_with_needed(f, max(tested, 1)) for f in found]
    return tuple(sorted(found, key=lambda f: (-f.logged_days, f.label)))


def _one_trigger(days: _Days, label: str, logged: np.ndarray) -> TriggerFinding:
    exposed = _follow(logged) & days.after_episode
    reference = days.after_episode & ~exposed
    counts = (
        int(logged.sum()),
        int(exposed.sum()),
        int((exposed & days.episode).sum()),
        int(reference.sum()),
        int((reference & days.episode).sum()),
    )
    finding = TriggerFinding(label, *counts)
    if counts[0] < TRIGGER_MIN_DAYS:
        return finding
    table = stratified_table(days.stratum, exposed, reference, days.episode)
    ratio, low, high = mantel_haenszel_ratio(*table)
    return TriggerFinding(label, *counts, ratio, low, high, exact_stratified_p(*table))


def stratified_table(
    stratum: np.ndarray, exposed: np.ndarray, reference: np.ndarray, outcome: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per stratum: exposed days, exposed days with the outcome, reference days, reference
    days with the outcome (strata with nobody in them are dropped)."""
    keys, index = np.unique(stratum, return_inverse=True)

    def count(mask: np.ndarray) -> np.ndarray:
        return np.bincount(index[mask], minlength=len(keys))

    n1, a = count(exposed), count(exposed & outcome)
    n0, b = count(reference), count(reference & outcome)
    keep = (n1 + n0) > 0
    return n1[keep], a[keep], n0[keep], b[keep]


def mantel_haenszel_ratio(
    n1: np.ndarray, a: np.ndarray, n0: np.ndarray, b: np.ndarray
) -> tuple[float | None, float | None, float | None]:
    """Mantel-Haenszel ratio of proportions over strata, with its 95 % interval.

    Variance of its logarithm: Greenland & Robins (Biometrics 1985;41:55-68).  Written by hand:
    neither scipy nor statsmodels has it (statsmodels' StratifiedTable pools odds ratios and
    gives the risk ratio without an interval); the tests check it against the single-table
    (Katz) interval and a second, exact-fraction implementation.  Returns ``(None, None,
    None)`` when no stratum compares both groups, a ratio of 0 or infinity without interval.
    """
    total = (n1 + n0).astype(np.float64)
    both = (n1 > 0) & (n0 > 0)
    if not both.any():
        return None, None, None
    n1, a, n0, b, total = n1[both], a[both], n0[both], b[both], total[both]
    r = (a * n0 / total).sum()
    s = (b * n1 / total).sum()
    if r == 0 or s == 0:
        return (0.0 if r == 0 else math.inf), None, None
    m = a + b
    variance = ((m * n1 * n0 - a * b * total) / total**2).sum() / (r * s)
    ratio = r / s
    spread = dist.normal_quantile(0.975) * math.sqrt(max(variance, 0.0))
    return float(ratio), float(ratio * math.exp(-spread)), float(ratio * math.exp(spread))


def exact_stratified_p(n1: np.ndarray, a: np.ndarray, n0: np.ndarray, b: np.ndarray) -> float:
    """One-sided exact p-value for "more outcome days in the exposed group", strata fixed.

    Given each stratum's margins, the exposed days with the outcome follow a hypergeometric law
    under "no association"; their sum over strata follows the
    convolution of those laws (the exact test behind Mantel-Haenszel, as in R's
    ``mantelhaen.test(exact=TRUE)``).  The p-value is the chance of a sum at least as large.
    """
    m = a + b
    live = (n1 > 0) & (n0 > 0) & (m > 0)
    if not live.any():
        return 1.0
    n1, m, total = n1[live], m[live], (n1 + n0)[live]
    support = np.minimum(n1, m)
    k = np.arange(int(support.max()) + 1)
    pmf = dist.hypergeom_pmf(k[None, :], total[:, None], m[:, None], n1[:, None])
    law = np.array([1.0])
    for row, top in zip(pmf, support, strict=True):
        law = np.convolve(law, row[: top + 1])
    observed = int(a[live].sum())
    return min(1.0, float(law[observed:].sum()))


def _with_needed(finding: TriggerFinding, tests: int) -> TriggerFinding:
    """About how many logged days would tell a doubling of episode days apart from chance.

    A normal approximation of the log ratio's variance (Katz: ``(1 - p) / (n p)`` for each
    group), the exposed group's share of days with an episode doubled and the rest of the diary
    growing in step with the trigger's logged days; the level is 5 % shared over the triggers
    tested (Bonferroni, a little stricter than the false discovery rate), the power 80 %.  A
    planning figure, not a promise: the words say "about".  Written by hand: a two-line formula
    that no library offers for this design.
    """
    if finding.reference_with == 0 or finding.logged_days == 0 or finding.followed == 0:
        return finding
    p0 = finding.reference_with / finding.reference
    p1 = min(DOUBLING * p0, 0.95)
    z = dist.normal_quantile(1 - FDR_Q / (2 * tests)) + dist.normal_quantile(POWER)
    variance_now = (1 - p1) / (finding.followed * p1) + (1 - p0) / finding.reference_with
    growth = variance_now / (math.log(p1 / p0) / z) ** 2
    return replace(finding, needed_days=math.ceil(finding.logged_days * growth))


# --------------------------------------------------------------------------- together


@dataclass(frozen=True)
class Patterns:
    """Wear-off and the triggers of one period, with the false discovery rate applied to all."""

    start: dt.date
    end: dt.date
    wear_off: WearOff
    triggers: tuple[TriggerFinding, ...]

    @property
    def stated_triggers(self) -> tuple[TriggerFinding, ...]:
        return tuple(f for f in self.triggers if f.stated)

    @property
    def any_stated(self) -> bool:
        return self.wear_off.stated or bool(self.stated_triggers)

    @property
    def tests(self) -> int:
        return (self.wear_off.p is not None) + sum(1 for f in self.triggers if f.tested)


def patterns(
    data: DiaryData,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    score: np.ndarray | None = None,
    units: str = "score",
) -> Patterns:
    """Wear-off and triggers for one period, the false discovery rate over all their tests."""
    lo, hi = data.resolve_period(start, end)
    wear = wear_off(data, lo, hi, score=score, units=units)
    found = trigger_findings(data, lo, hi)
    p_values = [wear.p] if wear.p is not None else []
    p_values += [f.p for f in found if f.p is not None]
    if not p_values:
        return Patterns(lo, hi, wear, found)
    adjusted = iter(dist.benjamini_hochberg(p_values).tolist())
    if wear.p is not None:
        wear = replace(wear, q=next(adjusted))
    found = tuple(replace(f, q=next(adjusted)) if f.tested else f for f in found)
    return Patterns(lo, hi, wear, found)
