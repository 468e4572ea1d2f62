"""Preview latency in the real window: from a slider change to the new mesh on screen.

    .venv/bin/python benchmarks/preview_gui.py            # every shipped template, ~10 minutes
    .venv/bin/python benchmarks/preview_gui.py --templates shelf-bracket --steps 20

Without a display it runs itself again under ``xvfb-run -a -s "-screen 0 1280x1024x24"`` with
``QT_QPA_PLATFORM=xcb`` (as the GUI tests do); a real X display is used as it is.

It drives the real :class:`~configurator.ui.main_window.MainWindow` (slider pressed, moved step by
step, released, as a hand would) and times each step from the slider change to the moment the
preview has rendered the mesh for that value (``PreviewPane.scene_shown``, emitted right after the
render). For every shipped template, over a scripted drag of its first length parameter:

- ``raw``: the kernel alone, the template's CadQuery build + tessellation of the same values in a
  warm process of its own (``kernel_timing.py``);
- ``cold``: change -> shown with speculation off, each value built when asked (``cold/raw`` is the
  median of the per-step ratios);
- ``spec``: the same drag paced like a hand (``--pace`` ms between steps once a step is shown) with
  speculative builds of the values ahead on the spare worker (``spec/raw`` = median spec / median
  raw);
- ``hit``: dragging back over values already built (cache hits, including the redraw);
- ``stall``: the longest gap of a zero-interval ``QTimer`` during a third run of the drag, slider
  down (the longest time the event loop could not answer the user), and ``rel``: the same from
  the release until 0.4 s later (fine mesh, eco report, the anti-aliased still frame);
- ``fine``: release -> fine mesh shown, and ``jump``: how far the model's outline moves on screen
  between the last coarse and the fine mesh of the same values (pixels at the current zoom);
- ``mat``: a material change (a committed, fine build) and its ``raw`` at fine quality.

Then the start-up (``launch -> window shown``, ``-> first preview``, by starting the app in a fresh
process the way ``fabwise`` does and opening a template as soon as the window is painted) and a
``--session-steps`` long drag session reporting the peak memory (RSS) of the app and both workers.

To measure another version of the app ("before" numbers), put its checkout first on the path:
``PYTHONPATH=/path/to/old/checkout .venv/bin/python benchmarks/preview_gui.py`` (the benchmark
falls back where older code lacks something, e.g. speculation; it needs
``configurator/core/drag.py``, which has no effect on the app, copied into that checkout).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
WAIT_S = 180.0
XVFB_SCREEN = "1280x1024x24"


# ------------------------------------------------------------------------------------ display
def ensure_display() -> None:
    """Re-run this script under Xvfb when there is no X display."""
    if os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "xcb")
        return
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("preview_gui: no DISPLAY and no xvfb-run; install xvfb (Debian: apt install xvfb)")
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    command = [xvfb, "-a", "-s", f"-screen 0 {XVFB_SCREEN}", sys.executable, *sys.argv]
    sys.exit(subprocess.call(command, env=env))


# ------------------------------------------------------------------------------------- launch
def probe_launch(template_id: str) -> None:
    """Child process: start the app as ``fabwise`` does; print monotonic timestamps as JSON."""
    marks: dict[str, float] = {"interpreter_ready": time.monotonic()}
    from configurator.core.lazy_cad import install_lazy_cadquery

    install_lazy_cadquery()
    import configurator.ui.app as app_module

    original = app_module.open_main_window

    def instrumented(*args: Any, **kwargs: Any) -> Any:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        window, service = original(*args, **kwargs)
        marks["window_created"] = time.monotonic()

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and "first_paint_event" not in marks:
                    marks["first_paint_event"] = time.monotonic()
                    QTimer.singleShot(0, painted)  # runs once the first frame is drawn
                return False

        def painted() -> None:
            marks["window_shown"] = time.monotonic()  # the first frame has been drawn
            window.gallery_page.gallery.choose(template_id)  # the user clicks as soon as they can

        def shown(result: Any) -> None:
            if "first_preview" not in marks:
                marks["first_preview"] = time.monotonic()
                marks["first_preview_quality"] = 1.0 if result.quality == "fine" else 0.0
                QTimer.singleShot(0, window.close)

        window.session.result_ready.connect(lambda _r: marks.setdefault("first_result", time.monotonic()))
        watcher = FirstPaint(window)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(watcher)
        window.startup_finished.connect(lambda: marks.setdefault("view_ready", time.monotonic()))
        window.page.preview.scene_shown.connect(shown)
        QTimer.singleShot(int(WAIT_S * 1000), window.close)
        return window, service

    app_module.open_main_window = instrumented  # type: ignore[assignment]
    from configurator.app_launcher import main as fabwise_main

    code = fabwise_main([])
    marks["exit_code"] = float(code)
    print(json.dumps(marks))


def launch_once(template_id: str, data_dir: Path) -> dict[str, float]:
    import configurator

    root = Path(configurator.__file__).resolve().parents[1]  # the code under test (see --help)
    env = {**os.environ, "FABWISE_DATA_DIR": str(data_dir), "PYTHONPATH": str(root)}
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--probe-launch", template_id],
        capture_output=True,
        text=True,
        env=env,
        timeout=WAIT_S + 60,
        cwd=data_dir,
    )
    if proc.returncode != 0 or not proc.stdout.strip():
        raise RuntimeError(f"launch probe failed ({proc.returncode}): {proc.stderr[-2000:]}")
    marks = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        k: (v - start if k not in ("exit_code", "first_preview_quality") else v) for k, v in marks.items()
    }


def launch_report(template_id: str, runs: int) -> None:
    print(
        f"\nstart-up: `fabwise` in a fresh process, opening {template_id} as soon as the window "
        "is painted (seconds from process start)"
    )
    print(f"{'run':<28} {'window shown':>12} {'3D view':>8} {'first preview':>13}")
    with tempfile.TemporaryDirectory(prefix="fabwise-launch-") as folder:
        data = Path(folder)
        rows: list[dict[str, float]] = []
        for run in range(runs):
            marks = launch_once(template_id, data)
            label = "first ever (no thumbnails)" if run == 0 else f"again #{run}"
            rows.append(marks)
            print(
                f"{label:<28} {marks.get('window_shown', math.nan):12.2f} "
                f"{marks.get('view_ready', math.nan):8.2f} "
                f"{marks.get('first_preview', math.nan):13.2f}"
            )
        if len(rows) > 1:
            later = rows[1:]
            med = {
                k: statistics.median(r.get(k, math.nan) for r in later)
                for k in ("window_shown", "view_ready", "first_preview")
            }
            print(
                f"{'median of later runs':<28} {med['window_shown']:12.2f} "
                f"{med['view_ready']:8.2f} {med['first_preview']:13.2f}"
            )


# ------------------------------------------------------------------------------------- drags
@dataclass
class Shown:
    at: float
    result: Any
    size_text: str


@dataclass
class TemplateRow:
    template: str
    param: str = ""
    steps: int = 0
    raw: list[float] = field(default_factory=list)
    cold: list[float] = field(default_factory=list)
    spec: list[float] = field(default_factory=list)
    hits: list[float] = field(default_factory=list)
    lookup: list[float] = field(default_factory=list)
    stall_s: float = math.nan
    stall_release_s: float = math.nan
    fine_s: float = math.nan
    raw_fine_s: float = math.nan
    jump_px: float = math.nan
    jump_mm: float = math.nan
    size_text_same: bool = True
    material_s: float = math.nan
    raw_material_s: float = math.nan
    speculated: int = 0
    note: str = ""


class Bench:
    """The app, one window, and the waiting and recording the benchmark needs."""

    def __init__(self, args: argparse.Namespace, data_dir: Path) -> None:
        from configurator.core.lazy_cad import install_lazy_cadquery

        install_lazy_cadquery()  # as the app does: no CadQuery in the GUI process
        from PySide6.QtCore import QSettings, QTimer
        from shipped import shipped_registry

        from configurator.core.service import BuildService
        from configurator.core.worker import WorkerProcess
        from configurator.ui.app import create_application
        from configurator.ui.main_window import MainWindow

        self.args = args
        self.registry = shipped_registry()
        self.app = create_application()
        self.service = BuildService(self.registry)
        settings = QSettings(str(data_dir / "bench-settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.registry, self.service, settings=settings)
        self.window.resize(1280, 900)
        self.window.show()
        self.window.finish_startup()
        self.shown: list[Shown] = []
        self.failures: list[Any] = []  # build errors (e.g. a template refusing a value)
        self.window.page.preview.scene_shown.connect(self._on_shown)
        self.window.session.build_failed.connect(self.failures.append)
        self.raw_worker = WorkerProcess()  # the kernel alone, in a warm process of its own
        self.stall_timer = QTimer()
        self.stall_timer.setInterval(0)
        self.stall_timer.timeout.connect(self._tick)
        self._last_tick = 0.0
        self.max_gap = 0.0
        warm_up = getattr(self.service, "warm_up", None)  # older code (for "before" runs): none
        if warm_up is not None:
            warm_up(speculative=True)
        else:
            self.service.worker.start()
        self.raw_worker.start()
        self.wait_until(self.speculation_idle, "speculative worker start")

    # ------------------------------------------------------------- waiting
    def _on_shown(self, result: Any) -> None:
        self.shown.append(Shown(time.perf_counter(), result, self.window.page.preview.dimensions.text()))

    def _tick(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last_tick)
        self._last_tick = now

    def start_stall_meter(self) -> None:
        self.max_gap = 0.0
        self._last_tick = time.perf_counter()
        self.stall_timer.start()

    def stop_stall_meter(self) -> float:
        self.stall_timer.stop()
        self._tick()
        return self.max_gap

    def wait_until(self, predicate: Callable[[], bool], what: str, timeout: float = WAIT_S) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        if predicate():
            return
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(5)

        def check() -> None:
            if predicate() or time.monotonic() > deadline:
                loop.quit()

        deadline = time.monotonic() + timeout
        poll.timeout.connect(check)
        self.window.page.preview.scene_shown.connect(check)
        poll.start()
        loop.exec()
        poll.stop()
        self.window.page.preview.scene_shown.disconnect(check)
        if not predicate():
            raise TimeoutError(f"timed out waiting for {what}")

    def pump(self, ms: float) -> None:
        """Let the event loop run for ``ms`` (the user's hand moving)."""
        end = time.monotonic() + ms / 1000
        self.wait_until(lambda: time.monotonic() >= end, "pace", timeout=ms / 1000 + 5)

    def shown_matching(self, since: int, match: Callable[[Any], bool]) -> Shown | None:
        for item in self.shown[since:]:
            if match(item.result):
                return item
        return None

    def wait_shown(self, since: int, match: Callable[[Any], bool], what: str) -> Shown:
        self.wait_until(lambda: self.shown_matching(since, match) is not None, what)
        found = self.shown_matching(since, match)
        assert found is not None
        return found

    def mark(self) -> tuple[int, int]:
        return len(self.shown), len(self.failures)

    def wait_shown_or_failed(self, mark: tuple[int, int], match: Callable[[Any], bool], what: str) -> None:
        since, failed = mark
        self.wait_until(
            lambda: self.shown_matching(since, match) is not None or len(self.failures) > failed, what
        )

    def settle(self) -> None:
        """Wait until nothing else runs: eco guide, speculative builds; then empty the cache."""
        eco = self.window.eco
        self.wait_until(lambda: not eco.guide_running and not eco._guide_timer.isActive(), "the eco guide")
        cancel = getattr(self.service, "cancel_speculation", None)
        if cancel is not None:
            cancel()
        self.wait_until(self.speculation_idle, "speculative builds")
        self.service.cache.clear()

    def speculation_idle(self) -> bool:
        return not getattr(self.service.speculator, "busy", False)

    def set_speculation(self, enabled: bool) -> None:
        speculation = getattr(self.window.session, "speculation", None)
        if speculation is not None:
            speculation.enabled = enabled

    def speculated(self) -> int:
        speculation = getattr(self.window.session, "speculation", None)
        return int(speculation.queued_total) if speculation is not None else 0

    def raw_seconds(self, entry: Any, value_sets: Sequence[dict[str, Any]], quality: str) -> list[float]:
        times: list[float] = self.raw_worker.call(
            "kernel_timing:time_kernel", (entry.ref, list(value_sets), quality), WAIT_S * 4
        )
        return times

    def rss(self, field: str = "VmHWM") -> tuple[float, float, float]:
        from drag_plan import rss_mb

        spec = self.service.speculator.worker.pid
        return (rss_mb(os.getpid(), field), rss_mb(self.service.worker.pid, field), rss_mb(spec, field))

    def close(self) -> None:
        self.window.close()
        self.raw_worker.close()
        self.service.close()
        self.app.processEvents()


def value_at(editor: Any, position: int) -> Any:
    finder = getattr(editor, "value_at", None) or editor._from_position  # older code: private
    return finder(position)


def same(a: Any, b: Any) -> bool:
    return abs(float(a) - float(b)) < 1e-9


def pixels_per_mm(plotter: Any) -> float:
    camera = plotter.camera
    height = plotter.renderer.GetSize()[1]
    if camera.GetParallelProjection():
        return float(height / (2 * camera.GetParallelScale()))
    half_angle = math.radians(camera.GetViewAngle()) / 2
    return float(height / (2 * camera.GetDistance() * math.tan(half_angle)))


def drag(
    bench: Bench, editor: Any, name: str, positions: Sequence[int], values: Sequence[float], *, pace_ms: float
) -> tuple[list[float], Shown | None]:
    """Press, move through ``positions`` waiting for each value's mesh, keep the slider down."""
    times: list[float] = []
    last: Shown | None = None
    editor.slider.setSliderDown(True)
    for position, value in zip(positions, values, strict=True):
        since = len(bench.shown)
        start = time.perf_counter()
        editor.slider.setSliderPosition(position)
        last = bench.wait_shown(
            since, lambda r, v=value: r.quality != "fine" and same(r.params[name], v), f"{name}={value}"
        )
        times.append(last.at - start)
        if pace_ms:
            bench.pump(pace_ms)
    return times, last


def release(bench: Bench, editor: Any, name: str, value: float) -> tuple[float, Shown]:
    since = len(bench.shown)
    start = time.perf_counter()
    editor.slider.setSliderDown(False)
    fine = bench.wait_shown(
        since, lambda r: r.quality == "fine" and same(r.params[name], value), "fine build"
    )
    return fine.at - start, fine


def reset(bench: Bench, name: str, default: Any) -> None:
    session = bench.window.session
    if same(session.values[name], default):
        bench.settle()
        return
    since = len(bench.shown)
    session.commit_values({name: default})
    bench.wait_shown(since, lambda r: r.quality == "fine" and same(r.params[name], default), "reset")
    bench.settle()


def bench_template(bench: Bench, entry: Any, steps: int, pace_ms: float) -> TemplateRow:
    from drag_plan import slider_plan

    template = entry.template
    row = TemplateRow(template.id)
    plan = slider_plan(entry, steps)
    if plan is None or len(plan[2]) < 3:
        row.note = "no length parameter to drag"
        return row
    param, positions, values = plan
    name = param.name
    row.param = name
    window = bench.window
    since = len(bench.shown)
    window.open_template(template.id)
    bench.wait_shown(
        since, lambda r: r.template_id == template.id and r.quality == "fine", f"{template.id} first preview"
    )
    bench.settle()

    editor = window.page.panel.editor(name)
    assert all(value_at(editor, p) == v for p, v in zip(positions, values, strict=True))
    row.steps = len(values)
    schema = template.schema
    value_sets = [schema.validate({name: v}) for v in values]
    row.raw = bench.raw_seconds(entry, value_sets, "coarse")

    # 1. cold: every step built when asked
    bench.set_speculation(False)
    row.cold, last_coarse = drag(bench, editor, name, positions, values, pace_ms=pace_ms)
    row.fine_s, fine = release(bench, editor, name, values[-1])
    row.raw_fine_s = statistics.median(bench.raw_seconds(entry, [value_sets[-1]] * 3, "fine"))
    if last_coarse is not None:
        coarse_bounds = last_coarse.result.assembled_bounds()
        fine_bounds = fine.result.assembled_bounds()
        row.jump_mm = max(
            abs(a - b)
            for lo_hi in zip(coarse_bounds, fine_bounds, strict=True)
            for a, b in zip(*lo_hi, strict=True)
        )
        row.jump_px = row.jump_mm * pixels_per_mm(window.page.preview.plotter)
        row.size_text_same = last_coarse.size_text == fine.size_text
    materials = schema.material_params()
    if materials:
        material_editor = window.page.panel.editor(materials[0].name)
        options = [
            o
            for o in material_editor.enabled_options()  # type: ignore[attr-defined]
            if o != window.session.values[materials[0].name]
        ]
        if options:
            bench.settle()
            since = len(bench.shown)
            start = time.perf_counter()
            material_editor.select(options[0])  # type: ignore[attr-defined]
            shown = bench.wait_shown(
                since,
                lambda r: r.quality == "fine" and r.params[materials[0].name] == options[0],
                "material change",
            )
            row.material_s = shown.at - start
            material_set = schema.validate({name: values[-1], materials[0].name: options[0]})
            row.raw_material_s = statistics.median(bench.raw_seconds(entry, [material_set] * 3, "fine"))
            window.session.commit_values({materials[0].name: materials[0].default})

    # 2. speculative: the same drag, paced like a hand, the spare worker building ahead
    reset(bench, name, param.default)
    bench.set_speculation(True)
    before = bench.speculated()
    row.spec, _ = drag(bench, editor, name, positions, values, pace_ms=pace_ms)
    row.speculated = bench.speculated() - before
    # cache hits: back over the same values
    back = list(zip(positions, values, strict=True))[-2::-1]
    row.hits, _ = drag(bench, editor, name, [p for p, _ in back], [v for _, v in back], pace_ms=0)
    drag_quality = bench.window.session.result.quality  # the quality of the drag's frames
    requests = [bench.service.request(template.id, s, quality=drag_quality) for s in value_sets]
    for request in requests:
        start = time.perf_counter()
        bench.service.cached(request)
        row.lookup.append(time.perf_counter() - start)
    release(bench, editor, name, values[0])

    # 3. event-loop stalls during the same speculative drag, and at its release
    reset(bench, name, param.default)
    bench.start_stall_meter()
    drag(bench, editor, name, positions, values, pace_ms=pace_ms)
    row.stall_s = bench.stop_stall_meter()
    bench.start_stall_meter()
    release(bench, editor, name, values[-1])
    bench.pump(400)  # includes the anti-aliased still frame drawn once the user pauses
    row.stall_release_s = bench.stop_stall_meter()
    reset(bench, name, param.default)
    return row


def print_rows(rows: Sequence[TemplateRow]) -> None:
    from drag_plan import ms

    print(
        f"\n{'template':<20} {'parameter':<15} {'n':>3} | {'raw':>6} {'p95':>6} | "
        f"{'cold':>6} {'p95':>6} {'c/r':>5} | {'spec':>6} {'p95':>6} {'s/r':>5} | "
        f"{'hit':>5} {'stall':>5} {'rel':>4} | {'fine':>6} {'raw':>6} {'jump':>5} | "
        f"{'mat':>6} {'raw':>6}"
    )
    for row in rows:
        if row.note:
            print(f"{row.template:<20} ({row.note})")
            continue
        raw_med, raw_p95 = ms(row.raw)
        cold_med, cold_p95 = ms(row.cold)
        spec_med, spec_p95 = ms(row.spec)
        hit_med, _ = ms(row.hits)
        ratio = statistics.median(c / r for c, r in zip(row.cold, row.raw, strict=True))
        print(
            f"{row.template:<20} {row.param:<15} {row.steps:3d} | {raw_med:6.0f} {raw_p95:6.0f}"
            f" | {cold_med:6.0f} {cold_p95:6.0f} {ratio:5.2f} | {spec_med:6.0f} "
            f"{spec_p95:6.0f} {spec_med / raw_med:5.2f} | {hit_med:5.1f} "
            f"{row.stall_s * 1000:5.0f} {row.stall_release_s * 1000:4.0f} | "
            f"{row.fine_s * 1000:6.0f} {row.raw_fine_s * 1000:6.0f} "
            f"{row.jump_px:5.1f} | {row.material_s * 1000:6.0f} "
            f"{row.raw_material_s * 1000:6.0f}"
        )
    valid = [r for r in rows if not r.note]
    if valid:
        lookups = [t for r in valid for t in r.lookup]
        print(
            f"cache lookup (service.cached) median {ms(lookups)[0]:.3f} ms; "
            f"size label unchanged coarse->fine: "
            f"{sum(r.size_text_same for r in valid)}/{len(valid)} templates; largest jump "
            f"{max(r.jump_mm for r in valid):.3f} mm = {max(r.jump_px for r in valid):.1f} px"
        )


def session_memory(bench: Bench, template_id: str, steps: int, pace_ms: float) -> None:
    """A long session: drags of every numeric parameter in turn (50 steps each, released at the
    end, as a user tries things out), so almost every step is a new design."""
    from configurator.sdk.params import NUMERIC_KINDS

    entry = bench.registry.get(template_id)
    schema = entry.template.schema
    names = [p.name for p in schema.parameters if p.kind in NUMERIC_KINDS]
    window = bench.window
    since = len(bench.shown)
    window.open_template(template_id)
    bench.wait_shown(since, lambda r: r.template_id == template_id and r.quality == "fine", "session start")
    bench.settle()
    samples: list[tuple[int, tuple[float, float, float], int, float]] = []
    start = time.perf_counter()
    step, segment = 0, 0
    while step < steps:
        name = names[segment % len(names)]
        segment += 1
        editor: Any = window.page.panel.editor(name)
        slider = editor.slider
        position, direction, stride = slider.value(), 1 if segment % 2 else -1, 1 + segment % 3
        slider.setSliderDown(True)
        moved = 0
        for _ in range(200):  # at most this many tries per segment (refused values are skipped)
            if moved == 50 or step == steps:
                break
            candidate = position + direction * stride
            if not 0 <= candidate <= slider.maximum() or candidate == slider.value():
                direction = -direction
                continue
            value = value_at(editor, candidate)
            if schema.check({**window.session.values, name: value})[1]:
                direction = -direction  # the template refuses it: go back the other way
                continue
            position = candidate
            mark = bench.mark()
            slider.setSliderPosition(position)
            bench.wait_shown_or_failed(
                mark, lambda r, n=name, v=value: same(r.params[n], v), f"session step {step}"
            )
            step += 1
            moved += 1
            if pace_ms:
                bench.pump(pace_ms)
            if step % 50 == 0:
                samples.append(
                    (step, bench.rss("VmRSS"), len(bench.service.cache), bench.service.cache.nbytes / 1e6)
                )
        mark = bench.mark()
        slider.setSliderDown(False)
        if moved:
            bench.wait_shown_or_failed(mark, lambda r: r.quality == "fine", "release")
    elapsed = time.perf_counter() - start
    from drag_plan import rss_mb

    print(
        f"\n{steps}-step session on {template_id} ({len(names)} parameters dragged in turn, "
        f"released every 50 steps; {elapsed:.0f} s; {len(bench.failures)} builds refused): "
        "resident memory (VmRSS) in MB, cache"
    )
    for step_no, (app, worker, spec), entries, megabytes in samples:
        print(
            f"  step {step_no:4d}: app {app:6.0f}  worker {worker:6.0f}  speculative "
            f"{spec:6.0f}  cache {entries:4d} entries {megabytes:5.1f} MB"
        )
    pids = (os.getpid(), bench.service.worker.pid, bench.service.speculator.worker.pid)
    peaks = [rss_mb(pid, "VmHWM") for pid in pids]
    print(
        f"  peak RSS (VmHWM): app {peaks[0]:.0f} MB, build worker {peaks[1]:.0f} MB, "
        f"speculative worker {peaks[2]:.0f} MB; cache limit "
        f"{bench.service.cache.max_entries} entries / "
        f"{bench.service.cache.max_bytes / 1e6:.0f} MB"
    )


def run_drags(args: argparse.Namespace) -> None:
    from drag_plan import load_note

    with tempfile.TemporaryDirectory(prefix="fabwise-bench-") as folder:
        os.environ["FABWISE_DATA_DIR"] = folder
        os.environ["FABWISE_NO_THUMBNAILS"] = "1"  # start-up work, measured separately
        bench = Bench(args, Path(folder))
        try:
            entries = [
                e for e in bench.registry.entries if not args.templates or e.template.id in args.templates
            ]
            if not args.no_drags:
                print(
                    f"\ndrag: {args.steps} steps of the first length parameter, paced at "
                    f"{args.pace:g} ms once each step is shown; times in ms ({load_note()})"
                )
                rows = []
                for entry in entries:
                    row = bench_template(bench, entry, args.steps, args.pace)
                    rows.append(row)
                    print(f"  {entry.template.id}: done ({load_note()})", flush=True)
                print_rows(rows)
                app, worker, spec = bench.rss()
                print(
                    f"peak RSS after the drags: app {app:.0f} MB, build worker "
                    f"{worker:.0f} MB, speculative worker {spec:.0f} MB"
                )
            if args.session_steps:
                session_memory(bench, args.session_template, args.session_steps, args.pace)
        finally:
            bench.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--templates", nargs="*", help="template ids (default: every shipped one)")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument(
        "--pace", type=float, default=80.0, help="ms the hand takes to the next step once one is shown"
    )
    parser.add_argument(
        "--launch-runs",
        type=int,
        default=4,
        help="start-ups to time (the first with an empty profile); 0 to skip",
    )
    parser.add_argument("--launch-template", default="shelf-bracket")
    parser.add_argument("--session-steps", type=int, default=500, help="0 to skip")
    parser.add_argument("--session-template", default="shelf-bracket")
    parser.add_argument(
        "--no-drags", action="store_true", help="skip the per-template drags (start-up and session only)"
    )
    parser.add_argument("--probe-launch", metavar="TEMPLATE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    if args.probe_launch:
        probe_launch(args.probe_launch)
        return
    ensure_display()
    from drag_plan import load_note

    print(
        f"preview GUI benchmark (QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}, "
        f"DISPLAY={os.environ.get('DISPLAY')}; {load_note()})",
        flush=True,
    )
    if args.launch_runs:
        launch_report(args.launch_template, args.launch_runs)
    if not args.no_drags or args.session_steps:
        run_drags(args)


if __name__ == "__main__":
    main()
