"""Find facilities that can make the current design, near the user, off the GUI thread.

One background thread owns the facility store (SQLite connections stay on the thread that opened
them) and answers one search at a time: resolve the user's place (GeoNames, offline), match every
placed facility against the design's parts, and rank the capable ones by distance or footprint.
Newer searches supersede older ones (the app's newest-wins task helper, ``ui/tasks.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from configurator.core.tasks import Task, TaskOutcome
from configurator.sdk.errors import FabwiseError
from configurator.sdk.i18n import LocalText, local_number
from configurator.sdk.results import BuildResult
from configurator.ui.tasks import TaskBridge

SEARCH_RADIUS_KM = 200.0
FALLBACK_COUNT = 10
FOOTPRINT_RANKED = 15
QUOTED = 15  # workshops in the list that get a quote (slices are cached per printer profile)


@dataclass(frozen=True)
class FacilitySearch:
    place: str
    parts: tuple[Any, ...]  # PartRequirement
    sort_by: str = "distance"  # or "footprint"
    result: BuildResult | None = None
    transport: str = "van"
    show_examples: bool = False  # fictional example workshops (demo data) only when asked for


@dataclass(frozen=True)
class FacilityAnswer:
    search: FacilitySearch
    place_label: str
    place_country: str | None
    place_note: str
    capable: tuple[Any, ...]  # FacilityMatch, ranked
    incapable: tuple[Any, ...]  # FacilityMatch
    radius_km: float | None
    footprints: dict[str, float]  # facility id -> kg CO2e (when sorted by footprint)
    store_warnings: tuple[str, ...] = ()
    quotes: dict[str, Any] = field(default_factory=dict)  # facility id -> Quote (or error text)
    origin: tuple[float, float] | None = None  # the place's (lat, lon)

    @property
    def example_count(self) -> int:
        """How many of the capable workshops are fictional examples (listed after real ones)."""
        from configurator.app.making import is_example

        return sum(1 for m in self.capable if is_example(m.facility))

    def summary(self) -> str:
        """What the search found, in words (and what to do when it found nothing)."""
        from configurator.app.making import search_summary

        return search_summary(
            len(self.capable),
            self.place_label,
            self.radius_km,
            show_examples=self.search.show_examples,
            examples=self.example_count,
        )


def _search(store: Any, search: FacilitySearch) -> FacilityAnswer:
    from configurator.app.making import offered_facilities, real_first
    from configurator.core.facilities.geocode import resolve_user_location
    from configurator.core.facilities.matching import match_facilities

    here = resolve_user_location(search.place)
    placed = offered_facilities(store.search(placed_only=True), show_examples=search.show_examples)
    origin = (here.lat, here.lon)
    report = match_facilities(placed, search.parts, origin=origin, max_distance_km=SEARCH_RADIUS_KM)
    radius: float | None = SEARCH_RADIUS_KM
    if not report.capable:
        report = match_facilities(placed, search.parts, origin=origin)
        radius = None
    capable = report.capable if radius is not None else report.capable[:FALLBACK_COUNT]
    footprints: dict[str, float] = {}
    if search.sort_by == "footprint" and search.result is not None:
        capable, footprints = _rank_by_footprint(capable, search, here.label)
    capable = tuple(real_first(capable))  # a fictional workshop never ranks among real ones
    return FacilityAnswer(
        search,
        here.label,
        here.country,
        here.note,
        tuple(capable),
        tuple(report.incapable),
        radius,
        footprints,
        tuple(getattr(store, "warnings", ())),
        origin=origin,
    )


def quoted(matches: Any) -> list[Any]:
    """The listed workshops that get a quote: the first ``QUOTED`` real ones and every example
    workshop shown (a few; they are listed after all real ones)."""
    from configurator.app.making import is_example

    matches = tuple(matches)
    real = [m for m in matches if not is_example(m.facility)][:QUOTED]
    return real + [m for m in matches if is_example(m.facility)]


def _quotes(matches: Any, result: BuildResult) -> dict[str, Any]:
    """A quote (one product) for each of the first listed workshops; a failure is its text."""
    from configurator.app.quoting import quote_build
    from eco_rules import default_engine

    engine = default_engine()
    quotes: dict[str, Any] = {}
    for match in quoted(matches):
        try:
            quotes[match.facility.id], _, _ = quote_build(result, match.facility, 1, engine=engine)
        except FabwiseError as exc:
            quotes[match.facility.id] = exc.message
    return quotes


def quote_line(quote: Any) -> str:
    """``quote 12.40 EUR (9.80–18.20), typical prices`` for a list row."""
    if isinstance(quote, str):
        return QCoreApplication.translate("facility_finder", "no quote: {quote}").format(quote=quote)
    total = quote.total
    text = LocalText(QCoreApplication.translate("facility_finder", "quote {value:.2f} {currency}")).format(
        value=total.value, currency=quote.currency
    )
    if total.high > total.low:
        text += local_number(f" ({total.low:.2f}–{total.high:.2f})")
    if quote.typical:
        text += QCoreApplication.translate("facility_finder", ", typical prices, not this lab's")
    if quote.unpriced:
        text += QCoreApplication.translate("facility_finder", ", {n_unpriced} item(s) not priced").format(
            n_unpriced=len(quote.unpriced)
        )
    return text


def _rank_by_footprint(
    matches: tuple[Any, ...], search: FacilitySearch, place: str
) -> tuple[tuple[Any, ...], dict[str, float]]:
    from configurator.app.making import delivery_note, facility_context
    from eco_rules import default_engine

    assert search.result is not None
    engine = default_engine()
    footprints: dict[str, float] = {}
    for match in matches[:FOOTPRINT_RANKED]:
        km = match.distance_km or 0.0
        note = delivery_note(km, place)
        context = facility_context(match.facility, km, search.transport, [note])
        footprints[match.facility.id] = engine.evaluate(
            search.result, context, documents=()
        ).total_co2e_kg.value
    ranked = sorted(matches[:FOOTPRINT_RANKED], key=lambda m: footprints[m.facility.id])
    return tuple(ranked) + tuple(matches[FOOTPRINT_RANKED:]), footprints


class FacilityFinder(QObject):
    answered = Signal(object)  # FacilityAnswer
    quoted = Signal(object)  # the same FacilityAnswer, now with its quotes (slicing takes a while)
    failed = Signal(str)
    fetched = Signal(object)  # a facility read by ``fetch`` (not sent if it no longer exists)
    saved = Signal(object)  # a facility written by ``save``
    save_failed = Signal(str)

    def __init__(self, store_factory: Callable[[], Any] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store_factory = store_factory
        self._store: Any = None
        # One thread owns the store (SQLite connections stay on the thread that opened them).
        self._tasks = TaskBridge("fabwise-facilities", self, persistent=True)
        self._tasks.finished.connect(self._on_done)
        self.busy = False

    def _open_store(self) -> Any:
        if self._store is None:
            if self._store_factory is not None:
                self._store = self._store_factory()
            else:
                from configurator.core.facilities.store import FacilityStore

                self._store = FacilityStore()
        return self._store

    def find(self, search: FacilitySearch) -> None:
        """Search on the store's thread: ``answered`` with the list, then ``quoted`` once the
        first workshops are quoted (or ``failed``). A newer search supersedes this one."""
        self.busy = True

        def work(task: Task) -> tuple[FacilityAnswer, dict[str, Any]] | None:
            answer = _search(self._open_store(), search)
            task.report(answer)
            if search.result is None:
                return None
            task.check()  # superseded while the list was on its way: no slicing for it
            try:  # after the list is shown: slicing a big part can take a minute
                quotes = _quotes(answer.capable, search.result)
            except Exception as exc:  # the list stays; each row says there is no quote
                quotes = {m.facility.id: f"{type(exc).__name__}: {exc}" for m in quoted(answer.capable)}
            return answer, quotes  # added to the answer on the GUI thread, which shows it

        self._tasks.submit("search", work)

    def fetch(self, facility_id: str) -> None:
        """Read one facility on the store's thread; ``fetched`` brings it to the GUI thread."""
        self._tasks.submit("fetch", lambda _task: self._open_store().get(facility_id))

    def save(self, facility: Any) -> Task:
        """Write ``facility`` on the store's thread; ``saved`` (the stored record) or
        ``save_failed``. A newer record for the same facility supersedes one not yet written."""
        return self._tasks.submit(f"save:{facility.id}", lambda _task: self._open_store().update(facility))

    def _on_done(self, outcome: TaskOutcome) -> None:
        exc = outcome.error
        if outcome.key == "fetch":
            if exc is None:  # the saved facility no longer exists: stay without one
                self.fetched.emit(outcome.value)
        elif outcome.key.startswith("save:"):
            if exc is None:
                self.saved.emit(outcome.value)
            else:
                self.save_failed.emit(f"{exc}")
        elif outcome.progress:
            self.busy = False
            self.answered.emit(outcome.value)
        elif exc is not None:
            self.busy = False
            if isinstance(exc, FabwiseError):
                self.failed.emit(f"{exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
            else:  # the panel reports it; the app goes on
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        elif outcome.value is not None:
            answer, quotes = outcome.value
            answer.quotes.update(quotes)
            self.quoted.emit(answer)

    def close(self) -> None:
        def shut() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        self._tasks.shutdown(None, last=shut)
