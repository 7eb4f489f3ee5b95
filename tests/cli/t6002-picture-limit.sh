# slow
# A graph too big for a picture is drawn as its top entities by PageRank,
# with a warning saying so and how to choose; the DOT graph holds the same
# entities, unless --top says how many.
. "$(dirname "$0")/../lib.sh"
need_python_module pygraphviz
$PY tests/bench/gen_stream.py 2100 2 7 >"$T/s.jsonl" || fail "generate"
expect_exit 0 "$KGRAPH" export -f svg -o "$T/g.svg" "$T/s.jsonl"
contains "$T/err" "2100 entities are too many for a picture: drawing the 2000"
n=$(grep -c 'class="node"' "$T/g.svg")
[ "$n" -eq 2000 ] || fail "drew $n nodes"
xmllint --noout "$T/g.svg" || fail "SVG not well-formed"

# the DOT graph: the drawing's 2000 entities, with a warning of its own
nodes() { gvpr 'N { print($.name) }' "$1" | LC_ALL=C sort; }
expect_exit 0 "$KGRAPH" export -f dot -o "$T/g.dot" "$T/s.jsonl"
contains "$T/err" "2100 entities are too many for a picture: the DOT graph holds the 2000 with the highest PageRank"
contains "$T/err" "--top N keeps N"
nodes "$T/g.dot" >"$T/dot.nodes"
[ "$(wc -l <"$T/dot.nodes")" -eq 2000 ] || fail "DOT holds $(wc -l <"$T/dot.nodes") nodes"
grep -A1 'class="node"' "$T/g.svg" | sed -n 's/.*<title>\(.*\)<\/title>.*/\1/p' | LC_ALL=C sort >"$T/svg.nodes"
cmp -s "$T/dot.nodes" "$T/svg.nodes" || fail "the DOT graph and the drawing hold different entities"
# (the ones with the highest PageRank, as nodes-csv ranks them)
"$KGRAPH" export -f nodes-csv "$T/s.jsonl" | $PY -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
rows.sort(key=lambda r: -float(r["pagerank"]))
cut = float(rows[1999]["pagerank"])
kept = set(open(sys.argv[1]).read().split())
missing = [r["id"] for r in rows if float(r["pagerank"]) > cut and r["id"] not in kept]
extra = [r["id"] for r in rows if float(r["pagerank"]) < cut and r["id"] in kept]
sys.exit(1 if missing or extra else 0)' "$T/dot.nodes" || fail "the DOT graph is not the top 2000 by PageRank"

# --top N: as many as asked, no warning
expect_exit 0 "$KGRAPH" export -f dot --top 2050 -o "$T/t.dot" "$T/s.jsonl"
lacks "$T/err" "too many"
[ "$(nodes "$T/t.dot" | wc -l)" -eq 2050 ] || fail "--top 2050: DOT holds $(nodes "$T/t.dot" | wc -l) nodes"

# build: graph.dot is cut the same way, the data files are whole
mkdir "$T/in"
$PY tests/bench/gen_news.py 1 10000 1 >"$T/in/a.txt" || fail "generate news"
expect_exit 0 "$KGRAPH" build -q -o "$T/b" "$T/in"
contains "$T/err" "entities are too many for a picture: the DOT graph holds the 2000"
[ "$(nodes "$T/b/graph.dot" | wc -l)" -eq 2000 ] || fail "build: graph.dot holds $(nodes "$T/b/graph.dot" | wc -l)"
[ "$(($(wc -l <"$T/b/nodes.csv") - 1))" -gt 2000 ] || fail "build: nodes.csv was cut"
# the part keeps the whole graph's communities: graph.dot's cluster_cN is
# each node's community in nodes.csv (the part, analysed anew, numbers
# communities of its own); and the analysis's messages come once
expect_exit 0 "$KGRAPH" build -q --cluster community -o "$T/bc" "$T/in"
[ "$(grep -c "too many for a picture" "$T/err")" -eq 1 ] || fail "build: the picture warning is not given once"
$PY - "$T/bc" <<'PYEOF' || fail "graph.dot's clusters are not nodes.csv's communities"
import csv, sys, pygraphviz
d = sys.argv[1]
comm = {r["id"]: r["community"] for r in csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8"))}
g = pygraphviz.AGraph(d + "/graph.dot")
seen = 0
for sg in g.subgraphs():
    assert sg.name.startswith("cluster_c"), sg.name
    for n in sg.nodes():
        assert comm[n] == sg.name[len("cluster_c"):], (n, comm[n], sg.name)
        seen += 1
assert seen == 2000, seen
PYEOF
expect_exit 0 "$KGRAPH" build -q --top 2500 -o "$T/b2" "$T/in"
lacks "$T/err" "too many"
[ "$(nodes "$T/b2/graph.dot" | wc -l)" -eq 2500 ] || fail "build --top 2500: graph.dot holds $(nodes "$T/b2/graph.dot" | wc -l)"
exit 0
