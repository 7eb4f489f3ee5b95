# tests/lib.sh - sourced by every tests/cli/t*.sh.
# Provides $KGRAPH (the binary under test), $TOP, a fresh $T scratch
# directory, and small assertion helpers.  A test exits 0 on success,
# 77 to skip (with a reason on stdout), anything else on failure.
set -u
TOP=${KG_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
KGRAPH=${KGRAPH:-$TOP/kgraph}
SHARED=$TOP/../shared
PY=/usr/bin/python3
export LC_ALL=C
T=$(mktemp -d "${TMPDIR:-/tmp}/kgtest.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$TOP" || exit 2

fail() { echo "FAIL: $*"; exit 1; }
skip() { echo "skip: $*"; exit 77; }

# expect_exit CODE cmd...: run, require the exit status
expect_exit() {
    want=$1; shift
    "$@" >"$T/out" 2>"$T/err"
    got=$?
    [ "$got" -eq "$want" ] || { cat "$T/err"; fail "'$*' exited $got, expected $want"; }
}

# check_golden FILE GOLDEN: compare, or rewrite under KG_UPDATE_GOLDEN=1
check_golden() {
    if [ "${KG_UPDATE_GOLDEN:-}" ]; then
        mkdir -p "$(dirname "$2")"
        cp "$1" "$2"
        return 0
    fi
    [ -f "$2" ] || fail "no golden file $2 (make update-golden)"
    diff -u "$2" "$1" >"$T/diff" || { head -n 60 "$T/diff"; fail "$1 differs from $2"; }
}

# contains FILE STRING: grep -F
contains() { grep -qF -- "$2" "$1" || fail "$1 lacks '$2'"; }
lacks() { ! grep -qF -- "$2" "$1" || fail "$1 contains '$2'"; }

need_python_module() {
    [ -x "$PY" ] || skip "no $PY"
    "$PY" -c "import $1" 2>/dev/null || skip "$PY lacks module $1"
}
