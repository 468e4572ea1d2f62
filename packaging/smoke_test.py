"""Smoke test of a built Fabwise bundle, as a user would use it.

    python3 packaging/smoke_test.py [--bundle DIR] [--no-gui] [--keep] [--out DIR]

Runs the bundle's own executable with a fresh, temporary home and user data folder, and nothing of
the developer's environment (no virtualenv, no PYTHONPATH, no FABWISE_RESOURCES):

* command line, no display: --version (start time, cold and warm), templates list (the built-in
  templates come from the bundled entry points), an unknown template (one-line error, exit 2),
  workshops, export of an FDM product and a laser-cut product through the build worker, then
  `package verify` of both packages;
* desktop app, on a virtual screen (Xvfb), driven with xdotool: a first start and quit, a second
  start, open a design file (File > Open design file…), export it from the export dialog (Ctrl+E,
  Export), verify that package, quit; with start times (until the main window is painted) and
  screenshots.

After every run it checks that no process of the bundle is left behind (the build worker must
stop with the app). Prints the bundle size, start times, each step, and exits 0 only when all
passed. Standard library only; the desktop part needs Debian's xvfb, xdotool, x11-utils and
imagemagick. It is not part of the test suite: a build takes minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
WORKSHOP = "example-atelier-canal"  # a fictional workshop shipped in resources/, with FDM and laser
# (template, process, delivered from): a city found among GeoNames places above 5,000
# inhabitants, and a small town found only among those above 1,000 (both extracts are bundled).
EXPORTS = (("shelf-bracket", "fdm", "Lyon, FR"), ("finger-box", "laser", "Saint-Céré, FR"))
GUI_TEMPLATE = "shelf-bracket"
DESIGN_NAME = "Smoke test bracket"
CLI_TIMEOUT_S = 300.0
WINDOW_TIMEOUT_S = 180.0
EXPORT_TIMEOUT_S = 300.0
QUIT_TIMEOUT_S = 60.0


class SmokeFailure(Exception):
    """A check failed; the message says what was expected and what happened."""


@dataclass
class Step:
    name: str
    ok: bool
    seconds: float
    detail: str


@dataclass
class Report:
    bundle: str = ""
    version: str = ""
    sizes: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    steps: list[Step] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return bool(self.steps) and all(step.ok for step in self.steps)

    def run(self, name: str, check: Callable[[], str]) -> bool:
        started = time.monotonic()
        try:
            detail, ok = check(), True
        except SmokeFailure as exc:
            detail, ok = str(exc), False
        seconds = time.monotonic() - started
        self.steps.append(Step(name, ok, seconds, detail))
        print(f"  {'ok  ' if ok else 'FAIL'} {name} ({seconds:.1f} s): {detail}", flush=True)
        return ok


# ------------------------------------------------------------------------------- the bundle
def find_bundle(given: Path | None) -> Path:
    if given is not None:
        bundle = given.resolve()
    else:
        found = sorted(
            (PACKAGING / "dist").glob("fabwise-*-linux-*/fabwise"), key=lambda p: p.stat().st_mtime
        )
        if not found:
            raise SystemExit(
                "smoke: no bundle in packaging/dist/; build one with "
                "`bash packaging/build.sh`, or give --bundle DIR"
            )
        bundle = found[-1].parent
    if not (bundle / "fabwise").is_file():
        raise SystemExit(f"smoke: {bundle} has no fabwise executable")
    return bundle


def source_version() -> str:
    text = (REPO / "configurator" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise SystemExit("smoke: no __version__ in configurator/__init__.py")
    return match.group(1)


def builtin_template_ids() -> set[str]:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return set(pyproject["project"]["entry-points"]["fabwise.templates"])


def tree_size(folder: Path) -> tuple[int, int]:
    total = files = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            if not path.is_symlink():
                total += path.stat().st_size
                files += 1
    return total, files


def mb(size: int) -> float:
    return round(size / 1_000_000, 1)


def bundle_processes(bundle: Path) -> list[int]:
    """Processes running the bundle's executable (the app, or its build workers)."""
    exe = (bundle / "fabwise").resolve()
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if Path(os.readlink(entry / "exe")) == exe:
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


