"""Chart colours that follow the light/dark palette and stay readable with colour blindness.

The hues are the Okabe–Ito set (Okabe & Ito 2008), chosen so the eight colours stay distinct
for the common forms of colour blindness.  Colour is never the only cue: episode severities and
the anaphylaxis marker also differ in symbol, injections carry a dose label, and the IgE points
with bound drug have their own symbol and a note.  On a dark palette the dark blue is swapped
for the sky blue so lines keep their contrast.
"""

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

DRUG_CLASS_HUES: dict[str, str] = {
    "h1_antihistamine": "blue",
    "h2_antihistamine": "sky_blue",
    "cromolyn": "bluish_green",
    "leukotriene_antagonist": "yellow",
    "corticosteroid_oral": "vermillion",
    "corticosteroid_topical": "orange",
    "epinephrine": "reddish_purple",
}

SYMPTOM_HUES: tuple[str, ...] = (
    "vermillion",
    "blue",
    "bluish_green",
    "reddish_purple",
    "orange",
    "sky_blue",
    "yellow",
)

LAB_HUES: dict[str, str] = {
    "tryptase": "blue",
    "total_ige": "vermillion",
    "kit_d816v": "bluish_green",
}


def _colour(name: str, alpha: int = 255) -> QColor:
    colour = QColor(OKABE_ITO[name])
    colour.setAlpha(alpha)
    return colour


@dataclass(frozen=True)
class ChartTheme:
    """Every colour a chart uses, derived from one QPalette."""

    dark: bool
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor

    @classmethod
    def from_palette(cls, palette: QPalette | None = None) -> "ChartTheme":
        """The theme for ``palette`` (default: the application's current palette)."""
        palette = palette or QApplication.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        dark = background.lightness() < 128
        muted = QColor(foreground)
        muted.setAlpha(150)
        grid = QColor(foreground)
        grid.setAlpha(40)
        return cls(dark, background, foreground, muted, grid)

    def hue(self, name: str, alpha: int = 255) -> QColor:
        """An Okabe–Ito colour; dark blue becomes sky blue (and black white) on dark palettes."""
        if self.dark and name == "blue":
            name = "sky_blue"
        if name == "black":
            colour = QColor(self.foreground)
            colour.setAlpha(alpha)
            return colour
        return _colour(name, alpha)

    # The roles every chart shares, named so the charts agree with each other.

    @property
    def score_bar(self) -> QColor:
        return self.solid(self.hue("sky_blue"), 0.47 if self.dark else 0.6)

    @property
    def mean_line(self) -> QColor:
        return self.hue("blue")

    @property
    def injection(self) -> QColor:
        return self.hue("reddish_purple")

    @property
    def overdue(self) -> QColor:
        return self.solid(self.hue("orange"), 0.24 if self.dark else 0.22)

    @property
    def anaphylaxis(self) -> QColor:
        return self.hue("vermillion")

    def severity(self, severity: str) -> QColor:
        """Mild green, moderate orange, severe vermillion (symbols differ as well)."""
        hues = {"mild": "bluish_green", "moderate": "orange", "severe": "vermillion"}
        return self.hue(hues.get(severity, "bluish_green"))

    def drug_class(self, drug_class: str) -> QColor:
        name = DRUG_CLASS_HUES.get(drug_class)
        return self.hue(name, 200) if name else self.muted

    def symptom(self, index: int) -> QColor:
        return self.hue(SYMPTOM_HUES[index % len(SYMPTOM_HUES)])

    def lab(self, analyte: str, index: int = 0) -> QColor:
        name = LAB_HUES.get(analyte, SYMPTOM_HUES[(index + 3) % len(SYMPTOM_HUES)])
        return self.hue(name)

    def comparison(self, index: int) -> QColor:
        """First period blue, second vermillion (also drawn dashed)."""
        return self.hue("blue" if index == 0 else "vermillion")

    def solid(self, colour: QColor, share: float) -> QColor:
        """``colour`` mixed with the background, opaque.

        Looks like a translucent fill on the plain chart background, but opaque fills are
        several times cheaper to draw than blended ones, which keeps pan and zoom smooth.
        """
        back = self.background
        mix = [
            round(share * c + (1 - share) * b)
            for c, b in zip(colour.getRgb()[:3], back.getRgb()[:3], strict=True)
        ]
        return QColor(*mix)

    def band(self, colour: QColor, alpha: int = 60) -> QColor:
        """A translucent copy of ``colour`` for areas (IQR bands, shading)."""
        translucent = QColor(colour)
        translucent.setAlpha(alpha)
        return translucent
