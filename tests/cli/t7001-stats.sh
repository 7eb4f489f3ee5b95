# `kgraph stats` and the analysis attributes: every figure agrees with
# python-igraph run on the GraphML of the same graph (PageRank, degrees,
# weakly connected components, betweenness, modularity of our communities),
# with nodes.csv, and with the evidence; --json is one valid JSON object;
# the CLI contract (help, misuse, bad input) holds.
. "$(dirname "$0")/../lib.sh"
need_python_module igraph

"$KGRAPH" build -o "$T/g" fixtures/ 2>"$T/err" || { cat "$T/err"; fail "build failed"; }

# the CLI contract
expect_exit 0 "$KGRAPH" stats --help
contains "$T/out" "usage: kgraph stats"
[ -s "$T/err" ] && fail "stats --help wrote to stderr"
expect_exit 0 "$KGRAPH" help stats
contains "$T/out" "usage: kgraph stats"
expect_exit 0 "$KGRAPH" --help
contains "$T/out" "stats"
expect_exit 2 "$KGRAPH" stats --no-such-option
[ -s "$T/out" ] && fail "stats misuse wrote to stdout"
expect_exit 2 "$KGRAPH" stats --top many "$T/g/graph.jsonl"
expect_exit 2 "$KGRAPH" stats -n -1 "$T/g/graph.jsonl"
# a missing input is reported, the rest still counted
expect_exit 1 "$KGRAPH" stats --json "$T/no-such-file" "$T/g/graph.jsonl"
contains "$T/err" "no-such-file"
"$PY" -c 'import json,sys; assert json.load(open(sys.argv[1]))["entities"] > 20' "$T/out" || fail "no stats after a bad input"
# nothing in: zeros, no modularity
expect_exit 0 "$KGRAPH" stats --json /dev/null
"$PY" -c 'import json,sys; d = json.load(open(sys.argv[1])); assert d["entities"] == 0 and d["modularity"] is None and d["top"] == [], d' "$T/out" \
    || fail "empty stats"
expect_exit 0 "$KGRAPH" stats /dev/null
contains "$T/out" "n/a"

# the figures
expect_exit 0 "$KGRAPH" stats --json --top 0 "$T/g/graph.jsonl"
cp "$T/out" "$T/all.json"
expect_exit 0 "$KGRAPH" stats --json "$T/g/graph.jsonl"
cp "$T/out" "$T/top.json"
[ "$(wc -l <"$T/top.json")" -eq 1 ] || fail "--json is not one line"
expect_exit 0 "$KGRAPH" stats "$T/g/graph.jsonl"
cp "$T/out" "$T/stats.txt"
# the same graph read from extract streams gives the same figures
"$KGRAPH" extract fixtures/ 2>/dev/null >"$T/extract.jsonl" || fail "extract failed"
expect_exit 0 "$KGRAPH" stats --json "$T/extract.jsonl"
cmp -s "$T/out" "$T/top.json" || fail "stats differ between the extract and the merged stream"
# and again: multilevel is seeded, every run agrees
expect_exit 0 "$KGRAPH" stats --json --top 0 - <"$T/g/graph.jsonl"
cmp -s "$T/out" "$T/all.json" || fail "stats differ between runs"

"$PY" - "$T" <<'PYEOF' || fail "stats disagree with igraph"
import csv, json, sys
from collections import Counter
import igraph

t = sys.argv[1]
d = t + "/g"
S = json.load(open(t + "/all.json", encoding="utf-8"))
top = json.load(open(t + "/top.json", encoding="utf-8"))
text = open(t + "/stats.txt", encoding="utf-8").read()
g = igraph.Graph.Read_GraphML(d + "/graph.graphml")
nodes = list(csv.DictReader(open(d + "/nodes.csv", newline="", encoding="utf-8")))
ev = list(csv.DictReader(open(d + "/evidence.csv", newline="", encoding="utf-8")))
EPS = 1e-6

def near(a, b, what):
    assert abs(a - b) <= EPS * max(1.0, abs(b)), (what, a, b)

n = g.vcount()
assert S["entities"] == n and S["edges"] == g.ecount(), (S["entities"], S["edges"], n, g.ecount())
assert S["evidence"] == len(ev) == sum(int(x) for x in g.es["instances"])
assert len(S["top"]) == n and len(top["top"]) == min(10, n)
# --top 10 is the head of the full list; the rest of the object is the same
assert top["top"] == S["top"][:10]
assert {k: v for k, v in top.items() if k != "top"} == {k: v for k, v in S.items() if k != "top"}

# PageRank: weighted, directed, damping 0.85 (PRPACK in both)
pr = g.pagerank(weights="weight", directed=True, damping=0.85)
name = g.vs["name"]
idx = {v: i for i, v in enumerate(name)}
assert name == sorted(name, key=lambda s: s.encode()), "nodes not in id order"
for i in range(n):
    near(g.vs[i]["pagerank"], pr[i], "graphml pagerank " + name[i])
