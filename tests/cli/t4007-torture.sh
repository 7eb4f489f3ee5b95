# A torture stream (quotes, backslashes, <>&, emoji, right-to-left text,
# control bytes (an escaped NUL too), commas and newlines in the evidence, a document named
# like a web address, whose name the SVG's links hold) survives every
# format: each file parses in its consumer and keeps the names.
. "$(dirname "$0")/../lib.sh"
cat >"$T/t.jsonl" <<'JSONL'
{"kind":"entity","doc":"t.txt","id":"q","label":"The \"Quoted\" \\N Front, Ltd.","type":"ORG","aliases":["Q\\G <b>&amp;</b>"]}
{"kind":"entity","doc":"t.txt","id":"r","label":"پاکستان حکومت 😀","type":"GPE","aliases":["‏RTL‏"]}
{"kind":"entity","doc":"t.txt","id":"c","label":"Ctrl\u0001\u0000\u0007Bell\u001b[31m","type":"PERSON"}
{"kind":"relation","doc":"t,1.txt","source":"q","relation":"attacks","target":"r","modality":"alleged","sentence":"Line one, with \"quotes\" and\nline two; =SUM(A1) <script>alert(1)</script> \\ end","start":0,"end":80,"date":"2024-03-05"}
{"kind":"relation","doc":"Q&A \"2\" <t> 50%.txt?id=1&p=2","source":"c","relation":"official_of","target":"r","sentence":"Tab\there, comma, and 😀 پاکستان","start":90,"end":140}
JSONL
for f in dot graphml nodes-csv edges-csv evidence-csv jsonl node-link cytoscape gexf svg html; do
    "$KGRAPH" export -f "$f" -o "$T/g.$f" "$T/t.jsonl" 2>"$T/err" || { cat "$T/err"; fail "export -f $f"; }
done
xmllint --noout --schema tests/graphml.xsd "$T/g.graphml" 2>/dev/null || fail "GraphML invalid"
xmllint --noout "$T/g.gexf" || fail "GEXF not well-formed"
xmllint --noout "$T/g.svg" || fail "SVG not well-formed"
dot -Tsvg "$T/g.dot" >/dev/null 2>&1 || fail "dot cannot read the DOT"
grep -qi '</script>\s*<script>alert' "$T/g.html" && fail "evidence breaks out of the page's script"
$PY - "$T" <<'PY' || fail "a format lost or mangled the text"
import csv, json, sys, networkx as nx, pygraphviz as pgv
t = sys.argv[1]
want_q = 'The "Quoted" \\N Front, Ltd.'
want_r = "پاکستان حکومت 😀"
g = nx.read_graphml(t + "/g.graphml")
labels = {d["label"] for _, d in g.nodes(data=True)}
assert want_q in labels and want_r in labels, labels
assert not any(any(ord(ch) < 32 and ch not in "\t\n" for ch in l) for l in labels), "control bytes in GraphML"
assert any(l.startswith("Ctrl") and l.endswith("Bell [31m") for l in labels), "an escaped NUL cut a label"
a = pgv.AGraph(t + "/g.dot")
assert len(a.nodes()) == 3 and len(a.edges()) == 2, (len(a.nodes()), len(a.edges()))
dl = {a.get_node(n).attr["label"] for n in a.nodes()}
assert any("Quoted" in l for l in dl), dl
for fmt, key in (("node-link", "nodes"), ("cytoscape", "elements")):
    d = json.load(open(t + "/g." + fmt, encoding="utf-8"))
    assert d[key], fmt
nl = json.load(open(t + "/g.node-link", encoding="utf-8"))
assert want_q in {n["label"] for n in nl["nodes"]}
rows = list(csv.reader(open(t + "/g.evidence-csv", encoding="utf-8", newline="")))
assert len(rows) == 3 and all(len(r) == len(rows[0]) for r in rows), rows
assert any("line two" in c and "\n" in c for r in rows for c in r), "newline in evidence lost"
nodes = list(csv.reader(open(t + "/g.nodes-csv", encoding="utf-8", newline="")))
assert len(nodes) == 4 and any(want_q == c for r in nodes for c in r), nodes
PY
"$KGRAPH" merge "$T/g.jsonl" | cmp -s - "$T/g.jsonl" || fail "jsonl does not read back"
# (but for the document record of t.txt, which named entities and gave no
# relation: the stream's alone)
contains "$T/g.jsonl" '{"kind":"document","doc":"t.txt"}'
grep -v '"kind":"document"' "$T/g.jsonl" >"$T/g.jsonl2"
"$KGRAPH" merge "$T/g.graphml" | cmp -s - "$T/g.jsonl2" || fail "GraphML does not read back"
exit 0
