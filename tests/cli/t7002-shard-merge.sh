# Map/reduce: the fixtures extracted in 4 shards by parallel processes (GNU
# parallel), merged in a tree, give the same bytes as a one-process build.
. "$(dirname "$0")/../lib.sh"
command -v parallel >/dev/null || skip "GNU parallel is not installed"
"$KGRAPH" build -o "$T/one" fixtures/ 2>/dev/null || fail "build"
find fixtures -name '*.txt' | LC_ALL=C sort >"$T/list"
[ "$(wc -l <"$T/list")" -ge 8 ] || skip "need fixtures"
# map: four shards, two jobs at a time, each shard one extract process
split -n r/4 "$T/list" "$T/shard."
ls "$T"/shard.* | parallel --will-cite -j 2 "xargs $KGRAPH extract < {} > {}.jsonl" || fail "parallel extract"
# reduce in a tree: (1+2) and (3+4), then the two together, each a merge of merges
set -- "$T"/shard.*.jsonl
[ $# -eq 4 ] || fail "expected 4 shard streams, got $#"
"$KGRAPH" merge "$1" "$2" >"$T/m12" && "$KGRAPH" merge "$4" "$3" >"$T/m34" || fail "merge level 1"
"$KGRAPH" merge "$T/m34" "$T/m12" >"$T/tree.jsonl" || fail "merge level 2"
cmp "$T/tree.jsonl" "$T/one/graph.jsonl" || fail "sharded map/reduce differs from a one-process build"
exit 0
