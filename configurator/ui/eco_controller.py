"""Eco evaluation for the design on screen: the report at once, the guide in the background.

The report (a few milliseconds) is evaluated on the GUI thread for every fine build of the
committed values. Printed parts are sliced with PrusaSlicer (the workshop's printer profile) on a
background thread: until the slice is back the report uses the volume model and says so, then it
is evaluated again with the slicer's print time and filament. Slices are cached per geometry and
profile, so returning to a value, or choosing another workshop with the same profile, is instant.
The guide builds and evaluates alternatives (up to a few dozen builds), so it
runs on a background thread after the design has settled; a newer design cancels it at the next
build. With a workshop chosen and a place searched, the guide also weighs splitting the order
across the real workshops that search found (``configurator.app.order.workshop_advice``: no build,
no slicing, a few dozen leg evaluations) and offers it when it saves CO2e. Slicing, fit checks
and the guide each have a lane of the app's newest-wins task helper (:mod:`configurator.ui.tasks`),
so an outdated answer is never shown. Nothing here computes a
figure: the eco engine and the build service do.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from configurator.core.service import BuildService
from configurator.core.tasks import Task, TaskCancelled, TaskOutcome
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult, Quality
from configurator.ui.making import MakingChoice
from configurator.ui.session import DesignSession
from configurator.ui.tasks import TaskBridge

GUIDE_SETTLE_MS = 600
GUIDE_QUALITY = Quality.COARSE  # volumes and areas come from the exact B-rep; meshes are not needed
SLICING_NOTE = QT_TRANSLATE_NOOP("EcoController", "being sliced with PrusaSlicer in the background")
log = logging.getLogger(__name__)


class EcoController(QObject):
    report_ready = Signal(object)  # eco_rules.EcoReport
    report_failed = Signal(str)
    guide_started = Signal()
    guide_ready = Signal(object)  # eco_rules.Guide
    guide_failed = Signal(str)
    advice_ready = Signal(object)  # configurator.app.order.WorkshopAdvice or None, after guide_ready
    fit_started = Signal()
    fit_ready = Signal(object)  # configurator.core.fit.FitReport
    fit_failed = Signal(str)
    stress_ready = Signal(object)  # FitReport with stress maps
    production_ready = Signal(object)  # Measurement of the shown design (slices, laser times)

    def __init__(self, session: DesignSession, service: BuildService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.service = service
        self.making = MakingChoice()
        self.report: Any = None
        self.guide: Any = None
        self.workshop_advice: Any = None  # WorkshopAdvice: split (or gather) the order
        self.guide_running = False
        self._engine: Any = None
        # three lanes that run side by side; in each, a newer task supersedes an older one
        self._guide_tasks = TaskBridge("fabwise-eco-guide", self)
        self._guide_tasks.finished.connect(self._on_guide_done)
        self._fit_tasks = TaskBridge("fabwise-fit", self)
        self._fit_tasks.finished.connect(self._on_fit_done)
        self._slicing = TaskBridge("fabwise-slicer", self)  # one task per workshop
        self._slicing.finished.connect(self._on_measured)
        self._measuring: dict[str, BuildResult] = {}  # task key -> the build it measures
        # facility id -> (the build it measured, its Measurement); identity-checked, never by id()
        self._measurements: dict[str | None, tuple[BuildResult, Any]] = {}
        self._report_measured = False
        self.measurement: Any = None
        self._guide_timer = QTimer(self)
        self._guide_timer.setSingleShot(True)
        self._guide_timer.setInterval(GUIDE_SETTLE_MS)
        self._guide_timer.timeout.connect(self._start_guide)
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
        self._guide_tasks.cancel("guide")  # a running guide stops at its next build
        self._fit_tasks.cancel("fit")
        self._fit_tasks.cancel("stress")
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
        pending = {p.name: self.tr(str(SLICING_NOTE)) for p in result.parts if p.process == "fdm"}
        if pending or any(p.process == "laser" for p in result.parts):
            self._start_measuring(result)
        return replace(context, production=pending) if pending else context

    def _start_measuring(self, result: BuildResult) -> None:
        facility = self.making.facility
        key = self.making.facility_id
        task_key = f"measure:{key or ''}"
        if self._measuring.get(task_key) is result and self._slicing.tasks.running(task_key):
            return  # already being measured
        self._measuring[task_key] = result
        engine = self.engine
        session = self.session

        def work(task: Task) -> Any:
            if session.result is not result:
                raise TaskCancelled(task.key)  # superseded before its turn
            from configurator.core.production.measure import measure_build

            try:
                measured = measure_build(result, facility, book=engine.book)
            except Exception as exc:  # the model figures stay, labelled with why; the app goes on
                from configurator.core.production.measure import Measurement

                measured = Measurement(
                    None,
                    "",
                    reasons={
                        p.name: self.tr("slicing failed ({kind}: {exc})").format(
                            kind=type(exc).__name__, exc=exc
                        )
                        for p in result.parts
                        if p.process == "fdm"
                    },
                )
            return result, key, measured

        self._slicing.submit(task_key, work)

    def _on_measured(self, outcome: TaskOutcome) -> None:
        self._measuring.pop(outcome.key, None)
        if outcome.error is not None:
            return  # the design changed before it was measured
        result: BuildResult
        result, key, measured = outcome.value
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
        # ``params`` were validated already (the shown build's, or the guide's candidates): the
        # template's ref is all that is needed, not another validation through service.request
        ref = self.service.registry.get(template.id).ref
        return FitRequest(ref, dict(params), stress_map=stress_map)

    def _start_fit(self, stress_map: bool = False) -> None:
        """Check the shown design against its conditions of use, in the build worker, off the
        GUI thread (the FE solve takes a second or two)."""
        result = self.session.result
        if self.session.template is None or result is None:
            return
        request = self._fit_request(result.params, stress_map)
        fits = self.fits
        if not stress_map:
            self.fit = None
            self.fit_started.emit()
        self._fit_tasks.submit("stress" if stress_map else "fit", lambda _task: fits.check(request))

    def request_stress_map(self) -> None:
        """The stress picture for the shown design (its verdicts are cached; the map is one more
        solve at most)."""
        self._start_fit(stress_map=True)

    def _on_fit_done(self, outcome: TaskOutcome) -> None:
        report, exc = outcome.value, outcome.error
        if exc is not None:  # a failed check must not take the panel down
            self.fit_failed.emit(
                exc.message if isinstance(exc, FabwiseError) else f"{type(exc).__name__}: {exc}"
            )
            return
        if outcome.key == "stress":
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
        params: dict[str, Value] = dict(result.params)
        context = self.making.eco_context()
        baseline = None if self._report_measured or context.production else report
        facility = self.making.facility_option()
        options = self.making.alternative_options()
        making = self.making
        current = making.current_plan(result)
        service, engine, template_id = self.service, self.engine, template.id
        fits = self.fits
        lanes = fits.lanes
        self._start_fit()

        def work(task: Task) -> Any:
            def fitness(values: Mapping[str, Value]) -> Any:
                task.check()  # a newer design: stop here (nothing of this guide is shown)
                return fits.check(self._fit_request(values))

            def builder(values: Mapping[str, Value]) -> BuildResult:
                task.check()
                # built on the worker where its fit check will run (which then reuses the build)
                built: BuildResult = fits.build(
                    service.request(template_id, dict(values), quality=GUIDE_QUALITY)
                )
                return built

            # alternatives are measured with the rules' models; so is the baseline they are
            # compared with when the shown report used the slicer
            guide = build_guide(
                engine,
                template.schema,
                template_id,
                params,
                result,
                context,
                builder,
                facility=facility,
                facilities=options,
                baseline=baseline,
                fitness=fitness,
                parallel=lanes.width if lanes is not None else 1,
            )
            task.check()
            return guide, _advice(result, making, current, guide.baseline)

        self.guide_running = True
        self.guide_started.emit()
        self._guide_tasks.submit("guide", work)

    def _on_guide_done(self, outcome: TaskOutcome) -> None:
        self.guide_running = False
        exc = outcome.error
        if exc is not None:  # a guide failure must not take the panel down
            self.guide_failed.emit(f"{type(exc).__name__}: {exc}")
            return
        guide, advice = outcome.value
        self.guide = guide
        self.workshop_advice = advice
        self.guide_ready.emit(guide)
        self.advice_ready.emit(advice)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Cancel the guide and the checks and wait for their threads (used when the window
        closes); a slice in progress is not waited for."""
        self._invalidate()
        self._slicing.shutdown(timeout=0)
        self._guide_tasks.shutdown(timeout)
        self._fit_tasks.shutdown(timeout)


def _advice(result: BuildResult, making: MakingChoice, current: Any, baseline: Any) -> Any:
    """The guide's advice on splitting the order (None without a workshop, a place or workshops
    near it, or when no split saves CO2e); compared with the guide's own baseline, evaluated
    with the same rules."""
    if current is None or making.origin is None or not making.nearby:
        return None
    from configurator.app.order import workshop_advice

    try:
        return workshop_advice(
            result,
            making.nearby,
            origin=making.origin,
            current=current,
            current_kg=baseline.total_co2e_kg,
            transport=making.transport,
        )
    except FabwiseError as exc:  # the guide stands without it
        log.warning("no split advice: %s", exc.message)
        return None
