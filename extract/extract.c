/* extract.c - drive the extraction of one document and write its records. */
#include "extract.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../diag.h"
#include "../schema.h"
#include "../xalloc.h"
#include "extract_private.h"
#include "window.h"

#ifndef KG_DATADIR
#define KG_DATADIR "/usr/local/share/kgraph"
#endif

static int dir_has_lexicon(const char *dir)
{
    struct kg_buf p = KG_BUF_INIT;
    kg_buf_addf(&p, "%s/entities.csv", dir);
    int ok = access(p.buf, R_OK) == 0;
    kg_buf_release(&p);
    return ok;
}

/* NULL dir: $KGRAPH_LEXICON, extract/lexicon beside the executable, the
 * current directory's extract/lexicon, then the installed copy. */
static char *find_lexicon(void)
{
    const char *env = getenv("KGRAPH_LEXICON");
    if (env && *env)
        return xstrdup(env);
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
        self[n] = '\0';
        char *slash = strrchr(self, '/');
        if (slash) {
            *slash = '\0';
            struct kg_buf p = KG_BUF_INIT;
            kg_buf_addf(&p, "%s/extract/lexicon", self);
            if (dir_has_lexicon(p.buf))
                return kg_buf_detach(&p, NULL);
            /* out/kgraph-san lives one level down */
            kg_buf_reset(&p);
            kg_buf_addf(&p, "%s/../extract/lexicon", self);
            if (dir_has_lexicon(p.buf))
                return kg_buf_detach(&p, NULL);
            kg_buf_release(&p);
        }
    }
    if (dir_has_lexicon("extract/lexicon"))
        return xstrdup("extract/lexicon");
    return xstrdup(KG_DATADIR "/lexicon");
}

char *kg_lexicon_dir(const char *dir)
{
    return dir ? xstrdup(dir) : find_lexicon();
}

int kg_lexicon_opt(const char *cmd, const char *arg)
{
    return *arg ? 0 : kg_error("%s: --lexicon wants a directory, got an empty name", cmd);
}

/* A lexicon entity's "ID","label":"LABEL" as its entity records have it,
 * kept from its first record on: the same entities recur article after
 * article, and escaping them again cost more than the copy.  (Kept per
 * extractor: threads share the lexicon read only.) */
struct kg_lexjson {
    size_t off;  /* in x->lexjson_buf, + 1; 0 for not made yet */
    size_t idn;  /* bytes of the escaped id, its quotes included */
    size_t n;    /* bytes of the whole */
};

/* What an extractor needs besides its lexicon. */
static void init_scratch(struct kg_extractor *x)
{
    x->lex_dent = xcalloc(x->lx.nents, sizeof(int));
    for (size_t i = 0; i < x->lx.nents; i++)
        x->lex_dent[i] = -1;
    kg_extractor_set_limits(x, 0, 0);
    kg_buf_init(&x->tmp);
    x->lexjson = xcalloc(x->lx.nents ? x->lx.nents : 1, sizeof *x->lexjson);
    kg_buf_init(&x->lexjson_buf);
}

int kg_extractor_new(struct kg_extractor **out, const char *dir)
{
    struct kg_extractor *x = xcalloc(1, sizeof(*x));
    char *d = kg_lexicon_dir(dir);
    int rc = kg_lexicon_load(&x->lx, d);
    /* (none was named and none found: say where to give one, as a
     * Hadoop or Spark job that ships the program alone needs to) */
    if (rc && !dir && !(getenv("KGRAPH_LEXICON") && *getenv("KGRAPH_LEXICON")) && !dir_has_lexicon(d))
        kg_error("no lexicon found beside the program, in ./extract/lexicon or in %s/lexicon: name one with "
                 "--lexicon DIR or KGRAPH_LEXICON", KG_DATADIR);
    free(d);
    if (rc) {
        kg_lexicon_release(&x->lx);
        free(x);
        *out = NULL;
        return -1;
    }
    init_scratch(x);
    *out = x;
    return 0;
}

struct kg_extractor *kg_extractor_new_sharing(const struct kg_extractor *from)
{
    struct kg_extractor *x = xcalloc(1, sizeof(*x));
    x->lx = from->lx;
    x->lx_borrowed = 1;
    init_scratch(x);
    return x;
}

long kg_extractor_bad_rows(const struct kg_extractor *x)
{
    return x->lx.bad_rows;
}

static void clear_dents(struct kg_extractor *x)
{
    for (size_t i = 0; i < x->ndents; i++) {
        /* (most are lexicon entities, with no memory of their own: no
         * call of free for them) */
        if (x->dents[i].mem) {
            free(x->dents[i].mem);
            x->dents[i].mem = NULL;
        }
        if (x->dents[i].lex >= 0)
            x->lex_dent[x->dents[i].lex] = -1;
    }
    x->ndents = 0;
}

