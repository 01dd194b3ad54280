"""The digest in a real browser: headless Chromium renders it, logs nothing, and draws a real page.

Chromium's console logging reports every blocked fetch (the page's Content-Security-Policy forbids
all network loads and scripts) and every script error, so an empty console proves the page is
self-contained. Skipped where Chromium is not installed.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from html import unescape as html_unescape
from pathlib import Path

import pytest

from harvester.report.files import write_digest
from support.report_samples import sample_digest

pytestmark = [pytest.mark.browser, pytest.mark.integration]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--enable-logging=stderr",
    "--v=0",
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    if not CHROMIUM:
        pytest.skip("headless Chromium not installed (apt-get install chromium)")
    out = tmp_path_factory.mktemp("browser")
    write_digest(sample_digest(), out / "digest")
    return out / "digest" / "digest.html"


def _chromium(page: Path, profile: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    command = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def _console_messages(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ":CONSOLE" in line or "Uncaught" in line]


def _png_colours(png: bytes) -> tuple[int, int, int]:
    """(width, height, distinct colours) of an 8-bit RGB/RGBA PNG, decoding it with zlib alone."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    position, data, header = 8, b"", b""
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        body = png[position + 8 : position + 8 + length]
        header = body if kind == b"IHDR" else header
        data += body if kind == b"IDAT" else b""
        position += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour_type in (2, 6)
    bpp = 3 if colour_type == 2 else 4
    raw, stride = zlib.decompress(data), width * bpp
    previous, colours = bytearray(stride), set()
    for row in range(height):
        kind, line = (
            raw[row * (stride + 1)],
            bytearray(raw[row * (stride + 1) + 1 : (row + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 0xFF
        colours.update(bytes(line[i : i + 3]) for i in range(0, stride, bpp * 4))
        previous = line
    return width, height, len(colours)


def test_chromium_renders_the_content_without_console_messages(page, tmp_path):
    result = _chromium(page, tmp_path / "profile", "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Evidence by outcome" in result.stdout and "Methods and limits" in result.stdout
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    assert "<script" not in result.stdout
    assert _console_messages(result.stderr) == []


@pytest.mark.parametrize("size", ["390,844", "1024,768"])
def test_screenshots_at_phone_and_desktop_width_are_not_blank(page, tmp_path, size):
    shot = tmp_path / "shot.png"
    result = _chromium(page, tmp_path / "profile", f"--window-size={size}", f"--screenshot={shot}")
    assert shot.is_file(), result.stderr[-2000:]
    width, height, colours = _png_colours(shot.read_bytes())
    assert (width, height) == tuple(int(v) for v in size.split(","))
    assert colours > 20  # text, the yellow banner, boxes and links, not an empty white page
    assert _console_messages(result.stderr) == []


_MEASURE = """<script>
const box = (selector) => document.querySelector(selector).getBoundingClientRect();
const table = document.querySelector("table.alt");
const label = document.querySelector("figure svg text[text-anchor='end']").getBoundingClientRect();
parent.postMessage(JSON.stringify({
  viewport: document.documentElement.clientWidth,
  page: document.documentElement.scrollWidth,
  caption_left: box("table.alt caption").left,
  caption_right: box("table.alt caption").right,
  table_width: table.scrollWidth,
  table_room: table.parentElement.clientWidth,
  table_top: box("table.alt").top,
  map_top: box("figure svg").top,
  label_height: label.height,
}), "*");
</script>"""
# Chromium's headless window is at least 500 px wide, so a phone is a 390 px frame in a page that
# prints what the frame reports.
_FRAME = """<!doctype html><pre id="measures"></pre>
<script>addEventListener("message", (e) => { document.getElementById("measures").textContent = e.data; });</script>
<iframe src="{src}" width="{width}" height="844" style="border: 0"></iframe>"""


def _measure(page: Path, tmp_path: Path, width: int) -> dict[str, float]:
    """The page's layout at a width, measured by a script in a copy of the page (the page itself
    forbids scripts, so its Content-Security-Policy is left out of the copy)."""
    html = page.read_text(encoding="utf-8")
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    copy = page.with_name(f"measured-{width}.html")
    copy.write_text(html.replace("</main>", _MEASURE + "</main>"), encoding="utf-8")
    frame = page.with_name(f"frame-{width}.html")
    frame.write_text(_FRAME.replace("{src}", copy.name).replace("{width}", str(width)), encoding="utf-8")
    result = _chromium(
        frame, tmp_path / "profile", "--window-size=1280,900", "--virtual-time-budget=10000", "--dump-dom"
    )
    found = re.search(r'<pre id="measures">(.+?)</pre>', result.stdout, re.S)
    assert found, result.stdout[-2000:] + result.stderr[-2000:]
    return json.loads(html_unescape(found.group(1)))


def test_at_phone_width_the_counts_come_first_whole_and_the_map_stays_legible(page, tmp_path):
    m = _measure(page, tmp_path, 390)
    assert m["viewport"] == 390
    assert m["page"] <= m["viewport"]  # nothing widens the page itself
    assert m["table_width"] <= m["table_room"]  # the table fits: no scrolling to read a count
    assert m["caption_left"] >= 0 and m["caption_right"] <= m["viewport"]  # its caption is not cut off
    assert m["table_top"] < m["map_top"]  # the table first on a phone
    assert m["label_height"] >= 12  # 12 px labels drawn at their size, not shrunk to ~3 px


def test_at_desktop_width_the_map_comes_first(page, tmp_path):
    m = _measure(page, tmp_path, 1024)
    assert m["page"] <= m["viewport"]
    assert m["map_top"] < m["table_top"]
