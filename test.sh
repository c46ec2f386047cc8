#!/usr/bin/env bash
# Builds Akim Contest and runs every test with ctest. Installs missing Debian packages first.
# In CI (CI=true) warnings are errors.
set -euo pipefail
cd "$(dirname "$0")"
source packaging/install-deps.sh
akim_install_packages "${AKIM_BUILD_PACKAGES[@]}" "${AKIM_TEST_PACKAGES[@]}"

preset=default
if [ "${CI:-}" = "true" ]; then
    preset=ci
fi
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset" -j "$(nproc)" "$@"
