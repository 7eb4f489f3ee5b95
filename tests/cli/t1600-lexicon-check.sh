# kgraph lexicon check: the shipped lexicon is clean; a broken one gets
# every problem reported as FILE:LINE with exit 1 (a lexicon without its
# English files too), and usage errors exit 2.
. "$(dirname "$0")/../lib.sh"
expect_exit 0 "$KGRAPH" lexicon check
contains "$T/out" "0 errors, 0 warnings"
L=$T/lex
mkdir -p "$L"
# (the broken row last: the rows after its open quote would be read into it)
cat >"$L/entities.csv" <<'CSV'
label,type,aliases,demonyms,country,capital
Atlantis,GPE,Atlantis Republic|Atlantis Republic,Atlantean,,
Poseidonia,GPE,Posei,,Atlantis,1
Blue Army,ORG,BA|Posei,,Atlantis,
Nobody,ALIEN,,,,
Kim Lee,PERSON,,,,
Jo Park,PERSON,,,,
Ann Day,PERSON,,,Blue Army,
Bo Ray,PERSON,,,,
"Broken,GPE
CSV
cat >"$L/roles.csv" <<'CSV'
person,title,of,from,to
Kim Lee,President,Atlantis,2020-01-01,2024-01-01
Jo Park,President,Atlantis,2023-06-01,
Kim Lee,Minister,Atlantis,2024-05-01,2023-01-01
Ghost,Minister,Atlantis,,
Ann Day,Envoy,Atlantis,2020-13-01,
Ann Day,Envoy,Atlantis,2021-02-29,
Bo Ray,Envoy,Atlantis,2020-02-29,2100-12-31
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
            "entities.csv:10:" \
            "roles.csv:3: 'president' of Atlantis held by 'Jo Park' and 'Kim Lee' (line 2)" \
            "roles.csv:4: role ends before it starts" \
            "roles.csv:5: role of an unknown person 'Ghost'" \
            "cues.csv:2:" "cues.csv:3:" "words.csv:2:" \
            "offices.csv:2: office row needs title,same_as" "offices.csv:4: office title given twice" \
            "roles.csv:6: dates must be days of the calendar as YYYY-MM-DD, got '2020-13-01'" \
            "roles.csv:7: dates must be days of the calendar as YYYY-MM-DD, got '2021-02-29'" \
            "entities.csv:8: country 'Blue Army' of 'Ann Day' is not a GPE"; do
    contains "$T/err" "$want"
done
lacks "$T/err" "roles.csv:8:"
contains "$T/out" "warnings"
# eval and extract read the same lexicon: its bad rows are skipped, the
# rest is used, and the status says so
mkdir -p "$T/gold"
printf 'Kim Lee met Jo Park.\n' >"$T/gold/a.txt"
printf 'kind\tsource\trelation\ttarget\tmodality\n' >"$T/gold/a.gold.tsv"
expect_exit 1 "$KGRAPH" eval --lexicon "$L" "$T/gold"
contains "$T/out" "relation_f1"
expect_exit 1 "$KGRAPH" extract --lexicon "$L" "$T/gold/a.txt"

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
# a lexicon of entities alone is warned of: it finds next to nothing
mkdir "$T/only"
cp "$TOP/extract/lexicon/entities.csv" "$T/only/"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/err" "$T/only/cues.csv: not there: no relation cues"
contains "$T/err" "$T/only/words.csv: not there: no word classes of English"
contains "$T/out" "0 errors, 2 warnings"
# the first row: a header (after a byte order mark too); a first row that
# is none is read as a row, with a warning; a header in another order is
# warned of; a file separated by semicolons is said to be
cp "$TOP/extract/lexicon/cues.csv" "$TOP/extract/lexicon/words.csv" "$T/only/"
printf '\357\273\277label,type,aliases\nMali,GPE,\n' >"$T/only/entities.csv"
expect_exit 0 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/out" "1 entities"
printf 'Mali,GPE\nNiger,GPE\n' >"$T/only/entities.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/err" "$T/only/entities.csv:1: the first row is no header (label,type,aliases,demonyms,country,capital): read as a row"
contains "$T/out" "2 entities"
printf 'label,country,type\nMali,,GPE\n' >"$T/only/entities.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/err" "$T/only/entities.csv:1: the header names column 2 'country': the columns are read as label,type,"
printf 'type,label\nGPE,Mali\n' >"$T/only/entities.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/err" "$T/only/entities.csv:1: the header names column 1 'type': the columns are read as label,type,"
printf 'label;type;aliases\nMali;GPE;\nNiger,GPE\n' >"$T/only/entities.csv"
expect_exit 1 "$KGRAPH" lexicon check --lexicon "$T/only"
contains "$T/err" "$T/only/entities.csv:2: fields are separated by commas, not semicolons: 'Mali;GPE;'"
contains "$T/out" "1 entities"
expect_exit 2 "$KGRAPH" lexicon
expect_exit 2 "$KGRAPH" lexicon frobnicate
expect_exit 0 "$KGRAPH" lexicon --help
exit 0
