/* (madvise and MADV_HUGEPAGE, which _POSIX_C_SOURCE alone leaves out) */
#define _DEFAULT_SOURCE
#include "lexicon.h"

#include <csv.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <unistd.h>

#include "../diag.h"
#include "../inputs.h"
#include "../kgbuf.h"
#include "../schema.h"
#include "../xalloc.h"
#include "token.h"

/* ---- phrase table ---- */

/* A folded key's hash: its tokens' hashes combined (token.h), so the
 * extractor can look phrases up from the hashes the tokenizer made; one
 * token's is kg_word_hash. */
static unsigned long long key_hash(const char *s, size_t n)
{
    unsigned long long state = 0;
    int ntok = 0;
    for (size_t i = 0, j; i <= n; i = j + 1) {
        for (j = i; j < n && s[j] != ' '; j++)
            ;
        unsigned h = kg_key_hash(s + i, j - i);
        state = ntok++ ? kg_phrase_step(state, h) : h;
    }
    return ntok == 1 ? kg_word_hash((unsigned)state) : kg_phrase_hash(state);
}

const struct kg_phrase *kg_lexicon_get(const struct kg_lexicon *lx, const char *key, size_t len)
{
    return lx->tabsize ? kg_lexicon_find(lx, key, len, key_hash(key, len)) : NULL;
}

/* A NUL-terminated copy of key[0, len) that lives as long as the lexicon,
 * carved from its key blocks (phrase keys, entity labels and ids). */
static char *copy_key(struct kg_lexicon *lx, const char *key, size_t len)
{
    enum { BLOCK = 65536 };
    if (len + 1 > lx->keyfree_len) {
        size_t size = len + 1 > BLOCK ? len + 1 : BLOCK;
        KG_GROW(lx->keyblocks, lx->nkeyblocks + 1, lx->keyblocks_alloc);
        lx->keyblocks[lx->nkeyblocks++] = lx->keyfree = xmalloc(size);
        lx->keyfree_len = size;
    }
    char *s = lx->keyfree;
    lx->keyfree += len + 1;
    lx->keyfree_len -= len + 1;
    memcpy(s, key, len);
    s[len] = '\0';
    return s;
}

/* Set the tag of slot k of a table of n slots: the first KG_TAG_GROUP - 1
 * tags are kept again after the last, for kg_tag_stops's read past the
 * end (lexicon.h). */
static void put_tag(unsigned *tags, size_t n, size_t k, unsigned tag)
{
    tags[k] = tag;
    if (k < KG_TAG_GROUP - 1)
        tags[n + k] = tag;
}

/* The size of a huge page (x86-64, arm64 with 4 KB pages). */
#define KG_HUGE_PAGE ((size_t)2 << 20)

/* Move the phrase table to one of n slots (n a power of two, more than
 * the phrases).  (Each phrase keeps the low half of its hash and the tags
 * the high half: nothing is hashed again.  Putting the words of one token
 * in first, nearer their homes, did not pay: kg_index_phrases looks at
 * four tags from a word's home at once.) */
static void rehash(struct kg_lexicon *lx, size_t n)
{
    size_t mask = n - 1;
    char *mem = NULL;
    struct kg_phrase *tab;
#ifdef MADV_HUGEPAGE
    /* (a table of 2 MB or more in huge pages, where the system gives
     * them on request: its 512 pages of 4 KB were 500 page faults at the
     * start of each run, 5-7 ms of it here; the probes of the tokens, at
     * random in it, measured no faster for the one TLB entry.  Cleared
     * in full, as posix_memalign's memory may be used: where the system
     * gives no huge page, that faults in every 4 KB page, as the shipped
     * lexicon's phrases do anyway, a small lexicon's too) */
    size_t size = n * sizeof(struct kg_phrase);
    if (size >= KG_HUGE_PAGE && !posix_memalign((void **)&mem, KG_HUGE_PAGE, size)) {
        madvise(mem, size, MADV_HUGEPAGE);
        memset(mem, 0, size);
        tab = (struct kg_phrase *)(void *)mem;
    } else
#endif
    {
        /* (the slots aligned to 64, a slot to a cache line, in a block of
         * one slot more: calloc's memory, which a large block gets from
         * the system already 0, is aligned to 16 only) */
        mem = xcalloc(n + 1, sizeof(struct kg_phrase));
        tab = (struct kg_phrase *)(mem + (-(uintptr_t)mem & 63));
    }
    unsigned *tags = xcalloc(n + KG_TAG_GROUP - 1, sizeof(*tags));
    for (size_t i = 0; i < lx->tabsize; i++)
        if (lx->tags[i]) {
            size_t k = lx->tab[i].hash_lo & mask;
            while (tags[k])
                k = (k + 1) & mask;
            tab[k] = lx->tab[i];
            put_tag(tags, n, k, lx->tags[i]);
        }
    free(lx->tabmem);
    free(lx->tags);
    lx->tabmem = mem;
    lx->tab = tab;
    lx->tags = tags;
    lx->tabsize = n;
}

/* The slots of the phrase table when the first phrase comes: 2 MB, what
 * the shipped lexicon's 12.6K phrases take at the load of 0.5 the table
 * grows at.  (A table grown to that from 1024 slots was moved five times,
 * each time to fresh memory, every page of which the system faults in
 * on its first write: 500 page faults more, 8 ms of each run's start
 * on this machine.  A small lexicon's table writes few of the pages.) */
#define KG_TAB_START 32768

