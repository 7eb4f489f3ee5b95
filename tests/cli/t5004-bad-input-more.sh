# More bad input, found by an audit: inputs none of which can be read
# leave the output written before alone; file names that are not UTF-8;
# an evidence sentence no DOT reader takes whole; GraphML cut short; CSV
# rows of the wrong length, with a byte order mark or a NUL; lexicon files
# that cannot be read, with bad bytes or a quote left open; counts that
# would overflow, and other values not of their kind; eval's system
# streams and gold files; relations whose ends have no entity record; -o
# through a link, and a write stopped by a signal; text from classic Mac
# OS, whose lines end with a lone CR.
. "$(dirname "$0")/../lib.sh"

good=fixtures/news/01_kabul_talks.txt
"$KGRAPH" extract "$good" >"$T/good.jsonl" || fail "extract"

# 1. nothing read: nothing written, the old output kept
"$KGRAPH" build -q -o "$T/keep" "$good" 2>/dev/null || fail "build"
cp "$T/keep/graph.jsonl" "$T/keep.before"
expect_exit 1 "$KGRAPH" build -q -o "$T/keep" "$T/nosuch.txt"
contains "$T/err" "no entity or relation read: nothing written to $T/keep"
cmp -s "$T/keep.before" "$T/keep/graph.jsonl" || fail "build of a missing file replaced the graph"
# (also when another input was read but named no one)
printf 'Nothing to see here.\n' >"$T/nobody.txt"
expect_exit 1 "$KGRAPH" build -q -o "$T/keep" "$T/nobody.txt" "$T/nosuch.txt"
cmp -s "$T/keep.before" "$T/keep/graph.jsonl" || fail "build of an empty and a missing file replaced the graph"
"$KGRAPH" merge -o "$T/m.jsonl" "$T/good.jsonl" || fail "merge"
cp "$T/m.jsonl" "$T/m.before"
expect_exit 1 "$KGRAPH" merge -o "$T/m.jsonl" "$T/nosuch.jsonl"
contains "$T/err" "nothing written to $T/m.jsonl"
cmp -s "$T/m.before" "$T/m.jsonl" || fail "merge of a missing file replaced its output"
"$KGRAPH" export -f graphml -o "$T/g.graphml" "$T/good.jsonl" || fail "export"
cp "$T/g.graphml" "$T/g.before"
expect_exit 1 "$KGRAPH" export -f graphml -o "$T/g.graphml" "$T/nosuch.jsonl"
cmp -s "$T/g.before" "$T/g.graphml" || fail "export of a missing file replaced its output"
# (an input that was read, however empty, is written: that is what it holds)
: >"$T/empty.jsonl"
expect_exit 0 "$KGRAPH" merge -o "$T/m.jsonl" "$T/empty.jsonl"
[ ! -s "$T/m.jsonl" ] || fail "an empty stream did not give an empty merge"

# 2. a file name that is not UTF-8: the stream stays UTF-8, and
# build --update knows the article is in the graph already
mkdir "$T/lat"
cp "$good" "$T/lat/$(printf 'caf\351.txt')"
expect_exit 0 "$KGRAPH" extract "$T/lat"
"$PY" -c "
import json, sys
for l in open(sys.argv[1], encoding='utf-8'):
    json.loads(l)
" "$T/out" || fail "a Latin-1 file name made the stream invalid UTF-8"
contains "$T/out" "$(printf 'caf\357\277\275.txt')"
"$KGRAPH" build -q -o "$T/ub" "$T/lat" 2>/dev/null || fail "build lat"
cp "$T/ub/graph.jsonl" "$T/ub.before"
expect_exit 0 "$KGRAPH" build -q --update "$T/ub" "$T/lat"
contains "$T/err" "already in $T/ub: skipped"
cmp -s "$T/ub.before" "$T/ub/graph.jsonl" || fail "build --update added the Latin-1 named article again"

