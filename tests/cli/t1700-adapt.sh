# The README's walkthrough for another region ("Adapting kgraph to another
# region"), replayed: a copy of the lexicon, the Horn of Africa article in
# tests/adapt/horn, and the rows of each step (tests/adapt/step*.csv, the
# same rows as the README's), with the relation and entity F1 the README
# gives after each step.  Also: the role row holds only in its dates; a
# name particle is a row of words.csv.
. "$(dirname "$0")/../lib.sh"
A=$TOP/tests/adapt
cp -r "$TOP/extract/lexicon" "$T/mylex" || fail "copy the lexicon"
f1() { # the relation_f1 and entity_f1 of eval on the Horn article
    "$KGRAPH" eval --lexicon "$T/mylex" "$A/horn" >"$T/eval" || fail "eval"
    tail -n 1 "$T/eval" | sed 's/.*entity_f1=\([0-9.]*\) .*relation_f1=\([0-9.]*\)$/\2 \1/'
}
step() { # file figures: add the rows, check the lexicon and the F1s
    if [ "$1" != - ]; then
        cat "$A/$1" >>"$T/mylex/${1#step?-}" || fail "add $1"
        expect_exit 0 "$KGRAPH" lexicon check --lexicon "$T/mylex"
        contains "$T/out" "0 errors, 0 warnings"
        # the README shows these very rows
        while IFS= read -r row; do
            grep -qF -- "       $row" "$TOP/README.md" || fail "the README lacks the row '$row' of $1"
        done <"$A/$1"
    fi
    got=$(f1)
    [ "$got" = "$2" ] || fail "after $1: relation and entity F1 $got, the README says $2"
}
step - "0.667 0.800"
step step1-entities.csv "0.667 1.000"
step step2-roles.csv "0.857 1.000"
step step3-cues.csv "1.000 1.000"
# the README's sentence with these figures
tr '\n' ' ' <"$TOP/README.md" | tr -s ' ' >"$T/readme"
contains "$T/readme" "relation F1 went from 0.667 with the shipped lexicon (entity F1 0.800"
contains "$T/readme" "to 0.667 after step 1 (entity F1 1.000), 0.857 after step 2"
contains "$T/readme" "and 1.000 after step 3"
# the role holds in its dates only: dated 2019, "the president of
# Hirshabelle" is nobody and upbraids nobody
sed 's/12 March 2024/12 March 2019/' "$A/horn/01_beledweyne.txt" >"$T/old.txt"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/old.txt"
lacks "$T/out" '"relation":"accuses"'
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$A/horn/01_beledweyne.txt"
contains "$T/out" '"source":"ali-abdullahi-hussein","relation":"accuses","target":"ras-kamboni-brigade"'
# a name particle of another region is a row of words.csv (class particle):
# "Karl zu Wenden" is one person with it, and only then
printf 'Defence Minister Karl zu Wenden accused Russia of jamming signals.\n' >"$T/zu.txt"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/zu.txt"
lacks "$T/out" '"label":"Karl zu Wenden"'
printf 'particle,zu\n' >>"$T/mylex/words.csv"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/zu.txt"
contains "$T/out" '"label":"Karl zu Wenden","type":"PERSON"'
contains "$T/out" '"source":"karl-zu-wenden","relation":"accuses","target":"russia"'
# and a word of an administrative unit, lower case after a name ("the
# Kurram district"), a row of class unit
printf 'Gunmen attacked a convoy in the Tessit cercle on Monday.\n' >"$T/cercle.txt"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/cercle.txt"
lacks "$T/out" 'Tessit'
printf 'unit,cercle\n' >>"$T/mylex/words.csv"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/cercle.txt"
contains "$T/out" '"label":"Tessit cercle","type":"GPE"'
# (not any head word of a place: "the Infantry division" is none)
printf 'Gunmen attacked the Infantry division near Tessit.\n' >"$T/div.txt"
expect_exit 0 "$KGRAPH" extract --lexicon "$T/mylex" "$T/div.txt"
lacks "$T/out" '"label":"Infantry division"'
exit 0
