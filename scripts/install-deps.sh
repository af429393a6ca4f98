#!/usr/bin/env bash
# Installs the Debian 12 packages kmconsole needs to build, test and run. Idempotent and quick
# when everything is present, so every script can call it first.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-tools-dev qt6-l10n-tools
  qt6-translations-l10n                   # Qt's own strings (wizard buttons, file dialogs) in de/fr
  qt6-httpserver-dev qt6-websockets-dev   # QHttpServer's CMake package needs WebSockets too
  libqt6sql6-sqlite                       # the QSQLITE driver behind kmsandbox
  qtkeychain-qt6-dev
  libgl-dev
  libqt6svg6 qt6-qpa-plugins              # SVG icons; the platform plugins a window needs
  desktop-file-utils appstream groff-base # validating what an installation puts on the desktop
  dpkg-dev                                # dpkg-shlibdeps, for the .deb's dependencies
  openssl                                 # test certificates for the HTTPS tests
  xvfb xauth                              # the screenshot script and manual offscreen checks
  clang-format-14 clang-tidy-14           # scripts/lint.sh, which scripts/test.sh runs after the tests
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "install-deps: missing packages (${missing[*]}) and not root; install them first" >&2
    exit 1
  fi
else
  SUDO=
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