# 3. a sentence with a run of 18 KB of letters: every DOT reader takes
# graph.dot (cgraph breaks a string only between a letter and a non-letter)
"$PY" -c "
import sys
open(sys.argv[1], 'w').write('Updated 12 March 2024\n\nPakistan accused India of backing the BLA, a report with checksum '
                             + 'ab' * 9000 + ' said on Monday.\n')
" "$T/hex.txt"
"$KGRAPH" build -q -o "$T/hex" "$T/hex.txt" 2>/dev/null || fail "build hex"
dot -Tsvg "$T/hex/graph.dot" >/dev/null 2>"$T/dot.err" || { cat "$T/dot.err"; fail "dot cannot read graph.dot"; }
contains "$T/hex/graph.dot" "abab…"

# (a document's name too, in the tooltip and the link)
"$PY" -c "
import json, sys
print(json.dumps({'kind': 'entity', 'id': 'a', 'type': 'GPE'}))
print(json.dumps({'kind': 'entity', 'id': 'b', 'type': 'GPE'}))
print(json.dumps({'kind': 'relation', 'doc': 'd' * 20000, 'source': 'a', 'relation': 'meets', 'target': 'b',
                  'sentence': 's'}))
" >"$T/longdoc.jsonl"
"$KGRAPH" export -f dot -o "$T/longdoc.dot" "$T/longdoc.jsonl" || fail "export longdoc"
dot -Tsvg "$T/longdoc.dot" >/dev/null 2>&1 || fail "dot cannot read a DOT of a long document name"

# 4. GraphML cut short; CSV rows of the wrong length, a byte order mark, a NUL
"$KGRAPH" export -f graphml -o "$T/full.graphml" "$T/good.jsonl" || fail "export graphml"
n=$(grep -n '</node>' "$T/full.graphml" | sed -n 2p | cut -d: -f1)
head -n "$n" "$T/full.graphml" >"$T/cut.graphml"
expect_exit 1 "$KGRAPH" merge "$T/cut.graphml"
contains "$T/err" "$T/cut.graphml:$n: cut short: no </graphml> at the end"
"$KGRAPH" export -f nodes-csv -o "$T/nodes.csv" "$T/good.jsonl" || fail "export nodes"
"$KGRAPH" export -f evidence-csv -o "$T/evidence.csv" "$T/good.jsonl" || fail "export evidence"
{ head -n 2 "$T/evidence.csv"; printf '"afghanistan","pakistan","denies"\r\n'; tail -n +3 "$T/evidence.csv"; } >"$T/ev-cut.csv"
expect_exit 1 "$KGRAPH" merge "$T/nodes.csv" "$T/ev-cut.csv"
contains "$T/err" "$T/ev-cut.csv:3: a row of 3 fields under a header of 9: skipped"
{ printf '\357\273\277'; cat "$T/nodes.csv"; } >"$T/bom-nodes.csv"
"$KGRAPH" merge "$T/nodes.csv" "$T/evidence.csv" >"$T/want.jsonl" || fail "merge csv"
expect_exit 0 "$KGRAPH" merge "$T/bom-nodes.csv" "$T/evidence.csv"
cmp -s "$T/out" "$T/want.jsonl" || fail "a byte order mark spoilt nodes.csv"
sed 's/"Afghanistan"/"Afgh\x00anistan"/' "$T/nodes.csv" >"$T/nul-nodes.csv"
expect_exit 0 "$KGRAPH" merge "$T/nul-nodes.csv" "$T/evidence.csv"
contains "$T/out" '"label":"Afgh anistan"'