# ------------------------------------------------------------------------------- running it
class Bundle:
    def __init__(self, folder: Path, work: Path) -> None:
        self.folder = folder
        self.exe = folder / "fabwise"
        self.work = work
        home = work / "home"
        home.mkdir(parents=True, exist_ok=True)
        self.data = work / "data"
        # Only what a desktop session would have: no virtualenv, no Python or Fabwise overrides.
        self.env = {
            "HOME": str(home),
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "LANG": os.environ.get("LANG", "C.UTF-8"),
            "FABWISE_DATA_DIR": str(self.data),
            "TMPDIR": str(work),
        }

    def run(
        self, args: Sequence[str], timeout: float = CLI_TIMEOUT_S, **extra_env: str
    ) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.monotonic()
        try:
            result = subprocess.run(
                [str(self.exe), *args],
                capture_output=True,
                text=True,
                timeout=timeout,
                env={**self.env, **extra_env},
                cwd=self.work,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"`fabwise {' '.join(args)}` did not finish in {timeout:g} s") from None
        return result, time.monotonic() - started

    def ok(self, args: Sequence[str], timeout: float = CLI_TIMEOUT_S) -> tuple[str, float]:
        result, seconds = self.run(args, timeout)
        if result.returncode != 0:
            raise SmokeFailure(
                f"`fabwise {' '.join(args)}` exited {result.returncode}: "
                f"{_tail(result.stderr or result.stdout)}"
            )
        if "Traceback" in result.stderr:
            raise SmokeFailure(f"`fabwise {' '.join(args)}` printed a traceback: {_tail(result.stderr)}")
        return result.stdout, seconds

    def assert_no_leftovers(self, what: str) -> None:
        deadline = time.monotonic() + 10
        while (left := bundle_processes(self.folder)) and time.monotonic() < deadline:
            time.sleep(0.2)  # a process that is exiting gets a moment to finish
        if left:
            raise SmokeFailure(f"after {what}, processes of the bundle still run: {left}")


def _tail(text: str, lines: int = 6) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


# ------------------------------------------------------------------------------- command line
def cli_checks(bundle: Bundle, report: Report, version: str) -> list[Path]:
    def version_check() -> str:
        out, cold = bundle.ok(["--version"])
        if out.strip() != f"fabwise {version}":
            raise SmokeFailure(f"expected 'fabwise {version}', got {out.strip()!r}")
        warm = statistics.median(bundle.ok(["--version"])[1] for _ in range(3))
        report.timings["cli_start_cold_s"] = round(cold, 2)
        report.timings["cli_start_warm_s"] = round(warm, 2)
        return f"{out.strip()}; start {cold:.2f} s first, {warm:.2f} s after (median of 3)"

    def templates_check() -> str:
        out, seconds = bundle.ok(["templates", "list", "--json"])
        listing = json.loads(out)
        ids = {t["id"] for t in listing["templates"] if t["origin"] == "builtin"}
        missing = builtin_template_ids() - ids
        if missing or listing["broken"]:
            raise SmokeFailure(f"built-in templates missing: {sorted(missing)}; broken: {listing['broken']}")
        report.timings["cli_templates_list_s"] = round(seconds, 2)
        return f"{len(ids)} built-in templates from the bundled entry points: {', '.join(sorted(ids))}"

    def user_error_check() -> str:
        result, _ = bundle.run(["build", "no-such-template"])
        lines = result.stderr.strip().splitlines()
        if result.returncode != 2 or not lines or "Traceback" in result.stderr:
            raise SmokeFailure(
                f"expected exit 2 and a short message, got {result.returncode}: {_tail(result.stderr)}"
            )
        return lines[0]

    def facilities_check() -> str:
        out, _ = bundle.ok(["facilities", "list", "--limit", "0", "--json"])
        ids = {f["id"] for f in json.loads(out)}
        if WORKSHOP not in ids:
            raise SmokeFailure(f"the shipped workshop {WORKSHOP} is not in the list")
        examples = json.loads(bundle.ok(["facilities", "list", "--kind", "example", "--json"])[0])
        return f"{len(ids)} workshops seeded from the bundled resources/, {len(examples)} of them examples"

    packages: list[Path] = []

    def export_check(template: str, place: str) -> Callable[[], str]:
        def check() -> str:
            target = bundle.work / f"{template}.zip"
            out, seconds = bundle.ok(
                ["export", template, "--facility", WORKSHOP, "--from", place, "-o", str(target)]
            )
            if not target.is_file():
                raise SmokeFailure(f"export said {_tail(out)!r} but wrote no {target.name}")
            packages.append(target)
            report.timings[f"cli_export_{template}_s"] = round(seconds, 2)
            bundle.assert_no_leftovers("the export")
            return f"{target.name}: {target.stat().st_size / 1000:.0f} kB; {_tail(out, 3)}"

        return check

    def verify_check() -> str:
        if not packages:
            raise SmokeFailure("no package was exported")
        for package in packages:
            out, _ = bundle.ok(["package", "verify", str(package)])
            if "PASS" not in out:
                raise SmokeFailure(f"{package.name}: {_tail(out)}")
        return f"{len(packages)} package(s): PASS"

    report.run("cli: --version and start time", version_check)
    report.run("cli: templates list", templates_check)
    report.run("cli: user error is one line, exit 2", user_error_check)
    report.run("cli: facilities list", facilities_check)
    for template, process, place in EXPORTS:
        report.run(f"cli: export {template} ({process}, from {place})", export_check(template, place))
    report.run("cli: package verify", verify_check)
    report.run("cli: no process left behind", lambda: (bundle.assert_no_leftovers("the CLI"), "none")[1])
    return packages


