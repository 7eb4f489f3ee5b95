# Bad input is normal input: each problem is reported with the file's name,
# the other inputs are still processed, the exit status is 1, and no
# half-written output file is left behind.
. "$(dirname "$0")/../lib.sh"

good=fixtures/news/01_kabul_talks.txt
# a missing file among good ones
expect_exit 1 "$KGRAPH" extract "$T/missing.txt" "$good"
contains "$T/err" "kgraph: $T/missing.txt: No such file or directory"
grep -q '"kind":"relation"' "$T/out" || fail "good input not processed"

# invalid UTF-8, NUL bytes, a BOM, CRLF, an empty file, a long line without newline
printf '\357\273\277Pakistan accused India\377\376 of backing the BLA.\r\n\000\000Kabul rejected it.\r\n' >"$T/bad.txt"
: >"$T/empty.txt"
awk 'BEGIN { for (i = 0; i < 20000; i++) printf "Pakistan and Iran signed a pact, "; }' >"$T/long.txt"
expect_exit 0 "$KGRAPH" extract "$T/bad.txt" "$T/empty.txt" "$T/long.txt"
"$PY" -c "
import json, sys
for l in open(sys.argv[1], encoding='utf-8'):
    json.loads(l)
" "$T/out" || fail "stream from bad bytes is not valid UTF-8 JSON"
contains "$T/out" '"label":"Pakistan"'

# merge: a truncated and a non-JSON line are reported with file and line
"$KGRAPH" extract "$good" >"$T/s.jsonl"
{ head -n 3 "$T/s.jsonl"; echo '{"kind":"entity","id":'; echo 'hello'; echo '{"kind":"relation","source":"a","relation":"attaks","target":"b"}'; tail -n +4 "$T/s.jsonl"; } >"$T/broken.jsonl"
expect_exit 1 "$KGRAPH" merge "$T/broken.jsonl"
contains "$T/err" "kgraph: $T/broken.jsonl:4: not a JSON line"
contains "$T/err" "kgraph: $T/broken.jsonl:5: not a JSON line"
contains "$T/err" "kgraph: $T/broken.jsonl:6: unknown relation 'attaks'"
grep -q '"kind":"edge"' "$T/out" || fail "good lines not merged"

# malformed lexicon rows: named with file and line, the rest still used
mkdir -p "$T/lex"
cp extract/lexicon/*.csv "$T/lex/"
printf 'Nowhere Land,COUNTRY,,,,\n"unterminated,GPE\n' >>"$T/lex/entities.csv"
expect_exit 1 "$KGRAPH" extract --lexicon "$T/lex" "$good"
contains "$T/err" "entities.csv:"
contains "$T/err" "unknown entity type 'COUNTRY'"
grep -q '"kind":"relation"' "$T/out" || fail "extraction stopped on a bad lexicon row"

# unwritable output: the old file survives, no temporary is left
mkdir -p "$T/o"
echo old >"$T/o/graph.dot"
chmod 500 "$T/o"
if [ "$(id -u)" != 0 ]; then
    expect_exit 1 "$KGRAPH" build -o "$T/o" "$good"
    [ "$(cat "$T/o/graph.dot")" = old ] || fail "old output replaced"
fi
chmod 700 "$T/o"
if [ -w /dev/full ]; then
    expect_exit 1 "$KGRAPH" merge -o /dev/full "$T/s.jsonl"
    expect_exit 1 sh -c "'$KGRAPH' merge '$T/s.jsonl' >/dev/full"
    contains "$T/err" "kgraph: error writing"
fi
ls -a "$T/o" | grep -q '^\.graph' && fail "temporary file left behind"
# limits: a long sentence and an article past --max-article are reported
# once, read in parts, and the run succeeds
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "Pakistan and Iran signed a pact, "; }' >"$T/runon.txt"
expect_exit 0 "$KGRAPH" extract --max-sentence 10K --max-article 40K "$T/runon.txt"
contains "$T/err" "runon.txt:1: a sentence longer than 10240 bytes starts on this line"
contains "$T/err" "runon.txt:1: an article from this line on is longer than 40960 bytes"
contains "$T/out" '"relation":"cooperates"'
[ "$(grep -c 'longer than 10240' "$T/err")" -eq 1 ] || fail "the sentence limit reported more than once"
expect_exit 2 "$KGRAPH" extract --max-sentence 10X "$T/runon.txt"
# (the evidence of a relation in a sentence read in parts is the window of
# words it was found in, at its offsets: a page without stops quoted whole
# in every record was megabytes a line)
awk 'BEGIN { for (i = 0; i < 6000; i++) printf "the crowd waited outside in the rain %s", (i == 3000 ? "while Pakistan accused India of shelling " : ""); }' >"$T/runon2.txt"
"$KGRAPH" extract "$T/runon2.txt" >"$T/runon2.jsonl" 2>/dev/null || fail "extract of a run-on page"
$PY - "$T/runon2.txt" "$T/runon2.jsonl" <<'PYEOF' || fail "run-on evidence"
import json, sys
text = open(sys.argv[1], "rb").read()
rels = [r for r in map(json.loads, open(sys.argv[2])) if r["kind"] == "relation"]
assert any(r["source"] == "pakistan" and r["relation"] == "accuses" and r["target"] == "india" for r in rels), rels
for r in rels:
    assert text[r["start"]:r["end"]].decode() == r["sentence"], r["start"]
    assert len(r["sentence"]) < 4096 and "Pakistan accused India" in r["sentence"], len(r["sentence"])
PYEOF
# build takes the same limits, to the same effect
"$KGRAPH" extract --max-sentence 10K --max-article 40K "$T/runon.txt" 2>/dev/null | "$KGRAPH" merge >"$T/lim.jsonl"
expect_exit 0 "$KGRAPH" build -q --max-sentence 10K --max-article 40K -o "$T/lim" "$T/runon.txt"
contains "$T/err" "runon.txt:1: a sentence longer than 10240 bytes starts on this line"
contains "$T/err" "runon.txt:1: an article from this line on is longer than 40960 bytes"
cmp -s "$T/lim.jsonl" "$T/lim/graph.jsonl" || fail "build with limits differs from extract with them"
expect_exit 2 "$KGRAPH" build --max-article 10X "$T/runon.txt"
# a closed pipe ends quietly
"$KGRAPH" extract fixtures/ 2>"$T/pipe.err" | head -n 1 >/dev/null
[ -s "$T/pipe.err" ] && { cat "$T/pipe.err"; fail "noise on a closed pipe"; }
exit 0
