# slow
# A graph too big for a picture is drawn as its top entities by PageRank,
# with a warning saying so and how to choose.
. "$(dirname "$0")/../lib.sh"
$PY tests/bench/gen_stream.py 2100 2 7 >"$T/s.jsonl" || fail "generate"
expect_exit 0 "$KGRAPH" export -f svg -o "$T/g.svg" "$T/s.jsonl"
contains "$T/err" "2100 entities are too many for a picture: drawing the 2000"
n=$(grep -c 'class="node"' "$T/g.svg")
[ "$n" -eq 2000 ] || fail "drew $n nodes"
xmllint --noout "$T/g.svg" || fail "SVG not well-formed"
exit 0
