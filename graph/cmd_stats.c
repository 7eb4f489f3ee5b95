/* cmd_stats.c - kgraph stats: streams in, a summary of the graph out.
 *
 * Reads extract or merged streams the way `kgraph export` does, finishes
 * the graph (so every figure is the one the exports carry) and prints
 * counts, the date range, components, communities and modularity, the top
 * entities by PageRank, the relation histogram and the modality shares, as
 * text or as one JSON object with the same content.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../kgbuf.h"
#include "../kgraph.h"
#include "../xalloc.h"
#include "kggraph.h"

static const char usage_text[] =
    "usage: kgraph stats [--json] [-n N] [STREAM...]\n"
    "\n"
    "Read extract or merged streams (JSON Lines; - or none for standard input),\n"
    "build the graph and print a summary: entities, edges, relation instances,\n"
    "documents and date range of the evidence, weakly connected components,\n"
    "communities (igraph multilevel on the weighted undirected projection) and\n"
    "their modularity, the top entities by PageRank with their degrees and\n"
    "betweenness, edges and instances per relation, and instances per modality.\n"
    "\n"
    "      --json      print one JSON object with the same content\n"
    "  -n, --top N     list the top N entities by PageRank (default 10, 0: all)\n"
    "  -h, --help      show this help\n"
    "\n"
    "exit status: 0 ok, 1 some input failed (the rest was counted), 2 usage\n";

struct summary {
    size_t ndocs;        /* distinct documents among the evidence rows */
    const char *first;   /* earliest evidence date, "" if none */
    const char *last;    /* latest evidence date, "" if none */
    size_t undated;      /* evidence rows without a date */
    long singletons;     /* communities of one entity */
    long rel_edges[KG_NRELS], rel_inst[KG_NRELS];
    long mod_edges[KG_NMODS], mod_inst[KG_NMODS];
    size_t *order;       /* entity indices by PageRank, highest first */
    size_t ntop;         /* how many of them to list */
};

static const struct kg_graph *sort_graph; /* for cmp_rank: qsort has no context */

/* PageRank to 1e-12: values equal up to rounding noise (two entities in
 * symmetric positions) tie, and ties go by id, whatever the platform. */
static long long rank_key(double pr)
{
    return llround(pr * 1e12);
}

static int cmp_rank(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    long long px = rank_key(sort_graph->ents[x].pagerank), py = rank_key(sort_graph->ents[y].pagerank);
    if (px != py)
        return px > py ? -1 : 1;
    return x < y ? -1 : x > y; /* ties: by id */
}

static void summarise(const struct kg_graph *g, struct summary *s, long top)
{
    memset(s, 0, sizeof(*s));
    kg_graph_sources(g, &s->ndocs, &s->first, &s->last);
    for (size_t i = 0; i < g->nev; i++) {
        const struct kg_evidence *v = &g->ev[i];
        s->mod_inst[v->modality]++;
        s->undated += !v->date[0];
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        s->rel_edges[e->relation]++;
        s->rel_inst[e->relation] += e->instances;
        s->mod_edges[e->modality]++;
    }
    long *size = xcalloc((size_t)g->ncommunities + 1, sizeof(long));
    for (size_t i = 0; i < g->nents; i++)
        if (g->ents[i].community >= 0 && g->ents[i].community < g->ncommunities)
            size[g->ents[i].community]++;
    for (long c = 0; c < g->ncommunities; c++)
        s->singletons += size[c] == 1;
    free(size);
    s->order = xcalloc(g->nents ? g->nents : 1, sizeof(*s->order));
    for (size_t i = 0; i < g->nents; i++)
        s->order[i] = i;
    sort_graph = g;
    if (g->nents > 1)
        qsort(s->order, g->nents, sizeof(*s->order), cmp_rank);
    s->ntop = top == 0 || (size_t)top > g->nents ? g->nents : (size_t)top;
}

/* ---- JSON ---- */

