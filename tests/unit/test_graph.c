/* Unit tests for graph/kggraph.c: reading streams, aggregation and metrics. */
#include <math.h>
#include <stdlib.h>

#include "check.h"
#include "diag.h"
#include "graph/kggraph.h"
#include "json.h"
#include "kgbuf.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-6)

static int read_str(struct kg_graph *g, const char *s)
{
    return kg_graph_read_mem(g, s, strlen(s), "mem.jsonl");
}

/* Two entities and relations between them: a symmetric relation given in
 * both directions, and a directed one. */
static const char *const stream2 =
    "{\"kind\":\"entity\",\"id\":\"pakistan\",\"label\":\"Pakistan\",\"type\":\"GPE\",\"mentions\":3,\"docs\":2,"
    "\"aliases\":[\"Pakistan\",\"Islamabad\",\"Pakistan\"]}\n"
    "{\"kind\":\"entity\",\"id\":\"afghanistan\",\"label\":\"Afghanistan\",\"type\":\"GPE\",\"mentions\":2,"
    "\"aliases\":[\"Kabul\"]}\n"
    "{\"kind\":\"relation\",\"doc\":\"a.txt\",\"source\":\"pakistan\",\"relation\":\"meets\",\"target\":\"afghanistan\","
    "\"modality\":\"planned\",\"sentence\":\"Pakistan will meet Afghanistan.\",\"start\":0,\"end\":31,"
    "\"date\":\"2024-01-02\"}\n"
    "{\"kind\":\"relation\",\"doc\":\"b.txt\",\"source\":\"afghanistan\",\"relation\":\"meets\",\"target\":\"pakistan\","
    "\"sentence\":\"Afghanistan met Pakistan.\",\"start\":5,\"end\":30,\"date\":\"2023-12-01\"}\n"
    "{\"kind\":\"relation\",\"doc\":\"a.txt\",\"source\":\"pakistan\",\"relation\":\"accuses\",\"target\":\"afghanistan\","
    "\"modality\":\"alleged\",\"sentence\":\"s\",\"start\":40,\"end\":50}\n";

