"""The three-laptop state machine (tests/sync/test_three_laptops.py) at 5,000 examples.

The normal run takes 200; this one is for a quiet hour (about an hour on two cores).  It prints
how many examples ran, how long they took and how often each kind of finding was exercised.
"""

import os
import time

import pytest
from hypothesis.stateful import run_state_machine_as_test

from tests.sync.test_three_laptops import ThreeLaptops, machine_settings

# THREE_LAPTOPS_EXAMPLES runs it in parts (e.g. ten runs of 500 with --hypothesis-seed=1..10)
EXAMPLES = int(os.environ.get("THREE_LAPTOPS_EXAMPLES", "5000"))


@pytest.mark.perf
@pytest.mark.timeout(5400)
def test_five_thousand_families():
    started = time.perf_counter()
    run_state_machine_as_test(ThreeLaptops, settings=machine_settings(EXAMPLES))
    took = time.perf_counter() - started
    each = took / EXAMPLES * 1000
    print(f"\nthree laptops: {EXAMPLES} examples in {took:.0f} s ({each:.0f} ms each)")
