# The HTML view: one self-contained page (no network: no external script,
# style or image), which headless Chromium opens; a click on an edge shows
# its evidence sentence; a screenshot is taken.
. "$(dirname "$0")/../lib.sh"
"$KGRAPH" build -o "$T/b" fixtures/news 2>/dev/null || fail "build"
"$KGRAPH" export -f html -o "$T/g.html" "$T/b/graph.jsonl" || fail "export -f html"
grep -Eq '<(script|link|img|iframe)[^>]+(src|href)=' "$T/g.html" && fail "the page loads something from elsewhere"
grep -q '<svg' "$T/g.html" || fail "no drawing in the page"
"$KGRAPH" build -o "$T/r" --render html fixtures/news 2>/dev/null || fail "build --render html"
cmp -s "$T/g.html" "$T/r/graph.html" || fail "build --render html differs from export -f html"
C=$(command -v chromium || command -v chromium-browser) || skip "chromium is not installed"
run_chromium() {
    timeout 120 "$C" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$T/profile" "$@" 2>>"$T/chromium.err"
}
run_chromium --virtual-time-budget=5000 --dump-dom "file://$T/g.html#kg-test" >"$T/dom.html" ||
    { tail -n 20 "$T/chromium.err"; fail "chromium could not open the page"; }
grep -q 'id="kg-count">[0-9]* entities, [0-9]* edges' "$T/dom.html" || fail "the page's script did not run"
# the first edge's evidence is shown after the click
$PY - "$T/dom.html" "$T/b/graph.jsonl" <<'PY' || fail "a click shows no evidence"
import html, json, re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
m = re.search(r'<ul id="kg-evidence">(.*?)</ul>', dom, re.S)
assert m and "<li>" in m.group(1), "empty evidence list"
shown = html.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))
sentences = [json.loads(l)["sentence"] for l in open(sys.argv[2]) if '"kind":"relation"' in l]
assert any(s[:40] in " ".join(shown.split()) for s in (" ".join(x.split()) for x in sentences)), shown[:200]
PY
run_chromium --window-size=1200,800 --screenshot="$T/shot.png" "file://$T/g.html#kg-test" >/dev/null ||
    fail "no screenshot"
[ "$(head -c 8 "$T/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is no PNG"
exit 0
