/* Unit tests for extract/lexicon.c: loading CSV lexicons and looking up phrases. */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "extract/lexicon.h"
#include "extract/token.h"
#include "kgbuf.h"
#include "schema.h"

/* Look a surface form up the way the extractor does: folded first. */
static const struct kg_phrase *lookup(const struct kg_lexicon *lx, const char *surface)
{
    struct kg_buf b = KG_BUF_INIT;
    kg_fold_phrase(surface, &b);
    const struct kg_phrase *p = kg_lexicon_get(lx, b.buf, b.len);
    kg_buf_release(&b);
    return p;
}

static int ent_of(const struct kg_lexicon *lx, const char *surface)
{
    const struct kg_phrase *p = lookup(lx, surface);
    return p ? p->ent : -2;
}

static void test_shipped(void)
{
    const char *top = getenv("KG_TOP");
    struct kg_buf dir = KG_BUF_INIT;
    kg_buf_addf(&dir, "%s/extract/lexicon", top && *top ? top : ".");
    struct kg_lexicon lx;
    int rc = kg_lexicon_load(&lx, dir.buf);
    CHECK(rc == 0);
    if (rc) {
        fprintf(stderr, "  cannot load %s (run from the project top or set KG_TOP)\n", dir.buf);
        kg_lexicon_release(&lx);
        kg_buf_release(&dir);
        return;
    }
    CHECK(lx.bad_rows == 0); /* the shipped data is clean */
    CHECK(lx.nents > 100 && lx.nroles > 0 && lx.ncues > 0 && lx.nfurniture + lx.nteasers > 0);
    CHECK(lx.maxtok >= 3);
    CHECK_STREQ(lx.dir, dir.buf);

    int pak = kg_lexicon_find_label(&lx, "Pakistan");
    CHECK(pak >= 0);
    CHECK(pak >= 0 && lx.ents[pak].type == KG_GPE);
    CHECK(pak >= 0 && !strcmp(lx.ents[pak].id, "pakistan"));
    CHECK(kg_lexicon_find_label(&lx, "pakistan") == -1); /* labels are exact */
    CHECK(kg_lexicon_find_label(&lx, "No Such Entity Anywhere") == -1);

    /* TTP: an acronym alias of an ORG whose country is Pakistan */
    const struct kg_phrase *p = lookup(&lx, "TTP");
    CHECK(p != NULL);
    if (p) {
        CHECK_STREQ(p->key, "ttp");
        CHECK(p->ntok == 1);
        CHECK(p->ent >= 0 && (size_t)p->ent < lx.nents);
        CHECK(p->caps == 1); /* the text must be upper case too */
        if (p->ent >= 0) {
            const struct kg_lexent *e = &lx.ents[p->ent];
            CHECK(e->type == KG_ORG);
            CHECK(strstr(e->label, "Taliban") != NULL);
            CHECK(e->country == pak);
            /* the label and the other aliases name the same entity */
            CHECK(ent_of(&lx, e->label) == p->ent);
            CHECK(ent_of(&lx, "Pakistani Taliban") == p->ent);
            char id[256];
            CHECK_STREQ(e->id, kg_slug(e->label, id, sizeof id));
        }
    }
    /* folding: the curly possessive meets the straight one */
    CHECK(ent_of(&lx, "Pakistan\xe2\x80\x99s Foreign Office") == pak);
    CHECK(ent_of(&lx, "PAKISTAN") == pak);
    const struct kg_phrase *fo = lookup(&lx, "Pakistan's Foreign Office");
    CHECK(fo && fo->ntok == 4 && fo->caps == 0);
    /* proper prefixes of longer phrases are marked */
    const struct kg_phrase *pre = lookup(&lx, "Islamic Republic of");
    CHECK(pre && pre->prefix == 1 && pre->ent == -1);
    /* demonyms */
    const struct kg_phrase *d = lookup(&lx, "Pakistani");
    CHECK(d && d->demonym == pak);
    /* word classes */
    const struct kg_phrase *mr = lookup(&lx, "Mr");
    CHECK(mr && (mr->classes & KG_WBIT(KG_W_ABBREV)));
    /* absent phrases */
    CHECK(lookup(&lx, "zzyzx qwerty") == NULL);
    CHECK(kg_lexicon_get(&lx, "ttp", 2) == NULL || strcmp(kg_lexicon_get(&lx, "ttp", 2)->key, "tt") == 0);
    /* every role names a person and a known body */
    for (size_t i = 0; i < lx.nroles; i++) {
        CHECK(lx.roles[i].person >= 0 && (size_t)lx.roles[i].person < lx.nents);
        CHECK(lx.ents[lx.roles[i].person].type == KG_PERSON);
        CHECK(lx.roles[i].of >= 0 && (size_t)lx.roles[i].of < lx.nents);
    }
    for (size_t i = 0; i < lx.ncues; i++)
        CHECK(lx.cues[i].relation >= 0 && lx.cues[i].relation < KG_NRELS);
    kg_lexicon_release(&lx);
    CHECK(lx.nents == 0 && lx.tab == NULL && lx.dir == NULL);
    kg_buf_release(&dir);
}

