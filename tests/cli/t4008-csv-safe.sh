# --csv-safe: a cell a spreadsheet would run as a formula (leading = + - @,
# tab or carriage return) gets a leading apostrophe in every CSV format; a
# negative number written as one is left alone, but not a cell that only
# starts like one ("-2+3+cmd|..." is a known payload), and a cell that
# starts with apostrophes and one of those gets one more.  Without the
# option every cell is as it was.  merge reads either kind back as the
# graph it was written from.
. "$(dirname "$0")/../lib.sh"
cat >"$T/s.jsonl" <<'JSONL'
{"kind":"entity","doc":"-2+3+cmd|' /C calc'!A0","id":"eq","label":"=HYPERLINK(\"http://x\")","type":"PERSON","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"minus","label":"-12","type":"ORG","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"at","label":"@SUM(A1)","type":"GPE","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"tab","label":"\t=1+1","type":"GPE","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"dec","label":"-0.5","type":"GPE","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"quoted","label":"'=quoted already","type":"ORG","mentions":1}
{"kind":"entity","doc":"-12.txt","id":"quoted2","label":"''=quoted twice","type":"ORG","mentions":1}
{"kind":"relation","doc":"-2+3+cmd|' /C calc'!A0","source":"eq","relation":"meets","target":"minus","modality":"asserted","sentence":"+1 said so.","start":0,"end":11}
{"kind":"relation","doc":"-12.txt","source":"at","relation":"meets","target":"tab","modality":"asserted","sentence":"-1.5 is a number, -1.5x is not.","start":0,"end":30}
{"kind":"relation","doc":"-12.txt","source":"dec","relation":"meets","target":"at","modality":"asserted","sentence":"Plain text.","start":0,"end":11}
{"kind":"relation","doc":"-12.txt","source":"quoted","relation":"meets","target":"at","modality":"asserted","sentence":"'@ once.","start":0,"end":8}
JSONL
for f in nodes-csv edges-csv evidence-csv; do
    expect_exit 0 "$KGRAPH" export --csv-safe -f $f -o "$T/$f.safe" "$T/s.jsonl"
    expect_exit 0 "$KGRAPH" export -f $f -o "$T/$f.plain" "$T/s.jsonl"
done
# every cell of the safe files: none starts with = + @ tab CR, and one
# that starts with - is a number; the plain files hold the hostile cells
# as they were, and each safe cell is its plain cell, prefixed or not
$PY - "$T" <<'PYEOF' || fail "csv-safe cells"
import csv, re, sys
t = sys.argv[1]
num = re.compile(r"-[0-9]+(\.[0-9]+)?$")
for f in ("nodes-csv", "edges-csv", "evidence-csv"):
    safe = list(csv.reader(open(f"{t}/{f}.safe", newline="", encoding="utf-8")))
    plain = list(csv.reader(open(f"{t}/{f}.plain", newline="", encoding="utf-8")))
    assert len(safe) == len(plain), f
    for rs, rp in zip(safe, plain):
        for s, p in zip(rs, rp):
            q = p.lstrip("'")
            danger = (q[:1] in ("=", "+", "@", "\t", "\r", "-") and q != p) or \
                p[:1] in ("=", "+", "@", "\t", "\r") or (p[:1] == "-" and not num.match(p))
            want = "'" + p if danger else p
            if s != want:
                sys.exit(f"{f}: cell {p!r} written {s!r}, expected {want!r}")
cells = {c for r in csv.reader(open(f"{t}/evidence-csv.safe", newline="", encoding="utf-8")) for c in r}
for c in ("'-2+3+cmd|' /C calc'!A0", "'-12.txt", "'+1 said so.", "'-1.5 is a number, -1.5x is not."):
    assert c in cells, c
cells = {c for r in csv.reader(open(f"{t}/nodes-csv.safe", newline="", encoding="utf-8")) for c in r}
for c in ("'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'\t=1+1", "-12", "-0.5", "''=quoted already", "'''=quoted twice"):
    assert c in cells, c
PYEOF
# read back, safe or plain: the graph written (the apostrophes off again;
# merge knows a CSV file by its name)
"$KGRAPH" merge "$T/s.jsonl" >"$T/want.jsonl" || fail "merge"
for k in safe plain; do
    cp "$T/nodes-csv.$k" "$T/$k-nodes.csv"
    cp "$T/evidence-csv.$k" "$T/$k-evidence.csv"
    "$KGRAPH" merge "$T/$k-nodes.csv" "$T/$k-evidence.csv" >"$T/$k.jsonl" || fail "merge the $k CSV"
done
cmp -s "$T/safe.jsonl" "$T/want.jsonl" || { diff "$T/want.jsonl" "$T/safe.jsonl"; fail "the safe CSV reads back changed"; }
# (the plain CSV holds '=quoted already and '@ once. as they are, which
# read back without their apostrophe: that entity and sentence aside)
grep -v "quoted" "$T/want.jsonl" >"$T/want-q.jsonl"
grep -v "quoted" "$T/plain.jsonl" | cmp -s - "$T/want-q.jsonl" || fail "the plain CSV reads back changed"
exit 0