static void json_num(struct kg_buf *b, const char *key, double v)
{
    if (isfinite(v))
        kg_buf_addf(b, "\"%s\":%.12g", key, v);
    else
        kg_buf_addf(b, "\"%s\":null", key);
}

static void json_str(struct kg_buf *b, const char *key, const char *v)
{
    kg_buf_addf(b, "\"%s\":", key);
    kg_buf_add_json_str(b, v, strlen(v));
}

static void print_json(const struct kg_graph *g, const struct summary *s, FILE *fp)
{
    struct kg_buf b = KG_BUF_INIT;
    kg_buf_addf(&b, "{\"entities\":%zu,\"edges\":%zu,\"evidence\":%zu,\"documents\":%zu,\"dates\":{", g->nents,
                g->nedges, g->nev, s->ndocs);
    if (s->first[0]) {
        json_str(&b, "first", s->first);
        kg_buf_addc(&b, ',');
        json_str(&b, "last", s->last);
    } else {
        kg_buf_adds(&b, "\"first\":null,\"last\":null");
    }
    kg_buf_addf(&b, ",\"undated\":%zu},\"components\":%ld,\"communities\":%ld,\"singleton_communities\":%ld,",
                s->undated, g->ncomponents, g->ncommunities, s->singletons);
    json_num(&b, "modularity", g->modularity);
    kg_buf_addf(&b, ",\"betweenness\":{\"directed\":true,\"weighted\":false,\"exact\":%s,\"sources\":%ld}",
                g->betweenness_sources == (long)g->nents ? "true" : "false", g->betweenness_sources);
    kg_buf_adds(&b, ",\"pagerank\":{\"directed\":true,\"weighted\":true,\"damping\":0.85},\"top\":[");
    for (size_t k = 0; k < s->ntop; k++) {
        const struct kg_entity *e = &g->ents[s->order[k]];
        kg_buf_addf(&b, "%s{\"rank\":%zu,", k ? "," : "", k + 1);
        json_str(&b, "id", e->id);
        kg_buf_addc(&b, ',');
        json_str(&b, "label", e->label);
        kg_buf_addf(&b, ",\"type\":\"%s\",", kg_etype_names[e->type]);
        json_num(&b, "pagerank", e->pagerank);
        kg_buf_addf(&b, ",\"indegree\":%ld,\"outdegree\":%ld,\"degree\":%ld,", e->indegree, e->outdegree,
                    e->indegree + e->outdegree);
        json_num(&b, "wdegree", e->wdegree);
        kg_buf_addc(&b, ',');
        json_num(&b, "betweenness", e->betweenness);
        kg_buf_addf(&b, ",\"component\":%ld,\"community\":%ld}", e->component, e->community);
    }
    kg_buf_adds(&b, "],\"relations\":[");
    for (int r = 0; r < KG_NRELS; r++)
        kg_buf_addf(&b, "%s{\"relation\":\"%s\",\"edges\":%ld,\"instances\":%ld}", r ? "," : "", kg_relations[r].name,
                    s->rel_edges[r], s->rel_inst[r]);
    kg_buf_adds(&b, "],\"modalities\":[");
    for (int m = 0; m < KG_NMODS; m++) {
        kg_buf_addf(&b, "%s{\"modality\":\"%s\",\"instances\":%ld,", m ? "," : "", kg_modality_names[m],
                    s->mod_inst[m]);
        json_num(&b, "share", g->nev ? (double)s->mod_inst[m] / (double)g->nev : 0.0);
        kg_buf_addf(&b, ",\"edges\":%ld}", s->mod_edges[m]);
    }
    kg_buf_adds(&b, "]}\n");
    fwrite(b.buf, 1, b.len, fp);
    kg_buf_release(&b);
}

/* ---- text ---- */

