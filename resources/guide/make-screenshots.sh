#!/bin/sh
# Remakes the user guide's screenshots (resources/guide/<language>/images/*.png) from the real
# program: builds the guide_screenshots tool, runs it offscreen on a small demo contest in every
# language and checks that each image the pages refer to was made. Review the images (and their
# size: they are committed) before committing them.
#
#   resources/guide/make-screenshots.sh [BUILD_DIR]      (default: build)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build}

if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build_dir" --target guide_screenshots

# The pages are compiled into the tool: rebuild it after editing them, so that --verify checks
# the images the current pages use.
QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC \
    "$build_dir/tests/tools/guide_screenshots" "$here" --languages ru,kk,en --verify

# The images are committed: pngquant (Debian's package of that name) makes them about a third of
# the size with no visible change. Without it they stay as Qt wrote them.
if command -v pngquant >/dev/null 2>&1; then
    pngquant --quality=70-95 --speed 1 --strip --force --ext .png "$here"/*/images/*.png
else
    echo "pngquant is not installed: the images are left unquantised (apt-get install pngquant)" >&2
fi
du -ch "$here"/*/images/*.png | tail -n 1
