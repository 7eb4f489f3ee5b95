# build --update DIR NEW...: adding articles to a graph already built gives
# the same files as a full build of old and new; an article already in the
# graph is skipped (a file named like a later article too); threads (-j)
# change nothing.
. "$(dirname "$0")/../lib.sh"
find fixtures -name '*.txt' | LC_ALL=C sort >"$T/list"
n=$(wc -l <"$T/list")
[ "$n" -ge 6 ] || skip "need fixtures"
head -n $((n / 2)) "$T/list" >"$T/old"
tail -n +$((n / 2 + 1)) "$T/list" >"$T/new"
"$KGRAPH" build -q -o "$T/full" $(cat "$T/list") 2>/dev/null || fail "full build"
"$KGRAPH" build -q -o "$T/inc" $(cat "$T/old") 2>/dev/null || fail "first build"
"$KGRAPH" build -q --update "$T/inc" $(cat "$T/new") 2>"$T/err" || { cat "$T/err"; fail "update"; }
for f in "$T"/full/*; do
    cmp -s "$f" "$T/inc/$(basename "$f")" || fail "$(basename "$f") differs after --update"
done
# an article already built is skipped, and the graph stays as it was
first=$(head -n 1 "$T/new")
"$KGRAPH" build -q --update "$T/inc" "$first" 2>"$T/err" || fail "update with a built article"
contains "$T/err" "already in"
cmp -s "$T/full/graph.jsonl" "$T/inc/graph.jsonl" || fail "a skipped article changed the graph"
# threads: the same files
"$KGRAPH" build -q -j 3 -o "$T/par" $(cat "$T/list") 2>/dev/null || fail "build -j 3"
for f in "$T"/full/*; do
    cmp -s "$f" "$T/par/$(basename "$f")" || fail "$(basename "$f") differs with -j 3"
done
# a file whose own name ends in # and a number is known by its name
# (not taken for the second article of "x")
mkdir "$T/h"
cp fixtures/news/01_kabul_talks.txt "$T/h/x#2"
"$KGRAPH" build -q -o "$T/hb" "$T/h/x#2" 2>/dev/null || fail "build of x#2"
cp "$T/hb/graph.jsonl" "$T/hb.before"
"$KGRAPH" build -q --update "$T/hb" "$T/h/x#2" 2>"$T/err" || fail "update with x#2"
contains "$T/err" "already in"
cmp -s "$T/hb.before" "$T/hb/graph.jsonl" || fail "x#2 was extracted again"
# an article that named people but gave no relation is in the graph too
# (a document record): updating with it again counts its mentions once
printf 'Imran Khan spoke in Lahore on Monday about the weather.\n' >"$T/h/quiet.txt"
"$KGRAPH" build -q -o "$T/qb" "$T/h/quiet.txt" 2>/dev/null || fail "build of quiet.txt"
contains "$T/qb/graph.jsonl" '{"kind":"document","doc":"'"$T/h/quiet.txt"'"}'
cp "$T/qb/graph.jsonl" "$T/qb.before"
"$KGRAPH" build -q --update "$T/qb" "$T/h/quiet.txt" 2>"$T/err" || fail "update with quiet.txt"
contains "$T/err" "already in"
cmp -s "$T/qb.before" "$T/qb/graph.jsonl" || fail "an article without relations was extracted again"
# (a selection keeps the articles read: one whose relations it leaves out
# is skipped too)
"$KGRAPH" build -q --since 2099 -o "$T/sel" "$first" 2>/dev/null || fail "build with a selection"
"$KGRAPH" build -q --since 2099 --update "$T/sel" "$first" 2>"$T/err" || fail "update with a selection"
contains "$T/err" "already in"
# standard input is always read: each batch given there is new
"$KGRAPH" build -q -o "$T/sb" - <"$first" 2>/dev/null || fail "build from stdin"
"$KGRAPH" build -q --update "$T/sb" - <"$(sed -n 2p "$T/new")" 2>"$T/err" || fail "update from stdin"
lacks "$T/err" "already in"
"$KGRAPH" build -q -o "$T/sb2" "$first" "$(sed -n 2p "$T/new")" 2>/dev/null || fail "build of both"
[ "$(grep -c '"kind":"relation"' "$T/sb/graph.jsonl")" = "$(grep -c '"kind":"relation"' "$T/sb2/graph.jsonl")" ] ||
    fail "a second batch on stdin was not added"
expect_exit 1 "$KGRAPH" build --update "$T/nothing-here" "$first"
contains "$T/err" "build it first"
exit 0
