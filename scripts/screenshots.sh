#!/usr/bin/env bash
# Renders every page, dialog and state (failure, reconnect, export done) from seeded kmsandbox
# instances under Xvfb, at 900x620 and 1400x900, light and dark, in English and German, and
# checks each picture: any text cut off, or a window that needs more than the asked size, fails
# the run. The English, light, 1400x900 set becomes the README's pictures (docs/screenshots).
#   bash scripts/screenshots.sh                 # the whole matrix into build/screenshots/
#   ONLY=en-light-900x620 bash scripts/screenshots.sh   # one combination
#   SCALE=2 bash scripts/screenshots.sh         # at 200%
#   PLATFORM=windows bash scripts/screenshots.sh  # the Windows build under Wine (after scripts/windows.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${PLATFORM:-linux}" = windows ]; then
  # The Windows build, in Wine's own display driver (the Windows platform plugin, the Windows
  # style) on Xvfb: the sign-in, configuration, rotation and audit pages, English, 1400x900.
  cache=${KMCONSOLE_WINDOWS_CACHE:-$HOME/.cache/kmconsole-windows}
  [ -f build/windows/CMakeCache.txt ] || { echo "screenshots: run scripts/windows.sh first" >&2; exit 1; }
  [ -x build/dev/sandbox/kmsandbox ] || { [ -f build/dev/CMakeCache.txt ] || cmake --preset dev; cmake --build --preset dev --target kmsandbox; }
  nice -n 19 cmake --build --preset windows-cross --parallel 2 --target make_screenshots
  out=build/screenshots/windows
  rm -rf "$out" && mkdir -p "$out"
  WINEPREFIX=$cache/wineprefix WINEDEBUG=-all \
  WINEPATH="Z:$cache/win64/bin;Z:/usr/lib/gcc/x86_64-w64-mingw32/12-posix;Z:/usr/x86_64-w64-mingw32/lib" \
  QT_QPA_PLATFORM=windows xvfb-run -a -s '-screen 0 2600x1800x24' \
    wine build/windows/make_screenshots.exe --out "Z:$PWD/$out" --lang en --size 1400x900
  for picture in sign-in configuration rotation audit; do
    [ -f "$out/$picture.png" ] || { echo "screenshots: $out/$picture.png is missing" >&2; exit 1; }
  done
  cp "$out/configuration.png" docs/screenshots/windows-configuration.png
  cp "$out/audit.png" docs/screenshots/windows-audit.png
  echo "screenshots: the Windows pictures in $out, the README's in docs/screenshots/windows-*.png"
  exit 0
fi
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
