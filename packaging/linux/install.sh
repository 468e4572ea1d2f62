#!/usr/bin/env bash
# Add Fabwise to the desktop menu and to PATH, using this folder where it is (nothing is copied
# but the small desktop files).
#
#   ./install.sh                  for you: ~/.local/bin, ~/.local/share
#   ./install.sh --prefix /usr/local   for everyone (run as root; the folder must stay readable)
#   ./install.sh --uninstall [--prefix DIR]
#
# Moved the folder? Run ./install.sh again.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
APP_ID="io.github.fabwise.Fabwise"
PREFIX="$HOME/.local"
BIN_DIR=""
uninstall=0

while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) PREFIX="$2"; shift 2 ;;
        --uninstall) uninstall=1; shift ;;
        -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
done
PREFIX="$(mkdir -p "$PREFIX" && cd "$PREFIX" && pwd)"
BIN_DIR="$PREFIX/bin"
SHARE="$PREFIX/share"

desktop="$SHARE/applications/$APP_ID.desktop"
metainfo="$SHARE/metainfo/$APP_ID.metainfo.xml"

refresh() {
    command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
}

if [ "$uninstall" = 1 ]; then
    if [ -L "$BIN_DIR/fabwise" ]; then rm -f "$BIN_DIR/fabwise"; fi
    rm -f "$desktop" "$metainfo"
    find "$SHARE/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh
    echo "install: removed Fabwise's menu entry, icons and $BIN_DIR/fabwise (this folder stays: delete it yourself)"
    exit 0
fi

[ -x "$HERE/fabwise" ] || { echo "install: no fabwise executable next to this script" >&2; exit 1; }
mkdir -p "$BIN_DIR" "$SHARE/applications" "$SHARE/metainfo"
if [ -e "$BIN_DIR/fabwise" ] && [ ! -L "$BIN_DIR/fabwise" ]; then
    echo "install: $BIN_DIR/fabwise exists and is not a link from an earlier install; leaving it" >&2
else
    ln -sfn "$HERE/fabwise" "$BIN_DIR/fabwise"
fi
# The menu entry runs this folder's executable by its full path, so it works without PATH.
sed -e "s|^Exec=.*|Exec=\"$HERE/fabwise\"|" -e "s|^TryExec=.*|TryExec=$HERE/fabwise|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$desktop.part"
mv "$desktop.part" "$desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$metainfo"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$SHARE/$(dirname "$icon")"
    cp "$HERE/share/$icon" "$SHARE/$icon"
done
refresh
echo "install: Fabwise is in your applications menu, and '$BIN_DIR/fabwise' runs it from a terminal"
case ":$PATH:" in *":$BIN_DIR:"*) ;; *) echo "install: note: $BIN_DIR is not on your PATH" ;; esac
