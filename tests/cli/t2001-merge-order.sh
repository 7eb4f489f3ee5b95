# Merging is associative and commutative, and its output canonical:
# extract A B | merge == extract B A | merge == merge(merge A, merge B),
# and the merges of the parts of any split, merged.
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
# any split, each part merged alone, then the merges merged: the same
# bytes, though a part holds relations whose entities are in another
# (written as they are, with a warning)
cat "$T/a.jsonl" "$T/b.jsonl" >"$T/ab.jsonl"
: >"$T/errs"
for lines in 7 50 333; do
    rm -f "$T"/part.* "$T"/pm.*
    split -l "$lines" "$T/ab.jsonl" "$T/part."
    for p in "$T"/part.*; do
        "$KGRAPH" merge "$p" >"$T/pm.${p##*.}" 2>>"$T/errs" || fail "merge of a part of $lines lines"
    done
    "$KGRAPH" merge "$T"/pm.* >"$T/split.m" || fail "merge of the parts' merges"
    cmp -s "$T/ab.m" "$T/split.m" || fail "parts of $lines lines merged apart differ"
done
contains "$T/errs" "whose ends have no entity record in these streams: written as"
# (and a merged stream split too)
rm -f "$T"/part.* "$T"/pm.*
split -l 40 "$T/ab.m" "$T/part."
for p in "$T"/part.*; do "$KGRAPH" merge "$p" >"$T/pm.${p##*.}" 2>/dev/null || fail "merge of a part of ab.m"; done
"$KGRAPH" merge "$T"/pm.* | cmp -s - "$T/ab.m" || fail "a merged stream's parts merged apart differ"
# (exporting a part whose relations lack their entities is an error)
expect_exit 1 "$KGRAPH" export -f edges-csv "$(ls "$T"/part.* | tail -n 1)"
contains "$T/err" "has no entity record"
exit 0
