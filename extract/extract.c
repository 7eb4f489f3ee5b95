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

int kg_extractor_new(struct kg_extractor **out, const char *dir)
{
    struct kg_extractor *x = xcalloc(1, sizeof(*x));
    char *d = kg_lexicon_dir(dir);
    int rc = kg_lexicon_load(&x->lx, d);
    free(d);
    if (rc) {
        kg_lexicon_release(&x->lx);
        free(x);
        *out = NULL;
        return -1;
    }
    x->lex_dent = xcalloc(x->lx.nents, sizeof(int));
    kg_extractor_set_limits(x, 0, 0);
    kg_buf_init(&x->tmp);
    *out = x;
    return 0;
}

long kg_extractor_bad_rows(const struct kg_extractor *x)
{
    return x->lx.bad_rows;
}

static void clear_dents(struct kg_extractor *x)
{
    for (size_t i = 0; i < x->ndents; i++) {
        free(x->dents[i].label);
        free(x->dents[i].id);
        kg_buf_release(&x->dents[i].aliases);
    }
    x->ndents = 0;
    for (size_t i = 0; i < x->lx.nents; i++)
        x->lex_dent[i] = -1;
}

void kg_extractor_free(struct kg_extractor *x)
{
    if (!x)
        return;
    clear_dents(x);
    free(x->dents);
    for (size_t i = 0; i < x->ndal; i++)
        free(x->dal[i].key);
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
    kg_lexicon_release(&x->lx);
    kg_buf_release(&x->tmp);
    free(x);
}

/* Append a string literal. */
#define ADDL(out, lit) kg_buf_add((out), (lit), sizeof(lit) - 1)

static void add_u64(struct kg_buf *out, unsigned long long v)
{
    char t[24];
    kg_buf_add(out, t, (size_t)(kg_fmt_u64(t, v) - t));
}

static void add_long(struct kg_buf *out, long v)
{
    if (v < 0) {
        kg_buf_addc(out, '-');
        add_u64(out, 0ULL - (unsigned long long)v);
    } else {
        add_u64(out, (unsigned long long)v);
    }
}

/* A fixed name (type, relation, modality) as a JSON string: they need no
 * escaping, as before. */
static void add_quoted(struct kg_buf *out, const char *s)
{
    kg_buf_addc(out, '"');
    kg_buf_adds(out, s);
    kg_buf_addc(out, '"');
}

static void add_id(struct kg_buf *out, const char *s)
{
    kg_buf_add_json_str(out, s, strlen(s));
}

/* Append n bytes that `out` already holds at `off`. */
static void add_again(struct kg_buf *out, size_t off, size_t n)
{
    kg_buf_grow(out, n);
    memcpy(out->buf + out->len, out->buf + off, n);
    out->len += n;
    out->buf[out->len] = '\0';
}

