"""Eco evaluation for the design on screen: the report at once, the guide in the background.

The report (a few milliseconds) is evaluated on the GUI thread for every fine build of the
committed values. Printed parts are sliced with PrusaSlicer (the workshop's printer profile) on a
background thread: until the slice is back the report uses the volume model and says so, then it
is evaluated again with the slicer's print time and filament. Slices are cached per geometry and
profile, so returning to a value, or choosing another workshop with the same profile, is instant.
The guide builds and evaluates alternatives (up to a few dozen builds), so it
runs on a background thread after the design has settled; a newer design cancels it at the next
build. Nothing here computes a figure: the eco engine and the build service do.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult, Quality
from configurator.ui.making import MakingChoice
from configurator.ui.session import DesignSession

GUIDE_SETTLE_MS = 600
GUIDE_QUALITY = Quality.COARSE  # volumes and areas come from the exact B-rep; meshes are not needed
SLICING_NOTE = "being sliced with PrusaSlicer in the background"


class GuideCancelled(Exception):
    """The design changed while the guide was running."""


class EcoController(QObject):
    report_ready = Signal(object)  # eco_rules.EcoReport
    report_failed = Signal(str)
    guide_started = Signal()
    guide_ready = Signal(object)  # eco_rules.Guide
    guide_failed = Signal(str)
    fit_started = Signal()
    fit_ready = Signal(object)  # configurator.core.fit.FitReport
    fit_failed = Signal(str)
    stress_ready = Signal(object)  # FitReport with stress maps
    _guide_done = Signal(int, object, str)  # generation, guide or None, error text
    _measured = Signal(object, object)  # BuildResult, Measurement
    production_ready = Signal(object)  # Measurement of the shown design (slices, laser times)
    _fit_done = Signal(int, object, str, bool)  # generation, report or None, error, stress map

    def __init__(self, session: DesignSession, service: BuildService,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.making = MakingChoice()
        self.report: Any = None
        self.guide: Any = None
        self.guide_running = False
        self._engine: Any = None
        self._generation = 0
        self._threads: list[threading.Thread] = []
        self._slicer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fabwise-slicer")
        # facility id -> (the build it measured, its Measurement); identity-checked, never by id()
        self._measurements: dict[str | None, tuple[BuildResult, Any]] = {}
        self._report_measured = False
        self.measurement: Any = None
        self._measured.connect(self._on_measured)
        self._guide_timer = QTimer(self)
        self._guide_timer.setSingleShot(True)
        self._guide_timer.setInterval(GUIDE_SETTLE_MS)
        self._guide_timer.timeout.connect(self._start_guide)
        self._guide_done.connect(self._on_guide_done)
        self._fit_done.connect(self._on_fit_done)
        self.fit: Any = None
        self._fits: Any = None
        session.result_ready.connect(self._on_result)
        session.template_changed.connect(lambda _entry: self._invalidate())
        session.issues_changed.connect(lambda issues: self._invalidate() if issues else None)

    @property
    def engine(self) -> Any:
        if self._engine is None:
            from eco_rules import default_engine

            self._engine = default_engine()
        return self._engine

    # ---------------------------------------------------------------- inputs
    def set_making(self, making: MakingChoice) -> None:
        """A new facility or place: evaluate the shown design again."""
        self.making = making
        self.refresh()

    def refresh(self) -> None:
        result = self.session.result
        if result is not None and self.session.result_is_current:
            self._evaluate(result)

    def _on_result(self, result: BuildResult) -> None:
        if result.quality != Quality.FINE or not self.session.result_is_current:
            self._invalidate()
            return
        self._evaluate(result)

    def _invalidate(self) -> None:
        self._generation += 1  # cancels a running guide at its next build
        self.guide_running = False
        self._guide_timer.stop()

    # ---------------------------------------------------------------- report
    def _context(self, result: BuildResult) -> Any:
        """The eco context with the measured production if it is known, else "being sliced"."""
        from configurator.core.production.measure import with_production

        context = self.making.eco_context()
        entry = self._measurements.get(self.making.facility_id)
        measured = entry[1] if entry is not None and entry[0] is result else None
        self.measurement = measured
        if measured is not None:
            self._report_measured = True
            return with_production(context, measured)
        self._report_measured = False
        pending = {p.name: SLICING_NOTE for p in result.parts if p.process == "fdm"}
        if pending or any(p.process == "laser" for p in result.parts):
            self._start_measuring(result)
        return replace(context, production=pending) if pending else context

    def _start_measuring(self, result: BuildResult) -> None:
        facility = self.making.facility
        key = self.making.facility_id
        engine = self.engine

        def work() -> None:
            if self.session.result is not result:
                return  # superseded before its turn
            from configurator.core.production.measure import measure_build

            try:
                measured = measure_build(result, facility, book=engine.book)
            except Exception as exc:  # the model figures stay, labelled with why; the app goes on
                from configurator.core.production.measure import Measurement

                measured = Measurement(None, "", reasons={
                    p.name: f"slicing failed ({type(exc).__name__}: {exc})"
                    for p in result.parts if p.process == "fdm"})
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._measured.emit(result, (key, measured))

        self._slicer.submit(work)

    def _on_measured(self, result: BuildResult, keyed: Any) -> None:
        key, measured = keyed
        self._measurements = {k: v for k, v in self._measurements.items() if v[0] is result}
        self._measurements[key] = (result, measured)
        if self.session.result is result and key == self.making.facility_id:
            self.production_ready.emit(measured)
            self._evaluate(result)

    def _evaluate(self, result: BuildResult) -> None:
        self._invalidate()
        try:
            report = self.engine.evaluate(result, self._context(result))
        except FabwiseError as exc:
            self.report = None
            self.report_failed.emit(exc.message)
            return
        self.report = report
        self.guide = None
        self.report_ready.emit(report)
        self._guide_timer.start()

    @property
    def fits(self) -> Any:
        if self._fits is None:
            from configurator.core.fit import FitService

            # the build worker and the speculative one: the guide's alternatives and a check's
            # load cases run two at a time
            self._fits = FitService(self.service, lanes=self.service.lanes())
        return self._fits

    # ------------------------------------------------------------ fit for use
    def _fit_request(self, params: Mapping[str, Value], stress_map: bool = False) -> Any:
        from configurator.core.fit import FitRequest

        template = self.session.template
        assert template is not None
        ref = self.service.request(template.id, dict(params)).ref
        return FitRequest(ref, dict(params), stress_map=stress_map)

    def _start_fit(self, stress_map: bool = False) -> None:
        """Check the shown design against its conditions of use, in the build worker, off the
        GUI thread (the FE solve takes a second or two)."""
        result = self.session.result
        if self.session.template is None or result is None:
            return
        generation = self._generation
        request = self._fit_request(result.params, stress_map)
        fits = self.fits

        def work() -> None:
            try:
                report, error = fits.check(request), ""
            except FabwiseError as exc:
                report, error = None, exc.message
            except Exception as exc:  # a failed check must not take the panel down
                report, error = None, f"{type(exc).__name__}: {exc}"
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._fit_done.emit(generation, report, error, stress_map)

        if not stress_map:
            self.fit = None
            self.fit_started.emit()
        thread = threading.Thread(target=work, name="fabwise-fit", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def request_stress_map(self) -> None:
        """The stress picture for the shown design (its verdicts are cached; the map is one more
        solve at most)."""
        self._start_fit(stress_map=True)

    def _on_fit_done(self, generation: int, report: Any, error: str, stress_map: bool) -> None:
        if generation != self._generation:
            return
        if report is None:
            self.fit_failed.emit(error)
            return
        if stress_map:
            self.stress_ready.emit(report)
        else:
            self.fit = report
            self.fit_ready.emit(report)

    # ----------------------------------------------------------------- guide
    def _start_guide(self) -> None:
        from eco_rules import build_guide

        template, result, report = self.session.template, self.session.result, self.report
        if template is None or result is None or report is None:
            return
        generation = self._generation
        params: dict[str, Value] = dict(result.params)
        context = self.making.eco_context()
        baseline = None if self._report_measured or context.production else report
        facility = self.making.facility_option()
        options = self.making.alternative_options()
        service, engine, template_id = self.service, self.engine, template.id
        fits = self.fits
        lanes = fits.lanes
        self._start_fit()

        def fitness(values: Mapping[str, Value]) -> Any:
            if generation != self._generation:
                raise GuideCancelled
            return fits.check(self._fit_request(values))

        def builder(values: Mapping[str, Value]) -> BuildResult:
            if generation != self._generation:
                raise GuideCancelled
            # built on the worker where its fit check will run (which then reuses the build)
            built: BuildResult = fits.build(service.request(template_id, dict(values),
                                                            quality=GUIDE_QUALITY))
            return built

        def done(guide: Any, error: str) -> None:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._guide_done.emit(generation, guide, error)

        def work() -> None:
            try:
                # alternatives are measured with the rules' models; so is the baseline they are
                # compared with when the shown report used the slicer
                guide = build_guide(engine, template.schema, template_id, params, result, context,
                                    builder, facility=facility, facilities=options,
                                    baseline=baseline, fitness=fitness,
                                    parallel=lanes.width if lanes is not None else 1)
            except GuideCancelled:
                done(None, "")
                return
            except Exception as exc:  # a guide failure must not take the panel down
                done(None, f"{type(exc).__name__}: {exc}")
                return
            done(guide, "")

        self.guide_running = True
        self.guide_started.emit()
        thread = threading.Thread(target=work, name="fabwise-eco-guide", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _on_guide_done(self, generation: int, guide: Any, error: str) -> None:
        if generation != self._generation:
            return  # a newer design is being evaluated
        self.guide_running = False
        if guide is None:
            if error:
                self.guide_failed.emit(error)
            return
        self.guide = guide
        self.guide_ready.emit(guide)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel the guide and wait for its thread (used when the window closes)."""
        self._invalidate()
        self._slicer.shutdown(wait=False, cancel_futures=True)
        for thread in self._threads:
            thread.join(timeout)