# ------------------------------------------------------------------------------- desktop app
GUI_TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xprop": "x11-utils", "import": "imagemagick"}
# Qt appends " — Fabwise" to titles on X11; the main window is the largest window that names it.
# The main window is found by its WM_CLASS: xdotool's --name cannot match a title with non-ASCII
# characters (the design's title reads "Name — Fabwise"; Qt stores it as UTF-8 only).
MAIN_TITLE = "class:^Fabwise$"
OPEN_FILE_TITLE = "^Open design file"
EXPORT_TITLE = "^Export production package"
KEY_RETRY_S = 5.0  # a key pressed before a window takes input is lost: press again after this


def missing_gui_tools() -> list[str]:
    return sorted({package for tool, package in GUI_TOOLS.items() if shutil.which(tool) is None})


class VirtualScreen:
    def __init__(self, work: Path) -> None:
        read_fd, write_fd = os.pipe()
        with open(work / "xvfb.log", "w") as log:
            self.process = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                pass_fds=(write_fd,),
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SmokeFailure("Xvfb did not start (see xvfb.log)")
        self.display = f":{number}"

    def tool(self, *args: str) -> str:
        try:
            result = subprocess.run(
                list(args),
                capture_output=True,
                text=True,
                timeout=30,
                env={**os.environ, "DISPLAY": self.display},
                check=False,
            )
        except subprocess.TimeoutExpired:
            return ""
        return result.stdout.strip()

    def geometry(self, window: str) -> tuple[int, int, int, int] | None:
        shell = dict(
            line.split("=", 1)
            for line in self.tool("xdotool", "getwindowgeometry", "--shell", window).splitlines()
            if "=" in line
        )
        try:
            return int(shell["X"]), int(shell["Y"]), int(shell["WIDTH"]), int(shell["HEIGHT"])
        except (KeyError, ValueError):
            return None

    def window_names(self) -> str:
        """The names and sizes of the viewable named windows (for failure messages)."""
        names = []
        for window in self.tool("xdotool", "search", "--onlyvisible", "--name", ".").split():
            geometry = self.geometry(window)
            size = f"{geometry[2]}x{geometry[3]}" if geometry else "?"
            names.append(f"'{self.tool('xdotool', 'getwindowname', window)}' {size}")
        return ", ".join(names)

    def largest_window(self, pattern: str) -> str | None:
        """The largest viewable window whose name matches (Qt may map helper windows too);
        ``class:PATTERN`` matches the window class instead."""
        field, pattern = (
            ("--class", pattern[len("class:") :]) if pattern.startswith("class:") else ("--name", pattern)
        )
        best, best_area = None, 0
        for window in self.tool("xdotool", "search", "--onlyvisible", field, pattern).split():
            geometry = self.geometry(window)
            if geometry and geometry[2] * geometry[3] > best_area:
                best, best_area = window, geometry[2] * geometry[3]
        return best

    def painted(self, window: str) -> bool:
        """True once the window shows something: a mapped Qt window is black until first paint."""
        geometry = self.geometry(window)
        if geometry is None or geometry[2] < 100 or geometry[3] < 100:
            return False
        x, y, width, height = geometry
        pixel = self.tool(
            "import", "-window", "root", "-crop", f"{width}x{height}+{x}+{y}", "-resize", "1x1!", "txt:-"
        )
        match = re.search(r"\((\d+),(\d+),(\d+)", pixel)
        return bool(match) and sum(int(v) for v in match.groups()) > 3 * 0.2 * 65535

    def screenshot(self, path: Path) -> str:
        self.tool("import", "-window", "root", str(path))
        return f"screenshot {path.name}" if path.is_file() else "the screenshot failed"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class App:
    """The desktop app on the virtual screen, driven through xdotool."""

    def __init__(self, bundle: Bundle, screen: VirtualScreen, log_name: str) -> None:
        self.bundle = bundle
        self.screen = screen
        self.log = bundle.work / log_name
        self.started = time.monotonic()
        env = {**bundle.env, "DISPLAY": screen.display, "QT_QPA_PLATFORM": "xcb"}
        with open(self.log, "w") as log:
            self.process = subprocess.Popen(
                [str(bundle.exe)], env=env, cwd=bundle.work, stdout=log, stderr=subprocess.STDOUT
            )

    def wait_for(
        self,
        what: str,
        probe: Callable[[], Any],
        timeout: float,
        retry: Callable[[], None] | None = None,
        exit_expected: bool = False,
    ) -> Any:
        """Poll ``probe`` until it returns something true; ``retry`` runs every KEY_RETRY_S."""
        deadline = time.monotonic() + timeout
        next_retry = time.monotonic() + KEY_RETRY_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None and not exit_expected:
                raise SmokeFailure(
                    f"the app exited ({self.process.returncode}) while waiting for "
                    f"{what}: {_tail(self.log.read_text(errors='replace'))}"
                )
            value = probe()
            if value:
                return value
            if retry is not None and time.monotonic() >= next_retry:
                retry()
                next_retry = time.monotonic() + KEY_RETRY_S
            time.sleep(0.2)  # polling an outside process: there is no signal to wait on
        raise SmokeFailure(
            f"no {what} after {timeout:g} s; windows on screen: {self.screen.window_names() or 'none'}"
        )

    def ready_window(self, pattern: str = MAIN_TITLE, timeout: float = WINDOW_TIMEOUT_S) -> str:
        def probe() -> str | None:
            window = self.screen.largest_window(pattern)
            return window if window and self.screen.painted(window) else None

        return str(self.wait_for(f"painted window named {pattern!r}", probe, timeout))

    def press(self, window: str, *keys: str) -> None:
        """Focus ``window`` and press ``keys`` one after the other (e.g. "alt+f", "f")."""
        self.screen.tool("xdotool", "windowfocus", "--sync", window)
        for key in keys:
            self.screen.tool("xdotool", "key", "--clearmodifiers", key)
            time.sleep(0.3)  # a menu opened by the previous key maps its window first

    def press_until(
        self,
        keys: tuple[str, ...],
        what: str,
        probe: Callable[[], Any],
        timeout: float,
        window_pattern: str = MAIN_TITLE,
        exit_expected: bool = False,
    ) -> Any:
        def send() -> None:
            window = self.screen.largest_window(window_pattern)
            if window:
                self.press(window, *keys)

        send()
        return self.wait_for(what, probe, timeout, retry=send, exit_expected=exit_expected)

    def title(self) -> str:
        window = self.screen.largest_window(MAIN_TITLE)
        return self.screen.tool("xdotool", "getwindowname", window) if window else ""

    def quit(self) -> None:
        self.press_until(
            ("ctrl+q",),
            "exit after Ctrl+Q",
            lambda: self.process.poll() is not None,
            QUIT_TIMEOUT_S,
            exit_expected=True,
        )
        log = self.log.read_text(errors="replace")
        if self.process.returncode != 0:
            raise SmokeFailure(f"the app exited with {self.process.returncode}: {_tail(log)}")
        if "Traceback" in log:
            raise SmokeFailure(f"the app printed a traceback: {_tail(log, 12)}")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def write_gui_inputs(bundle: Bundle, exports: Path) -> Path:
    """A saved design (template, default values, workshop) and settings that name the export
    folder, as an earlier session of the app would have left them."""
    out, _ = bundle.ok(["templates", "show", GUI_TEMPLATE, "--json"])
    shown = json.loads(out)
    params = {p["name"]: p["default"] for p in shown["parameters"]}
    design = {
        "format": "fabwise-design",
        "format_version": 1,
        "name": DESIGN_NAME,
        "template": {"id": shown["id"], "version": shown["version"]},
        "params": params,
        "facility": WORKSHOP,
        "place": "",
    }
    path = bundle.work / "smoke-design.fabwise"
    path.write_text(json.dumps(design, indent=2), encoding="utf-8")
    exports.mkdir(parents=True, exist_ok=True)
    settings = bundle.data / "settings.ini"
    text = settings.read_text(encoding="utf-8") if settings.is_file() else ""
    settings.write_text(text + f"\n[export]\nfolder={exports}\n", encoding="utf-8")
    return path


