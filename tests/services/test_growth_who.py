"""Growth against WHO, checked from outside (issue 22, item 8).

* The z-scores agree to 0.01 SD with an independent implementation, ``rcpchgrowth`` (the
  RCPCH's maintained library, its own copy of the WHO 2006/2007 tables and its own LMS
  code), at 50 ages from birth to 19 years for both sexes: height, weight (to 10 years) and
  BMI (from 5 years).  The app read the 2007 reference at the nearest month before.
* Impossible measurements are refused with a sentence (before the birth, in the future) and
  implausible ones (beyond WHO's flags) are kept only when confirmed: in the window by the
  parent, in an import file by ``"confirmed": true`` (which the export writes).
"""

import datetime as dt
import json
import random

import pytest
from rcpchgrowth.global_functions import sds_for_measurement

from masto_diary.errors import ValidationError
from masto_diary.exchange.json_format import export_document, import_document, read_document
from masto_diary.services import children, growth

INDICATORS = (("lhfa", "height", 0), ("wfa", "weight", 0), ("bfa", "bmi", growth.BMI_FROM_DAYS))
BIRTH = dt.date(2018, 3, 1)


def ages(first: int, last: int, n: int = 50, seed: int = 22) -> list[int]:
    """``n`` ages in days spread over the range, each month boundary avoided (a real test)."""
    rng = random.Random(seed)
    step = (last - first) / n
    return [int(first + step * i + rng.uniform(0, step - 1)) for i in range(n)]


@pytest.mark.parametrize("sex", ["male", "female"])
@pytest.mark.parametrize(("indicator", "method", "first"), INDICATORS)
def test_z_scores_agree_with_rcpchgrowth(indicator, method, first, sex):
    last = int(growth.MAX_AGE_DAYS[indicator]) - 1
    rng = random.Random(f"{indicator}{sex}")
    worst = 0.0
    for age in ages(max(first, 1), last):
        l_, m, s = growth.lms(indicator, sex, age)
        value = round(growth.value_at(l_, m, s, rng.uniform(-2.9, 2.9)), 1)
        mine = growth.z_score(indicator, sex, age, value)
        theirs = sds_for_measurement("who", age / 365.25, method, value, sex)
        worst = max(worst, abs(mine - theirs))
    assert worst < 0.01


def test_between_two_months_the_centile_moves_by_day():
    """At 7 years and a half month, the L, M, S lie between the two months' rows."""
    months = 84.5
    age = round(months * growth.DAYS_PER_MONTH)
    low, high = growth.lms("lhfa", "male", round(84 * growth.DAYS_PER_MONTH) + 1), None
    high = growth.lms("lhfa", "male", round(85 * growth.DAYS_PER_MONTH))
    middle = growth.lms("lhfa", "male", age)
    assert low[1] < middle[1] < high[1]


def test_bmi_from_five_years_and_why_no_weight_centile_after_ten(diary):
    child = children.create_child(diary, "Leo", BIRTH - dt.timedelta(days=365 * 7), sex="male")
    day = dt.date(2024, 5, 1)
    growth.save_measurement(diary, child.id, day, 40.0, 150.0, today=day)
    (point,) = growth.growth(diary, child.id).points
    assert point.weight_z is None  # WHO has no weight-for-age after 10 years
    assert point.bmi == pytest.approx(40.0 / 1.5**2)
    assert point.bmi_z == pytest.approx(sds_for_measurement(
        "who", point.age_days / 365.25, "bmi", point.bmi, "male"), abs=0.01)  # fmt: skip


@pytest.mark.parametrize(
    ("day", "kg", "cm", "says"),
    [
        (BIRTH - dt.timedelta(days=730), 12.0, None, "before the child's birth"),
        (dt.date(2199, 1, 1), 20.0, None, "in the future"),
    ],
)
def test_impossible_days_are_refused(diary, day, kg, cm, says):
    child = children.create_child(diary, "Mia", BIRTH, sex="female")
    with pytest.raises(ValidationError, match=says):
        growth.save_measurement(diary, child.id, day, kg, cm, confirmed=True)
    assert growth.growth(diary, child.id).points == ()


@pytest.mark.parametrize(("kg", "cm"), [(290.0, None), (None, 249.0), (0.001, None)])
def test_implausible_values_need_a_confirmation(diary, kg, cm):
    child = children.create_child(diary, "Ada", BIRTH, sex="female")
    day = BIRTH + dt.timedelta(days=8 * 365)  # an 8-year-old
    with pytest.raises(growth.ImplausibleMeasurementError, match="far outside WHO"):
        growth.save_measurement(diary, child.id, day, kg, cm, today=day)
    assert growth.growth(diary, child.id).points == ()
    growth.save_measurement(diary, child.id, day, kg, cm, confirmed=True, today=day)
    assert len(growth.growth(diary, child.id).points) == 1


def _document(kg: float, confirmed: bool | None) -> dict:
    weight = {"date": "2026-01-10", "kg": kg}
    if confirmed is not None:
        weight["confirmed"] = confirmed
    return {
        "format": "masto-diary",
        "version": 1,
        "exported_at": "2026-02-01T10:00:00Z",
        "children": [
            {"name": "Ugo", "birth_date": "2018-03-01", "sex": "male", "weights": [weight]}
        ],
    }


def import_json(diary, document: dict) -> None:
    import_document(diary, read_document(json.dumps(document).encode()))


def test_the_import_refuses_an_unconfirmed_implausible_weight(diary):
    with pytest.raises(ValidationError, match=r'children\[0\]\.weights.*"confirmed": true'):
        import_json(diary, _document(290.0, None))
    import_json(diary, _document(290.0, True))
    exported = export_document(diary)["children"][0]["weights"]
    assert exported == [{"date": "2026-01-10", "kg": 290.0, "confirmed": True}]


def test_the_import_refuses_a_weight_before_birth(diary):
    document = _document(12.0, True)
    document["children"][0]["weights"][0]["date"] = "2016-01-01"
    with pytest.raises(ValidationError, match="before the child's birth"):
        import_json(diary, document)
