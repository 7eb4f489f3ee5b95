/* kggraph.c - read streams, aggregate, analyse with igraph, write the merged stream. */
#include "kggraph.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../json.h"
#include "../kgbuf.h"
#include "../xalloc.h"
#include "arena.h"
#include "kggraph_private.h"
#include "linejson.h"

/* ---- igraph set-up ---- */

static void ig_error(const char *reason, const char *file, int line, igraph_error_t err)
{
    (void)file;
    (void)line;
    kg_error("igraph: %s: %s", igraph_strerror(err), reason);
}

static void ig_warning(const char *reason, const char *file, int line)
{
    (void)file;
    (void)line;
    kg_warn_at(NULL, 0, "igraph: %s", reason);
}

void kg_graph_setup(void)
{
    igraph_set_attribute_table(&igraph_cattribute_table);
    igraph_set_error_handler(ig_error);
    igraph_set_warning_handler(ig_warning);
}

/* ---- strings: interned names and the arena ----
 *
 * Every string of the graph lives in its arena (priv->strings).  Ids,
 * documents and dates repeat from row to row and are interned: one copy
 * each, an atom, found through an open-addressing table.  An entity's id
 * and the src_id/dst_id of the rows that name it are the same atom, whose
 * `ent` is that entity's index in ents[]: a relation end resolves without a
 * search, and kg_graph_finish keeps `ent` right when it sorts ents[]. */

struct atom {
    long ent;      /* index in ents[]; -1 while no entity record has this id */
    uint64_t hash;
    size_t len;
    char s[];      /* the string, NUL-terminated */
};

#define ATOM(str) ((struct atom *)(void *)((char *)(str) - offsetof(struct atom, s)))

struct priv {
    struct kg_arena strings;  /* every string of the graph */
    struct atom **slot;       /* interned strings; NULL = empty */
    size_t size;              /* slots, a power of two */
    size_t count;             /* atoms */
    struct atom *last[5];     /* the atom each of source, target, doc, date
                                 and entity id interned last: rows repeat them */
    struct kg_linejson json;  /* the line parser's scratch */
    struct kg_buf clean;      /* a string being cleaned */
    uint64_t *keys;           /* distinct_sentences' scratch */
    size_t keys_alloc;
    long odd_values;          /* members not of their kind: dates, counts, lists */
    const char **files;       /* the inputs relation rows came from, in turn */
    size_t nfiles, files_alloc;
    long dangling;            /* relation rows whose ends have no entity record */
    struct {                  /* the documents read: a set of atoms, each */
        const char *doc;      /* with whether a relation row names it */
        int rel;
    } *docset;
    size_t docset_size, docset_n;
    const char *last_doc;     /* the one noted last, and its rel: rows */
    int last_rel;             /* come article by article */
    size_t pending_alloc;     /* g->pending */
};

/* The most odd values each named in a message; the rest are counted in one. */
#define KG_ODD_SAID 10

static struct priv *priv(struct kg_graph *g)
{
    if (!g->priv)
        g->priv = xcalloc(1, sizeof(struct priv));
    return g->priv;
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    memcpy(&w, s + i, n - i);
    h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
    h ^= h >> 29;
    return h;
}

static void atoms_grow(struct priv *p)
{
    size_t n = p->size ? 2 * p->size : 1024;
    struct atom **slot = xcalloc(n, sizeof(*slot));
    for (size_t i = 0; i < p->size; i++) {
        struct atom *a = p->slot[i];
        if (!a)
            continue;
        size_t k = a->hash & (n - 1);
        while (slot[k])
            k = (k + 1) & (n - 1);
        slot[k] = a;
    }
    free(p->slot);
    p->slot = slot;
    p->size = n;
}

/* The atom of n bytes at s (no NUL among them) whose hash_bytes is h,
 * made if new. */
static struct atom *intern_h(struct priv *p, const char *s, size_t n, uint64_t h)
{
    if (2 * (p->count + 1) > p->size)
        atoms_grow(p);
    size_t k = h & (p->size - 1);
    for (struct atom *a; (a = p->slot[k]); k = (k + 1) & (p->size - 1))
        if (a->hash == h && a->len == n && !memcmp(a->s, s, n))
            return a;
    struct atom *a = kg_arena_alloc(&p->strings, sizeof(*a) + n + 1);
    a->ent = -1;
    a->hash = h;
    a->len = n;
    memcpy(a->s, s, n);
    a->s[n] = '\0';
    p->slot[k] = a;
    p->count++;
    return a;
}

/* ---- life cycle ---- */

void kg_graph_init(struct kg_graph *g)
{
    memset(g, 0, sizeof(*g));
}

void kg_graph_release(struct kg_graph *g)
{
    for (size_t i = 0; i < g->nents; i++)
        free(g->ents[i].aliases);
    free(g->ents);
    free(g->ev);
    free(g->pending);
    free(g->docs);
    free(g->quiet_docs);
    free(g->edges);
    if (g->has_ig)
        igraph_destroy(&g->ig);
    struct priv *p = g->priv;
    if (p) {
        kg_arena_release(&p->strings);
        free(p->slot);
        kg_linejson_release(&p->json);
        kg_buf_release(&p->clean);
        free(p->files);
        free(p->docset);
        free(p->keys);
        free(p);
    }
    kg_graph_init(g);
}

/* ---- adding records ---- */

/* How many bytes at the start of s are printable ASCII, tab or newline:
 * what cleaning leaves as it is. */
static size_t plain_prefix(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while ((u[i] >= 0x20 && u[i] < 0x7F) || u[i] == '\t' || u[i] == '\n')
        i++;
    return i;
}

/* Strings in the graph are kept valid UTF-8 without control characters
 * other than tab and newline, whatever the stream held.  s itself when it
 * is already so (printable ASCII, tab, newline: nearly always), else a
 * cleaned copy in p->clean, valid until the next call.  *n: its length. */
static const char *clean(struct priv *p, const char *s, size_t *n)
{
    size_t i = plain_prefix(s);
    if (!s[i]) {
        *n = i;
        return s;
    }
    kg_buf_reset(&p->clean);
    kg_buf_add_clean(&p->clean, s, i + strlen(s + i));
    *n = p->clean.len;
    return p->clean.buf;
}

/* A JSON string holding a NUL (a \u0000: the parsers keep its length),
 * which would cut it: each NUL made a space in the parser's scratch, as
 * the writers make the other control characters. */
static void nul_to_space(const struct kg_json *v)
{
    for (size_t k = 0; k < v->len; k++)
        if (!v->str[k])
            v->str[k] = ' ';
}

/* A string member v (NULL, or not a string: def). */
static void text_of(struct kg_text *t, const struct kg_json *v, const char *def, int hash)
{
    int str = v && v->type == KG_JSON_STR;
    t->s = str ? v->str : def;
    t->n = 0;
    t->plain = 0;
    t->hash = 0;
    if (!t->s)
        return;
    for (;;) {
        size_t i = plain_prefix(t->s);
        t->plain = !t->s[i];
        t->n = i + (t->plain ? 0 : strlen(t->s + i));
        if (!str || t->n == v->len)
            break;
        nul_to_space(v); /* (and its length measured again) */
    }
    if (t->plain && hash)
        t->hash = hash_bytes(t->s, t->n);
}

/* t cleaned and interned; `slot` remembers the last atom of its field,
 * which the next row often repeats. */
static const char *text_atom(struct priv *p, const struct kg_text *t, int slot)
{
    const char *c = t->s;
    size_t n = t->n;
    uint64_t h = t->hash;
    if (!t->plain) {
        c = clean(p, t->s, &n);
        h = hash_bytes(c, n);
    }
    struct atom *a = p->last[slot];
    if (!a || a->hash != h || a->len != n || memcmp(a->s, c, n))
        a = p->last[slot] = intern_h(p, c, n, h);
    return a->s;
}

static char *text_copy(struct priv *p, const struct kg_text *t)
{
    if (t->plain)
        return kg_arena_strndup(&p->strings, t->s, t->n);
    size_t n;
    const char *c = clean(p, t->s, &n);
    return kg_arena_strndup(&p->strings, c, n);
}

static struct kg_entity *entity(struct kg_graph *g, const struct kg_text *id)
{
    struct priv *p = priv(g);
    struct atom *a = ATOM(text_atom(p, id, 4));
    if (a->ent >= 0)
        return &g->ents[a->ent];
    KG_GROW(g->ents, g->nents + 1, g->ents_alloc);
    struct kg_entity *e = &g->ents[g->nents];
    memset(e, 0, sizeof(*e));
    e->id = a->s;
    a->ent = (long)g->nents++;
    return e;
}

