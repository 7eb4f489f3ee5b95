# The CLI's contract: help on stdout with exit 0, misuse on stderr with exit 2.
. "$(dirname "$0")/../lib.sh"

expect_exit 0 "$KGRAPH" --help
contains "$T/out" "usage: kgraph COMMAND"
expect_exit 0 "$KGRAPH" --version
grep -q '^kgraph [0-9]' "$T/out" || fail "version line"
expect_exit 2 "$KGRAPH"
contains "$T/err" "usage:"
expect_exit 2 "$KGRAPH" frobnicate
contains "$T/err" "kgraph: unknown command 'frobnicate'"
for cmd in extract merge export build eval; do
    expect_exit 0 "$KGRAPH" "$cmd" --help
    contains "$T/out" "usage: kgraph $cmd"
    [ -s "$T/err" ] && fail "$cmd --help wrote to stderr"
    expect_exit 0 "$KGRAPH" help "$cmd"
    contains "$T/out" "usage: kgraph $cmd"
    expect_exit 2 "$KGRAPH" "$cmd" --no-such-option
    [ -s "$T/out" ] && fail "$cmd misuse wrote to stdout"
    # (every message begins "kgraph: ", getopt's too)
    contains "$T/err" "kgraph: unrecognized option '--no-such-option'"
done
expect_exit 2 "$KGRAPH" export -f no-such-format /dev/null
exit 0
