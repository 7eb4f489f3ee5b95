# kgraph lexicon check: the shipped lexicon is clean; a broken one gets
# every problem reported as FILE:LINE with exit 1, and usage errors exit 2.
. "$(dirname "$0")/../lib.sh"
expect_exit 0 "$KGRAPH" lexicon check
contains "$T/out" "0 errors, 0 warnings"
L=$T/lex
mkdir -p "$L"
cat >"$L/entities.csv" <<'CSV'
label,type,aliases,demonyms,country,capital
Atlantis,GPE,Atlantis Republic|Atlantis Republic,Atlantean,,
Poseidonia,GPE,Posei,,Atlantis,1
Blue Army,ORG,BA|Posei,,Atlantis,
Nobody,ALIEN,,,,
Kim Lee,PERSON,,,,
Jo Park,PERSON,,,,
"Broken,GPE
CSV
cat >"$L/roles.csv" <<'CSV'
person,title,of,from,to
Kim Lee,President,Atlantis,2020-01-01,2024-01-01
Jo Park,President,Atlantis,2023-06-01,
Kim Lee,Minister,Atlantis,2024-05-01,2023-01-01
Ghost,Minister,Atlantis,,
CSV
cat >"$L/cues.csv" <<'CSV'
relation,cue,frame
invades,invade,verb
attacks,strike,sideways
CSV
printf 'class,word\nnoclass,foo\n' >"$L/words.csv"
printf 'title,same_as\nPremier\nChancellor,Prime Minister\nchancellor,President\n' >"$L/offices.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$L"
for want in "entities.csv:2: alias 'Atlantis Republic' of 'Atlantis' is given twice" \
            "entities.csv:4: alias 'Posei' of 'Blue Army' already names 'Poseidonia'" \
            "entities.csv:5: unknown entity type 'ALIEN'" \
            "entities.csv:8:" \
            "roles.csv:3: 'president' of Atlantis held by 'Jo Park' and 'Kim Lee' (line 2)" \
            "roles.csv:4: role ends before it starts" \
            "roles.csv:5: role of an unknown person 'Ghost'" \
            "cues.csv:2:" "cues.csv:3:" "words.csv:2:" \
            "offices.csv:2: office row needs title,same_as" "offices.csv:4: office title given twice"; do
    contains "$T/err" "$want"
done
contains "$T/out" "warnings"

# offices.csv makes titles of two states one office: Atlantis's chancellor
# is the counterpart of Oceania's prime minister
M=$T/lex2
mkdir -p "$M"
cat >"$M/entities.csv" <<'CSV'
label,type,aliases,demonyms,country,capital
Atlantis,GPE,,Atlantean,,
Oceania,GPE,,Oceanian,,
Kim Lee,PERSON,Lee,,Atlantis,
Jo Park,PERSON,Park,,Oceania,
CSV
cat >"$M/roles.csv" <<'CSV'
person,title,of,from,to
Kim Lee,Chancellor,Atlantis,2020-01-01,
Jo Park,Prime Minister,Oceania,2020-01-01,
CSV
cat >"$M/cues.csv" <<'CSV'
relation,cue,frame
meets,met,verb
CSV
printf 'class,word\noffice,chancellor\noffice,prime minister\noffice,counterpart\npronoun,his\n' >"$M/words.csv"
printf 'Talks\n\nPublished: 2 June 2025\n\nKim Lee arrived in Geneva.\nJo Park met his Atlantean counterpart there.\n' >"$T/a.txt"
expect_exit 0 "$KGRAPH" extract --lexicon "$M" "$T/a.txt"
lacks "$T/out" '"source":"jo-park","relation":"meets"'
printf 'title,same_as\nChancellor,Prime Minister\n' >"$M/offices.csv"
expect_exit 0 "$KGRAPH" lexicon check --lexicon "$M"
expect_exit 0 "$KGRAPH" extract --lexicon "$M" "$T/a.txt"
contains "$T/out" '"source":"jo-park","relation":"meets","target":"kim-lee"'
expect_exit 2 "$KGRAPH" lexicon
expect_exit 2 "$KGRAPH" lexicon frobnicate
expect_exit 0 "$KGRAPH" lexicon --help
exit 0
