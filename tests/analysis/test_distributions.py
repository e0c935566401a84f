"""The hand-written distributions against scipy, their well-kept second implementation.

analysis/distributions.py says why the app does not use scipy itself (the bundle); here every
function is compared with scipy over a grid that covers what the patterns ask of it.
"""

import numpy as np
import pytest
from scipy import special, stats

from masto_diary.analysis import distributions as dist


@pytest.mark.parametrize("df", [1, 2, 3, 5, 7, 12, 30, 120, 1000])
def test_t_tail_and_quantile_agree_with_scipy(df) -> None:
    for t in (0.0, 0.1, 0.5, 1.0, 1.96, 2.5, 4.0, 10.0, 50.0):
        assert dist.t_two_sided_p(t, df) == pytest.approx(
            2 * stats.t.sf(t, df), rel=1e-9, abs=1e-300
        )
    for p in (0.5, 0.6, 0.9, 0.975, 0.995, 0.9999, 0.025, 0.001):
        assert dist.t_quantile(p, df) == pytest.approx(stats.t.ppf(p, df), rel=1e-9, abs=1e-12)


def test_incomplete_beta_agrees_with_scipy() -> None:
    for a in (0.5, 1.0, 2.5, 10.0, 60.0):
        for b in (0.5, 1.0, 3.0, 40.0):
            for x in (0.0, 1e-6, 0.01, 0.3, 0.5, 0.77, 0.999, 1.0):
                expected = special.betainc(a, b, x)
                assert dist.incomplete_beta(a, b, x) == pytest.approx(expected, rel=1e-9, abs=1e-15)


def test_normal_quantile_agrees_with_scipy() -> None:
    for p in (1e-6, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.99875):
        assert dist.normal_quantile(p) == pytest.approx(stats.norm.ppf(p), rel=1e-12)


def test_hypergeometric_law_agrees_with_scipy() -> None:
    k = np.arange(0, 60)
    for total, marked, drawn in ((10, 3, 4), (60, 20, 15), (400, 150, 60), (3650, 900, 40)):
        got = dist.hypergeom_pmf(k, total, marked, drawn)
        expected = stats.hypergeom.pmf(k, total, marked, drawn)
        assert got == pytest.approx(expected, rel=1e-9, abs=1e-300)
    assert dist.hypergeom_pmf(np.arange(10), 10, 3, 4).sum() == pytest.approx(1.0)


def test_benjamini_hochberg_agrees_with_scipy() -> None:
    rng = np.random.default_rng(2)
    for m in (1, 2, 5, 13):
        p = rng.random(m) ** 3
        assert dist.benjamini_hochberg(p) == pytest.approx(stats.false_discovery_control(p))
    assert list(dist.benjamini_hochberg([])) == []


def test_t_quantile_refuses_a_probability_outside_zero_and_one() -> None:
    with pytest.raises(ValueError):
        dist.t_quantile(1.0, 5)
