"""Write the desktop integration files for a Fabwise bundle, in the freedesktop layout.

    python packaging/desktop_files.py --out BUNDLE/share [--version 0.1.0] [--repo REPO]
        [--exec fabwise]

Writes, under ``--out``::

    applications/<APP_ID>.desktop               the menu entry
    icons/hicolor/<N>x<N>/apps/<APP_ID>.png     the icon, every rendered size
    icons/hicolor/scalable/apps/<APP_ID>.svg
    metainfo/<APP_ID>.metainfo.xml              AppStream: what software centres show

The version comes from one place, ``configurator/__init__.py`` (``--version`` must agree with it
when given). The release date is the one on the version's heading in CHANGELOG.md
(``## [0.1.0] - 2026-12-01``); links (homepage, bug tracker, screenshots) come from pyproject's
``[project.urls]``. What is not known is left out and reported, never made up. Standard library
only, so it runs with any Python >= 3.11.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

APP_ID = "io.github.fabwise.Fabwise"
DEVELOPER_ID = "io.github.fabwise"
PACKAGING = Path(__file__).resolve().parent
# Pictures the metainfo lists, from tools/screenshots.py (docs/screenshots/<name>.png), with
# the caption a software centre shows. The first is the default.
SCREENSHOTS = (
    ("customising", "Customising a shelf bracket, with the 3D preview and its eco grade"),
    ("gallery", "Choosing a product template"),
    ("eco-guide", "The eco-guide: changes that lower the footprint, each with its figure"),
    ("export", "Checking the workshop's machines before writing the production package"),
)
# [project.urls] keys (compared case-insensitively, without spaces) -> AppStream url types.
URL_TYPES = {
    "homepage": "homepage",
    "bugtracker": "bugtracker",
    "issues": "bugtracker",
    "documentation": "help",
    "source": "vcs-browser",
    "repository": "vcs-browser",
}
SCREENSHOTS_URL_KEY = "screenshots"  # base URL of docs/screenshots/, published


@dataclass
class Facts:
    version: str
    release_date: str
    urls: dict[str, str]
    screenshots_base: str | None
    notes: list[str] = field(default_factory=list)


def read_version(repo: Path) -> str:
    text = (repo / "configurator" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if match is None:
        raise SystemExit('desktop_files: no __version__ = "..." in configurator/__init__.py')
    return match.group(1)


def release_date(repo: Path, version: str, notes: list[str]) -> str:
    changelog = repo / "CHANGELOG.md"
    if changelog.is_file():
        pattern = rf"^## \[{re.escape(version)}\]\s*[-–]\s*(\d{{4}}-\d{{2}}-\d{{2}})"
        match = re.search(pattern, changelog.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            return match.group(1)
    today = date.today().isoformat()
    notes.append(
        f"CHANGELOG.md has no '## [{version}] - YYYY-MM-DD' heading: the metainfo "
        f"release date is today's ({today})"
    )
    return today


def project_urls(repo: Path) -> dict[str, str]:
    pyproject = tomllib.loads((repo / "pyproject.toml").read_text(encoding="utf-8"))
    urls = pyproject.get("project", {}).get("urls", {})
    return {re.sub(r"[\s_-]", "", str(key)).lower(): str(value) for key, value in urls.items()}


def gather(repo: Path, version: str | None) -> Facts:
    notes: list[str] = []
    source_version = read_version(repo)
    if version is not None and version != source_version:
        raise SystemExit(
            f"desktop_files: --version {version} differs from configurator/__init__.py "
            f"({source_version}); the version has one source"
        )
    urls = project_urls(repo)
    appstream_urls = {URL_TYPES[key]: value for key, value in urls.items() if key in URL_TYPES}
    if "homepage" not in appstream_urls:
        notes.append("pyproject.toml has no [project.urls] Homepage: the metainfo has no homepage")
    screenshots_base = urls.get(SCREENSHOTS_URL_KEY)
    if screenshots_base is None:
        notes.append(
            "pyproject.toml has no [project.urls] Screenshots (the published "
            "docs/screenshots/ folder): the metainfo lists no screenshots"
        )
    return Facts(
        source_version, release_date(repo, source_version, notes), appstream_urls, screenshots_base, notes
    )


def urls_block(urls: dict[str, str]) -> str:
    return "\n".join(f'  <url type="{kind}">{escape(url)}</url>' for kind, url in sorted(urls.items()))


def screenshots_block(base: str | None) -> str:
    if base is None:
        return ""
    lines = ["  <screenshots>"]
    for index, (name, caption) in enumerate(SCREENSHOTS):
        kind = ' type="default"' if index == 0 else ""
        lines += [
            f"    <screenshot{kind}>",
            f"      <caption>{escape(caption)}</caption>",
            f"      <image>{escape(base.rstrip('/'))}/{name}.png</image>",
            "    </screenshot>",
        ]
    lines.append("  </screenshots>")
    return "\n".join(lines)


def fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"@{key}@", value)
    leftover = re.findall(r"@[A-Z_]+@", template)
    if leftover:
        raise SystemExit(f"desktop_files: unfilled placeholders {sorted(set(leftover))}")
    # A placeholder that filled to nothing leaves a blank line; drop those.
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", template)


def write(out: Path, facts: Facts, exec_name: str) -> list[Path]:
    written: list[Path] = []
    values = {
        "APP_ID": APP_ID,
        "DEVELOPER_ID": DEVELOPER_ID,
        "VERSION": facts.version,
        "RELEASE_DATE": facts.release_date,
        "EXEC": exec_name,
        "URLS": urls_block(facts.urls),
        "SCREENSHOTS": screenshots_block(facts.screenshots_base),
    }

    desktop = out / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    desktop.write_text(
        fill((PACKAGING / "linux" / "fabwise.desktop.in").read_text("utf-8"), values), encoding="utf-8"
    )
    written.append(desktop)

    metainfo = out / "metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    metainfo.write_text(
        fill((PACKAGING / "linux" / "metainfo.xml.in").read_text("utf-8"), values), encoding="utf-8"
    )
    written.append(metainfo)

    icons = PACKAGING / "icons"
    hicolor = out / "icons" / "hicolor"
    for png in sorted((icons / "png").glob("*/fabwise.png")):
        target = hicolor / png.parent.name / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
        written.append(target)
    svg = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons / "fabwise.svg", svg)
    written.append(svg)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="the share/ folder to fill")
    parser.add_argument(
        "--repo", type=Path, default=PACKAGING.parent, help="the Fabwise source tree (default: this file's)"
    )
    parser.add_argument("--version", help="check that the source has this version")
    parser.add_argument(
        "--exec",
        dest="exec_name",
        default="fabwise",
        help="the command the menu entry runs (default: fabwise, on PATH)",
    )
    args = parser.parse_args(argv)
    facts = gather(args.repo.resolve(), args.version)
    written = write(args.out, facts, args.exec_name)
    print(
        f"desktop_files: wrote {len(written)} files under {args.out} "
        f"({APP_ID} {facts.version}, released {facts.release_date})"
    )
    for note in facts.notes:
        print(f"desktop_files: note: {note}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