static void test_two_entities(void)
{
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(read_str(&g, stream2) == 0);
    CHECK(g.nstreams == 1);
    CHECK(g.nents == 2 && g.nev == 3);
    CHECK(!g.finished);
    /* the symmetric row was normalised on input: smaller id first */
    int swapped = 0;
    for (size_t i = 0; i < g.nev; i++)
        if (g.ev[i].relation == KG_REL_MEETS)
            swapped += !strcmp(g.ev[i].src_id, "afghanistan") && !strcmp(g.ev[i].dst_id, "pakistan");
    CHECK(swapped == 2);

    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.finished);
    CHECK(g.has_ig);
    CHECK(g.nents == 2);
    CHECK(g.nev == 3);
    CHECK(g.nedges == 2); /* meets (both directions as one) and accuses */
    long af = kg_graph_find(&g, "afghanistan"), pk = kg_graph_find(&g, "pakistan");
    CHECK(af == 0 && pk == 1); /* sorted by id */
    CHECK(kg_graph_find(&g, "india") == -1);
    CHECK(kg_graph_find(&g, "Pakistan") == -1);
    if (af != 0 || pk != 1 || g.nedges != 2) {
        kg_graph_release(&g);
        return;
    }
    const struct kg_entity *A = &g.ents[af], *P = &g.ents[pk];
    CHECK_STREQ(P->label, "Pakistan");
    CHECK(P->type == KG_GPE && P->mentions == 3 && P->docs == 2);
    CHECK(A->mentions == 2 && A->docs == 1); /* docs defaults to 1 */
    CHECK(P->type_mentions[KG_GPE] == 3);
    CHECK(P->naliases == 2);
    if (P->naliases == 2) {
        CHECK_STREQ(P->aliases[0], "Islamabad"); /* sorted, unique */
        CHECK_STREQ(P->aliases[1], "Pakistan");
    }

    /* edges in (source id, relation, target id) order */
    const struct kg_edge *m = &g.edges[0], *a = &g.edges[1];
    CHECK(m->relation == KG_REL_MEETS && m->source == (size_t)af && m->target == (size_t)pk);
    CHECK(m->weight == 2 && m->ndocs == 2);
    CHECK(m->modality == KG_MOD_ASSERTED); /* the strongest of asserted and planned */
    CHECK(m->modalities[KG_MOD_ASSERTED] == 1 && m->modalities[KG_MOD_PLANNED] == 1);
    CHECK_STREQ(m->first_date, "2023-12-01");
    CHECK_STREQ(m->last_date, "2024-01-02");
    CHECK(m->ev_first == 0);
    CHECK(a->relation == KG_REL_ACCUSES && a->source == (size_t)pk && a->target == (size_t)af);
    CHECK(a->weight == 1 && a->ndocs == 1 && a->modality == KG_MOD_ALLEGED);
    CHECK_STREQ(a->first_date, "");
    CHECK(a->ev_first == 2);
    /* the evidence runs match their edges, ordered by doc within the edge */
    for (size_t e = 0; e < g.nedges; e++)
        for (long k = 0; k < g.edges[e].weight; k++) {
            const struct kg_evidence *v = &g.ev[g.edges[e].ev_first + (size_t)k];
            CHECK(v->source == g.edges[e].source && v->target == g.edges[e].target &&
                  v->relation == g.edges[e].relation);
        }
    CHECK_STREQ(g.ev[0].doc, "a.txt");
    CHECK_STREQ(g.ev[1].doc, "b.txt");
    CHECK(g.ev[1].start == 5 && g.ev[1].end == 30);
    CHECK_STREQ(g.ev[1].sentence, "Afghanistan met Pakistan.");

    /* degrees count distinct edges, wdegree sums weights */
    CHECK(A->outdegree == 1 && A->indegree == 1 && P->outdegree == 1 && P->indegree == 1);
    CHECK(NEAR(A->wdegree, 3) && NEAR(P->wdegree, 3));
    CHECK(g.ncomponents == 1 && A->component == 0 && P->component == 0);
    /* PageRank: a distribution */
    CHECK(NEAR(A->pagerank + P->pagerank, 1.0));
    CHECK(A->pagerank > 0 && P->pagerank > 0);

    /* the igraph view agrees */
    CHECK(igraph_vcount(&g.ig) == 2 && igraph_ecount(&g.ig) == 2);
    CHECK_STREQ(VAS(&g.ig, "name", af), "afghanistan");
    CHECK_STREQ(VAS(&g.ig, "type", pk), "GPE");
    CHECK_STREQ(EAS(&g.ig, "relation", 0), "meets");
    CHECK(NEAR(EAN(&g.ig, "weight", 0), 2));
    CHECK(NEAR(VAN(&g.ig, "pagerank", pk), P->pagerank));
    CHECK(igraph_is_directed(&g.ig));

    kg_graph_release(&g);
    CHECK(g.nents == 0 && g.ents == NULL && !g.has_ig && !g.finished);
    kg_graph_release(&g); /* twice is harmless */
}

/* Three entities: PageRank values that can be worked out by hand. */
static void test_pagerank(void)
{
    const char *s =
        "{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"p\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"t\",\"type\":\"ORG\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"d\",\"source\":\"t\",\"relation\":\"attacks\",\"target\":\"p\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"d\",\"source\":\"p\",\"relation\":\"accuses\",\"target\":\"a\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"d\",\"source\":\"a\",\"relation\":\"denies\",\"target\":\"p\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"e\",\"source\":\"a\",\"relation\":\"denies\",\"target\":\"p\"}\n";
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(read_str(&g, s) == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.nents == 3 && g.nedges == 3 && g.nev == 4);
    if (g.nents == 3) {
        /* no dangling vertex: t has no in-links so PR(t) = (1-d)/N;
         * PR(a) = (1-d)/N + d PR(p), PR(p) = (1-d)/N + d (PR(a) + PR(t)) */
        double d = 0.85, base = (1 - d) / 3;
        double p = (base + d * base + d * base) / (1 - d * d);
        double a = base + d * p;
        CHECK(NEAR(g.ents[2].pagerank, base));
        CHECK(NEAR(g.ents[1].pagerank, p));
        CHECK(NEAR(g.ents[0].pagerank, a));
        CHECK(NEAR(g.ents[0].pagerank + g.ents[1].pagerank + g.ents[2].pagerank, 1.0));
        CHECK(g.ents[0].type == KG_GPE && g.ents[2].type == KG_ORG);
        CHECK_STREQ(g.ents[2].label, "t"); /* the id when there is no label */
        CHECK(g.ents[0].mentions == 1);    /* mentions default to 1 */
        CHECK(NEAR(g.ents[1].wdegree, 1 + 1 + 2));
        /* betweenness, directed and unweighted: only t -> a runs through p */
        CHECK(NEAR(g.ents[0].betweenness, 0) && NEAR(g.ents[1].betweenness, 1) && NEAR(g.ents[2].betweenness, 0));
        CHECK(g.betweenness_sources == 3);
        CHECK(NEAR(VAN(&g.ig, "betweenness", 1), 1));
    }
    kg_graph_release(&g);
}

