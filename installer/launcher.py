"""Entry script of the PyInstaller bundle: the same command line as ``masto-diary``.

Two hidden options exist only here, for the installer tests.  ``--self-test DIR [MODULE ...]``
drives the app through everything a family can reach (every page, every dialog, chart export,
the PDF report, JSON/CSV/FHIR export and import, backups, Qt's ICU data, start at login) and
imports the named modules, so a module or library trimmed out of the bundle fails the build's
test rather than a parent's click.  It writes its files into DIR and ends with ``self-test ok``.
``--screenshot FILE [PAGE]`` saves the demo diary's maximised window as the screen shows it.
"""

import sys

from masto_diary.cli import main


def self_test(out_dir: str, modules: list[str]) -> int:
    """Exercise the bundle headless; raise on the first thing that does not work."""
    import importlib
    import pkgutil
    from pathlib import Path

    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    data = out / "diary"
    command_line(["demo", "--data-dir", str(data)])  # storage, migrations from scratch
    for fmt, name in (("json", "export.json"), ("csv", "export.zip"), ("fhir", "fhir.json")):
        command_line(["export", "--data-dir", str(data), "--format", fmt, "-o", str(out / name)])
    command_line(["import", str(out / "export.json"), "--new-diary", str(out / "imported")])
    command_line(["backup", "--data-dir", str(data)])
    command_line(["check", "--data-dir", str(data)])

    import masto_diary

    package = [
        info.name
        for info in pkgutil.walk_packages(masto_diary.__path__, "masto_diary.")
        if ".migrations" not in info.name and not info.name.endswith("__main__")
    ]
    for name in package + modules:
        importlib.import_module(name)

    pages, dialogs, charts, child = run_window(data, out)
    command_line(["report", "--data-dir", str(data), "--child", child, "-o", str(out / "r.pdf")])
    if not (out / "r.pdf").read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the report is not a PDF")
    check_icu()
    check_autostart()
    write_loaded(out / "loaded.txt")
    print(
        f"self-test ok: {len(package)} package modules, {len(modules)} imported modules, "
        f"{pages} pages, {dialogs} dialogs, {charts} chart files, report and exchange",
        flush=True,
    )
    return 0


def command_line(argv: list[str]) -> None:
    code = main(argv)
    if code != 0:
        raise RuntimeError(f"masto-diary {' '.join(argv)} ended with {code}")


def run_window(data, out) -> tuple[int, int, int, str]:
    """Every page of the main window for every child, every dialog, every chart saved."""
    import importlib
    import pkgutil

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QWidget

    import masto_diary.ui.dialogs
    from masto_diary.services.overview import child_summaries
    from masto_diary.storage import open_diary
    from masto_diary.ui.app import make_application, start_reminders
    from masto_diary.ui.main_window import MainWindow
    from masto_diary.ui.single_instance import SingleInstance

    app = make_application()
    instance = SingleInstance(data)  # QtNetwork: the local socket of the single instance
    if not instance.acquire() or not instance.listen():
        raise RuntimeError("the single-instance lock or socket did not work")
    diary = open_diary(data)
    window = MainWindow(diary)
    window.show()
    start_reminders(window, False)
    seen: list[QDialog] = []

    def close_dialogs() -> None:  # each modal dialog is drawn once, then cancelled
        dialog = app.activeModalWidget()
        if isinstance(dialog, QDialog):
            if dialog in seen:
                dialog.reject()
            else:
                seen.append(dialog)

    closer = QTimer(interval=100, timeout=close_dialogs)
    closer.start()
    children = child_summaries(diary)
    pages = 0
    for summary in children:
        window.select_child(summary.child_id)
        for key in window.page_keys():
            window.show_page(key)
            app.processEvents()
            if window.current_page_key() != key:
                raise RuntimeError(f"the {key} page did not open")
            pages += 1
    charts = 0
    for widget in window.page("charts").findChildren(QWidget):
        if callable(getattr(widget, "save_with_dialog", None)):
            name = widget.objectName() or f"chart{charts}"
            for suffix in ("svg", "png"):
                widget.save(out / f"{name}-{charts}.{suffix}")
                charts += 1
            widget.save_with_dialog("svg")  # the file dialog, cancelled
    import pyqtgraph

    if pyqtgraph.getConfigOption("useOpenGL"):  # the bundle's PySide6.QtOpenGL is a stand-in
        raise RuntimeError("pyqtgraph draws with OpenGL, which the bundle leaves out")
    dialogs = 0
    for info in pkgutil.iter_modules(masto_diary.ui.dialogs.__path__):
        module = importlib.import_module(f"masto_diary.ui.dialogs.{info.name}")
        show_for = getattr(module, "show_for", None)
        if show_for is not None:
            show_for(window)
            dialogs += 1
    window.show_about()
    app.processEvents()
    closer.stop()
    name = children[0].name
    window.close()
    diary.close()
    instance.release()
    return pages, dialogs + 1, charts, name


