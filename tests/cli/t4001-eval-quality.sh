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
check fixtures/news 0.95 0.74
# the held-out set as a whole (151 articles; the later batches, first
# scored at relation F1 0.29-0.48, pull it down as they are added), and its
# articles 11-43 apart, so that a loss there is not hidden by the later ones
[ -d fixtures/heldout ] && check fixtures/heldout 0.90 0.57
if [ -d fixtures/heldout ]; then
    mkdir "$T/early"
    for f in fixtures/heldout/[1-3][0-9]_* fixtures/heldout/4[0-3]_*; do cp "$f" "$T/early/"; done
    check "$T/early" 0.92 0.66
fi
[ -d "$SHARED/seeds" ] && check "$SHARED/seeds" 0.97 0.78
exit 0