static void test_merge_and_errors(void)
{
    /* the same entity from two streams; a dangling relation; an isolated entity;
     * bad lines that are reported and skipped */
    const char *s1 = "{\"kind\":\"entity\",\"id\":\"ttp\",\"label\":\"Tehreek-e-Taliban Pakistan\",\"type\":\"ORG\","
                     "\"mentions\":2,\"aliases\":[\"TTP\"]}\n"
                     "\n"
                     "  \t\r\n"
                     "{\"kind\":\"entity\",\"id\":\"iran\",\"label\":\"Iran\",\"type\":\"GPE\"}\r\n"
                     "{\"kind\":\"relation\",\"source\":\"ttp\",\"relation\":\"attacks\",\"target\":\"nowhere\","
                     "\"doc\":\"x.txt\"}\n";
    const char *s2 = "{\"kind\":\"entity\",\"id\":\"ttp\",\"label\":\"TTP\",\"type\":\"PERSON\",\"mentions\":1,"
                     "\"aliases\":[\"Pakistani Taliban\",\"TTP\",\"\"]}\n"
                     "{\"kind\":\"entity\",\"id\":\"ttp\",\"types\":{\"ORG\":4,\"LOC\":1,\"XYZ\":9}}\n"
                     "not json\n"
                     "[1,2]\n"
                     "{\"kind\":\"person\"}\n"
                     "{\"id\":\"x\"}\n"
                     "{\"kind\":\"entity\",\"label\":\"no id\",\"type\":\"ORG\"}\n"
                     "{\"kind\":\"entity\",\"id\":\"y\",\"type\":\"THING\"}\n"
                     "{\"kind\":\"relation\",\"source\":\"ttp\",\"relation\":\"hates\",\"target\":\"iran\"}\n"
                     "{\"kind\":\"relation\",\"source\":\"ttp\",\"relation\":\"attacks\",\"target\":\"iran\","
                     "\"modality\":\"maybe\"}\n"
                     "{\"kind\":\"relation\",\"source\":\"ttp\",\"target\":\"iran\"}\n"
                     "{\"kind\":\"edge\",\"source\":\"ttp\",\"relation\":\"attacks\",\"target\":\"iran\",\"weight\":9}\n"
                     "{\"kind\":\"entity\",\"id\":\"lone\",\"label\":\"Lone\",\"type\":\"LOC\"}";
    struct kg_graph g;
    kg_graph_init(&g);
    fprintf(stderr, "(the errors below are expected)\n");
    CHECK(read_str(&g, s1) == 0);
    CHECK(read_str(&g, s2) == -1); /* bad lines, but the rest was read */
    CHECK(g.nstreams == 2);
    CHECK(g.nents == 3);           /* ttp, iran, lone: no entity from a bad line */
    CHECK(g.nev == 1);             /* edge records are not evidence */
    CHECK(kg_graph_finish(&g) == -1); /* the dangling relation is reported */
    CHECK(g.nev == 0 && g.nedges == 0);
    long ttp = kg_graph_find(&g, "ttp"), lone = kg_graph_find(&g, "lone"), iran = kg_graph_find(&g, "iran");
    CHECK(iran == 0 && lone == 1 && ttp == 2);
    CHECK(kg_graph_find(&g, "y") == -1 && kg_graph_find(&g, "nowhere") == -1);
    if (ttp >= 0) {
        const struct kg_entity *e = &g.ents[ttp];
        CHECK(e->mentions == 2 + 1 + 1);
        CHECK(e->docs == 3);
        CHECK(e->type_mentions[KG_ORG] == 2 + 4 && e->type_mentions[KG_PERSON] == 1 &&
              e->type_mentions[KG_LOC] == 1);
        CHECK(e->type == KG_ORG);
        CHECK_STREQ(e->label, "TTP"); /* the smallest label seen */
        CHECK(e->naliases == 2);
        if (e->naliases == 2) {
            CHECK_STREQ(e->aliases[0], "Pakistani Taliban");
            CHECK_STREQ(e->aliases[1], "TTP");
        }
    }
    CHECK(g.ncomponents == 3);
    if (g.nents == 3) {
        CHECK(g.ents[0].component == 0 && g.ents[1].component == 1 && g.ents[2].component == 2);
        /* no edges: PageRank is uniform */
        for (size_t i = 0; i < 3; i++)
            CHECK(NEAR(g.ents[i].pagerank, 1.0 / 3));
    }
    kg_graph_release(&g);
}