/* Intern key[0, len) of ntok tokens, h its key_hash. */
static struct kg_phrase *intern(struct kg_lexicon *lx, const char *key, size_t len, unsigned long long h, int ntok)
{
    if ((lx->tabused + 1) * 2 > lx->tabsize)
        rehash(lx, lx->tabsize ? lx->tabsize * 2 : KG_TAB_START);
    size_t k = kg_lexicon_slot(lx, key, len, h);
    struct kg_phrase *p = &lx->tab[k];
    if (!lx->tags[k]) {
        put_tag(lx->tags, lx->tabsize, k, (unsigned)(h >> 32) | 1u);
        p->key = copy_key(lx, key, len);
        p->klen = (unsigned)len;
        p->head = kg_key_head(key, len);
        p->hash_lo = (unsigned)h;
        p->ntok = ntok;
        p->ent = p->demonym = p->cue = -1;
        lx->tabused++;
        if (ntok > lx->maxtok)
            lx->maxtok = ntok;
    }
    return p;
}

/* A word of hash b follows one of hash a in some phrase
 * (kg_lexicon_may_pair). */
static void mark_pair(struct kg_lexicon *lx, unsigned a, unsigned b)
{
    unsigned k = kg_pair_bit(a, b);
    lx->pairs[k / 64] |= 1ull << (k % 64);
}

/* Add a phrase, folded in tmp (ntok > 0 tokens, kg_fold_phrase), and mark
 * its proper prefixes so longest match can extend. */
static struct kg_phrase *add_folded(struct kg_lexicon *lx, const struct kg_buf *tmp, int ntok)
{
    const char *key = tmp->buf;
    /* the prefixes, then the phrase, their hashes made word by word as
     * key_hash makes them (each word hashed once) */
    unsigned long long state = 0;
    unsigned prev = 0;
    int k = 0;
    const char *parent = NULL;
    for (size_t i = 0, j;; i = j + 1) {
        for (j = i; j < tmp->len && key[j] != ' '; j++)
            ;
        unsigned wh = kg_key_hash(key + i, j - i);
        if (k)
            mark_pair(lx, prev, wh); /* (the last word too) */
        state = k ? kg_phrase_step(state, wh) : wh;
        k++;
        if (j == tmp->len)
            break;
        struct kg_phrase *q = intern(lx, key, j, k == 1 ? kg_word_hash(wh) : kg_phrase_hash(state), k);
        q->prefix = 1;
        q->parent = parent;
        parent = q->key;
        prev = wh;
    }
    struct kg_phrase *p =
        intern(lx, key, tmp->len, k == 1 ? kg_word_hash((unsigned)state) : kg_phrase_hash(state), ntok);
    p->parent = parent;
    return p;
}

/* Add a phrase (add_folded), NULL when it folds to no token. */
static struct kg_phrase *add_phrase(struct kg_lexicon *lx, const char *surface, struct kg_buf *tmp)
{
    int ntok = (int)kg_fold_phrase(surface, tmp);
    return ntok ? add_folded(lx, tmp, ntok) : NULL;
}

/* ---- CSV reading ---- */

struct row {
    char **f;       /* fields */
    size_t n, alloc;
    struct kg_buf fold; /* for the row's handler to fold its phrases in:
                           one buffer for all rows, not a malloc each */
};

struct reader {
    struct row row;
    /* the current row's fields, each NUL-terminated, one after the other
     * in text (no malloc per field): field i starts at off[i], and row.f
     * points at them once the row is complete (text may move until then) */
    struct kg_buf text;
    size_t *off, off_alloc;
    long cur;        /* physical line being fed to the parser */
    long nl;         /* newlines inside the current row's fields */
    void (*fn)(struct kg_lexicon *, const char *file, long line, struct row *);
    struct kg_lexicon *lx;
    const char *file;
    const char *header; /* the file's header row, as the rows are read */
};

/* The header row of each lexicon file: the order in which its columns
 * are read, whatever its first row says. */
static const char *header_of(const char *name)
{
    static const char *const h[][2] = {{"entities.csv", "label,type,aliases,demonyms,country,capital"},
                                       {"roles.csv", "person,title,of,from,to"},
                                       {"cues.csv", "relation,cue,frame"},
                                       {"words.csv", "class,word"},
                                       {"offices.csv", "title,same_as"}};
    for (size_t i = 0; i < sizeof h / sizeof *h; i++)
        if (!strcmp(name, h[i][0]))
            return h[i][1];
    return "";
}

/* Does field f name column k (from 0) of the header h, case aside? */
static int names_column(const char *f, const char *h, size_t k)
{
    for (; k && h; k--)
        if ((h = strchr(h, ',')))
            h++;
    if (!h)
        return 0;
    size_t n = strcspn(h, ",");
    return strlen(f) == n && !strncasecmp(f, h, n);
}

/* Does field f name some column of the header h? */
static int names_some_column(const char *f, const char *h)
{
    while (*h) {
        if (names_column(f, h, 0))
            return 1;
        h += strcspn(h, ",");
        h += *h == ',';
    }
    return 0;
}

/* The first row of a file, which should be its header: a header whose
 * columns are in another order (every field of it a column's name), or a
 * first row that is no header (read as a row then), is warned of. */
static int first_row(struct reader *r, long line)
{
    const struct row *w = &r->row;
    int header = 1;
    for (size_t k = 0; k < w->n && header; k++)
        header = !w->f[k][0] || names_some_column(w->f[k], r->header);
    if (!header || !w->f[0][0]) {
        kg_warn_at(r->file, line, "the first row is no header (%s): read as a row", r->header);
        r->lx->warnings++;
        return 0;
    }
    for (size_t k = 0; k < w->n; k++)
        if (w->f[k][0] && !names_column(w->f[k], r->header, k)) {
            kg_warn_at(r->file, line, "the header names column %zu '%s': the columns are read as %s", k + 1,
                       w->f[k], r->header);
            r->lx->warnings++;
            break;
        }
    return 1;
}

static void on_field(void *data, size_t len, void *ctx)
{
    struct reader *r = ctx;
    KG_GROW(r->off, r->row.n + 1, r->off_alloc);
    r->off[r->row.n++] = r->text.len;
    if (!data) {
        data = "";
        len = 0;
    }
    kg_buf_add(&r->text, data, len);
    kg_buf_addc(&r->text, '\0');
    for (const char *s = data, *end = s + len; (s = memchr(s, '\n', (size_t)(end - s))) != NULL; s++)
        r->nl++;
}

