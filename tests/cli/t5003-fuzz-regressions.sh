# Inputs the fuzzers once crashed on (tests/fuzz/regress/KIND-what) stay
# harmless: each runs through the command that reads that kind, cleanly
# (the sanitizer build turns any relapse into a failure).
. "$(dirname "$0")/../lib.sh"
n=0
for f in tests/fuzz/regress/*; do
    [ -f "$f" ] || continue
    case "$(basename "$f")" in
    extract-*) "$KGRAPH" extract "$f" >"$T/out" 2>"$T/err"; rc=$? ;;
    stream-*) "$KGRAPH" merge "$f" >"$T/out" 2>"$T/err"; rc=$? ;;
    *) continue ;;
    esac
    [ "$rc" -le 1 ] || { cat "$T/err"; fail "$f: exit $rc"; }
    grep -q "runtime error\|Sanitizer" "$T/err" && { cat "$T/err"; fail "$f: sanitizer report"; }
    n=$((n + 1))
done
[ "$n" -gt 0 ] || skip "no regression inputs"
exit 0