static void add_alias(struct priv *p, struct kg_entity *e, const char *a)
{
    size_t n;
    a = clean(p, a, &n);
    for (size_t i = 0; i < e->naliases; i++)
        if (!strcmp(e->aliases[i], a))
            return;
    KG_GROW(e->aliases, e->naliases + 1, e->aliases_alloc);
    e->aliases[e->naliases++] = kg_arena_strndup(&p->strings, a, n);
}

/* kg_rel_from_name, kg_modality_from_name and kg_etype_from_name (the
 * same first match in the same tables), comparing only names that start
 * with the same letter: these run for every line of a stream. */
static int rel_of(const char *s)
{
    for (int i = 0; i < KG_NRELS; i++)
        if (kg_relations[i].name[0] == s[0] && !strcmp(s, kg_relations[i].name))
            return i;
    return -1;
}

static int name_of(const char *const *names, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (names[i][0] == s[0] && !strcmp(s, names[i]))
            return i;
    return -1;
}

/* A count or offset from a stream: a number in [0, 2^50], whatever the
 * file says (a hostile 1e300 must not overflow a long, nor sums of it). */
static long count(double d)
{
    if (!(d > 0))
        return 0;
    if (d > 1125899906842624.0)
        return 1125899906842624L;
    return (long)d;
}

/* *sum + n for counts: held at count()'s 2^50 too, so that no number of
 * records overflows a sum */
static void count_add(long *sum, long n)
{
    *sum = *sum > 1125899906842624L - n ? 1125899906842624L : *sum + n;
}

/* The members a record may have, found in one pass over its keys (the
 * first member of a name counts, as with kg_json_get). */
enum field {
    F_KIND, F_ID, F_LABEL, F_TYPE, F_TYPES, F_MENTIONS, F_DOCS, F_ALIASES, F_DOC, F_SOURCE, F_TARGET,
    F_RELATION, F_MODALITY, F_SENTENCE, F_START, F_END, F_DATE, F_N
};

static const char *const field_names[F_N] = {
    "kind", "id", "label", "type", "types", "mentions", "docs", "aliases", "doc", "source", "target",
    "relation", "modality", "sentence", "start", "end", "date",
};

struct fields {
    const struct kg_json *v[F_N];
};

/* Member x's bit of kg_rec.odd when it is there but not a count (a number
 * from 0 to count()'s 2^50), else 0. */
static unsigned odd_count(const struct fields *f, enum field x)
{
    const struct kg_json *v = f->v[x];
    return v && (v->type != KG_JSON_NUM || !(v->num >= 0 && v->num <= 1125899906842624.0)) ? 1u << x : 0;
}

/* Member x's bit when it is there but not of JSON type t. */
static unsigned odd_type(const struct fields *f, enum field x, enum kg_json_type t)
{
    return f->v[x] && f->v[x]->type != t ? 1u << x : 0;
}

/* strcmp(a, b) == 0, inline: names are short */
static inline int streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

/* The field a member name is, or -1 (the first letters choose the one
 * name to compare, reading no further than the name goes). */
static int field_index(const char *k)
{
    int x;
    switch (k[0]) {
    case 'k': x = F_KIND; break;
    case 'i': x = F_ID; break;
    case 'l': x = F_LABEL; break;
    case 't': x = k[1] == 'a' ? F_TARGET : k[1] && k[2] && k[3] && k[4] ? F_TYPES : F_TYPE; break;
    case 'm': x = k[1] == 'e' ? F_MENTIONS : F_MODALITY; break;
    case 'a': x = F_ALIASES; break;
    case 'd': x = k[1] == 'a' ? F_DATE : k[1] && k[2] && k[3] ? F_DOCS : F_DOC; break;
    case 's': x = k[1] == 'o' ? F_SOURCE : k[1] == 'e' ? F_SENTENCE : F_START; break;
    case 'r': x = F_RELATION; break;
    case 'e': x = F_END; break;
    default: return -1;
    }
    return streq(k, field_names[x]) ? x : -1;
}

static void fields_of(const struct kg_json *rec, struct fields *f)
{
    memset(f, 0, sizeof(*f));
    for (size_t i = 0; i < rec->n; i++) {
        int x = field_index(rec->keys[i]);
        if (x >= 0 && !f->v[x])
            f->v[x] = &rec->items[i];
    }
}

/* As kg_json_get_str and kg_json_get_num. */
static const char *fstr(const struct fields *f, enum field x)
{
    return f->v[x] && f->v[x]->type == KG_JSON_STR ? f->v[x]->str : NULL;
}

static double fnum(const struct fields *f, enum field x, double def)
{
    return f->v[x] && f->v[x]->type == KG_JSON_NUM ? f->v[x]->num : def;
}

void kg_rec_prepare(const struct kg_json *root, struct kg_rec *r)
{
    r->kind = KG_REC_NOT_OBJECT;
    if (root->type != KG_JSON_OBJ)
        return;
    struct fields fs, *f = &fs;
    fields_of(root, f);
    const char *kind = r->kind_s = fstr(f, F_KIND);
    if (!kind)
        r->kind = KG_REC_NO_KIND;
    else if (streq(kind, "entity"))
        r->kind = KG_REC_ENTITY;
    else if (streq(kind, "relation") || streq(kind, "evidence"))
        r->kind = KG_REC_RELATION;
    else if (streq(kind, "edge"))
        r->kind = KG_REC_EDGE;
    else if (streq(kind, "document"))
        r->kind = KG_REC_DOCUMENT;
    else
        r->kind = KG_REC_UNKNOWN;
    if (r->kind == KG_REC_ENTITY) {
        const char *type = r->type_s = fstr(f, F_TYPE);
        r->type = type ? name_of(kg_etype_names, KG_NTYPES, type) : -1;
        const struct kg_json *label = f->v[F_LABEL];
        text_of(&r->id, f->v[F_ID], NULL, 1);
        text_of(&r->label, label && label->type == KG_JSON_STR && label->len ? label : f->v[F_ID], NULL, 0);
        r->mentions = fnum(f, F_MENTIONS, 1);
        r->docs = fnum(f, F_DOCS, 1);
        text_of(&r->doc, f->v[F_DOC], "", 1);
        r->odd = odd_count(f, F_MENTIONS) | odd_count(f, F_DOCS) | odd_type(f, F_TYPES, KG_JSON_OBJ) |
                 odd_type(f, F_ALIASES, KG_JSON_ARR);
        memset(&r->types, 0, sizeof(r->types));
        memset(&r->aliases, 0, sizeof(r->aliases));
        if (f->v[F_TYPES])
            r->types = *f->v[F_TYPES];
        if (f->v[F_ALIASES])
            r->aliases = *f->v[F_ALIASES];
    } else if (r->kind == KG_REC_RELATION) {
        const char *rel = r->rel_s = fstr(f, F_RELATION), *mod = r->mod_s = fstr(f, F_MODALITY);
        r->rel = rel ? rel_of(rel) : -1;
        r->mod = mod ? name_of(kg_modality_names, KG_NMODS, mod) : KG_MOD_ASSERTED;
        text_of(&r->src, f->v[F_SOURCE], NULL, 1);
        text_of(&r->dst, f->v[F_TARGET], NULL, 1);
        text_of(&r->doc, f->v[F_DOC], "", 1);
        text_of(&r->date, f->v[F_DATE], "", 1);
        text_of(&r->sent, f->v[F_SENTENCE], "", 0);
        r->start = fnum(f, F_START, 0);
        r->end = fnum(f, F_END, 0);
        r->odd = odd_count(f, F_START) | odd_count(f, F_END);
    } else if (r->kind == KG_REC_DOCUMENT) {
        text_of(&r->doc, f->v[F_DOC], NULL, 1);
    }
}

/* Say what r's odd members were taken as, the first KG_ODD_SAID of them. */
static void say_odd(struct priv *p, const struct kg_rec *r, const char *file, long line)
{
    for (int x = 0; x < F_N; x++) {
        if (!(r->odd & 1u << x) || ++p->odd_values > KG_ODD_SAID)
            continue;
        if (x == F_TYPES || x == F_ALIASES) {
            kg_warn_at(file, line, "\"%s\" is not %s: left out", field_names[x], x == F_TYPES ? "an object" : "a list");
            continue;
        }
        double v = x == F_MENTIONS ? r->mentions : x == F_DOCS ? r->docs : x == F_START ? r->start : r->end;
        kg_warn_at(file, line, "\"%s\" is not a count from 0 to 2^50: taken as %ld", field_names[x], count(v));
    }
}