/* Forget the current row's fields. */
static void drop_row(struct reader *r)
{
    kg_buf_reset(&r->text);
    r->row.n = 0;
    r->nl = 0;
}

static void on_row(int c, void *ctx)
{
    (void)c;
    struct reader *r = ctx;
    long line = r->cur - r->nl;
    KG_GROW(r->row.f, r->row.n, r->row.alloc);
    for (size_t i = 0; i < r->row.n; i++)
        r->row.f[i] = r->text.buf + r->off[i];
    /* trim surrounding spaces of every field */
    for (size_t i = 0; i < r->row.n; i++) {
        char *s = r->row.f[i];
        size_t a = 0, b = strlen(s);
        while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r'))
            b--;
        memmove(s, s + a, b - a);
        s[b - a] = '\0';
    }
    /* (a byte order mark before the first row, as Windows tools write) */
    if (line == 1 && r->row.n && !strncmp(r->row.f[0], "\xEF\xBB\xBF", 3))
        memmove(r->row.f[0], r->row.f[0] + 3, strlen(r->row.f[0] + 3) + 1);
    int blank = r->row.n == 0 || (r->row.n == 1 && !r->row.f[0][0]);
    /* line 1 is the header row; '#' rows are comments; a row of one field
     * with semicolons is a file saved with another separator */
    if (blank || r->row.f[0][0] == '#') {
        /* (nothing to read) */
    } else if (r->row.n == 1 && strchr(r->row.f[0], ';') && strchr(r->header, ',')) {
        kg_error_at(r->file, line, "fields are separated by commas, not semicolons: '%s'", r->row.f[0]);
        r->lx->bad_rows++;
    } else if (line == 1 && first_row(r, line)) {
        /* (the header) */
    } else {
        r->fn(r->lx, r->file, line, &r->row);
    }
    drop_row(r);
}

/* A row of one line, line[0, n) without its newline, read without libcsv
 * when it has no quote and no CR (nearly every row): the fields are the
 * bytes between commas, as csv_parse gives them but for the spaces and
 * tabs around them, which csv_parse drops and on_row trims anyway.  (A
 * line of only spaces and tabs is no row to csv_parse: here it is a row of
 * one empty field, which on_row skips as blank too.)  0 when the line is
 * not plain: csv_parse reads it. */
static int plain_row(struct reader *r, const char *line, size_t n)
{
    if (memchr(line, '"', n) || memchr(line, '\r', n))
        return 0;
    for (const char *s = line, *end = line + n;;) {
        const char *c = memchr(s, ',', (size_t)(end - s));
        on_field((void *)s, c ? (size_t)(c - s) : (size_t)(end - s), r);
        if (!c)
            break;
        s = c + 1;
    }
    on_row('\n', r);
    return 1;
}

/* What is wrong with the n bytes of a line of a lexicon file: a NUL byte,
 * which would cut its field short, or bytes that are not UTF-8, which no
 * text would match; NULL when nothing is. */
static const char *bad_bytes(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] >= 0x80) {
            size_t l = kg_utf8_len(u + i, n - i);
            if (!l)
                return "bytes that are not UTF-8";
            i += l;
        } else if (!u[i++]) {
            return "a NUL byte";
        }
    }
    return NULL;
}

static int read_csv(struct kg_lexicon *lx, const char *dir, const char *name, int required,
                    void (*fn)(struct kg_lexicon *, const char *, long, struct row *))
{
    struct kg_buf path = KG_BUF_INIT;
    kg_buf_addf(&path, "%s/%s", dir, name);
    FILE *fp = fopen(path.buf, "rb");
    if (!fp) {
        int rc = 0;
        /* (an optional file that is there but cannot be read is an error
         * of the lexicon, as a bad row is: not one to go on without) */
        if (required || errno != ENOENT) {
            rc = kg_error_at(path.buf, 0, "%s", strerror(errno));
            lx->bad_rows++;
        }
        kg_buf_release(&path);
        return rc;
    }
    fclose(fp);
    char *data;
    size_t len;
    if (kg_read_file(path.buf, &data, &len)) {
        lx->bad_rows++;
        kg_buf_release(&path);
        return -1;
    }
    struct csv_parser p;
    struct reader r = {{NULL, 0, 0, KG_BUF_INIT}, KG_BUF_INIT, NULL, 0, 0, 0, fn, lx, path.buf, header_of(name)};
    int rc = 0;
    csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    /* process line by line so that one malformed row costs only itself */
    size_t pos = 0;
    long lineno = 0, row_line = 0; /* (the line the row being read began on) */
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - data) : len;
        lineno++;
        r.cur = lineno;
        size_t n = e - pos + (e < len);
        /* a '#' line between rows is a comment, whatever it quotes */
        if (p.pstate == 0 && r.row.n == 0 && data[pos] == '#') {
            pos += n;
            continue;
        }
        const char *why = bad_bytes(data + pos, e - pos);
        if (why) {
            kg_error_at(path.buf, lineno, "%s: row skipped", why);
            lx->bad_rows++;
            pos += n;
            continue;
        }
        if (p.pstate == 0 && r.row.n == 0)
            row_line = lineno;
        if (p.pstate == 0 && r.row.n == 0 && plain_row(&r, data + pos, e - pos)) {
            pos += n;
            continue;
        }
        if (csv_parse(&p, data + pos, n, on_field, on_row, &r) != n) {
            kg_error_at(path.buf, lineno, "malformed CSV row: %s", csv_strerror(csv_error(&p)));
            lx->bad_rows++;
            csv_free(&p);
            csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
            drop_row(&r);
        }
        pos += n;
    }
    if (csv_fini(&p, on_field, on_row, &r) != 0) {
        /* (a quote never closed: RFC 4180 lets a quoted field hold line
         * breaks, so it took in every line after it; said where its row
         * began) */
        kg_error_at(path.buf, row_line, "malformed CSV at end of file: %s (a quoted field opened in this row is "
                    "not closed, and the lines after it were read into it)", csv_strerror(csv_error(&p)));
        lx->bad_rows++;
    }
    csv_free(&p);
    free(r.row.f);
    kg_buf_release(&r.row.fold);
    kg_buf_release(&r.text);
    free(r.off);
    free(data);
    kg_buf_release(&path);
    return rc;
}

