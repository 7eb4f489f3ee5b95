# Reading back: a graph written as graph.graphml or as nodes.csv +
# evidence.csv merges like its stream (same bytes), together with new
# streams; edges.csv is skipped with a warning; a GraphML or CSV that is
# not kgraph's is an error naming file and line.
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
# GraphML too, exactly, also with markup, quotes and non-ASCII in the text
"$KGRAPH" merge "$T/old/graph.graphml" >"$T/fromxml.jsonl" || fail "merge graphml"
cmp -s "$T/fromxml.jsonl" "$T/old/graph.jsonl" || fail "graph.graphml does not give the graph back"
"$KGRAPH" merge "$T/old/graph.graphml" "$T/new.jsonl" | cmp -s - "$T/all/graph.jsonl" ||
    fail "yesterday's GraphML + today's stream != a full build"
cat >"$T/odd.jsonl" <<'JSONL'
{"kind":"entity","doc":"d.txt","id":"a-b","label":"A <b> & \"B\" 'C'","type":"ORG","aliases":["A/B","é😀"]}
{"kind":"entity","doc":"d.txt","id":"c","label":"C\\N","type":"GPE"}
{"kind":"relation","doc":"d&<>.txt","source":"a-b","relation":"attacks","target":"c","modality":"alleged","sentence":"A & B <attacked> \"C\" — é 😀","start":3,"end":40,"date":"2024-02-01"}
JSONL
"$KGRAPH" merge "$T/odd.jsonl" >"$T/odd.m" || fail "merge odd"
"$KGRAPH" export -f graphml -o "$T/odd.graphml" "$T/odd.jsonl" || fail "export odd"
"$KGRAPH" merge "$T/odd.graphml" >"$T/odd.back" || fail "merge odd graphml"
cmp -s "$T/odd.m" "$T/odd.back" || { diff "$T/odd.m" "$T/odd.back" | head; fail "odd text does not survive GraphML"; }
printf '<?xml version="1.0"?>\n<graphml><graph><node id="a"/></graph></graphml>\n' >"$T/foreign.graphml"
expect_exit 1 "$KGRAPH" merge "$T/foreign.graphml" "$T/old/graph.jsonl"
contains "$T/err" "foreign.graphml:1: not kgraph's GraphML"
printf 'name,age\nx,3\n' >"$T/other.csv"
expect_exit 1 "$KGRAPH" merge "$T/other.csv" "$T/old/nodes.csv" "$T/old/evidence.csv"
contains "$T/err" "other.csv:1: not one of kgraph's CSV files"
cmp -s "$T/out" "$T/old/graph.jsonl" || fail "a foreign CSV spoilt the rest"
printf 'id,label,type\n"broken,GPE\n' >"$T/bad.csv"
expect_exit 1 "$KGRAPH" merge "$T/bad.csv"
contains "$T/err" "bad.csv:"
exit 0
