"""Hybrid logical clock: stamps that follow the wall clock yet never go backwards.

Why not the wall clock alone: two laptops' clocks disagree, and a laptop's clock can jump back
(a dead battery, a time-zone fix).  A hybrid logical clock keeps the largest millisecond it has
seen, its own or another laptop's, and a counter for changes within that millisecond, so a
change made after reading another laptop's change always carries the later stamp.
"""

import time
from collections.abc import Callable
from typing import NamedTuple


class Stamp(NamedTuple):
    """When a change was made; ordered by (milliseconds, counter, device) — a total order."""

    millis: int
    counter: int
    device: str

    def encode(self) -> list:
        return [self.millis, self.counter, self.device]

    @classmethod
    def decode(cls, value: list) -> "Stamp":
        millis, counter, device = value
        if not isinstance(millis, int) or not isinstance(counter, int):
            raise ValueError("a stamp holds two whole numbers and a device")
        return cls(millis, counter, str(device))


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """The clock of one device; ``now()`` for a local change, ``witness()`` for a received one."""

    def __init__(
        self, device: str, last: Stamp | None = None, wall: Callable[[], int] = wall_millis
    ):
        self.device = device
        self._millis = last.millis if last else 0
        self._counter = last.counter if last else 0
        self._wall = wall

    def now(self) -> Stamp:
        wall = self._wall()
        if wall > self._millis:
            self._millis, self._counter = wall, 0
        else:
            self._counter += 1
        return Stamp(self._millis, self._counter, self.device)

    def witness(self, stamp: Stamp) -> None:
        """Move past a stamp seen in another laptop's change, so our next one is later."""
        if (stamp.millis, stamp.counter) > (self._millis, self._counter):
            self._millis, self._counter = stamp.millis, stamp.counter
