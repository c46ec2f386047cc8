#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need, but only those missing.
# Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

AKIM_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite qt6-pdf-dev libquazip1-qt6-dev libgl-dev qt6-qpa-plugins
    qt6-charts-dev libxlsxwriter-dev libfreexl-dev libexpat1-dev libsodium-dev
    libsqlite3-dev libssl-dev
)
# The package test (tests/packaging) builds the .deb (dpkg-dev: dpkg-shlibdeps, which needs file)
# and validates its desktop and AppStream files.
AKIM_TEST_PACKAGES=(
    xvfb xauth poppler-utils fonts-dejavu-core fonts-liberation2 sqlite3
    dpkg-dev file desktop-file-utils appstream
)

akim_missing_packages() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    echo "${missing[@]:-}"
}

akim_install_packages() {
    local missing
    missing=$(akim_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing missing packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "error: need root (or sudo) to install: $missing" >&2
            return 1
        fi
    fi
    # shellcheck disable=SC2086
    if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; then
        $sudo apt-get update
        # shellcheck disable=SC2086
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
    fi
}