/* The slot of atom doc in p->docset (its own, or the empty one it
 * would take). */
static size_t doc_slot(const struct priv *p, const char *doc)
{
    size_t h = (size_t)(ATOM(doc)->hash) & (p->docset_size - 1);
    while (p->docset[h].doc && p->docset[h].doc != doc)
        h = (h + 1) & (p->docset_size - 1);
    return h;
}

/* A document the graph has read (an atom; "" for none), named by a
 * relation row or not: kept in p->docset, each once. */
static void note_doc(struct kg_graph *g, const char *doc, int relation)
{
    struct priv *p = priv(g);
    if (!doc[0] || (doc == p->last_doc && relation <= p->last_rel))
        return;
    if (2 * (p->docset_n + 1) > p->docset_size) {
        size_t old = p->docset_size;
        __typeof__(p->docset) v = p->docset;
        p->docset_size = old ? 2 * old : 256;
        p->docset = xcalloc(p->docset_size, sizeof(*p->docset));
        for (size_t i = 0; i < old; i++)
            if (v[i].doc)
                p->docset[doc_slot(p, v[i].doc)] = v[i];
        free(v);
    }
    size_t h = doc_slot(p, doc);
    if (!p->docset[h].doc) {
        p->docset[h].doc = doc;
        p->docset_n++;
    }
    p->docset[h].rel |= relation;
    p->last_doc = doc;
    p->last_rel = p->docset[h].rel;
}

static int add_entity(struct kg_graph *g, const struct kg_rec *r, const char *file, long line)
{
    const char *id = r->id.s;
    if (!id || !*id)
        return kg_error_at(file, line, "entity record without an id");
    int t = r->type;
    const struct kg_json *types = &r->types;
    if (t < 0 && types->type != KG_JSON_OBJ)
        return kg_error_at(file, line, "entity '%s' has unknown type '%s'", id, r->type_s ? r->type_s : "");
    struct priv *p = priv(g);
    if (r->odd)
        say_odd(p, r, file, line);
    struct kg_entity *e = entity(g, &r->id);
    if (r->doc.n)
        note_doc(g, text_atom(p, &r->doc, 2), 0);
    long mentions = count(r->mentions);
    if (types->type == KG_JSON_OBJ) {
        for (size_t i = 0; i < types->n; i++) {
            int tt = name_of(kg_etype_names, KG_NTYPES, types->keys[i]);
            if (tt >= 0 && types->items[i].type == KG_JSON_NUM && types->items[i].num > 0)
                count_add(&e->type_mentions[tt], count(types->items[i].num));
        }
    } else {
        count_add(&e->type_mentions[t], mentions ? mentions : 1);
    }
    count_add(&e->mentions, mentions);
    count_add(&e->docs, count(r->docs));
    size_t n = r->label.n;
    const char *cl = r->label.plain ? r->label.s : clean(p, r->label.s, &n);
    if (!e->label || strcmp(cl, e->label) < 0)
        e->label = kg_arena_strndup(&p->strings, cl, n);
    const struct kg_json *al = &r->aliases;
    if (al->type == KG_JSON_ARR)
        for (size_t i = 0; i < al->n; i++)
            if (al->items[i].type == KG_JSON_STR && al->items[i].len) {
                if (strlen(al->items[i].str) < al->items[i].len)
                    nul_to_space(&al->items[i]);
                add_alias(p, e, al->items[i].str);
            }
    return 0;
}

static int add_relation(struct kg_graph *g, const struct kg_rec *r, const char *file, long line)
{
    if (!r->src.s || !r->dst.s || !r->rel_s)
        return kg_error_at(file, line, "relation record needs source, relation and target");
    if (r->rel < 0)
        return kg_error_at(file, line, "unknown relation '%s'", r->rel_s);
    if (r->mod < 0)
        return kg_error_at(file, line, "unknown modality '%s'", r->mod_s);
    struct priv *p = priv(g);
    if (r->odd)
        say_odd(p, r, file, line);
    KG_GROW(g->ev, g->nev + 1, g->ev_alloc);
    struct kg_evidence *v = &g->ev[g->nev++];
    memset(v, 0, sizeof(*v));
    v->relation = r->rel;
    v->modality = r->mod;
    v->src_id = (char *)text_atom(p, &r->src, 0);
    v->dst_id = (char *)text_atom(p, &r->dst, 1);
    if (kg_relations[r->rel].symmetric && strcmp(v->src_id, v->dst_id) > 0) {
        char *tmp = v->src_id;
        v->src_id = v->dst_id;
        v->dst_id = tmp;
    }
    v->doc = (char *)text_atom(p, &r->doc, 2);
    note_doc(g, v->doc, 1);
    if (r->date.n && !kg_is_date(r->date.s)) {
        /* (not a date the edges' first and last, the selection's
         * --since and GEXF's timeline could order) */
        if (++p->odd_values <= KG_ODD_SAID)
            kg_warn_at(file, line, "date '%s' is not a day of the calendar as YYYY-MM-DD: taken as undated",
                       r->date.s);
        v->date = (char *)"";
    } else {
        v->date = (char *)text_atom(p, &r->date, 3);
    }
    v->sentence = text_copy(p, &r->sent);
    v->start = count(r->start);
    v->end = count(r->end);
    /* (until kg_graph_finish resolves the ends, source and target hold
     * where the row was read, for its message should an end have no
     * entity record: its line and its input, one of p->files, which are
     * read one after another) */
    const char *f = file ? file : "";
    if (!p->nfiles || strcmp(p->files[p->nfiles - 1], f)) {
        KG_GROW(p->files, p->nfiles + 1, p->files_alloc);
        p->files[p->nfiles++] = kg_arena_strndup(&p->strings, f, strlen(f));
    }
    v->source = line > 0 ? (size_t)line : 0;
    v->target = p->nfiles - 1;
    return 0;
}

int kg_graph_add_rec(struct kg_graph *g, const struct kg_rec *r, const char *file, long line)
{
    switch (r->kind) {
    case KG_REC_NOT_OBJECT: return kg_error_at(file, line, "not a JSON object");
    case KG_REC_NO_KIND: return kg_error_at(file, line, "record without a \"kind\"");
    case KG_REC_ENTITY: return add_entity(g, r, file, line);
    case KG_REC_RELATION: return add_relation(g, r, file, line);
    case KG_REC_EDGE: return 0; /* aggregates are recomputed from the relation records */
    case KG_REC_DOCUMENT:
        if (!r->doc.s || !r->doc.n)
            return kg_error_at(file, line, "document record without a doc");
        note_doc(g, text_atom(priv(g), &r->doc, 2), 0);
        return 0;
    default: return kg_error_at(file, line, "unknown record kind '%s'", r->kind_s);
    }
}

int kg_graph_add_record(struct kg_graph *g, const struct kg_json *rec, const char *file, long line)
{
    struct kg_rec r;
    kg_rec_prepare(rec, &r);
    return kg_graph_add_rec(g, &r, file, line);
}

/* The JSON text of a line: without trailing CR, spaces and tabs, leading
 * spaces and tabs, and a byte order mark before it (as Windows tools
 * write before a file's first line: files joined by cat have one at the
 * start of each).  0 when nothing is left. */
