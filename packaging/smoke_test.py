"""Smoke test of a built Fabwise bundle, as a user would use it.

    python3 packaging/smoke_test.py [--bundle DIR] [--no-gui] [--keep] [--report FILE]

Runs the bundle's own executable with a fresh, temporary home and user data folder, and nothing of
the developer's environment (no virtualenv, no PYTHONPATH, no FABWISE_RESOURCES):

* command line, no display: --version (start time, cold and warm), templates list (the built-in
  templates come from the bundled entry points), an unknown template (one-line error, exit 2),
  workshops, export of an FDM product and a laser-cut product through the build worker, then
  `package verify` of both packages;
* desktop app, on a virtual screen (Xvfb), driven with xdotool: a first start and quit, a second
  start, open a saved design, export it from the export dialog, verify that package, quit; with
  start times (until the main window is on screen) and a screenshot.

After every run it checks that no process of the bundle is left behind (the build worker must
stop with the app). Prints the bundle size, start times, each step, and exits 0 only when all
passed. Standard library only; the desktop part needs Debian's xvfb, xdotool and x11-utils
(imagemagick for the screenshot). It is not part of the test suite: a build takes minutes.
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
EXPORTS = (("shelf-bracket", "fdm"), ("finger-box", "laser"))
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
        found = sorted((PACKAGING / "dist").glob("fabwise-*-linux-*/fabwise"),
                       key=lambda p: p.stat().st_mtime)
        if not found:
            raise SystemExit("smoke: no bundle in packaging/dist/; build one with "
                             "`bash packaging/build.sh`, or give --bundle DIR")
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

    def run(self, args: Sequence[str], timeout: float = CLI_TIMEOUT_S,
            **extra_env: str) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.monotonic()
        try:
            result = subprocess.run([str(self.exe), *args], capture_output=True, text=True,
                                    timeout=timeout, env={**self.env, **extra_env},
                                    cwd=self.work, check=False)
        except subprocess.TimeoutExpired:
            raise SmokeFailure(f"`fabwise {' '.join(args)}` did not finish in {timeout:g} s") from None
        return result, time.monotonic() - started

    def ok(self, args: Sequence[str], timeout: float = CLI_TIMEOUT_S) -> tuple[str, float]:
        result, seconds = self.run(args, timeout)
        if result.returncode != 0:
            raise SmokeFailure(f"`fabwise {' '.join(args)}` exited {result.returncode}: "
                               f"{_tail(result.stderr or result.stdout)}")
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
            raise SmokeFailure(f"built-in templates missing: {sorted(missing)}; "
                               f"broken: {listing['broken']}")
        report.timings["cli_templates_list_s"] = round(seconds, 2)
        return f"{len(ids)} built-in templates from the bundled entry points: {', '.join(sorted(ids))}"

    def user_error_check() -> str:
        result, _ = bundle.run(["build", "no-such-template"])
        lines = result.stderr.strip().splitlines()
        if result.returncode != 2 or not lines or "Traceback" in result.stderr:
            raise SmokeFailure(f"expected exit 2 and a short message, got {result.returncode}: "
                               f"{_tail(result.stderr)}")
        return lines[0]

    def facilities_check() -> str:
        out, _ = bundle.ok(["facilities", "list", "--json"])
        ids = {f["id"] for f in json.loads(out)}
        if WORKSHOP not in ids:
            raise SmokeFailure(f"the shipped workshop {WORKSHOP} is not in the list")
        return f"{len(ids)} workshops seeded from the bundled resources/"

    packages: list[Path] = []

    def export_check(template: str, process: str) -> Callable[[], str]:
        def check() -> str:
            target = bundle.work / f"{template}.zip"
            out, seconds = bundle.ok(["export", template, "--facility", WORKSHOP, "-o", str(target)])
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
    for template, process in EXPORTS:
        report.run(f"cli: export {template} ({process})", export_check(template, process))
    report.run("cli: package verify", verify_check)
    report.run("cli: no process left behind", lambda: (bundle.assert_no_leftovers("the CLI"), "none")[1])
    return packages


# ------------------------------------------------------------------------------- desktop app
GUI_TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xprop": "x11-utils"}


def missing_gui_tools() -> list[str]:
    return sorted({package for tool, package in GUI_TOOLS.items() if shutil.which(tool) is None})


class VirtualScreen:
    def __init__(self, work: Path) -> None:
        read_fd, write_fd = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL,
            stderr=open(work / "xvfb.log", "w"))  # noqa: SIM115 - closed with the process
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise SmokeFailure("Xvfb did not start (see xvfb.log)")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


class App:
    """The desktop app on the virtual screen, driven through xdotool."""

    def __init__(self, bundle: Bundle, screen: VirtualScreen, log_name: str) -> None:
        self.bundle = bundle
        self.screen = screen
        self.env = {**bundle.env, "DISPLAY": screen.display, "QT_QPA_PLATFORM": "xcb"}
        self.log = bundle.work / log_name
        self.started = time.monotonic()
        with open(self.log, "w") as log:
            self.process = subprocess.Popen([str(bundle.exe)], env=self.env, cwd=bundle.work,
                                            stdout=log, stderr=subprocess.STDOUT)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30,
                                env={**os.environ, "DISPLAY": self.screen.display}, check=False)
        return result.stdout.strip()

    def find_window(self, pattern: str) -> str | None:
        found = self.xdotool("search", "--onlyvisible", "--name", pattern).split()
        return found[0] if found else None

    def wait_for(self, what: str, probe: Callable[[], Any], timeout: float) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SmokeFailure(f"the app exited ({self.process.returncode}) while waiting for "
                                   f"{what}: {_tail(self.log.read_text(errors='replace'))}")
            value = probe()
            if value:
                return value
            time.sleep(0.2)  # polling an outside process: there is no signal to wait on
        raise SmokeFailure(f"no {what} after {timeout:g} s")

    def wait_window(self, pattern: str, timeout: float = WINDOW_TIMEOUT_S) -> str:
        return str(self.wait_for(f"window named {pattern!r}", lambda: self.find_window(pattern),
                                 timeout))

    def keys(self, window: str, *keys: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("key", "--clearmodifiers", *keys)

    def type_text(self, window: str, text: str) -> None:
        self.xdotool("windowfocus", "--sync", window)
        self.xdotool("type", "--delay", "15", text)

    def title(self, window: str) -> str:
        return self.xdotool("getwindowname", window)

    def quit(self, window: str) -> int:
        self.keys(window, "ctrl+q")
        try:
            code = self.process.wait(timeout=QUIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise SmokeFailure(f"the app did not quit within {QUIT_TIMEOUT_S:g} s of Ctrl+Q") from None
        log = self.log.read_text(errors="replace")
        if code != 0:
            raise SmokeFailure(f"the app exited with {code}: {_tail(log)}")
        if "Traceback" in log:
            raise SmokeFailure(f"the app printed a traceback: {_tail(log, 12)}")
        return code

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def screenshot(display: str, path: Path) -> str:
    if shutil.which("import") is None:
        return "no screenshot (install imagemagick for one)"
    subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, "DISPLAY": display},
                   capture_output=True, timeout=60, check=False)
    return f"screenshot {path}" if path.is_file() else "the screenshot failed"


def write_gui_inputs(bundle: Bundle, exports: Path) -> Path:
    """A saved design (template, default values, workshop) and settings that name the export
    folder, as an earlier session of the app would have left them."""
    out, _ = bundle.ok(["templates", "show", GUI_TEMPLATE, "--json"])
    shown = json.loads(out)
    params = {p["name"]: p["default"] for p in shown["parameters"]}
    design = {"format": "fabwise-design", "format_version": 1, "name": DESIGN_NAME,
              "template": {"id": shown["id"], "version": shown["version"]},
              "params": params, "facility": WORKSHOP, "place": ""}
    path = bundle.work / "smoke-design.fabwise"
    path.write_text(json.dumps(design, indent=2), encoding="utf-8")
    exports.mkdir(parents=True, exist_ok=True)
    (bundle.data / "settings.ini").write_text(f"[export]\nfolder={exports}\n", encoding="utf-8")
    return path


def gui_checks(bundle: Bundle, report: Report, keep_screens: Path) -> None:
    missing = missing_gui_tools()
    if missing:
        raise SystemExit("smoke: the desktop checks need Debian packages: " + " ".join(missing)
                         + " (apt-get install them, or run with --no-gui)")
    screen = VirtualScreen(bundle.work)
    exports = bundle.work / "exports"
    state: dict[str, Any] = {}
    try:
        def first_start() -> str:
            app = App(bundle, screen, "app-first.log")
            try:
                window = app.wait_window("^Fabwise")
                seconds = time.monotonic() - app.started
                report.timings["gui_start_first_s"] = round(seconds, 2)
                wm_class = subprocess.run(["xprop", "-id", window, "WM_CLASS"], capture_output=True,
                                          text=True, env={**os.environ, "DISPLAY": screen.display},
                                          check=False).stdout.strip()
                shot = screenshot(screen.display, keep_screens / "gui-gallery.png")
                app.quit(window)
            finally:
                app.kill()
            bundle.assert_no_leftovers("quitting the app")
            return f"window after {seconds:.1f} s ({wm_class}); {shot}; Ctrl+Q: exit 0, nothing left"

        def second_start_and_open() -> str:
            design = write_gui_inputs(bundle, exports)
            app = App(bundle, screen, "app-second.log")
            state["app"] = app
            window = app.wait_window("^Fabwise")
            seconds = time.monotonic() - app.started
            report.timings["gui_start_second_s"] = round(seconds, 2)
            state["window"] = window
            app.keys(window, "ctrl+o")
            dialog = app.wait_window("^Open design", 30)
            app.type_text(dialog, str(design))
            app.keys(dialog, "Return")
            app.wait_for("title with the design's name",
                         lambda: DESIGN_NAME in app.title(window), 60)
            return f"window after {seconds:.1f} s; opened {design.name}: '{app.title(window)}'"

        def export_from_dialog() -> str:
            app, window = state["app"], state["window"]
            started = time.monotonic()
            deadline = started + EXPORT_TIMEOUT_S
            dialog = None
            while dialog is None:  # Export is refused until the preview build is current
                app.keys(window, "ctrl+e")
                try:
                    dialog = app.wait_window("^Export production package", 10)
                except SmokeFailure:
                    if time.monotonic() > deadline:
                        raise
            app.keys(dialog, "Return")
            package = app.wait_for("exported package", lambda: next(exports.glob("*.zip"), None),
                                   EXPORT_TIMEOUT_S)
            seconds = time.monotonic() - started
            report.timings["gui_export_s"] = round(seconds, 2)
            shot = screenshot(screen.display, keep_screens / "gui-export.png")
            app.keys(dialog, "Escape")
            out, _ = bundle.ok(["package", "verify", str(package)])
            if "PASS" not in out:
                raise SmokeFailure(f"{package.name}: {_tail(out)}")
            return f"{package.name} written in {seconds:.1f} s and verified (PASS); {shot}"

        def quit_cleanly() -> str:
            app, window = state["app"], state["window"]
            app.quit(window)
            bundle.assert_no_leftovers("quitting the app")
            return "Ctrl+Q: exit 0, no traceback, no build worker left"

        if report.run("gui: first start, window, quit", first_start) and \
                report.run("gui: start again, open a saved design", second_start_and_open) and \
                report.run("gui: export from the export dialog, verify", export_from_dialog):
            report.run("gui: quit", quit_cleanly)
    finally:
        if "app" in state:
            state["app"].kill()
        screen.close()


# ------------------------------------------------------------------------------- main
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="the bundle folder (default: the newest in "
                        "packaging/dist/)")
    parser.add_argument("--no-gui", action="store_true", help="command-line checks only")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--report", type=Path, help="also write the results as JSON here")
    args = parser.parse_args(argv)

    folder = find_bundle(args.bundle)
    version = source_version()
    report = Report(bundle=str(folder), version=version)
    size, files = tree_size(folder)
    report.sizes = {"folder_mb": mb(size), "files": files}
    archive = folder.parent / f"{folder.name}.tar.gz"
    if archive.is_file():
        report.sizes["archive_mb"] = mb(archive.stat().st_size)
    print(f"smoke: {folder}\n  Fabwise {version}; folder {report.sizes['folder_mb']} MB in {files} "
          f"files; archive {report.sizes.get('archive_mb', '(none)')} MB", flush=True)
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
            gui_checks(bundle, report, work)
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
    if args.report:
        args.report.write_text(json.dumps({
            "bundle": report.bundle, "version": report.version, "sizes": report.sizes,
            "timings": report.timings, "skipped": report.skipped, "passed": report.passed,
            "steps": [step.__dict__ for step in report.steps]}, indent=2), encoding="utf-8")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
