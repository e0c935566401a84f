"""The Linux bundle: built by installer/build-linux.sh, then started headless like a family would.

The build takes about two minutes here, so it is done once for this module and marked slow
(it stays in the normal run; ``-m 'not slow'`` leaves it out for a quick round).
"""

import sqlite3
import subprocess
from pathlib import Path

import pytest

from masto_diary import __version__
from masto_diary.resources import APP_ID, ICON_SIZES
from masto_diary.storage import DIARY_FILENAME, migrate
from tests.bundle_support import (
    Bundle,
    build_bundle,
    imported_modules,
    misaligned_binaries,
    run_env,
    tarball_name,
)
from tests.tools import optional_tool, require_tool

pytestmark = pytest.mark.slow

START_TIMEOUT = 120


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    built = build_bundle(tmp_path_factory.mktemp("bundle"))
    print(f"\nLinux bundle built in {built.build_seconds:.0f} s: {built.tarball.name}")
    return built


def files_of(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*")}


def start(bundle_exe: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(bundle_exe), *args],
        env=run_env(home),
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )


def test_tarball_holds_the_app_desktop_files_and_installer(bundle):
    assert bundle.tarball.name == tarball_name()
    assert tarball_name().startswith(f"masto-diary-{__version__}-linux-")
    folder = bundle.folder
    assert bundle.executable.is_file() and (folder / "install.sh").stat().st_mode & 0o111
    assert (folder / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    assert (folder / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (
        folder / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).is_file()
    for size in ICON_SIZES:
        assert (
            folder / "share/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        ).is_file()


def test_bundle_carries_the_migrations_and_only_the_qt_it_needs(bundle):
    internal = bundle.folder / "_internal"
    migrations = internal / "masto_diary" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("0*.py"))
    assert shipped[-1].startswith(migrate.HEAD_REVISION)
    assert (internal / "masto_diary" / "resources" / "icons" / "masto-diary-256.png").is_file()
    qt = internal / "PySide6" / "Qt"
    libraries = {p.name.split(".")[0] for p in (qt / "lib").iterdir()}
    assert {"libQt6Core", "libQt6Gui", "libQt6Widgets"} <= libraries
    assert not libraries & {"libQt6Qml", "libQt6Quick", "libQt6Pdf", "libQt6Quick3D"}
    # pyqtgraph needs QtOpenGLWidgets (small); the 9 MB QtOpenGL binding is a stand-in
    assert (internal / "PySide6" / "QtOpenGLWidgets.abi3.so").is_file()
    assert not (internal / "PySide6" / "QtOpenGL.abi3.so").exists()
    assert (qt / "lib" / "libicudata.so.73").stat().st_size < 8_000_000, "ICU data not trimmed"
    assert list(internal.glob("numpy-*.dist-info/licenses/LICENSE.txt")), "NumPy's licence"
    assert not (qt / "qml").exists()
    assert {p.name for p in (qt / "translations").iterdir()} <= {"qtbase_it.qm"}
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    assert any("wayland" in name for name in platforms)
    assert not {"libqeglfs.so", "libqlinuxfb.so", "libqvnc.so", "libqminimal.so"} & platforms
    assert not list(internal.glob("libssl*")), "the app never goes online: no TLS"
    assert not list(internal.glob("libcairo*")), "GTK theme libraries were pruned"


def test_bundle_speaks_italian_with_the_same_catalogues_as_the_wheel(bundle, tmp_path):
    """The spec compiles the translations with the wheel's compiler (resources/i18n/ts_to_qm.py):
    the bundle carries every catalogue, byte for byte the one a wheel carries, and it loads."""
    from PySide6.QtCore import QTranslator

    from tests.test_qm_compiler import italian_sample, ts_to_qm

    root = Path(__file__).resolve().parents[1]
    shipped = bundle.folder / "_internal" / "masto_diary" / "i18n"
    for ts in sorted((root / "resources" / "i18n").glob("masto_diary_*.ts")):
        expected = ts_to_qm.compile_ts(ts, tmp_path / f"{ts.stem}.qm").read_bytes()
        assert (shipped / f"{ts.stem}.qm").read_bytes() == expected, ts.name
    translator = QTranslator()
    assert translator.load(str(shipped / "masto_diary_it.qm"))
    context, english, italian = italian_sample()
    assert translator.translate(context, english) == italian


def test_bundle_opens_the_demo_diary_headless_and_exits_cleanly(bundle, tmp_path):
    before = files_of(bundle.folder)
    result = start(bundle.executable, tmp_path / "home", "--demo", "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "window ready: overview page" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert files_of(bundle.folder) == before, "the app wrote into its own folder"


def test_every_library_of_the_bundle_can_be_loaded(bundle):
    """strip once broke NumPy's OpenBLAS this way: only the charts and the report noticed."""
    assert misaligned_binaries(bundle.folder) == []


def test_bundle_self_test_visits_every_page_and_writes_the_report(bundle, tmp_path):
    """The hidden --self-test of installer/launcher.py: every page for every child, every
    dialog, the charts saved as SVG and PNG, the PDF report, JSON/CSV/FHIR export and import,
    a backup, Qt's ICU data, and every module the package imports anywhere."""
    out = tmp_path / "self-test"
    modules = imported_modules()
    result = start(bundle.executable, tmp_path / "home", "--self-test", str(out), *modules)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test ok" in result.stdout, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    assert (out / "r.pdf").read_bytes().startswith(b"%PDF")
    assert list(out.glob("*.svg")) and list(out.glob("*.png"))
    for name in ("export.json", "export.zip", "fhir.json"):
        assert (out / name).stat().st_size > 0
    loaded = (out / "loaded.txt").read_text().splitlines()
    assert f"module {modules[-1]}" in loaded


def test_bundle_self_test_on_an_x11_display(bundle, tmp_path):
    """The same on X11 (Xvfb): the xcb platform plugin with the bundled xcb libraries and the
    host's X11, GL and font libraries, as on a family's desktop."""
    xvfb_run = require_tool("xvfb-run")
    env = {
        key: value for key, value in run_env(tmp_path / "home").items() if key != "QT_QPA_PLATFORM"
    }
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1280x1024x24", str(bundle.executable)]
        + ["--self-test", str(tmp_path / "self-test"), *imported_modules()],
        env=env,
        capture_output=True,
        text=True,
        timeout=START_TIMEOUT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "self-test ok" in result.stdout
    libraries = (tmp_path / "self-test" / "loaded.txt").read_text()
    assert "plugins/platforms/libqxcb.so" in libraries


def test_bundle_upgrades_an_old_diary_with_the_migrations_it_carries(bundle, tmp_path):
    data = tmp_path / "old-diary"
    data.mkdir(mode=0o700)
    migrate.upgrade(data / DIARY_FILENAME, "0001")  # as release 0001 left it
    result = start(bundle.executable, tmp_path / "home", "--data-dir", str(data), "--smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    connection = sqlite3.connect(data / DIARY_FILENAME)
    try:
        assert migrate.read_revision(connection) == migrate.HEAD_REVISION
    finally:
        connection.close()
    assert list((data / "backups").glob("*before-upgrade-from-0001*"))


def test_bundle_answers_version_without_a_window(bundle, tmp_path):
    result = start(bundle.executable, tmp_path / "home", "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"masto-diary {__version__}"


def test_install_sh_installs_into_local_and_uninstall_keeps_the_diary(bundle, tmp_path):
    home = tmp_path / "home"
    env = run_env(home)
    local = home / ".local"
    subprocess.run(["sh", str(bundle.folder / "install.sh")], env=env, check=True, timeout=120)

    link = local / "bin" / "masto-diary"
    assert link.is_symlink() and link.resolve() == local / "lib" / "masto-diary" / "masto-diary"
    desktop = local / "share" / "applications" / f"{APP_ID}.desktop"
    exec_line = next(x for x in desktop.read_text().splitlines() if x.startswith("Exec="))
    assert exec_line == f'Exec="{local}/lib/masto-diary/masto-diary"'
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ICON_SIZES:
        assert (local / "share/icons/hicolor" / f"{size}x{size}/apps/{APP_ID}.png").is_file()
    validator = optional_tool("desktop-file-validate")
    if validator:
        validate = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        assert validate.returncode == 0, validate.stdout
    started = start(link, home, "--version")
    assert started.stdout.strip() == f"masto-diary {__version__}"

    diary = local / "share" / "masto-diary" / DIARY_FILENAME
    diary.parent.mkdir(parents=True)
    diary.write_bytes(b"the family's diary")
    subprocess.run(
        ["sh", str(bundle.folder / "install.sh"), "--uninstall"], env=env, check=True, timeout=60
    )
    assert not link.exists() and not desktop.exists()
    assert not (local / "lib" / "masto-diary").exists()
    assert not list((local / "share" / "icons").rglob(f"{APP_ID}.*"))
    assert diary.read_bytes() == b"the family's diary"
