# A file bigger than the extractor's read window (64 KB) is read in windows
# that end between articles: every article is found once, numbered in
# order, and every evidence offset points at its sentence in the file.
. "$(dirname "$0")/../lib.sh"
i=0
: >"$T/big.txt"
while [ "$(wc -c <"$T/big.txt")" -lt 3000000 ]; do
    for f in fixtures/news/*.txt; do cat "$f"; printf '\n\n'; done >>"$T/big.txt"
    i=$((i + 1))
done
for f in fixtures/news/*.txt; do cat "$f"; printf '\n\n'; done >"$T/one.txt"
"$KGRAPH" extract "$T/one.txt" >"$T/one.jsonl" || fail "extract one"
"$KGRAPH" extract "$T/big.txt" >"$T/big.jsonl" || fail "extract big"
# (an article limit past 1024M is taken as 1024M: a token's offsets are
# 32-bit)
"$KGRAPH" extract --max-article 4096M "$T/big.txt" >"$T/big4g.jsonl" || fail "extract --max-article 4096M"
cmp -s "$T/big.jsonl" "$T/big4g.jsonl" || fail "--max-article 4096M changed the output"
$PY - "$T/big.txt" "$T/big.jsonl" "$T/one.jsonl" "$i" <<'PY' || fail "windowed extraction differs"
import json, sys
text = open(sys.argv[1], "rb").read()
big = [json.loads(l) for l in open(sys.argv[2])]
one = [json.loads(l) for l in open(sys.argv[3])]
reps = int(sys.argv[4])
rel = lambda recs: [r for r in recs if r["kind"] == "relation"]
assert len(rel(big)) == reps * len(rel(one)), (len(rel(big)), reps, len(rel(one)))
docs = []
for r in big:
    if r["doc"] not in docs:
        docs.append(r["doc"])
nums = [int(d.split("#")[1]) if "#" in d else 1 for d in docs]
assert nums == sorted(nums) and len(set(nums)) == len(nums), "article numbers out of order"
for r in rel(big):
    s = text[r["start"]:r["end"]].decode("utf-8", "replace")
    assert " ".join(s.split()) == " ".join(r["sentence"].split()), (r["start"], s[:60], r["sentence"][:60])
PY
exit 0
