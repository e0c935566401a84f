"""The window's side of folder sync: share, join, and the syncs that run by themselves.

The engine (masto_diary.sync, docs/sync.md) exchanges sealed change files through a folder the
family already syncs.  Here the window decides *when*: after the first frame, a moment after
each save, every few minutes while open, and on close; and it says in the status bar when the
other laptops were last heard from.  A sync with nothing new reads only file sizes, so the
timers cost nothing noticeable.  The family passphrase is asked once per session and kept in
memory only (or read from MASTO_DIARY_PASSPHRASE).

What a sync finds wrong in the folder (``SyncResult.problems``: a laptop's file cut, put back
older or deleted, odd files left aside, a copied data folder) is said in the family's
language here, one ``tr`` per kind of :mod:`masto_diary.sync.problems`: in the status bar
after the sync, and as a mark on the status line (its tooltip says which) while it stands.
"""

import json
import time
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QWidget

from masto_diary.storage import changes
from masto_diary.sync import journal, share
from masto_diary.sync.crypto import N_BOUNDS, P_BOUNDS, R_BOUNDS, weak_passphrase
from masto_diary.sync.folder import FolderError
from masto_diary.sync.problems import Problem
from masto_diary.words.sentence import fill_in

SAVE_DELAY_MS = 2_000  # a sync this long after the last save: one sync for a burst of saves
EVERY_MS = 5 * 60_000  # while open, the other laptops' changes arrive within five minutes


def last_heard(diary) -> tuple[str, float] | None:
    """Which laptop was heard from last, and when its newest change was made (epoch seconds)."""
    with diary.transaction() as session:
        heard = json.loads(journal.setting(session.connection(), "heard") or "{}")
    return max(heard.items(), key=lambda item: item[1]) if heard else None


class OwnDiaryJournal:
    """The sync journal for one diary only.

    The write seam's observers are process-wide; one window holds one diary, but a test (two
    windows in one process) holds two, and each must journal only its own diary's writes.
    """

    def __init__(self, diary, device: str):
        self.diary = diary
        self.journal = journal.Journal(device)

    def __call__(self, session, written) -> None:
        if session.get_bind() is self.diary.engine:
            self.journal(session, written)


