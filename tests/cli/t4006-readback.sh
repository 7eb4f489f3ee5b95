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
# (the document record of d.txt, whose article gave no relation, is the
# stream's alone: GraphML and CSV name the documents of relation rows)
contains "$T/odd.m" '{"kind":"document","doc":"d.txt"}'
grep -v '"kind":"document"' "$T/odd.m" >"$T/odd.m2"
cmp -s "$T/odd.m2" "$T/odd.back" || { diff "$T/odd.m2" "$T/odd.back" | head; fail "odd text does not survive GraphML"; }
# an entity of two types keeps its mentions per type through GraphML and
# CSV (else more mentions of the lesser type would turn it), one given as
# of no mentions too (its type counts one); a type edited in nodes.csv
# since wins over them
cat >"$T/mixed.jsonl" <<'JSONL'
{"kind":"entity","doc":"a.txt","id":"hassan-khel","label":"Hassan Khel","type":"GPE","mentions":3}
{"kind":"entity","doc":"b.txt","id":"hassan-khel","label":"Hassan Khel","type":"PERSON","mentions":1}
{"kind":"entity","doc":"b.txt","id":"pakistan","label":"Pakistan","type":"GPE","mentions":1}
{"kind":"entity","doc":"c.txt","id":"zero","label":"Zero","type":"GPE","mentions":0}
{"kind":"entity","doc":"d.txt","id":"zero","label":"Zero","type":"PERSON","mentions":2}
{"kind":"relation","doc":"b.txt","source":"pakistan","relation":"attacks","target":"hassan-khel","sentence":"s","start":0,"end":1}
JSONL
cat >"$T/more.jsonl" <<'JSONL'
{"kind":"entity","doc":"c.txt","id":"hassan-khel","label":"Hassan Khel","type":"PERSON","mentions":3}
JSONL
mkdir "$T/mx"
"$KGRAPH" merge -o "$T/mx/graph.jsonl" "$T/mixed.jsonl" || fail "merge mixed"
for f in graph.graphml nodes.csv evidence.csv; do
    "$KGRAPH" export -f "$(echo "$f" | sed 's/^graph\.//; s/\.csv$/-csv/')" -o "$T/mx/$f" "$T/mx/graph.jsonl" 2>/dev/null ||
        fail "export mixed $f"
done
contains "$T/mx/nodes.csv" '"GPE","4","2","PERSON:1|GPE:3"'
"$KGRAPH" merge "$T/mx/graph.jsonl" "$T/more.jsonl" >"$T/mx.want"
contains "$T/mx.want" '"type":"PERSON","mentions":7,"docs":3,"types":{"PERSON":4,"GPE":3}'
grep -v '"kind":"document"' "$T/mx.want" >"$T/mx.want2" # (the stream's alone, as above)
"$KGRAPH" merge "$T/mx/graph.graphml" "$T/more.jsonl" | grep -v '"kind":"document"' | cmp -s - "$T/mx.want2" ||
    fail "GraphML lost the mentions per type"
"$KGRAPH" merge "$T/mx/nodes.csv" "$T/mx/evidence.csv" "$T/more.jsonl" | grep -v '"kind":"document"' |
    cmp -s - "$T/mx.want2" ||
    fail "nodes.csv lost the mentions per type"
sed 's/"GPE","4","2","PERSON:1|GPE:3"/"LOC","4","2","PERSON:1|GPE:3"/' "$T/mx/nodes.csv" >"$T/edited.csv"
expect_exit 0 "$KGRAPH" merge "$T/edited.csv" "$T/mx/evidence.csv"
contains "$T/out" '"id":"hassan-khel","label":"Hassan Khel","type":"LOC","mentions":4,"docs":2,"types":{"LOC":4}'
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
