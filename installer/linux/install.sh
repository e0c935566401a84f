#!/bin/sh
# Install masto-diary for the current user; no administrator rights needed.
#
#   ./install.sh              copy the app to ~/.local/lib/masto-diary, link ~/.local/bin/masto-diary,
#                             and add the menu entry and icons (run it again to update)
#   ./install.sh --uninstall  remove all of that again
#
# The diary itself (~/.local/share/masto-diary) is never touched, not even by --uninstall.
# PREFIX (default ~/.local) and XDG_DATA_HOME (default $PREFIX/share) move the install.
set -eu

app_id=io.github.mastodiary.MastoDiary
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
data_home=${XDG_DATA_HOME:-$prefix/share}
app_dir=$prefix/lib/masto-diary
bin_link=$prefix/bin/masto-diary
desktop_file=$data_home/applications/$app_id.desktop
metainfo_file=$data_home/metainfo/$app_id.metainfo.xml
icons=$data_home/icons/hicolor

refresh_menus() {
  # Best effort: desktops also notice the new files without these tools.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
  fi
  touch "$icons" 2>/dev/null || true
}

uninstall() {
  rm -f "$bin_link" "$desktop_file" "$metainfo_file"
  rm -f "$icons/scalable/apps/$app_id.svg" "$icons"/*/apps/"$app_id.png"
  rm -rf "$app_dir"
  refresh_menus
  echo "masto-diary was removed. Your diary is still in ~/.local/share/masto-diary."
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
elif [ $# -gt 0 ]; then
  echo "usage: ./install.sh [--uninstall]" >&2
  exit 2
fi

if [ ! -x "$here/masto-diary" ] || [ ! -d "$here/_internal" ]; then
  echo "install.sh: run the install.sh inside the unpacked masto-diary folder" >&2
  exit 1
fi
case "$app_dir" in
  *[\"\`\$\\]*)
    echo "install.sh: $app_dir contains a quote, \$ or \\; choose another PREFIX" >&2
    exit 1
    ;;
esac

# Copy first, then swap, so an update never leaves a half-copied app behind.
mkdir -p "$prefix/lib" "$prefix/bin"
rm -rf "$app_dir.new"
mkdir "$app_dir.new"
cp -R "$here/masto-diary" "$here/_internal" "$app_dir.new/"
rm -rf "$app_dir.old"
if [ -e "$app_dir" ]; then mv "$app_dir" "$app_dir.old"; fi
mv "$app_dir.new" "$app_dir"
rm -rf "$app_dir.old"
ln -sfn "$app_dir/masto-diary" "$bin_link"

# The menu entry starts the app by its full path: ~/.local/bin is not on every desktop's PATH.
mkdir -p "$(dirname "$desktop_file")" "$(dirname "$metainfo_file")"
sed -e "s|^Exec=.*|Exec=\"$app_dir/masto-diary\"|" \
    -e "s|^TryExec=.*|TryExec=$app_dir/masto-diary|" \
    "$here/share/applications/$app_id.desktop" > "$desktop_file"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$metainfo_file"
(cd "$here/share/icons/hicolor" && find . -type f) | while read -r icon; do
  mkdir -p "$(dirname "$icons/$icon")"
  cp "$here/share/icons/hicolor/$icon" "$icons/$icon"
done
refresh_menus

echo "masto-diary is installed: find \"Mastocytosis Diary\" in the applications menu,"
echo "or run $bin_link. To remove it: $here/install.sh --uninstall"
