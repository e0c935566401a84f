"""The save/ask flow of the dialogs that write through a service themselves (an episode, an
injection, the treatment plan, earlier doses).

Every one of them works the same way, so the parent meets one behaviour everywhere:

1. while typing, :meth:`SavingDialog.show_state` puts each problem under its field and keeps
   Save disabled (its tooltip says why);
2. Save (:meth:`SavingDialog.accept`) checks again, then :meth:`SavingDialog.write` calls the
   service;
3. a refusal of the service (a :class:`~masto_diary.errors.DiaryError`, e.g. a
   ``ValidationError`` naming its field) is shown as a sentence under that field, or under the
   dialog when it names none, and the dialog stays open with what was typed;
4. the dialog closes only when the diary was written.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton

from masto_diary.errors import DiaryError
from masto_diary.ui.widgets.episode_form import FieldMessage, message_for
from masto_diary.words.core_sentences import translate_core
from masto_diary.words.noop import QT_TRANSLATE_NOOP
from masto_diary.words.sentence import fill_in

CONTEXT = "SavingDialog"
NOT_SAVED = QT_TRANSLATE_NOOP("SavingDialog", "Not saved: %1")
CANCEL = QT_TRANSLATE_NOOP("SavingDialog", "Cancel without saving")


class SavingDialog(QDialog):
    """A dialog whose Save writes to the diary; subclasses build ``error_label`` (the message
    under the dialog) and ``save_button``, and implement :meth:`problems` and :meth:`write`."""

    error_label: FieldMessage
    save_button: QPushButton

    def problems(self) -> dict[str, str] | list[str]:
        """What stops the save now (field → sentence); empty when it can be saved."""
        raise NotImplementedError

    def field_messages(self) -> dict[str, FieldMessage]:
        """The message under each field, by the field name services use in their refusals."""
        return {}

    def write(self) -> None:
        """Call the service; a refusal raises :class:`DiaryError`."""
        raise NotImplementedError

    def show_state(self, found: dict[str, str], warned: dict[str, str] | None = None) -> None:
        """Each field's problem (or else its warning) under it; Save only without problems."""
        warned = warned or {}
        for field, message in self.field_messages().items():
            if field in found:
                message.show_error(found[field])
            else:
                message.show_warning(warned.get(field, ""))
        self.error_label.clear_message()
        self.save_button.setEnabled(not found)
        self.save_button.setToolTip(next(iter(found.values()), ""))

    def show_refusal(self, error: DiaryError) -> None:
        """The service's sentence under the field it names, else under the dialog."""
        said = translate_core(error)  # the core speaks English; the window translates it
        sentence = fill_in(QCoreApplication.translate(CONTEXT, NOT_SAVED), said)
        message_for(error, self.field_messages(), self.error_label).show_error(sentence)

    def save(self) -> bool:
        """Write if nothing stops it; False (with the reason shown) when nothing was written."""
        if self.problems():
            return False
        try:
            self.write()
        except DiaryError as error:
            self.show_refusal(error)
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

    def saved(self) -> bool:
        """Show the dialog modally; True when it closed with the diary written."""
        return self.exec() == QDialog.DialogCode.Accepted


def save_cancel_buttons(dialog: QDialog, object_name: str, save_name: str = "") -> QDialogButtonBox:
    """Save and Cancel of every dialog that writes: named for tests (``<name>Save``,
    ``<name>Cancel``) and for screen readers (``save_name``, e.g. "Save the injection")."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.setObjectName(object_name)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setObjectName(f"{object_name}Save")
    save.setAccessibleName(save_name or QCoreApplication.translate("QDialogButtonBox", "Save"))
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName(f"{object_name}Cancel")
    cancel.setAccessibleName(QCoreApplication.translate(CONTEXT, CANCEL))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def set_save_state(buttons: QDialogButtonBox, problem: str) -> None:
    """Save is enabled only without a problem; the reason is its tooltip too."""
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setEnabled(not problem)
    save.setToolTip(problem)