void kg_extractor_free(struct kg_extractor *x)
{
    if (!x)
        return;
    clear_dents(x);
    for (size_t i = 0; i < x->dents_ready; i++)
        kg_buf_release(&x->dents[i].aliases);
    free(x->dents);
    free(x->dal);
    free(x->ments);
    free(x->tok_ment);
    free(x->rels);
    free(x->sents);
    free(x->arts);
    free(x->cls);
    free(x->tokph);
    free(x->phoff);
    free(x->tokany);
    free(x->phl);
    free(x->lex_dent);
    kg_tokens_release(&x->tok);
    if (!x->lx_borrowed)
        kg_lexicon_release(&x->lx);
    kg_buf_release(&x->tmp);
    free(x->lexjson);
    kg_buf_release(&x->lexjson_buf);
    free(x);
}

/* Append a string literal. */
#define ADDL(out, lit) kg_buf_add((out), (lit), sizeof(lit) - 1)

/* The most bytes kg_fmt_u64 writes. */
#define U64_ROOM 20

static void add_u64(struct kg_buf *out, unsigned long long v)
{
    char t[24];
    kg_buf_add(out, t, (size_t)(kg_fmt_u64(t, v) - t));
}

/* The writers below fill a record whose room one kg_buf_grow made: each
 * puts its bytes at p and returns the end (no NUL, no length update). */
static inline char *put(char *p, const void *src, size_t n)
{
    /* most pieces are short: copied inline as two overlapping blocks,
     * where a call of memcpy would cost more than the copy */
    const char *s = src;
    if (n >= 8 && n <= 32) {
        if (n >= 16) {
            memcpy(p, s, 16);
            memcpy(p + n - 16, s + n - 16, 16);
        } else {
            memcpy(p, s, 8);
            memcpy(p + n - 8, s + n - 8, 8);
        }
        return p + n;
    }
    memcpy(p, s, n);
    return p + n;
}

/* A string literal; sizeof gives its room. */
#define PUTL(p, lit) put((p), (lit), sizeof(lit) - 1)

/* Room for put_long: a sign and the digits. */
#define LONG_ROOM (1 + U64_ROOM)

static char *put_long(char *p, long v)
{
    /* (most mention counts are one digit: no call for those) */
    if (v >= 0 && v < 10) {
        *p = (char)('0' + v);
        return p + 1;
    }
    if (v < 0) {
        *p++ = '-';
        return kg_fmt_u64(p, 0ULL - (unsigned long long)v);
    }
    return kg_fmt_u64(p, (unsigned long long)v);
}

/* Finish a record filled up to p. */
static void end_record(struct kg_buf *out, char *p)
{
    *p = '\0';
    out->len = (size_t)(p - out->buf);
}

size_t kg_docname_file(const char *doc)
{
    const char *hash = strrchr(doc, '#');
    size_t len = strlen(doc);
    if (hash && hash[1] && strspn(hash + 1, "0123456789") == strlen(hash + 1))
        len = (size_t)(hash - doc);
    return len;
}

void kg_docname_of_path(const char *path, struct kg_buf *name)
{
    kg_buf_add_clean(name, path, strlen(path));
}

void kg_put_docname(struct kg_buf *out, struct kg_buf *jdoc, const char *doc, size_t artno)
{
    if (!jdoc->len) {
        /* doc made valid UTF-8 (a file name may be any bytes) as merge
         * cleans it, then escaped, without the closing quote: "#N" needs
         * no escaping */
        struct kg_buf clean = KG_BUF_INIT;
        kg_docname_of_path(doc, &clean);
        kg_buf_add_json_str(jdoc, clean.buf ? clean.buf : "", clean.len);
        kg_buf_setlen(jdoc, jdoc->len - 1);
        kg_buf_release(&clean);
    }
    kg_buf_add(out, jdoc->buf, jdoc->len);
    if (artno > 0) {
        kg_buf_addc(out, '#');
        add_u64(out, artno + 1);
    }
    kg_buf_addc(out, '"');
}

/* The doc field's value at p: the escaped name, or (with `splices`) a note
 * of where it goes in `out`, whose bytes are at p. */
static char *put_doc(char *p, const struct kg_buf *out, const struct kg_buf *jname, struct kg_buf *splices,
                     size_t art)
{
    if (splices) {
        struct kg_splice sp = {(size_t)(p - out->buf), art};
        kg_buf_add(splices, &sp, sizeof sp);
        return p;
    }
    return put(p, jname->buf, jname->len);
}

