"""Render the HTML report of the seed article and of a conflicting example, and screenshot them.

The screenshots are the ones docs/html-report.md shows, at a laptop width (1280 px) and a phone width
(390 px). Run from the repository's root after changing the report's look, then look at the PNGs:

    python scripts/screenshot_report.py

It needs Chromium and never downloads one. On Debian or Ubuntu: ``apt-get install -y chromium pngquant``
(elsewhere, set CHROMIUM to the browser's executable). The browser runs headless, offline (the pages load
nothing from anywhere, and background networking is off) with a fresh profile that is deleted afterwards.
When pngquant is installed, the PNGs are shrunk with it (a 256-colour palette), so the repository stays small.
"""

# ruff: noqa: INP001, T201 - a script run by hand, not a package; it reports the files it writes

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from claimcheck.findings import check_file
from claimcheck.html import render_html

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "seed": ROOT / "seeds" / "000_a7fc063d2ee3a42c.claims.toml",
    "conflict": ROOT / "docs" / "examples" / "flood.claims.toml",
}
#: name suffix -> (width, height) of the browser window.
SIZES = {"desktop": (1280, 2000), "phone": (390, 2400)}
OUTPUT = ROOT / "docs" / "images"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def find_chromium() -> str:
    """The browser's executable: $CHROMIUM, or chromium / chromium-browser on the PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    sys.exit(
        "screenshot_report: Chromium not found. Install Debian's package (apt-get install -y chromium) "
        "or set CHROMIUM to its executable; this script does not download a browser."
    )


def screenshot(browser: str, page: Path, png: Path, width: int, height: int) -> None:
    """Open ``page`` in headless Chromium with a fresh profile and save the window as ``png``."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-chromium-") as profile:
        subprocess.run(  # noqa: S603 - the browser and its arguments are ours
            [
                browser,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={width},{height}",
                page.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )


def shrink(png: Path) -> None:
    """Shrink ``png`` in place with pngquant, when it is installed; screenshots have few colours."""
    pngquant = shutil.which("pngquant")
    if pngquant is not None:
        subprocess.run(  # noqa: S603 - our own file
            [pngquant, "--force", "--skip-if-larger", "--strip", "--output", str(png), "256", "--", str(png)],
            check=False,
            capture_output=True,
            timeout=120,
        )


def main() -> int:
    """Render each page, screenshot it at each size and print the PNGs written."""
    browser = find_chromium()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    os.chdir(ROOT)  # the pages name their files relative to the repository, as a user would
    with tempfile.TemporaryDirectory(prefix="claimcheck-report-") as folder:
        for name, claims_file in PAGES.items():
            page = Path(folder) / f"{name}.html"
            page.write_text(render_html(check_file(claims_file.relative_to(ROOT))), encoding="utf-8")
            for size, (width, height) in SIZES.items():
                png = OUTPUT / f"report-{name}-{size}.png"
                screenshot(browser, page, png, width, height)
                shrink(png)
                print(f"wrote {png.relative_to(ROOT)} ({png.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