# 5. the lexicon: an optional file that cannot be read, bytes that are not
# UTF-8 or NUL (in a row: a comment may hold any bytes), a quote never closed (reported at the line its row began
# on: RFC 4180 lets a quoted field hold line breaks, so it takes in the
# lines after it)
mkdir "$T/lx"
cp extract/lexicon/*.csv "$T/lx/"
rm "$T/lx/roles.csv"
mkdir "$T/lx/roles.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/lx"
contains "$T/err" "$T/lx/roles.csv"
expect_exit 1 "$KGRAPH" extract --lexicon "$T/lx" "$good"
mkdir "$T/lq"
printf 'label,type,aliases,demonyms,country,capital\n# a comment in Latin-1: caf\351\nAlphaland,GPE,,,,\nGammaland,GPE,,,,\nDelta\000land,GPE,,,,\nEpsi\377land,GPE,,,,\nZetaland,GPE,,,,\n"Betaland,GPE,,,,\nEtaland,GPE,,,,\n' >"$T/lq/entities.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/lq"
contains "$T/err" "$T/lq/entities.csv:5: a NUL byte: row skipped"
contains "$T/err" "$T/lq/entities.csv:6: bytes that are not UTF-8: row skipped"
contains "$T/err" "$T/lq/entities.csv:8: malformed CSV at end of file"
lacks "$T/err" "entities.csv:2:"
printf 'Gammaland and Zetaland signed a pact with Alphaland.\n' >"$T/pact.txt"
expect_exit 1 "$KGRAPH" extract --lexicon "$T/lq" "$T/pact.txt"
for e in alphaland gammaland zetaland; do contains "$T/out" "\"id\":\"$e\""; done

# 6. counts held at 2^50, whatever the records sum to (no overflow)
"$PY" -c "
for i in range(9000):
    print('{\"kind\":\"entity\",\"doc\":\"d%d\",\"id\":\"x\",\"label\":\"X\",\"type\":\"GPE\",\"mentions\":1125899906842624}' % i)
" >"$T/big.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/big.jsonl"
contains "$T/out" '"type":"GPE","mentions":1125899906842624,"docs":9000,"types":{"GPE":1125899906842624}'
# a \u0000 in an alias or at a label's start: a space, not the string's end
printf '%s\n' '{"kind":"entity","id":"x","label":"\u0000Lead","type":"GPE","aliases":["Al\u0000ias"]}' >"$T/nul.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/nul.jsonl"
contains "$T/out" '"label":" Lead"'
contains "$T/out" '"aliases":["Al ias"]'
# a date line that is no day of the calendar gives no date
printf 'Updated 31 February 2023\n\nPakistan accused India of shelling.\n' >"$T/feb.txt"
expect_exit 0 "$KGRAPH" extract "$T/feb.txt"
lacks "$T/out" '"date"'
# a date that is no day of the calendar: warned of, the instance undated
{ echo '{"kind":"entity","id":"a","type":"GPE"}'; echo '{"kind":"entity","id":"b","type":"GPE"}'
  echo '{"kind":"relation","doc":"d","source":"a","relation":"meets","target":"b","date":"2024-13-45","sentence":"s"}'; } >"$T/date.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/date.jsonl"
contains "$T/err" "$T/date.jsonl:3: date '2024-13-45' is not a day of the calendar"
lacks "$T/out" "2024-13-45"

# counts that are no counts and lists that are none: each said, and what
# it was taken as
printf '%s\n' '{"kind":"entity","id":"a","type":"GPE","mentions":"3","docs":-5,"aliases":"x","types":[1]}' \
    '{"kind":"entity","id":"b","type":"GPE","mentions":1e26}' \
    '{"kind":"relation","doc":"d","source":"a","relation":"meets","target":"b","start":-7,"end":"9","sentence":"s"}' \
    >"$T/odd.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/odd.jsonl"
contains "$T/err" "$T/odd.jsonl:1: \"mentions\" is not a count from 0 to 2^50: taken as 1"
contains "$T/err" "$T/odd.jsonl:1: \"docs\" is not a count from 0 to 2^50: taken as 0"
contains "$T/err" "$T/odd.jsonl:1: \"aliases\" is not a list: left out"
contains "$T/err" "$T/odd.jsonl:1: \"types\" is not an object: left out"
contains "$T/err" "$T/odd.jsonl:2: \"mentions\" is not a count from 0 to 2^50: taken as 1125899906842624"
contains "$T/err" "$T/odd.jsonl:3: \"start\" is not a count from 0 to 2^50: taken as 0"
contains "$T/err" "$T/odd.jsonl:3: \"end\" is not a count from 0 to 2^50: taken as 0"
# (ten said, the rest counted in one line)
"$PY" -c "
print('{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\"}')
for i in range(15):
    print('{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\",\"mentions\":-1}')
" >"$T/odd15.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/odd15.jsonl"
[ "$(grep -c 'is not a count' "$T/err")" = 10 ] || fail "more than ten odd values said one by one"
contains "$T/err" "5 more members not of their kind"

# 7. eval: a system stream's bad line named by file and line (exit 1); a
# gold entity listed twice and an unknown modality warned of, as score.py
# does; a directory that is not there reported once
mkdir "$T/ev"
printf 'E\tPakistan\tGPE\nE\tPakistan\tGPE\nR\tPakistan\tmeets\tPakistan\tMaybe\n' >"$T/ev/a.gold.tsv"
printf 'Pakistan met Pakistan.\n' >"$T/ev/a.txt"
printf 'not json\n' >"$T/sys.jsonl"
expect_exit 1 "$KGRAPH" eval -s "$T/sys.jsonl" "$T/ev"
contains "$T/err" "$T/sys.jsonl:1: not a JSON line"
contains "$T/err" "$T/ev/a.gold.tsv:2: entity 'Pakistan' listed twice"
contains "$T/err" "$T/ev/a.gold.tsv:3: unknown modality 'maybe'"
# (a gold file named in Latin-1 is found for its article, as extract names it)
cp "$good" "$T/lat/$(printf 'caf\351.txt')"
cp "${good%.txt}.gold.tsv" "$T/lat/$(printf 'caf\351.gold.tsv')"
expect_exit 0 "$KGRAPH" eval "$T/lat"
lacks "$T/out" "entity_f1=0.000"
expect_exit 1 "$KGRAPH" eval "$T/nosuch"
[ "$(grep -c 'cannot open directory' "$T/err")" = 1 ] || fail "eval reported a missing directory more than once"
# 8. options: a month or day that is none of the calendar; an empty
# lexicon directory (not /entities.csv)
expect_exit 2 "$KGRAPH" merge --since 2024-13 "$T/good.jsonl"
expect_exit 2 "$KGRAPH" merge --until 2023-02-29 "$T/good.jsonl"
expect_exit 0 "$KGRAPH" merge --until 2024-02 "$T/good.jsonl"
for c in extract build eval lexicon; do
    expect_exit 2 "$KGRAPH" $c --lexicon "" "$good"
    contains "$T/err" "$c: --lexicon wants a directory, got an empty name"
done
# 8b. output: a link to a file is followed (the link stays, the file keeps
# its permissions); a write stopped by SIGTERM leaves no temporary file
mkdir "$T/lk"
echo old >"$T/lk/real.jsonl"
chmod 640 "$T/lk/real.jsonl"
ln -s real.jsonl "$T/lk/link.jsonl"
expect_exit 0 "$KGRAPH" merge -o "$T/lk/link.jsonl" "$T/good.jsonl"
[ -L "$T/lk/link.jsonl" ] || fail "-o replaced a link with a file"
cmp -s "$T/lk/real.jsonl" "$T/m.before" || fail "-o through a link did not write the file"
[ "$(stat -c %a "$T/lk/real.jsonl")" = 640 ] || fail "-o changed the file's permissions"
# (a link to no file yet makes the file; /dev/stdout sent to a file
# writes there, after what the shell wrote before)
ln -s made.jsonl "$T/lk/dangling.jsonl"
expect_exit 0 "$KGRAPH" merge -o "$T/lk/dangling.jsonl" "$T/good.jsonl"
[ -L "$T/lk/dangling.jsonl" ] && cmp -s "$T/lk/made.jsonl" "$T/m.before" || fail "-o through a dangling link"
{ echo HEADER; "$KGRAPH" merge -o /dev/stdout "$T/good.jsonl"; echo FOOTER; } >"$T/lk/wrapped" ||
    fail "-o /dev/stdout"
[ "$(head -n 1 "$T/lk/wrapped")" = HEADER ] && [ "$(tail -n 1 "$T/lk/wrapped")" = FOOTER ] ||
    fail "-o /dev/stdout replaced the file the shell writes to"
"$PY" "$TOP/tests/bench/gen_stream.py" 50000 5 3 >"$T/s50k.jsonl" || fail "gen_stream"
"$KGRAPH" export -f graphml -o "$T/lk/g.graphml" "$T/s50k.jsonl" 2>/dev/null &
pid=$!
i=0
while [ $i -lt 400 ] && ! ls -a "$T/lk" | grep -q '^\.g\.graphml\.'; do sleep 0.025; i=$((i + 1)); done
kill -TERM $pid 2>/dev/null
wait $pid
ls -a "$T/lk" | grep -q '^\.g\.graphml\.' && fail "a write stopped by SIGTERM left its temporary file"
# 8c. GraphML on standard input: the first ten lines said, a word on
# GraphML, then a count
"$KGRAPH" export -f graphml -o "$T/g2.graphml" "$T/good.jsonl" || fail "export graphml"
n=$(wc -l <"$T/g2.graphml")
expect_exit 1 sh -c "'$KGRAPH' merge <'$T/g2.graphml'"
[ "$(grep -c 'not a JSON line' "$T/err")" = 10 ] || fail "more than ten lines that are not JSON said one by one"
contains "$T/err" "<stdin>:1: (XML? a graph written as GraphML is read from a file whose name ends in .graphml)"
contains "$T/err" "<stdin>: $((n - 10)) more lines that are not JSON"
# 8d. options and inputs that did nothing were silent: -o '' is a usage
# error; --depth without --around, a selection that keeps nothing, a
# directory without articles, a system stream naming no gold document are
# said; a byte order mark on a later line (files joined by cat) is read
for c in merge export build; do
    expect_exit 2 "$KGRAPH" $c -o "" "$T/good.jsonl"
    contains "$T/err" "$c: -o wants a"
done
expect_exit 0 "$KGRAPH" merge --depth 2 "$T/good.jsonl"
contains "$T/err" "--depth without --around: no entity to count steps from, ignored"
expect_exit 0 "$KGRAPH" merge --since 2031 "$T/good.jsonl"
contains "$T/err" "the selection kept no entity and no relation: the output is empty"
mkdir "$T/noart"
expect_exit 0 "$KGRAPH" extract "$T/noart"
contains "$T/err" "$T/noart: no *.txt file in it"
expect_exit 0 "$KGRAPH" eval -s "$T/good.jsonl" "$TOP/tests/adapt/horn"
contains "$T/err" "$T/good.jsonl: no record of it is of a document with a gold file in"
head -n 3 "$T/good.jsonl" >"$T/bom2.jsonl"
printf '\357\273\277' >>"$T/bom2.jsonl"
sed -n 4,6p "$T/good.jsonl" >>"$T/bom2.jsonl"
expect_exit 0 "$KGRAPH" merge "$T/bom2.jsonl"
head -n 6 "$T/good.jsonl" | "$KGRAPH" merge | cmp -s - "$T/out" || fail "a byte order mark on line 4 was not read past"
mkdir -p "$T/bo/graph.dot"
expect_exit 1 "$KGRAPH" build -o "$T/bo" "$good"
contains "$T/err" "relation instances -> $T/bo/ (1 of 9 files not written)"
# 9. a relation whose end has no entity record: named by its input and
# line (read from a file, from stdin), the first ten, then a count, by
# every command but merge, which writes such rows as they are (t2001)
grep '"kind":"entity"' "$T/good.jsonl" | head -n 1 >"$T/dang.jsonl"
id=$(sed 's/.*"id":"\([^"]*\)".*/\1/' "$T/dang.jsonl")
printf '{"kind":"relation","source":"%s","relation":"accuses","target":"nobody","doc":"d.txt"}\n' "$id" >>"$T/dang.jsonl"
expect_exit 1 "$KGRAPH" export -f edges-csv "$T/good.jsonl" "$T/dang.jsonl"
contains "$T/err" "$T/dang.jsonl:2: relation $id accuses nobody (article d.txt): nobody has no entity record"
expect_exit 1 sh -c "'$KGRAPH' stats <'$T/dang.jsonl'"
contains "$T/err" "<stdin>:2: relation $id accuses nobody"
i=0
while [ $i -lt 14 ]; do
    i=$((i + 1))
    printf '{"kind":"relation","source":"%s","relation":"accuses","target":"nobody%d","doc":"d.txt"}\n' "$id" $i
