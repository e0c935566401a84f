"""The few distributions the patterns need, in numpy and the standard library.

Why not scipy: it was the first choice (issue 23 prefers it), and it was measured.  With
``scipy.stats`` the Linux bundle grew by 69 MB (scipy 38.5 MB and its own OpenBLAS and Fortran
runtime 30.8 MB, which numpy's cannot stand in for) to 228 MB, over the 180 MB the bundle must
stay under; ``scipy.special`` alone still needs that OpenBLAS (about 39 MB).  Its import also
cost 0.7-0.9 s on the first opening of the view.  So these five functions are written here,
each short and each checked in ``tests/analysis/test_distributions.py`` against scipy (a test
dependency) over a grid of values:

* Student's t: the two-sided tail through the regularized incomplete beta function (Lentz's
  continued fraction, as in Numerical Recipes 6.4), the quantile by bisection on it;
* the normal quantile: ``statistics.NormalDist`` (the standard library's, Wichura's AS241);
* the hypergeometric law: from a table of log-factorials (exact sums of logarithms);
* Benjamini-Hochberg adjusted p-values.
"""

import math
from statistics import NormalDist

import numpy as np

_EPSILON = 1e-15
_TINY = 1e-300


def _beta_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (modified Lentz)."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, 500):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            result *= c * d
        if abs(c * d - 1.0) < _EPSILON:
            break
    return result


def incomplete_beta(a: float, b: float, x: float) -> float:
    """Regularized incomplete beta function I_x(a, b), 0 <= x <= 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
        + a * math.log(x) + b * math.log1p(-x)
    )  # fmt: skip
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def t_two_sided_p(t: float, df: float) -> float:
    """P(|T| >= |t|) for Student's t with ``df`` degrees of freedom."""
    if math.isinf(t):
        return 0.0
    return incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t (0 < p < 1), by bisection on the tail."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    if p == 0.5:
        return 0.0
    tail = 2.0 * min(p, 1.0 - p)  # the two-sided tail the quantile leaves
    low, high = 0.0, 1.0
    while t_two_sided_p(high, df) > tail:
        high *= 2.0
    for _ in range(200):
        middle = (low + high) / 2.0
        if t_two_sided_p(middle, df) > tail:
            low = middle
        else:
            high = middle
        if high - low < 1e-12 * max(1.0, high):
            break
    value = (low + high) / 2.0
    return value if p > 0.5 else -value


def normal_quantile(p: float) -> float:
    """The ``p`` quantile of the standard normal distribution."""
    return NormalDist().inv_cdf(p)


def log_factorials(n: int) -> np.ndarray:
    """``log(k!)`` for k = 0..n (exact sums of logarithms, no Stirling series)."""
    return np.concatenate(([0.0], np.cumsum(np.log(np.arange(1, n + 1, dtype=np.float64)))))


def hypergeom_pmf(k: np.ndarray, total: np.ndarray, marked: np.ndarray, drawn: np.ndarray):
    """P(k marked among ``drawn`` taken without replacement from ``total`` holding ``marked``).

    Arrays broadcast against each other; impossible ``k`` get probability 0.
    """
    k, total, marked, drawn = np.broadcast_arrays(*(np.asarray(a, np.int64) for a in
                                                    (k, total, marked, drawn)))  # fmt: skip
    possible = (k >= 0) & (k <= marked) & (k <= drawn) & (drawn - k <= total - marked)
    lf = log_factorials(int(total.max()) if total.size else 0)

    def log_comb(n: np.ndarray, r: np.ndarray) -> np.ndarray:
        return lf[n] - lf[r] - lf[n - r]

    safe_k = np.where(possible, k, 0)
    safe_rest = np.where(possible, drawn - k, 0)
    log_p = (
        log_comb(marked, np.minimum(safe_k, marked))
        + log_comb(total - marked, np.minimum(safe_rest, total - marked))
        - log_comb(total, drawn)
    )
    return np.where(possible, np.exp(log_p), 0.0)


def benjamini_hochberg(p_values) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (the false discovery rate), in the given order."""
    p = np.asarray(p_values, dtype=np.float64)
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p)
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out
