#!/usr/bin/env bash
# Build the macOS app and disk image: dist/masto-diary-<version>-macos-<arch>.dmg
# (untested here: see installer/README.md)
#
#   bash installer/macos/build-macos.sh
#
# Needs: Python 3.11 or later from python.org or Homebrew, and the Xcode command line tools.
# The .app (bundle id io.github.mastodiary.MastoDiary) is signed ad hoc by PyInstaller only:
# without an Apple Developer ID and notarisation, the first start needs right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x .venv-macos/bin/python ] || python3 -m venv .venv-macos
python=.venv-macos/bin/python
"$python" -m pip install --quiet --upgrade pip
"$python" -m pip install --quiet -e ".[build]"
version=$("$python" -c "import masto_diary; print(masto_diary.__version__)")

"$python" -m PyInstaller --noconfirm --distpath build/pyinstaller/dist \
  --workpath build/pyinstaller/build installer/masto-diary.spec
app="build/pyinstaller/dist/Mastocytosis Diary.app"

# The app must open a demo diary and quit by itself before it is packed.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/masto-diary" --demo --smoke-test

stage=build/pyinstaller/dmg
rm -rf "$stage"
mkdir -p "$stage" dist
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"  # drag the app onto it to install
dmg="dist/masto-diary-$version-macos-$(uname -m).dmg"
rm -f "$dmg"
hdiutil create -volname "Mastocytosis Diary" -srcfolder "$stage" -format UDZO -ov "$dmg"
echo "$dmg"
