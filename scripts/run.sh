#!/usr/bin/env bash
# Installs what is needed, builds, starts a kmsandbox on a free port and opens the console signed
# in to it as admin. Closing the console stops the sandbox. The README's run command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)" --target kmconsole kmsandbox

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != offscreen ]; then
  echo "run: no display to open the console on (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "run: start it from a desktop session, or try: xvfb-run -s '-screen 0 1400x900x24' $0" >&2
  exit 1
fi

data="${XDG_DATA_HOME:-$HOME/.local/share}/kmsandbox/demo.sqlite"
fifo=$(mktemp -u)
mkfifo "$fifo"
build/dev/sandbox/kmsandbox --port 0 --data "$data" --seed 5000 >"$fifo" &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null; wait "$sandbox" 2>/dev/null; rm -f "$fifo"' EXIT
exec 3<"$fifo"
read -r -t 60 line <&3 || { echo "run: kmsandbox did not start" >&2; exit 1; }
url=${line#listening on }
echo "run: kmsandbox at $url (admin / sandbox); closing the console stops it." >&2
# The demo password goes through stdin, never the command line.
printf 'sandbox\n' | build/dev/app/main/kmconsole --server "$url" --user admin --password-stdin "$@"