static void test_roundtrip(void)
{
    /* the merged stream reads back into the same graph, and a stream fed twice counts twice */
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(read_str(&g, stream2) == 0);
    CHECK(kg_graph_finish(&g) == 0);
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    CHECK(fp != NULL);
    if (!fp) {
        kg_graph_release(&g);
        return;
    }
    CHECK(kg_graph_write_stream(&g, fp) == 0);
    fclose(fp);
    /* entities, then edges, then relations */
    CHECK(!strncmp(text, "{\"kind\":\"entity\",\"id\":\"afghanistan\"", 34));
    CHECK(strstr(text, "{\"kind\":\"edge\",\"source\":\"afghanistan\",\"relation\":\"meets\",\"target\":\"pakistan\","
                       "\"weight\":2,\"instances\":2,\"docs\":2,\"modality\":\"asserted\","
                       "\"modalities\":{\"asserted\":1,\"planned\":1},\"first\":\"2023-12-01\","
                       "\"last\":\"2024-01-02\"}\n") != NULL);
    /* every line is one JSON object */
    size_t lines = 0;
    for (char *p = text; *p;) {
        char *nl = strchr(p, '\n');
        CHECK(nl != NULL);
        if (!nl)
            break;
        struct kg_json v;
        CHECK(kg_json_parse(p, (size_t)(nl - p), &v, NULL) == 0 && v.type == KG_JSON_OBJ);
        kg_json_release(&v);
        lines++;
        p = nl + 1;
    }
    CHECK(lines == 2 + 2 + 3);

    struct kg_graph h;
    kg_graph_init(&h);
    CHECK(kg_graph_read_mem(&h, text, len, "merged") == 0);
    CHECK(kg_graph_finish(&h) == 0);
    CHECK(h.nents == g.nents && h.nedges == g.nedges && h.nev == g.nev);
    for (size_t i = 0; i < h.nents && i < g.nents; i++) {
        CHECK_STREQ(h.ents[i].id, g.ents[i].id);
        CHECK_STREQ(h.ents[i].label, g.ents[i].label);
        CHECK(h.ents[i].mentions == g.ents[i].mentions && h.ents[i].docs == g.ents[i].docs);
        CHECK(NEAR(h.ents[i].pagerank, g.ents[i].pagerank));
    }
    for (size_t i = 0; i < h.nedges && i < g.nedges; i++)
        CHECK(h.edges[i].weight == g.edges[i].weight && h.edges[i].modality == g.edges[i].modality);
    kg_graph_release(&h);

    /* fed twice: evidence rows double, but the same sentences are copies
     * of one story and the weight stays; entities merge */
    kg_graph_init(&h);
    CHECK(read_str(&h, stream2) == 0);
    CHECK(read_str(&h, stream2) == 0);
    CHECK(kg_graph_finish(&h) == 0);
    CHECK(h.nents == 2 && h.nev == 6 && h.nedges == 2);
    if (h.nedges == 2) {
        CHECK(h.edges[0].instances == 4 && h.edges[0].weight == 2 && h.edges[0].ndocs == 2);
        CHECK(h.edges[1].instances == 2 && h.edges[1].weight == 1);
    }
    if (h.nents == 2)
        CHECK(h.ents[1].mentions == 6 && h.ents[1].docs == 4);
    /* finishing again gives the same result */
    CHECK(kg_graph_finish(&h) == 0);
    CHECK(h.nents == 2 && h.nev == 6 && h.nedges == 2);
    if (h.nents == 2)
        CHECK(h.ents[0].outdegree == 1 && NEAR(h.ents[0].wdegree, 3));
    kg_graph_release(&h);
    free(text);
    kg_graph_release(&g);
}

