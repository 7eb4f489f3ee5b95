# Extraction quality must not fall below its floors: on the fixtures we tune
# on, on the held-out fixtures we do not tune on, and on ../shared/seeds
# (the issue's acceptance figures) when it exists.
. "$(dirname "$0")/../lib.sh"

check() { # dir min_entity_f1 min_relation_f1
    line=$("$KGRAPH" eval "$1" 2>/dev/null | tail -n 1)
    echo "$1: $line"
    ef=$(echo "$line" | sed 's/.*entity_f1=\([0-9.]*\).*/\1/')
    rf=$(echo "$line" | sed 's/.*relation_f1=\([0-9.]*\).*/\1/')
    awk -v a="$ef" -v b="$2" 'BEGIN { exit !(a >= b) }' || fail "$1: entity F1 $ef < $2"
    awk -v a="$rf" -v b="$3" 'BEGIN { exit !(a >= b) }' || fail "$1: relation F1 $rf < $3"
}
check fixtures/news 0.95 0.69
[ -d fixtures/heldout ] && check fixtures/heldout 0.90 0.56
[ -d "$SHARED/seeds" ] && check "$SHARED/seeds" 0.97 0.76
exit 0
