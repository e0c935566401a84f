"""Desktop integration files: the .desktop entry, AppStream metainfo and the app icon.

The validators are Debian's ``desktop-file-validate`` (desktop-file-utils) and ``appstreamcli``
(appstream), installed by installer/dev.sh.  Outside CI a missing tool skips its test; in CI
it fails, so a broken set-up cannot pass unnoticed (tests/tools.py).
"""

import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from masto_diary import APP_NAME, __version__
from masto_diary.resources import APP_ID, ICON_SIZES, icon_file
from tests.tools import require_tool

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = RESOURCES / f"{APP_ID}.desktop"
METAINFO_FILE = RESOURCES / f"{APP_ID}.metainfo.xml"
SCREENSHOT_BASE = "https://raw.githubusercontent.com/mastodiary/masto-diary/main/"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def desktop_entry(path: Path = DESKTOP_FILE) -> dict[str, str]:
    entry = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def load_render_script():
    spec = spec_from_file_location("render_icons", RESOURCES / "icons" / "render_icons.py")
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- validators


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        [require_tool("desktop-file-validate"), str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        [require_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    warnings = [line for line in result.stdout.splitlines() if line[:2] in ("E:", "W:")]
    assert warnings == [], result.stdout


# --------------------------------------------------------------------------- contents


def test_desktop_entry_starts_the_gui_script_with_the_app_icon():
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in scripts
    assert entry["Icon"] == APP_ID
    assert entry["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the app name
    assert entry["Terminal"] == "false"


def test_metainfo_ids_licences_and_release_match_the_package():
    root = ET.parse(METAINFO_FILE).getroot()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == pyproject["license"]
    assert root.findtext("launchable") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == APP_NAME
    newest = root.find("releases/release")
    assert newest.get("version") == __version__, "add a <release> for the new version"


def test_screenshots_are_files_of_docs_screenshots():
    images = [i.text.strip() for i in ET.parse(METAINFO_FILE).getroot().iter("image")]
    assert images, "the metainfo lists no screenshot"
    for url in images:
        assert url.startswith(SCREENSHOT_BASE + "docs/screenshots/"), url
        local = ROOT / url.removeprefix(SCREENSHOT_BASE)
        assert local.is_file(), f"{url} points at {local}, which is missing"
        assert QImage(str(local)).width() >= 620  # software centres want at least 620 px


def test_every_file_names_the_same_app_id():
    """The id ties the window (Wayland), menu entry, icon and metainfo together."""
    for path in (
        ROOT / "installer" / "masto-diary.spec",
        ROOT / "installer" / "build-linux.sh",
        ROOT / "installer" / "linux" / "install.sh",
        ROOT / "installer" / "windows" / "masto-diary.iss",
        ROOT / "installer" / "macos" / "build-macos.sh",
    ):
        assert APP_ID in path.read_text(encoding="utf-8"), path


# --------------------------------------------------------------------------- icons


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_has_its_size_and_a_transparent_background(size):
    image = QImage(str(icon_file(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # corners are see-through
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_icon_pngs_are_rendered_from_the_current_svg():
    """Fails when the SVG was edited without running resources/icons/render_icons.py."""
    from PySide6.QtSvg import QSvgRenderer

    render_icons = load_render_script()
    renderer = QSvgRenderer(str(render_icons.SOURCE))
    for size in (16, 48, 256):
        fresh = render_icons.render(renderer, size)
        committed = QImage(str(icon_file(size))).convertToFormat(fresh.format())
        differences = [
            abs(fresh.pixelColor(x, y).rgba() - committed.pixelColor(x, y).rgba()) > 0
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
        ]
        assert sum(differences) <= len(differences) // 50, f"{size} px differs from the SVG"


def test_ico_holds_every_size_up_to_256_as_png():
    data = (RESOURCES / "icons" / "masto-diary.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == PNG_SIGNATURE
        assert offset + length <= len(data)
        sizes.append(width or 256)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_the_sizes_macos_asks_for():
    data = (RESOURCES / "icons" / "masto-diary.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    kinds, offset = [], 8
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        assert data[offset + 8 : offset + 16] == PNG_SIGNATURE
        kinds.append(kind.decode())
        offset += length
    assert offset == len(data)
    assert {"icp4", "icp5", "ic07", "ic08", "ic09", "ic10"} <= set(kinds)
