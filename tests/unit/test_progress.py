"""Time-left estimates shown by the CLI and the GUI."""

from __future__ import annotations

import pytest

from casereview.domain.progress import RemainingTime, describe_seconds


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_remaining_time_waits_for_enough_data_then_extrapolates() -> None:
    clock = FakeClock()
    estimate = RemainingTime(clock)
    assert estimate.update(0, 1000) is None
    clock.now += 1.0
    assert estimate.update(100, 1000) is None  # too early to trust
    clock.now += 1.0
    assert estimate.update(200, 1000) == pytest.approx(8.0)
    assert estimate.update(200, 1000, "next step") is None  # a new step restarts the rate
    assert estimate.update(300, 1000, "next step") is None


def test_remaining_time_restarts_when_progress_goes_back() -> None:
    clock = FakeClock()
    estimate = RemainingTime(clock)
    estimate.update(500, 1000)
    clock.now += 5
    assert estimate.update(10, 1000) is None  # a new phase began


def test_unknown_total_gives_no_estimate() -> None:
    clock = FakeClock()
    estimate = RemainingTime(clock)
    estimate.update(0, 0)
    clock.now += 10
    assert estimate.update(50, 0) is None


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (3.2, "a few seconds"),
        (42, "about 40 s"),
        (0.2, "a few seconds"),
        (150, "about 3 min"),
        (7200, "about 2 h 0 min"),
        (7505, "about 2 h 6 min"),
    ],
)
def test_durations_are_said_as_people_say_them(seconds: float, text: str) -> None:
    assert describe_seconds(seconds) == text