def gui_checks(bundle: Bundle, report: Report, pictures: Path) -> None:
    missing = missing_gui_tools()
    if missing:
        raise SystemExit(
            "smoke: the desktop checks need Debian packages: "
            + " ".join(missing)
            + " (apt-get install them, or run with --no-gui)"
        )
    screen = VirtualScreen(bundle.work)
    exports = bundle.work / "exports"
    state: dict[str, App] = {}
    try:

        def first_start() -> str:
            app = App(bundle, screen, "app-first.log")
            try:
                window = app.ready_window()
                seconds = time.monotonic() - app.started
                report.timings["gui_start_first_s"] = round(seconds, 2)
                wm_class = screen.tool("xprop", "-id", window, "WM_CLASS").partition("= ")[2]
                shot = screen.screenshot(pictures / "gui-gallery.png")
                app.quit()
            finally:
                app.kill()
            bundle.assert_no_leftovers("quitting the app")
            return (
                f"painted window after {seconds:.1f} s (WM_CLASS {wm_class}); {shot}; "
                "Ctrl+Q: exit 0, nothing left running"
            )

        def second_start_and_open() -> str:
            design = write_gui_inputs(bundle, exports)
            app = state["app"] = App(bundle, screen, "app-second.log")
            app.ready_window()
            seconds = time.monotonic() - app.started
            report.timings["gui_start_second_s"] = round(seconds, 2)
            # File > Open design file… (Alt+F, then its mnemonic F): the file dialog.
            app.press_until(
                ("alt+f", "f"), "Open design file dialog", lambda: screen.largest_window(OPEN_FILE_TITLE), 60
            )
            dialog = app.ready_window(OPEN_FILE_TITLE, 30)
            screen.tool("xdotool", "windowfocus", "--sync", dialog)
            screen.tool("xdotool", "type", "--delay", "10", str(design))
            app.press(dialog, "Return")
            app.wait_for("title with the design's name", lambda: DESIGN_NAME in app.title(), 60)
            return f"painted window after {seconds:.1f} s; opened {design.name}: '{app.title()}'"

        def export_from_dialog() -> str:
            app = state["app"]
            started = time.monotonic()
            # Export is refused until the preview of the design is built: Ctrl+E until it opens.
            app.press_until(
                ("ctrl+e",), "export dialog", lambda: screen.largest_window(EXPORT_TITLE), EXPORT_TIMEOUT_S
            )
            dialog = app.ready_window(EXPORT_TITLE, 30)
            app.press(dialog, "Return")  # the default button: Export
            package = app.wait_for(
                "exported package", lambda: next(exports.glob("*.zip"), None), EXPORT_TIMEOUT_S
            )
            seconds = time.monotonic() - started
            report.timings["gui_export_s"] = round(seconds, 2)
            shot = screen.screenshot(pictures / "gui-export.png")
            app.press_until(
                ("Escape",),
                "export dialog closed",
                lambda: not screen.largest_window(EXPORT_TITLE),
                30,
                window_pattern=EXPORT_TITLE,
            )
            shot_design = screen.screenshot(pictures / "gui-design.png")
            out, _ = bundle.ok(["package", "verify", str(package)])
            if "PASS" not in out:
                raise SmokeFailure(f"{package.name}: {_tail(out)}")
            return f"{package.name} written in {seconds:.1f} s and verified (PASS); {shot}, {shot_design}"

        def quit_cleanly() -> str:
            state["app"].quit()
            bundle.assert_no_leftovers("quitting the app")
            return "Ctrl+Q: exit 0, no traceback, no build worker left running"

        if (
            report.run("gui: first start, window, quit", first_start)
            and report.run("gui: start again, open a design file", second_start_and_open)
            and report.run("gui: export from the export dialog, verify", export_from_dialog)
        ):
            report.run("gui: quit", quit_cleanly)
    finally:
        if "app" in state:
            state["app"].kill()
        screen.close()