static void print_text(const struct kg_graph *g, const struct summary *s, FILE *fp)
{
    fprintf(fp, "entities     %zu\n", g->nents);
    fprintf(fp, "edges        %zu\n", g->nedges);
    fprintf(fp, "evidence     %zu relation instances\n", g->nev);
    fprintf(fp, "documents    %zu\n", s->ndocs);
    if (s->first[0])
        fprintf(fp, "dates        %s .. %s", s->first, s->last);
    else
        fprintf(fp, "dates        none");
    fprintf(fp, " (%zu undated)\n", s->undated);
    fprintf(fp, "components   %ld (weakly connected)\n", g->ncomponents);
    fprintf(fp, "communities  %ld (%ld of one entity), multilevel on the weighted undirected graph\n",
            g->ncommunities, s->singletons);
    if (isfinite(g->modularity))
        fprintf(fp, "modularity   %.6f\n", g->modularity);
    else
        fprintf(fp, "modularity   n/a (no edges)\n");
    if (g->betweenness_sources == (long)g->nents)
        fprintf(fp, "betweenness  exact, directed, unweighted\n");
    else
        fprintf(fp, "betweenness  estimated from %ld of %zu sources, directed, unweighted\n", g->betweenness_sources,
                g->nents);

    fprintf(fp, "\ntop %zu by PageRank (weighted, damping 0.85):\n", s->ntop);
    fprintf(fp, "  %4s  %-10s  %4s %4s %4s  %12s  %4s  %-6s  %s\n", "rank", "pagerank", "in", "out", "deg",
            "betweenness", "comm", "type", "id (label)");
    for (size_t k = 0; k < s->ntop; k++) {
        const struct kg_entity *e = &g->ents[s->order[k]];
        fprintf(fp, "  %4zu  %-10.6f  %4ld %4ld %4ld  %12.3f  %4ld  %-6s  %s (%s)\n", k + 1, e->pagerank, e->indegree,
                e->outdegree, e->indegree + e->outdegree, e->betweenness, e->community, kg_etype_names[e->type],
                e->id, e->label);
    }

    fprintf(fp, "\nrelations:        edges  instances\n");
    for (int r = 0; r < KG_NRELS; r++)
        fprintf(fp, "  %-14s %7ld  %9ld\n", kg_relations[r].name, s->rel_edges[r], s->rel_inst[r]);

    fprintf(fp, "\nmodalities:   instances   share  edges\n");
    for (int m = 0; m < KG_NMODS; m++)
        fprintf(fp, "  %-10s %11ld  %5.1f%%  %5ld\n", kg_modality_names[m], s->mod_inst[m],
                g->nev ? 100.0 * (double)s->mod_inst[m] / (double)g->nev : 0.0, s->mod_edges[m]);
}

int cmd_stats(int argc, char **argv)
{
    static const struct option opts[] = {{"json", no_argument, NULL, 'j'},
                                         {"top", required_argument, NULL, 'n'},
                                         {"help", no_argument, NULL, 'h'},
                                         {NULL, 0, NULL, 0}};
    int json = 0, c;
    long top = 10;
    optind = 1;
    while ((c = getopt_long(argc, argv, "n:h", opts, NULL)) != -1) {
        switch (c) {
        case 'j': json = 1; break;
        case 'n': {
            char *end;
            errno = 0;
            top = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || top < 0) {
                kg_error("--top needs a number >= 0, not '%s'", optarg);
                return KG_EXIT_USAGE;
            }
            break;
        }
        case 'h': fputs(usage_text, stdout); return KG_EXIT_OK;
        default: fputs("try 'kgraph stats --help'\n", stderr); return KG_EXIT_USAGE;
        }
    }
    struct kg_graph g;
    kg_graph_init(&g);
    int rc = KG_EXIT_OK;
    if (kg_read_streams(&g, argc - optind, argv + optind))
        rc = KG_EXIT_DATA;
    if (kg_graph_finish(&g))
        rc = KG_EXIT_DATA;
    struct summary s;
    summarise(&g, &s, top);
    if (json)
        print_json(&g, &s, stdout);
    else
        print_text(&g, &s, stdout);
    free(s.order);
    kg_graph_release(&g);
    return rc;
}