/* A record's fixed text between its fields, for each relation, modality
 * and entity type (the names need no escaping): made once per call of
 * write_articles, so that a record is written in few pieces and with no
 * strlen. */
struct piece {
    size_t off, n; /* in pieces.b */
};

struct pieces {
    struct kg_buf b;
    struct piece rel[KG_NRELS];   /* ,"relation":"NAME","target": */
    struct piece mod[KG_NMODS];   /* ,"modality":"NAME","sentence": */
    struct piece type[KG_NTYPES]; /* ,"type":"NAME","mentions": */
    size_t room;                  /* the longest piece */
};

static void add_piece(struct pieces *pc, struct piece *pp, const char *pre, const char *name, const char *post)
{
    pp->off = pc->b.len;
    kg_buf_adds(&pc->b, pre);
    kg_buf_adds(&pc->b, name);
    kg_buf_adds(&pc->b, post);
    pp->n = pc->b.len - pp->off;
    if (pp->n > pc->room)
        pc->room = pp->n;
}

static void pieces_init(struct pieces *pc)
{
    kg_buf_init(&pc->b);
    pc->room = 0;
    for (size_t i = 0; i < KG_NRELS; i++)
        add_piece(pc, &pc->rel[i], ",\"relation\":\"", kg_relations[i].name, "\",\"target\":");
    for (size_t i = 0; i < KG_NMODS; i++)
        add_piece(pc, &pc->mod[i], ",\"modality\":\"", kg_modality_names[i], "\",\"sentence\":");
    for (size_t i = 0; i < KG_NTYPES; i++)
        add_piece(pc, &pc->type[i], ",\"type\":\"", kg_etype_names[i], "\",\"mentions\":");
}

static char *put_piece(char *p, const struct pieces *pc, const struct piece *pp)
{
    return put(p, pc->b.buf + pp->off, pp->n);
}

/* The kg_lexjson of lexicon entity d->lex, made if it is not yet. */
static const struct kg_lexjson *lexjson_of(struct kg_extractor *x, const struct kg_dent *d)
{
    struct kg_lexjson *lj = &x->lexjson[d->lex];
    if (!lj->off) {
        struct kg_buf *b = &x->lexjson_buf;
        size_t at = b->len;
        kg_buf_add_json_str(b, d->id, strlen(d->id));
        lj->idn = b->len - at;
        ADDL(b, ",\"label\":");
        kg_buf_add_json_str(b, d->label, strlen(d->label));
        lj->off = at + 1;
        lj->n = b->len - at;
    }
    return lj;
}

/* Write the records of article a; its doc name is jname (escaped), or with
 * `splices` its place is noted there as article `art`.  Each record is
 * written after one grow for its worst case. */
