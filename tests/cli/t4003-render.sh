# Drawings through Graphviz gvc: export -f svg|png|pdf with each --layout,
# and build --render.  The SVG is well-formed and draws every node, the PNG
# and PDF start with their signatures, output is the same bytes twice, a
# render leaves the DOT file as it was, a selection draws what it keeps,
# and misuse is a usage error.  The tuned-on fixtures make a graph of the
# size dot draws by default (the held-out ones would tip it over to sfdp).
. "$(dirname "$0")/../lib.sh"
command -v xmllint >/dev/null || skip "no xmllint"

"$KGRAPH" build -o "$T/plain" fixtures/news 2>/dev/null || fail "build failed"
s=$T/plain/graph.jsonl
nodes=$(grep -c '"kind":"entity"' "$s")

# svg: well-formed, one <g class="node"> per entity, nothing on stderr
svg_ok() { # FILE WHAT
    xmllint --noout "$1" || fail "$2: SVG not well-formed"
    contains "$1" 'class="node"'
    got=$(grep -c '<g id="node[0-9]*" class="node">' "$1")
    [ "$got" -eq "$nodes" ] || fail "$2: $got nodes drawn, $nodes in the graph"
}
for layout in dot sfdp neato circo; do
    expect_exit 0 "$KGRAPH" export -f svg --layout "$layout" -o "$T/$layout.svg" "$s"
    [ -s "$T/err" ] && { cat "$T/err"; fail "--layout $layout wrote to stderr"; }
    svg_ok "$T/$layout.svg" "--layout $layout"
done
# a selection draws only what it keeps (kgraph.1: export -f svg --around)
expect_exit 0 "$KGRAPH" export -f svg --top 20 -o "$T/top.svg" "$s"
all=$nodes nodes=20
svg_ok "$T/top.svg" "--top 20"
nodes=$all
expect_exit 0 "$KGRAPH" export -f svg --around pakistan --depth 1 -o "$T/around.svg" "$s"
xmllint --noout "$T/around.svg" || fail "--around: SVG not well-formed"
contains "$T/around.svg" '<title>pakistan</title>'

# build --render svg: graph.svg beside the data files, drawn with the
# default layout (dot at this size), no temporary left, and the data files
# identical to a build without --render (gvContext changes what cgraph
# writes for graphs made after it)
expect_exit 0 "$KGRAPH" build --render svg -o "$T/built" fixtures/news
svg_ok "$T/built/graph.svg" "build --render svg"
cmp -s "$T/built/graph.svg" "$T/dot.svg" || fail "default layout is not dot for $nodes nodes"
for f in graph.dot graph.graphml graph.json graph.cyjs graph.gexf graph.jsonl; do
    cmp -s "$T/built/$f" "$T/plain/$f" || fail "$f differs with --render"
done
[ -e "$T/plain/graph.svg" ] && fail "build without --render drew graph.svg"
ls -a "$T/built" | grep '^\.[^.]' && fail "temporary files left"

# png and pdf (of one article, to keep the bitmap small): signatures, and
# export writes the bytes build wrote, to standard output too
one=fixtures/news/01_kabul_talks.txt
# (each drawing the same bytes as when drawn alone: the engines' random
# numbers start afresh for every drawing)
expect_exit 0 "$KGRAPH" build --render svg,png,pdf --layout sfdp -o "$T/one" "$one"
[ "$(od -An -tx1 -N8 "$T/one/graph.png" | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no PNG signature"
[ "$(head -c 5 "$T/one/graph.pdf")" = "%PDF-" ] || fail "no %PDF- header"
tail -c 7 "$T/one/graph.pdf" | grep -q '%%EOF' || fail "PDF does not end with %%EOF"
"$KGRAPH" export -f pdf --layout sfdp "$T/one/graph.jsonl" >"$T/one.pdf" || fail "pdf to standard output"
cmp -s "$T/one.pdf" "$T/one/graph.pdf" || fail "two PDFs of one graph differ"
expect_exit 0 "$KGRAPH" export -f png --layout sfdp -o "$T/one.png" "$T/one/graph.jsonl"
cmp -s "$T/one.png" "$T/one/graph.png" || fail "two PNGs of one graph differ"
"$KGRAPH" export -f svg --layout sfdp "$T/one/graph.jsonl" >"$T/one.svg" || fail "svg to standard output"
cmp -s "$T/one.svg" "$T/one/graph.svg" || fail "two SVGs of one graph differ"

# misuse
expect_exit 2 "$KGRAPH" export -f svg --layout bogus "$s"
contains "$T/err" "unknown layout 'bogus'"
expect_exit 2 "$KGRAPH" export -f graphml --layout dot "$s"
expect_exit 2 "$KGRAPH" build --render dot -o "$T/bad" fixtures/news/01_kabul_talks.txt
expect_exit 2 "$KGRAPH" build --layout dot -o "$T/bad" fixtures/news/01_kabul_talks.txt
[ -e "$T/bad" ] && fail "a usage error created the output directory"
# a failed render or write: exit 1, the old file stays, no temporary
mkdir -p "$T/keep" "$T/noplugins"
echo old >"$T/keep/g.svg"
expect_exit 1 env GVBINDIR="$T/noplugins" "$KGRAPH" export -f svg -o "$T/keep/g.svg" "$s"
contains "$T/err" "could not lay the graph out"
[ "$(cat "$T/keep/g.svg")" = old ] || fail "old output replaced by a failed render"
ls -a "$T/keep" | grep '^\.[^.]' && fail "temporary file left by a failed render"
if [ -w /dev/full ]; then
    expect_exit 1 "$KGRAPH" export -f svg -o /dev/full "$s"
    contains "$T/err" "No space left on device"
fi
exit 0
