# The bad-input matrix.  Every kind of bad input, lexicon, stream and output
# target is tried against the real commands: kgraph must never crash (no
# signal, no sanitizer report), must name the offending PATH (and LINE for
# lexicon and stream rows) as "kgraph: PATH: what" on stderr, must exit 0 when
# every input was fine and 1 when some input or output failed, must still
# process the good inputs given alongside, and must never leave a partial or
# temporary output file, nor replace an old one, when writing fails.
#
# Unlike t5001 this test runs every case and reports every failed check
# before it exits 1, so one run shows the whole matrix.  The 200 MB input
# runs only with the plain binary (it takes minutes under ASan).
. "$(dirname "$0")/../lib.sh"

# the environment tests/run.sh sets, for running this file on its own
: "${ASAN_OPTIONS:=abort_on_error=0:detect_leaks=1:fast_unwind_on_malloc=0}"
: "${LSAN_OPTIONS:=suppressions=$TOP/tests/lsan.supp:print_suppressions=0}"
: "${UBSAN_OPTIONS:=print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS

# chmod 000 entries would stop a non-root rm -rf
trap 'chmod -R u+rwX "$T" 2>/dev/null; rm -rf "$T"' EXIT

good=fixtures/news/01_kabul_talks.txt
good2=fixtures/news/02_bla_sanctions.txt
nfail=0
what=""

bad() {
    echo "FAIL [$what]: $*"
    nfail=$((nfail + 1))
}
excerpt() { sed -n '1,6p' "$1" | cut -c1-240; }

# run WANT CMD...: stdin from $T/stdin when present, else /dev/null; stdout
# to $T/out, stderr to $T/err.  WANT is an exit status or a list ("0 1").  A
# signal or a sanitizer report always fails.
run() {
    want=$1
    shift
    if [ -f "$T/stdin" ]; then
        "$@" <"$T/stdin" >"$T/out" 2>"$T/err"
    else
        "$@" </dev/null >"$T/out" 2>"$T/err"
    fi
    rc=$?
    rm -f "$T/stdin"
    sane "$*"
    case " $want " in
    *" $rc "*) ;;
    *) bad "'$*' exited $rc, expected $want; stderr: $(excerpt "$T/err")" ;;
    esac
}
# sane CMD [ERRFILE]: judge $rc and the stderr (default $T/err) of the
# command just run
sane() {
    serr=${2:-$T/err}
    [ "$rc" -ge 128 ] && bad "'$1' died of signal $((rc - 128)); stderr: $(excerpt "$serr")"
    if grep -qE 'Sanitizer|runtime error' "$serr"; then
        bad "'$1': sanitizer report: $(grep -E -m3 'Sanitizer|runtime error|#[0-3] ' "$serr" | cut -c1-200)"
    fi
    return 0
}
has() { grep -qF -- "$2" "$1" || bad "$(basename "$1") lacks '$2'; it begins: $(excerpt "$1")"; }

# JSON checks on a stream: valid, count KIND [DOC-PREFIX], sentences
cat >"$T/j.py" <<'PY'
import json, sys
mode, path = sys.argv[1], sys.argv[2]
recs = []
with open(path, 'rb') as f:
    for n, raw in enumerate(f, 1):
        try:
            recs.append(json.loads(raw.decode('utf-8')))
        except Exception as e:
            print('%s:%d: %s: %r' % (path, n, e, raw[:120]))
            sys.exit(1)
if mode == 'valid':
    sys.exit(0)
if mode == 'count':
    kind, pre = sys.argv[3], (sys.argv[4] if len(sys.argv) > 4 else '')
    print(sum(1 for r in recs if r.get('kind') == kind and str(r.get('doc', '')).startswith(pre)))
elif mode == 'rel':  # rel SOURCE RELATION TARGET [DOC-PREFIX]: count
    s, rl, t = sys.argv[3:6]
    pre = sys.argv[6] if len(sys.argv) > 6 else ''
    print(sum(1 for r in recs if r.get('kind') == 'relation' and r.get('source') == s
              and r.get('relation') == rl and r.get('target') == t and str(r.get('doc', '')).startswith(pre)))
elif mode == 'sentences':  # sentences DOC-PREFIX: one repr per line
    for r in recs:
        if r.get('kind') == 'relation' and str(r.get('doc', '')).startswith(sys.argv[3]):
            print('%d %d %s' % (r.get('start', -1), r.get('end', -1), ascii(r['sentence'])[:300]))