static void write_article(struct kg_extractor *x, const struct pieces *pc, const struct kg_buf *jname,
                          struct kg_buf *splices, size_t art, const struct kg_article *a, struct kg_buf *out,
                          struct kg_extract_counts *counts)
{
    static const char ent_head[] = "{\"kind\":\"entity\",\"doc\":";
    static const char rel_head[] = "{\"kind\":\"relation\",\"doc\":";
    /* a relation record's end: its date, if the article has one */
    char rel_tail[sizeof ",\"date\":\"\"}\n" + sizeof a->date];
    size_t tail_n;
    if (a->date[0]) {
        char *q = PUTL(rel_tail, ",\"date\":\"");
        size_t dn = strlen(a->date);
        memcpy(q, a->date, dn);
        q += dn;
        q = PUTL(q, "\"}\n");
        tail_n = (size_t)(q - rel_tail);
    } else {
        tail_n = (size_t)(PUTL(rel_tail, "}\n") - rel_tail);
    }
    size_t doc_room = splices ? 0 : jname->len;
    /* entities in order of first mention; where each one's escaped id went
     * in `out` (ido[2 * de], +1, 0 for none yet) and its length, which the
     * relations copy */
    size_t ido_small[2 * 128];
    size_t nido = 2 * (x->ndents ? x->ndents : 1);
    size_t *ido = nido <= sizeof ido_small / sizeof *ido_small ? ido_small : xmalloc(nido * sizeof *ido);
    memset(ido, 0, nido * sizeof *ido);
    /* the lexicon entities' kg_lexjson fetched ahead, all at once: read
     * one by one below, each was a miss that held up its record (the
     * window's tokens have pushed them out since the last article) */
    for (size_t de = 0; de < x->ndents; de++)
        if (x->dents[de].lex >= 0)
            __builtin_prefetch(&x->lexjson[x->dents[de].lex]);
    for (size_t m = 0; m < x->nments; m++) {
        int de = x->ments[m].de;
        const struct kg_dent *d = &x->dents[de];
        if (ido[2 * de] || d->mentions == 0)
            continue;
        /* the escaped id and label: a lexicon entity's as made before
         * (while it has the lexicon's id and label: no memory of its own,
         * d->mem, which a label found in the text takes; told so without
         * a load of its lexicon entry, often a miss here) */
        const struct kg_lexjson *lj = NULL;
        size_t idn = 0, labn = 0, room;
        if (d->lex >= 0 && !d->mem) {
            lj = lexjson_of(x, d);
            room = lj->n;
        } else {
            idn = strlen(d->id);
            labn = strlen(d->label);
            room = KG_JSON_ROOM(idn) + sizeof ",\"label\":" + KG_JSON_ROOM(labn);
        }
        /* up to the mentions, and the end when there are no aliases */
        kg_buf_grow(out, sizeof ent_head + doc_room + sizeof ",\"id\":" + room + pc->room + LONG_ROOM +
                             sizeof ",\"new\":true}\n");
        char *p = PUTL(out->buf + out->len, ent_head);
        p = put_doc(p, out, jname, splices, art);
        p = PUTL(p, ",\"id\":");
        ido[2 * de] = (size_t)(p - out->buf) + 1;
        if (lj) {
            ido[2 * de + 1] = lj->idn;
            p = put(p, x->lexjson_buf.buf + lj->off - 1, lj->n);
        } else {
            char *at = p;
            p = kg_json_put(p, d->id, idn);
            ido[2 * de + 1] = (size_t)(p - at);
            p = PUTL(p, ",\"label\":");
            p = kg_json_put(p, d->label, labn);
        }
        p = put_piece(p, pc, &pc->type[d->type]);
        p = put_long(p, d->mentions);
        if (d->naliases) {
            /* the list (NUL-separated in d->aliases) and the end after
             * one more grow */
            end_record(out, p);
            kg_buf_grow(out, sizeof ",\"aliases\":[" + KG_JSON_ROOM(d->aliases.len) + sizeof "],\"new\":true}\n");
            p = PUTL(out->buf + out->len, ",\"aliases\":[");
            p = kg_json_put_list(p, d->aliases.buf, d->aliases.len);
            *p++ = ']';
        }
        if (d->lex < 0)
            p = PUTL(p, ",\"new\":true");
        p = PUTL(p, "}\n");
        end_record(out, p);
        counts->entities++;
    }
    /* the evidence of consecutive relations is mostly the same sentence:
     * x->tmp keeps the last one, cleaned and escaped, with its start and
     * end fields after it */
    size_t ev0 = (size_t)-1, ev1 = 0;
    for (size_t r = 0; r < x->nrels; r++) {
        const struct kg_relinst *rel = &x->rels[r];
        /* both ends need an entity record: pronoun-only entities are named
         * elsewhere in the article, otherwise the relation is dropped */
        if (!ido[2 * rel->src] || !ido[2 * rel->dst])
            continue;
        size_t b0 = x->tok.v[rel->ev0].start, b1 = x->tok.v[rel->ev1 - 1].end;
        /* the evidence quotes the original text, made valid UTF-8, on one line */
        if (rel->ev0 != ev0 || rel->ev1 != ev1) {
            kg_buf_reset(&x->tmp);
            kg_buf_add_json_line(&x->tmp, x->text + b0, b1 - b0);
            kg_buf_grow(&x->tmp, sizeof ",\"start\":" + U64_ROOM + sizeof ",\"end\":" + U64_ROOM);
            char *q = PUTL(x->tmp.buf + x->tmp.len, ",\"start\":");
            q = kg_fmt_u64(q, x->base + b0);
            q = PUTL(q, ",\"end\":");
            q = kg_fmt_u64(q, x->base + b1);
            end_record(&x->tmp, q);
            ev0 = rel->ev0;
            ev1 = rel->ev1;
        }
        size_t srcn = ido[2 * rel->src + 1], dstn = ido[2 * rel->dst + 1];
        const struct piece *rp = &pc->rel[rel->relation], *mp = &pc->mod[rel->modality];
        kg_buf_grow(out, sizeof rel_head + doc_room + sizeof ",\"source\":" + srcn + rp->n + dstn + mp->n +
                             x->tmp.len + tail_n);
        /* (the ids are copied from earlier in `out`: after the grow) */
        char *p = PUTL(out->buf + out->len, rel_head);
        p = put_doc(p, out, jname, splices, art);
        p = PUTL(p, ",\"source\":");
        p = put(p, out->buf + ido[2 * rel->src] - 1, srcn);
        p = put_piece(p, pc, rp);
        p = put(p, out->buf + ido[2 * rel->dst] - 1, dstn);
        p = put_piece(p, pc, mp);
        p = put(p, x->tmp.buf, x->tmp.len);
        p = put(p, rel_tail, tail_n);
        end_record(out, p);
        counts->relations++;
    }
    if (ido != ido_small)
        free(ido);
}