static void write_article(struct kg_extractor *x, const char *doc, size_t artno, const struct kg_article *a,
                          struct kg_buf *out)
{
    /* the doc field's value, escaped once for all the article's records:
     * "#N" needs no escaping */
    struct kg_buf jname = KG_BUF_INIT;
    kg_buf_add_json_str(&jname, doc, strlen(doc));
    if (artno > 0) {
        jname.buf[--jname.len] = '\0';
        kg_buf_addc(&jname, '#');
        add_u64(&jname, artno + 1);
        kg_buf_addc(&jname, '"');
    }
    /* entities in order of first mention; where each one's escaped id went
     * in `out` (ido[2 * de], +1, 0 for none yet) and its length, which the
     * relations copy */
    size_t ido_small[2 * 128];
    size_t nido = 2 * (x->ndents ? x->ndents : 1);
    size_t *ido = nido <= sizeof ido_small / sizeof *ido_small ? ido_small : xmalloc(nido * sizeof *ido);
    memset(ido, 0, nido * sizeof *ido);
    for (size_t m = 0; m < x->nments; m++) {
        int de = x->ments[m].de;
        const struct kg_dent *d = &x->dents[de];
        if (ido[2 * de] || d->mentions == 0)
            continue;
        ADDL(out, "{\"kind\":\"entity\",\"doc\":");
        kg_buf_add(out, jname.buf, jname.len);
        ADDL(out, ",\"id\":");
        size_t at = out->len;
        add_id(out, d->id);
        ido[2 * de] = at + 1;
        ido[2 * de + 1] = out->len - at;
        ADDL(out, ",\"label\":");
        add_id(out, d->label);
        ADDL(out, ",\"type\":");
        add_quoted(out, kg_etype_names[d->type]);
        ADDL(out, ",\"mentions\":");
        add_long(out, d->mentions);
        if (d->naliases) {
            ADDL(out, ",\"aliases\":[");
            size_t k = 0;
            for (size_t off = 0; off < d->aliases.len; k++) {
                size_t n = strlen(d->aliases.buf + off);
                if (k)
                    kg_buf_addc(out, ',');
                kg_buf_add_json_str(out, d->aliases.buf + off, n);
                off += n + 1;
            }
            kg_buf_addc(out, ']');
        }
        if (d->lex < 0)
            ADDL(out, ",\"new\":true");
        ADDL(out, "}\n");
    }
    /* the evidence of consecutive relations is mostly the same sentence:
     * x->tmp keeps the last one, cleaned and escaped */
    size_t ev_sent = (size_t)-1;
    for (size_t r = 0; r < x->nrels; r++) {
        const struct kg_relinst *rel = &x->rels[r];
        /* both ends need an entity record: pronoun-only entities are named
         * elsewhere in the article, otherwise the relation is dropped */
        if (!ido[2 * rel->src] || !ido[2 * rel->dst])
            continue;
        const struct kg_sent *s = &x->sents[rel->sent];
        size_t b0 = x->tok.v[s->t0].start, b1 = x->tok.v[s->t1 - 1].end;
        ADDL(out, "{\"kind\":\"relation\",\"doc\":");
        kg_buf_add(out, jname.buf, jname.len);
        ADDL(out, ",\"source\":");
        add_again(out, ido[2 * rel->src] - 1, ido[2 * rel->src + 1]);
        ADDL(out, ",\"relation\":");
        add_quoted(out, kg_relations[rel->relation].name);
        ADDL(out, ",\"target\":");
        add_again(out, ido[2 * rel->dst] - 1, ido[2 * rel->dst + 1]);
        ADDL(out, ",\"modality\":");
        add_quoted(out, kg_modality_names[rel->modality]);
        ADDL(out, ",\"sentence\":");
        /* the evidence quotes the original text, made valid UTF-8, on one line */
        if (rel->sent != ev_sent) {
            kg_buf_reset(&x->tmp);
            kg_buf_add_json_line(&x->tmp, x->text + b0, b1 - b0);
            ev_sent = rel->sent;
        }
        kg_buf_add(out, x->tmp.buf, x->tmp.len);
        ADDL(out, ",\"start\":");
        add_u64(out, x->base + b0);
        ADDL(out, ",\"end\":");
        add_u64(out, x->base + b1);
        if (a->date[0]) {
            ADDL(out, ",\"date\":");
            add_quoted(out, a->date);
        }
        ADDL(out, "}\n");
    }
    if (ido != ido_small)
        free(ido);
    kg_buf_release(&jname);
}

/* Bytes read at a time from a file, and the most one article may take
 * before it is cut (memory is bounded by these, not by the file). */
#define KG_CHUNK ((size_t)1 << 20)
#define KG_MAX_ARTICLE ((size_t)16 << 20)
#define KG_MAX_SENTENCE ((size_t)64 << 10)

/* Extract the articles of text[0, len) (bytes base.. of the file).  When
 * `last` is 0 the final article may continue past len: it is left for the
 * next window unless it is the only one.  Returns the bytes consumed. */
