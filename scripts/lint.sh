#!/usr/bin/env bash
# Checks the sources, changing nothing: clang-format (.clang-format) and clang-tidy (.clang-tidy),
# both version 14 from Debian. Exits non-zero on any finding. Run after a dev build (clang-tidy
# reads build/dev/compile_commands.json).
#   scripts/lint.sh                 every file
#   scripts/lint.sh FILE...         only those (a commit's files, say)
#   LINT_ONLY=format|tidy scripts/lint.sh
set -uo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-14}
CLANG_TIDY=${CLANG_TIDY:-clang-tidy-14}
BUILD=${BUILD:-build/dev}
only=${LINT_ONLY:-}

if [ $# -gt 0 ]; then
    files=("$@")
else
    mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/fuzz/corpus/')
fi

status=0
if [ "$only" != tidy ]; then
    unformatted=()
    for f in "${files[@]}"; do
        "$CLANG_FORMAT" --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
    done
    if [ ${#unformatted[@]} -gt 0 ]; then
        printf 'lint: %s\n' "${unformatted[@]/%/: not as .clang-format says (see: $CLANG_FORMAT --dry-run FILE)}"
        echo "lint: ${#unformatted[@]} of ${#files[@]} files would change under clang-format" >&2
        status=1
    fi
fi

if [ "$only" != format ]; then
    if [ ! -f "$BUILD/compile_commands.json" ]; then
        echo "lint: no $BUILD/compile_commands.json; configure with cmake --preset dev first" >&2
        exit 2
    fi
    sources=()
    for f in "${files[@]}"; do
        case "$f" in
        *.cpp) case "$f" in tests/fuzz/* | tests/layers/*) ;; *) sources+=("$f") ;; esac ;;
        esac
    done
    if [ ${#sources[@]} -gt 0 ]; then
        # One process per core; nice, the machine is shared.
        printf '%s\n' "${sources[@]}" | nice xargs -P "$(nproc)" -n 4 "$CLANG_TIDY" -p "$BUILD" --quiet \
            >"$BUILD/lint-tidy.log" 2>&1 || status=1
        findings=$(grep -c 'warning:\|error:' "$BUILD/lint-tidy.log" || true)
        if [ "$findings" != 0 ]; then
            grep 'warning:\|error:' "$BUILD/lint-tidy.log" | sort -u
            echo "lint: $findings clang-tidy findings (full output: $BUILD/lint-tidy.log)" >&2
            status=1
        fi
    fi
fi
exit $status
