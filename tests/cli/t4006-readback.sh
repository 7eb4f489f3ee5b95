# Reading back: a graph written as nodes.csv + evidence.csv merges like its
# stream (same bytes), together with new streams; edges.csv is skipped with
# a warning; a CSV that is not kgraph's is an error naming file and line.
. "$(dirname "$0")/../lib.sh"
set -- $(find fixtures/news -name '*.txt' | LC_ALL=C sort)
half=$(( $# / 2 ))
old=$(echo "$@" | tr ' ' '\n' | head -n "$half")
new=$(echo "$@" | tr ' ' '\n' | tail -n +$((half + 1)))
"$KGRAPH" build -q -o "$T/old" $old 2>/dev/null || fail "build old"
"$KGRAPH" build -q -o "$T/all" "$@" 2>/dev/null || fail "build all"
"$KGRAPH" merge "$T/old/nodes.csv" "$T/old/evidence.csv" >"$T/back.jsonl" || fail "merge csv"
cmp -s "$T/back.jsonl" "$T/old/graph.jsonl" || fail "nodes.csv + evidence.csv do not give the graph back"
"$KGRAPH" extract $new >"$T/new.jsonl" || fail "extract new"
"$KGRAPH" merge "$T/old/evidence.csv" "$T/new.jsonl" "$T/old/nodes.csv" >"$T/merged.jsonl" || fail "merge csv + stream"
cmp -s "$T/merged.jsonl" "$T/all/graph.jsonl" || fail "yesterday's CSV + today's stream != a full build"
"$KGRAPH" export -f graphml -o "$T/g.graphml" "$T/old/nodes.csv" "$T/old/evidence.csv" || fail "export from csv"
expect_exit 0 "$KGRAPH" merge "$T/old/nodes.csv" "$T/old/edges.csv" "$T/old/evidence.csv"
contains "$T/err" "edges.csv: edges are derived"
printf 'name,age\nx,3\n' >"$T/other.csv"
expect_exit 1 "$KGRAPH" merge "$T/other.csv" "$T/old/nodes.csv" "$T/old/evidence.csv"
contains "$T/err" "other.csv:1: not one of kgraph's CSV files"
cmp -s "$T/out" "$T/old/graph.jsonl" || fail "a foreign CSV spoilt the rest"
printf 'id,label,type\n"broken,GPE\n' >"$T/bad.csv"
expect_exit 1 "$KGRAPH" merge "$T/bad.csv"
contains "$T/err" "bad.csv:"
exit 0
