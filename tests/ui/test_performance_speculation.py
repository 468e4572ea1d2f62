"""The fast preview path in the real window: speculative builds follow a slider drag and stop when
the user moves on, what the screen shows is always the newest value the user chose (never a
speculative guess, never a stale build), and a new result updates the scene in place.

A deliberately slow template (its build sleeps for its ``delay`` parameter) makes each interleaving
certain without relying on how fast the machine is; waits are on signals or conditions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from configurator.core.registry import TemplateRegistry
from configurator.core.service import BuildService
from configurator.core.trust import TrustAll
from configurator.ui.main_window import MainWindow
from tests.ui.helpers import (
    BUILD_WAIT_MS,
    commit,
    make_window,
    number_editor,
    on_screen,
    open_template,
    set_through_editor,
)

pytestmark = pytest.mark.gui
WAIT_S = BUILD_WAIT_MS / 1000

SLOW_TEMPLATES = """
import time
import cadquery as cq
from configurator.sdk.params import Length, MaterialSlot, Number
from configurator.sdk.product import Part, Product
from configurator.sdk.template import Template


def build(p):
    time.sleep(p.num("delay") / 1000)
    block = cq.Workplane("XY").box(p.num("size"), 20, 10, centered=(False, True, False))
    return Product(parts=(Part("block", block, p.text("material"), "fdm"),))


PARAMETERS = (Length("size", 30, 10, 100, step=1), Number("delay", 0, 0, 5000, unit="ms"),
              MaterialSlot("material", "pla", ("pla", "petg")))
SLOW = Template(id="slow-block", version="1.0.0", name="Slow block", description="sleeps",
                category="Test", processes=("fdm",), parameters=PARAMETERS, build=build)
OTHER = Template(id="slow-plate", version="1.0.0", name="Slow plate", description="sleeps",
                 category="Test", processes=("fdm",), parameters=PARAMETERS, build=build)
"""


@pytest.fixture(scope="module")
def slow_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[TemplateRegistry, BuildService]]:
    folder: Path = tmp_path_factory.mktemp("slow-templates")
    (folder / "slow_templates.py").write_text(SLOW_TEMPLATES)
    registry = TemplateRegistry.discover([folder], use_entry_points=False, trust=TrustAll())
    assert not registry.broken, registry.broken
    service = BuildService(registry)
    yield registry, service
    service.close()


@pytest.fixture
def window(qtbot: Any, slow_env: tuple[TemplateRegistry, BuildService], ui_data_dir: Path) -> MainWindow:
    registry, service = slow_env
    window = make_window(qtbot, registry, service, ui_data_dir)
    open_template(qtbot, window, "slow-block")
    return window


def record_results(window: MainWindow) -> list[Any]:
    shown: list[Any] = []
    window.session.result_ready.connect(shown.append)
    return shown


def move(qtbot: Any, window: MainWindow, slider: Any, position: int) -> None:
    """Drag the (pressed) slider to ``position`` and wait for that value's preview."""
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        slider.setSliderPosition(position)


