"""Peak memory of ``fabwise package verify`` on a good package and on packages holding a nested
3MF zip bomb. Each verify runs in a fresh process; its peak resident set size (ru_maxrss) is
printed, with the median of a few runs and the ratio to the good package.

    .venv/bin/python benchmarks/verify_memory.py [--runs 3] [--inflated-mb 450]

The bomb is the issue's case: a package of a few hundred KiB whose 3MF model part inflates to
``--inflated-mb`` MB (under the old 512 MB model limit). Measured 2026-12-03 (one run each):
before this change verify read and parsed that model, 1968 MB peak against 608 MB for the good
package; now the nested archive is held to the same ratio and size limits as the package and
refused from its declared sizes: 604 MB, the same as the good package (most of it is the CAD
kernel, imported to read STEP files; ``--quick`` does not import it).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CHILD = """
import resource, sys
from pathlib import Path
from configurator.core.export import verify_package
report = verify_package(Path(sys.argv[1]))
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak_kb, int(report.passed))
"""


def _bomb_3mf(inflated_mb: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("_rels/.rels", b"<Relationships/>")
        info = zipfile.ZipInfo("3D/3dmodel.model")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as handle:
            handle.write(b'<model xmlns="http://schemas.microsoft.com/3dmanufacturing/core/2015/02">')
            chunk = b" " * (1 << 20)
            for _ in range(inflated_mb):
                handle.write(chunk)
            handle.write(b"</model>")
    return buffer.getvalue()


def _export_knob(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from configurator.core.export import ExportOptions, export_package
    from configurator.core.registry import TemplateRegistry
    from configurator.core.service import BuildService
    from configurator.core.trust import TrustAll
    from tests.core.export.conftest import TEMPLATES

    registry = TemplateRegistry.discover([TEMPLATES], use_entry_points=False, trust=TrustAll())
    path = folder / "knob.zip"
    with BuildService(registry) as service:
        export_package(
            service,
            service.request("export-knob", {}),
            path,
            facility=None,
            options=ExportOptions(preview="software"),
        )
    return path


def _with_3mf(source: Path, target: Path, data: bytes) -> Path:
    import hashlib

    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            body = old.read(info)
            if info.filename == "parts/knob.3mf":
                body = data
            elif info.filename == "manifest.json":
                manifest = json.loads(body)
                for entry in manifest["files"]:
                    if entry["path"] == "parts/knob.3mf":
                        entry["sha256"] = hashlib.sha256(data).hexdigest()
                        entry["bytes"] = len(data)
                body = json.dumps(manifest, indent=2).encode()
            new.writestr(info.filename, body)
    return target


def _peak_mb(path: Path) -> tuple[float, bool]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    ).stdout.split()
    return int(out[0]) / 1024.0, out[1] == "1"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--inflated-mb", type=int, default=450)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fabwise-bench-") as name:
        folder = Path(name)
        os.environ.setdefault("FABWISE_DATA_DIR", str(folder / "data"))
        good = _export_knob(folder)
        bomb = _with_3mf(good, folder / "bomb.zip", _bomb_3mf(args.inflated_mb))
        cases = {"good package": good, f"nested 3MF bomb ({args.inflated_mb} MB)": bomb}
        baseline = None
        print(f"{'case':<32} {'package KiB':>12} {'peak MB (median)':>18} {'ratio':>7} verdict")
        for label, path in cases.items():
            runs = [_peak_mb(path) for _ in range(args.runs)]
            median = statistics.median(r[0] for r in runs)
            baseline = baseline or median
            verdict = "PASS" if runs[0][1] else "FAIL"
            print(
                f"{label:<32} {path.stat().st_size / 1024:>12.0f} {median:>18.1f} "
                f"{median / baseline:>7.2f} {verdict}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
