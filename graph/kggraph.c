/* kggraph.c - read streams, aggregate, analyse with igraph, write the merged stream. */
#include "kggraph.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../json.h"
#include "../kgbuf.h"
#include "../xalloc.h"

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

/* ---- id index: open addressing over entity indices ---- */

struct index {
    size_t *slot; /* entity index + 1, 0 = empty */
    size_t size;  /* power of two */
};

static size_t hash_str(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

static size_t *index_slot(const struct kg_graph *g, const char *id)
{
    const struct index *ix = g->index;
    size_t i = hash_str(id) & (ix->size - 1);
    while (ix->slot[i] && strcmp(g->ents[ix->slot[i] - 1].id, id))
        i = (i + 1) & (ix->size - 1);
    return &ix->slot[i];
}

static void index_grow(struct kg_graph *g)
{
    struct index *ix = g->index;
    if (!ix) {
        ix = g->index = xcalloc(1, sizeof(*ix));
    }
    if ((g->nents + 1) * 2 <= ix->size)
        return;
    size_t n = ix->size ? ix->size * 2 : 1024;
    free(ix->slot);
    ix->slot = xcalloc(n, sizeof(*ix->slot));
    ix->size = n;
    for (size_t e = 0; e < g->nents; e++)
        *index_slot(g, g->ents[e].id) = e + 1;
}

static void index_free(struct kg_graph *g)
{
    struct index *ix = g->index;
    if (ix)
        free(ix->slot);
    free(ix);
    g->index = NULL;
}

/* ---- life cycle ---- */

void kg_graph_init(struct kg_graph *g)
{
    memset(g, 0, sizeof(*g));
}

void kg_graph_release(struct kg_graph *g)
{
    for (size_t i = 0; i < g->nents; i++) {
        struct kg_entity *e = &g->ents[i];
        free(e->id);
        free(e->label);
        for (size_t a = 0; a < e->naliases; a++)
            free(e->aliases[a]);
        free(e->aliases);
    }
    free(g->ents);
    for (size_t i = 0; i < g->nev; i++) {
        struct kg_evidence *v = &g->ev[i];
        free(v->doc);
        free(v->date);
        free(v->sentence);
        free(v->src_id);
        free(v->dst_id);
    }
    free(g->ev);
    free(g->edges);
    if (g->has_ig)
        igraph_destroy(&g->ig);
    index_free(g);
    kg_graph_init(g);
}

/* ---- adding records ---- */

static struct kg_entity *entity(struct kg_graph *g, const char *id)
{
    index_grow(g);
    size_t *s = index_slot(g, id);
    if (*s)
        return &g->ents[*s - 1];
    KG_GROW(g->ents, g->nents + 1, g->ents_alloc);
    struct kg_entity *e = &g->ents[g->nents];
    memset(e, 0, sizeof(*e));
    e->id = xstrdup(id);
    *s = ++g->nents;
    return e;
}

static void add_alias(struct kg_entity *e, const char *a)
{
    for (size_t i = 0; i < e->naliases; i++)
        if (!strcmp(e->aliases[i], a))
            return;
    KG_GROW(e->aliases, e->naliases + 1, e->aliases_alloc);
    e->aliases[e->naliases++] = xstrdup(a);
}

/* Strings in the graph are kept valid UTF-8 without control characters
 * other than tab and newline, whatever the stream held. */
static char *clean_str(const char *s)
{
    struct kg_buf b = KG_BUF_INIT;
    kg_buf_add_clean(&b, s, strlen(s));
    return kg_buf_detach(&b, NULL);
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

static int add_entity(struct kg_graph *g, const struct kg_json *rec, const char *file, long line)
{
    const char *id = kg_json_get_str(rec, "id");
    const char *label = kg_json_get_str(rec, "label");
    const char *type = kg_json_get_str(rec, "type");
    if (!id || !*id)
        return kg_error_at(file, line, "entity record without an id");
    int t = type ? kg_etype_from_name(type) : -1;
    const struct kg_json *types = kg_json_get(rec, "types");
    if (t < 0 && !(types && types->type == KG_JSON_OBJ))
        return kg_error_at(file, line, "entity '%s' has unknown type '%s'", id, type ? type : "");
    char *cid = clean_str(id);
    struct kg_entity *e = entity(g, cid);
    free(cid);
    long mentions = count(kg_json_get_num(rec, "mentions", 1));
    if (types && types->type == KG_JSON_OBJ) {
        for (size_t i = 0; i < types->n; i++) {
            int tt = kg_etype_from_name(types->keys[i]);
            if (tt >= 0 && types->items[i].type == KG_JSON_NUM && types->items[i].num > 0)
                e->type_mentions[tt] += count(types->items[i].num);
        }
    } else {
        e->type_mentions[t] += mentions ? mentions : 1;
    }
    e->mentions += mentions;
    e->docs += count(kg_json_get_num(rec, "docs", 1));
    char *cl = clean_str(label && *label ? label : id);
    if (!e->label || strcmp(cl, e->label) < 0) {
        free(e->label);
        e->label = cl;
    } else {
        free(cl);
    }
    const struct kg_json *al = kg_json_get(rec, "aliases");
    if (al && al->type == KG_JSON_ARR)
        for (size_t i = 0; i < al->n; i++)
            if (al->items[i].type == KG_JSON_STR && al->items[i].str[0]) {
                char *a = clean_str(al->items[i].str);
                add_alias(e, a);
                free(a);
            }
    return 0;
}

static int add_relation(struct kg_graph *g, const struct kg_json *rec, const char *file, long line)
{
    const char *src = kg_json_get_str(rec, "source");
    const char *dst = kg_json_get_str(rec, "target");
    const char *rel = kg_json_get_str(rec, "relation");
    const char *mod = kg_json_get_str(rec, "modality");
    if (!src || !dst || !rel)
        return kg_error_at(file, line, "relation record needs source, relation and target");
    int r = kg_rel_from_name(rel);
    if (r < 0)
        return kg_error_at(file, line, "unknown relation '%s'", rel);
    int m = mod ? kg_modality_from_name(mod) : KG_MOD_ASSERTED;
    if (m < 0)
        return kg_error_at(file, line, "unknown modality '%s'", mod);
    KG_GROW(g->ev, g->nev + 1, g->ev_alloc);
    struct kg_evidence *v = &g->ev[g->nev++];
    memset(v, 0, sizeof(*v));
    v->relation = r;
    v->modality = m;
    v->src_id = clean_str(src);
    v->dst_id = clean_str(dst);
    if (kg_relations[r].symmetric && strcmp(v->src_id, v->dst_id) > 0) {
        char *tmp = v->src_id;
        v->src_id = v->dst_id;
        v->dst_id = tmp;
    }
    const char *doc = kg_json_get_str(rec, "doc");
    const char *date = kg_json_get_str(rec, "date");
    const char *sent = kg_json_get_str(rec, "sentence");
    v->doc = clean_str(doc ? doc : "");
    v->date = clean_str(date ? date : "");
    v->sentence = clean_str(sent ? sent : "");
    v->start = count(kg_json_get_num(rec, "start", 0));
    v->end = count(kg_json_get_num(rec, "end", 0));
    return 0;
}

int kg_graph_add_record(struct kg_graph *g, const struct kg_json *rec, const char *file, long line)
{
    if (rec->type != KG_JSON_OBJ)
        return kg_error_at(file, line, "not a JSON object");
    const char *kind = kg_json_get_str(rec, "kind");
    if (!kind)
        return kg_error_at(file, line, "record without a \"kind\"");
    if (!strcmp(kind, "entity"))
        return add_entity(g, rec, file, line);
    if (!strcmp(kind, "relation") || !strcmp(kind, "evidence"))
        return add_relation(g, rec, file, line);
    if (!strcmp(kind, "edge"))
        return 0; /* aggregates are recomputed from the relation records */
    return kg_error_at(file, line, "unknown record kind '%s'", kind);
}

static int add_line(struct kg_graph *g, const char *s, size_t n, const char *name, long line)
{
    while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    size_t i = 0;
    /* a byte order mark before the first line, as Windows tools write */
    if (line == 1 && n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i == n)
        return 0;
    struct kg_json v;
    const char *err = NULL;
    if (kg_json_parse(s + i, n - i, &v, &err))
        return kg_error_at(name, line, "not a JSON line: %s", err ? err : "syntax error");
    int rc = kg_graph_add_record(g, &v, name, line);
    kg_json_release(&v);
    return rc;
}

int kg_graph_read_mem(struct kg_graph *g, const char *data, size_t len, const char *name)
{
    int rc = 0;
    long line = 0;
    size_t pos = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t e = nl ? (size_t)(nl - data) : len;
        line++;
        if (add_line(g, data + pos, e - pos, name, line))
            rc = -1;
        pos = e + 1;
    }
    g->nstreams++;
    return rc;
}

int kg_graph_read_stream(struct kg_graph *g, FILE *fp, const char *name)
{
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    int rc = 0;
    long line = 0;
    errno = 0;
    while ((n = getline(&buf, &cap, fp)) > 0) {
        line++;
        size_t len = (size_t)n;
        if (buf[len - 1] == '\n')
            len--;
        if (add_line(g, buf, len, name, line))
            rc = -1;
    }
    if (ferror(fp))
        rc = kg_error_at(name, 0, "read error%s%s", errno ? ": " : "", errno ? strerror(errno) : "");
    free(buf);
    g->nstreams++;
    return rc;
}

/* ---- finishing ---- */

static int cmp_ent(const void *a, const void *b)
{
    return strcmp(((const struct kg_entity *)a)->id, ((const struct kg_entity *)b)->id);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_ev(const void *a, const void *b)
{
    const struct kg_evidence *x = a, *y = b;
    int c;
    if ((c = strcmp(x->src_id, y->src_id)))
        return c;
    if (x->relation != y->relation)
        return x->relation < y->relation ? -1 : 1;
    if ((c = strcmp(x->dst_id, y->dst_id)))
        return c;
    if ((c = strcmp(x->doc, y->doc)))
        return c;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    if (x->modality != y->modality)
        return x->modality < y->modality ? -1 : 1;
    if ((c = strcmp(x->sentence, y->sentence)))
        return c;
    return strcmp(x->date, y->date);
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
 * N / sources (an unbiased estimate of the exact value). */
static int betweenness(struct kg_graph *g, igraph_vector_t *res)
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

static int analyse(struct kg_graph *g)
{
    igraph_vector_int_t edges;
    igraph_vector_t weights, pr, btw;
    igraph_vector_int_t membership;
    int rc = -1;
    g->ncomponents = 0;
    g->ncommunities = 0;
    g->modularity = NAN;
    g->betweenness_sources = 0;
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
    if (g->nents && betweenness(g, &btw))
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
    if (communities(g))
        goto out;
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        g->ents[e->source].outdegree++;
        g->ents[e->target].indegree++;
        g->ents[e->source].wdegree += (double)e->weight;
        g->ents[e->target].wdegree += (double)e->weight;
    }
    /* the igraph view carries the attributes too */
    for (size_t v = 0; v < g->nents; v++) {
        const struct kg_entity *e = &g->ents[v];
        igraph_integer_t vi = (igraph_integer_t)v;
        SETVAS(&g->ig, "name", vi, e->id);
        SETVAS(&g->ig, "label", vi, e->label);
        SETVAS(&g->ig, "type", vi, kg_etype_names[e->type]);
        SETVAN(&g->ig, "indegree", vi, (double)e->indegree);
        SETVAN(&g->ig, "outdegree", vi, (double)e->outdegree);
        SETVAN(&g->ig, "wdegree", vi, e->wdegree);
        SETVAN(&g->ig, "pagerank", vi, e->pagerank);
        SETVAN(&g->ig, "component", vi, (double)e->component);
        SETVAN(&g->ig, "betweenness", vi, e->betweenness);
        SETVAN(&g->ig, "community", vi, (double)e->community);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        SETEAS(&g->ig, "relation", (igraph_integer_t)i, kg_relations[g->edges[i].relation].name);
        SETEAN(&g->ig, "weight", (igraph_integer_t)i, (double)g->edges[i].weight);
    }
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

static long distinct_sentences(const struct kg_evidence *v, size_t n)
{
    if (n < 2)
        return (long)n;
    /* rows without a sentence cannot be told apart: each counts */
    uint64_t *k = xcalloc(n, sizeof(*k));
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
    free(k);
    return d;
}

int kg_graph_finish(struct kg_graph *g)
{
    int rc = 0;
    index_free(g);
    if (g->nents > 1)
        qsort(g->ents, g->nents, sizeof(*g->ents), cmp_ent);
    for (size_t i = 0; i < g->nents; i++) {
        struct kg_entity *e = &g->ents[i];
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
        long s = kg_graph_find(g, v->src_id), t = kg_graph_find(g, v->dst_id);
        if (s < 0 || t < 0) {
            rc = kg_error("%s: relation %s %s %s: %s has no entity record", v->doc, v->src_id,
                          kg_relations[v->relation].name, v->dst_id, s < 0 ? v->src_id : v->dst_id);
            free(v->doc);
            free(v->date);
            free(v->sentence);
            free(v->src_id);
            free(v->dst_id);
            continue;
        }
        v->source = (size_t)s;
        v->target = (size_t)t;
        g->ev[keep++] = *v;
    }
    g->nev = keep;
    if (g->nev > 1)
        qsort(g->ev, g->nev, sizeof(*g->ev), cmp_ev);
    free(g->edges);
    g->edges = xcalloc(g->nev ? g->nev : 1, sizeof(*g->edges));
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
        while (j < g->nev && g->ev[j].source == e->source && g->ev[j].target == e->target &&
               g->ev[j].relation == e->relation) {
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
            /* documents: rows are sorted by doc within the edge */
            if (j == i || strcmp(v->doc, g->ev[j - 1].doc))
                e->ndocs++;
            j++;
        }
        e->weight = distinct_sentences(g->ev + i, j - i);
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

static void add_str(struct kg_buf *b, const char *key, const char *s)
{
    kg_buf_addf(b, ",\"%s\":", key);
    kg_buf_add_json_str(b, s, strlen(s));
}

static void entity_record(struct kg_buf *b, const struct kg_entity *e)
{
    kg_buf_adds(b, "{\"kind\":\"entity\"");
    add_str(b, "id", e->id);
    add_str(b, "label", e->label);
    kg_buf_addf(b, ",\"type\":\"%s\",\"mentions\":%ld,\"docs\":%ld,\"types\":{", kg_etype_names[e->type],
                e->mentions, e->docs);
    int first = 1;
    for (int t = 0; t < KG_NTYPES; t++)
        if (e->type_mentions[t]) {
            kg_buf_addf(b, "%s\"%s\":%ld", first ? "" : ",", kg_etype_names[t], e->type_mentions[t]);
            first = 0;
        }
    kg_buf_adds(b, "},\"aliases\":[");
    for (size_t a = 0; a < e->naliases; a++) {
        if (a)
            kg_buf_addc(b, ',');
        kg_buf_add_json_str(b, e->aliases[a], strlen(e->aliases[a]));
    }
    kg_buf_adds(b, "]}\n");
}

static void edge_record(struct kg_buf *b, const struct kg_graph *g, const struct kg_edge *e)
{
    kg_buf_adds(b, "{\"kind\":\"edge\"");
    add_str(b, "source", g->ents[e->source].id);
    kg_buf_addf(b, ",\"relation\":\"%s\"", kg_relations[e->relation].name);
    add_str(b, "target", g->ents[e->target].id);
    kg_buf_addf(b, ",\"weight\":%ld,\"instances\":%ld,\"docs\":%ld,\"modality\":\"%s\",\"modalities\":{", e->weight,
                e->instances, e->ndocs, kg_modality_names[e->modality]);
    int first = 1;
    for (int m = 0; m < KG_NMODS; m++)
        if (e->modalities[m]) {
            kg_buf_addf(b, "%s\"%s\":%ld", first ? "" : ",", kg_modality_names[m], e->modalities[m]);
            first = 0;
        }
    kg_buf_addc(b, '}');
    if (e->first_date[0])
        add_str(b, "first", e->first_date);
    if (e->last_date[0])
        add_str(b, "last", e->last_date);
    kg_buf_adds(b, "}\n");
}

static void relation_record(struct kg_buf *b, const struct kg_evidence *v)
{
    kg_buf_adds(b, "{\"kind\":\"relation\"");
    add_str(b, "doc", v->doc);
    add_str(b, "source", v->src_id);
    kg_buf_addf(b, ",\"relation\":\"%s\"", kg_relations[v->relation].name);
    add_str(b, "target", v->dst_id);
    kg_buf_addf(b, ",\"modality\":\"%s\"", kg_modality_names[v->modality]);
    add_str(b, "sentence", v->sentence);
    kg_buf_addf(b, ",\"start\":%ld,\"end\":%ld", v->start, v->end);
    if (v->date[0])
        add_str(b, "date", v->date);
    kg_buf_adds(b, "}\n");
}

int kg_graph_write_stream(const struct kg_graph *g, FILE *fp)
{
    struct kg_buf b = KG_BUF_INIT;
    int rc = 0;
    for (size_t i = 0; i < g->nents && !rc; i++) {
        kg_buf_reset(&b);
        entity_record(&b, &g->ents[i]);
        if (fwrite(b.buf, 1, b.len, fp) != b.len)
            rc = -1;
    }
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        kg_buf_reset(&b);
        edge_record(&b, g, &g->edges[i]);
        if (fwrite(b.buf, 1, b.len, fp) != b.len)
            rc = -1;
    }
    for (size_t i = 0; i < g->nev && !rc; i++) {
        kg_buf_reset(&b);
        relation_record(&b, &g->ev[i]);
        if (fwrite(b.buf, 1, b.len, fp) != b.len)
            rc = -1;
    }
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
    kg_graph_init(out);
    int rc = kg_graph_read_mem(out, b.buf ? b.buf : "", b.len, "<selection>");
    kg_buf_release(&b);
    if (kg_graph_finish(out))
        rc = -1;
    return rc;
}
