#!/usr/bin/env bash
# Installs what is needed, builds (incrementally) and runs every test. The README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/install-prism.sh  # the contract_prism test's validating proxy
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev
cmake --build --preset dev --parallel "$(nproc)"
# Six at a time (the preset): the end-to-end tests mostly wait on a sandbox, not on a core.
QT_QPA_PLATFORM=offscreen ctest --preset dev "$@"
# The sources as .clang-format and .clang-tidy say (about 7 minutes on 2 cores), when every test
# was asked for: a run of some tests (arguments for ctest) is for a quick answer.
if [ $# -eq 0 ]; then
  bash scripts/lint.sh
fi
