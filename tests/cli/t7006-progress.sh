# The progress line: drawn when standard error is a terminal (under
# script(1)), never in a pipe or a file, never with --quiet.
. "$(dirname "$0")/../lib.sh"
command -v script >/dev/null || skip "script(1) is not installed"
script -qec "'$KGRAPH' extract fixtures/ >/dev/null" "$T/tty.log" >/dev/null 2>&1 || fail "extract under script"
grep -q "files, .* MB, .* MB/s, ETA" "$T/tty.log" || { cat "$T/tty.log"; fail "no progress line on a terminal"; }
script -qec "'$KGRAPH' extract --quiet fixtures/ >/dev/null" "$T/quiet.log" >/dev/null 2>&1 || fail "extract --quiet"
grep -q "MB/s" "$T/quiet.log" && fail "progress line despite --quiet"
"$KGRAPH" extract fixtures/ 2>"$T/err" | cat >/dev/null
[ -s "$T/err" ] && { cat "$T/err"; fail "progress line in a pipe"; }
exit 0
