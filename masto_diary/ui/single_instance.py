"""One running masto-diary per data dir: a QLockFile, plus a local socket to raise the window.

Two windows on one diary would each keep their own view of the data and could undo each other's
edits, and a restore in one would pull the file from under the other.  The first start takes
``masto-diary.lock`` in the data dir; a lock left by a crashed process (its PID is gone) is taken
over by QLockFile itself.  The first instance also listens on a *local* socket (a Unix-domain
socket / named pipe, never TCP) whose name is derived from the data dir; a second start sends it
``raise`` and the first window comes to the front.

The socket part imports QtNetwork lazily, after the window is up, to keep start-up fast.
"""

import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from masto_diary.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir

LOCK_FILENAME = "masto-diary.lock"
RAISE_MESSAGE = b"raise\n"
ACK_MESSAGE = b"ok\n"


def lock_path(data_dir: Path) -> Path:
    return Path(data_dir) / LOCK_FILENAME


def server_name(data_dir: Path) -> str:
    """A name per data dir, short enough for a Unix socket path, revealing nothing of it."""
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:24]
    return f"masto-diary-{digest}"


def lock_holder(data_dir: Path) -> int | None:
    """The PID of a live masto-diary holding the data dir, or None (no lock, or a stale one)."""
    path = lock_path(data_dir)
    if not path.exists():
        return None
    probe = QLockFile(str(path))
    probe.setStaleLockTime(0)
    if probe.tryLock(0):
        probe.unlock()  # it was stale (or free): QLockFile removed it, and so do we
        return None
    pid = _lock_info(probe)[0]
    return pid if pid > 0 else -1


def _lock_info(lock: QLockFile) -> tuple[int, str, str]:
    """(pid, host, program) from the lock file; pid 0 when it cannot be read.

    PySide6 returns the three values, without the C++ call's success flag.
    """
    info = lock.getLockInfo()
    if not isinstance(info, tuple) or len(info) < 3:
        return 0, "", ""
    pid, host, app = info[-3:]
    return int(pid or 0), str(host or ""), str(app or "")


class SingleInstance(QObject):
    """Holds the data dir's lock for the life of the app and answers later starts."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock: QLockFile | None = None
        self._server = None

    # ----------------------------------------------------------------- the lock

    def acquire(self) -> bool:
        """Take the lock (a stale one is taken over); False when another instance holds it."""
        ensure_private_dir(self.data_dir)
        lock = QLockFile(str(lock_path(self.data_dir)))
        lock.setStaleLockTime(0)  # age alone never makes a lock stale: a diary can stay open
        if not lock.tryLock(0):
            # A folder this user may only read (another user's, a read-only disk): no lock can
            # be made there, and no window can write there either, so none is needed.
            return lock.error() == QLockFile.LockError.PermissionError and self._only_readable()
        os.chmod(lock_path(self.data_dir), PRIVATE_FILE_MODE)
        self._lock = lock
        return True

    def _only_readable(self) -> bool:
        from masto_diary.storage.paths import DIARY_FILENAME, read_only_reason

        return read_only_reason(self.data_dir / DIARY_FILENAME) is not None

    def holder(self) -> tuple[int, str, str] | None:
        """(pid, host, program) of the instance holding the lock, when it can be read."""
        info = _lock_info(QLockFile(str(lock_path(self.data_dir))))
        return info if info[0] > 0 else None

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None

    # ----------------------------------------------------------------- the socket

    def listen(self) -> bool:
        """Answer later starts on the local socket; False if it could not be opened."""
        from PySide6.QtNetwork import QLocalServer

        if not self.held:
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # we hold the lock, so a leftover socket is stale
        if not server.listen(name):
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        """Read the one-line request of each caller, answer, hang up.

        Done synchronously (a caller writes its line right after connecting) so no Python
        reference to a socket outlives this call: the server owns them and deletes them.
        """
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                request = bytes(socket.readAll().data())
            else:
                request = b""
            if request.startswith(RAISE_MESSAGE.strip()):
                socket.write(ACK_MESSAGE)
                socket.waitForBytesWritten(1000)
                self.activation_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def ask_running_to_raise(self, timeout_ms: int = 2000) -> bool:
        """Ask the instance holding the lock to bring its window forward; True if it said so.

        ``timeout_ms=0`` sends without waiting for the answer (for a listener in this process).
        """
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + max(timeout_ms, 500) / 1000
        while True:  # the first instance opens its socket just after its window: retry briefly
            socket.connectToServer(server_name(self.data_dir))
            if socket.waitForConnected(max(timeout_ms, 500)):
                break
            if time.monotonic() > deadline:
                return False
            time.sleep(0.1)
        socket.write(RAISE_MESSAGE)
        socket.waitForBytesWritten(max(timeout_ms, 500))
        if timeout_ms == 0:
            socket.disconnectFromServer()
            return True
        answered = socket.waitForReadyRead(timeout_ms)
        reply = bytes(socket.readAll().data()) if answered else b""
        socket.disconnectFromServer()
        return reply.startswith(ACK_MESSAGE.strip())


def bring_to_front(window) -> None:
    """Restore a minimised window and ask the window manager to raise and focus it."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
