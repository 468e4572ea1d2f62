"""Wall time of each ``fabwise`` command a designer runs, cold and warm.

    .venv/bin/python benchmarks/cli.py [--repeat 5] [--commands build,eco]

Each command runs as a user runs it: a new ``fabwise`` process (the console script in this
environment), the designer's template in a ``--templates`` folder (``docs/examples/wall_hook.py``,
trusted for the run), a fresh data folder. Three columns, medians over ``--repeat`` runs:

* ``own worker``: ``FABWISE_BUILD_SERVER=0``, every command starts its own build worker (how
  every command ran before issue 21);
* ``cold``: the build server is on but not running: the command starts it (first command of a
  session);
* ``warm``: the build server is running (every later command of a session).

The ratio is own worker / warm. Target (issue 21): a warm ``build`` of a small template under
1.5 s wall.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from configurator.core import build_server  # noqa: E402

TARGET_BUILD_S = 1.5
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "list": lambda work: ["templates", "list"],
    "show": lambda work: ["templates", "show", "wall-hook"],
    "build": lambda work: ["build", "wall-hook", "--set", "width=40"],
    "eco": lambda work: ["eco", "wall-hook", "--country", "DE", "--no-guide"],
    "export": lambda work: [
        "export",
        "wall-hook",
        "--facility",
        "example-atelier-canal",
        "-o",
        str(work / "hook.zip"),
        "--no-eco",
        "--preview",
        "software",
    ],
    "verify": lambda work: ["package", "verify", str(work / "hook.zip"), "--quick"],
    "check": lambda work: ["templates", "check", "--quiet", str(work / "tpl" / "wall_hook.py")],
}


def _fabwise() -> str:
    found = shutil.which("fabwise", path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit("no fabwise console script next to this Python: run tools/setup.sh")
    return found


def _run(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [_fabwise(), "--trust", *args], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):  # check exits 1 on findings; anything else is broken
        raise SystemExit(f"fabwise {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def _stop_servers(runtime: Path) -> None:
    """End the build servers this benchmark started (they live under its own runtime folder)."""
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    build_server.stop_servers()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--commands", default=",".join(COMMANDS))
    args = parser.parse_args()
    names = [n for n in args.commands.split(",") if n]
    with tempfile.TemporaryDirectory(prefix="fabwise-cli-bench-") as tmp:
        work = Path(tmp)
        (work / "tpl").mkdir()
        shutil.copy(ROOT / "docs" / "examples" / "wall_hook.py", work / "tpl" / "wall_hook.py")
        runtime = work / "run"
        runtime.mkdir(mode=0o700)
        env = {
            **os.environ,
            "FABWISE_DATA_DIR": str(work / "data"),
            "XDG_RUNTIME_DIR": str(runtime),
            "PYTHONDONTWRITEBYTECODE": "",
        }
        env.pop("FABWISE_BUILD_SERVER", None)
        folder = ["--templates", str(work / "tpl")]
        _run([*folder, "templates", "list"], {**env, "FABWISE_BUILD_SERVER": "0"})  # seed data
        rows = []
        try:
            for name in names:
                command = [*folder, *COMMANDS[name](work)]
                own = [_run(command, {**env, "FABWISE_BUILD_SERVER": "0"}) for _ in range(args.repeat)]
                cold = []
                for _ in range(max(1, args.repeat // 2)):
                    _stop_servers(runtime)
                    time.sleep(0.3)
                    cold.append(_run(command, env))
                _run(command, env)  # the server is up now
                warm = [_run(command, env) for _ in range(args.repeat)]
                rows.append((name, statistics.median(own), statistics.median(cold), statistics.median(warm)))
        finally:
            _stop_servers(runtime)
    print(
        f"fabwise command wall time, median of {args.repeat} (cold: of {max(1, args.repeat // 2)}), seconds"
    )
    print(f"{'command':<8} {'own worker':>10} {'cold':>8} {'warm':>8} {'own/warm':>9}")
    for name, own_s, cold_s, warm_s in rows:
        print(f"{name:<8} {own_s:>10.2f} {cold_s:>8.2f} {warm_s:>8.2f} {own_s / warm_s:>8.1f}x")
    build = next((r for r in rows if r[0] == "build"), None)
    if build is not None:
        verdict = "meets" if build[3] < TARGET_BUILD_S else "misses"
        print(f"warm build {build[3]:.2f} s {verdict} the {TARGET_BUILD_S:g} s target")


if __name__ == "__main__":
    main()