PY
jvalid() { "$PY" "$T/j.py" valid "$1" >"$T/jv" 2>&1 || bad "stream is not valid UTF-8 JSON lines: $(cat "$T/jv")"; }
jcount() { "$PY" "$T/j.py" count "$@"; }
# jrel FILE SOURCE RELATION TARGET DOC-PREFIX: how many such relation records
jrel() { f=$1; shift; "$PY" "$T/j.py" rel "$f" "$@"; }
# jsent FILE DOC-PREFIX: "START END 'sentence'" per relation record
jsent() { "$PY" "$T/j.py" sentences "$1" "$2"; }
# good_out FILE DOC: FILE holds relation records of DOC
good_out() {
    n=$(jcount "$1" relation "$2" 2>/dev/null)
    [ "${n:-0}" -gt 0 ] || bad "no relation records of $2: the good input was not processed"
}
# readback FILE: what extract wrote, merge must read back cleanly
readback() {
    "$KGRAPH" merge "$1" >"$T/rb.out" 2>"$T/rb.err"
    rc=$?
    sane "merge (read back)" "$T/rb.err"
    [ "$rc" -eq 0 ] || bad "merge cannot read back the extract stream (exit $rc): $(excerpt "$T/rb.err")"
}
# listing DIR: the names in DIR, hidden ones too, on one line
listing() { (cd "$1" && ls -A | tr '\n' ' '); }

# As root, chmod does not stop reads or writes.  Drop CAP_DAC_OVERRIDE and
# CAP_DAC_READ_SEARCH with setpriv when that works; otherwise those
# sub-cases are skipped (with a message), the rest still run.
drop=""
noperm=""
if [ "$(id -u)" = 0 ]; then
    sp="setpriv --inh-caps=-dac_override,-dac_read_search --bounding-set=-dac_override,-dac_read_search --"
    mkdir "$T/probe" && chmod 555 "$T/probe"
    if command -v setpriv >/dev/null 2>&1 && $sp true 2>/dev/null &&
        ! $sp sh -c ": >'$T/probe/x'" 2>/dev/null; then
        drop=$sp
    else
        noperm="running as root and cannot drop CAP_DAC_OVERRIDE (setpriv)"
    fi
    chmod 755 "$T/probe"
    rm -rf "$T/probe"
fi

"$KGRAPH" extract "$good" >"$T/good.jsonl" 2>/dev/null || fail "extract $good failed"
"$KGRAPH" extract fixtures/ >"$T/all.jsonl" 2>/dev/null || fail "extract fixtures/ failed"
"$KGRAPH" merge "$T/good.jsonl" >"$T/good.merged" 2>/dev/null || fail "merge of a good stream failed"

############################################################ text inputs

what="invalid UTF-8 and overlong encodings"
# overlong '/' (C0 AF, E0 80 AF), a UTF-16 surrogate (ED A0 80), a code point
# above U+10FFFF (F4 90 80 80), a 5-byte form (F8 ...), stray FF FE bytes
{
    printf 'Updated 12 March 2024\n\n'
    printf 'Pakistan accused India \300\257 of backing the BLA \340\200\257 in Quetta.\n'
    printf 'Iran met Qatar \355\240\200 \364\220\200\200 \370\210\200\200\200 \377\376 in Doha.\n'
} >"$T/utf8.txt"
run 0 "$KGRAPH" extract "$T/utf8.txt" "$good"
jvalid "$T/out"
good_out "$T/out" "$good"
[ "$(jrel "$T/out" pakistan accuses india "$T/utf8.txt")" -ge 1 ] ||
    bad "no 'pakistan accuses india' from the file with bad bytes"
jsent "$T/out" "$T/utf8.txt" >"$T/sent"
grep -q 'India / of\|BLA / in' "$T/sent" && bad "an overlong encoding was decoded as '/': $(head -n 2 "$T/sent")"
grep -q '\\ud8\|\\U0011' "$T/sent" && bad "a surrogate or out-of-range code point passed through: $(cat "$T/sent")"
readback "$T/out"
# said once, with the file and the line of the first
has "$T/err" "kgraph: warning: $T/utf8.txt:3: bytes that are not UTF-8, the file's first on this line"
[ "$(grep -c 'not UTF-8' "$T/err")" -eq 1 ] || bad "bytes not UTF-8 said other than once: $(excerpt "$T/err")"

