# slow
# `kgraph build` output loads in real consumers with the same node and edge
# counts in every format: python3-igraph and networkx (GraphML), pygraphviz
# and dot (DOT), python's csv module (CSV), and xmllint against the schema.
. "$(dirname "$0")/../lib.sh"
need_python_module igraph
need_python_module networkx
need_python_module pygraphviz
command -v dot >/dev/null || skip "no dot"
command -v xmllint >/dev/null || skip "no xmllint"

"$KGRAPH" build -o "$T/out" fixtures/ 2>"$T/err" || { cat "$T/err"; fail "build failed"; }
for f in graph.dot graph.graphml nodes.csv edges.csv evidence.csv graph.jsonl; do
    [ -s "$T/out/$f" ] || fail "missing $f"
done
ls -a "$T/out" | grep -q '^\.' && ls -a "$T/out" | grep -v '^\.\.\?$' | grep '^\.' && fail "temporary files left"
xmllint --noout "$T/out/graph.graphml" || fail "GraphML not well-formed"
xsd=tests/graphml.xsd
xmllint --noout --schema "$xsd" "$T/out/graph.graphml" 2>"$T/xsd.err" || { cat "$T/xsd.err"; fail "GraphML invalid"; }
dot -Tsvg "$T/out/graph.dot" -o "$T/g.svg" || fail "dot cannot lay it out"
"$PY" - "$T/out" <<'PYEOF' || fail "consumers disagree"
import csv, json, sys
import igraph, networkx, pygraphviz
d = sys.argv[1]
nodes = list(csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8")))
edges = list(csv.DictReader(open(d + "/edges.csv", newline="", encoding="utf-8")))
ev = list(csv.DictReader(open(d + "/evidence.csv", newline="", encoding="utf-8")))
g = igraph.Graph.Read_GraphML(d + "/graph.graphml")
nx = networkx.read_graphml(d + "/graph.graphml")
ag = pygraphviz.AGraph(d + "/graph.dot")
stream = [json.loads(l) for l in open(d + "/graph.jsonl", encoding="utf-8")]
sn = sum(1 for r in stream if r["kind"] == "entity")
se = sum(1 for r in stream if r["kind"] == "edge")
sr = sum(1 for r in stream if r["kind"] == "relation")
counts = {
    "csv": (len(nodes), len(edges)), "igraph": (g.vcount(), g.ecount()),
    "networkx": (nx.number_of_nodes(), nx.number_of_edges()),
    "pygraphviz": (ag.number_of_nodes(), ag.number_of_edges()), "stream": (sn, se),
}
print(counts)
assert len(set(counts.values())) == 1, counts
assert len(ev) == sr, (len(ev), sr)
assert sum(int(e["instances"]) for e in edges) == sr
assert all(1 <= int(e["weight"]) <= int(e["instances"]) for e in edges)
assert sn > 20 and se > 20, counts
# attribute values agree with the stream
labels = {r["id"]: r["label"] for r in stream if r["kind"] == "entity"}
assert sorted(g.vs["label"]) == sorted(labels.values())
assert {n["id"]: n["label"] for n in nodes} == labels
PYEOF
exit 0
