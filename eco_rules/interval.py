"""A central value with low and high bounds, and arithmetic that keeps the bounds honest.

Every uncertain figure in the eco engine is an :class:`Interval`. Arithmetic follows interval rules
(``a - b`` takes ``a.low - b.high`` as its low bound, a product takes the extreme corner products), so
a bound is never narrower than the inputs justify, whatever the sign or direction of a formula.
"""

from __future__ import annotations

import math


class IntervalError(ArithmeticError):
    """An operation has no meaningful interval result (e.g. dividing by a range that spans zero)."""


class Interval:
    __slots__ = ("high", "low", "value")

    low: float
    value: float
    high: float

    def __init__(self, low: float, value: float, high: float) -> None:
        if not (low <= value <= high):
            if math.isclose(low, value, rel_tol=1e-12, abs_tol=1e-15):
                low = value
            if math.isclose(high, value, rel_tol=1e-12, abs_tol=1e-15):
                high = value
            if not (low <= value <= high):
                raise IntervalError(f"bounds out of order: {low} <= {value} <= {high} fails")
        self.low = low
        self.value = value
        self.high = high

    @staticmethod
    def exact(value: float) -> Interval:
        return Interval(value, value, value)

    @property
    def is_exact(self) -> bool:
        return self.low == self.value == self.high

    def __repr__(self) -> str:
        return f"Interval({self.low:g}, {self.value:g}, {self.high:g})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return (self.low, self.value, self.high) == (other.low, other.value, other.high)

    def __hash__(self) -> int:
        return hash((self.low, self.value, self.high))

    def as_tuple(self) -> tuple[float, float, float]:
        return (self.low, self.value, self.high)

    def __add__(self, other: Interval | float) -> Interval:
        if isinstance(other, Interval):
            return Interval(self.low + other.low, self.value + other.value, self.high + other.high)
        return Interval(self.low + other, self.value + other, self.high + other)

    __radd__ = __add__

    def __sub__(self, other: Interval | float) -> Interval:
        if isinstance(other, Interval):
            return Interval(self.low - other.high, self.value - other.value, self.high - other.low)
        return Interval(self.low - other, self.value - other, self.high - other)

    def __rsub__(self, other: float) -> Interval:
        return Interval(other - self.high, other - self.value, other - self.low)

    def __neg__(self) -> Interval:
        return Interval(-self.high, -self.value, -self.low)

    def __mul__(self, other: Interval | float) -> Interval:
        if isinstance(other, Interval):
            corners = (
                self.low * other.low,
                self.low * other.high,
                self.high * other.low,
                self.high * other.high,
            )
            return Interval(min(corners), self.value * other.value, max(corners))
        if other >= 0:
            return Interval(self.low * other, self.value * other, self.high * other)
        return Interval(self.high * other, self.value * other, self.low * other)

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | float) -> Interval:
        if isinstance(other, Interval):
            if other.low <= 0.0 <= other.high:
                raise IntervalError(f"division by a range that includes zero: {other!r}")
            return self * Interval(1.0 / other.high, 1.0 / other.value, 1.0 / other.low)
        if other == 0:
            raise IntervalError("division by zero")
        return self * (1.0 / other)

    def __rtruediv__(self, other: float) -> Interval:
        return Interval.exact(other) / self


def imin(a: Interval, b: Interval) -> Interval:
    return Interval(min(a.low, b.low), min(a.value, b.value), min(a.high, b.high))


def imax(a: Interval, b: Interval) -> Interval:
    return Interval(max(a.low, b.low), max(a.value, b.value), max(a.high, b.high))


ZERO = Interval(0.0, 0.0, 0.0)
