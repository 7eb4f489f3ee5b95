#!/bin/sh
# Run every test: unit tests (tests/unit/test_*.c, built by `make units`) and
# CLI tests (tests/cli/t*.sh), first against ./kgraph, then against the
# ASan+UBSan build out/kgraph-san when it exists and is not older than
# ./kgraph.  The last line is the
# summary CI reads: "tests: N passed, N failed[, N skipped]".
#
#   sh tests/run.sh [PATTERN]      only CLI tests whose name contains PATTERN
#   KG_UPDATE_GOLDEN=1             rewrite golden files instead of comparing
#   KG_VERBOSE=1                   show each test's output
set -u
cd "$(dirname "$0")/.." || exit 2
top=$(pwd)
pattern=${1:-}
pass=0 fail=0 skip=0
failed=""
export LC_ALL=C
export KG_TOP="$top"
mkdir -p out/test

# Sanitizer settings: Graphviz's own leaks are suppressed (../shared/tools).
supp="$top/tests/lsan.supp"
export ASAN_OPTIONS="abort_on_error=0:detect_leaks=1:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

record() { # name status
    case $2 in
    0) pass=$((pass + 1)); echo "ok    $1" ;;
    77) skip=$((skip + 1)); echo "skip  $1" ;;
    *) fail=$((fail + 1)); failed="$failed $1"; echo "FAIL  $1 (exit $2)" ;;
    esac
}

run_logged() { # name command...
    name=$1; shift
    log="out/test/$(echo "$name" | tr '/ ' '__').log"
    "$@" >"$log" 2>&1
    st=$?
    if [ "${KG_VERBOSE:-}" ] || { [ $st -ne 0 ] && [ $st -ne 77 ]; }; then
        sed 's/^/    | /' "$log" | tail -n 40
    fi
    record "$name" $st
}

# a sanitizer build older than ./kgraph is of other sources (`make
# test-fast` does not rebuild it): said once and left out, not run
san_stale=
if [ -x out/kgraph-san ] && [ -x ./kgraph ] && [ out/kgraph-san -ot ./kgraph ]; then
    san_stale=1
    echo "note  out/kgraph-san is older than ./kgraph: not run (\`make test\` rebuilds it)"
fi

# unit tests
for variant in obj obj-san; do
    [ -d "out/$variant/unit" ] || continue
    [ "$variant" = obj-san ] && [ -n "$san_stale" ] && continue
    for t in out/$variant/unit/test_*; do
        [ -x "$t" ] || continue
        run_logged "unit/$variant/$(basename "$t")" "$t"
    done
done

# CLI tests, with each binary
for bin in ./kgraph out/kgraph-san; do
    [ -x "$bin" ] || continue
    [ "$bin" = out/kgraph-san ] && [ -n "$san_stale" ] && continue
    tag=$(basename "$bin")
    for t in tests/cli/t*.sh; do
        [ -f "$t" ] || continue
        case $t in *"$pattern"*) ;; *) continue ;; esac
        # slow consumer round trips run once, against the plain binary
        if [ "$tag" != kgraph ] && grep -q '^# slow' "$t"; then continue; fi
        KGRAPH="$top/$bin" run_logged "$tag/$(basename "$t" .sh)" sh "$t"
    done
done

[ -n "$failed" ] && echo "failed:$failed"
if [ "$skip" -gt 0 ]; then
    echo "tests: $pass passed, $fail failed, $skip skipped"
else
    echo "tests: $pass passed, $fail failed"
fi
[ "$fail" -eq 0 ]