size_t kg_line_text(const char **s, size_t n)
{
    const char *t = *s;
    while (n && (t[n - 1] == '\r' || t[n - 1] == ' ' || t[n - 1] == '\t'))
        n--;
    size_t i = 0;
    if (n >= 3 && !memcmp(t, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < n && (t[i] == ' ' || t[i] == '\t'))
        i++;
    *s = t + i;
    return n - i;
}

/* A line that the fast parser did not accept: the full parser says why
 * (or reads it after all).  *bad counts an input's lines that are not
 * JSON: the first KG_ODD_SAID are said, the first of them with a word on
 * what the input may be instead (kg_graph_bad_lines says the rest). */
int kg_graph_add_unparsed(struct kg_graph *g, const char *s, size_t n, const char *name, long line, long *bad)
{
    struct kg_json v;
    const char *err = NULL;
    if (kg_json_parse(s, n, &v, &err)) {
        if (++*bad > KG_ODD_SAID)
            return -1;
        kg_error_at(name, line, "not a JSON line: %s", err ? err : "syntax error");
        if (*bad == 1 && n && s[0] == '<')
            kg_error_at(name, line, "(XML? a graph written as GraphML is read from a file whose name ends in "
                        ".graphml)");
        return -1;
    }
    int rc = kg_graph_add_record(g, &v, name, line);
    kg_json_release(&v);
    return rc;
}

void kg_graph_bad_lines(const char *name, long bad)
{
    if (bad > KG_ODD_SAID)
        kg_error_at(name, 0, "%ld more lines that are not JSON", bad - KG_ODD_SAID);
}

static int add_line(struct kg_graph *g, const char *s, size_t n, const char *name, long line, long *bad)
{
    if (!(n = kg_line_text(&s, n)))
        return 0;
    struct kg_json v;
    struct priv *p = priv(g);
    if (kg_linejson_parse(&p->json, s, n, &v) == 0)
        return kg_graph_add_record(g, &v, name, line); /* v lives in p->json */
    return kg_graph_add_unparsed(g, s, n, name, line, bad);
}

int kg_graph_read_mem(struct kg_graph *g, const char *data, size_t len, const char *name)
{
    int rc = 0;
    long line = 0, bad = 0;
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - data) : len;
        line++;
        if (add_line(g, data + pos, e - pos, name, line, &bad))
            rc = -1;
        pos = e + 1;
    }
    kg_graph_bad_lines(name, bad);
    g->nstreams++;
    return rc;
}

/* ---- finishing ---- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Put a[0..n) (elements of `size` bytes) in the order perm gives: the
 * element at k becomes the one that was at perm[k].  In place, following
 * cycles; perm is used up. */
static void permute(void *a, size_t size, size_t *perm, size_t n)
{
    const size_t done = (size_t)-1;
    char *base = a, *tmp = xmalloc(size);
    for (size_t k = 0; k < n; k++) {
        if (perm[k] == done)
            continue;
        if (perm[k] == k) {
            perm[k] = done;
            continue;
        }
        memcpy(tmp, base + k * size, size);
        size_t j = k;
        for (;;) {
            size_t src = perm[j];
            perm[j] = done;
            if (src == k) {
                memcpy(base + j * size, tmp, size);
                break;
            }
            memcpy(base + j * size, base + src * size, size);
            j = src;
        }
    }
    free(tmp);
}

/* Entities by id (byte order): the first eight bytes, big-endian, decide
 * most comparisons without following the pointer. */
struct ent_key {
    uint64_t prefix;
    const char *id;
    size_t index;
};

static uint64_t prefix8(const char *s)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) {
        v = v << 8 | (unsigned char)*s;
        if (*s)
            s++;
    }
    return v;
}

static int cmp_ent_key(const void *a, const void *b)
{
    const struct ent_key *x = a, *y = b;
    if (x->prefix != y->prefix)
        return x->prefix < y->prefix ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void sort_entities(struct kg_graph *g)
{
    size_t n = g->nents, k;
    for (k = 1; k < n; k++)
        if (strcmp(g->ents[k - 1].id, g->ents[k].id) > 0)
            break;
    if (k >= n)
        return; /* already in order: a merged stream read back */
    struct ent_key *key = xcalloc(n, sizeof(*key));
    for (size_t i = 0; i < n; i++) {
        key[i].prefix = prefix8(g->ents[i].id);
        key[i].id = g->ents[i].id;
        key[i].index = i;
    }
    qsort(key, n, sizeof(*key), cmp_ent_key);
    size_t *perm = xcalloc(n, sizeof(*perm));
    for (size_t i = 0; i < n; i++)
        perm[i] = key[i].index;
    free(key);
    permute(g->ents, sizeof(*g->ents), perm, n);
    free(perm);
}

/* Evidence rows in (source id, relation, target id, doc, start, end,
 * modality, sentence, date) order.  Ends are resolved and ents[] is sorted
 * by id, so comparing indices compares ids; interned docs and dates that
 * are the same atom are equal without a strcmp. */
static int cmp_after_source(const struct kg_evidence *x, const struct kg_evidence *y)
{
    int c;
    if (x->relation != y->relation)
        return x->relation < y->relation ? -1 : 1;
    if (x->target != y->target)
        return x->target < y->target ? -1 : 1;
    if (x->doc != y->doc && (c = strcmp(x->doc, y->doc)))
        return c;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    if (x->modality != y->modality)
        return x->modality < y->modality ? -1 : 1;
    if ((c = strcmp(x->sentence, y->sentence)))
        return c;
    return x->date == y->date ? 0 : strcmp(x->date, y->date);
}

/* Rows whose ends are unresolved (kg_graph.pending) in (source id,
 * relation, target id, ...) order, as cmp_ev orders resolved rows. */
static int cmp_pending(const void *a, const void *b)
{
    const struct kg_evidence *x = a, *y = b;
    int c = strcmp(x->src_id, y->src_id);
    if (c)
        return c;
    if (x->relation != y->relation)
        return x->relation < y->relation ? -1 : 1;
    if ((c = strcmp(x->dst_id, y->dst_id)))
        return c;
    struct kg_evidence u = *x, w = *y;
    u.relation = w.relation = 0;
    u.target = w.target = 0;
    return cmp_after_source(&u, &w);
}

static int cmp_ev(const struct kg_evidence *x, const struct kg_evidence *y)
{
    if (x->source != y->source)
        return x->source < y->source ? -1 : 1;
    return cmp_after_source(x, y);
}

/* Sort v[0..n) (row indices into ev) with cmp_after_source: insertion sort
 * for a few, merge sort (through tmp) for more. */
static void sort_rows(const struct kg_evidence *ev, size_t *v, size_t n, size_t *tmp)
{
    if (n < 16) {
        for (size_t i = 1; i < n; i++) {
            size_t x = v[i], j = i;
            for (; j > 0 && cmp_after_source(&ev[v[j - 1]], &ev[x]) > 0; j--)
                v[j] = v[j - 1];
            v[j] = x;
        }
        return;
    }
    size_t h = n / 2;
    sort_rows(ev, v, h, tmp);
    sort_rows(ev, v + h, n - h, tmp);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = cmp_after_source(&ev[v[j]], &ev[v[i]]) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(*v));
}

/* Rows by source first (a counting sort: O(rows + entities)), then each
 * entity's rows by the rest.  Rows that compare equal are equal in every
 * field, so the order is the one order, however it is reached. */
static void sort_evidence(struct kg_graph *g)
{
    size_t n = g->nev, k;
    for (k = 1; k < n; k++)
        if (cmp_ev(&g->ev[k - 1], &g->ev[k]) > 0)
            break;
    if (k >= n)
        return;
    size_t *start = xcalloc(g->nents + 1, sizeof(*start));
    for (size_t i = 0; i < n; i++)
        start[g->ev[i].source + 1]++;
    for (size_t e = 0; e < g->nents; e++)
        start[e + 1] += start[e];
    size_t *perm = xcalloc(n, sizeof(*perm)), *tmp = NULL, tmp_n = 0;
    size_t *fill = xcalloc(g->nents + 1, sizeof(*fill));
    memcpy(fill, start, (g->nents + 1) * sizeof(*fill));
    for (size_t i = 0; i < n; i++)
        perm[fill[g->ev[i].source]++] = i;
    free(fill);
    for (size_t e = 0; e < g->nents; e++) {
        size_t b = start[e], len = start[e + 1] - b;
        if (len >= 16 && len > tmp_n) {
            free(tmp);
            tmp = xcalloc(len, sizeof(*tmp));
            tmp_n = len;
        }
        if (len > 1)
            sort_rows(g->ev, perm + b, len, tmp);
    }
    free(tmp);
    free(start);
    /* gathered into a new array: independent loads, where following the
     * permutation's cycles in place waits for one cache miss after another */
    struct kg_evidence *ev = xreallocarray(NULL, n, sizeof(*ev));
    for (size_t i = 0; i < n; i++)
        ev[i] = g->ev[perm[i]];
    free(perm);
    free(g->ev);
    g->ev = ev;
    g->ev_alloc = n;
}

long kg_graph_find(const struct kg_graph *g, const char *id)
{
    size_t lo = 0, hi = g->nents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(g->ents[mid].id, id);
        if (!c)
            return (long)mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return -1;
}

