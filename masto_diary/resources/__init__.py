"""Files the running app reads from disk: the app icon, in the sizes desktops ask for.

The PNGs are rendered from ``resources/icons/masto-diary.svg`` (the source, at the top of the
repository) by ``resources/icons/render_icons.py`` and committed, so the app never needs QtSvg
to show its icon.  They live inside the package so that an editable install, a wheel and the
PyInstaller bundle all find them at the same place next to this file.  No Qt here.
"""

from pathlib import Path

APP_ID = "io.github.mastodiary.MastoDiary"  # the .desktop file, AppStream id, Wayland app id
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS_DIR = Path(__file__).resolve().parent / "icons"


def icon_file(size: int) -> Path:
    """The square PNG of the app icon with ``size`` pixels a side."""
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes are {ICON_SIZES}")
    return ICONS_DIR / f"masto-diary-{size}.png"
