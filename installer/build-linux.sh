#!/usr/bin/env bash
# Build the Linux bundle: dist/masto-diary-<version>-linux-<arch>.tar.gz
#
#   bash installer/build-linux.sh [--dist DIR] [--work DIR]
#
# Needs the package with its "build" extra in .venv (bash installer/dev.sh test installs it, or
# .venv/bin/pip install -e '.[build]'); PYTHON=... picks another interpreter.  The tarball holds
# one folder that runs where it is unpacked (./masto-diary), plus install.sh, which copies it
# into ~/.local with a menu entry and icons.  See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

dist=dist
work=build/pyinstaller
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: bash installer/build-linux.sh [--dist DIR] [--work DIR]" >&2; exit 2 ;;
  esac
done

python=${PYTHON:-.venv/bin/python}
[ -x "$python" ] || python=python3
if ! "$python" -c "import PyInstaller" 2>/dev/null; then
  echo "build-linux.sh: PyInstaller is missing; run: .venv/bin/pip install -e '.[build]'" >&2
  exit 1
fi

# binutils: strip and readelf trim the binaries, nm, as and ld rebuild ICU's data library
for tool in strip readelf nm as ld; do
  if ! command -v "$tool" >/dev/null; then
    echo "build-linux.sh: $tool is missing; install binutils (bash installer/dev.sh test does)" >&2
    exit 1
  fi
done

app_id=io.github.mastodiary.MastoDiary
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' masto_diary/__init__.py)
[ -n "$version" ] || { echo "build-linux.sh: no __version__ in masto_diary/__init__.py" >&2; exit 1; }
name=masto-diary-$version
tarball=$dist/$name-linux-$(uname -m).tar.gz
started=$SECONDS

# PyInstaller keeps its cache of processed libraries beside the build, not in ~/.cache.
export PYINSTALLER_CONFIG_DIR=${PYINSTALLER_CONFIG_DIR:-$work/cache}
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/build" installer/masto-diary.spec

stage=$work/stage/$name
rm -rf "$work/stage"
mkdir -p "$work/stage"
cp -a "$work/dist/masto-diary" "$stage"
install -Dm644 "resources/$app_id.desktop" "$stage/share/applications/$app_id.desktop"
install -Dm644 "resources/$app_id.metainfo.xml" "$stage/share/metainfo/$app_id.metainfo.xml"
install -Dm644 resources/icons/masto-diary.svg "$stage/share/icons/hicolor/scalable/apps/$app_id.svg"
for png in masto_diary/resources/icons/masto-diary-*.png; do
  size=${png##*-}
  size=${size%.png}
  install -Dm644 "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
install -m755 installer/linux/install.sh "$stage/install.sh"
install -m644 installer/linux/README.txt "$stage/README.txt"
if [ -f LICENSE ]; then install -m644 LICENSE "$stage/LICENSE"; fi

mkdir -p "$dist"
tar -C "$work/stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" "$name"
echo "build-linux.sh: $tarball ($(du -sh "$stage" | cut -f1) unpacked," \
  "$(du -h "$tarball" | cut -f1) packed) in $((SECONDS - started)) s"
