# The extract stream keeps SCHEMA.md's contract on every fixture: valid JSON,
# the required keys, every relation end preceded by an entity record of the
# same doc, offsets that quote the sentence, and the same bytes every run.
. "$(dirname "$0")/../lib.sh"
[ -x "$PY" ] || skip "no $PY"

"$KGRAPH" extract fixtures/ >"$T/a.jsonl" || fail "extract failed"
"$KGRAPH" extract fixtures/ >"$T/b.jsonl" || fail "extract failed"
cmp -s "$T/a.jsonl" "$T/b.jsonl" || fail "two runs differ"
[ -s "$T/a.jsonl" ] || fail "empty stream"
"$PY" - "$T/a.jsonl" <<'PYEOF' || fail "stream contract"
import json, sys
seen = {}
rels = ents = 0
texts = {}
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    r = json.loads(line)
    doc = r["doc"]
    if r["kind"] == "entity":
        ents += 1
        assert set(r) >= {"doc", "id", "label", "type", "mentions"}, (n, r)
        assert r["type"] in ("PERSON", "ORG", "GPE", "LOC"), (n, r)
        seen.setdefault(doc, set()).add(r["id"])
    elif r["kind"] == "relation":
        rels += 1
        assert set(r) >= {"doc", "source", "relation", "target", "modality", "sentence", "start", "end"}, (n, r)
        assert r["source"] in seen.get(doc, ()), (n, "source before entity", r)
        assert r["target"] in seen.get(doc, ()), (n, "target before entity", r)
        assert r["modality"] in ("asserted", "alleged", "requested", "negated", "planned")
        path = doc.split("#")[0]
        if path not in texts:
            texts[path] = open(path, "rb").read()
        quoted = texts[path][r["start"]:r["end"]].decode("utf-8", "replace").replace("\n", " ").replace("\r", " ")
        assert quoted == r["sentence"], (n, quoted, r["sentence"])
    else:
        raise AssertionError((n, "unknown kind", r))
assert ents > 20 and rels > 20, (ents, rels)
PYEOF
exit 0
