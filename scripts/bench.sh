#!/usr/bin/env bash
# Builds and runs every benchmark, and prints one table of figures (no assertions): the audit
# export against curl and a Python script, the window's latency and stalls, the sandbox's pages.
#   bash scripts/bench.sh [--records 1000000] [--runs 3] [--skip-sandbox] [--skip-gui]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
command -v curl >/dev/null && command -v python3 >/dev/null || apt-get install -y --no-install-recommends curl python3
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)"
python3 tests/bench/run_benchmarks.py --build build/dev "$@"
