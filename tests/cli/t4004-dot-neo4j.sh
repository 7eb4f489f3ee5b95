# DOT options and the neo4j CSV flavor.  --legend adds subgraph
# cluster_legend (nodes and edges named legend_*) only when asked; the file
# parses in pygraphviz and lays out with dot.  --cluster type|community puts
# every data node in exactly one cluster_TYPE or cluster_cN subgraph.
# Hostile labels (quotes, backslashes, newlines, <, non-ASCII) still parse.
# --csv-flavor neo4j writes the neo4j-admin import headers, with rows of as
# many columns as the header.
. "$(dirname "$0")/../lib.sh"
need_python_module pygraphviz
command -v dot >/dev/null || skip "no dot"
command -v xmllint >/dev/null || skip "no xmllint"
# Under the sanitizer build: dot (graphviz 2.42) leaks the virtual nodes
# of cluster skeletons and mincross data (build_skeleton, dot_mincross,
# under gvLayout) as it leaks the virtual edges tests/lsan.supp already
# lists; nothing of kgraph's own is allocated in the dot plugin.
case ${LSAN_OPTIONS:-} in
*suppressions=*)
    supp=${LSAN_OPTIONS#*suppressions=}
    supp=${supp%%:*}
    { cat "$supp" 2>/dev/null; echo 'leak:libgvplugin_dot_layout.so'; } >"$T/lsan.supp"
    LSAN_OPTIONS=$(printf '%s' "$LSAN_OPTIONS" | sed "s|suppressions=[^:]*|suppressions=$T/lsan.supp|")
    export LSAN_OPTIONS
    ;;
esac

"$KGRAPH" build -o "$T/plain" fixtures/news 2>/dev/null || fail "build failed"
s=$T/plain/graph.jsonl

# legend only with the flag, from export and from build
lacks "$T/plain/graph.dot" cluster_legend
lacks "$T/plain/graph.dot" legend_
expect_exit 0 "$KGRAPH" export -f dot --legend -o "$T/legend.dot" "$s"
contains "$T/legend.dot" "subgraph cluster_legend"
expect_exit 0 "$KGRAPH" build --legend -o "$T/bl" fixtures/news
cmp -s "$T/bl/graph.dot" "$T/legend.dot" || fail "build --legend graph.dot differs from export --legend"
for f in nodes.csv edges.csv graph.graphml graph.jsonl; do
    cmp -s "$T/bl/$f" "$T/plain/$f" || fail "--legend changed $f"
done
expect_exit 0 "$KGRAPH" export -f dot --cluster type -o "$T/type.dot" "$s"
expect_exit 0 "$KGRAPH" export -f dot --cluster community -o "$T/comm.dot" "$s"
expect_exit 0 "$KGRAPH" export -f dot --cluster type --legend -o "$T/both.dot" "$s"
expect_exit 0 "$KGRAPH" export -f dot --cluster none -o "$T/none.dot" "$s"
cmp -s "$T/none.dot" "$T/plain/graph.dot" || fail "--cluster none changed the DOT"
expect_exit 0 "$KGRAPH" export -f nodes-csv -o "$T/nodes.csv" "$s"
expect_exit 0 "$KGRAPH" export -f edges-csv -o "$T/edges.csv" "$s"
for f in legend type comm both; do
    dot -Tsvg "$T/$f.dot" -o "$T/$f.svg" 2>"$T/err" || { cat "$T/err"; fail "dot cannot lay out $f.dot"; }
    xmllint --noout "$T/$f.svg" || fail "$f.svg not well-formed"
done

cat >"$T/check.py" <<'PYEOF'
import csv, sys
import pygraphviz
d, nodes_csv, edges_csv = sys.argv[1], sys.argv[2], sys.argv[3]
nodes = {r["id"]: r for r in csv.DictReader(open(nodes_csv, newline="", encoding="utf-8"))}
nedges = sum(1 for _ in csv.DictReader(open(edges_csv, newline="", encoding="utf-8")))
types = {r["type"] for r in nodes.values()}

def load(name):
    return pygraphviz.AGraph(d + "/" + name + ".dot")

def data_nodes(ag):
    return {n for n in ag.nodes() if not n.startswith("legend_")}

def split_edges(ag):
    data = [e for e in ag.edges(keys=True) if not e[2].startswith("legend_")]
    return data, [e for e in ag.edges(keys=True) if e[2].startswith("legend_")]

def legend(ag, want):
    subs = {sg.name: sg for sg in ag.subgraphs()}
    if not want:
        assert "cluster_legend" not in subs and not [n for n in ag.nodes() if n.startswith("legend_")]
        return
    lg = subs["cluster_legend"]
    assert lg.graph_attr["label"] == "legend", lg.graph_attr
    assert "not data" in lg.graph_attr["comment"]
    ln = set(lg.nodes())
    assert ln and all(n.startswith("legend_") for n in ln), ln
    assert ln == {n for n in ag.nodes() if n.startswith("legend_")}
    # one node per type present, styled like the data
    assert {n for n in ln if ag.get_node(n).attr["shape"] != "point"} == {"legend_" + t for t in types}, ln
    for t in types:
        dn = next(n for n in nodes if nodes[n]["type"] == t)
        for a in ("shape", "fillcolor"):
            assert ag.get_node("legend_" + t).attr[a] == ag.get_node(dn).attr[a], (t, a)
    le = {e[2]: ag.get_edge(e[0], e[1], key=e[2]) for e in lg.edges(keys=True)}
    assert set(le) == {"legend_asserted", "legend_alleged", "legend_requested", "legend_negated"}, le
    assert le["legend_asserted"].attr["style"] in ("", "solid", None)
    assert le["legend_alleged"].attr["style"] == "dashed"
    assert le["legend_requested"].attr["style"] == "dotted"
    assert le["legend_negated"].attr["color"] == "#aaaaaa"

def clusters(ag, by):
    subs = [sg for sg in ag.subgraphs() if sg.name != "cluster_legend"]
    if by is None:
        assert not subs, [sg.name for sg in subs]
        return
    seen = {}
    for sg in subs:
        assert sg.name.startswith("cluster_"), sg.name
        for n in sg.nodes():
            assert n not in seen, (n, "in two clusters")
            seen[n] = sg.name
    assert set(seen) == set(nodes), "clusters do not hold every data node"
    for n, c in seen.items():
        want = "cluster_" + (nodes[n]["type"] if by == "type" else "c" + nodes[n]["community"])
        assert c == want, (n, c, want)

for name, leg, by in (("legend", True, None), ("type", False, "type"), ("comm", False, "community"),
                      ("both", True, "type")):
    ag = load(name)
    assert data_nodes(ag) == set(nodes), name
    data, lege = split_edges(ag)
    assert len(data) == nedges, (name, len(data), nedges)
    assert bool(lege) == leg
    legend(ag, leg)
    clusters(ag, by)
print("ok", len(nodes), nedges)
PYEOF
"$PY" "$T/check.py" "$T" "$T/nodes.csv" "$T/edges.csv" || fail "DOT legend or clusters wrong"
"$PY" - "$T/plain/graph.dot" <<'PYEOF' || fail "plain DOT counts"
import sys, pygraphviz
ag = pygraphviz.AGraph(sys.argv[1])
assert not ag.subgraphs() and not [n for n in ag.nodes() if n.startswith("legend_")]
PYEOF

# the drawings carry the legend too, and still draw every data node
nodes=$(grep -c '"kind":"entity"' "$s")
expect_exit 0 "$KGRAPH" export -f svg --legend --cluster type -o "$T/draw.svg" "$s"
xmllint --noout "$T/draw.svg" || fail "svg with legend not well-formed"
contains "$T/draw.svg" '<title>cluster_legend</title>'
contains "$T/draw.svg" '<title>cluster_PERSON</title>'
got=$(grep -c '<g id="node[0-9]*" class="node">' "$T/draw.svg")
legend_nodes=$(grep -c '<title>legend_' "$T/draw.svg")
[ $((got - legend_nodes + 4)) -eq "$nodes" ] || fail "svg draws $got nodes ($legend_nodes legend titles), $nodes entities"
# clusters with labelled edges crash dot's gvFreeLayout in graphviz 2.42:
# the relation is then an xlabel, and every drawing completes
expect_exit 0 "$KGRAPH" export -f svg --cluster community -o "$T/comm2.svg" "$s"
xmllint --noout "$T/comm2.svg" || fail "svg with --cluster community not well-formed"
contains "$T/comm2.svg" '<title>cluster_c0</title>'
expect_exit 0 "$KGRAPH" export -f png --legend --cluster type --layout sfdp -o "$T/draw.png" "$s"
expect_exit 0 "$KGRAPH" build --render svg --legend -o "$T/br" fixtures/news/01_kabul_talks.txt
contains "$T/br/graph.svg" '<title>cluster_legend</title>'
contains "$T/br/graph.dot" 'subgraph cluster_legend'

# hostile labels and ids
printf '%s\n' \
  '{"kind":"entity","doc":"h","id":"q\"uote","label":"Say \"hi\" \\ back\\slash \\N \\\\ end\\","type":"ORG","mentions":1}' \
  '{"kind":"entity","doc":"h","id":"caf\u00e9-<x>","label":"Caf\u00e9 <b>bold</b> & \ud83d\ude00\nsecond line","type":"PERSON","mentions":2}' \
  '{"kind":"entity","doc":"h","id":"legend_x","label":"{a|b} [c] -> \"d\u0007\"","type":"GPE","mentions":1}' \
  '{"kind":"relation","doc":"h\"\\d","source":"q\"uote","relation":"accuses","target":"caf\u00e9-<x>","modality":"alleged","sentence":"he said \"no\" \\ <b>\nnext","start":0,"end":5,"date":"2024-02-01"}' \
  '{"kind":"relation","doc":"h","source":"caf\u00e9-<x>","relation":"meets","target":"legend_x","modality":"negated","sentence":"x","start":6,"end":9}' \
  >"$T/h.jsonl"
mkdir -p "$T/h"
for opt in "" "--legend" "--cluster type" "--legend --cluster community"; do
    # shellcheck disable=SC2086
    expect_exit 0 "$KGRAPH" export -f dot $opt -o "$T/h/g.dot" "$T/h.jsonl"
    dot -Tsvg "$T/h/g.dot" -o "$T/h/g.svg" 2>"$T/err" || { cat "$T/err"; fail "dot rejects hostile DOT ($opt)"; }
    xmllint --noout "$T/h/g.svg" || fail "hostile svg not well-formed ($opt)"
    # shellcheck disable=SC2086
    expect_exit 0 "$KGRAPH" export -f svg $opt -o "$T/h/k.svg" "$T/h.jsonl"
    xmllint --noout "$T/h/k.svg" || fail "hostile kgraph svg not well-formed ($opt)"
    "$PY" - "$T/h/g.dot" "$opt" <<'PYEOF' || fail "pygraphviz on hostile DOT ($opt)"
import sys, pygraphviz
ag = pygraphviz.AGraph(sys.argv[1])
opt = sys.argv[2]
names = set(ag.nodes())
data = {"q\"uote", "caf\u00e9-<x>", "legend_x"}
assert data <= names, names
# an entity called legend_x is data: legend nodes are in cluster_legend only
legend = {sg.name: sg for sg in ag.subgraphs()}.get("cluster_legend")
assert (legend is not None) == ("--legend" in opt)
if legend is not None:
    assert "legend_x" not in legend.nodes()
    assert names - data == set(legend.nodes())
else:
    assert names == data
assert len([e for e in ag.edges(keys=True) if not e[2].startswith("legend_")]) == 2
lab = ag.get_node("q\"uote").attr["label"]
assert '"hi"' in lab and "\\\\" in lab, lab  # backslashes doubled for the renderer
assert "<b>bold</b>" in ag.get_node("caf\u00e9-<x>").attr["label"]
assert "\U0001F600" in ag.get_node("caf\u00e9-<x>").attr["label"]
PYEOF
done

# A backslash in an id is written as it is, so the DOT id is the id the CSV
# and GraphML files give; only where DOT cannot hold one (before a quote, a
# newline or at the end) it becomes U+29F5, which looks the same.
printf '%s\n' \
  '{"kind":"entity","doc":"b","id":"c\\d","label":"C","type":"GPE","mentions":1}' \
  '{"kind":"entity","doc":"b","id":"e\\","label":"E","type":"GPE","mentions":1}' \
  '{"kind":"entity","doc":"b","id":"f\\\"x","label":"F","type":"GPE","mentions":1}' \
  '{"kind":"relation","doc":"b","source":"c\\d","relation":"accuses","target":"e\\","modality":"asserted","sentence":"x","start":0,"end":1}' \
  >"$T/bs.jsonl"
expect_exit 0 "$KGRAPH" export -f dot -o "$T/bs.dot" "$T/bs.jsonl"
"$PY" - "$T/bs.dot" <<'PYEOF' || fail "pygraphviz on backslash ids"
import sys, pygraphviz
ag = pygraphviz.AGraph(sys.argv[1])
assert set(ag.nodes()) == {"c\\d", "e\u29f5", "f\u29f5\"x"}, ag.nodes()
assert ag.has_edge("c\\d", "e\u29f5")
PYEOF

# neo4j flavor: exact headers, typed columns, rows as wide as the header
nh='id:ID,label,:LABEL,mentions:int,docs:int,types,aliases,indegree:int,outdegree:int,wdegree:double,pagerank:double,component:int,betweenness:double,community:int'
eh=':START_ID,:END_ID,:TYPE,weight:int,instances:int,docs:int,modality,first,last'
expect_exit 0 "$KGRAPH" build --csv-flavor neo4j -o "$T/n4j" fixtures/news
expect_exit 0 "$KGRAPH" export -f nodes-csv --csv-flavor neo4j -o "$T/hn.csv" "$T/h.jsonl"
expect_exit 0 "$KGRAPH" export -f edges-csv --csv-flavor neo4j -o "$T/he.csv" "$T/h.jsonl"
for d in n4j:nodes.csv:"$nh" n4j:edges.csv:"$eh"; do
    f=$T/${d%%:*}/$(echo "$d" | cut -d: -f2)
    want=${d#*:*:}
    [ "$(head -n 1 "$f" | tr -d '\r')" = "$want" ] || fail "$f header: $(head -n 1 "$f")"
done
[ "$(head -n 1 "$T/hn.csv" | tr -d '\r')" = "$nh" ] || fail "hostile nodes header"
[ "$(head -n 1 "$T/he.csv" | tr -d '\r')" = "$eh" ] || fail "hostile edges header"
cmp -s "$T/n4j/evidence.csv" "$T/plain/evidence.csv" || fail "neo4j flavor changed evidence.csv"
cmp -s "$T/n4j/graph.dot" "$T/plain/graph.dot" || fail "neo4j flavor changed graph.dot"
head -n 1 "$T/plain/nodes.csv" | grep -q '^"id","label","type"' || fail "plain header changed"
"$PY" - "$T/n4j/nodes.csv" "$T/n4j/edges.csv" "$T/plain/nodes.csv" "$T/plain/edges.csv" \
    "$T/hn.csv" "$T/he.csv" <<'PYEOF' || fail "neo4j CSV"
import csv, sys
def rows(p):
    return list(csv.reader(open(p, newline="", encoding="utf-8")))
def check(nf, ef, plain=None):
    n, e = rows(nf), rows(ef)
    for t in (n, e):
        assert all(len(r) == len(t[0]) for r in t), [r for r in t if len(r) != len(t[0])][:3]
        assert len(t) > 1
        for k, h in enumerate(t[0]):
            conv = {"int": int, "double": float}.get(h.rpartition(":")[2])
            if conv and not h.startswith(":"):
                for r in t[1:]:
                    conv(r[k])
    ids = {r[0] for r in n[1:]}
    assert len(ids) == len(n) - 1, "ids not unique"
    assert all(r[2] in ("PERSON", "ORG", "GPE", "LOC") for r in n[1:])
    for r in e[1:]:
        assert r[0] in ids and r[1] in ids, r
        assert r[2] == r[2].upper() and r[2].replace("_", "").isalpha(), r[2]
    if plain:
        pn, pe = rows(plain[0]), rows(plain[1])
        assert [r for r in n[1:]] == [r for r in pn[1:]], "node rows differ from plain"
        assert [r[:2] + [r[2].upper()] + r[3:] for r in pe[1:]] == e[1:], "edge rows differ from plain"
    return n, e
check(sys.argv[1], sys.argv[2], (sys.argv[3], sys.argv[4]))
n, e = check(sys.argv[5], sys.argv[6])
assert {r[2] for r in e[1:]} == {"ACCUSES", "MEETS"}, e
assert 'q"uote' in {r[0] for r in n[1:]}
PYEOF

# misuse
expect_exit 2 "$KGRAPH" export -f graphml --legend "$s"
expect_exit 2 "$KGRAPH" export -f nodes-csv --cluster type "$s"
expect_exit 2 "$KGRAPH" export -f dot --cluster bogus "$s"
contains "$T/err" "unknown --cluster 'bogus'"
expect_exit 2 "$KGRAPH" export -f graphml --csv-flavor neo4j "$s"
expect_exit 2 "$KGRAPH" export -f nodes-csv --csv-flavor bogus "$s"
expect_exit 2 "$KGRAPH" build --csv-flavor bogus -o "$T/bad" fixtures/news/01_kabul_talks.txt
expect_exit 2 "$KGRAPH" build --cluster bogus -o "$T/bad" fixtures/news/01_kabul_talks.txt
[ -e "$T/bad" ] && fail "a usage error created the output directory"
exit 0