static void bad(struct kg_lexicon *lx, const char *file, long line, const char *what, const char *arg)
{
    kg_error_at(file, line, "%s '%s'", what, arg);
    lx->bad_rows++;
}

/* Split a |-separated list in place; calls fn for each non-empty item. */
#define EACH_ITEM(list, var, body)                                                                 \
    do {                                                                                           \
        char *kg_s_ = (list);                                                                      \
        while (kg_s_ && *kg_s_) {                                                                  \
            char *kg_e_ = strchr(kg_s_, '|');                                                      \
            if (kg_e_)                                                                             \
                *kg_e_ = '\0';                                                                     \
            char *var = kg_s_;                                                                     \
            while (*var == ' ')                                                                    \
                var++;                                                                             \
            size_t kg_l_ = strlen(var);                                                            \
            while (kg_l_ && var[kg_l_ - 1] == ' ')                                                 \
                var[--kg_l_] = '\0';                                                               \
            if (*var) {                                                                            \
                body                                                                               \
            }                                                                                      \
            kg_s_ = kg_e_ ? kg_e_ + 1 : NULL;                                                      \
        }                                                                                          \
    } while (0)

static int is_acronym(const char *s)
{
    int letters = 0;
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            return 0;
        if (*s >= 'A' && *s <= 'Z')
            letters++;
    }
    return letters >= 2;
}

/* Make p, the phrase of alias (add_phrase, NULL when it folds to no
 * token), an alias of entity ent. */
static void add_alias(struct kg_lexicon *lx, const char *file, long line, int ent, const char *alias,
                      struct kg_phrase *p)
{
    if (p) {
        if (p->ent >= 0 && p->ent != ent) {
            kg_warn_at(file, line, "alias '%s' of '%s' already names '%s'; kept for the first", alias,
                       lx->ents[ent].label, lx->ents[p->ent].label);
            lx->warnings++;
        } else if (p->ent < 0) {
            p->ent = ent;
            p->caps = is_acronym(alias);
            p->line = (int)line;
        } else if (lx->check && p->line == line) {
            kg_warn_at(file, line, "alias '%s' of '%s' is given twice", alias, lx->ents[ent].label);
            lx->warnings++;
        }
    }
}

/* ---- entities by id (ids are unique; a label's id is its slug) ---- */

/* The hash of an id in byid (an id is no phrase: its bytes hashed as one
 * word, with no looking for spaces). */
static unsigned id_hash(const char *id)
{
    return kg_key_hash(id, strlen(id));
}

static int find_id(const struct kg_lexicon *lx, const char *id)
{
    if (!lx->byid_size)
        return -1;
    size_t mask = lx->byid_size - 1;
    for (size_t i = (size_t)id_hash(id) & mask; lx->byid[i]; i = (i + 1) & mask)
        if (!strcmp(lx->ents[lx->byid[i] - 1].id, id))
            return lx->byid[i] - 1;
    return -1;
}

static void put_id(int *tab, size_t size, const struct kg_lexent *ents, int ent)
{
    size_t i = (size_t)id_hash(ents[ent].id) & (size - 1);
    while (tab[i])
        i = (i + 1) & (size - 1);
    tab[i] = ent + 1;
}

static void index_id(struct kg_lexicon *lx, int ent)
{
    if (lx->nents * 2 > lx->byid_size) {
        size_t n = lx->byid_size ? lx->byid_size * 2 : 256;
        free(lx->byid);
        lx->byid = xcalloc(n, sizeof(*lx->byid));
        lx->byid_size = n;
        for (int e = 0; e < ent; e++)
            put_id(lx->byid, n, lx->ents, e);
    }
    put_id(lx->byid, lx->byid_size, lx->ents, ent);
}

int kg_lexicon_find_label(const struct kg_lexicon *lx, const char *label)
{
    char id[256];
    kg_slug(label, id, sizeof id);
    int e = find_id(lx, id);
    return e >= 0 && !strcmp(lx->ents[e].label, label) ? e : -1;
}

/* entities.csv: label,type,aliases,demonyms,country,capital (1, yes, or
 * state for a state body).  The country
 * column may name an entity further down, so it is resolved afterwards. */
struct pending_country {
    int ent;
    char *country;
    long line;
};
static struct pending_country *pend;
static size_t npend, pend_alloc;

/* A row with more columns than its file has, unless the extra ones are
 * empty: reported and skipped. */
static int too_many(struct kg_lexicon *lx, const char *file, long line, const struct row *r, size_t max)
{
    for (size_t i = max; i < r->n; i++)
        if (r->f[i][0]) {
            char what[96];
            snprintf(what, sizeof what, "row has %zu columns, at most %zu expected; extra column", r->n, max);
            bad(lx, file, line, what, r->f[i]);
            return 1;
        }
    return 0;
}

