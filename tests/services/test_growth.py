"""Growth: measurements through the write seam, WHO centiles from the package's own tables."""

import datetime as dt

import pytest

from masto_diary.errors import ValidationError
from masto_diary.services import children, growth


@pytest.fixture
def boy(diary):
    return children.create_child(diary, "Leo", dt.date(2016, 1, 1), sex="male").id


def test_weights_and_heights_are_saved_by_day_and_replaced(diary, boy):
    day = dt.date(2026, 1, 1)
    growth.save_measurement(diary, boy, day, 30.0, None)
    growth.save_measurement(diary, boy, day, None, 132.0)
    growth.save_measurement(diary, boy, day, 31.0, None)
    (point,) = growth.growth(diary, boy).points
    assert (point.day, point.kg, point.cm, point.age_days) == (day, 31.0, 132.0, 3653)
    growth.delete_measurement(diary, boy, day)
    assert growth.growth(diary, boy).points == ()


def test_limits_are_the_models(diary, boy):
    with pytest.raises(ValidationError):
        growth.save_measurement(diary, boy, dt.date(2026, 1, 1), None, 400.0)
    with pytest.raises(ValidationError):
        growth.save_measurement(diary, boy, dt.date(2026, 1, 1), None, None)
    assert growth.growth(diary, boy).points == ()


def test_who_median_is_the_50th_centile():
    # WHO 2007 reference, boys at 120 months: median height 137.8 cm
    age = round(120 * 30.4375)
    z = growth.z_score("lhfa", "male", age, 137.8)
    assert abs(z) < 0.05 and abs(growth.centile_of(z) - 50) < 2
    assert growth.z_score("lhfa", "male", age, 125.0) < -2
    assert growth.z_score("wfa", "male", 12 * 365, 40.0) is None  # WHO: weight to 10 years
    assert growth.z_score("lhfa", None, age, 137.8) is None  # no sex, no centile
    lines = growth.centile_lines("lhfa", "male", age, age + 365, points=4)
    assert lines[3][1][0] < lines[50][1][0] < lines[97][1][0]


def test_a_height_falling_more_than_one_centile_space_is_flagged(diary, boy):
    for year, cm in ((2022, 122.0), (2023, 128.0), (2024, 131.0), (2025, 133.0)):
        growth.save_measurement(diary, boy, dt.date(year, 1, 1), None, cm)
    data = growth.growth(diary, boy)
    falling = growth.falling_height(data)
    assert falling is not None and falling.latest.day == dt.date(2025, 1, 1)
    assert falling.peak.height_z - falling.latest.height_z > growth.CENTILE_SPACE_Z
    assert growth.falling_height(data, dt.date(2023, 6, 1)) is None  # steady until then