what="NUL bytes"
{
    printf 'Updated 12 March 2024\n\nPakistan accused\000\000 India of backing the BLA.\n'
    printf '\000Kabul rejected\000 the claim.\000\n'
} >"$T/nul.txt"
head -c 4096 /dev/zero >"$T/allnul.txt"
run 0 "$KGRAPH" extract "$T/nul.txt" "$T/allnul.txt" "$good"
jvalid "$T/out"
good_out "$T/out" "$good"
[ "$(jrel "$T/out" pakistan accuses india "$T/nul.txt")" -ge 1 ] ||
    bad "no 'pakistan accuses india' from the file with NUL bytes"
readback "$T/out"
has "$T/err" "kgraph: warning: $T/nul.txt:3: a NUL byte, the file's first on this line"
has "$T/err" "kgraph: warning: $T/allnul.txt:1: a NUL byte, the file's first on this line"
[ "$(grep -c 'NUL' "$T/err")" -eq 2 ] || bad "NUL bytes said other than once a file: $(excerpt "$T/err")"

what="BOM, CRLF and CR line ends"
printf '\357\273\277Pakistan accused India of backing the BLA.\r\nKabul rejected the claim.\r\nIran met Qatar.\rOman met Iran.\r' >"$T/bom.txt"
run 0 "$KGRAPH" extract "$T/bom.txt" "$good"
jvalid "$T/out"
good_out "$T/out" "$good"
jsent "$T/out" "$T/bom.txt" >"$T/sent"
grep -q "^3 45 'Pakistan accused India of backing the BLA.'" "$T/sent" ||
    bad "first sentence after the BOM is not bytes 3..45: $(head -n 3 "$T/sent")"
grep -q '\\ufeff\|\\r' "$T/sent" && bad "BOM or CR left in a sentence: $(cat "$T/sent")"
[ "$(jrel "$T/out" iran meets qatar "$T/bom.txt")" -ge 1 ] || bad "CR-only line ends: no 'iran meets qatar'"
readback "$T/out"

what="binary files"
head -c 1000000 "$KGRAPH" >"$T/elf.txt"
head -c 300000 /dev/urandom >"$T/random.txt"
run "0 1" "$KGRAPH" extract "$T/elf.txt" "$T/random.txt" "$good"
[ "$rc" -eq 1 ] && { grep -q "kgraph: $T/elf.txt:\|kgraph: $T/random.txt:" "$T/err" ||
    bad "exit 1 on binary input but no message names it"; }
jvalid "$T/out"
good_out "$T/out" "$good"
readback "$T/out"

what="empty files"
: >"$T/empty.txt"
printf '\n\n  \r\n\t\n' >"$T/blank.txt"
run 0 "$KGRAPH" extract "$T/empty.txt" "$T/blank.txt"
[ -s "$T/out" ] && bad "records from empty files: $(excerpt "$T/out")"
: >"$T/stdin"
run 0 "$KGRAPH" extract -
run 0 "$KGRAPH" build -o "$T/emptybuild" "$T/empty.txt" "$T/blank.txt"
[ -f "$T/emptybuild/graph.graphml" ] || bad "build of empty input wrote no graph.graphml"
if [ -f "$T/emptybuild/graph.graphml" ] && command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$T/emptybuild/graph.graphml" 2>"$T/xl" || bad "empty graph.graphml is not XML: $(excerpt "$T/xl")"
fi
: >"$T/empty.jsonl"
run 0 "$KGRAPH" merge "$T/empty.jsonl"
[ -s "$T/out" ] && bad "merge of an empty stream printed records"

what="200 MB without a newline"
case $KGRAPH in
*-san) echo "# $what: not run under the sanitizer build (minutes); runs with ./kgraph" ;;
*)
    # mostly filler words, with an entity-bearing phrase every 1 KB: the
    # phrase alone ("Pakistan accused Afghanistan of ...") takes ~2 minutes
    z=zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz
    yes "$z $z $z $z $z $z $z $z $z $z Pakistan accused Afghanistan of sheltering militants " |
        tr -d '\n' | head -c 200000000 >"$T/big.txt"
    [ "$(wc -c <"$T/big.txt")" -eq 200000000 ] || bad "could not make the 200 MB file"
    # memory stays bounded: 2 GB of address space is plenty
    t0=$(date +%s)
    # shellcheck disable=SC3045 # dash and bash have ulimit -v
    (ulimit -v 2000000 2>/dev/null; exec "$KGRAPH" extract "$T/big.txt" "$good") >"$T/out" 2>"$T/err"
    rc=$?
    echo "# $what: extract took $(($(date +%s) - t0)) s"
    sane "extract big.txt"
    [ "$rc" -eq 0 ] || bad "extract of 200 MB without newline exited $rc, expected 0; stderr: $(excerpt "$T/err")"
    grep -v "^kgraph: warning: $T/big.txt:1: " "$T/err" | grep -q . && bad "unexpected messages: $(excerpt "$T/err")"
    good_out "$T/out" "$T/big.txt"
    good_out "$T/out" "$good"
    jvalid "$T/out"
    rm -f "$T/big.txt"
    ;;