static void entity_row(struct kg_lexicon *lx, const char *file, long line, struct row *r)
{
    if (too_many(lx, file, line, r, 6))
        return;
    if (r->n < 2 || !r->f[0][0]) {
        bad(lx, file, line, "entity row needs label and type, got", r->n ? r->f[0] : "");
        return;
    }
    int type = kg_etype_from_name(r->f[1]);
    if (type < 0) {
        bad(lx, file, line, "unknown entity type", r->f[1]);
        return;
    }
    /* (the label folded once: for this test, and as its own alias below) */
    int ntok = (int)kg_fold_phrase(r->f[0], &r->fold);
    const struct kg_phrase *old = kg_lexicon_get(lx, r->fold.buf, r->fold.len);
    if (old && old->ent >= 0 && !strcmp(lx->ents[old->ent].label, r->f[0])) {
        bad(lx, file, line, "duplicate entity", r->f[0]);
        return;
    }
    const char *flag = r->n > 5 ? r->f[5] : "";
    int capital = !strcmp(flag, "1") || !strcmp(flag, "yes"), state = !strcmp(flag, "state");
    if (flag[0] && !capital && !state) {
        bad(lx, file, line, "last column must be 1 or yes (a capital) or state (a state body), got", flag);
        return;
    }
    char id[256];
    kg_slug(r->f[0], id, sizeof id);
    int same = find_id(lx, id);
    if (same >= 0) {
        char what[600];
        snprintf(what, sizeof what, "entity's id '%.250s' is already the id of '%.250s'; label", id,
                 lx->ents[same].label);
        bad(lx, file, line, what, r->f[0]);
        return;
    }
    KG_GROW(lx->ents, lx->nents + 1, lx->ents_alloc);
    int ent = (int)lx->nents++;
    struct kg_lexent *e = &lx->ents[ent];
    e->label = copy_key(lx, r->f[0], strlen(r->f[0]));
    e->id = copy_key(lx, id, strlen(id));
    e->type = type;
    e->country = -1;
    e->role = -1;
    e->capital = capital;
    e->state = state;
    e->line = line;
    index_id(lx, ent);
    add_alias(lx, file, line, ent, e->label, ntok ? add_folded(lx, &r->fold, ntok) : NULL);
    if (r->n > 2)
        EACH_ITEM(r->f[2], a, add_alias(lx, file, line, ent, a, add_phrase(lx, a, &r->fold)););
    if (r->n > 3)
        EACH_ITEM(r->f[3], d, {
            struct kg_phrase *p = add_phrase(lx, d, &r->fold);
            if (p && p->demonym < 0) {
                p->demonym = ent;
            } else if (p && p->demonym != ent && lx->check) {
                kg_warn_at(file, line, "demonym '%s' of '%s' already belongs to '%s'; kept for the first", d,
                           lx->ents[ent].label, lx->ents[p->demonym].label);
                lx->warnings++;
            }
        });
    if (r->n > 4 && r->f[4][0]) {
        KG_GROW(pend, npend + 1, pend_alloc);
        pend[npend].ent = ent;
        pend[npend].country = xstrdup(r->f[4]);
        pend[npend].line = line;
        npend++;
    }
}

static void role_row(struct kg_lexicon *lx, const char *file, long line, struct row *r)
{
    if (too_many(lx, file, line, r, 5))
        return;
    if (r->n < 3) {
        bad(lx, file, line, "role row needs person,title,of, got", r->n ? r->f[0] : "");
        return;
    }
    int person = kg_lexicon_find_label(lx, r->f[0]);
    int of = kg_lexicon_find_label(lx, r->f[2]);
    if (person < 0 || lx->ents[person].type != KG_PERSON) {
        bad(lx, file, line, "role of an unknown person", r->f[0]);
        return;
    }
    if (of < 0) {
        bad(lx, file, line, "role of an unknown state or body", r->f[2]);
        return;
    }
    const char *from = r->n > 3 ? r->f[3] : "", *to = r->n > 4 ? r->f[4] : "";
    /* (either may be empty: a role with no known start or end) */
    int from_ok = !*from || kg_is_date(from), to_ok = !*to || kg_is_date(to);
    if (!from_ok || !to_ok) {
        bad(lx, file, line, "dates must be days of the calendar as YYYY-MM-DD, got", from_ok ? to : from);
        return;
    }
    if (from[0] && to[0] && strcmp(to, from) < 0) {
        bad(lx, file, line, "role ends before it starts", to);
        return;
    }
    KG_GROW(lx->roles, lx->nroles + 1, lx->roles_alloc);
    struct kg_role *ro = &lx->roles[lx->nroles++];
    struct kg_buf tmp = KG_BUF_INIT;
    kg_fold_phrase(r->f[1], &tmp);
    ro->person = person;
    ro->of = of;
    ro->title = kg_buf_detach(&tmp, &ro->tlen);
    snprintf(ro->from, sizeof ro->from, "%s", from);
    snprintf(ro->to, sizeof ro->to, "%s", to);
    ro->line = line;
}

static void cue_row(struct kg_lexicon *lx, const char *file, long line, struct row *r)
{
    if (too_many(lx, file, line, r, 3))
        return;
    if (r->n < 3) {
        bad(lx, file, line, "cue row needs relation,cue,frame, got", r->n ? r->f[0] : "");
        return;
    }
    int rel = kg_rel_from_name(r->f[0]);
    if (rel < 0) {
        bad(lx, file, line, "unknown relation", r->f[0]);
        return;
    }
    static const char *const frames[] = {"verb", "noun", "pair", "broker", "adj"};
    char *prep = strchr(r->f[2], ':');
    if (prep)
        *prep++ = '\0';
    int frame = -1;
    for (int i = 0; i < 5; i++)
        if (!strcmp(r->f[2], frames[i]))
            frame = i;
    if (frame < 0) {
        bad(lx, file, line, "unknown cue frame", r->f[2]);
        return;
    }
    EACH_ITEM(r->f[1], c, {
        struct kg_phrase *p = add_phrase(lx, c, &r->fold);
        if (p) {
            KG_GROW(lx->cues, lx->ncues + 1, lx->cues_alloc);
            struct kg_cue *cu = &lx->cues[lx->ncues];
            cu->relation = rel;
            cu->frame = frame;
            cu->prep = prep && *prep ? xstrdup(prep) : NULL;
            cu->ntok = p->ntok;
            /* keep cues of one phrase in file order */
            cu->next = -1;
            if (p->cue < 0) {
                p->cue = (int)lx->ncues;
            } else {
                int k = p->cue;
                while (lx->cues[k].next >= 0)
                    k = lx->cues[k].next;
                lx->cues[k].next = (int)lx->ncues;
            }
            lx->ncues++;
        }
    });
}

