/* select.c - selections of a graph (see select.h). */
#include "select.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../extract/token.h"
#include "../schema.h"
#include "../xalloc.h"

/* A comma-separated list of names into a bit set; -1 on an unknown name. */
static int name_bits(const char *list, int (*from_name)(const char *), unsigned *bits, const char *what)
{
    char *copy = xstrdup(list), *save = NULL;
    int rc = 0;
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        while (*w == ' ')
            w++;
        int v = from_name(w);
        if (v < 0) {
            fprintf(stderr, "kgraph: unknown %s '%s'\n", what, w);
            rc = -1;
            break;
        }
        *bits |= 1u << v;
    }
    free(copy);
    if (!rc && !*bits) {
        fprintf(stderr, "kgraph: empty list of %ss\n", what);
        rc = -1;
    }
    return rc;
}

static int type_upper(const char *s)
{
    char u[16];
    size_t i = 0;
    for (; s[i] && i + 1 < sizeof u; i++)
        u[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 'a' + 'A' : s[i]);
    u[i] = '\0';
    return kg_etype_from_name(u);
}

/* YYYY, YYYY-MM or YYYY-MM-DD, as the first or the last day it covers. */
static int date_bound(const char *arg, char out[11], int last)
{
    size_t n = strlen(arg);
    for (size_t i = 0; i < n; i++)
        if (!((arg[i] >= '0' && arg[i] <= '9') || ((i == 4 || i == 7) && arg[i] == '-')))
            return -1;
    char day[11]; /* (the first day it names, which must be one of the calendar) */
    if (n == 4)
        snprintf(out, 11, "%s-%s", arg, last ? "12-31" : "01-01");
    else if (n == 7)
        snprintf(out, 11, "%s-%s", arg, last ? "31" : "01");
    else if (n == 10)
        snprintf(out, 11, "%s", arg);
    else
        return -1;
    snprintf(day, sizeof day, "%.8s%s", out, n == 10 ? out + 8 : "01");
    return kg_is_date(day) ? 0 : -1;
}

static int number(const char *arg, long *out, long min)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (!*arg || *end || v < min)
        return -1;
    *out = v;
    return 0;
}

int kg_select_option(struct kg_select *s, int c, const char *arg)
{
    int rc = 0;
    switch (c) {
    case KG_OPT_TYPES: rc = name_bits(arg, type_upper, &s->types, "entity type"); break;
    case KG_OPT_RELATIONS: rc = name_bits(arg, kg_rel_from_name, &s->relations, "relation"); break;
    case KG_OPT_MODALITY: rc = name_bits(arg, kg_modality_from_name, &s->modalities, "modality"); break;
    case KG_OPT_MIN_WEIGHT:
        if ((rc = number(arg, &s->min_weight, 0)))
            fprintf(stderr, "kgraph: --min-weight wants a whole number, got '%s'\n", arg);
        break;
    case KG_OPT_SINCE:
    case KG_OPT_UNTIL:
        if ((rc = date_bound(arg, c == KG_OPT_SINCE ? s->since : s->until, c == KG_OPT_UNTIL)))
            fprintf(stderr, "kgraph: a date is YYYY-MM-DD, YYYY-MM or YYYY, a day or month of the calendar, got '%s'\n",
                    arg);
        break;
    case KG_OPT_AROUND: s->around = arg; break;
    case KG_OPT_DEPTH:
        if ((rc = number(arg, &s->depth, 0)))
            fprintf(stderr, "kgraph: --depth wants a whole number, got '%s'\n", arg);
        break;
    case KG_OPT_TOP:
        if ((rc = number(arg, &s->top, 1)))
            fprintf(stderr, "kgraph: --top wants a positive number, got '%s'\n", arg);
        break;
    default: return 0;
    }
    return rc ? -1 : 1;
}

int kg_select_active(const struct kg_select *s)
{
    return s->types || s->relations || s->modalities || s->min_weight > 0 || s->since[0] || s->until[0] ||
           s->around || s->top > 0;
}

/* Replace *g by its subset; entities left without relations go too when
 * `prune` is set. */