/* Bytes read at a time from a file, and the most one article may take
 * before it is cut (memory is bounded by these, not by the file).  A
 * window is tokenized and indexed whole before its articles are read, so
 * it is kept small: 64 KB of news makes ~11k tokens, whose tokens and
 * per-token arrays (~0.8 MB) stay in a 1 MB L2 until the mention and
 * relation passes read them again; 1 MB windows made ~13 MB of them, read
 * back from L3.  Smaller windows re-read more text (a window's last
 * article, which may go on, is segmented again in the next), and 32 KB
 * measured slower than 64 KB. */
#define KG_CHUNK ((size_t)64 << 10)
#define KG_MAX_ARTICLE ((size_t)16 << 20)
/* The most --max-article may ask for: 1 GB (a token's offsets are 32-bit,
 * token.h) */
#define KG_MAX_ARTICLE_MOST ((size_t)1 << 30)
_Static_assert(KG_MAX_ARTICLE_MOST + 2 * KG_CHUNK <= KG_TOKENIZE_MAX, "a window fits kg_tokenize");
#define KG_MAX_SENTENCE ((size_t)64 << 10)

/* Segment text[0, len) (bytes base.. of the file) into articles and
 * sentences.  When `last` is 0 the final article may continue past len: it
 * is left for the next window unless it is the only one.  Returns the bytes
 * consumed; *narts: the articles to write; *long_at: where the first
 * sentence longer than the limit starts (KG_NO_OFFSET: none). */
static size_t segment_window(struct kg_extractor *x, const char *text, size_t len, size_t base, int last,
                             size_t *narts_out, size_t *long_at)
{
    x->text = text;
    x->len = len;
    x->base = base;
    kg_tokenize(&x->tok, text, len);
    kg_index_phrases(x);
    kg_segment(x);
    /* a run-on "sentence" is read in windows of words (relation.c); the
     * caller says so once per file */
    *long_at = KG_NO_OFFSET;
    for (size_t i = 0; i < x->nsents; i++) {
        const struct kg_sent *st = &x->sents[i];
        if (st->t1 > st->t0 && x->tok.v[st->t1 - 1].end - x->tok.v[st->t0].start > x->max_sentence) {
            *long_at = base + x->tok.v[st->t0].start;
            break;
        }
    }
    size_t narts = x->narts, consumed = len;
    if (!last && narts >= 2) {
        narts--;
        const struct kg_article *next = &x->arts[narts];
        /* (where its first line starts: it may hold no sentence at all) */
        consumed = next->tstart < x->tok.n ? x->tok.v[next->tstart].start : len;
        /* the line the next article starts on */
        while (consumed > 0 && text[consumed - 1] != '\n')
            consumed--;
        if (!consumed)
            consumed = len, narts++;
    }
    *narts_out = narts;
    return consumed;
}

/* Extract and write the first narts articles segmented by segment_window. */
static size_t write_articles(struct kg_extractor *x, size_t narts, const char *doc, size_t artno, struct kg_buf *out,
                             struct kg_buf *splices, const int *stop, struct kg_extract_counts *counts)
{
    struct kg_buf jdoc = KG_BUF_INIT, jname = KG_BUF_INIT;
    struct pieces pc;
    pieces_init(&pc);
    size_t a = 0;
    for (; a < narts; a++) {
        if (stop && __atomic_load_n(stop, __ATOMIC_RELAXED))
            break;
        const struct kg_article *art = &x->arts[a];
        clear_dents(x);
        x->date = art->date;
        kg_find_mentions(x, art);
        kg_find_relations(x, art);
        if (!splices) {
            kg_buf_reset(&jname);
            kg_put_docname(&jname, &jdoc, doc, artno + a);
        }
        write_article(x, &pc, &jname, splices, a, art, out, counts);
        /* (an empty text is one article of no sentence, no article here) */
        counts->articles += art->s1 > art->s0;
        counts->sentences += art->s1 - art->s0;
        /* only this article's mentions marked tokens: unmark them.  A
         * mention of up to four tokens (nearly all) by one store of four
         * -1s, whatever follows it: the tokens after a mention are either
         * unmarked or in another mention, unmarked here too.  (No loop to
         * mispredict, whose length, one to three, changed from mention to
         * mention; but not past the last token.) */
        static const int unmarked[4] = {-1, -1, -1, -1};
        int *tok_ment = x->tok_ment;
        size_t ntok = x->tok.n;
        for (size_t k = 0; k < x->nments; k++) {
            /* (by index: ments is NULL before a first mention, and NULL
             * + 0 is undefined) */
            size_t t = x->ments[k].t0, t1 = x->ments[k].t1;
            if (t1 - t <= 4 && t + 4 <= ntok) {
                memcpy(tok_ment + t, unmarked, sizeof unmarked);
                continue;
            }
            for (; t < t1; t++)
                tok_ment[t] = -1;
        }
    }
    kg_buf_release(&jdoc);
    kg_buf_release(&jname);
    kg_buf_release(&pc.b);
    return a;
}