static const char *const wclass_names[KG_NWCLASSES] = {
    "abbrev", "furniture", "teaser", "dateword", "month", "organ", "people", "locprep", "report", "alleged",
    "planned", "negation", "request", "clause", "relpro", "pronoun", "honorific", "rank", "office", "orghead",
    "gpehead", "lochead", "light", "given", "portfolio", "notcue", "personnoun"};

static void word_row(struct kg_lexicon *lx, const char *file, long line, struct row *r)
{
    if (too_many(lx, file, line, r, 2))
        return;
    if (r->n < 2 || !r->f[1][0]) {
        bad(lx, file, line, "word row needs class,word, got", r->n ? r->f[0] : "");
        return;
    }
    static const struct {
        const char *name;
        unsigned char bit;
    } marks[] = {{"particle", KG_MARK_PARTICLE}, {"unit", KG_MARK_UNIT}};
    for (size_t i = 0; i < sizeof marks / sizeof *marks; i++)
        if (!strcmp(r->f[0], marks[i].name)) {
            struct kg_phrase *p = add_phrase(lx, r->f[1], &r->fold);
            if (p)
                p->marks |= marks[i].bit;
            return;
        }
    int c = -1;
    /* (the first byte before strcmp: most names are ruled out by it) */
    for (int i = 0; i < KG_NWCLASSES && c < 0; i++)
        if (r->f[0][0] == wclass_names[i][0] && !strcmp(r->f[0], wclass_names[i]))
            c = i;
    if (c < 0) {
        bad(lx, file, line, "unknown word class", r->f[0]);
        return;
    }
    struct kg_buf *tmp = &r->fold;
    if (c == KG_W_FURNITURE || c == KG_W_TEASER) {
        size_t n = strlen(r->f[1]);
        int star = n && r->f[1][n - 1] == '*';
        if (star)
            r->f[1][n - 1] = '\0';
        kg_fold_phrase(r->f[1], tmp);
        if (star)
            kg_buf_addc(tmp, '*');
        if (tmp->len > lx->pattern_max)
            lx->pattern_max = tmp->len;
        if (c == KG_W_FURNITURE) {
            KG_GROW(lx->furniture, lx->nfurniture + 1, lx->furniture_alloc);
            lx->furniture[lx->nfurniture++] = kg_buf_detach(tmp, NULL);
        } else {
            KG_GROW(lx->teasers, lx->nteasers + 1, lx->teasers_alloc);
            lx->teasers[lx->nteasers++] = kg_buf_detach(tmp, NULL);
        }
    } else {
        /* abbreviations are matched on the token before the full stop */
        struct kg_phrase *p = add_phrase(lx, r->f[1], tmp);
        if (p)
            p->classes |= KG_WBIT(c);
    }
}

static void office_row(struct kg_lexicon *lx, const char *file, long line, struct row *r)
{
    if (too_many(lx, file, line, r, 2))
        return;
    if (r->n < 2 || !r->f[0][0] || !r->f[1][0]) {
        bad(lx, file, line, "office row needs title,same_as, got", r->n ? r->f[0] : "");
        return;
    }
    struct kg_buf t = KG_BUF_INIT, same = KG_BUF_INIT;
    kg_fold_phrase(r->f[0], &t);
    kg_fold_phrase(r->f[1], &same);
    for (size_t i = 0; i < lx->noffices; i++)
        if (!strcmp(lx->offices[i].title, t.buf)) {
            bad(lx, file, line, "office title given twice", r->f[0]);
            kg_buf_release(&t);
            kg_buf_release(&same);
            return;
        }
    KG_GROW(lx->offices, lx->noffices + 1, lx->offices_alloc);
    struct kg_office *o = &lx->offices[lx->noffices++];
    o->title = kg_buf_detach(&t, NULL);
    o->same = kg_buf_detach(&same, NULL);
    o->line = line;
}

const char *kg_lexicon_office_class(const struct kg_lexicon *lx, const char *title)
{
    for (size_t i = 0; i < lx->noffices; i++)
        if (!strcmp(lx->offices[i].title, title))
            return lx->offices[i].same;
    return title;
}

/* The slot of ending s[0, n) in the table of title endings: its own or
 * the empty one where it would go. */
static size_t ending_slot(const struct kg_lexicon *lx, const char *s, size_t n)
{
    size_t mask = lx->endings_size - 1;
    for (size_t i = kg_key_hash(s, n) & mask;; i = (i + 1) & mask) {
        const struct kg_ending *e = &lx->endings[i];
        if (!e->key || (e->len == n && !memcmp(e->key, s, n)))
            return i;
    }
}

/* Every ending of every role's title, each with its roles in file order
 * (resolve_office asks which titles end with an office word), and each
 * role's office class. */
static void index_roles(struct kg_lexicon *lx)
{
    size_t total = 0;
    for (size_t r = 0; r < lx->nroles; r++) {
        lx->roles[r].office = kg_lexicon_office_class(lx, lx->roles[r].title);
        total += lx->roles[r].tlen;
    }
    lx->endings_size = 16;
    while (lx->endings_size < 2 * total)
        lx->endings_size *= 2;
    lx->endings = xcalloc(lx->endings_size, sizeof(*lx->endings));
    lx->ending_roles = xcalloc(total + 1, sizeof(*lx->ending_roles));
    /* count the roles of each ending, place the lists, then fill them */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t r = 0; r < lx->nroles; r++) {
            const struct kg_role *ro = &lx->roles[r];
            for (size_t n = 1; n <= ro->tlen; n++) {
                const char *s = ro->title + ro->tlen - n;
                struct kg_ending *e = &lx->endings[ending_slot(lx, s, n)];
                if (!e->key) {
                    e->key = s;
                    e->len = n;
                }
                if (pass)
                    lx->ending_roles[e->off + e->n] = (int)r;
                e->n++;
            }
        }
        if (pass)
            break;
        size_t off = 0;
        for (size_t i = 0; i < lx->endings_size; i++) {
            lx->endings[i].off = off;
            off += lx->endings[i].n;
            lx->endings[i].n = 0;
        }
    }
}