# ------------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bundle", type=Path, help="the bundle folder (default: the newest in packaging/dist/)"
    )
    parser.add_argument("--no-gui", action="store_true", help="command-line checks only")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--out",
        type=Path,
        default=PACKAGING / "build" / "smoke",
        help="folder for the screenshots and report.json (default: packaging/build/smoke)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    folder = find_bundle(args.bundle)
    version = source_version()
    report = Report(bundle=str(folder), version=version)
    size, files = tree_size(folder)
    report.sizes = {"folder_mb": mb(size), "files": files}
    archive = folder.parent / f"{folder.name}.tar.gz"
    if archive.is_file():
        report.sizes["archive_mb"] = mb(archive.stat().st_size)
    print(
        f"smoke: {folder}\n  Fabwise {version}; folder {report.sizes['folder_mb']} MB in {files} "
        f"files; archive {report.sizes.get('archive_mb', '(none)')} MB",
        flush=True,
    )
    if folder.name.split("-")[1:2] != [version]:
        print(f"  note: the folder name does not carry version {version}: an old build?")
    if bundle_processes(folder):
        raise SystemExit("smoke: the bundle is already running; close it first")

    work = Path(tempfile.mkdtemp(prefix="fabwise-smoke-"))
    bundle = Bundle(folder, work)
    try:
        cli_checks(bundle, report, version)
        if args.no_gui:
            report.skipped.append("desktop app (--no-gui)")
        else:
            gui_checks(bundle, report, args.out)
    finally:
        for pid in bundle_processes(folder):  # never leave a stray app behind
            os.kill(pid, 9)
        if args.keep or not report.passed:
            print(f"  files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print("\nsmoke: timings (s): " + ", ".join(f"{k} {v}" for k, v in report.timings.items()))
    for skipped in report.skipped:
        print(f"smoke: skipped: {skipped}")
    passed = sum(step.ok for step in report.steps)
    print(f"smoke: {passed} passed, {len(report.steps) - passed} failed")
    (args.out / "report.json").write_text(
        json.dumps(
            {
                "bundle": report.bundle,
                "version": report.version,
                "sizes": report.sizes,
                "timings": report.timings,
                "skipped": report.skipped,
                "passed": report.passed,
                "steps": [step.__dict__ for step in report.steps],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    print(f"smoke: screenshots and report.json in {args.out}")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
