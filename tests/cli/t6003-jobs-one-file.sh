# extract -j N shares out the windows of one file among the threads (and
# guesses where each next window starts): the output, the warnings, the
# errors and the exit status are one thread's, whatever the file holds --
# none, one or many articles, an article longer than a window (read on, or
# cut at --max-article), a long sentence, no newline at all, CRLF, standard
# input -- and whatever the guesses were.  --max-article 64K makes windows of
# 64 KB, so that small files have many.
. "$(dirname "$0")/../lib.sh"

# same ARGS...: -j 2 and -j 3 give what -j 1 gives
same() {
    "$KGRAPH" extract "$@" <"$T/stdin" >"$T/o1" 2>"$T/e1"
    r1=$?
    for j in 2 3; do
        "$KGRAPH" extract -j "$j" "$@" <"$T/stdin" >"$T/o$j" 2>"$T/e$j"
        r=$?
        [ "$r" = "$r1" ] || { cat "$T/e$j"; fail "extract -j $j $*: exit $r, one thread $r1"; }
        cmp -s "$T/o1" "$T/o$j" || fail "extract -j $j $*: the records differ from one thread's"
        cmp -s "$T/e1" "$T/e$j" || { diff "$T/e1" "$T/e$j"; fail "extract -j $j $*: the messages differ"; }
    done
}
: >"$T/stdin"

# the fixtures, repeated: 2 MB or more and 900 articles or more, 600 KB
: >"$T/big.txt"
n=0
while [ "$(wc -c <"$T/big.txt")" -lt 2000000 ] || [ "$n" -lt 900 ]; do
    for f in fixtures/*/*.txt; do cat "$f"; printf '\n\n'; n=$((n + 1)); done >>"$T/big.txt"
done
head -c 600000 "$T/big.txt" >"$T/mid.txt"
# (small.txt holds whole articles, so that what follows it starts one)
: >"$T/small.txt"
while [ "$(wc -c <"$T/small.txt")" -lt 300000 ]; do
    for f in fixtures/news/*.txt; do cat "$f"; printf '\n\n'; done >>"$T/small.txt"
done
S=$(wc -c <"$T/small.txt")
L=$(wc -l <"$T/small.txt")
set -- fixtures/news/*.txt
: >"$T/empty.txt"
cat "$1" >"$T/one.txt"
cat "$1" "$2" >"$T/two.txt"

same "$T/big.txt"
[ "$(grep -c '"kind":"relation"' "$T/o1")" -gt 1000 ] || fail "too few relations from big.txt"
grep -q "\"doc\":\"$T/big.txt#900\"" "$T/o1" || fail "no article #900 in big.txt"
same --max-article 64K "$T/big.txt"
same --max-article 64K "$T/empty.txt"
same --max-article 64K "$T/one.txt"
same --max-article 64K "$T/two.txt"
[ -s "$T/o1" ] || fail "no records from two.txt"

# wrong guesses are thrown away
KGRAPH_TEST_BAD_GUESSES=1
export KGRAPH_TEST_BAD_GUESSES
same --max-article 64K "$T/mid.txt" "$T/two.txt" "$T/mid.txt"
unset KGRAPH_TEST_BAD_GUESSES

# one article longer than a window: read on to its end; or cut at the limit
{
    cat "$T/small.txt"
    printf '\n\nA very long report\n\nUpdated 12 March 2024\n\n'
    yes 'Pakistan accused Afghanistan of sheltering militants near the border, officials said.' | head -c 1500000
    printf '\n\n'
    cat "$T/small.txt"
} >"$T/longart.txt"
same "$T/longart.txt"
same --max-article 256K "$T/longart.txt"
contains "$T/e1" "longart.txt:$((L + 3)): an article from this line on is longer than 262144 bytes: read in parts"

# a long sentence in a later window, between two files
{
    cat "$T/small.txt"
    printf '\n\nUpdated 12 March 2024\n\n'
    yes 'Pakistan accused Afghanistan of sheltering militants and ' | tr -d '\n' | head -c 100000
    printf 'the TTP.\n\n'
    cat "$T/small.txt"
} >"$T/longsent.txt"
same --max-article 64K --max-sentence 10K "$T/two.txt" "$T/longsent.txt" "$T/longart.txt"
contains "$T/e1" "longsent.txt:$((L + 5)): a sentence longer than 10240 bytes starts on this line"

# bytes not UTF-8 and NUL bytes far into a file: said once each, with the
# line of the first, whichever thread read its window
{
    cat "$T/small.txt" "$T/small.txt"
    printf 'Kakar met Dar \377\376 in Kabul.\n\nThe BLA \000 attacked.\n'
    cat "$T/small.txt"
    printf 'Twice \377 and \000.\n'
} >"$T/badbytes.txt"
same --max-article 64K "$T/two.txt" "$T/badbytes.txt"
contains "$T/e1" "badbytes.txt:$((2 * L + 1)): bytes that are not UTF-8, the file's first on this line"
contains "$T/e1" "badbytes.txt:$((2 * L + 3)): a NUL byte, the file's first on this line"
[ "$(wc -l <"$T/e1")" -eq 2 ] || { cat "$T/e1"; fail "bad bytes said more than once a file"; }

# lines longer than half a window, of two-byte characters: a window cut
# in a line falls between characters (after a space when there is one),
# so no valid text is said to be bytes that are not UTF-8
{
    printf 'A report in Russian\n\n'
    for i in 1 2 3 4 5 6; do
        yes 'Пакистан обвинил Индию. ' | head -n 1700 | tr -d '\n'
        printf '\n'
    done
    yes 'ПакистанобвинилИндию.' | head -n 3000 | tr -d '\n'
    printf '\n'
} >"$T/cyrillic.txt"
same --max-article 64K "$T/cyrillic.txt"
grep -q "not UTF-8" "$T/e1" && { cat "$T/e1"; fail "valid UTF-8 cut by a window said to be bytes that are not UTF-8"; }

# no newline at all; CRLF line ends
yes 'zz Pakistan accused Afghanistan of sheltering militants ' | tr -d '\n' | head -c 300000 >"$T/nonl.txt"
same --max-article 64K "$T/nonl.txt"
sed 's/$/\r/' "$T/mid.txt" >"$T/crlf.txt"
same --max-article 64K "$T/crlf.txt"

# standard input, a file and a pipe
cp "$T/mid.txt" "$T/stdin"
same --max-article 64K -
same --max-article 64K "$T/one.txt" - "$T/two.txt"
: >"$T/stdin"

# a file that cannot be read among others: reported in its place
if [ -r /proc/self/mem ]; then
    ln -s /proc/self/mem "$T/mem.txt"
    same --max-article 64K "$T/mid.txt" "$T/mem.txt" "$T/two.txt"
    contains "$T/e1" "kgraph: $T/mem.txt: read error"
fi

# build -j shares out one file's windows too, and writes the same files
"$KGRAPH" build -j 1 --quiet -o "$T/b1" "$T/big.txt" 2>"$T/b1.err" || fail "build -j 1"
"$KGRAPH" build -j 3 --quiet -o "$T/b3" "$T/big.txt" 2>"$T/b3.err" || fail "build -j 3"
for f in "$T"/b1/*; do
    cmp -s "$f" "$T/b3/${f##*/}" || fail "build -j 3 wrote a different ${f##*/}"
done

# a closed pipe stops the threads quietly
"$KGRAPH" extract -j 2 --max-article 64K "$T/big.txt" 2>"$T/pipe.err" | head -n 1 >/dev/null
[ -s "$T/pipe.err" ] && { cat "$T/pipe.err"; fail "noise on a closed pipe"; }
exit 0
