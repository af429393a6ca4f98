#!/usr/bin/env bash
# Installs Stoplight Prism, the validating proxy of the contract_prism test, into .cache/prism from
# the committed tests/contract/prism/package-lock.json (npm ci: exactly those versions). Idempotent
# and quick when it is there. Only scripts/test.sh needs it; the console and kmsandbox do not.
set -euo pipefail
cd "$(dirname "$0")/.."
src=tests/contract/prism
dest=.cache/prism
if [ -x "$dest/node_modules/.bin/prism" ] && cmp -s "$src/package-lock.json" "$dest/package-lock.json"; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  # Debian 12's own Node.js (18) and npm run Prism 5.14.2.
  SUDO=; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "install-prism: installing nodejs and npm" >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
mkdir -p "$dest"
cp "$src/package.json" "$src/package-lock.json" "$dest/"
echo "install-prism: installing @stoplight/prism-cli into $dest" >&2
(cd "$dest" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
