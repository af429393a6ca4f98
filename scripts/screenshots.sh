#!/usr/bin/env bash
# Renders every page, dialog and state (failure, reconnect, export done) from seeded kmsandbox
# instances under Xvfb, at 900x620 and 1400x900, light and dark, in English and German, and
# checks each picture: any text cut off, or a window that needs more than the asked size, fails
# the run. The English, light, 1400x900 set becomes the README's pictures (docs/screenshots).
#   bash scripts/screenshots.sh                 # the whole matrix into build/screenshots/
#   ONLY=en-light-900x620 bash scripts/screenshots.sh   # one combination
#   SCALE=2 bash scripts/screenshots.sh         # at 200%
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)" --target make_screenshots kmsandbox
matrix=${MATRIX:-build/screenshots}
failed=()
for lang in en de; do
  for theme in light dark; do
    for size in 1400x900 900x620; do
      name="$lang-$theme-$size"
      [ -n "${ONLY:-}" ] && [ "$ONLY" != "$name" ] && continue
      args=(--out "$matrix/$name" --lang "$lang" --size "$size")
      [ "$theme" = dark ] && args+=(--dark)
      echo "== $name"
      if ! QT_SCALE_FACTOR=${SCALE:-1} QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 2600x1800x24' \
          build/dev/tests/make_screenshots "${args[@]}" 2> >(grep -v 'propagateSizeHints' >&2); then
        failed+=("$name")
      fi
    done
  done
done
if [ -d "$matrix/en-light-1400x900" ] && [ -z "${SCALE:-}" ]; then
  mkdir -p docs/screenshots
  cp "$matrix/en-light-1400x900/"*.png docs/screenshots/
fi
# And a few of the small, dark, German ones, to show that they fit too.
if [ -d "$matrix/de-dark-900x620" ] && [ -z "${SCALE:-}" ]; then
  for picture in configuration rotation-failed audit; do
    cp "$matrix/de-dark-900x620/$picture.png" "docs/screenshots/de-dark-900x620-$picture.png"
  done
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "screenshots: problems in ${failed[*]} (see the lines above)" >&2
  exit 1
fi
echo "screenshots: every picture in $matrix, the README's in docs/screenshots"
