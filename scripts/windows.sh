#!/usr/bin/env bash
# The Windows build, from this Debian 12 machine (docs/platforms.md):
#   bash scripts/windows.sh          # as root on a fresh Debian 12: everything, then a summary
#   bash scripts/windows.sh qt       # only the toolchain and Qt for Windows (the long part)
# 1. installs the MinGW-w64 cross toolchain, Wine, NSIS and the tools from Debian's packages;
# 2. builds Qt 6.4.2 for Windows x86_64 from Debian's own source packages (apt-get source, with a
#    deb-src list used for that call alone), only the modules and features the project uses, once,
#    into ~/.cache/kmconsole-windows/ (KMCONSOLE_WINDOWS_CACHE overrides it), with its log there;
#    each step leaves a stamp, and a stopped run resumes where it stopped;
# 3. builds the project with the windows-cross preset (cmake/toolchains/mingw-w64-x86_64.cmake),
#    runs its ctest suite under Wine (offscreen), makes the NSIS installer and a zip with CPack;
# 4. prints the test summary and the installer's path and size.
# Not part of .ci/run: the Qt build alone takes about an hour on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
stop_after=${1:-all}

cache=${KMCONSOLE_WINDOWS_CACHE:-$HOME/.cache/kmconsole-windows}
export KMCONSOLE_WINDOWS_PREFIX=$cache/win64   # what the toolchain file searches
prefix=$KMCONSOLE_WINDOWS_PREFIX
src=$cache/src
work=$cache/build
stamps=$cache/stamps
log=$cache/windows.log
jobs=${JOBS:-2}
mkdir -p "$cache" "$src" "$work" "$stamps" "$prefix"
toolchain=$source_dir/cmake/toolchains/mingw-w64-x86_64.cmake
started=$(date +%s)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo "+changes")

say() { echo "windows.sh: $*" | tee -a "$log" >&2; }
# Long steps run at the lowest priority: the machine is shared.
low() { nice -n 19 ionice -c3 "$@"; }
# A step runs once: its stamp says it is done; a stopped step starts again (ninja, inside it,
# resumes the compiling where it stopped).
step() {
  local name=$1; shift
  if [ -f "$stamps/$name" ]; then return 0; fi
  say "step $name (log: $log)"
  if ! "$@" >>"$log" 2>&1; then
    say "step $name failed; the last lines of $log:"
    tail -n 30 "$log" >&2
    exit 1
  fi
  touch "$stamps/$name"
}

