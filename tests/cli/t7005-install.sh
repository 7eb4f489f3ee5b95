# make install puts the binary, the lexicon and the man page under
# DESTDIR/PREFIX; the installed binary finds its lexicon there.
. "$(dirname "$0")/../lib.sh"
case "$KGRAPH" in *-san) skip "installs the plain build" ;; esac
make -s install DESTDIR="$T/root" PREFIX=/usr/local >"$T/log" 2>&1 || { cat "$T/log"; fail "make install"; }
for f in usr/local/bin/kgraph usr/local/share/kgraph/lexicon/entities.csv usr/local/share/man/man1/kgraph.1; do
    [ -f "$T/root/$f" ] || fail "not installed: $f"
done
if command -v man >/dev/null; then
    man -l "$T/root/usr/local/share/man/man1/kgraph.1" 2>/dev/null | grep -q "kgraph extract" ||
        fail "man page does not render"
else
    grep -q '^\.TH KGRAPH 1' "$T/root/usr/local/share/man/man1/kgraph.1" || fail "not a man page"
fi
# (an installed binary looks in PREFIX/share/kgraph/lexicon; under DESTDIR point
# it there with $KGRAPH_LEXICON)
KGRAPH_LEXICON="$T/root/usr/local/share/kgraph/lexicon" "$T/root/usr/local/bin/kgraph" extract fixtures/news/01_kabul_talks.txt \
    | grep -q '"kind":"relation"' || fail "installed kgraph finds no relations"
exit 0