def test_a_drag_speculates_the_values_ahead_and_reaching_one_is_a_cache_hit(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.session.bridge.service
    calls: list[tuple[Any, str, list[float]]] = []
    original = service.speculate_values

    def spy(request: Any, param: str, values: Any) -> int:
        calls.append((request, param, list(values)))
        return original(request, param, values)

    monkeypatch.setattr(service, "speculate_values", spy)
    editor: Any = window.page.panel.editor("size")
    slider = editor.slider
    start = slider.value()
    assert editor.value_at(start) == 30
    slider.setSliderDown(True)
    move(qtbot, window, slider, start + 2)
    move(qtbot, window, slider, start + 4)
    (first, _, first_values), (second, param, values) = calls
    # two slider positions per step: the next step, its neighbours, then one step further
    at = editor.value_at
    assert first_values == [at(start + 4), at(start + 5), at(start + 3), at(start + 6)]
    assert param == "size"
    assert values == [at(start + 6), at(start + 7), at(start + 5), at(start + 8)]
    assert second.params["size"] == at(start + 4)
    assert first.quality == second.quality == "drag"  # the drag's own quality

    assert service.speculator.wait_idle(WAIT_S)
    assert service.cached(service.request("slow-block", {"size": at(start + 6)}, quality="drag"))
    with qtbot.waitSignal(window.session.bridge.outcome, timeout=BUILD_WAIT_MS) as arrival:
        slider.setSliderPosition(start + 6)
    assert arrival.args[0].from_cache
    assert on_screen(window).params["size"] == at(start + 6)
    slider.setSliderDown(False)


def count_cancels(service: Any, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How often the queued guesses were dropped, and how many were waiting each time."""
    cancels: list[int] = []
    original = service.cancel_speculation

    def spy() -> None:
        cancels.append(len(service.speculator.queued()))
        original()

    monkeypatch.setattr(service, "cancel_speculation", spy)
    return cancels


def test_release_drops_queued_guesses_and_no_guess_is_ever_shown(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    commit(qtbot, window, "delay", 700)  # every build now takes 0.7 s
    service = window.session.bridge.service
    cancels = count_cancels(service, monkeypatch)
    editor: Any = window.page.panel.editor("size")
    slider = editor.slider
    start = slider.value()
    shown = record_results(window)
    slider.setSliderDown(True)
    move(qtbot, window, slider, start + 3)
    move(qtbot, window, slider, start + 6)
    assert cancels == []  # a drag replaces its guesses; it does not drop them
    assert all(
        g.params["size"] > editor.value_at(start + 6) for g in service.speculator.queued()
    )  # all ahead of the drag
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        slider.setSliderDown(False)  # release: commit, build fine
        assert len(cancels) == 1 and service.speculator.queued() == ()  # dropped at once
    assert service.speculator.wait_idle(WAIT_S)
    released = editor.value_at(start + 6)
    assert [(r.params["size"], r.quality) for r in shown] == [
        (editor.value_at(start + 3), "drag"),
        (released, "drag"),
        (released, "fine"),
    ]
    assert on_screen(window).quality == "fine"


def test_a_stale_drag_build_is_dropped_when_the_release_overtakes_it(qtbot: Any, window: MainWindow) -> None:
    commit(qtbot, window, "delay", 800)
    window.session.speculation.enabled = False  # only the main worker: a clean race
    editor: Any = window.page.panel.editor("size")
    slider = editor.slider
    start = slider.value()
    dropped = window.session.bridge.dropped
    shown = record_results(window)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        slider.setSliderDown(True)
        slider.setSliderPosition(start + 5)  # building for 0.8 s
        slider.setSliderPosition(start + 9)  # waits for it (only the newest dragged value)
        slider.setSliderDown(False)  # release at start + 9: a newer, fine request
    final = editor.value_at(start + 9)
    # start + 5 was built but never shown; nothing else was shown before the release's build
    assert [(r.params["size"], r.quality) for r in shown] == [(final, "fine")]
    assert window.session.bridge.dropped > dropped
    assert window.session.values["size"] == final


def test_switching_templates_drops_the_guesses_of_the_old_one(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.session.bridge.service
    slider: Any = number_editor(window, "size").slider
    start = slider.value()
    slider.setSliderDown(True)
    move(qtbot, window, slider, start + 2)
    move(qtbot, window, slider, start + 4)
    slider.setSliderDown(False)
    cancels = count_cancels(service, monkeypatch)
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        window.gallery_page.gallery.choose("slow-plate")
    assert cancels and service.speculator.queued() == ()
    assert on_screen(window).template_id == "slow-plate"
    assert service.speculator.wait_idle(WAIT_S)


def test_a_new_result_updates_the_same_actors_in_place(qtbot: Any, window: MainWindow) -> None:
    preview = window.page.preview
    if preview.plotter is None:
        pytest.skip(preview.view_error or "no 3D view")
    actor = preview.actor("part:block#0")
    edges = preview.actor("part:block#0:edges")
    assert actor is not None and edges is not None
    commit(qtbot, window, "size", 55)
    assert preview.actor("part:block#0") is actor and preview.actor("part:block#0:edges") is edges
    xmin, xmax, *_ = actor.GetMapper().GetInput().GetBounds()
    assert xmax - xmin == pytest.approx(55.0)
    color = tuple(actor.prop.color)
    commit(qtbot, window, "material", "petg")
    assert preview.actor("part:block#0") is actor and tuple(actor.prop.color) != color


@pytest.mark.render
def test_drag_frames_skip_multisampling_only_on_a_software_renderer(qtbot: Any, window: MainWindow) -> None:
    preview = window.page.preview
    window_gl = preview.plotter.ren_win
    still_samples = window_gl.GetMultiSamples()
    assert preview.software_gl is not None  # known after the first frame
    slider: Any = number_editor(window, "size").slider
    slider.setSliderDown(True)
    move(qtbot, window, slider, slider.value() + 3)
    assert on_screen(window).quality == "drag"
    assert window_gl.GetMultiSamples() == (0 if preview.software_gl else still_samples)
    if not preview.software_gl or not still_samples:
        with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
            slider.setSliderDown(False)
        assert window_gl.GetMultiSamples() == still_samples
        return
    # the fine mesh is shown at drag speed, then drawn anti-aliased once the user pauses
    with qtbot.waitSignal(window.session.result_ready, timeout=BUILD_WAIT_MS):
        slider.setSliderDown(False)
    assert on_screen(window).quality == "fine"
    assert window_gl.GetMultiSamples() == 0
    with qtbot.waitSignal(preview.frame_refined, timeout=BUILD_WAIT_MS):
        pass
    assert window_gl.GetMultiSamples() == still_samples


@pytest.mark.render
def test_a_result_is_reported_shown_once_its_frame_is_on_screen(qtbot: Any, window: MainWindow) -> None:
    preview = window.page.preview
    events: list[str] = []
    # QtInteractor: Qt swaps the frame later; the native view: render() puts it on screen
    frame_done = preview.plotter.frame_rendered if preview.native_view else preview.plotter.frameSwapped
    frame_done.connect(lambda: events.append("frame"))
    preview.scene_shown.connect(lambda _result: events.append("shown"))
    with qtbot.waitSignal(preview.scene_shown, timeout=BUILD_WAIT_MS) as shown:
        set_through_editor(window.page.panel.editor("size"), 45)
    assert shown.args[0] is on_screen(window)
    assert shown.args[0].params["size"] == 45
    assert "frame" in events and events.index("frame") < events.index("shown")