/* Betweenness on the directed multigraph, unweighted, not normalised.
 * Exact up to KG_BETWEENNESS_EXACT_MAX vertices; above, the sum over
 * KG_BETWEENNESS_SOURCES sources drawn with a fixed seed, scaled by
 * N / sources (an unbiased estimate of the exact value).  A search from a
 * source visits at most the vertices and edges of its weakly connected
 * component (memb, from igraph_connected_components): when those add up
 * to more than KG_BETWEENNESS_BUDGET over the sources, fewer sources are
 * drawn, as many as fit, and below KG_BETWEENNESS_MIN_SOURCES none at all
 * (every betweenness -1, betweenness_sources 0); either is said once on
 * standard error. */
static int betweenness(struct kg_graph *g, igraph_vector_t *res, const igraph_vector_int_t *memb,
                       igraph_integer_t ncomp)
{
    igraph_integer_t n = (igraph_integer_t)g->nents;
    if (g->nents <= KG_BETWEENNESS_EXACT_MAX) {
        g->betweenness_sources = (long)g->nents;
        return igraph_betweenness(&g->ig, res, igraph_vss_all(), IGRAPH_DIRECTED, NULL) ? -1 : 0;
    }
    igraph_vector_int_t src;
    if (igraph_vector_int_init(&src, 0))
        return -1;
    int rc = -1;
    igraph_rng_seed(igraph_rng_default(), KG_RNG_SEED);
    if (igraph_random_sample(&src, 0, n - 1, KG_BETWEENNESS_SOURCES))
        goto out;
    /* the work: vertices and edges of each source's component */
    double *size = xcalloc((size_t)ncomp + 1, sizeof(double)), work = 0;
    for (igraph_integer_t v = 0; v < n; v++)
        size[VECTOR(*memb)[v]] += 1;
    for (size_t i = 0; i < g->nedges; i++)
        size[VECTOR(*memb)[g->edges[i].source]] += 1;
    for (igraph_integer_t i = 0; i < igraph_vector_int_size(&src); i++)
        work += size[VECTOR(*memb)[VECTOR(src)[i]]];
    free(size);
    double budget = g->betweenness_budget > 0 ? g->betweenness_budget : KG_BETWEENNESS_BUDGET;
    if (work > budget) {
        double fit = floor(KG_BETWEENNESS_SOURCES * budget / work);
        if (fit < KG_BETWEENNESS_MIN_SOURCES) {
            kg_warn_at(NULL, 0,
                       "betweenness not computed (-1): even %d breadth-first searches of this graph would "
                       "take more than %.0f steps",
                       KG_BETWEENNESS_MIN_SOURCES, budget);
            igraph_vector_resize(res, n);
            igraph_vector_fill(res, -1);
            g->betweenness_sources = 0;
            rc = 0;
            goto out;
        }
        kg_warn_at(NULL, 0, "betweenness estimated from %.0f sources, not %d: more would take more than %.0f steps",
                   fit, KG_BETWEENNESS_SOURCES, budget);
        igraph_rng_seed(igraph_rng_default(), KG_RNG_SEED);
        if (igraph_random_sample(&src, 0, n - 1, (igraph_integer_t)fit))
            goto out;
    }
    if (igraph_betweenness_subset(&g->ig, res, igraph_vss_all(), IGRAPH_DIRECTED, igraph_vss_vector(&src),
                                  igraph_vss_all(), NULL))
        goto out;
    double scale = (double)n / (double)igraph_vector_int_size(&src);
    for (igraph_integer_t v = 0; v < n; v++)
        VECTOR(*res)[v] *= scale;
    g->betweenness_sources = (long)igraph_vector_int_size(&src);
    rc = 0;
out:
    igraph_vector_int_destroy(&src);
    return rc;
}

struct pair {
    size_t a, b; /* a <= b */
    double w;
};

static int cmp_pair(const void *x, const void *y)
{
    const struct pair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* Communities: multilevel on the undirected projection (one edge per
 * connected pair, weight = sum of the weights between them), igraph's RNG
 * seeded so every run agrees; numbered by their smallest vertex (= id, as
 * ents[] is sorted); modularity of that membership on that projection. */
static int communities(struct kg_graph *g)
{
    g->ncommunities = 0;
    g->modularity = NAN;
    if (!g->nents)
        return 0;
    size_t max = g->communities_max ? g->communities_max : KG_COMMUNITIES_MAX;
    if (g->nents + g->nedges > max) {
        kg_warn_at(NULL, 0, "communities not computed (-1) for more than %zu entities and edges (here %zu)", max,
                   g->nents + g->nedges);
        for (size_t v = 0; v < g->nents; v++)
            g->ents[v].community = -1;
        return 0;
    }
    struct pair *p = xcalloc(g->nedges ? g->nedges : 1, sizeof(*p));
    for (size_t i = 0; i < g->nedges; i++) {
        size_t s = g->edges[i].source, t = g->edges[i].target;
        p[i].a = s < t ? s : t;
        p[i].b = s < t ? t : s;
        p[i].w = (double)g->edges[i].weight;
    }
    if (g->nedges > 1)
        qsort(p, g->nedges, sizeof(*p), cmp_pair);
    size_t np = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        if (np && p[np - 1].a == p[i].a && p[np - 1].b == p[i].b)
            p[np - 1].w += p[i].w;
        else
            p[np++] = p[i];
    }
    igraph_vector_int_t uedges, memb;
    igraph_vector_t uw;
    igraph_t ug;
    int rc = -1, have_ug = 0;
    igraph_vector_int_init(&uedges, (igraph_integer_t)(2 * np));
    igraph_vector_init(&uw, (igraph_integer_t)np);
    igraph_vector_int_init(&memb, 0);
    for (size_t i = 0; i < np; i++) {
        VECTOR(uedges)[2 * i] = (igraph_integer_t)p[i].a;
        VECTOR(uedges)[2 * i + 1] = (igraph_integer_t)p[i].b;
        VECTOR(uw)[i] = p[i].w;
    }
    free(p);
    if (igraph_create(&ug, &uedges, (igraph_integer_t)g->nents, IGRAPH_UNDIRECTED))
        goto out;
    have_ug = 1;
    igraph_rng_seed(igraph_rng_default(), KG_RNG_SEED);
    if (igraph_community_multilevel(&ug, &uw, 1.0, &memb, NULL, NULL))
        goto out;
    igraph_integer_t maxm = 0;
    for (size_t v = 0; v < g->nents; v++)
        if (VECTOR(memb)[v] > maxm)
            maxm = VECTOR(memb)[v];
    long *renum = xcalloc((size_t)maxm + 1, sizeof(long));
    for (size_t i = 0; i <= (size_t)maxm; i++)
        renum[i] = -1;
    long next = 0;
    for (size_t v = 0; v < g->nents; v++) {
        igraph_integer_t m = VECTOR(memb)[v];
        if (renum[m] < 0)
            renum[m] = next++;
        g->ents[v].community = renum[m];
        VECTOR(memb)[v] = (igraph_integer_t)renum[m];
    }
    free(renum);
    g->ncommunities = next;
    igraph_real_t q = NAN;
    if (np && igraph_modularity(&ug, &memb, &uw, 1.0, IGRAPH_UNDIRECTED, &q))
        goto out;
    g->modularity = (double)q;
    rc = 0;
out:
    if (have_ug)
        igraph_destroy(&ug);
    igraph_vector_int_destroy(&uedges);
    igraph_vector_destroy(&uw);
    igraph_vector_int_destroy(&memb);
    return rc;
}

/* A numeric vertex (vertex = 1) or edge attribute of the igraph view, set
 * from n values at once. */
static int set_num_attr(igraph_t *ig, int vertex, const char *name, const double *val, size_t n)
{
    igraph_vector_t v;
    igraph_vector_view(&v, val, (igraph_integer_t)n);
    return (vertex ? SETVANV(ig, name, &v) : SETEANV(ig, name, &v)) ? -1 : 0;
}