static void test_empty(void)
{
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(kg_graph_read_mem(&g, "", 0, "empty") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.nents == 0 && g.nedges == 0 && g.ncomponents == 0 && g.finished);
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    CHECK(fp && kg_graph_write_stream(&g, fp) == 0);
    if (fp)
        fclose(fp);
    CHECK(len == 0);
    free(text);
    kg_graph_release(&g);
}

/* Regression (graph/kggraph.c add_entity, fixed by clamping): counts are converted with (long) on any
 * finite JSON number, so "docs":1e300 is undefined behaviour (on x86-64 it
 * becomes LONG_MIN, a negative document count; a second such line overflows
 * the sum, which UBSan reports).  "mentions" is clamped at 0 afterwards,
 * "docs" and the "types" counts are not.  A hostile line should be rejected
 * or clamped, never give negative counts.  Fails until that is fixed. */
static void test_huge_counts(void)
{
    const char *s = "{\"kind\":\"entity\",\"id\":\"big\",\"type\":\"ORG\",\"mentions\":1e300,\"docs\":1e300,"
                    "\"types\":{\"ORG\":1e300}}\n";
    struct kg_graph g;
    kg_graph_init(&g);
    read_str(&g, s); /* rejecting the line is fine too */
    CHECK(kg_graph_finish(&g) == 0);
    long i = kg_graph_find(&g, "big");
    if (i >= 0) {
        const struct kg_entity *e = &g.ents[i];
        CHECK(e->mentions >= 0);
        CHECK(e->docs >= 0);                     /* was LONG_MIN */
        CHECK(e->type_mentions[KG_ORG] >= 0);    /* was LONG_MIN */
        if (e->docs < 0 || e->type_mentions[KG_ORG] < 0)
            fprintf(stderr, "  kggraph: \"docs\":1e300 gives docs %ld, types ORG %ld\n", e->docs,
                    e->type_mentions[KG_ORG]);
    }
    kg_graph_release(&g);
}

/* A story syndicated word for word (case, punctuation, spacing, digits
 * aside) weighs once; the evidence keeps every copy and document. */
static void test_syndicated(void)
{
    const char *s =
        "{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"p\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"x.txt\",\"source\":\"p\",\"relation\":\"accuses\",\"target\":\"a\","
        "\"sentence\":\"Islamabad accused Kabul on 3 May of sheltering militants.\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"y.txt\",\"source\":\"p\",\"relation\":\"accuses\",\"target\":\"a\","
        "\"sentence\":\"ISLAMABAD accused  Kabul on May 4 of \\u201csheltering\\u201d militants\"}\n"
        "{\"kind\":\"relation\",\"doc\":\"z.txt\",\"source\":\"p\",\"relation\":\"accuses\",\"target\":\"a\","
        "\"sentence\":\"Islamabad again accused Kabul of sheltering militants.\"}\n";
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(read_str(&g, s) == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.nedges == 1 && g.nev == 3);
    if (g.nedges == 1) {
        CHECK(g.edges[0].weight == 2);
        CHECK(g.edges[0].instances == 3);
        CHECK(g.edges[0].ndocs == 3);
    }
    kg_graph_release(&g);
}

/* Communities: two triangles joined by one edge, and a loner.  The
 * projection sums the weights of the two relations between m and n; the
 * communities are numbered by their smallest id (b's first). */
