# slow
# The main path under valgrind: kgraph build over the fixtures must run
# with no invalid access, no use of uninitialised memory and no definite
# leak (Graphviz's own leaks are suppressed in tests/valgrind.supp).
. "$(dirname "$0")/../lib.sh"
command -v valgrind >/dev/null || skip "valgrind is not installed"
valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite \
    --suppressions="$TOP/tests/valgrind.supp" \
    "$KGRAPH" build -o "$T/out" fixtures/ >"$T/vg.out" 2>"$T/vg.err"
rc=$?
[ "$rc" -eq 0 ] || { head -n 60 "$T/vg.err"; fail "valgrind: exit $rc"; }
for f in graph.dot graph.graphml nodes.csv edges.csv evidence.csv; do
    [ -s "$T/out/$f" ] || fail "no $f"
done
exit 0
