"""The slider grid and the guesses of where a drag goes next."""

from __future__ import annotations

from configurator.core.drag import (
    MAX_POSITIONS,
    drag_candidates,
    slider_position,
    slider_positions,
    slider_value,
)
from configurator.sdk.params import Count, Length

WIDTH = Length("width", 60, 20, 200, step=0.5)


def test_slider_positions_stand_for_values_on_the_step_grid() -> None:
    assert slider_positions(WIDTH) == 360
    assert slider_value(WIDTH, 0) == 20 and slider_value(WIDTH, 360) == 200
    assert slider_value(WIDTH, 81) == 60.5
    assert slider_position(WIDTH, 60.5) == 81
    fine = Length("gap", 1, 0, 1000, step=0.01)  # 100 000 steps: the slider gets a coarser unit
    assert slider_positions(fine) == MAX_POSITIONS
    assert slider_value(fine, 1) == 0.5
    count = Count("teeth", 10, 3, 40)
    assert slider_value(count, 5) == 8 and isinstance(slider_value(count, 5), int)


def test_the_next_position_at_the_recent_speed_comes_first_then_its_neighbours() -> None:
    # at 60 (position 80), the last steps were 1.5 mm = 3 positions each
    assert drag_candidates(WIDTH, 60, [1.5, 1.5], count=5) == [61.5, 62.0, 61.0, 63.0, 64.5]
    # uneven steps (3 and 5 positions): the speed is their mean
    assert drag_candidates(WIDTH, 60, [1.5, 2.5], count=1) == [62.0]


def test_a_reversal_guesses_the_new_direction_from_the_newest_step_only() -> None:
    # one position per step: the next one, its far neighbour (the near one is where it is), ...
    assert drag_candidates(WIDTH, 60, [5.0, 5.0, -0.5], count=3) == [59.5, 59.0, 58.5]


def test_candidates_stay_inside_the_range_and_never_repeat_the_current_value() -> None:
    assert drag_candidates(WIDTH, 199.5, [0.5], count=4) == [200.0]
    assert drag_candidates(WIDTH, 20, [-0.5], count=4) == []
    assert drag_candidates(WIDTH, 60, [], count=4) == []
    assert drag_candidates(WIDTH, 60, [0.0], count=4) == []
