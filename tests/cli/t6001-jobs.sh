# extract -j N: worker threads, the same bytes in the same order as one
# thread, failures reported and the rest written.
. "$(dirname "$0")/../lib.sh"
"$KGRAPH" extract fixtures/ >"$T/j1" || fail "extract -j 1"
for j in 2 3 8; do
    "$KGRAPH" extract -j "$j" fixtures/ >"$T/jn" || fail "extract -j $j"
    cmp -s "$T/j1" "$T/jn" || fail "-j $j differs from one thread"
done
set -- fixtures/news/*.txt
expect_exit 1 "$KGRAPH" extract -j 2 "$1" "$T/missing.txt" "$2"
contains "$T/err" "missing.txt"
"$KGRAPH" extract "$1" "$2" >"$T/two"
cmp -s "$T/out" "$T/two" || fail "-j 2 with a missing file lost the others"
# a closed pipe stops the workers quietly
"$KGRAPH" extract -j 2 fixtures/ 2>"$T/pipe.err" | head -n 1 >/dev/null
[ -s "$T/pipe.err" ] && { cat "$T/pipe.err"; fail "noise on a closed pipe"; }
expect_exit 2 "$KGRAPH" extract -j 0 fixtures/
exit 0
