# Selections: --around ENTITY --depth N gives igraph's neighbourhood of
# order N on the full graph; --relations, --types, --modality, --since,
# --until, --min-weight and --top keep what they say; bad values are usage
# errors.
. "$(dirname "$0")/../lib.sh"
"$KGRAPH" build -o "$T/full" fixtures/ 2>/dev/null || fail "build"
streams="$T/full/graph.jsonl"
if [ -d "$SHARED/seeds" ]; then
    "$KGRAPH" extract "$SHARED"/seeds/*.txt >"$T/seeds.jsonl" || fail "extract seeds"
    "$KGRAPH" merge "$T/full/graph.jsonl" "$T/seeds.jsonl" >"$T/all.jsonl" || fail "merge"
    streams="$T/all.jsonl"
fi
"$KGRAPH" export -f graphml -o "$T/full.graphml" "$streams" || fail "export"
check_around() { # name depth
    "$KGRAPH" merge --around "$1" --depth "$2" "$streams" >"$T/around.jsonl" || fail "merge --around $1"
    $PY - "$T/full.graphml" "$T/around.jsonl" "$1" "$2" <<'PY' || fail "--around $1 --depth $2 differs from igraph"
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
name, depth = sys.argv[3].lower(), int(sys.argv[4])
root = [v.index for v in g.vs if v["name"] == name or v["label"].lower() == name
        or name in [a.lower() for a in v["aliases"].split("|") if a]][0]
want = {g.vs[i]["name"] for i in g.neighborhood(root, order=depth, mode="all")}
got = {json.loads(l)["id"] for l in open(sys.argv[2]) if '"kind":"entity"' in l}
assert got == want, (sorted(got ^ want))
assert len(want) > 1
PY
}
check_around "Ishaq Dar" 1
check_around "Dar" 2
[ -d "$SHARED/seeds" ] && check_around "Kakar" 2
# the other selections
"$KGRAPH" merge --relations attacks,accuses --modality asserted,alleged --types GPE,ORG "$streams" >"$T/sel.jsonl" ||
    fail "merge selection"
$PY - "$T/sel.jsonl" <<'PY' || fail "selection kept what it should not"
import json, sys
recs = [json.loads(l) for l in open(sys.argv[1])]
ents = {r["id"]: r for r in recs if r["kind"] == "entity"}
rels = [r for r in recs if r["kind"] == "relation"]
assert rels and all(r["relation"] in ("attacks", "accuses") for r in rels)
assert all(r["modality"] in ("asserted", "alleged") for r in rels)
assert all(e["type"] in ("GPE", "ORG") for e in ents.values())
used = {r["source"] for r in rels} | {r["target"] for r in rels}
assert used == set(ents), "entities without relations are dropped"
PY
"$KGRAPH" merge --since 2025-01 --until 2025-06-30 "$streams" >"$T/dates.jsonl" || fail "dates"
grep '"kind":"relation"' "$T/dates.jsonl" | grep -v '"date":"2025-0[1-6]' && fail "a relation outside the dates"
"$KGRAPH" merge --min-weight 2 "$streams" | grep '"kind":"edge"' | grep -q '"weight":1,' && fail "an edge under --min-weight"
n=$("$KGRAPH" merge --top 5 "$streams" | grep -c '"kind":"entity"')
[ "$n" -eq 5 ] || fail "--top 5 kept $n entities"
expect_exit 2 "$KGRAPH" merge --types ALIEN "$streams"
expect_exit 2 "$KGRAPH" merge --since 2025-13-45x "$streams"
expect_exit 2 "$KGRAPH" merge --top 0 "$streams"
expect_exit 1 "$KGRAPH" merge --around "Nobody At All" "$streams"
contains "$T/err" "no entity is called 'Nobody At All'"
# ... and nothing is written: not the empty graph to standard output or
# -o, and not over a built directory (--update's own state included)
[ -s "$T/out" ] && fail "merge wrote a graph for an --around that names no one"
expect_exit 1 "$KGRAPH" export -f nodes-csv --around "Nobody At All" -o "$T/none.csv" "$streams"
[ -e "$T/none.csv" ] && fail "export wrote a file for an --around that names no one"
cp "$T/full/graph.jsonl" "$T/before.jsonl"
printf 'Ishaq Dar met Wang Yi in Beijing.\n' >"$T/new.txt"
expect_exit 1 "$KGRAPH" build -q --update "$T/full" --around "Nobody At All" "$T/new.txt"
contains "$T/err" "nothing written to $T/full"
cmp -s "$T/before.jsonl" "$T/full/graph.jsonl" || fail "build --update with a bad --around changed the directory"
# --around by a word of one label (a surname); a word of several labels
# is an error that lists their ids; a word is whole ("Smith" is not in
# "Smithson")
cat >"$T/w.jsonl" <<'JSONL'
{"kind":"entity","doc":"d","id":"ann-lee-smith","label":"Ann Lee Smith","type":"PERSON","mentions":1}
{"kind":"entity","doc":"d","id":"bob-smith","label":"Bob Smith","type":"PERSON","mentions":1}
{"kind":"entity","doc":"d","id":"smithson-co","label":"Smithson Co","type":"ORG","mentions":1}
{"kind":"entity","doc":"d","id":"cara-day","label":"Cara Day","type":"PERSON","mentions":1}
{"kind":"entity","doc":"d","id":"jose-ruiz","label":"José Ruiz","type":"PERSON","mentions":1}
{"kind":"entity","doc":"d","id":"zia-haq-front","label":"Zia–Haq Front","type":"ORG","mentions":1}
{"kind":"relation","doc":"d","source":"ann-lee-smith","relation":"meets","target":"cara-day","modality":"asserted","sentence":"s1","start":0,"end":2}
{"kind":"relation","doc":"d","source":"bob-smith","relation":"meets","target":"smithson-co","modality":"asserted","sentence":"s2","start":0,"end":2}
JSONL
expect_exit 0 "$KGRAPH" merge --around lee --depth 1 "$T/w.jsonl"
ids=$(sed -n 's/^{"kind":"entity","id":"\([^"]*\)".*/\1/p' "$T/out" | tr '\n' ' ')
[ "$ids" = "ann-lee-smith cara-day " ] || fail "--around lee kept: $ids"
expect_exit 1 "$KGRAPH" merge --around Smith "$T/w.jsonl"
contains "$T/err" "'Smith' is in the names of 2 entities; give the id of one: ann-lee-smith (Ann Lee Smith), bob-smith (Bob Smith)"
expect_exit 0 "$KGRAPH" merge --around SMITHSON --depth 1 "$T/w.jsonl"
contains "$T/out" '"id":"bob-smith"'
expect_exit 1 "$KGRAPH" merge --around mit "$T/w.jsonl"
contains "$T/err" "no entity is called 'mit'"
# (a UTF-8 letter is part of its word: "Jos" is not a word of "José";
# an id matches whatever its case)
expect_exit 1 "$KGRAPH" merge --around Jos "$T/w.jsonl"
contains "$T/err" "no entity is called 'Jos'"
expect_exit 0 "$KGRAPH" merge --around JOSE-RUIZ "$T/w.jsonl"
contains "$T/out" '"id":"jose-ruiz"'
# (and a dash of more than one byte ends a word, as an ASCII one does)
expect_exit 0 "$KGRAPH" merge --around haq "$T/w.jsonl"
contains "$T/out" '"id":"zia-haq-front"'
exit 0