done >>"$T/dang.jsonl"
expect_exit 1 "$KGRAPH" export -f graphml -o "$T/dang.graphml" "$T/dang.jsonl"
[ "$(grep -c 'has no entity record' "$T/err")" = 10 ] || fail "more than ten dangling relations said one by one"
contains "$T/err" "$T/dang.jsonl:11: relation $id accuses nobody9"
contains "$T/err" "5 more relation rows whose ends have no entity record"

# Lines that end with a lone CR (classic Mac OS) are lines: the title,
# the dateline and the paragraphs read as in the LF file, at any -j and
# from stdin.  A file that starts with LF lines keeps a CR as white space.
nodoc() { sed 's/"doc":"[^"]*"/"doc":"D"/' "$1"; }
tr '\n' '\r' <"$good" >"$T/mac.txt"
nodoc "$T/good.jsonl" >"$T/good.nodoc"
for j in 1 2 3; do
    "$KGRAPH" extract -j $j "$T/mac.txt" >"$T/mac.jsonl" || fail "extract -j $j of CR text"
    nodoc "$T/mac.jsonl" | cmp -s - "$T/good.nodoc" || fail "CR line ends read unlike LF (-j $j)"
done
"$KGRAPH" extract <"$T/mac.txt" >"$T/mac.jsonl" || fail "extract of CR text from stdin"
nodoc "$T/mac.jsonl" | cmp -s - "$T/good.nodoc" || fail "CR line ends read unlike LF (stdin)"
# (the window cuts of a long file: 300 KB of CR text, one article a
# paragraph group, read as its LF twin; and a bad byte's line counted by CR)
i=0
while [ $i -lt 100 ]; do i=$((i + 1)); cat "$good"; echo; done >"$T/many.txt"
tr '\n' '\r' <"$T/many.txt" >"$T/manymac.txt"
"$KGRAPH" extract "$T/many.txt" | nodoc /dev/stdin >"$T/many.nodoc"
for j in 1 2; do
    "$KGRAPH" extract -j $j "$T/manymac.txt" | nodoc /dev/stdin | cmp -s - "$T/many.nodoc" ||
        fail "long CR text read unlike LF (-j $j)"
done
printf 'Title\r\rPakistan accused India.\rA bad \377 byte.\r' >"$T/macbad.txt"
expect_exit 0 "$KGRAPH" extract "$T/macbad.txt"
contains "$T/err" "$T/macbad.txt:4: bytes that are not UTF-8"
# (LF first: a later lone CR stays white space, as it always was)
{ cat "$good"; printf 'One more\rline.\n'; } >"$T/mixed.txt"
"$KGRAPH" extract "$T/mixed.txt" | nodoc /dev/stdin | cmp -s - "$T/good.nodoc" || fail "a stray CR changed an LF file"
exit 0