esac

what="a 1 MB sentence"
{
    printf 'Updated 12 March 2024\n\n'
    yes 'Pakistan accused Afghanistan of sheltering militants and ' | tr -d '\n' | head -c 1000000
    printf 'the TTP.\nKabul rejected the claim.\n'
} >"$T/sentence.txt"
run 0 "$KGRAPH" extract "$T/sentence.txt" "$good"
jvalid "$T/out"
good_out "$T/out" "$good"
[ "$(jrel "$T/out" pakistan accuses afghanistan "$T/sentence.txt")" -ge 1 ] ||
    bad "no relation from the 1 MB sentence"
# the sentence after it starts at byte 23 + 1000000 + 9
jsent "$T/out" "$T/sentence.txt" >"$T/sent"
grep -q "^1000032 1000057 'Kabul rejected the claim.'" "$T/sent" ||
    bad "the sentence after the 1 MB one is lost or misplaced: $(cut -c1-80 "$T/sent")"

what="directories with unreadable entries"
D=$T/tree
mkdir -p "$D/sub" "$D/locked"
cp "$good" "$D/a.txt"
cp "$good2" "$D/sub/b.txt"
cp "$good2" "$D/locked/c.txt"
if [ -r /proc/self/mem ]; then
    # a regular file that no one can read, root included (EIO)
    ln -s /proc/self/mem "$D/sub/mem.txt"
    run 1 "$KGRAPH" extract "$D"
    has "$T/err" "kgraph: $D/sub/mem.txt: "
    good_out "$T/out" "$D/a.txt"
    good_out "$T/out" "$D/sub/b.txt"
    run 1 "$KGRAPH" build -o "$T/treebuild" "$D"
    has "$T/err" "kgraph: $D/sub/mem.txt: "
    [ -s "$T/treebuild/graph.jsonl" ] || bad "build wrote no graph.jsonl for the readable files"
    rm -f "$D/sub/mem.txt"
fi
chmod 000 "$D/sub/b.txt" "$D/locked"
if [ -n "$noperm" ]; then
    echo "# $what: chmod 000 sub-case skipped: $noperm"
else
    # shellcheck disable=SC2086 # $drop is a command prefix or nothing
    run 1 $drop "$KGRAPH" extract "$D"
    has "$T/err" "kgraph: $D/sub/b.txt: "
    has "$T/err" "kgraph: $D/locked"
    good_out "$T/out" "$D/a.txt"
fi
chmod 755 "$D/locked"
chmod 644 "$D/sub/b.txt"

what="symlink loops"
ln -s loop.txt "$T/loop.txt"
run 1 "$KGRAPH" extract "$T/loop.txt" "$good"
has "$T/err" "kgraph: $T/loop.txt: "
good_out "$T/out" "$good"
# directory loops end where they close: every file once, no endless walk
ln -s .. "$D/sub/up"
ln -s "$D" "$D/sub/self"
run 0 "$KGRAPH" extract "$D"
docs=$(grep -o '"doc":"[^"#]*' "$T/out" | sort -u | tr '\n' ' ')
[ "$docs" = "\"doc\":\"$D/a.txt \"doc\":\"$D/locked/c.txt \"doc\":\"$D/sub/b.txt " ] ||
    bad "walking a tree with directory loops read: $docs"
has "$T/err" "$D/sub/self: a link to a directory already read: skipped"
# a link to a directory elsewhere is followed (articles kept on another disk)
mkdir "$T/elsewhere"
cp "$good" "$T/elsewhere/e.txt"
ln -s "$T/elsewhere" "$D/sub/ext"
run 0 "$KGRAPH" extract "$D"
has "$T/out" "\"doc\":\"$D/sub/ext/e.txt\""
rm -f "$D/sub/ext"
# a directory with a name of its own is read by it, whatever the order of
# the entries: not by the name of a link to it
mkdir -p "$T/ord/zz"
cp "$good" "$T/ord/zz/o.txt"
ln -s zz "$T/ord/aa"
run 0 "$KGRAPH" extract "$T/ord"
has "$T/out" "\"doc\":\"$T/ord/zz/o.txt\""
has "$T/err" "$T/ord/aa: a link to a directory already read: skipped"
# a *.txt entry that is a symlink loop is an input that cannot be read
ln -s x1.txt "$D/x2.txt"
ln -s x2.txt "$D/x1.txt"
run 1 "$KGRAPH" extract "$D"
has "$T/err" "kgraph: $D/x1.txt: "
good_out "$T/out" "$D/a.txt"
rm -f "$D/x1.txt" "$D/x2.txt" "$D/sub/up" "$D/sub/self"