/* A string attribute of the igraph view: str(g, i) for i < n. */
static int set_str_attr(struct kg_graph *g, int vertex, const char *name, size_t n,
                        const char *(*str)(const struct kg_graph *, size_t))
{
    igraph_strvector_t sv;
    if (igraph_strvector_init(&sv, (igraph_integer_t)n))
        return -1;
    int rc = 0;
    for (size_t i = 0; i < n && !rc; i++)
        rc = igraph_strvector_set(&sv, (igraph_integer_t)i, str(g, i)) ? -1 : 0;
    if (!rc)
        rc = (vertex ? SETVASV(&g->ig, name, &sv) : SETEASV(&g->ig, name, &sv)) ? -1 : 0;
    igraph_strvector_destroy(&sv);
    return rc;
}

static const char *ent_id(const struct kg_graph *g, size_t i)
{
    return g->ents[i].id;
}

static const char *ent_label(const struct kg_graph *g, size_t i)
{
    return g->ents[i].label;
}

static const char *ent_type(const struct kg_graph *g, size_t i)
{
    return kg_etype_names[g->ents[i].type];
}

static const char *edge_relation(const struct kg_graph *g, size_t i)
{
    return kg_relations[g->edges[i].relation].name;
}

/* The igraph view carries the attributes too (the C attribute handler),
 * up to KG_IGRAPH_ATTRIBUTES_MAX entities + edges. */
static int set_attributes(struct kg_graph *g)
{
    size_t n = g->nents, m = g->nedges;
    double *val = xcalloc((n > m ? n : m) + 1, sizeof(double));
    int rc = set_str_attr(g, 1, "name", n, ent_id) || set_str_attr(g, 1, "label", n, ent_label) ||
             set_str_attr(g, 1, "type", n, ent_type);
    static const char *const names[] = {"indegree", "outdegree", "wdegree", "pagerank",
                                        "component", "betweenness", "community"};
    for (int k = 0; k < 7 && !rc; k++) {
        for (size_t v = 0; v < n; v++) {
            const struct kg_entity *e = &g->ents[v];
            double x[7] = {(double)e->indegree, (double)e->outdegree, e->wdegree,   e->pagerank,
                           (double)e->component, e->betweenness,      (double)e->community};
            val[v] = x[k];
        }
        rc = set_num_attr(&g->ig, 1, names[k], val, n);
    }
    if (!rc)
        rc = set_str_attr(g, 0, "relation", m, edge_relation);
    if (!rc) {
        for (size_t i = 0; i < m; i++)
            val[i] = (double)g->edges[i].weight;
        rc = set_num_attr(&g->ig, 0, "weight", val, m);
    }
    free(val);
    return rc;
}

static int analyse(struct kg_graph *g)
{
    igraph_vector_int_t edges;
    igraph_vector_t weights, pr, btw;
    igraph_vector_int_t membership;
    int rc = -1;
    /* igraph's temporaries, freed as it goes, are reused from here on, in
     * a reserve of the most they take at once: the directed view, its
     * edge list and PageRank's copy of it (370 MB for 1M entities and
     * 4.9M edges, 75 bytes an edge and the vertices' vectors) */
    kg_alloc_reuse_big(80 * g->nedges + 64 * g->nents);
    g->ncomponents = 0;
    g->ncommunities = 0;
    g->modularity = NAN;
    g->betweenness_sources = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        g->ents[e->source].outdegree++;
        g->ents[e->target].indegree++;
        g->ents[e->source].wdegree += (double)e->weight;
        g->ents[e->target].wdegree += (double)e->weight;
    }
    /* first the communities, on a projection of their own that is gone
     * before the directed view is built: the two are never in memory at once */
    if (communities(g))
        return -1;
    if (igraph_vector_int_init(&edges, (igraph_integer_t)(2 * g->nedges)))
        return kg_error("igraph: out of memory");
    for (size_t i = 0; i < g->nedges; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)g->edges[i].source;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)g->edges[i].target;
    }
    if (igraph_create(&g->ig, &edges, (igraph_integer_t)g->nents, IGRAPH_DIRECTED)) {
        igraph_vector_int_destroy(&edges);
        return -1;
    }
    g->has_ig = 1;
    igraph_vector_int_destroy(&edges);
    igraph_vector_init(&weights, (igraph_integer_t)g->nedges);
    igraph_vector_init(&pr, 0);
    igraph_vector_init(&btw, 0);
    igraph_vector_int_init(&membership, 0);
    for (size_t i = 0; i < g->nedges; i++)
        VECTOR(weights)[i] = (double)g->edges[i].weight;
    igraph_real_t value;
    if (g->nents && igraph_pagerank(&g->ig, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all(), IGRAPH_DIRECTED,
                                    0.85, g->nedges ? &weights : NULL, NULL))
        goto out;
    igraph_integer_t ncomp = 0;
    if (g->nents && igraph_connected_components(&g->ig, &membership, NULL, &ncomp, IGRAPH_WEAK))
        goto out;
    if (g->nents && betweenness(g, &btw, &membership, ncomp))
        goto out;
    /* number components by their smallest vertex, whatever igraph's order */
    long *renum = xcalloc((size_t)ncomp + 1, sizeof(long));
    for (size_t i = 0; i < (size_t)ncomp; i++)
        renum[i] = -1;
    long next = 0;
    for (size_t v = 0; v < g->nents; v++) {
        igraph_integer_t m = VECTOR(membership)[v];
        if (renum[m] < 0)
            renum[m] = next++;
        g->ents[v].component = renum[m];
        g->ents[v].pagerank = VECTOR(pr)[v];
        g->ents[v].betweenness = VECTOR(btw)[v];
    }
    free(renum);
    g->ncomponents = (long)ncomp;
    if (g->nents + g->nedges <= KG_IGRAPH_ATTRIBUTES_MAX && set_attributes(g))
        goto out;
    rc = 0;
out:
    igraph_vector_destroy(&weights);
    igraph_vector_destroy(&pr);
    igraph_vector_destroy(&btw);
    igraph_vector_int_destroy(&membership);
    return rc;
}

/* A hash of a sentence's words: letters and non-ASCII letters, lower-cased;
 * case, punctuation, spacing and digits do not count, so a syndicated copy
 * hashes like its original. */
static uint64_t sentence_key(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    int gap = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned c = *p;
        if (c >= 'A' && c <= 'Z')
            c += 'a' - 'A';
        /* Unicode punctuation (U+00A0..U+00BF, U+2000..U+206F: no-break
         * space, curly quotes, dashes, ellipsis) is punctuation too */
        if ((c == 0xC2 && p[1] >= 0xA0 && p[1] <= 0xBF) ||
            (c == 0xE2 && (p[1] == 0x80 || p[1] == 0x81) && p[2] >= 0x80 && p[2] <= 0xBF)) {
            p += c == 0xC2 ? 1 : 2;
            gap = 1;
            continue;
        }
        if ((c >= 'a' && c <= 'z') || c >= 0x80) {
            if (gap)
                h = (h ^ ' ') * 1099511628211ULL;
            gap = 0;
            h = (h ^ c) * 1099511628211ULL;
        } else if (!(c >= '0' && c <= '9')) {
            gap = 1;
        }
    }
    return h;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static long distinct_sentences(struct priv *p, const struct kg_evidence *v, size_t n)
{
    if (n < 2)
        return (long)n;
    /* rows without a sentence cannot be told apart: each counts */
    if (n > p->keys_alloc) {
        free(p->keys);
        p->keys_alloc = n > 64 ? n : 64;
        p->keys = xcalloc(p->keys_alloc, sizeof(*p->keys));
    }
    uint64_t *k = p->keys;
    size_t nk = 0;
    long d = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i].sentence[0])
            k[nk++] = sentence_key(v[i].sentence);
        else
            d++;
    }
    if (nk > 1)
        qsort(k, nk, sizeof(*k), cmp_u64);
    for (size_t i = 0; i < nk; i++)
        d += !i || k[i] != k[i - 1];
    return d;
}

/* Same source, relation and target: rows of one edge. */
static int same_edge(const struct kg_evidence *a, const struct kg_evidence *b)
{
    return a->source == b->source && a->target == b->target && a->relation == b->relation;
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t) * (const char *const *)a, y = (uintptr_t) * (const char *const *)b;
    return x < y ? -1 : x > y;
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void kg_graph_docs(struct kg_graph *g)
{
    struct priv *p = priv(g);
    free(g->docs);
    free(g->quiet_docs);
    g->docs = xcalloc(p->docset_n + 1, sizeof(*g->docs));
    g->quiet_docs = xcalloc(p->docset_n + 1, sizeof(*g->quiet_docs));
    g->ndocs = g->nquiet_docs = 0;
    for (size_t i = 0; i < p->docset_size; i++)
        if (p->docset[i].doc) {
            g->docs[g->ndocs++] = p->docset[i].doc;
            if (!p->docset[i].rel)
                g->quiet_docs[g->nquiet_docs++] = p->docset[i].doc;
        }
    if (g->ndocs > 1)
        qsort(g->docs, g->ndocs, sizeof(*g->docs), cmp_cstr);
    if (g->nquiet_docs > 1)
        qsort(g->quiet_docs, g->nquiet_docs, sizeof(*g->quiet_docs), cmp_cstr);
}