class Sharing(QObject):
    """Runs the syncs of one window's diary; ``synced`` after one that changed the diary."""

    synced = Signal(object)  # the SyncResult
    problem = Signal(str)  # a sentence for the parent

    def __init__(self, diary, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("sharing")
        self.diary = diary
        self.window = parent
        given = share.passphrase_from_environment()
        # the one passphrase rule (sync/crypto.py): a weak one from the environment is asked
        self.passphrase: str | None = None if given is None or weak_passphrase(given) else given
        self._journal = ExitStack()
        self._after_save = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._after_save.timeout.connect(self.sync_quietly)
        self._every = QTimer(self, interval=EVERY_MS)
        self._every.timeout.connect(self.sync_quietly)
        self.status = QLabel(objectName="sharingStatus")
        self.status.setAccessibleName(self.tr("Shared diary"))
        # what stands wrong in the folder: a status-bar message is cut to the bar's width, so
        # the whole sentences are one click (or Tab and Space) away
        self.findings = QPushButton(objectName="sharingFindings", flat=True)
        self.findings.setAccessibleName(self.tr("Findings in the shared folder"))
        self.findings.clicked.connect(self.show_findings)
        self.findings.hide()
        self._tick = QTimer(self, interval=60_000)  # "5 min ago" stays true
        self._tick.timeout.connect(self.show_status)

    # ------------------------------------------------------------------ state

    def is_shared(self) -> bool:
        return share.device_of(self.diary) is not None

    def start(self) -> None:
        """After the first frame: journal saves, sync once, then on the timers."""
        if not self.is_shared():
            self.status.hide()
            return
        self.start_after_share()
        self.show_status()
        self.sync_quietly()

    def stop(self) -> None:
        """On close: one last sync, so the other laptops get tonight's entry."""
        self._after_save.stop()
        self._every.stop()
        self._tick.stop()
        if self.is_shared() and self.passphrase:
            self.sync_now(ask=False)
        self._journal.close()

    def saved(self) -> None:
        if self.is_shared():
            self._after_save.start()

    # ------------------------------------------------------------------ actions

    def share_into(self, folder: Path, passphrase: str, name: str) -> bool:
        if self._overlaps_diary(folder):
            return False
        return self._run(lambda: share.share(self.diary, folder, passphrase, name), passphrase)

    def join_from(self, folder: Path, passphrase: str, name: str) -> bool:
        if self._overlaps_diary(folder):
            return False
        return self._run(lambda: share.join(self.diary, folder, passphrase, name), passphrase)

    def _overlaps_diary(self, folder: Path) -> bool:
        """The diary's own folder must never travel: a sync tool copying a live database
        damages it.  Only the sealed change files go into the shared folder."""
        home, shared = self.diary.path.parent.resolve(), folder.expanduser().resolve()
        if home == shared or home in shared.parents or shared in home.parents:
            sentence = self.tr(
                "%1 holds (or is inside) the diary's own folder %2; choose a folder apart "
                "from it: only sealed change files may travel, never the diary file itself."
            )
            self.problem.emit(fill_in(sentence, str(folder), str(home)))
            return True
        return False

    def sync_quietly(self) -> None:
        """A timer's sync: nothing to do is silent; no passphrase yet asks once."""
        self.sync_now(ask=True)

    def sync_now(self, ask: bool = True) -> bool:
        if not self.is_shared():
            return False
        if not share.has_news(self.diary):
            self.show_status()
            return True
        if self.passphrase is None and not (ask and self._ask_passphrase()):
            return False
        passphrase = self.passphrase
        return self._run(
            lambda: share.sync(self.diary, share.open_folder(self.diary, passphrase)), passphrase
        )

    def _run(self, work, passphrase: str) -> bool:
        try:
            result = work()
        except FolderError as error:
            if error.kind == "passphrase":
                self.passphrase = None
            self.problem.emit(self.folder_sentence(error))
            self.show_status()
            return False
        self.passphrase = passphrase
        if not self._every.isActive():  # just shared or joined
            self.start_after_share()
        self.show_status()
        self.synced.emit(result)
        if result.problems:
            self.problem.emit(self.problems_sentence(result.problems))
        return True

    def start_after_share(self) -> None:
        """Sharing or joining made this diary shared: from now on, as if opened shared."""
        self._journal.close()
        own = OwnDiaryJournal(self.diary, share.device_of(self.diary))
        self._journal.enter_context(changes.observing(own))
        self._every.start()
        self._tick.start()
        self.status.show()

    def _ask_passphrase(self) -> bool:
        text, ok = QInputDialog.getText(
            self.window,
            self.tr("Family passphrase"),
            self.tr("The family passphrase of the shared diary:"),
            QLineEdit.EchoMode.Password,
        )
        if ok and text:
            self.passphrase = text
        return bool(ok and text)

    # ------------------------------------------------------------------ words

    def show_status(self) -> None:
        if not self.is_shared():
            self.status.hide()
            self.findings.hide()
            return
        heard = last_heard(self.diary)
        if heard is None:
            text = self.tr("Shared diary · no other laptop heard from yet")
        else:
            device, moment = heard
            minutes = max(0, int((time.time() - moment) // 60))
            name = share.laptop_names(self.diary).get(device)
            if name:
                text = fill_in(self.tr("Shared diary · “%1” last heard from %2"), name,
                               self.tr("%n min ago", "", minutes))  # fmt: skip
            else:
                text = self.tr(
                    "Shared diary · other laptops last heard from %n min ago", "", minutes
                )
        standing = share.problems(self.diary)
        self.status.setText(text)
        self.status.show()
        self.findings.setText(self.tr("⚠ %n finding(s) in the shared folder", "", len(standing)))
        self.findings.setToolTip(self.problems_sentence(standing))
        self.findings.setAccessibleDescription(self.findings.toolTip())
        self.findings.setVisible(bool(standing))

    def show_findings(self) -> None:
        """Every finding that stands, one sentence a paragraph."""
        standing = share.problems(self.diary)
        box = QMessageBox(self.window)
        box.setObjectName("sharingFindingsBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Findings in the shared folder"))
        box.setText("\n\n".join(self.problem_sentences(standing)))
        box.exec()

    def folder_sentence(self, error: FolderError) -> str:
        if error.kind == "missing":
            text = self.tr(
                "The shared folder %1 is not there. Is the USB stick plugged in, or the sync "
                "app's folder moved? The diary syncs again when the folder is back."
            )
        elif error.kind == "not-shared":
            text = self.tr(
                "%1 holds no shared diary. Share the diary into it from the other laptop first."
            )
        elif error.kind == "passphrase":
            return self.tr(
                "That passphrase does not open this shared diary. Check it with the other carer."
            )
        elif error.kind == "settings":
            text = self.tr(
                "%1 asks for key settings masto-diary does not accept (%2; n from %3 to %4, "
                "r %5, p from %6 to %7); it was not used. Share the diary into a new folder "
                "from a laptop that has it."
            )
            bounds = (N_BOUNDS[0], N_BOUNDS[1], R_BOUNDS[0], P_BOUNDS[0], P_BOUNDS[1])
            return fill_in(text, str(error.path), error.detail, *bounds)
        elif error.kind == "copying":
            text = self.tr(
                "The shared folder is still being copied here (%1 is not complete yet). Wait "
                "until the sync app has finished, then join again; nothing was joined."
            )
        else:
            text = self.tr(
                "%1 is damaged or was changed by someone without the passphrase; it was not "
                "used. Nothing in your diary changed."
            )
        return fill_in(text, str(error.path))

    def result_sentence(self, result) -> str:
        """What a sync that did something did, in one sentence for the status bar."""
        text = self.tr("Synced: %1 changes from other laptops, %2 sent.")
        sentence = fill_in(text, str(result.applied), str(result.sent))
        if result.conflicts:
            sentence += " " + self.tr(
                "%n record(s) were changed on two laptops at once: the later version is kept, "
                "the other one is listed under File ▸ Conflicts….",
                "",
                len(result.conflicts),
            )
        if result.held_back:
            sentence += " " + self.tr(
                "%n change(s) from other laptops clash with a rule of this diary and wait in "
                "the folder.",
                "",
                len(result.held_back),
            )
        return sentence

    # ------------------------------------------------------------------ findings

    def problems_sentence(self, problems: list[Problem]) -> str:
        """Every finding of a sync in one text, the files left aside together."""
        return " ".join(self.problem_sentences(problems))

    def problem_sentences(self, problems: list[Problem]) -> list[str]:
        ignored = [p.file or "?" for p in problems if p.kind == "ignored"]
        said = [self.problem_sentence(p) for p in problems if p.kind != "ignored"]
        if ignored:
            said.append(self.problem_sentence(Problem("ignored", file=", ".join(ignored))))
        return said

    def problem_sentence(self, problem: Problem) -> str:
        """One finding in the family's language (sync/problems.py says it in English)."""
        who = (
            fill_in(self.tr("“%1”"), problem.name)
            if problem.name
            else fill_in(self.tr("the laptop %1"), (problem.device or "?")[:8])
        )
        numbers = [str(n) for n in problem.numbers] + ["?", "?"]
        texts = {
            "ignored": self.tr(
                "Left aside in the shared folder: %4 (not a change file of masto-diary: a sync "
                "app's copy, a temporary file or something else). Nothing was read from it."
            ),
            "rollback": self.tr(
                "%1's change file ends at change %2, but this laptop already has its changes "
                "up to %3: it was replaced by an older copy. Nothing was undone here; that "
                "laptop writes it again at its next sync."
            ),
            "cut": self.tr(
                "%1's change file is cut short (it ends at change %2; this laptop has its "
                "changes up to %3): a copy in progress or a damaged one. Nothing was undone "
                "here; that laptop writes it again at its next sync."
            ),
            "gap": self.tr(
                "Changes %2 to %5 of %1 are missing from the middle of its change file; the "
                "changes after them were not applied. That laptop writes its file again at its "
                "next sync."
            ),
            "order": self.tr(
                "%1's change file holds change %3 where change %2 should be (lines moved or "
                "repeated); the changes from there on were not applied."
            ),
            "fork": self.tr(
                "%1's change file holds a different history from the one this laptop received "
                "(from change %2 on): was its data folder copied to a second laptop? Nothing "
                "more from it was applied."
            ),
            "missing": self.tr(
                "%1's change file is gone from the shared folder. Nothing was undone here; "
                "that laptop writes it again at its next sync."
            ),
            "damaged": self.tr(
                "A line of %1's change file does not open with the family passphrase: it was "
                "damaged, or changed by someone without the passphrase. The changes from there "
                "on were not applied."
            ),
            "unchecked": self.tr(
                "%1 runs an older masto-diary: its changes cannot be checked for cuts and "
                "rollbacks until it is updated."
            ),
            "republished": self.tr(
                "This laptop's change file in the shared folder was cut short, replaced or "
                "deleted; it was written again from this diary."
            ),
            "twin": self.tr(
                "Another copy of this diary writes as this laptop in the shared folder "
                "(changes this laptop never made, from change %2 on): its data folder was "
                "copied. This laptop sends nothing until that is sorted out: on the copy, move "
                "the data folder aside and join (File ▸ Join a shared diary… in an empty "
                "diary)."
            ),
            "copied": self.tr(
                "This diary's data folder was copied or moved here (%4). If the laptop it came "
                "from still uses it, do not sync this copy: start with an empty data folder "
                "and join instead (File ▸ Join a shared diary…). If it was moved, run "
                "masto-diary sync --moved once. Nothing was sent or applied."
            ),
        }
        text = texts.get(problem.kind)
        if text is None:
            return problem.sentence
        before = str(int(numbers[1]) - 1) if numbers[1].isdigit() else numbers[1]
        return fill_in(text, who, numbers[0], numbers[1], problem.file or "", before)