/* The newlines in buf[0, n). */
static long count_lines(const char *buf, size_t n)
{
    long lines = 0;
    for (const char *p = buf, *e = buf + n; (p = memchr(p, '\n', (size_t)(e - p))); p++)
        lines++;
    return lines;
}

/* Where in w's window (buf, tokenized last, the consumed bytes `used`
 * of it) its lines are and what it has to say: w's nl_used, long_line
 * (w->long_at set), bad_line and nul_line.  A byte not UTF-8 or a NUL in
 * bytes not consumed is the next window's to say. */
static void note_lines(const struct kg_extractor *x, const char *buf, size_t used, struct kg_window *w)
{
    w->nl_used = count_lines(buf, used);
    w->long_line = w->long_at != KG_NO_OFFSET ? count_lines(buf, w->long_at - w->base) : -1;
    w->bad_line = x->tok.bad_bytes && x->tok.first_bad < used ? count_lines(buf, x->tok.first_bad) : -1;
    const char *nul = memchr(buf, '\0', used);
    w->nul_line = nul ? count_lines(buf, (size_t)(nul - buf)) : -1;
}

/* Extract the articles of text[0, len) (bytes base.. of the text, which
 * starts on line *line) as segment_window cuts them, saying once per
 * extraction (x->said) what kg_window_warn says. */
static size_t extract_window(struct kg_extractor *x, const char *doc, const char *text, size_t len, size_t base,
                             int last, long *line, struct kg_buf *out)
{
    struct kg_window w;
    memset(&w, 0, sizeof w);
    w.base = base;
    size_t narts, consumed = segment_window(x, text, len, base, last, &narts, &w.long_at);
    note_lines(x, text, consumed, &w);
    kg_window_warn(x, doc, &w, *line, &x->said);
    *line += w.nl_used;
    x->artno += write_articles(x, narts, doc, x->artno, out, NULL, NULL, &x->counts);
    return consumed;
}

/* Where to end a window inside buf[0, n): after the last blank line in its
 * second half, else after its last newline, else all of it. */
static size_t window_end(const char *buf, size_t n)
{
    for (size_t i = n; i > n / 2 + 1; i--)
        if (buf[i - 1] == '\n' && buf[i - 2] == '\n')
            return i;
    for (size_t i = n; i > n / 2; i--)
        if (buf[i - 1] == '\n')
            return i;
    /* (a line longer than half a window: after its last space, else
     * between two characters, not inside a word or a UTF-8 sequence,
     * which either side would read as bytes that are not UTF-8) */
    for (size_t i = n; i > n / 2; i--)
        if (buf[i - 1] == ' ')
            return i;
    size_t i = n;
    while (i > n / 2 && ((unsigned char)buf[i - 1] & 0xC0) == 0x80)
        i--;
    if (i > n / 2 && (unsigned char)buf[i - 1] >= 0xC0) {
        unsigned char lead = (unsigned char)buf[i - 1];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (i - 1 + need > n)
            return i - 1; /* (the sequence the window cuts) */
    }
    return n;
}

void kg_extractor_set_limits(struct kg_extractor *x, size_t max_article, size_t max_sentence)
{
    x->max_article = max_article ? max_article : KG_MAX_ARTICLE;
    /* (a window holds at most an article and half a chunk: kept well
     * below what kg_tokenize takes, KG_TOKENIZE_MAX) */
    if (x->max_article > KG_MAX_ARTICLE_MOST)
        x->max_article = KG_MAX_ARTICLE_MOST;
    x->max_sentence = max_sentence ? max_sentence : KG_MAX_SENTENCE;
}

int kg_extract_text(struct kg_extractor *x, const char *doc, const char *text, size_t len, struct kg_buf *out)
{
    x->artno = 0;
    x->said = 0;
    size_t base = 0;
    long line = 1;
    while (base < len || (!len && !base)) {
        size_t n = len - base, end = n;
        int last = 1;
        if (n > KG_CHUNK) {
            end = window_end(text + base, KG_CHUNK);
            last = 0;
        }
        size_t used = extract_window(x, doc, text + base, end, base, last, &line, out);
        if (last || !len)
            break;
        base += used ? used : end;
    }
    return 0;
}

