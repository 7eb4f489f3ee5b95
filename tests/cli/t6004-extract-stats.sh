# extract --stats says, on standard error at the end, how many files,
# articles, sentences, entity records and relation records were written:
# the records as many as the output holds, the same figures whatever -j
# and whatever the window guesses were, a file that cannot be read not
# counted, and nothing said without --stats.  build's summary says as
# many files, articles and sentences.
. "$(dirname "$0")/../lib.sh"

# stats ERR: the figures of the --stats line in file ERR, as "F A S E R"
stats() {
    sed -n 's/^kgraph: extract: \([0-9]*\) files*, \([0-9]*\) articles*, \([0-9]*\) sentences*, \([0-9]*\) entity records*, \([0-9]*\) relation records*$/\1 \2 \3 \4 \5/p' "$1"
}

# one article of our own: a headline, a dateline and four sentences
cat >"$T/one.txt" <<'TXT'
Envoys meet in Doha

DOHA, 4 June 2025 - Afghan and Pakistani envoys met in Doha on Wednesday. Both sides agreed to talk again!
Would the talks hold? Nobody could say.
TXT
"$KGRAPH" extract --stats "$T/one.txt" >"$T/o" 2>"$T/e" || fail "extract --stats: exit $?"
[ "$(stats "$T/e")" = "1 1 6 $(grep -c '"kind":"entity"' "$T/o") 0" ] || { cat "$T/e"; fail "one article: want 1 file, 1 article, 6 sentences"; }
contains "$T/e" "1 file, 1 article, 6 sentences"

# the fixtures: the records counted are the records written
"$KGRAPH" extract --stats fixtures/ >"$T/o" 2>"$T/e" || fail "extract --stats fixtures: exit $?"
set -- $(stats "$T/e")
[ $# = 5 ] || { cat "$T/e"; fail "no --stats line for the fixtures"; }
[ "$1" = "$(ls fixtures/*/*.txt | wc -l)" ] || fail "files: $1"
[ "$4" = "$(grep -c '^{"kind":"entity"' "$T/o")" ] || fail "entity records: $4"
[ "$5" = "$(grep -c '^{"kind":"relation"' "$T/o")" ] || fail "relation records: $5"
docs=$(grep -o '"doc":"[^"]*"' "$T/o" | sort -u | wc -l)
[ "$2" -ge "$docs" ] || fail "articles: $2, fewer than the $docs docs with records"
[ "$3" -gt "$2" ] || fail "sentences: $3 for $2 articles"
want=$(stats "$T/e")
fixtures_read=$(echo "$want" | cut -d' ' -f1-3) # (lib.sh's expect_exit sets $want)

# threads, guesses and windows: the same figures
: >"$T/big.txt"
while [ "$(wc -c <"$T/big.txt")" -lt 400000 ]; do
    for f in fixtures/*/*.txt; do cat "$f"; printf '\n\n'; done >>"$T/big.txt"
done
"$KGRAPH" extract --stats "$T/big.txt" >/dev/null 2>"$T/e1" || fail "extract big: exit $?"
for j in 2 3; do
    "$KGRAPH" extract --stats -j "$j" fixtures/ >/dev/null 2>"$T/e" || fail "-j $j: exit $?"
    [ "$(stats "$T/e")" = "$want" ] || fail "-j $j fixtures: $(stats "$T/e"), one thread $want"
    KGRAPH_TEST_BAD_GUESSES=1 "$KGRAPH" extract --stats -j "$j" "$T/big.txt" >/dev/null 2>"$T/e" || fail "-j $j big: exit $?"
    [ "$(stats "$T/e")" = "$(stats "$T/e1")" ] || fail "-j $j big.txt: $(stats "$T/e"), one thread $(stats "$T/e1")"
done

# a file that cannot be read is not counted (and still fails the run)
for j in 1 2; do
    expect_exit 1 "$KGRAPH" extract --stats -j "$j" "$T/one.txt" "$T/missing.txt" "$T/one.txt"
    "$KGRAPH" extract --stats -j "$j" "$T/one.txt" "$T/missing.txt" "$T/one.txt" >/dev/null 2>"$T/e"
    contains "$T/e" "missing.txt"
    [ "$(stats "$T/e" | cut -d' ' -f1-3)" = "2 2 12" ] || { cat "$T/e"; fail "-j $j with a missing file: $(stats "$T/e")"; }
done

# build's summary line says the same files, articles and sentences (it
# reads the same articles), whatever -j, and one of each in the singular
build_read() {
    sed -n 's/^kgraph: \([0-9]*\) files*, \([0-9]*\) articles*, \([0-9]*\) sentences*, .* -> .*$/\1 \2 \3/p' "$1"
}
for j in 1 2; do
    "$KGRAPH" build -q -j "$j" -o "$T/b$j" fixtures/ 2>"$T/e" || fail "build -j $j: exit $?"
    [ "$(build_read "$T/e")" = "$fixtures_read" ] || { cat "$T/e"; fail "build -j $j: $(build_read "$T/e"), extract --stats $fixtures_read"; }
done
"$KGRAPH" build -q -o "$T/b1" "$T/one.txt" 2>"$T/e" || fail "build one.txt: exit $?"
contains "$T/e" "kgraph: 1 file, 1 article, 6 sentences, "

# without --stats, no such line
"$KGRAPH" extract "$T/one.txt" >/dev/null 2>"$T/e"
lacks "$T/e" "kgraph: extract:"
exit 0