what="missing paths"
run 1 "$KGRAPH" build -o "$T/mbuild" "$T/nodir" "$good"
has "$T/err" "kgraph: $T/nodir: "
[ "$("$PY" "$T/j.py" count "$T/mbuild/graph.jsonl" relation "$good")" -gt 0 ] 2>/dev/null ||
    bad "build with a missing input did not write the good one"
run 1 "$KGRAPH" merge "$T/nostream.jsonl" "$T/good.jsonl"
has "$T/err" "kgraph: $T/nostream.jsonl: "
cmp -s "$T/out" "$T/good.merged" || bad "merge with a missing stream: output differs from the good stream's"
run 1 "$KGRAPH" export -f graphml -o "$T/m.graphml" "$T/good.jsonl" "$T/nostream.jsonl"
has "$T/err" "kgraph: $T/nostream.jsonl: "
[ -s "$T/m.graphml" ] || bad "export with a missing stream wrote nothing"
run 1 "$KGRAPH" extract --lexicon "$T/nolexicon" "$good"
has "$T/err" "kgraph: $T/nolexicon"

what="- twice"
cp "$good" "$T/stdin"
run 1 "$KGRAPH" extract - -
grep -q '^kgraph: -: \|^kgraph: <stdin>: \|^kgraph: warning: -: ' "$T/err" ||
    bad "extract - -: no message naming '-'"
[ "$(jcount "$T/out" relation -)" = "$(jcount "$T/good.jsonl" relation)" ] ||
    bad "extract - -: $(jcount "$T/out" relation -) relations, expected those of one read"
cp "$T/good.jsonl" "$T/stdin"
run 1 "$KGRAPH" merge - -
grep -q '^kgraph: -: \|^kgraph: <stdin>: \|^kgraph: warning: -: ' "$T/err" ||
    bad "merge - -: no message naming '-'"
cmp -s "$T/out" "$T/good.merged" || bad "merge - -: output differs from one read of the stream"
cp "$good" "$T/stdin"
run 1 "$KGRAPH" build -o "$T/dashbuild" - -
grep -q '^kgraph: -: \|^kgraph: <stdin>: \|^kgraph: warning: -: ' "$T/err" ||
    bad "build - -: no message naming '-'"

############################################################ lexicons