for r in S["top"]:
    i = idx[r["id"]]
    near(r["pagerank"], pr[i], "stats pagerank " + r["id"])
    near(r["pagerank"], g.vs[i]["pagerank"], "stats vs graphml pagerank " + r["id"])
    assert r["label"] == g.vs[i]["label"] and r["type"] == g.vs[i]["type"], r
# ranked by PageRank, highest first, ties (to 1e-12) by id
for a, b in zip(S["top"], S["top"][1:]):
    assert a["pagerank"] > b["pagerank"] - 1e-12, (a, b)
    if abs(a["pagerank"] - b["pagerank"]) < 1e-12:
        assert a["id"] < b["id"], (a, b)
assert [r["rank"] for r in S["top"]] == list(range(1, n + 1))

# degrees: distinct edges (one igraph edge per source, relation, target)
ind, outd, alld = g.degree(mode="in"), g.degree(mode="out"), g.degree(mode="all")
for i in range(n):
    assert int(g.vs[i]["indegree"]) == ind[i] and int(g.vs[i]["outdegree"]) == outd[i], name[i]
for r in S["top"]:
    i = idx[r["id"]]
    assert (r["indegree"], r["outdegree"], r["degree"]) == (ind[i], outd[i], alld[i]), r
    near(r["wdegree"], g.vs[i]["wdegree"], "wdegree " + r["id"])

# weakly connected components, numbered by their smallest id
comps = g.connected_components(mode="weak")
assert S["components"] == len(comps) == int(g["components"]), (S["components"], len(comps))
seen = {}
for i in range(n):
    seen.setdefault(comps.membership[i], len(seen))
    assert int(g.vs[i]["component"]) == seen[comps.membership[i]], name[i]

# betweenness: directed, unweighted, not normalised; exact on the fixtures
assert S["betweenness"] == {"directed": True, "weighted": False, "exact": True, "sources": n}, S["betweenness"]
assert int(g["betweenness_sources"]) == n
bt = g.betweenness(directed=True)
for i in range(n):
    near(g.vs[i]["betweenness"], bt[i], "graphml betweenness " + name[i])
for r in S["top"]:
    near(r["betweenness"], bt[idx[r["id"]]], "stats betweenness " + r["id"])

# communities: numbered by smallest id; modularity on the undirected
# projection weighted by the sum of the weights between each pair
memb = [0] * n
for r in S["top"]:
    memb[idx[r["id"]]] = r["community"]
assert memb == [int(x) for x in g.vs["community"]], "stats and graphml communities differ"
first = {}
for c in memb:
    first.setdefault(c, len(first))
assert all(first[c] == c for c in first), "communities not numbered by smallest id"
assert S["communities"] == len(first) == int(g["communities"])
assert S["singleton_communities"] == sum(1 for c in Counter(memb).values() if c == 1)
u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
q = u.modularity(memb, weights="weight")
near(S["modularity"], q, "modularity")
near(g["modularity"], q, "graphml modularity")
assert q > 0.2, q
# as good as python-igraph's own multilevel, give or take
ref = u.community_multilevel(weights="weight").modularity
assert q > ref - 0.05, (q, ref)

# nodes.csv carries the same values, new columns at the end
hdr = open(d + "/nodes.csv", newline="", encoding="utf-8").readline()
assert hdr.rstrip("\r\n").endswith('"component","betweenness","community"'), hdr
for row in nodes:
    i = idx[row["id"]]
    near(float(row["betweenness"]), bt[i], "csv betweenness " + row["id"])
    assert int(row["community"]) == memb[i], row["id"]
    near(float(row["pagerank"]), pr[i], "csv pagerank " + row["id"])

# the evidence: documents, dates, relations, modalities
assert S["documents"] == len({e["doc"] for e in ev})
dates = sorted(e["date"] for e in ev if e["date"])
assert S["dates"] == {"first": dates[0], "last": dates[-1], "undated": len(ev) - len(dates)}, S["dates"]
rel_e = Counter(g.es["relation"])
rel_i = Counter()
for e in g.es:
    rel_i[e["relation"]] += int(e["instances"])
for r in S["relations"]:
    assert r["edges"] == rel_e.get(r["relation"], 0) and r["instances"] == rel_i.get(r["relation"], 0), r
assert sum(r["edges"] for r in S["relations"]) == g.ecount()
mods = Counter(e["modality"] for e in ev)
emods = Counter(g.es["modality"])
for m in S["modalities"]:
    assert m["instances"] == mods.get(m["modality"], 0), m
    assert m["edges"] == emods.get(m["modality"], 0), m
    near(m["share"], m["instances"] / len(ev), "share " + m["modality"])
near(sum(m["share"] for m in S["modalities"]), 1.0, "shares")

# text mode names the top entity and the figures
best = S["top"][0]
assert best["id"] in text and best["label"] in text, text
for word in ("entities", "components", "communities", "modularity", "top 10 by PageRank", "relations:", "modalities:"):
    assert word in text, word
assert "%d (weakly" % S["components"] in text
assert "%.6f" % S["modularity"] in text
print("components %d, communities %d, modularity %.4f, top: %s" % (
    S["components"], S["communities"], S["modularity"], ", ".join(r["id"] for r in S["top"][:3])))
PYEOF
exit 0
