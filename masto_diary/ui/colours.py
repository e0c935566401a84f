"""Colours that stay readable when the desktop uses a dark theme.

The pages mark overdue doses, alarming episodes and field errors with a dark red chosen for
light backgrounds (about 6:1 on white).  On a dark window the same red falls to about 2:1 and
is hard to read, so :func:`readable` lightens a colour until it reaches the WCAG AA contrast
of 4.5:1 against the current palette's background — only when that background is dark, so on a
light desktop every colour is exactly the one named in the code.  Meaning is never carried by
the colour alone (the words say "overdue", "⚠"), this only keeps the words legible.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette

MIN_CONTRAST = 4.5


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def background() -> QColor:
    """The colour text is drawn on: the window's (views use Base, which dark themes darken too)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def is_dark(colour: QColor | None = None) -> bool:
    return (colour or background()).lightnessF() < 0.5


def readable(colour: QColor | str, on: QColor | None = None) -> QColor:
    """``colour`` unchanged on a light background; lightened until it reads on a dark one."""
    colour = QColor(colour)
    on = on or background()
    if not is_dark(on):
        return colour
    hue, saturation, lightness, alpha = colour.getHslF()
    while contrast(colour, on) < MIN_CONTRAST and lightness < 0.95:
        lightness = min(0.95, lightness + 0.04)
        colour = QColor.fromHslF(hue, saturation, lightness, alpha)
    return colour


DARK_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#272727",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Highlight: "#3d6fb6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#404040",
    QPalette.ColorRole.Mid: "#303030",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#000000",
}


def dark_palette() -> QPalette:
    """A palette like the dark themes of GNOME, KDE and Windows give an app.

    The app itself never sets it (it takes the desktop's palette as it comes); the
    accessibility tests and ``docs/make_screenshots.py --dark`` use it to check and show the
    pages in dark mode on machines whose desktop is light.
    """
    palette = QPalette()
    for role, colour in DARK_ROLES.items():
        palette.setColor(role, QColor(colour))
    muted = QColor("#7f7f7f")
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette
