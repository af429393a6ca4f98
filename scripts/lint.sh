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

for tool in $([ "$only" != tidy ] && echo "$CLANG_FORMAT") $([ "$only" != format ] && echo "$CLANG_TIDY"); do
    if ! command -v "$tool" >/dev/null; then
        echo "lint: $tool not found (Debian: apt-get install clang-format-14 clang-tidy-14)" >&2
        exit 2
    fi
done

status=0
if [ "$only" != tidy ]; then
    unformatted=()
    for f in "${files[@]}"; do
        "$CLANG_FORMAT" --dry-run -Werror "$f" >/dev/null 2>&1 || unformatted+=("$f")
    done
    if [ ${#unformatted[@]} -gt 0 ]; then
        printf 'lint: %s\n' "${unformatted[@]/%/: not as .clang-format says (see: $CLANG_FORMAT --dry-run FILE)}"
        echo "lint: clang-format: ${#unformatted[@]} of ${#files[@]} files would change" >&2
        status=1
    else
        echo "lint: clang-format: clean, ${#files[@]} files" >&2
    fi
fi

if [ "$only" != format ]; then
    if [ ! -f "$BUILD/compile_commands.json" ]; then
        echo "lint: no $BUILD/compile_commands.json; configure with cmake --preset dev first" >&2
        exit 2
    fi
    # Only what this platform's build compiles: a file the database lacks (the Windows-only
    # keychain backend, the fuzz harnesses of another preset, the layer fixture) would be
    # guessed at and fail on its includes. A header named on the command line is checked
    # through its own .cpp.
    mapfile -t compiled < <(python3 -c 'import json, os, sys
root = os.getcwd() + "/"
for e in json.load(open(sys.argv[1])):
    f = os.path.normpath(os.path.join(e["directory"], e["file"]))
    if f.startswith(root):
        print(f[len(root):])' "$BUILD/compile_commands.json" | sort -u)
    declare -A known=() chosen=()
    for f in "${compiled[@]}"; do known[$f]=1; done
    sources=()
    for f in "${files[@]}"; do
        case "$f" in *.h) f=${f%.h}.cpp ;; esac
        if [ -n "${known[$f]:-}" ] && [ -z "${chosen[$f]:-}" ]; then
            chosen[$f]=1
            sources+=("$f")
        fi
    done
    if [ ${#sources[@]} -gt 0 ]; then
        log=${LINT_LOG:-$BUILD/lint-tidy.log}
        # Headers only under the source tree's own folders: anchored, so the moc and uic output in
        # $BUILD (whose paths also contain /tests/, /ui/) is not checked.
        filter="^$(pwd | sed 's/[.[\*^$()+?{|]/\\&/g')/(app|models|ui|sandbox|tests)/"
        started=$SECONDS
        # One file per process, one process per core (LINT_JOBS); nice, the machine is shared.
        printf '%s\n' "${sources[@]}" | nice xargs -P "${LINT_JOBS:-$(nproc)}" -n 1 "$CLANG_TIDY" -p "$BUILD" --quiet \
            --header-filter="$filter" >"$log" 2>&1
        tidy_status=$?
        # A header's finding is reported by every file that includes it: count each place once.
        mapfile -t findings < <(grep -E '^[^ ].*:[0-9]+:[0-9]+: (warning|error): ' "$log" | sort -u)
        seconds=$((SECONDS - started))
        if [ ${#findings[@]} -gt 0 ]; then
            printf '%s\n' "${findings[@]}"
            by_check=$(printf '%s\n' "${findings[@]}" | sed -n 's/.*\[\([^],]*\)[],].*/\1/p' | sort | uniq -c | sort -rn \
                | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}')
            echo "lint: clang-tidy: ${#findings[@]} findings in ${#sources[@]} files, ${seconds} s ($by_check; full output: $log)" >&2
            status=1
        elif [ $tidy_status -ne 0 ]; then
            echo "lint: clang-tidy failed without a finding (exit $tidy_status) on ${#sources[@]} files; see $log" >&2
            status=1
        else
            echo "lint: clang-tidy: clean, ${#sources[@]} files, ${seconds} s" >&2
        fi
    else
        echo "lint: clang-tidy: none of the files is compiled here (a header without its own .cpp is checked through a file that includes it)" >&2
    fi
fi
exit $status