what="lexicon rows"
L=$T/lex
mkdir -p "$L"
cp extract/lexicon/*.csv "$L/"
for f in "$L"/*.csv; do [ -z "$(tail -c 1 "$f")" ] || echo >>"$f"; done
e=$(wc -l <"$L/entities.csv")
cat >>"$L/entities.csv" <<'CSV'
Solo Land
Too Many Land,GPE,,,,,surplus,more
Bad "Quote" Land,GPE,,,,
Nowhere Land,COUNTRY,,,,
Pakistan,GPE,,,,
New Zorland,GPE,,,,
New-Zorland,ORG,,,,
Zed Land,GPE,,,Atlantis,
CSV
c=$(wc -l <"$L/cues.csv")
printf 'attacks,zapped|zaps,verb,extra,more\nattaks,attaked,verb\naccuses,blamed,sideways\naccuses\n' >>"$L/cues.csv"
w=$(wc -l <"$L/words.csv")
printf 'nonclass,foo\n' >>"$L/words.csv"
r=$(wc -l <"$L/roles.csv")
printf 'Ishaq Dar,Minister,Nowhere,,\n"Ishaq Dar,Minister,Pakistan,,\n' >>"$L/roles.csv"
printf 'Updated 12 March 2024\n\nNew Zorland accused New-Zorland of sheltering militants.\n' >"$T/zor.txt"
for cmd in "extract --lexicon $L $good $T/zor.txt" "lexicon check --lexicon $L"; do
    # shellcheck disable=SC2086
    run 1 "$KGRAPH" $cmd
    has "$T/err" "kgraph: $L/entities.csv:$((e + 1)): "
    grep -q "^kgraph: $L/entities.csv:$((e + 2)): " "$T/err" ||
        bad "$cmd: a row with 8 columns (entities.csv:$((e + 2))) is not reported"
    has "$T/err" "kgraph: $L/entities.csv:$((e + 3)): malformed CSV row"
    has "$T/err" "kgraph: $L/entities.csv:$((e + 4)): unknown entity type 'COUNTRY'"
    has "$T/err" "kgraph: $L/entities.csv:$((e + 5)): duplicate entity 'Pakistan'"
    grep -q "^kgraph: $L/entities.csv:$((e + 7)): " "$T/err" ||
        bad "$cmd: 'New-Zorland' (entities.csv:$((e + 7))) has the id of 'New Zorland' (line $((e + 6))) and is not reported"
    has "$T/err" "kgraph: $L/entities.csv:$((e + 8)): "
    grep -q "^kgraph: $L/cues.csv:$((c + 1)): " "$T/err" ||
        bad "$cmd: a cue row with 5 columns (cues.csv:$((c + 1))) is not reported"
    has "$T/err" "kgraph: $L/cues.csv:$((c + 2)): unknown relation 'attaks'"
    has "$T/err" "kgraph: $L/cues.csv:$((c + 3)): unknown cue frame 'sideways'"
    has "$T/err" "kgraph: $L/cues.csv:$((c + 4)): "
    has "$T/err" "kgraph: $L/words.csv:$((w + 1)): unknown word class 'nonclass'"
    has "$T/err" "kgraph: $L/roles.csv:$((r + 1)): "
    has "$T/err" "kgraph: $L/roles.csv:$((r + 2)): malformed CSV"
done
run 1 "$KGRAPH" extract --lexicon "$L" "$good" "$T/zor.txt"
good_out "$T/out" "$good"
jvalid "$T/out"
ids=$(grep "\"doc\":\"$T/zor.txt\"" "$T/out" | grep -c '"kind":"entity".*"id":"new-zorland"')
[ "$ids" -le 1 ] || bad "$ids entity records with the id 'new-zorland' in one document"

what="a lexicon file that is not kgraph's"
L2=$T/lex2
mkdir -p "$L2"
cp extract/lexicon/*.csv "$L2/"
head -c 20000 "$KGRAPH" >"$L2/cues.csv"
cp "$T/good.jsonl" "$L2/words.csv"
run 1 "$KGRAPH" extract --lexicon "$L2" "$good"
grep -q "^kgraph: $L2/cues.csv:[0-9]*: " "$T/err" || bad "binary cues.csv: no FILE:LINE message: $(excerpt "$T/err")"
grep -q "^kgraph: $L2/words.csv:[0-9]*: " "$T/err" || bad "JSON words.csv: no FILE:LINE message: $(excerpt "$T/err")"
[ "$(jcount "$T/out" entity "$good")" -gt 0 ] 2>/dev/null || bad "no entities found with the good entities.csv"
L3=$T/lex3
mkdir -p "$L3"
cp extract/lexicon/*.csv "$L3/"
cp "$T/good.jsonl" "$L3/entities.csv"
run 1 "$KGRAPH" extract --lexicon "$L3" "$good"
grep -q "^kgraph: $L3/entities.csv:[0-9]*: " "$T/err" || bad "JSON entities.csv: no FILE:LINE message: $(excerpt "$T/err")"
run 1 "$KGRAPH" lexicon check --lexicon "$L3"
grep -q "^kgraph: $L3/entities.csv:[0-9]*: " "$T/err" || bad "lexicon check: JSON entities.csv: no FILE:LINE message"

############################################################ streams

what="truncated and non-JSON stream lines"
n=$(wc -l <"$T/good.jsonl")
{
    cat "$T/good.jsonl"
    echo '{"kind":"relation","source":"a","relation":"meets","target":"b","sentence":"cut he'
    echo 'this is not JSON'
    printf '{"kind":"entity","id":"x","label":"caf\303\n'
    head -c 50 "$T/good.jsonl"
} >"$T/trunc.jsonl"
run 1 "$KGRAPH" merge "$T/trunc.jsonl" "$T/good.jsonl"
for i in 1 2 3 4; do has "$T/err" "kgraph: $T/trunc.jsonl:$((n + i)): "; done
[ "$(jcount "$T/out" relation)" -eq $((2 * $(jcount "$T/good.jsonl" relation))) ] ||
    bad "merge kept $(jcount "$T/out" relation) relations, expected the good lines of both files"
jvalid "$T/out"

what="a stream file that is not kgraph's"
printf '{"foo":1}\n[1,2,3]\n"str"\n{"kind":"node","id":"x"}\n{"kind":"entity","id":"y","type":"ALIEN"}\n{"kind":"relation","source":"a","relation":"attaks","target":"b"}\n{"kind":"relation","source":"a","relation":"meets","target":"b","modality":"perhaps"}\n{"kind":"relation","source":"a"}\n{"kind":"entity"}\n' >"$T/foreign.jsonl"
head -c 200000 "$KGRAPH" >"$T/elf.jsonl"
cp fixtures/news/01_kabul_talks.gold.tsv "$T/gold.jsonl"
mkdir -p "$T/streamdir"
run 1 "$KGRAPH" merge "$T/foreign.jsonl" "$T/elf.jsonl" "$T/gold.jsonl" "$T/streamdir" "$T/good.jsonl"
for i in 1 2 3 4 5 6 7 8 9; do has "$T/err" "kgraph: $T/foreign.jsonl:$i: "; done
grep -q "^kgraph: $T/elf.jsonl:[0-9]*: " "$T/err" || bad "binary stream: no FILE:LINE message"
has "$T/err" "kgraph: $T/gold.jsonl:1: "
has "$T/err" "kgraph: $T/streamdir"
cmp -s "$T/out" "$T/good.merged" || bad "merge with foreign files: the good stream's output differs"
rm -f "$T/fx.graphml"
run 1 "$KGRAPH" export -f graphml -o "$T/fx.graphml" "$T/foreign.jsonl" "$T/elf.jsonl" "$T/good.jsonl"
has "$T/err" "kgraph: $T/foreign.jsonl:1: "
if [ ! -s "$T/fx.graphml" ]; then
    bad "export with foreign streams wrote no file for the good one"
elif command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$T/fx.graphml" 2>"$T/xl" || bad "graphml from mixed streams is not XML: $(excerpt "$T/xl")"
fi

what="stream with bad bytes"
printf '{"kind":"entity","id":"zz","label":"L\377\376 \300\257 \355\240\200","type":"GPE"}\n{"kind":"entity","id":"q","label":"A\000B","type":"GPE"}\n' >"$T/bytes.jsonl"
run 1 "$KGRAPH" merge "$T/bytes.jsonl" "$T/good.jsonl"
has "$T/err" "kgraph: $T/bytes.jsonl:2: "
jvalid "$T/out"
grep -q '"id":"zz"' "$T/out" || bad "the entity with invalid UTF-8 in its label was dropped"

what="stream with a BOM and CRLF"
{ printf '\357\273\277'; sed 's/$/\r/' "$T/good.jsonl"; } >"$T/bomcrlf.jsonl"
run 0 "$KGRAPH" merge "$T/bomcrlf.jsonl"
cmp -s "$T/out" "$T/good.merged" || bad "merge of the same stream with a BOM and CRLF differs from the plain one"

############################################################ output

what="output to /dev/full"
if [ -w /dev/full ]; then
    run 1 "$KGRAPH" export -f graphml -o /dev/full "$T/good.jsonl"
    has "$T/err" "kgraph: /dev/full: "
    [ -c /dev/full ] || bad "/dev/full is no longer a device"
    run 1 sh -c "exec '$KGRAPH' export -f graphml '$T/good.jsonl' >/dev/full"
    has "$T/err" "kgraph: "
    has "$T/err" "No space left on device"
    run 1 sh -c "exec '$KGRAPH' extract '$good' >/dev/full"
    has "$T/err" "No space left on device"
fi

what="full disk on a regular file (RLIMIT_FSIZE)"
O=$T/fsz
mkdir -p "$O"
for f in g.graphml graph.dot graph.graphml nodes.csv edges.csv evidence.csv graph.jsonl; do echo old >"$O/$f"; done
before=$(listing "$O")
# 4 blocks (2 KB or 4 KB): every output is bigger; SIGXFSZ is ignored so
# that the write fails with EFBIG like a full disk instead of killing
(trap '' XFSZ; ulimit -f 4 && exec "$KGRAPH" export -f graphml -o "$O/g.graphml" "$T/all.jsonl") >"$T/out" 2>"$T/err"
rc=$?
sane "export -o (file size limit)"
[ "$rc" -eq 1 ] || bad "export over the file size limit exited $rc, expected 1: $(excerpt "$T/err")"
has "$T/err" "kgraph: $O/g.graphml: "
(trap '' XFSZ; ulimit -f 4 && exec "$KGRAPH" build -o "$O" fixtures/) >"$T/out" 2>"$T/err"
rc=$?
sane "build -o (file size limit)"
[ "$rc" -eq 1 ] || bad "build over the file size limit exited $rc, expected 1: $(excerpt "$T/err")"
has "$T/err" "kgraph: $O/graph.graphml: "
for f in g.graphml graph.dot graph.graphml nodes.csv edges.csv evidence.csv graph.jsonl; do
    [ "$(cat "$O/$f")" = old ] || bad "$f: the old file was replaced by a failed write"
done
[ "$(listing "$O")" = "$before" ] || bad "files left behind: $(listing "$O") (before: $before)"

what="unwritable output directory"
O=$T/ro
mkdir -p "$O"
for f in g.graphml graph.dot graph.graphml nodes.csv edges.csv evidence.csv graph.jsonl; do echo old >"$O/$f"; done
before=$(listing "$O")
chmod 555 "$O"
if [ -n "$noperm" ]; then
    echo "# $what: skipped: $noperm"
else
    # shellcheck disable=SC2086
    run 1 $drop "$KGRAPH" export -f graphml -o "$O/g.graphml" "$T/good.jsonl"
    has "$T/err" "kgraph: $O/g.graphml: "
    # shellcheck disable=SC2086
    run 1 $drop "$KGRAPH" build -o "$O" "$good"
    has "$T/err" "kgraph: $O/graph.dot: "
    for f in g.graphml graph.dot graph.graphml nodes.csv edges.csv evidence.csv graph.jsonl; do
        [ "$(cat "$O/$f")" = old ] || bad "$f: the old file was replaced"
    done
    [ "$(listing "$O")" = "$before" ] || bad "files left behind: $(listing "$O") (before: $before)"
fi
chmod 755 "$O"

what="output path that cannot be a file"
run 1 "$KGRAPH" export -f graphml -o "$T/nodir/g.graphml" "$T/good.jsonl"
has "$T/err" "kgraph: $T/nodir/g.graphml: "
[ -e "$T/nodir" ] && bad "export created $T/nodir"
mkdir -p "$T/isdir"
run 1 "$KGRAPH" export -f graphml -o "$T/isdir" "$T/good.jsonl"
has "$T/err" "kgraph: $T/isdir: "
if [ ! -d "$T/isdir" ] || [ -n "$(listing "$T/isdir")" ]; then
    bad "export -o DIR changed the directory: $(listing "$T/isdir" 2>&1)"
fi
echo old >"$T/isfile"
run 1 "$KGRAPH" build -o "$T/isfile" "$good"
has "$T/err" "kgraph: $T/isfile: "
[ "$(cat "$T/isfile")" = old ] || bad "build -o FILE replaced the file"

what="successful write over an old file"
O=$T/ok
mkdir -p "$O"
echo old >"$O/g.graphml"
run 0 "$KGRAPH" export -f graphml -o "$O/g.graphml" "$T/good.jsonl"
[ "$(cat "$O/g.graphml")" = old ] && bad "the old file was not replaced"
[ "$(listing "$O")" = "g.graphml " ] || bad "files left behind: $(listing "$O")"

what="stdout errors"
cat "$T/all.jsonl" "$T/all.jsonl" "$T/all.jsonl" >"$T/all3.jsonl"
for cmd in "extract fixtures/ fixtures/ fixtures/" "merge $T/all3.jsonl" "export -f graphml $T/all3.jsonl" \
    "export -f evidence-csv $T/all3.jsonl"; do
    # each output is over 140 KB, more than a pipe buffer (64 KB) holds, so
    # the writer always sees the reader go
    # shellcheck disable=SC2086
    { "$KGRAPH" $cmd 2>"$T/err"; echo $? >"$T/rc"; } | head -c 100 >/dev/null
    rc=$(cat "$T/rc")
    sane "$cmd | head"
    [ "$rc" -eq 1 ] || bad "'$cmd | head -c 100' exited $rc, expected 1 (output failed)"
    [ -s "$T/err" ] && bad "'$cmd | head -c 100' was not quiet: $(excerpt "$T/err")"
    # shellcheck disable=SC2086
    "$KGRAPH" $cmd >&- 2>"$T/err"
    rc=$?
    sane "$cmd >&-"
    [ "$rc" -eq 1 ] || bad "'$cmd >&-' exited $rc, expected 1"
    grep -q '^kgraph: .*standard output' "$T/err" || bad "'$cmd >&-': no message about standard output"
done

[ "$nfail" -eq 0 ] || { echo "$nfail check(s) failed"; exit 1; }
exit 0
