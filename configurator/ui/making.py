"""Where the design is made and delivered: the chosen facility, the user's place, the distance.

Plain data (no Qt). The eco context and the guide's facility options are made by the same facility
glue the ``fabwise eco`` command uses, so the GUI and the CLI report the same figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from configurator.app.making import delivery_note, facility_context, facility_option
from eco_rules import EcoContext, FacilityOption

NO_FACILITY_NOTE = QT_TRANSLATE_NOOP(
    "MakingChoice", "no facility chosen: world-average electricity and no delivery assumed"
)
NO_DISTANCE_NOTE = QT_TRANSLATE_NOOP("MakingChoice", "no location given: delivery distance counted as 0 km")


@dataclass(frozen=True)
class Alternative:
    """Another facility that can make the design, with its straight-line distance."""

    facility: Any  # configurator.core.facilities.model.Facility
    distance_km: float


@dataclass(frozen=True)
class MakingChoice:
    facility: Any | None = None  # Facility
    distance_km: float | None = None
    place_label: str = ""
    place_country: str | None = None
    transport: str = "van"
    alternatives: Sequence[Alternative] = field(default=(), compare=False)
    # the user's (lat, lon) and the real workshops near them that can make any part: the guide
    # weighs a split across them (configurator.app.order.workshop_advice)
    origin: tuple[float, float] | None = None
    nearby: Sequence[Any] = field(default=(), compare=False)  # Facility

    @property
    def facility_id(self) -> str | None:
        return self.facility.id if self.facility is not None else None

    def _distance_notes(self, distance: float | None) -> tuple[float, list[str]]:
        if distance is None:
            return 0.0, [QCoreApplication.translate("MakingChoice", str(NO_DISTANCE_NOTE))]
        return distance, [delivery_note(distance, self.place_label)]

    def eco_context(self) -> EcoContext:
        if self.facility is None:
            km, notes = self._distance_notes(None)
            if self.place_country:
                notes = [
                    QCoreApplication.translate(
                        "MakingChoice", "no facility chosen: the {place_country} grid average is assumed"
                    ).format(place_country=self.place_country),
                    *notes,
                ]
            else:
                notes = [QCoreApplication.translate("MakingChoice", str(NO_FACILITY_NOTE))]
            return EcoContext(
                country=self.place_country, distance_km=km, transport_mode=self.transport, notes=tuple(notes)
            )
        km, notes = self._distance_notes(self.distance_km)
        context: EcoContext = facility_context(self.facility, km, self.transport, notes)
        return context

    def facility_option(self) -> FacilityOption | None:
        if self.facility is None:
            return None
        option: FacilityOption = facility_option(self.facility, self.eco_context())
        return option

    def current_plan(self, build: Any) -> Any:
        """The order as it stands: every part of ``build`` at the chosen workshop, one parcel
        (None without a workshop)."""
        if self.facility is None:
            return None
        from configurator.core.facilities.split import Leg, OrderPlan

        parts = tuple(p.name for p in build.parts)
        return OrderPlan((Leg(self.facility, parts, self.distance_km),))

    def alternative_options(self) -> list[FacilityOption]:
        options = []
        for alternative in self.alternatives:
            if alternative.facility.id == self.facility_id:
                continue
            km, notes = self._distance_notes(alternative.distance_km)
            context = facility_context(alternative.facility, km, self.transport, notes)
            options.append(facility_option(alternative.facility, context))
        return options