static int reduce(struct kg_graph *g, char *keep_ent, char *keep_ev, int prune)
{
    if (prune) {
        char *used = xcalloc(g->nents + 1, 1);
        for (size_t i = 0; i < g->nev; i++)
            if (keep_ev[i] && keep_ent[g->ev[i].source] && keep_ent[g->ev[i].target])
                used[g->ev[i].source] = used[g->ev[i].target] = 1;
        for (size_t i = 0; i < g->nents; i++)
            keep_ent[i] = keep_ent[i] && used[i];
        free(used);
    }
    struct kg_graph out;
    int rc = kg_graph_subset(g, keep_ent, keep_ev, &out);
    kg_graph_release(g);
    *g = out;
    return rc;
}

/* Does label hold name as whole words ("Kakar" in "Anwaar-ul-Haq Kakar",
 * not in "Kakaristan"), ignoring case?  A word ends where kg_tokenize's
 * words end: "Jos" is not a word of "José", and a dash or a typographic
 * quote ends one ("Haq" in "Anwaar\u2013Haq"). */
static int label_has_words(const char *label, const char *name)
{
    size_t n = strlen(name), len = strlen(label), used;
    if (!n)
        return 0;
    for (size_t i = 0; i + n <= len; i++) {
        if (strncasecmp(label + i, name, n))
            continue;
        /* the character before: back over UTF-8 continuation bytes to
         * the byte that starts it (bytes that make no character are no
         * word) */
        int before = 1;
        if (i > 0) {
            size_t b = i - 1;
            while (b > 0 && i - b < 4 && ((unsigned char)label[b] & 0xC0) == 0x80)
                b--;
            before = !kg_word_char(label + b, i - b, &used) || used != i - b;
        }
        int after = i + n == len || !kg_word_char(label + i + n, len - i - n, &used);
        if (before && after)
            return 1;
    }
    return 0;
}

/* The entity --around names: by id, label or alias (ignoring case), else
 * the one entity whose label holds it as whole words (a surname: "Kakar").
 * -1, said on stderr, when none or several do. */
static long find_entity(const struct kg_graph *g, const char *name)
{
    long i = kg_graph_find(g, name);
    if (i >= 0)
        return i;
    for (size_t k = 0; k < g->nents; k++)
        if (!strcasecmp(g->ents[k].id, name) || !strcasecmp(g->ents[k].label, name))
            return (long)k;
    for (size_t k = 0; k < g->nents; k++)
        for (size_t a = 0; a < g->ents[k].naliases; a++)
            if (!strcasecmp(g->ents[k].aliases[a], name))
                return (long)k;
    long found = -1, count = 0;
    for (size_t k = 0; k < g->nents; k++)
        if (label_has_words(g->ents[k].label, name)) {
            if (!count++)
                found = (long)k;
        }
    if (count == 1)
        return found;
    if (!count) {
        fprintf(stderr, "kgraph: --around: no entity is called '%s'\n", name);
        return -1;
    }
    /* (entities are in id order: the list is the same every run) */
    fprintf(stderr, "kgraph: --around: '%s' is in the names of %ld entities; give the id of one:", name, count);
    long shown = 0;
    for (size_t k = 0; k < g->nents && shown < 10; k++)
        if (label_has_words(g->ents[k].label, name))
            fprintf(stderr, "%s %s (%s)", shown++ ? "," : "", g->ents[k].id, g->ents[k].label);
    fprintf(stderr, "%s\n", count > shown ? ", ..." : "");
    return -1;
}

static int by_pagerank(const void *a, const void *b, void *g_)
{
    const struct kg_graph *g = g_;
    const struct kg_entity *x = &g->ents[*(const size_t *)a], *y = &g->ents[*(const size_t *)b];
    /* rounded, so that ties that differ in the last bits fall to the id */
    double px = (double)(long long)(x->pagerank * 1e12), py = (double)(long long)(y->pagerank * 1e12);
    if (px != py)
        return px > py ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* Sort entity indices by PageRank with a merge sort (qsort has no context
 * argument in C11). */
static void sort_indices(size_t *v, size_t n, const struct kg_graph *g)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    sort_indices(v, h, g);
    sort_indices(v + h, n - h, g);
    size_t *tmp = xcalloc(n, sizeof(*tmp));
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = by_pagerank(&v[j], &v[i], (void *)g) < 0 ? v[j++] : v[i++];
    while (i < h)
        tmp[k++] = v[i++];
    while (j < n)
        tmp[k++] = v[j++];
    memcpy(v, tmp, n * sizeof(*v));
    free(tmp);
}

