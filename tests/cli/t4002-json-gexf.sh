# node-link JSON, Cytoscape.js JSON and GEXF load in their consumers with
# the node and edge counts of the GraphML file and attributes of the right
# types: networkx node_link_graph and read_gexf, python's json module for
# the Cytoscape elements, xmllint for GEXF.  Hostile text (control
# characters, bad UTF-8, markup, a node called e0, impossible dates) still
# gives valid documents.
. "$(dirname "$0")/../lib.sh"
need_python_module networkx
command -v xmllint >/dev/null || skip "no xmllint"

"$KGRAPH" build -o "$T/out" fixtures/ 2>"$T/err" || { cat "$T/err"; fail "build failed"; }
for f in graph.json graph.cyjs graph.gexf; do
    [ -s "$T/out/$f" ] || fail "build wrote no $f"
done
# export writes the same bytes as build
for fmt in node-link:graph.json cytoscape:graph.cyjs gexf:graph.gexf; do
    "$KGRAPH" export -f "${fmt%%:*}" -o "$T/x" "$T/out/graph.jsonl" || fail "export -f ${fmt%%:*} failed"
    cmp -s "$T/x" "$T/out/${fmt#*:}" || fail "export -f ${fmt%%:*} differs from build's ${fmt#*:}"
done
xmllint --noout "$T/out/graph.gexf" || fail "GEXF not well-formed"

cat >"$T/check.py" <<'PYEOF'
import json, sys
import networkx as nx
from networkx.readwrite import gexf as nxgexf

d = sys.argv[1]
hostile = len(sys.argv) > 2
# networkx before 3.0 knows GEXF 1.1draft and 1.2draft only; 3.x reads 1.3
if "1.3" not in nxgexf.GEXF.versions:
    v = dict(nxgexf.GEXF.versions["1.2draft"])
    v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz",
             SCHEMALOCATION="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", VERSION="1.3")
    nxgexf.GEXF.versions["1.3"] = v

gml = nx.read_graphml(d + "/graph.graphml")
want = (gml.number_of_nodes(), gml.number_of_edges())

# node-link
data = json.load(open(d + "/graph.json", encoding="utf-8"))
assert data["directed"] is True and data["multigraph"] is True, "directed multigraph"
nl = nx.node_link_graph(data)
assert nl.is_directed() and nl.is_multigraph()
assert (nl.number_of_nodes(), nl.number_of_edges()) == want, ("node-link", want)
assert data["graph"]["nodes"] == want[0] and data["graph"]["edges"] == want[1]
for k in ("components", "communities", "modularity"):  # as GraphML has them
    assert data["graph"][k] == gml.graph[k], (k, data["graph"][k], gml.graph[k])
for n, a in nl.nodes(data=True):
    assert isinstance(a["label"], str) and isinstance(a["type"], str), (n, a)
    for k in ("mentions", "docs", "indegree", "outdegree", "component", "community"):
        assert type(a[k]) is int, (n, k, a[k])
    for k in ("wdegree", "pagerank", "betweenness"):
        assert type(a[k]) is float, (n, k, a[k])
    assert isinstance(a["aliases"], list) and all(isinstance(x, str) for x in a["aliases"]), (n, a)
for u, v, k, a in nl.edges(keys=True, data=True):
    assert k == a["relation"], (u, v, k)
    for f in ("weight", "instances", "docs"):
        assert type(a[f]) is int, (u, v, f, a[f])
    assert 1 <= a["weight"] <= a["instances"]
    assert isinstance(a["evidence"], list) and 1 <= len(a["evidence"]) <= 3
    assert all(isinstance(a[f], str) for f in ("modality", "first", "last"))
# the same graph as GraphML: labels, and the weight of every edge
assert sorted(a["label"] for _, a in nl.nodes(data=True)) == sorted(a["label"] for _, a in gml.nodes(data=True))
g_w = sorted((gml.nodes[u]["name"], gml.nodes[v]["name"], a["relation"], a["weight"]) for u, v, a in gml.edges(data=True))
n_w = sorted((u, v, k, a["weight"]) for u, v, k, a in nl.edges(keys=True, data=True))
assert g_w == n_w, "edge weights differ from GraphML"