int kg_graph_finish(struct kg_graph *g)
{
    int rc = 0;
    struct priv *p = priv(g);
    if (p->odd_values > KG_ODD_SAID)
        kg_warn_at(NULL, 0, "%ld more members not of their kind (dates that are no days, counts that are no "
                   "counts, lists that are none), taken as the first %d were",
                   p->odd_values - KG_ODD_SAID, KG_ODD_SAID);
    kg_graph_docs(g);
    sort_entities(g);
    for (size_t i = 0; i < g->nents; i++) {
        struct kg_entity *e = &g->ents[i];
        ATOM(e->id)->ent = (long)i;
        int best = 0;
        for (int t = 1; t < KG_NTYPES; t++)
            if (e->type_mentions[t] > e->type_mentions[best])
                best = t;
        e->type = best;
        if (e->naliases > 1)
            qsort(e->aliases, e->naliases, sizeof(char *), cmp_str);
        e->indegree = e->outdegree = e->component = e->community = 0;
        e->wdegree = e->pagerank = e->betweenness = 0;
    }
    /* resolve ends; drop rows whose ends have no entity record */
    size_t keep = 0;
    for (size_t i = 0; i < g->nev; i++) {
        struct kg_evidence *v = &g->ev[i];
        long s = ATOM(v->src_id)->ent, t = ATOM(v->dst_id)->ent;
        if ((s < 0 || t < 0) && g->keep_pending) {
            KG_GROW(g->pending, g->npending + 1, p->pending_alloc);
            g->pending[g->npending++] = *v;
            continue;
        }
        if (s < 0 || t < 0) {
            /* (named by the input and line add_relation kept in source
             * and target; the first KG_ODD_SAID of them, then a count) */
            rc = -1;
            if (++p->dangling > KG_ODD_SAID)
                continue;
            const char *f = v->target < p->nfiles && p->files[v->target][0] ? p->files[v->target] : NULL;
            kg_error_at(f, f ? (long)v->source : 0, "relation %s %s %s (article %s): %s has no entity record",
                        v->src_id, kg_relations[v->relation].name, v->dst_id, v->doc[0] ? v->doc : "unnamed",
                        s < 0 ? v->src_id : v->dst_id);
            continue;
        }
        v->source = (size_t)s;
        v->target = (size_t)t;
        g->ev[keep++] = *v;
    }
    g->nev = keep;
    if (g->npending) {
        qsort(g->pending, g->npending, sizeof(*g->pending), cmp_pending);
        kg_warn_at(NULL, 0, "%zu relation row%s whose ends have no entity record in these streams: written as %s, "
                   "to be merged with the streams that have them", g->npending, g->npending == 1 ? "" : "s",
                   g->npending == 1 ? "it is" : "they are");
    }
    if (p->dangling > KG_ODD_SAID)
        kg_error_at(NULL, 0, "%ld more relation rows whose ends have no entity record", p->dangling - KG_ODD_SAID);
    p->dangling = 0;
    sort_evidence(g);
    free(g->edges);
    g->nedges = 0;
    for (size_t i = 0; i < g->nev; i++)
        g->nedges += !i || !same_edge(&g->ev[i - 1], &g->ev[i]);
    g->edges = xcalloc(g->nedges ? g->nedges : 1, sizeof(*g->edges));
    g->nedges = 0;
    for (size_t i = 0; i < g->nev;) {
        size_t j = i;
        struct kg_edge *e = &g->edges[g->nedges++];
        e->source = g->ev[i].source;
        e->target = g->ev[i].target;
        e->relation = g->ev[i].relation;
        e->ev_first = i;
        e->first_date = e->last_date = "";
        e->modality = KG_NMODS;
        while (j < g->nev && same_edge(&g->ev[j], &g->ev[i])) {
            const struct kg_evidence *v = &g->ev[j];
            e->instances++;
            e->modalities[v->modality]++;
            if (v->modality < e->modality)
                e->modality = v->modality;
            if (v->date[0]) {
                if (!e->first_date[0] || strcmp(v->date, e->first_date) < 0)
                    e->first_date = v->date;
                if (!e->last_date[0] || strcmp(v->date, e->last_date) > 0)
                    e->last_date = v->date;
            }
            /* documents: rows are sorted by doc within the edge, and
             * interned, so one document is one pointer */
            if (j == i || v->doc != g->ev[j - 1].doc)
                e->ndocs++;
            j++;
        }
        e->weight = distinct_sentences(p, g->ev + i, j - i);
        i = j;
    }
    if (g->has_ig) {
        igraph_destroy(&g->ig);
        g->has_ig = 0;
    }
    if (!g->lean && analyse(g))
        rc = -1;
    g->finished = 1;
    return rc;
}

/* ---- the merged stream ---- */

/* A literal, without a strlen. */
#define ADD_LIT(b, lit) kg_buf_add((b), (lit), sizeof(lit) - 1)

/* ,"key": and the JSON string s; keys are plain names. */
static void add_str(struct kg_buf *b, const char *key, const char *s)
{
    kg_buf_addc(b, ',');
    kg_buf_addc(b, '"');
    kg_buf_adds(b, key);
    kg_buf_add(b, "\":", 2);
    kg_buf_add_json_str(b, s, strlen(s));
}

/* A JSON string of an interned string (ids, documents, dates), whose
 * length is known. */
static void add_atom(struct kg_buf *b, const char *s)
{
    kg_buf_add_json_str(b, s, ATOM(s)->len);
}

/* A name that needs no escape, quoted: "meets". */
static void add_name(struct kg_buf *b, const char *s)
{
    kg_buf_addc(b, '"');
    kg_buf_adds(b, s);
    kg_buf_addc(b, '"');
}

/* A count or offset, in decimal. */
static void add_long(struct kg_buf *b, long v)
{
    char num[24];
    if (v < 0) {
        kg_buf_addc(b, '-');
        kg_buf_add(b, num, (size_t)(kg_fmt_u64(num, 0ULL - (unsigned long long)v) - num));
    } else {
        kg_buf_add(b, num, (size_t)(kg_fmt_u64(num, (unsigned long long)v) - num));
    }
}

void kg_graph_sources(const struct kg_graph *g, size_t *ndocs, const char **first, const char **last)
{
    *first = *last = "";
    for (size_t i = 0; i < g->nev; i++) {
        const char *d = g->ev[i].date;
        if (d[0] && d != *first && (!(*first)[0] || strcmp(d, *first) < 0))
            *first = d;
        if (d[0] && d != *last && (!(*last)[0] || strcmp(d, *last) > 0))
            *last = d;
    }
    /* distinct documents: the rows share their strings (the graph interns
     * them), so the pointers are made unique first and only those strings
     * compared */
    const char **dv = xcalloc(g->nev + 1, sizeof(*dv));
    for (size_t i = 0; i < g->nev; i++)
        dv[i] = g->ev[i].doc;
    size_t n = g->nev, k = 0;
    if (n > 1)
        qsort(dv, n, sizeof(*dv), cmp_ptr);
    for (size_t i = 0; i < n; i++)
        if (!k || dv[i] != dv[k - 1])
            dv[k++] = dv[i];
    if (k > 1)
        qsort(dv, k, sizeof(*dv), cmp_cstr);
    *ndocs = 0;
    for (size_t i = 0; i < k; i++)
        *ndocs += !i || strcmp(dv[i], dv[i - 1]);
    free(dv);
}

void kg_entity_types_text(const struct kg_entity *e, struct kg_buf *b)
{
    int first = 1;
    for (int t = 0; t < KG_NTYPES; t++)
        if (e->type_mentions[t]) {
            if (!first)
                kg_buf_addc(b, '|');
            kg_buf_addf(b, "%s:%ld", kg_etype_names[t], e->type_mentions[t]);
            first = 0;
        }
}

