# The same map step through GNU parallel's remote execution (--sshlogin)
# against localhost, when an sshd lets us in without a password.
. "$(dirname "$0")/../lib.sh"
command -v parallel >/dev/null || skip "GNU parallel is not installed"
command -v ssh >/dev/null || skip "no ssh client"
ssh -o BatchMode=yes -o ConnectTimeout=3 -o StrictHostKeyChecking=no localhost true 2>/dev/null ||
    skip "no sshd on localhost that accepts a key without a password"
"$KGRAPH" build -o "$T/one" fixtures/ 2>/dev/null || fail "build"
find "$TOP/fixtures" -name '*.txt' | LC_ALL=C sort | sed "s|^$TOP/||" >"$T/list"
# (as the README has it, many articles to a process: -n 50 makes the 121
# fixtures three jobs, run two at a time)
parallel --will-cite -S localhost --workdir "$TOP" -j 2 -n 50 "$KGRAPH" extract <"$T/list" >"$T/parts.jsonl" ||
    fail "remote extract"
"$KGRAPH" merge "$T/parts.jsonl" >"$T/merged.jsonl" || fail "merge"
cmp "$T/merged.jsonl" "$T/one/graph.jsonl" || fail "remote map/reduce differs from a one-process build"
exit 0
