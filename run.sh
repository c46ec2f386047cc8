#!/usr/bin/env bash
# Builds Akim Contest and opens it on a demo contest (created on the first run in the user's data
# folder). Installs missing Debian packages first. Without a display it creates the demo and exits.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/install-deps.sh
akim_install_packages "${AKIM_BUILD_PACKAGES[@]}"

cmake --preset default
cmake --build --preset default -j "$(nproc)"

app=build/app/akimcontest
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/AkimContest/Akim Contest"
demo="$demo_dir/demo.akc"
if [ ! -f "$demo" ]; then
    mkdir -p "$demo_dir"
    "$app" demo "$demo" --scores --survey 100000
    echo "Created the demo contest: $demo"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty), so the window cannot open."
    echo "The demo contest is ready at: $demo"
    echo "On a desktop, run ./run.sh again, or: $app \"$demo\""
    exit 0
fi
exec "$app" "$demo"