void kg_entity_types_json(const struct kg_entity *e, struct kg_buf *b)
{
    int first = 1;
    kg_buf_addc(b, '{');
    for (int t = 0; t < KG_NTYPES; t++)
        if (e->type_mentions[t]) {
            if (!first)
                kg_buf_addc(b, ',');
            add_name(b, kg_etype_names[t]);
            kg_buf_addc(b, ':');
            add_long(b, e->type_mentions[t]);
            first = 0;
        }
    kg_buf_addc(b, '}');
}

void kg_entity_aliases_text(const struct kg_entity *e, struct kg_buf *b)
{
    for (size_t a = 0; a < e->naliases; a++) {
        if (a)
            kg_buf_addc(b, '|');
        kg_buf_adds(b, e->aliases[a]);
    }
}

void kg_types_json(struct kg_buf *rec, const char *types, const char *type)
{
    long n[KG_NTYPES] = {0};
    int any = 0;
    for (const char *p = types; *p;) {
        const char *colon = strchr(p, ':');
        if (!colon)
            return;
        char name[16];
        size_t len = (size_t)(colon - p);
        if (len >= sizeof name)
            return;
        memcpy(name, p, len);
        name[len] = '\0';
        int t = name_of(kg_etype_names, KG_NTYPES, name);
        char *end;
        errno = 0;
        long v = strtol(colon + 1, &end, 10);
        if (t < 0 || n[t] || end == colon + 1 || v <= 0 || errno || (*end && *end != '|') || v > (1L << 50))
            return;
        n[t] = v;
        any = 1;
        p = *end ? end + 1 : end;
    }
    int most = 0;
    for (int t = 1; t < KG_NTYPES; t++)
        if (n[t] > n[most])
            most = t;
    /* (not the mentions too: a record of 0 mentions gives its type one) */
    if (!any || strcmp(type, kg_etype_names[most]))
        return;
    kg_buf_adds(rec, ",\"types\":{");
    for (int t = 0, k = 0; t < KG_NTYPES; t++)
        if (n[t])
            kg_buf_addf(rec, "%s\"%s\":%ld", k++ ? "," : "", kg_etype_names[t], n[t]);
    kg_buf_addc(rec, '}');
}

static void entity_record(struct kg_buf *b, const struct kg_entity *e)
{
    ADD_LIT(b, "{\"kind\":\"entity\",\"id\":");
    add_atom(b, e->id);
    add_str(b, "label", e->label);
    ADD_LIT(b, ",\"type\":");
    add_name(b, kg_etype_names[e->type]);
    ADD_LIT(b, ",\"mentions\":");
    add_long(b, e->mentions);
    ADD_LIT(b, ",\"docs\":");
    add_long(b, e->docs);
    ADD_LIT(b, ",\"types\":");
    kg_entity_types_json(e, b);
    ADD_LIT(b, ",\"aliases\":[");
    for (size_t a = 0; a < e->naliases; a++) {
        if (a)
            kg_buf_addc(b, ',');
        kg_buf_add_json_str(b, e->aliases[a], strlen(e->aliases[a]));
    }
    ADD_LIT(b, "]}\n");
}

static void edge_record(struct kg_buf *b, const struct kg_graph *g, const struct kg_edge *e)
{
    ADD_LIT(b, "{\"kind\":\"edge\",\"source\":");
    add_atom(b, g->ents[e->source].id);
    ADD_LIT(b, ",\"relation\":");
    add_name(b, kg_relations[e->relation].name);
    ADD_LIT(b, ",\"target\":");
    add_atom(b, g->ents[e->target].id);
    ADD_LIT(b, ",\"weight\":");
    add_long(b, e->weight);
    ADD_LIT(b, ",\"instances\":");
    add_long(b, e->instances);
    ADD_LIT(b, ",\"docs\":");
    add_long(b, e->ndocs);
    ADD_LIT(b, ",\"modality\":");
    add_name(b, kg_modality_names[e->modality]);
    ADD_LIT(b, ",\"modalities\":{");
    int first = 1;
    for (int m = 0; m < KG_NMODS; m++)
        if (e->modalities[m]) {
            if (!first)
                kg_buf_addc(b, ',');
            add_name(b, kg_modality_names[m]);
            kg_buf_addc(b, ':');
            add_long(b, e->modalities[m]);
            first = 0;
        }
    kg_buf_addc(b, '}');
    /* a non-empty date is a row's, interned */
    if (e->first_date[0]) {
        ADD_LIT(b, ",\"first\":");
        add_atom(b, e->first_date);
    }
    if (e->last_date[0]) {
        ADD_LIT(b, ",\"last\":");
        add_atom(b, e->last_date);
    }
    ADD_LIT(b, "}\n");
}

static void relation_record(struct kg_buf *b, const struct kg_evidence *v)
{
    ADD_LIT(b, "{\"kind\":\"relation\",\"doc\":");
    add_atom(b, v->doc);
    ADD_LIT(b, ",\"source\":");
    add_atom(b, v->src_id);
    ADD_LIT(b, ",\"relation\":");
    add_name(b, kg_relations[v->relation].name);
    ADD_LIT(b, ",\"target\":");
    add_atom(b, v->dst_id);
    ADD_LIT(b, ",\"modality\":");
    add_name(b, kg_modality_names[v->modality]);
    add_str(b, "sentence", v->sentence);
    ADD_LIT(b, ",\"start\":");
    add_long(b, v->start);
    ADD_LIT(b, ",\"end\":");
    add_long(b, v->end);
    if (v->date[0]) {
        ADD_LIT(b, ",\"date\":");
        add_atom(b, v->date);
    }
    ADD_LIT(b, "}\n");
}

/* Records gather in a buffer that is written every 64 KB. */
static int flush(struct kg_buf *b, FILE *fp, size_t min)
{
    if (b->len < min)
        return 0;
    int rc = fwrite(b->buf, 1, b->len, fp) == b->len ? 0 : -1;
    kg_buf_reset(b);
    return rc;
}

int kg_graph_write_stream(const struct kg_graph *g, FILE *fp)
{
    struct kg_buf b = KG_BUF_INIT;
    int rc = 0;
    for (size_t i = 0; i < g->nents && !rc; i++) {
        entity_record(&b, &g->ents[i]);
        rc = flush(&b, fp, 65536);
    }
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        edge_record(&b, g, &g->edges[i]);
        rc = flush(&b, fp, 65536);
    }
    for (size_t i = 0; i < g->nev && !rc; i++) {
        relation_record(&b, &g->ev[i]);
        rc = flush(&b, fp, 65536);
    }
    for (size_t i = 0; i < g->npending && !rc; i++) {
        relation_record(&b, &g->pending[i]);
        rc = flush(&b, fp, 65536);
    }
    for (size_t i = 0; i < g->nquiet_docs && !rc; i++) {
        ADD_LIT(&b, "{\"kind\":\"document\",\"doc\":");
        add_atom(&b, g->quiet_docs[i]);
        ADD_LIT(&b, "}\n");
        rc = flush(&b, fp, 65536);
    }
    if (!rc)
        rc = flush(&b, fp, 0);
    kg_buf_release(&b);
    if (rc || ferror(fp))
        return -1;
    return 0;
}

int kg_graph_subset(const struct kg_graph *g, const char *keep_ent, const char *keep_ev, struct kg_graph *out)
{
    struct kg_buf b = KG_BUF_INIT;
    for (size_t i = 0; i < g->nents; i++)
        if (keep_ent[i])
            entity_record(&b, &g->ents[i]);
    for (size_t i = 0; i < g->nev; i++)
        if (keep_ev[i] && keep_ent[g->ev[i].source] && keep_ent[g->ev[i].target])
            relation_record(&b, &g->ev[i]);
    /* (the articles read stay read: those whose relations the selection
     * leaves out become document records, so that build --update of a
     * selected graph does not read them again) */
    for (size_t i = 0; i < g->ndocs; i++) {
        ADD_LIT(&b, "{\"kind\":\"document\",\"doc\":");
        add_atom(&b, g->docs[i]);
        ADD_LIT(&b, "}\n");
    }
    kg_graph_init(out);
    out->communities_max = g->communities_max;
    out->betweenness_budget = g->betweenness_budget;
    int rc = kg_graph_read_mem(out, b.buf ? b.buf : "", b.len, "<selection>");
    kg_buf_release(&b);
    if (kg_graph_finish(out))
        rc = -1;
    return rc;
}
