"""One symptom of the Today page: its name, a segmented 0–3 choice and what the level means.

The row itself takes the keyboard focus, not its buttons: that keeps one tab stop per symptom
and lets the parent score a whole evening with the digit keys.  Keys on a focused row:

* ``0``–``3`` (up to the symptom's maximum) set the score and ask the page to move on to the
  next row (:attr:`ScoreRow.advance_requested` with +1), so an evening is one digit per symptom;
* ``Delete``, ``Backspace`` or ``-`` clear the score ("not recorded", which is never 0);
* ``Left`` / ``Right`` lower / raise the score without moving;
* ``Up`` / ``Down`` ask the page to move to the previous / next row.

"Not recorded" is a choice of its own (the "–" button), so an exclusive group always has
exactly one checked button and a click can undo a score.
"""

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from masto_diary.words.labels import SCORE_WORDS

NOT_RECORDED = 100  # button id of "–" (-1 would ask QButtonGroup for an automatic id)
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Minus)
# Shift is allowed: on AZERTY keyboards the digits are shifted keys
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def level_word(level: int, scale_max: int) -> str:
    """ "2 moderate" on the default 0–3 scale; just the number on a custom scale."""
    if scale_max == len(SCORE_WORDS) - 1:
        word = QCoreApplication.translate("labels", SCORE_WORDS[level])
        return f"{level} {word}"
    return str(level)


class ScoreRow(QWidget):
    """A symptom's score for one day: ``score()`` is 0..scale_max, or None (not recorded)."""

    score_changed = Signal(object)  # int | None
    advance_requested = Signal(int)  # -1 previous row, +1 next row

    def __init__(
        self,
        key: str,
        label: str,
        scale_max: int,
        descriptions: tuple[str, ...],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.key = key
        self.label = label
        self.scale_max = scale_max
        self._descriptions = descriptions
        self.setObjectName(f"scoreRow_{key}")
        self.setAccessibleName(label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._update_description()

    def _build(self) -> None:
        """Children are created with the row as parent: no reparenting, which costs at start."""
        metrics = self.fontMetrics()
        self.name_label = QLabel(self.label, self, objectName=f"scoreName_{self.key}")
        # narrow enough for 1024×640 at 150 % scaling: long names wrap, descriptions too
        self.name_label.setMinimumWidth(metrics.horizontalAdvance("M" * 10))
        self.name_label.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 8, 3)
        layout.setSpacing(4)
        layout.addWidget(self.name_label, 2)
        clear = self._button("–", NOT_RECORDED, self.tr("Not recorded (Delete)"))
        clear.setFixedWidth(metrics.horizontalAdvance("–") + 28)
        layout.addWidget(clear)
        words = [level_word(level, self.scale_max) for level in range(self.scale_max + 1)]
        width = max(metrics.horizontalAdvance(word) for word in words) + 24
        for level, word in enumerate(words):
            button = self._button(word, level, f"{word}: {self.description(level)}")
            button.setMinimumWidth(width)
            layout.addWidget(button)
        layout.addSpacing(8)
        self.description_label = QLabel(self, objectName=f"scoreDescription_{self.key}")
        self.description_label.setWordWrap(True)
        self.description_label.setMinimumWidth(metrics.horizontalAdvance("M" * 4))
        self.description_label.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        layout.addWidget(self.description_label, 3)
        self.group.button(NOT_RECORDED).setChecked(True)
        self._show_checked(self.group.button(NOT_RECORDED), True)
        self.group.idToggled.connect(self._toggled)

    def _button(self, text: str, button_id: int, tooltip: str) -> QPushButton:
        button = QPushButton(text, self, objectName=f"score_{self.key}_{button_id}")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row holds the focus
        button.setToolTip(tooltip)
        button.setAccessibleName(f"{self.label}: {tooltip}")
        button.clicked.connect(self.setFocus)
        self.group.addButton(button, button_id)
        return button

    def _show_checked(self, button: QPushButton, checked: bool) -> None:
        """The chosen level stands out by more than colour: bold text on the highlight colour.

        Done with the button's palette and font rather than a style sheet, which would make
        every one of the page's ~90 buttons slower to create.
        """
        if checked:
            palette = QPalette(button.palette())
            highlight = palette.color(QPalette.ColorRole.Highlight)
            palette.setColor(QPalette.ColorRole.Button, highlight)
            text = palette.color(QPalette.ColorRole.HighlightedText)
            palette.setColor(QPalette.ColorRole.ButtonText, text)
            font = QFont(button.font())
            font.setBold(True)
        else:
            palette, font = QPalette(), QFont()  # back to what the row passes down
        button.setPalette(palette)
        button.setFont(font)

    # ----------------------------------------------------------------- value

    def score(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked == NOT_RECORDED else checked

    def set_score(self, score: int | None) -> None:
        """Show ``score``; out-of-scale values are shown as not recorded (never guessed)."""
        valid = score is not None and 0 <= score <= self.scale_max
        self.group.button(score if valid else NOT_RECORDED).setChecked(True)

    def description(self, level: int) -> str:
        """What ``level`` means for this symptom (the app's own wording, translatable)."""
        if level < len(self._descriptions):
            return QCoreApplication.translate("symptom_scale", self._descriptions[level])
        return str(level)

    def _toggled(self, button_id: int, checked: bool) -> None:
        self._show_checked(self.group.button(button_id), checked)
        if checked:
            self._update_description()
            self.score_changed.emit(self.score())

    def _update_description(self) -> None:
        score = self.score()
        text = "" if score is None else self.description(score)
        self.description_label.setText(text)
        spoken = (
            self.tr("not recorded") if score is None else f"{level_word(score, self.scale_max)}"
        )
        self.setAccessibleDescription(f"{spoken}. {text}".strip())

    # ----------------------------------------------------------------- keyboard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & COMMAND_MODIFIERS
        text = event.text()
        digit = int(text) if len(text) == 1 and text.isdigit() else -1
        if plain and 0 <= digit <= self.scale_max:
            self.set_score(digit)
            self.advance_requested.emit(1)
        elif plain and key in CLEAR_KEYS:
            self.set_score(None)
        elif plain and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step(-1 if key == Qt.Key.Key_Left else 1)
        elif plain and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.advance_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)

    def _step(self, delta: int) -> None:
        """Left from 0 goes to "not recorded"; Right from "not recorded" goes to 0."""
        current = -1 if self.score() is None else self.score()
        target = max(-1, min(self.scale_max, current + delta))
        self.set_score(None if target < 0 else target)

    # ----------------------------------------------------------------- focus look

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A tinted band with a frame marks the row the digit keys will score."""
        if not self.hasFocus():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.setPen(QPen(highlight, 2))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 5, 5)
