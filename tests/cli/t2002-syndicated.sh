# A story published twice (a syndicated copy, with other quotes, case and
# spacing) weighs once in every edge; the evidence keeps both documents.
. "$(dirname "$0")/../lib.sh"
f=fixtures/news/05_dar_visit.txt
cp "$f" "$T/original.txt"
sed -e 's/"/\xe2\x80\x9c/g' -e 's/  */ /g' "$f" >"$T/copy.txt"
"$KGRAPH" extract "$T/original.txt" | "$KGRAPH" merge >"$T/one.jsonl" || fail "merge one"
"$KGRAPH" extract "$T/original.txt" "$T/copy.txt" | "$KGRAPH" merge >"$T/two.jsonl" || fail "merge two"
$PY - "$T/one.jsonl" "$T/two.jsonl" <<'PY' || fail "syndicated copy changed the weights"
import json, sys
load = lambda p: [json.loads(l) for l in open(p)]
edges = lambda recs: {(r["source"], r["relation"], r["target"]): r for r in recs if r["kind"] == "edge"}
one, two = edges(load(sys.argv[1])), edges(load(sys.argv[2]))
assert one.keys() == two.keys() and one, "edge sets differ"
for k in one:
    assert two[k]["weight"] == one[k]["weight"], (k, one[k]["weight"], two[k]["weight"])
    assert two[k]["instances"] == 2 * one[k]["instances"], k
    assert two[k]["docs"] == 2 * one[k]["docs"], k
rels = [r for r in load(sys.argv[2]) if r["kind"] == "relation"]
assert {r["doc"].rsplit("/", 1)[-1] for r in rels} == {"original.txt", "copy.txt"}
PY
exit 0
