#!/usr/bin/env bash
# Analysis quality benchmark: HydraLens clusters and pivots scored against the demo truth file.
#
#   bench/analysis_quality.sh [BUILD_DIR] [--config SEED:ACCOUNTS:EXCHANGES ...]   (run from the repo root)
#
# Defaults: build; seeds 1, 3, 7, 11 at 6,000 accounts / 1,200,000 exchanges and seed 7 at
# 24,000 / 3,000,000. Work directory: bench/work-quality, or $BENCH_WORK. Builds nothing: needs
# a Release build of hydralens and the Debian package python3. The work is done by
# bench/analysis_quality.py; see bench/README.md, "Analysis benchmarks".
set -euo pipefail

BUILD_DIR=build
if [ $# -gt 0 ] && [[ "$1" != --* ]]; then BUILD_DIR=$1; shift; fi
HL="$BUILD_DIR/app/hydralens"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

die() { echo "analysis_quality: error: $*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || die "python3 not found; install the Debian package: apt-get install python3"
python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 7) else 1)' \
    || die "python3 is older than 3.7; install the Debian package python3 (Debian 12 ships 3.11)"
[ -x "$HL" ] || die "hydralens binary not found at $HL; build first, e.g.: cmake -S . -B $BUILD_DIR -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build $BUILD_DIR"
if [ -f "$BUILD_DIR/CMakeCache.txt" ]; then
    bt=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
    [ "$bt" = "Release" ] || echo "analysis_quality: warning: $BUILD_DIR has CMAKE_BUILD_TYPE='$bt', not Release (slower, same results)" >&2
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec python3 "$HERE/analysis_quality.py" --hydralens "$HL" "$@"