static size_t extract_window(struct kg_extractor *x, const char *doc, const char *text, size_t len, size_t base,
                             int last, struct kg_buf *out)
{
    x->text = text;
    x->len = len;
    x->base = base;
    kg_tokenize(&x->tok, text, len);
    kg_index_phrases(x);
    kg_segment(x);
    /* a run-on "sentence" is read in windows of words (relation.c); say so
     * once per file */
    for (size_t i = 0; i < x->nsents && !x->warned_sentence; i++) {
        const struct kg_sent *st = &x->sents[i];
        if (st->t1 > st->t0 && x->tok.v[st->t1 - 1].end - x->tok.v[st->t0].start > x->max_sentence) {
            kg_warn_at(doc, 0, "a sentence at byte %zu is longer than %zu bytes: read in parts",
                       base + x->tok.v[st->t0].start, x->max_sentence);
            x->warned_sentence = 1;
        }
    }
    size_t narts = x->narts, consumed = len;
    if (!last && narts >= 2) {
        narts--;
        const struct kg_article *next = &x->arts[narts];
        consumed = x->tok.v[x->sents[next->s0].t0].start;
        /* the line the next article starts on */
        while (consumed > 0 && text[consumed - 1] != '\n')
            consumed--;
        if (!consumed)
            consumed = len, narts++;
    }
    for (size_t a = 0; a < narts; a++) {
        const struct kg_article *art = &x->arts[a];
        clear_dents(x);
        x->date = art->date;
        kg_find_mentions(x, art);
        kg_find_relations(x, art);
        write_article(x, doc, x->artno++, art, out);
        /* only this article's mentions marked tokens: unmark them */
        for (size_t m = 0; m < x->nments; m++)
            for (size_t t = x->ments[m].t0; t < x->ments[m].t1; t++)
                x->tok_ment[t] = -1;
    }
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
    return n;
}

void kg_extractor_set_limits(struct kg_extractor *x, size_t max_article, size_t max_sentence)
{
    x->max_article = max_article ? max_article : KG_MAX_ARTICLE;
    x->max_sentence = max_sentence ? max_sentence : KG_MAX_SENTENCE;
}

int kg_extract_text(struct kg_extractor *x, const char *doc, const char *text, size_t len, struct kg_buf *out)
{
    x->artno = 0;
    x->warned_sentence = 0;
    size_t base = 0;
    while (base < len || (!len && !base)) {
        size_t n = len - base, end = n;
        int last = 1;
        if (n > KG_CHUNK) {
            end = window_end(text + base, KG_CHUNK);
            last = 0;
        }
        size_t used = extract_window(x, doc, text + base, end, base, last, out);
        if (last || !len)
            break;
        base += used ? used : end;
    }
    return 0;
}

int kg_extract_file(struct kg_extractor *x, const char *path, struct kg_buf *out,
                    int (*flush)(struct kg_buf *out, void *arg), void *arg)
{
    int is_stdin = !strcmp(path, "-");
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    if (!fp)
        return kg_error_at(path, 0, "%s", strerror(errno));
    struct kg_buf b = KG_BUF_INIT;
    size_t chunk = KG_CHUNK < x->max_article ? KG_CHUNK : x->max_article;
    size_t base = 0, want = chunk;
    int eof = 0, rc = 0, warned = 0;
    x->artno = 0;
    x->warned_sentence = 0;
    for (;;) {
        while (!eof && b.len < want) {
            kg_buf_grow(&b, want - b.len);
            size_t got = fread(b.buf + b.len, 1, want - b.len, fp);
            b.len += got;
            b.buf[b.len] = '\0';
            if (got == 0)
                eof = 1;
        }
        if (ferror(fp)) {
            rc = kg_error_at(is_stdin ? "<stdin>" : path, 0, "read error: %s", strerror(errno));
            break;
        }
        size_t end = eof ? b.len : window_end(b.buf, b.len);
        size_t out0 = out->len, artno0 = x->artno;
        size_t used = extract_window(x, path, b.buf, end, base, eof, out);
        if (!eof && used == end && x->narts <= 1 && b.len < x->max_article && !warned) {
            /* one article fills the window: take it back and read more of
             * it, up to the limit */
            out->len = out0;
            x->artno = artno0;
            want = b.len * 2 < x->max_article ? b.len * 2 : x->max_article;
            continue;
        }
        if (flush && flush(out, arg))
            break;
        if (eof)
            break;
        if (used == end && x->narts <= 1 && b.len >= x->max_article && !warned) {
            kg_warn_at(path, 0, "an article at byte %zu is longer than %zu bytes: read in parts", base,
                       x->max_article);
            warned = 1;
        }
        memmove(b.buf, b.buf + used, b.len - used);
        b.len -= used;
        base += used;
        want = chunk > b.len ? chunk : b.len + chunk / 2;
    }
    if (!is_stdin)
        fclose(fp);
    kg_buf_release(&b);
    return rc;
}