const int *kg_lexicon_roles_ending(const struct kg_lexicon *lx, const char *s, size_t n, size_t *count)
{
    const struct kg_ending *e = lx->endings_size ? &lx->endings[ending_slot(lx, s, n)] : NULL;
    *count = e && e->key ? e->n : 0;
    return *count ? lx->ending_roles + e->off : NULL;
}

/* The furniture and teaser patterns by their first byte (a line is
 * compared only with those it can match), the suffix patterns last. */
static void index_patterns(struct kg_lexicon *lx)
{
    for (int t = 0; t < 2; t++) {
        char **src = t ? lx->teasers : lx->furniture;
        size_t n = t ? lx->nteasers : lx->nfurniture;
        struct kg_pattern *v = xcalloc(n + 1, sizeof(*v));
        int *bucket = xcalloc(n + 1, sizeof(*bucket));
        size_t *first = lx->pat_first[t];
        memset(first, 0, sizeof lx->pat_first[t]);
        for (size_t i = 0; i < n; i++) {
            /* what each is: "x*" a prefix, "*x" a suffix, else the whole
             * line (so "*x*" is a prefix "*x", and "*" the prefix of
             * nothing); its bucket: its first byte, 256 for suffixes and
             * for "*", which every line starts with */
            size_t m = strlen(src[i]);
            int kind = m && src[i][m - 1] == '*' ? 1 : src[i][0] == '*' ? 2 : 0;
            bucket[i] = kind == 2 || (kind == 1 && m == 1) ? 256 : (unsigned char)src[i][0];
            first[bucket[i] + 1]++;
        }
        for (int c = 0; c < 257; c++)
            first[c + 1] += first[c];
        size_t fill[258];
        memcpy(fill, first, sizeof fill);
        for (size_t i = 0; i < n; i++) {
            size_t m = strlen(src[i]);
            int kind = m && src[i][m - 1] == '*' ? 1 : src[i][0] == '*' ? 2 : 0;
            struct kg_pattern *pt = &v[fill[bucket[i]]++];
            pt->s = kind == 2 ? src[i] + 1 : src[i];
            pt->len = m - (kind != 0);
            pt->kind = kind;
        }
        free(bucket);
        lx->pats[t] = v;
        lx->npats[t] = n;
    }
}

int kg_lexicon_furniture(const struct kg_lexicon *lx, const char *folded, size_t f)
{
    unsigned c = (unsigned char)folded[0], which = 0;
    for (int t = 0; t < 2; t++) {
        const struct kg_pattern *v = lx->pats[t];
        if (!v)
            continue;
        const size_t *first = lx->pat_first[t];
        int hit = 0;
        /* those starting with the line's first byte */
        for (size_t i = first[c]; !hit && i < first[c + 1]; i++)
            hit = (v[i].kind == 1 ? f >= v[i].len : f == v[i].len) && kg_same_bytes(folded, v[i].s, v[i].len);
        /* suffixes (and the prefix of nothing) */
        for (size_t i = first[256]; !hit && i < lx->npats[t]; i++)
            hit = v[i].kind == 1 || (f >= v[i].len && kg_same_bytes(folded + f - v[i].len, v[i].s, v[i].len));
        which |= (unsigned)hit << t;
    }
    return (int)which;
}

static int load(struct kg_lexicon *lx, const char *dir, int check)
{
    memset(lx, 0, sizeof(*lx));
    if (!*dir) /* (not the root's /entities.csv) */
        return kg_error("the lexicon directory is an empty name");
    lx->check = check;
    lx->dir = xstrdup(dir);
    npend = 0;
    if (read_csv(lx, dir, "entities.csv", 1, entity_row))
        return -1;
    for (size_t i = 0; i < npend; i++) {
        int c = kg_lexicon_find_label(lx, pend[i].country);
        if (c < 0) {
            struct kg_buf path = KG_BUF_INIT;
            kg_buf_addf(&path, "%s/entities.csv", dir);
            bad(lx, path.buf, pend[i].line, "unknown country", pend[i].country);
            kg_buf_release(&path);
        } else {
            lx->ents[pend[i].ent].country = c;
        }
        free(pend[i].country);
    }
    free(pend);
    pend = NULL;
    npend = pend_alloc = 0;
    read_csv(lx, dir, "roles.csv", 0, role_row);
    /* each person's roles as a list, in file order */
    for (size_t r = lx->nroles; r-- > 0;) {
        struct kg_lexent *pe = &lx->ents[lx->roles[r].person];
        lx->roles[r].next = pe->role;
        pe->role = (int)r;
    }
    read_csv(lx, dir, "cues.csv", 0, cue_row);
    read_csv(lx, dir, "words.csv", 0, word_row);
    read_csv(lx, dir, "offices.csv", 0, office_row);
    /* (check mode: a lexicon made from its entities alone runs, and finds
     * next to nothing; `lexicon check` says why) */
    static const struct {
        const char *name, *what;
    } english[] = {{"cues.csv", "no relation cues (accused, met, talks), so almost no relation is found"},
                   {"words.csv", "no word classes of English (verbs of saying, titles, pronouns, clause "
                                 "words), so few names are learnt and few relations found"}};
    for (size_t i = 0; check && i < sizeof english / sizeof *english; i++) {
        struct kg_buf path = KG_BUF_INIT;
        kg_buf_addf(&path, "%s/%s", dir, english[i].name);
        if (access(path.buf, F_OK) && errno == ENOENT) {
            kg_warn_at(path.buf, 0, "not there: %s; copy the shipped one (README, Adapting kgraph to another region)",
                       english[i].what);
            lx->warnings++;
        }
        kg_buf_release(&path);
    }
    index_roles(lx);
    index_patterns(lx);
    /* what each phrase can answer, as one word the extractor reads */
    for (size_t i = 0; i < lx->tabsize; i++) {
        struct kg_phrase *p = &lx->tab[i];
        if (lx->tags[i])
            p->any = p->classes | (p->cue >= 0 ? KG_PH_CUE : 0) | (p->ent >= 0 || p->demonym >= 0 ? KG_PH_ENT : 0);
    }
    if (!lx->nents) {
        kg_error_at(dir, 0, "no usable entity rows in entities.csv");
        return -1;
    }
    return 0;
}