/* ---- a lexicon with bad rows, in a temporary directory ---- */

static void write_file(const char *dir, const char *name, const char *text)
{
    struct kg_buf p = KG_BUF_INIT;
    kg_buf_addf(&p, "%s/%s", dir, name);
    FILE *fp = fopen(p.buf, "wb");
    CHECK(fp != NULL);
    if (fp) {
        fputs(text, fp);
        fclose(fp);
    }
    kg_buf_release(&p);
}

static void remove_file(const char *dir, const char *name)
{
    struct kg_buf p = KG_BUF_INIT;
    kg_buf_addf(&p, "%s/%s", dir, name);
    unlink(p.buf);
    kg_buf_release(&p);
}

/* Run kg_lexicon_load with stderr captured into *msgs. */
static int load_captured(struct kg_lexicon *lx, const char *dir, struct kg_buf *msgs)
{
    struct kg_buf path = KG_BUF_INIT;
    kg_buf_addf(&path, "%s/stderr.txt", dir);
    fflush(stderr);
    int saved = dup(2);
    int fd = open(path.buf, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    CHECK(saved >= 0 && fd >= 0);
    dup2(fd, 2);
    close(fd);
    int rc = kg_lexicon_load(lx, dir);
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    kg_buf_reset(msgs);
    FILE *fp = fopen(path.buf, "rb");
    if (fp) {
        char chunk[4096];
        size_t n;
        while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
            kg_buf_add(msgs, chunk, n);
        fclose(fp);
    }
    unlink(path.buf);
    kg_buf_release(&path);
    return rc;
}

/* Does msgs hold a line containing both a and b? */
static int has_msg(const struct kg_buf *msgs, const char *a, const char *b)
{
    const char *s = msgs->buf;
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        char *line = malloc(n + 1);
        memcpy(line, s, n);
        line[n] = '\0';
        int hit = strstr(line, a) && strstr(line, b);
        free(line);
        if (hit)
            return 1;
        s += n + (nl != NULL);
    }
    return 0;
}

