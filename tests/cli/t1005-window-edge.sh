# A read window that ends just after a date line whose article has nothing
# but furniture above it: that article holds no sentence yet.  The window
# must end where the article starts, so small windows (--max-article 64K),
# big ones and -j 2 all give the same records, dates and article numbers.
. "$(dirname "$0")/../lib.sh"
[ -x "$PY" ] || skip "no $PY"

$PY - "$T/edge.txt" <<'PY'
import sys
out = []
def article(title, day, paras):
    out.append(title + "\n\nUpdated %d March 2026\n\n" % day)
    out.extend(p + "\n\n" for p in paras)
body = ["Pakistan accused Afghanistan of sheltering the TTP near the border, officials said on day %d." % i
        for i in range(400)]
article("Border charges traded again", 2, body)
# furniture only, then the date line, then one paragraph longer than what
# is left of a 64K window
out.append("Share\n\nTweet\n\nEmail\n\nUpdated 4 March 2026\n\n")
out.append(" ".join("Qatar offered to mediate between Pakistan and Afghanistan in round %d." % i
                    for i in range(500)) + "\n\n")
article("Talks resume in Doha", 5, ["Iran condemned the TTP for the attack, a statement said."] * 20)
open(sys.argv[1], "w").write("".join(out))
PY
"$KGRAPH" extract "$T/edge.txt" >"$T/whole.jsonl" || fail "extract"
"$KGRAPH" extract --max-article 64K "$T/edge.txt" >"$T/small.jsonl" 2>"$T/err" || fail "extract 64K"
"$KGRAPH" extract -j 2 --max-article 64K "$T/edge.txt" >"$T/small2.jsonl" 2>"$T/err2" || fail "extract -j 2"
cmp -s "$T/whole.jsonl" "$T/small.jsonl" || { diff "$T/whole.jsonl" "$T/small.jsonl" | head -5; fail "64K windows differ"; }
cmp -s "$T/whole.jsonl" "$T/small2.jsonl" || fail "-j 2 differs"
# the article after the furniture keeps its date and its number
contains "$T/whole.jsonl" '"doc":"'"$T"'/edge.txt#2","source":"qatar","relation":"mediates"'
contains "$T/whole.jsonl" '"date":"2026-03-04"'
exit 0