int kg_lexicon_load(struct kg_lexicon *lx, const char *dir)
{
    return load(lx, dir, 0);
}

static int cmp_phrase(const void *a, const void *b)
{
    const struct kg_phrase *p = *(const struct kg_phrase *const *)a, *q = *(const struct kg_phrase *const *)b;
    return p->line != q->line ? (p->line < q->line ? -1 : 1) : strcmp(p->key, q->key);
}

/* Does [a0,a1] overlap [b0,b1]? Empty dates are open ends. */
static int overlaps(const char *a0, const char *a1, const char *b0, const char *b1)
{
    if (a1[0] && b0[0] && strcmp(a1, b0) <= 0)
        return 0;
    if (b1[0] && a0[0] && strcmp(b1, a0) <= 0)
        return 0;
    return 1;
}

/* Offices that several people hold at once. */
static int many_holders(const char *title)
{
    static const char *const w[] = {"deputy", "ambassador", "envoy", "spokes", "adviser", "advisor",
                                    "representative", "minister of state", "member", "commander", "acting", NULL};
    for (int i = 0; w[i]; i++)
        if (strstr(title, w[i]))
            return 1;
    return 0;
}

int kg_lexicon_load_checked(struct kg_lexicon *lx, const char *dir)
{
    if (load(lx, dir, 1))
        return -1;
    struct kg_buf path = KG_BUF_INIT;
    kg_buf_addf(&path, "%s/entities.csv", dir);
    /* aliases that are also cue words or English word classes, in file order */
    const struct kg_phrase **v = xcalloc(lx->tabused + 1, sizeof(*v));
    size_t n = 0;
    for (size_t i = 0; i < lx->tabsize; i++) {
        const struct kg_phrase *p = &lx->tab[i];
        /* state organs and citizens ("foreign office", "Taliban") are
         * aliases on purpose, and so are name head words ("Taliban"); an
         * acronym only matches in capitals */
        unsigned cls = p->classes & ~(KG_WBIT(KG_W_ABBREV) | KG_WBIT(KG_W_ORGAN) | KG_WBIT(KG_W_PEOPLE) |
                                      KG_WBIT(KG_W_ORGHEAD) | KG_WBIT(KG_W_GPEHEAD) | KG_WBIT(KG_W_LOCHEAD) |
                                      KG_WBIT(KG_W_GIVEN));
        if (p->key && p->ent >= 0 && !p->caps && (p->cue >= 0 || cls))
            v[n++] = p;
    }
    if (n > 1)
        qsort(v, n, sizeof(*v), cmp_phrase);
    for (size_t i = 0; i < n; i++) {
        kg_warn_at(path.buf, v[i]->line, "alias '%s' of '%s' is also a %s", v[i]->key, lx->ents[v[i]->ent].label,
                   v[i]->cue >= 0 ? "relation cue" : "word in words.csv");
        lx->warnings++;
    }
    free(v);
    for (size_t i = 0; i < lx->nents; i++) {
        int c = lx->ents[i].country;
        if (c >= 0 && lx->ents[c].type != KG_GPE) {
            kg_warn_at(path.buf, lx->ents[i].line, "country '%s' of '%s' is not a GPE", lx->ents[c].label,
                       lx->ents[i].label);
            lx->warnings++;
        }
    }
    /* two holders of one office at the same time */
    kg_buf_reset(&path);
    kg_buf_addf(&path, "%s/roles.csv", dir);
    for (size_t i = 0; i < lx->nroles; i++)
        for (size_t j = i + 1; j < lx->nroles; j++) {
            const struct kg_role *a = &lx->roles[i], *b = &lx->roles[j];
            if (a->of != b->of || a->person == b->person || strcmp(a->title, b->title) || many_holders(a->title) ||
                !overlaps(a->from, a->to, b->from, b->to))
                continue;
            kg_warn_at(path.buf, b->line, "'%s' of %s held by '%s' and '%s' (line %ld) at the same time", b->title,
                       lx->ents[b->of].label, lx->ents[b->person].label, lx->ents[a->person].label, a->line);
            lx->warnings++;
        }
    kg_buf_release(&path);
    return 0;
}

void kg_lexicon_release(struct kg_lexicon *lx)
{
    free(lx->ents);
    free(lx->byid);
    for (size_t i = 0; i < lx->nroles; i++)
        free(lx->roles[i].title);
    free(lx->roles);
    for (size_t i = 0; i < lx->noffices; i++) {
        free(lx->offices[i].title);
        free(lx->offices[i].same);
    }
    free(lx->offices);
    for (size_t i = 0; i < lx->ncues; i++)
        free(lx->cues[i].prep);
    free(lx->cues);
    for (size_t i = 0; i < lx->nkeyblocks; i++)
        free(lx->keyblocks[i]);
    free(lx->keyblocks);
    free(lx->tabmem);
    free(lx->tags);
    for (size_t i = 0; i < lx->nfurniture; i++)
        free(lx->furniture[i]);
    free(lx->furniture);
    for (size_t i = 0; i < lx->nteasers; i++)
        free(lx->teasers[i]);
    free(lx->teasers);
    free(lx->pats[0]);
    free(lx->pats[1]);
    free(lx->endings);
    free(lx->ending_roles);
    free(lx->dir);
    memset(lx, 0, sizeof(*lx));
}