# Cytoscape.js elements
cy = json.load(open(d + "/graph.cyjs", encoding="utf-8"))
nodes, edges = cy["elements"]["nodes"], cy["elements"]["edges"]
assert (len(nodes), len(edges)) == want, ("cytoscape", len(nodes), len(edges), want)
ids = [x["data"]["id"] for x in nodes + edges]
assert len(set(ids)) == len(ids), "element ids not unique"
node_ids = {x["data"]["id"] for x in nodes}
for x in nodes:
    a = x["data"]
    assert isinstance(a["name"], str) and type(a["mentions"]) is int and type(a["pagerank"]) is float, a
for x in edges:
    a = x["data"]
    assert a["source"] in node_ids and a["target"] in node_ids, a
    assert a["interaction"] == a["relation"], a
    assert type(a["weight"]) is int and isinstance(a["evidence"], list), a

# GEXF
gx = nx.read_gexf(d + "/graph.gexf", version="1.3")
assert gx.is_directed()
assert (gx.number_of_nodes(), gx.number_of_edges()) == want, ("gexf", gx.number_of_nodes(), gx.number_of_edges(), want)
assert gx.graph["mode"] == "dynamic"
for n, a in gx.nodes(data=True):
    assert type(a["mentions"]) is int and type(a["pagerank"]) is float and isinstance(a["type"], str), (n, a)
    assert type(a["betweenness"]) is float and type(a["community"]) is int, (n, a)
dated = 0
for u, v, a in gx.edges(data=True):
    assert type(a["instances"]) is int and isinstance(a["relation"], str), (u, v, a)
    assert a["weight"] >= 1
    if "start" in a:
        assert a["start"] == a["first"] and a["end"] == a["last"] and a["start"] <= a["end"], (u, v, a)
        dated += 1
    else:  # only an edge without a real date has no interval
        assert hostile or not a["first"], (u, v, a)
assert dated > 0, "no edge carries dates"
print("counts", want, "dated edges", dated)
PYEOF
"$PY" "$T/check.py" "$T/out" || fail "consumers disagree"

# Hostile text: control characters, invalid UTF-8, markup and quotes, a
# newline, an entity whose id is e0 (Cytoscape ids are shared by nodes and
# edges), an impossible date and no date at all.
printf '%s\n' \
  '{"kind":"entity","doc":"h","id":"e0","label":"E0 <&> \"q\"","type":"ORG","mentions":1}' \
  '{"kind":"entity","doc":"h","id":"b\u0001x","label":"B\u0007 caf\u00e9 \ud83d\ude00","type":"PERSON","mentions":2,"aliases":["a|b","<x>"]}' \
  '{"kind":"relation","doc":"h","source":"e0","relation":"accuses","target":"b\u0001x","modality":"alleged","sentence":"line one\nline two & <three>\u0002","start":0,"end":5,"date":"2024-02-30"}' \
  '{"kind":"relation","doc":"h","source":"b\u0001x","relation":"meets","target":"e0","modality":"asserted","sentence":"no date","start":6,"end":9}' \
  >"$T/h.jsonl"
printf '{"kind":"relation","doc":"h","source":"e0","relation":"attacks","target":"e0","modality":"asserted","sentence":"bad \377\376 bytes","start":0,"end":1,"date":"2024-03-01"}\n' >>"$T/h.jsonl"
mkdir -p "$T/h"
"$KGRAPH" export -f graphml -o "$T/h/graph.graphml" "$T/h.jsonl" 2>"$T/err" || { cat "$T/err"; fail "export graphml of hostile stream"; }
"$KGRAPH" export -f node-link -o "$T/h/graph.json" "$T/h.jsonl" || fail "export node-link of hostile stream"
"$KGRAPH" export -f cytoscape -o "$T/h/graph.cyjs" "$T/h.jsonl" || fail "export cytoscape of hostile stream"
"$KGRAPH" export -f gexf -o "$T/h/graph.gexf" "$T/h.jsonl" || fail "export gexf of hostile stream"
xmllint --noout "$T/h/graph.gexf" || fail "hostile GEXF not well-formed"
"$PY" "$T/check.py" "$T/h" hostile >/dev/null || fail "hostile text broke a consumer"
grep -q 'start="2024-02-30"' "$T/h/graph.gexf" && fail "an impossible date became a GEXF start"
grep -q 'start="2024-03-01" end="2024-03-01"' "$T/h/graph.gexf" || fail "a valid date is missing from GEXF"
"$PY" - "$T/h/graph.cyjs" <<'PYEOF' || fail "cytoscape edge ids"
import json, sys
cy = json.load(open(sys.argv[1], encoding="utf-8"))
edge_ids = [e["data"]["id"] for e in cy["elements"]["edges"]]
assert "e0" not in edge_ids, edge_ids
PYEOF
exit 0