# --- 1. packages -----------------------------------------------------------------------------
packages=(
  g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools
  wine wine64                  # runs the tests, the screenshots
  nsis zip                     # CPack's NSIS and ZIP generators
  librsvg2-bin icoutils        # the .ico from the SVG: rsvg-convert, icotool
  dpkg-dev                     # dpkg-source, for apt-get source
  tcl                          # SQLite's amalgamation is generated with tclsh
  perl python3                 # Qt's build scripts
  xvfb xauth                   # PLATFORM=windows screenshots
)
install_packages() {
  bash scripts/install-deps.sh  # Debian's Qt: the host tools (moc, rcc, uic, lrelease), the Linux build
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || { echo "missing packages (${missing[*]}): run as root" >&2; return 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# --- 2. sources --------------------------------------------------------------------------------
# Debian's source packages of the Qt 6.4.2 that Debian 12 ships. The deb-src list lives in the cache
# and is given to apt for these calls alone: the system's sources are left as they are.
required_sources=(qt6-base sqlite3)
module_sources=(qt6-svg qt6-websockets qt6-httpserver qtkeychain)
apt_src() {
  apt-get -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$cache/apt/parts" \
          -o Dir::State::Lists="$cache/apt/lists" -o Dir::Cache="$cache/apt/cache" \
          -o APT::Sandbox::User=root "$@"
}
fetch_sources() {
  mkdir -p "$cache/apt/parts" "$cache/apt/lists/partial" "$cache/apt/cache/archives/partial"
  local suites='bookworm bookworm-updates' security='bookworm-security'
  cat >"$cache/apt/parts/deb-src.sources" <<SOURCES
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: $suites
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: $security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  apt_src update -qq
  cd "$src"
  for p in "${required_sources[@]}"; do
    [ -d "$src/$p" ] || apt_src source "$p" >/dev/null
    [ -d "$src/$p" ] || mv "$(find . -maxdepth 1 -type d -name "$p-*" | head -n1)" "$p"
  done
  # The modules' sources: a Debian mirror that does not hold them leaves the build without them
  # (the fallbacks are in docs/platforms.md); it says so in the summary.
  : >"$cache/missing-sources"
  for p in "${module_sources[@]}"; do
    if [ ! -d "$src/$p" ]; then
      if apt_src source "$p" >/dev/null 2>"$cache/apt/$p.err"; then
        mv "$(find . -maxdepth 1 -type d -name "$p-*" | head -n1)" "$p"
      else
        echo "$p" >>"$cache/missing-sources"
        echo "apt-get source $p failed: $(grep -m1 '^E:' "$cache/apt/$p.err" || true)"
      fi
    fi
  done
  cd "$source_dir"
}

# --- 3. SQLite, for the QSQLITE driver (Debian's qt6-base has no src/3rdparty/sqlite) -------------
build_sqlite() {
  local b=$work/sqlite
  rm -rf "$b" && mkdir -p "$b" && cd "$b"
  low "$src/sqlite3/configure" --disable-tcl >/dev/null   # a host configure, only to make sqlite3.c
  low make sqlite3.c >/dev/null
  low x86_64-w64-mingw32-gcc-posix -O2 -c sqlite3.c -o sqlite3.o \
    -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_OMIT_LOAD_EXTENSION \
    -DSQLITE_DEFAULT_FOREIGN_KEYS=0 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1
  mkdir -p "$prefix/lib" "$prefix/include"
  x86_64-w64-mingw32-ar rcs "$prefix/lib/libsqlite3.a" sqlite3.o
  cp sqlite3.h sqlite3ext.h "$prefix/include/"
  cd "$source_dir"
}

# --- 4. qtbase -------------------------------------------------------------------------------------
# Fixes to Debian's qt6-base for this configuration (each patch says why), each applied once. A
# patch that is new to a Qt already built sends qtbase through configure, build and install again,
# in its build folder: ninja rebuilds only what the patch touched.
patch_qtbase() {
  local p
  for p in "$source_dir"/scripts/windows/qtbase-*.patch; do
    if patch -d "$src/qt6-base" -p1 -R -s -f --dry-run <"$p" >/dev/null 2>&1; then
      continue # applied already
    fi
    say "applying $(basename "$p")"
    patch -d "$src/qt6-base" -p1 -N <"$p" >>"$log"
    rm -f "$stamps/qtbase-configure" "$stamps/qtbase-build" "$stamps/qtbase-install"
  done
}
# Debian's Qt is the host Qt: its moc, rcc, uic and its CMake files for them.
host_qt=(-DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake)
configure_qtbase() {
  low cmake -G Ninja -S "$src/qt6-base" -B "$work/qtbase" \
    -DCMAKE_TOOLCHAIN_FILE="$toolchain" "${host_qt[@]}" \
    -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=ON \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
    -DQT_BUILD_TOOLS_WHEN_CROSSCOMPILING=OFF \
    -DINPUT_opengl=no -DFEATURE_opengl=OFF -DFEATURE_vulkan=OFF -DFEATURE_dbus=OFF \
    -DFEATURE_printsupport=OFF -DFEATURE_direct2d=OFF -DFEATURE_freetype=OFF \
    -DFEATURE_fontconfig=OFF -DFEATURE_jpeg=OFF -DFEATURE_gif=OFF -DFEATURE_textmarkdownreader=OFF \
    -DFEATURE_tabletevent=OFF \
    -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
    -DFEATURE_sql=ON -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON \
    -DSQLite3_INCLUDE_DIR="$prefix/include" -DSQLite3_LIBRARY="$prefix/lib/libsqlite3.a" \
    -DFEATURE_sql_odbc=OFF -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
    -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF \
    -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
    -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_doubleconversion=OFF
}
build_qtbase() { low cmake --build "$work/qtbase" --parallel "$jobs"; }
install_qtbase() { cmake --install "$work/qtbase"; }

# --- 5. the modules: QtSvg (the icons), QtWebSockets and QtHttpServer (kmsandbox), QtKeychain ------
have_source() { [ -d "$src/$1" ]; }
configure_module() { # name source
  rm -rf "$work/$1"
  low "$prefix/bin/qt-cmake" -G Ninja -S "$src/$2" -B "$work/$1" "${host_qt[@]}" \
    -DCMAKE_BUILD_TYPE=Release -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
}
build_module() { low cmake --build "$work/$1" --parallel "$jobs" && cmake --install "$work/$1"; }
configure_qtkeychain() {
  rm -rf "$work/qtkeychain"
  low cmake -G Ninja -S "$src/qtkeychain" -B "$work/qtkeychain" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    "${host_qt[@]}" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" \
    -DCMAKE_BUILD_TYPE=Release -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
}

build_qt() {
  step packages install_packages
  step sources fetch_sources
  step sqlite build_sqlite
  patch_qtbase
  step qtbase-configure configure_qtbase
  step qtbase-build build_qtbase
  step qtbase-install install_qtbase
  if have_source qt6-svg; then
    step qtsvg-configure configure_module qtsvg qt6-svg
    step qtsvg-build build_module qtsvg
  fi
  if have_source qt6-websockets && have_source qt6-httpserver; then
    step qtwebsockets-configure configure_module qtwebsockets qt6-websockets
    step qtwebsockets-build build_module qtwebsockets
    step qthttpserver-configure configure_module qthttpserver qt6-httpserver
    step qthttpserver-build build_module qthttpserver
  fi
  if have_source qtkeychain; then
    step qtkeychain-configure configure_qtkeychain
    step qtkeychain-build build_module qtkeychain
  fi
  # Qt's own strings in German and French, from Debian's qt6-translations-l10n.
  mkdir -p "$prefix/translations"
  cp /usr/share/qt6/translations/qtbase_de.qm /usr/share/qt6/translations/qtbase_fr.qm "$prefix/translations/"
}

build_qt
say "Qt for Windows is in $prefix ($(( ($(date +%s) - started) / 60 )) min)"
[ "$stop_after" = qt ] && exit 0

# --- 6. the project, its tests under Wine, the installer ---------------------------------------------
export WINEPREFIX=$cache/wineprefix WINEDEBUG=-all
build_project() {
  if [ ! -f "$prefix/lib/cmake/Qt6HttpServer/Qt6HttpServerConfig.cmake" ]; then
    # No QtHttpServer for Windows: the tests start the Linux build's kmsandbox (docs/platforms.md).
    [ -f build/dev/CMakeCache.txt ] || cmake --preset dev
    low cmake --build --preset dev --parallel "$jobs" --target kmsandbox
  fi
  cmake --preset windows-cross
  low cmake --build --preset windows-cross --parallel "$jobs"
}
say "building the project (build/windows)"
build_project >>"$log" 2>&1 || { say "the Windows build failed; the last lines of $log:"; tail -n 40 "$log" >&2; exit 1; }

[ -d "$WINEPREFIX/drive_c" ] || wineboot --init >>"$log" 2>&1
say "running the tests under Wine"
tests_log=$cache/ctest.log
tests_ok=true
low ctest --preset windows-cross --verbose >"$tests_log" 2>&1 || tests_ok=false
cat "$tests_log" >>"$log"

say "making the installer and the zip"
rm -rf build/windows/package
(cd build/windows && low cpack -B package >>"$log" 2>&1) || { say "CPack failed; see $log"; tail -n 30 "$log" >&2; exit 1; }
installer=$(ls build/windows/package/kmconsole-*-win64-setup.exe)
zip=$(ls build/windows/package/kmconsole-*-win64.zip)

# --- 7. the summary ---------------------------------------------------------------------------------
wall=$(( $(date +%s) - started ))
summary=$cache/last-run.txt
{
  echo "date: $(date -u +%Y-%m-%d)"
  echo "commit: $commit"
  echo "tests: $(grep -E 'tests passed|tests failed' "$tests_log" | tail -n1)"
  echo "skipped: $(grep -c '\*\*\*Skipped\|Skipped ' "$tests_log" || true) test executables (QSKIP lines: $(grep -c 'SKIP   :' "$tests_log" || true))"
  echo "installer: $installer ($(du -h "$installer" | cut -f1))"
  echo "zip: $zip ($(du -h "$zip" | cut -f1))"
  echo "wall time: $((wall / 60)) min $((wall % 60)) s"
  if [ -s "$cache/missing-sources" ]; then
    echo "built without (the mirror held no source): $(tr '\n' ' ' <"$cache/missing-sources")"
  fi
} | tee "$summary"
echo
echo "Skipped test functions (a skip for Wine names the Windows API Wine lacks; the variant's own are as on Linux):"
grep 'SKIP   :' "$tests_log" | sed 's/^/  /' || echo "  none"
$tests_ok || { echo "windows.sh: some tests failed under Wine (see $tests_log)" >&2; exit 1; }