def check_icu() -> None:
    """What QtCore asks of ICU (collation, converters, time zone names) still answers: the
    bundle carries only part of ICU's data (see masto-diary.spec)."""
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    for name in ("it_IT", "en_US", "en_GB", "de_DE", "zh_CN"):  # the last two: ICU's root
        collator = QCollator(QLocale(name))
        if not collator.compare("b", "a") > 0 > collator.compare("a", "B"):
            raise RuntimeError(f"collation for {name} does not work")
    # Named converters come from the bundle's trimmed ICU on Linux; on Windows from the
    # system's icuuc.dll, which the bundle does not carry (and Wine has only as a stub).
    codecs = ("UTF-16LE",) if sys.platform == "win32" else ()
    for codec in codecs or ("windows-1252", "ISO-8859-15", "KOI8-R", "UTF-16LE"):
        if not QStringDecoder(codec).isValid():
            raise RuntimeError(f"the {codec} converter is missing")
    zone = QTimeZone(b"Europe/Rome")
    for locale, expected in (
        ("it_IT", "Ora standard dell\u2019Europa centrale"),
        ("en_US", "Central European Standard Time"),
    ):
        name = zone.displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale(locale)
        )
        if name != expected:
            raise RuntimeError(f"time zone names for {locale} do not work: {name!r}")


def check_autostart() -> None:
    """Start at login is switched on and off again: an XDG autostart entry on Linux, a value
    under the user's Run registry key on Windows, each starting this very executable."""
    from PySide6.QtCore import QSettings

    from masto_diary.ui.reminders import (
        WINDOWS_RUN_KEY,
        autostart_enabled,
        autostart_file,
        autostart_supported,
        set_autostart,
    )

    if not autostart_supported():
        return
    set_autostart(True)
    try:
        if sys.platform == "win32":
            entry = str(
                QSettings(WINDOWS_RUN_KEY, QSettings.Format.NativeFormat).value("masto-diary")
            )
        else:
            entry = autostart_file().read_text(encoding="utf-8")
        if not autostart_enabled() or sys.executable not in entry or "--minimized" not in entry:
            raise RuntimeError(f"start at login does not start this executable: {entry!r}")
    finally:
        set_autostart(False)
    if autostart_enabled():
        raise RuntimeError("start at login was not switched off")


def write_loaded(path) -> None:
    """The modules imported and the shared libraries mapped, for trimming the bundle."""
    libraries = set()
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            for line in maps:
                file = line.split()[-1]
                if ".so" in file:
                    libraries.add(file)
    except OSError:  # not Linux
        pass
    lines = [f"module {name}" for name in sorted(sys.modules)]
    lines += [f"library {name}" for name in sorted(libraries)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def screenshot(path: str, page: str = "today") -> int:
    """The demo diary's window, maximised on ``page``, as the screen shows it, saved as PNG:
    how docs/screenshots/windows-wine-today.png was taken of the installed app under Wine
    (tests/test_installer_windows.py)."""
    from PySide6.QtCore import QTimer

    from masto_diary.storage import open_diary
    from masto_diary.ui.app import make_application, open_demo_dir
    from masto_diary.ui.main_window import MainWindow

    app = make_application()
    diary = open_diary(open_demo_dir())
    window = MainWindow(diary)
    window.show_page(page)
    window.showMaximized()

    def save() -> None:
        if not app.primaryScreen().grabWindow(0).save(path):
            raise RuntimeError(f"could not write {path}")
        window.close()

    QTimer.singleShot(3000, save)
    app.exec()
    diary.close()
    return 0


def reported(test, *args) -> int:
    """Run a hidden test; a failure is printed and exits 1.  Uncaught, it would reach the
    windowed bootloader, which shows it in a message box that no one closes under a test
    (the installer test then waits out its timeout instead of reading the traceback)."""
    try:
        return test(*args)
    except Exception:  # every failure is reported (an exit code passes through)
        import traceback

        print(traceback.format_exc(), flush=True)
        return 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--self-test"] and len(sys.argv) > 2:
        sys.exit(reported(self_test, sys.argv[2], sys.argv[3:]))
    if sys.argv[1:2] == ["--screenshot"] and len(sys.argv) > 2:
        sys.exit(screenshot(*sys.argv[2:4]))
    sys.exit(main())
