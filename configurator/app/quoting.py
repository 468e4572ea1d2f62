"""Quoting a build at a workshop: measure it (slice, laser time), evaluate it, price it.

App-layer glue (as :mod:`configurator.app.making`): a facility becomes an eco context here, so
``configurator.core.production`` stays below the app layer. The CLI (``fabwise quote``,
``fabwise export``) and the GUI (workshop list, export dialog) call :func:`quote_build`; an
order's plans are compared with :func:`estimate_quote` (the same quote, without slicing).
"""

from __future__ import annotations

from typing import Any

from configurator.core.facilities.model import Facility
from configurator.core.production.measure import Measurement
from configurator.core.production.quote import Quote, make_quote
from configurator.sdk.results import BuildResult
from eco_rules.report import EcoReport


def quote_build(
    build: BuildResult,
    facility: Facility,
    quantity: int = 1,
    *,
    engine: Any = None,
    measurement: Measurement | None = None,
) -> tuple[Quote, Measurement, EcoReport]:
    """Measure (slice, laser time) ``build`` for ``facility``, evaluate it, and quote it."""
    from configurator.app.making import facility_context
    from configurator.core.production.measure import measure_build, with_production

    if engine is None:
        from eco_rules import default_engine

        engine = default_engine()
    if measurement is None:
        measurement = measure_build(build, facility, book=engine.book)
    context = with_production(facility_context(facility, 0.0, "van"), measurement)
    report = engine.evaluate(build, context)
    return make_quote(build, report, measurement, facility, quantity), measurement, report


def estimate_quote(build: BuildResult, facility: Facility, quantity: int = 1, *, engine: Any = None) -> Quote:
    """:func:`quote_build` from the eco rules' models alone (no slicing, no laser job model): quick
    enough to compare many workshops (an order's plans). Its terms say "eco model" where they use
    the model's machine time or material."""
    from configurator.core.production.measure import Measurement

    quote, _, _ = quote_build(
        build, facility, quantity, engine=engine, measurement=Measurement(None, "", notes=[])
    )
    return quote
