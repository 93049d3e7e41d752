#!/bin/sh
# Adds Retreat Planner to this user's applications menu, with its icon, and makes
# .retreat files open with it. Run it from the unpacked bundle, where it stays:
#     ./install-desktop-entry.sh            add (or update) the menu entry
#     ./install-desktop-entry.sh --remove   take it away again
# Writes only under $XDG_DATA_HOME (~/.local/share); nothing inside the bundle.
set -eu
APP_ID=com.retreatplanner.RetreatPlanner
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime" >/dev/null 2>&1 || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$DATA/applications" >/dev/null 2>&1 || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true; fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -type f -delete 2>/dev/null || true
    refresh
    echo "Removed Retreat Planner from the applications menu."
    exit 0
fi

case "$HERE" in
    *\"* | *\`* | *\$* | *\\*)
        echo "install-desktop-entry.sh: move the bundle to a folder whose path has no \" \` \$ or \\ first" >&2
        exit 1
        ;;
esac
[ -x "$HERE/RetreatPlanner" ] || { echo "install-desktop-entry.sh: $HERE/RetreatPlanner is missing" >&2; exit 1; }

mkdir -p "$DATA/applications" "$DATA/mime/packages"
sed -e "s|^Exec=.*|Exec=\"$HERE/RetreatPlanner\" %f|" -e "/^Exec=/a TryExec=$HERE/RetreatPlanner" \
    "$HERE/share/applications/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/mime/packages/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
for icon in "$HERE"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    size_dir=$(basename "$(dirname "$(dirname "$icon")")")
    mkdir -p "$DATA/icons/hicolor/$size_dir/apps"
    cp "$icon" "$DATA/icons/hicolor/$size_dir/apps/"
done
refresh
echo "Added Retreat Planner to the applications menu ($DATA/applications/$APP_ID.desktop)."