/* Bytes read at a time: the window size, unless the article limit is less. */
static size_t chunk_of(const struct kg_extractor *x)
{
    return KG_CHUNK < x->max_article ? KG_CHUNK : x->max_article;
}

void kg_window_first(const struct kg_extractor *x, struct kg_window *w)
{
    memset(w, 0, sizeof *w);
    w->want = chunk_of(x);
    w->long_at = KG_NO_OFFSET;
}

void kg_window_prepare(struct kg_extractor *x, struct kg_window *w, struct kg_buf *b, kg_fill_fn fill, void *src)
{
    size_t want = w->want;
    w->long_at = KG_NO_OFFSET;
    w->nl_used = 0;
    w->long_line = w->bad_line = w->nul_line = -1;
    w->failed = w->art_warn = w->err = 0;
    w->narts = 0;
    for (;;) {
        int eof = 0;
        if (fill(src, b, w->base, want, &eof, &w->err)) {
            w->failed = 1;
            return;
        }
        size_t end = eof ? b->len : window_end(b->buf, b->len);
        size_t narts, long_at;
        size_t used = segment_window(x, b->buf, end, w->base, eof, &narts, &long_at);
        if (w->long_at == KG_NO_OFFSET)
            w->long_at = long_at;
        if (!eof && used == end && x->narts <= 1 && b->len < x->max_article && !w->warned) {
            /* one article fills the window: read more of it, up to the
             * limit */
            want = b->len * 2 < x->max_article ? b->len * 2 : x->max_article;
            continue;
        }
        w->len = b->len;
        w->used = used;
        w->narts = narts;
        w->eof = eof;
        w->art_warn = !eof && used == end && x->narts <= 1 && b->len >= x->max_article && !w->warned;
        note_lines(x, b->buf, used, w);
        return;
    }
}

/* The window after one of len bytes whose first `used` were consumed. */
static void next_window(const struct kg_extractor *x, const struct kg_window *w, size_t len, size_t used,
                        int warned, struct kg_window *next)
{
    size_t chunk = chunk_of(x), left = len - used;
    memset(next, 0, sizeof *next);
    next->base = w->base + used;
    next->want = chunk > left ? chunk : left + chunk / 2;
    next->warned = warned;
    next->long_at = KG_NO_OFFSET;
}

void kg_window_next(const struct kg_extractor *x, const struct kg_window *w, struct kg_window *next)
{
    next_window(x, w, w->len, w->used, w->warned || w->art_warn, next);
}

int kg_window_same(const struct kg_window *a, const struct kg_window *b)
{
    return a->base == b->base && a->want == b->want && a->warned == b->warned;
}

int kg_window_predict(struct kg_extractor *x, const struct kg_window *w, const struct kg_buf *b,
                      struct kg_window *next)
{
    size_t end = window_end(b->buf, b->len);
    /* segment the last 16 KB, 64 KB, 256 KB of the window (from a line
     * start) until it holds three articles: the start of the last one is
     * then, but for odd text, where segmenting the whole window puts it */
    for (size_t tail = (size_t)16 << 10; tail <= ((size_t)256 << 10); tail *= 4) {
        size_t t = end > tail ? end - tail : 0;
        while (t > 0 && t < end && b->buf[t - 1] != '\n')
            t++;
        if (t >= end)
            continue;
        size_t narts, long_at;
        size_t used = segment_window(x, b->buf + t, end - t, w->base + t, 0, &narts, &long_at);
        if (x->narts < 3 || used >= end - t) {
            if (!t)
                return 0; /* the whole window: no better guess */
            continue;
        }
        next_window(x, w, b->len, t + used, w->warned, next);
        return 1;
    }
    return 0;
}

size_t kg_window_write(struct kg_extractor *x, const struct kg_window *w, const char *doc, size_t artno,
                       struct kg_buf *out, struct kg_buf *splices, const int *stop,
                       struct kg_extract_counts *counts)
{
    return write_articles(x, w->narts, doc, artno, out, splices, stop, counts);
}

void kg_extractor_counts(const struct kg_extractor *x, struct kg_extract_counts *c)
{
    *c = x->counts;
}

/* (the name a warning gives the file) */
static const char *warn_name(const char *doc)
{
    return strcmp(doc, "-") ? doc : "<stdin>";
}