static void test_bad_rows(const char *dir)
{
    write_file(dir, "entities.csv",
               "label,type,aliases,demonyms,country,capital\n"              /* 1 header */
               "Alpha Land,GPE,AL|Alphaland,Alphan|Alphans,,\n"             /* 2 */
               "Bad Type,XYZ,,,,\n"                                         /* 3 unknown type */
               "OnlyLabel\n"                                                /* 4 too few fields */
               "\"Broken\"x,GPE,,,,\n"                                      /* 5 malformed CSV */
               "# a comment with an \"unbalanced quote\n"                   /* 6 comment */
               "Beta City,GPE,BC, ,Alpha Land,1\n"                          /* 7 */
               "\n"                                                         /* 8 blank */
               "Gamma Group,ORG,\"GG|Gamma, the group\",,Nowhere,\n"        /* 9 unknown country */
               "Alpha Land,GPE,,,,\n"                                       /* 10 duplicate */
               ",GPE,,,,\n"                                                 /* 11 no label */
               "Delta Org,ORG,AL,,Beta City,\n"                             /* 12 alias clash: warning */
               "Jane Doe,PERSON,\"Doe\",,,\r\n"                             /* 13 CRLF */
               "\"Multi\nLine\",LOC,,,,\n"                                  /* 14-15 quoted newline */
               "Bad Two,NOPE,,,,\n"                                        /* 16 unknown type */
               "Omega,LOC,,,,\n"                                            /* 17 after all that */
               "\"Bad\nMulti\",WHAT,,,,\n");                                 /* 18-19: reported at 18 */
    write_file(dir, "roles.csv",
               "person,title,of,from,to\n"
               "Jane Doe,Prime Minister,Alpha Land,2020-01-01,\n" /* 2 */
               "Nobody,President,Alpha Land,,\n"                  /* 3 unknown person */
               "Jane Doe,Minister,Nowhere,,\n"                    /* 4 unknown body */
               "Jane Doe,Minister,Alpha Land,2020-1-1,\n"         /* 5 bad date */
               "Alpha Land,Minister,Beta City,,\n"                /* 6 not a person */
               "Jane Doe,Chief\n"                                 /* 7 too few fields */
               "Jane Doe,Foreign Minister,Beta City,,2021-12-31\n"); /* 8 */
    write_file(dir, "cues.csv",
               "relation,cue,frame\n"
               "meets,met|meets,verb\n"      /* 2 */
               "attacks,attacked,verb:on\n"  /* 3 */
               "fights,fought,verb\n"        /* 4 unknown relation */
               "meets,talks,banana\n"        /* 5 unknown frame */
               "meets,met,noun\n");          /* 6: a second cue on "met" */
    write_file(dir, "words.csv",
               "class,word\n"
               "abbrev,Mr\n"           /* 2 */
               "bogus,word\n"          /* 3 unknown class */
               "negation,not\n"        /* 4 */
               "furniture,Read more*\n" /* 5 */
               "abbrev,\n"             /* 6 empty word */
               "teaser,\"unterminated\n"); /* 7 malformed at end of file */

    struct kg_lexicon lx;
    struct kg_buf msgs = KG_BUF_INIT;
    long warnings = kg_diag_warnings;
    int rc = load_captured(&lx, dir, &msgs);
    CHECK(rc == 0); /* bad rows are skipped, the rest is usable */

    /* entities that survived, in file order */
    static const char *const labels[] = {"Alpha Land", "Beta City", "Gamma Group", "Delta Org", "Jane Doe",
                                         "Multi\nLine", "Omega"};
    size_t nl = sizeof labels / sizeof *labels;
    CHECK(lx.nents == nl);
    for (size_t i = 0; i < nl && i < lx.nents; i++)
        CHECK_STREQ(lx.ents[i].label, labels[i]);
    int alpha = kg_lexicon_find_label(&lx, "Alpha Land"), beta = kg_lexicon_find_label(&lx, "Beta City");
    int gamma = kg_lexicon_find_label(&lx, "Gamma Group"), delta = kg_lexicon_find_label(&lx, "Delta Org");
    int jane = kg_lexicon_find_label(&lx, "Jane Doe");
    CHECK(alpha == 0 && beta == 1 && gamma == 2 && delta == 3 && jane == 4);
    CHECK(kg_lexicon_find_label(&lx, "Bad Type") == -1);
    CHECK(kg_lexicon_find_label(&lx, "Broken") == -1);
    CHECK(kg_lexicon_find_label(&lx, "OnlyLabel") == -1);
    if (alpha >= 0 && beta >= 0 && gamma >= 0 && delta >= 0 && jane >= 0) {
        CHECK_STREQ(lx.ents[alpha].id, "alpha-land");
        CHECK(lx.ents[alpha].type == KG_GPE && lx.ents[alpha].country == -1 && !lx.ents[alpha].capital);
        CHECK(lx.ents[beta].country == alpha && lx.ents[beta].capital == 1);
        CHECK(lx.ents[gamma].country == -1); /* "Nowhere" is unknown */
        CHECK(lx.ents[gamma].type == KG_ORG);
        CHECK(lx.ents[delta].country == beta);
        CHECK(lx.ents[jane].type == KG_PERSON);
        /* aliases, the acronym flag and demonyms */
        CHECK(ent_of(&lx, "AL") == alpha); /* the first entity keeps a clashing alias */
        const struct kg_phrase *al = lookup(&lx, "AL"), *al2 = lookup(&lx, "Alphaland");
        const struct kg_phrase *dem = lookup(&lx, "Alphans");
        CHECK(al && al->caps == 1);
        CHECK(al2 && al2->ent == alpha && al2->caps == 0);
        CHECK(dem && dem->demonym == alpha && dem->ent == -1);
        CHECK(ent_of(&lx, "BC") == beta);
        CHECK(ent_of(&lx, "Gamma, the group") == gamma);
        CHECK(ent_of(&lx, "gamma group") == gamma);
        CHECK(ent_of(&lx, "Doe") == jane);
        CHECK(ent_of(&lx, "Delta Org") == delta);
        CHECK(ent_of(&lx, "Omega") == 6);
    }

    /* roles: the two good rows */
    CHECK(lx.nroles == 2);
    if (lx.nroles == 2) {
        CHECK(lx.roles[0].person == jane && lx.roles[0].of == alpha);
        CHECK_STREQ(lx.roles[0].title, "prime minister");
        CHECK_STREQ(lx.roles[0].from, "2020-01-01");
        CHECK_STREQ(lx.roles[0].to, "");
        CHECK(lx.roles[1].of == beta);
        CHECK_STREQ(lx.roles[1].to, "2021-12-31");
    }

    /* cues: met (verb, then noun), meets, attacked (verb:on) */
    CHECK(lx.ncues == 4);
    const struct kg_phrase *met = lookup(&lx, "met");
    CHECK(met && met->cue >= 0);
    if (met && met->cue >= 0) {
        const struct kg_cue *c = &lx.cues[met->cue];
        CHECK(c->relation == KG_REL_MEETS && c->frame == KG_FRAME_VERB && c->prep == NULL);
        CHECK(c->next >= 0 && lx.cues[c->next].frame == KG_FRAME_NOUN && lx.cues[c->next].next == -1);
    }
    const struct kg_phrase *att = lookup(&lx, "attacked");
    CHECK(att && att->cue >= 0);
    if (att && att->cue >= 0) {
        CHECK(lx.cues[att->cue].relation == KG_REL_ATTACKS);
        CHECK_STREQ(lx.cues[att->cue].prep, "on");
    }
    CHECK(lookup(&lx, "fought") == NULL);
    CHECK(lookup(&lx, "talks") == NULL);

    /* words */
    const struct kg_phrase *mr = lookup(&lx, "Mr");
    CHECK(mr && mr->classes == KG_WBIT(KG_W_ABBREV));
    const struct kg_phrase *neg = lookup(&lx, "not");
    CHECK(neg && (neg->classes & KG_WBIT(KG_W_NEGATION)));
    CHECK(lookup(&lx, "word") == NULL);
    CHECK(lx.nfurniture == 1 && lx.nteasers == 0);
    CHECK((kg_lexicon_furniture(&lx, "read more", strlen("read more")) & KG_FURNITURE));
    CHECK((kg_lexicon_furniture(&lx, "read more about this", strlen("read more about this")) & KG_FURNITURE));
    CHECK(!(kg_lexicon_furniture(&lx, "please read more", strlen("please read more")) & KG_FURNITURE));
    CHECK(!(kg_lexicon_furniture(&lx, "read more", strlen("read more")) & KG_TEASER)); /* not a teaser */

    /* every bad row was counted and reported with its file and line */
    struct {
        const char *file;
        const char *what;
    } want[] = {
        {"entities.csv:3:", "unknown entity type 'XYZ'"},
        {"entities.csv:4:", "needs label and type"},
        {"entities.csv:5:", "malformed CSV"},
        {"entities.csv:9:", "unknown country 'Nowhere'"},
        {"entities.csv:10:", "duplicate entity 'Alpha Land'"},
        {"entities.csv:11:", "needs label and type"},
        {"entities.csv:16:", "unknown entity type 'NOPE'"},
        {"entities.csv:18:", "unknown entity type 'WHAT'"},
        {"roles.csv:3:", "unknown person 'Nobody'"},
        {"roles.csv:4:", "unknown state or body 'Nowhere'"},
        {"roles.csv:5:", "'2020-1-1'"},
        {"roles.csv:6:", "unknown person 'Alpha Land'"},
        {"roles.csv:7:", "role row needs"},
        {"cues.csv:4:", "unknown relation 'fights'"},
        {"cues.csv:5:", "unknown cue frame 'banana'"},
        {"words.csv:3:", "unknown word class 'bogus'"},
        {"words.csv:6:", "word row needs"},
        {"words.csv:7:", "malformed CSV at end of file"},
    };
    size_t nwant = sizeof want / sizeof *want;
    for (size_t i = 0; i < nwant; i++) {
        int hit = has_msg(&msgs, want[i].file, want[i].what);
        CHECK(hit);
        if (!hit)
            fprintf(stderr, "  no message \"%s ... %s\"\n", want[i].file, want[i].what);
    }
    CHECK(lx.bad_rows == (long)nwant);
    if (lx.bad_rows != (long)nwant)
        fprintf(stderr, "  bad_rows %ld, want %zu; messages:\n%s", lx.bad_rows, nwant, msgs.buf);
    /* messages use the diag format */
    CHECK(!strncmp(msgs.buf, "kgraph: ", 8));
    /* the alias clash is a warning, not a bad row */
    CHECK(kg_diag_warnings == warnings + 1);
    CHECK(has_msg(&msgs, "warning: ", "entities.csv:12: alias 'AL'"));
    /* nothing is reported against the good rows (line 16's number above shows
     * the quoted newline on lines 14-15 was accounted for) */
    CHECK(!has_msg(&msgs, "entities.csv:7:", ""));
    CHECK(!has_msg(&msgs, "entities.csv:14:", ""));
    CHECK(!has_msg(&msgs, "entities.csv:15:", ""));
    CHECK(!has_msg(&msgs, "entities.csv:17:", ""));
    kg_lexicon_release(&lx);
    kg_buf_release(&msgs);
    remove_file(dir, "roles.csv");
    remove_file(dir, "cues.csv");
    remove_file(dir, "words.csv");
    remove_file(dir, "entities.csv");
}

