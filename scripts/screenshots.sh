#!/usr/bin/env bash
# Refreshes the README's pictures (docs/screenshots/*.png) from a seeded kmsandbox under Xvfb.
# Extra checks: OUT=/tmp/shots SCALE=2 DARK=1 LANG_CODE=de bash scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)" --target make_screenshots kmsandbox
out=${OUT:-docs/screenshots}
args=(--out "$out" --lang "${LANG_CODE:-en}")
[ -n "${DARK:-}" ] && args+=(--dark)
[ -n "${SIZE:-}" ] && args+=(--size "$SIZE")
QT_SCALE_FACTOR=${SCALE:-1} QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 2600x1800x24' \
  build/dev/tests/make_screenshots "${args[@]}"