void kg_window_warn(const struct kg_extractor *x, const char *doc, const struct kg_window *w, long line,
                    unsigned *said)
{
    if (w->long_line >= 0 && !(*said & KG_SAID_SENTENCE)) {
        kg_warn_at(warn_name(doc), line + w->long_line,
                   "a sentence longer than %zu bytes starts on this line: read in parts", x->max_sentence);
        *said |= KG_SAID_SENTENCE;
    }
    if (w->bad_line >= 0 && !(*said & KG_SAID_BAD)) {
        kg_warn_at(warn_name(doc), line + w->bad_line,
                   "bytes that are not UTF-8, the file's first on this line: read as white space (quoted as "
                   "U+FFFD)");
        *said |= KG_SAID_BAD;
    }
    if (w->nul_line >= 0 && !(*said & KG_SAID_NUL)) {
        kg_warn_at(warn_name(doc), line + w->nul_line,
                   "a NUL byte, the file's first on this line: read as white space");
        *said |= KG_SAID_NUL;
    }
}

void kg_window_warn_article(const struct kg_extractor *x, const char *doc, long line)
{
    kg_warn_at(warn_name(doc), line, "an article from this line on is longer than %zu bytes: read in parts",
               x->max_article);
}

int kg_cr_lines(const char *buf, size_t n)
{
    if (n > KG_CR_PROBE)
        n = KG_CR_PROBE;
    return memchr(buf, '\r', n) && !memchr(buf, '\n', n);
}

void kg_cr_to_lf(char *buf, size_t n)
{
    for (char *p = buf, *e = buf + n; (p = memchr(p, '\r', (size_t)(e - p))); p++)
        *p = '\n';
}

/* One thread reading a stream: b keeps the bytes the last window left.
 * The file's first KG_CR_PROBE bytes are read ahead into `head`, to see
 * its line ends (kg_cr_lines) before any window does. */
struct stream {
    FILE *fp;
    int eof;
    int cr;          /* -1 not yet read, else kg_cr_lines of the head */
    size_t hlen, hpos;
    char head[KG_CR_PROBE];
};

/* fread from s, served first from its head. */
static size_t read_stream(struct stream *s, char *to, size_t ask)
{
    if (s->cr < 0) {
        s->hlen = fread(s->head, 1, sizeof s->head, s->fp);
        s->cr = kg_cr_lines(s->head, s->hlen);
    }
    size_t got = 0;
    if (s->hpos < s->hlen) {
        got = s->hlen - s->hpos < ask ? s->hlen - s->hpos : ask;
        memcpy(to, s->head + s->hpos, got);
        s->hpos += got;
    }
    /* (a short head is the end, or an error: no read more) */
    if (got < ask && s->hlen == sizeof s->head)
        got += fread(to + got, 1, ask - got, s->fp);
    if (s->cr)
        kg_cr_to_lf(to, got);
    return got;
}

static int fill_stream(void *src, struct kg_buf *b, size_t base, size_t want, int *eof, int *err)
{
    struct stream *s = src;
    (void)base;
    while (!s->eof && b->len < want) {
        size_t ask = want - b->len;
        kg_buf_grow(b, ask);
        size_t got = read_stream(s, b->buf + b->len, ask);
        b->len += got;
        b->buf[b->len] = '\0';
        /* (fread reads until it has all it was asked for, the end or an
         * error: fewer bytes are the end, with no read more to say so) */
        if (got < ask)
            s->eof = 1;
    }
    if (ferror(s->fp)) {
        *err = errno;
        return -1;
    }
    *eof = s->eof;
    return 0;
}

int kg_extract_file(struct kg_extractor *x, const char *path, struct kg_buf *out,
                    int (*flush)(struct kg_buf *out, void *arg), void *arg)
{
    int is_stdin = !strcmp(path, "-");
    struct stream s = {is_stdin ? stdin : fopen(path, "rb"), 0, -1, 0, 0, {0}};
    if (!s.fp)
        return kg_error_at(path, 0, "%s", strerror(errno));
    struct kg_buf b = KG_BUF_INIT;
    struct kg_window w, next;
    int rc = 0;
    unsigned said = 0;
    long line = 1;
    size_t artno = 0;
    kg_window_first(x, &w);
    for (;;) {
        kg_window_prepare(x, &w, &b, fill_stream, &s);
        if (w.failed) {
            rc = kg_error_at(is_stdin ? "<stdin>" : path, 0, "read error: %s", strerror(w.err));
            break;
        }
        kg_window_warn(x, path, &w, line, &said);
        artno += kg_window_write(x, &w, path, artno, out, NULL, NULL, &x->counts);
        if (flush && flush(out, arg))
            break;
        if (w.eof)
            break;
        if (w.art_warn)
            kg_window_warn_article(x, path, line);
        line += w.nl_used;
        kg_window_next(x, &w, &next);
        memmove(b.buf, b.buf + w.used, b.len - w.used);
        kg_buf_setlen(&b, b.len - w.used);
        w = next;
    }
    if (!is_stdin)
        fclose(s.fp);
    kg_buf_release(&b);
    return rc;
}