static void test_unusable(const char *dir)
{
    struct kg_lexicon lx;
    struct kg_buf msgs = KG_BUF_INIT;
    /* no entities.csv at all: required */
    CHECK(load_captured(&lx, dir, &msgs) == -1);
    CHECK(has_msg(&msgs, "entities.csv", "No such file"));
    kg_lexicon_release(&lx); /* the caller releases after a failed load */
    /* only a header and bad rows */
    write_file(dir, "entities.csv", "label,type\nX,NOPE\n");
    write_file(dir, "words.csv", "class,word\nabbrev,Mr\n");
    CHECK(load_captured(&lx, dir, &msgs) == -1);
    CHECK(has_msg(&msgs, "no usable entity rows", ""));
    CHECK(lx.bad_rows == 1);
    kg_lexicon_release(&lx);
    /* a header only, no trailing newline; optional files absent is fine */
    remove_file(dir, "words.csv");
    write_file(dir, "entities.csv", "label,type\nSolo,ORG");
    CHECK(load_captured(&lx, dir, &msgs) == 0);
    CHECK(lx.nents == 1 && lx.bad_rows == 0 && lx.nroles == 0 && lx.ncues == 0);
    CHECK_STREQ(msgs.buf, "");
    CHECK(ent_of(&lx, "Solo") == 0);
    kg_lexicon_release(&lx);
    remove_file(dir, "entities.csv");
    kg_buf_release(&msgs);
}

int main(void)
{
    test_shipped();
    const char *tmp = getenv("TMPDIR");
    struct kg_buf tpl = KG_BUF_INIT;
    kg_buf_addf(&tpl, "%s/kg-lexicon-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    char *dir = mkdtemp(tpl.buf);
    CHECK(dir != NULL);
    if (dir) {
        test_bad_rows(dir);
        test_unusable(dir);
        CHECK(rmdir(dir) == 0);
    }
    kg_buf_release(&tpl);
    return check_result("test_lexicon");
}