void kg_graph_top(const struct kg_graph *g, size_t k, char *keep)
{
    size_t *order = xcalloc(g->nents + 1, sizeof(size_t));
    for (size_t i = 0; i < g->nents; i++)
        order[i] = i;
    sort_indices(order, g->nents, g);
    for (size_t i = 0; i < k && i < g->nents; i++)
        keep[order[i]] = 1;
    free(order);
}

int kg_graph_select(struct kg_graph *g, const struct kg_select *s)
{
    if (s->depth >= 0 && !s->around)
        kg_warn_at(NULL, 0, "--depth without --around: no entity to count steps from, ignored");
    if (!kg_select_active(s))
        return 0;
    int rc = 0;
    size_t had = g->nents;
    /* 1. evidence rows */
    if (s->relations || s->modalities || s->since[0] || s->until[0]) {
        char *ke = xcalloc(g->nents + 1, 1), *kv = xcalloc(g->nev + 1, 1);
        memset(ke, 1, g->nents);
        for (size_t i = 0; i < g->nev; i++) {
            const struct kg_evidence *v = &g->ev[i];
            int ok = (!s->relations || (s->relations & (1u << v->relation))) &&
                     (!s->modalities || (s->modalities & (1u << v->modality)));
            if ((s->since[0] || s->until[0]) &&
                (!v->date[0] || (s->since[0] && strcmp(v->date, s->since) < 0) ||
                 (s->until[0] && strcmp(v->date, s->until) > 0)))
                ok = 0;
            kv[i] = (char)ok;
        }
        if (reduce(g, ke, kv, 1))
            rc = -1;
        free(ke);
        free(kv);
    }
    /* 2. edges by weight, entities by type */
    if (s->min_weight > 0 || s->types) {
        char *ke = xcalloc(g->nents + 1, 1), *kv = xcalloc(g->nev + 1, 1);
        for (size_t i = 0; i < g->nents; i++)
            ke[i] = (char)(!s->types || (s->types & (1u << g->ents[i].type)));
        for (size_t e = 0; e < g->nedges; e++)
            if (g->edges[e].weight >= s->min_weight)
                for (long k = 0; k < g->edges[e].instances; k++)
                    kv[g->edges[e].ev_first + (size_t)k] = 1;
        if (reduce(g, ke, kv, 1))
            rc = -1;
        free(ke);
        free(kv);
    }
    /* 3. the neighbourhood of one entity, breadth first */
    if (s->around) {
        long root = find_entity(g, s->around);
        char *ke = xcalloc(g->nents + 1, 1), *kv = xcalloc(g->nev + 1, 1);
        memset(kv, 1, g->nev);
        if (root < 0) {
            rc = -1;
        } else {
            long *dist = xcalloc(g->nents + 1, sizeof(long));
            for (size_t i = 0; i < g->nents; i++)
                dist[i] = -1;
            dist[root] = 0;
            /* one sweep over the edges per step: O(depth x edges) */
            int grew = 1;
            for (long d = 0; d < (s->depth < 0 ? 1 : s->depth) && grew; d++) {
                grew = 0;
                for (size_t e = 0; e < g->nedges; e++) {
                    size_t a = g->edges[e].source, b = g->edges[e].target;
                    if (dist[a] == d && dist[b] < 0)
                        dist[b] = d + 1, grew = 1;
                    else if (dist[b] == d && dist[a] < 0)
                        dist[a] = d + 1, grew = 1;
                }
            }
            for (size_t i = 0; i < g->nents; i++)
                ke[i] = dist[i] >= 0;
            free(dist);
        }
        if (reduce(g, ke, kv, 0))
            rc = -1;
        free(ke);
        free(kv);
    }
    /* 4. the top entities by PageRank */
    if (s->top > 0 && (size_t)s->top < g->nents) {
        char *ke = xcalloc(g->nents + 1, 1), *kv = xcalloc(g->nev + 1, 1);
        memset(kv, 1, g->nev);
        kg_graph_top(g, (size_t)s->top, ke);
        if (reduce(g, ke, kv, 0))
            rc = -1;
        free(ke);
        free(kv);
    }
    /* (what is written is what the selection kept, however little; an
     * empty one is said, since it empties files written before) */
    if (!rc && had && !g->nents)
        kg_warn_at(NULL, 0, "the selection kept no entity and no relation: the output is empty");
    return rc;
}