static void test_communities(void)
{
    const char *s =
        "{\"kind\":\"entity\",\"id\":\"m\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"n\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"o\",\"type\":\"GPE\"}\n"
        "{\"kind\":\"entity\",\"id\":\"b\",\"type\":\"ORG\"}\n"
        "{\"kind\":\"entity\",\"id\":\"x\",\"type\":\"ORG\"}\n"
        "{\"kind\":\"entity\",\"id\":\"y\",\"type\":\"ORG\"}\n"
        "{\"kind\":\"entity\",\"id\":\"z\",\"type\":\"LOC\"}\n"
        "{\"kind\":\"relation\",\"source\":\"m\",\"relation\":\"supports\",\"target\":\"n\",\"sentence\":\"1\"}\n"
        "{\"kind\":\"relation\",\"source\":\"n\",\"relation\":\"accuses\",\"target\":\"m\",\"sentence\":\"2\"}\n"
        "{\"kind\":\"relation\",\"source\":\"n\",\"relation\":\"supports\",\"target\":\"o\"}\n"
        "{\"kind\":\"relation\",\"source\":\"o\",\"relation\":\"supports\",\"target\":\"m\"}\n"
        "{\"kind\":\"relation\",\"source\":\"o\",\"relation\":\"attacks\",\"target\":\"b\"}\n"
        "{\"kind\":\"relation\",\"source\":\"b\",\"relation\":\"supports\",\"target\":\"x\"}\n"
        "{\"kind\":\"relation\",\"source\":\"x\",\"relation\":\"supports\",\"target\":\"y\"}\n"
        "{\"kind\":\"relation\",\"source\":\"y\",\"relation\":\"supports\",\"target\":\"b\"}\n";
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(read_str(&g, s) == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.nents == 7 && g.nedges == 8);
    if (g.nents != 7) {
        kg_graph_release(&g);
        return;
    }
    /* ids sorted: b m n o x y z */
    static const long want[7] = {0, 1, 1, 1, 0, 0, 2};
    for (size_t i = 0; i < 7; i++)
        CHECK(g.ents[i].community == want[i]);
    CHECK(g.ncommunities == 3);
    CHECK(g.ncomponents == 2);
    /* m = 8 (m-n weighs 2); strengths 3 3 3 | 3 2 2:
     * Q = (4/8 - (9/16)^2) + (3/8 - (7/16)^2) */
    CHECK(NEAR(g.modularity, 0.875 - 130.0 / 256));
    CHECK(NEAR(VAN(&g.ig, "community", 6), 2));
    /* the same again: the seeded RNG makes every run agree */
    long first[7];
    for (size_t i = 0; i < 7; i++)
        first[i] = g.ents[i].community;
    double q = g.modularity;
    CHECK(kg_graph_finish(&g) == 0);
    for (size_t i = 0; i < 7; i++)
        CHECK(g.ents[i].community == first[i]);
    CHECK(g.modularity == q);
    kg_graph_release(&g);

    /* no edges: every entity alone, no modularity; no entities: nothing */
    kg_graph_init(&g);
    CHECK(read_str(&g, "{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\"}\n"
                       "{\"kind\":\"entity\",\"id\":\"b\",\"type\":\"GPE\"}\n") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.ncommunities == 2 && g.ents[0].community == 0 && g.ents[1].community == 1);
    CHECK(isnan(g.modularity));
    CHECK(NEAR(g.ents[0].betweenness, 0));
    kg_graph_release(&g);
    kg_graph_init(&g);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.ncommunities == 0 && isnan(g.modularity) && g.betweenness_sources == 0);
    kg_graph_release(&g);
}

/* Above KG_BETWEENNESS_EXACT_MAX entities betweenness is estimated from
 * sampled sources.  On a directed cycle of n vertices every vertex has
 * (n-1)(n-2)/2 exactly, and the estimates sum to the exact total. */
static void test_betweenness_sampled(void)
{
    const size_t n = KG_BETWEENNESS_EXACT_MAX + 1;
    struct kg_buf b = KG_BUF_INIT;
    for (size_t i = 0; i < n; i++)
        kg_buf_addf(&b, "{\"kind\":\"entity\",\"id\":\"v%05zu\",\"type\":\"GPE\"}\n", i);
    for (size_t i = 0; i < n; i++)
        kg_buf_addf(&b,
                    "{\"kind\":\"relation\",\"source\":\"v%05zu\",\"relation\":\"supports\","
                    "\"target\":\"v%05zu\"}\n",
                    i, (i + 1) % n);
    struct kg_graph g;
    kg_graph_init(&g);
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "cycle") == 0);
    kg_buf_release(&b);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(g.nents == n && g.nedges == n);
    CHECK(g.betweenness_sources == KG_BETWEENNESS_SOURCES);
    double exact = (double)(n - 1) * (double)(n - 2) / 2, sum = 0, worst = 0;
    for (size_t i = 0; i < g.nents; i++) {
        sum += g.ents[i].betweenness;
        double err = fabs(g.ents[i].betweenness - exact) / exact;
        if (err > worst)
            worst = err;
    }
    CHECK(fabs(sum - exact * (double)n) / (exact * (double)n) < 1e-9);
    CHECK(worst < 0.15);
    CHECK(g.ncomponents == 1);
    kg_graph_release(&g);
}

int main(void)
{
    kg_graph_setup();
    test_two_entities();
    test_pagerank();
    test_merge_and_errors();
    test_roundtrip();
    test_empty();
    test_huge_counts();
    test_syndicated();
    test_communities();
    test_betweenness_sampled();
    return check_result("test_graph");
}
