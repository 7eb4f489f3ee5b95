# Merging is associative and commutative, and its output canonical:
# extract A B | merge == extract B A | merge == merge(merge A, merge B).
. "$(dirname "$0")/../lib.sh"
set -- $(ls fixtures/news/*.txt | head -n 6)
[ $# -ge 4 ] || skip "need fixtures"
A="$1 $2 $3"; B="$4 $5 $6"
"$KGRAPH" extract $A >"$T/a.jsonl" || fail extract
"$KGRAPH" extract $B >"$T/b.jsonl" || fail extract
"$KGRAPH" extract $B $A | "$KGRAPH" merge >"$T/ba.m" || fail "merge BA"
"$KGRAPH" extract $A $B | "$KGRAPH" merge >"$T/ab.m" || fail "merge AB"
cmp -s "$T/ab.m" "$T/ba.m" || fail "merge(AB) != merge(BA)"
"$KGRAPH" merge "$T/a.jsonl" >"$T/a.m" && "$KGRAPH" merge "$T/b.jsonl" >"$T/b.m" || fail "merge halves"
"$KGRAPH" merge "$T/b.m" "$T/a.m" >"$T/tree.m" || fail "merge merged"
cmp -s "$T/ab.m" "$T/tree.m" || fail "merge of merged halves differs"
"$KGRAPH" merge "$T/ab.m" >"$T/again.m" || fail "merge idempotent form"
cmp -s "$T/ab.m" "$T/again.m" || fail "merging a merged stream alone changes it"
# the merged stream is shuffled-input independent too
sort "$T/a.jsonl" "$T/b.jsonl" >"$T/sorted.jsonl"
"$KGRAPH" merge "$T/sorted.jsonl" >"$T/s.m" || fail "merge sorted lines"
cmp -s "$T/ab.m" "$T/s.m" || fail "line order changes the merge"
grep -q '"kind":"edge"' "$T/ab.m" || fail "no aggregated edges"
exit 0
