#!/usr/bin/env bash
# Set up a development copy on Debian/Ubuntu and run it.
#   bash installer/dev.sh demo                system libraries + .venv + package, then the app on
#                                             a demo diary (needs a display: a desktop session)
#   bash installer/dev.sh test [ARGS]         the same set-up with the test tools, then the app's
#                                             tests headless (not the Windows installer's)
#   bash installer/dev.sh test-windows [ARGS] Wine, MinGW and npm system-wide (and the i386
#                                             architecture), then the Windows installer's tests
# Safe to run again: it only installs what is missing, and nothing when nothing changed.
# PYTHON (default: python3 on PATH) and VENV (default: .venv) choose the interpreter and the
# environment; .ci/run uses them to run the suite on the distribution's own /usr/bin/python3 too.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
VENV=${VENV:-.venv}

# Libraries Qt needs for offscreen tests and for a real window on X11, plus PDF tools for the
# report tests, the desktop-file/AppStream validators, binutils (strip, objdump) with which
# PyInstaller builds the Linux bundle that tests/test_installer.py starts, and Xvfb (xvfb-run
# needs xauth) on which that test starts the bundle under X11.  A test whose tool is missing
# fails when CI is set (tests/tools.py), so nothing here may be dropped without a word.
QT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-xkb1 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0"
TOOL_PACKAGES="python3-venv python3-pip poppler-utils sqlite3 desktop-file-utils appstream binutils
xvfb xauth"
# The screen-reader tests walk the real AT-SPI tree (tests/ui/test_atspi_tree.py) and listen to
# Orca itself (tests/ui/test_orca.py, docs/accessibility.md): a virtual screen, a session bus,
# the AT-SPI bus, the pyatspi client Orca uses, Orca (Debian 12's 43; it runs without a
# synthesizer there, its speech goes to its debug file), and xdotool for keys.
A11Y_PACKAGES="xdotool dbus at-spi2-core python3-pyatspi orca"

install_debian_packages() {
  local missing="" sudo=""
  for p in $QT_PACKAGES $TOOL_PACKAGES $A11Y_PACKAGES; do
    # dpkg-query, not dpkg -s: a multiarch package installed twice (libfontconfig1:amd64 and
    # :i386) makes "dpkg -s" fail as ambiguous, and apt-get would run on every call
    dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "ok installed" \
      || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "dev.sh: installing Debian packages:$missing"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
}

# The Windows installer is built and tested under Wine (installer/build-windows.sh,
# tests/test_installer_windows.py): 64-bit Wine, 32-bit Wine for Inno Setup's ISCC.exe and the
# setup program, an X server for Qt's Windows plugin, MinGW for the DLLs Wine lacks, and npm
# (usually there with Node.js) to fetch Inno Setup.
WINDOWS_PACKAGES="wine wine64 wine32:i386 xvfb xauth gcc-mingw-w64-x86-64"

install_windows_packages() {
  local missing="" sudo=""
  for p in $WINDOWS_PACKAGES; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
  command -v npm >/dev/null || missing="$missing npm"
  [ -z "$missing" ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "dev.sh: installing Debian packages for the Windows build:$missing"
  dpkg --print-foreign-architectures | grep -qx i386 || $sudo dpkg --add-architecture i386
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# The package is installed again only when what it is built from changed (pyproject.toml,
# setup.py, the interpreter or the extras): a second run installs nothing and prints nothing.
install_python_package() {
  local extra=$1 stamp="$VENV/.dev-sh-installed" wanted
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  wanted="$extra $("$VENV/bin/python" -c 'import sys; print(sys.version)' | head -1)
$(sha256sum pyproject.toml setup.py)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ] || [ ! -x "$VENV/bin/masto-diary" ]; then
    rm -f "$stamp"
    # -qq: setuptools' nine-line notice about editable installs is not for a newcomer's
    # terminal; errors are still shown in full.
    "$VENV/bin/python" -m pip install -qq --upgrade pip
    "$VENV/bin/python" -m pip install -qq -e ".${extra}"
    printf '%s' "$wanted" >"$stamp"
  fi
  # compiled translations (masto_diary/i18n/*.qm) are build products, not in git
  "$VENV/bin/python" resources/i18n/build_translations.py >/dev/null
}

# Qt cannot open a window without a display and ends with its own message, which blames a
# library that is installed; say instead what to do, before installing anything.
require_display() {
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "dev.sh: no display to open the window on; run it in a desktop session, or under" \
      "xvfb-run (xvfb-run bash installer/dev.sh demo)." >&2
    exit 1
  fi
}

command=${1:-demo}
shift || true
case "$command" in
  demo)
    require_display
    install_debian_packages
    install_python_package ""
    exec "$VENV/bin/masto-diary" --demo "$@"
    ;;
  test)
    install_debian_packages
    install_python_package "[test,build]"
    "$VENV/bin/python" --version
    # the app's tests; the Windows installer's are "test-windows" (pyproject's addopts leave
    # them out of a plain pytest run)
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  test-windows)
    install_debian_packages
    install_windows_packages
    install_python_package "[test,build]"
    exec "$VENV/bin/python" -m pytest -m windows "$@"
    ;;
  *)
    echo "usage: bash installer/dev.sh demo|test|test-windows [ARGS]" >&2
    exit 2
    ;;
esac
