"""Eco evaluation for the design on screen: the report at once, the guide in the background.

The report (a few milliseconds) is evaluated on the GUI thread for every fine build of the
committed values. The guide builds and evaluates alternatives (up to a few dozen builds), so it
runs on a background thread after the design has settled; a newer design cancels it at the next
build. Nothing here computes a figure: the eco engine and the build service do.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from configurator.core.service import BuildService
from configurator.sdk.errors import FabwiseError
from configurator.sdk.params import Value
from configurator.sdk.results import BuildResult
from configurator.ui.making import MakingChoice
from configurator.ui.session import DesignSession

GUIDE_SETTLE_MS = 600
GUIDE_QUALITY = "coarse"  # volumes and areas come from the exact B-rep; meshes are not needed


class GuideCancelled(Exception):
    """The design changed while the guide was running."""


class EcoController(QObject):
    report_ready = Signal(object)  # eco_rules.EcoReport
    report_failed = Signal(str)
    guide_started = Signal()
    guide_ready = Signal(object)  # eco_rules.Guide
    guide_failed = Signal(str)
    _guide_done = Signal(int, object, str)  # generation, guide or None, error text

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
        self._guide_timer = QTimer(self)
        self._guide_timer.setSingleShot(True)
        self._guide_timer.setInterval(GUIDE_SETTLE_MS)
        self._guide_timer.timeout.connect(self._start_guide)
        self._guide_done.connect(self._on_guide_done)
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
        if result.quality != "fine" or not self.session.result_is_current:
            self._invalidate()
            return
        self._evaluate(result)

    def _invalidate(self) -> None:
        self._generation += 1  # cancels a running guide at its next build
        self.guide_running = False
        self._guide_timer.stop()

    # ---------------------------------------------------------------- report
    def _evaluate(self, result: BuildResult) -> None:
        self._invalidate()
        try:
            report = self.engine.evaluate(result, self.making.eco_context())
        except FabwiseError as exc:
            self.report = None
            self.report_failed.emit(exc.message)
            return
        self.report = report
        self.guide = None
        self.report_ready.emit(report)
        self._guide_timer.start()

    # ----------------------------------------------------------------- guide
    def _start_guide(self) -> None:
        from eco_rules import build_guide

        template, result, report = self.session.template, self.session.result, self.report
        if template is None or result is None or report is None:
            return
        generation = self._generation
        params: dict[str, Value] = dict(result.params)
        context = self.making.eco_context()
        facility = self.making.facility_option()
        options = self.making.alternative_options()
        service, engine, template_id = self.service, self.engine, template.id

        def builder(values: Mapping[str, Value]) -> BuildResult:
            if generation != self._generation:
                raise GuideCancelled
            return service.build(service.request(template_id, dict(values),
                                                 quality=GUIDE_QUALITY))

        def done(guide: Any, error: str) -> None:
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self._guide_done.emit(generation, guide, error)

        def work() -> None:
            try:
                guide = build_guide(engine, template.schema, template_id, params, result, context,
                                    builder, facility=facility, facilities=options,
                                    baseline=report)
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
        for thread in self._threads:
            thread.join(timeout)
