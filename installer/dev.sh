#!/usr/bin/env bash
# Set up a development copy on Debian/Ubuntu and run it.
#   bash installer/dev.sh demo        system libraries + .venv + package, then the app on a demo diary
#   bash installer/dev.sh test [ARGS] the same set-up with test tools, then the whole suite headless
# Safe to run again: it only installs what is missing.
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
# The screen-reader test (tests/ui/test_atspi_tree.py) walks the real AT-SPI tree: a virtual
# screen, a session bus, the AT-SPI bus, the pyatspi client Orca uses, and xdotool for keys.
A11Y_PACKAGES="xdotool dbus at-spi2-core python3-pyatspi"

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

install_python_package() {
  local extra=$1
  [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".${extra}"
  # compiled translations (masto_diary/i18n/*.qm) are build products, not in git
  "$VENV/bin/python" resources/i18n/build_translations.py >/dev/null
}

command=${1:-demo}
shift || true
case "$command" in
  demo)
    install_debian_packages
    install_python_package ""
    exec "$VENV/bin/masto-diary" --demo "$@"
    ;;
  test)
    install_debian_packages
    install_python_package "[test,build]"
    "$VENV/bin/python" --version
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash installer/dev.sh demo|test [ARGS]" >&2
    exit 2
    ;;
esac
