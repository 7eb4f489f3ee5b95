/* json.c - the graph as one JSON document: node-link and Cytoscape.js.
 *
 * node-link is what networkx.node_link_graph (and D3's force layouts) read:
 *   {"directed":true,"multigraph":true,"graph":{...},
 *    "nodes":[{"id":ID,...}],"links":[{"source":ID,"target":ID,"key":REL,...}]}
 * The multigraph key is the relation, so G[u][v]["meets"] finds an edge.
 * cytoscape is Cytoscape.js's elements format, which Cytoscape desktop
 * imports as .cyjs:
 *   {"data":{...},"elements":{"nodes":[{"data":{"id":ID,...}}],
 *    "edges":[{"data":{"id":"e0","source":ID,"target":ID,"interaction":REL,...}}]}}
 * Both carry the attributes the GraphML file has, with JSON types: counts
 * are integers, wdegree, pagerank, betweenness and modularity are numbers
 * with a fraction (null when not a number), aliases and evidence are
 * arrays of strings.  One node or edge per line, nodes in
 * id order, edges in (source, relation, target) order.  Strings are made
 * valid UTF-8 without control characters before they are escaped.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../kgbuf.h"
#include "export.h"
#include "text.h"

/* Evidence sentences carried per edge, as in GraphML. */
#define EVIDENCE_MAX 3

struct jw {
    struct kg_buf b;       /* output not yet written */
    struct kg_buf scratch; /* a cleaned string */
    FILE *fp;              /* where it goes */
    int rc;                /* -1 once a write failed */
};

static void flush(struct jw *w, size_t above)
{
    if (w->b.len <= above)
        return;
    if (!w->rc && fwrite(w->b.buf, 1, w->b.len, w->fp) != w->b.len)
        w->rc = -1;
    kg_buf_reset(&w->b);
}

static void str(struct jw *w, const char *s)
{
    kg_buf_reset(&w->scratch);
    kg_text_clean(&w->scratch, s);
    kg_buf_add_json_str(&w->b, w->scratch.buf, w->scratch.len);
}

/* ,"key":"value" (no comma when `first`) */
static void kstr(struct jw *w, const char *key, const char *s, int first)
{
    kg_buf_addf(&w->b, "%s\"%s\":", first ? "" : ",", key);
    str(w, s);
}

static void knum(struct jw *w, const char *key, int prec, double v)
{
    kg_buf_addf(&w->b, ",\"%s\":", key);
    if (isfinite(v))
        kg_buf_addf(&w->b, "%.*f", prec, v);
    else
        kg_buf_adds(&w->b, "null");
}

/* The node's attributes after its id (each starts with a comma). */
static void node_attrs(struct jw *w, const struct kg_entity *e)
{
    kstr(w, "label", e->label, 0);
    kstr(w, "type", kg_etype_names[e->type], 0);
    kg_buf_addf(&w->b, ",\"mentions\":%ld,\"docs\":%ld,\"types\":", e->mentions, e->docs);
    kg_entity_types_json(e, &w->b);
    kg_buf_adds(&w->b, ",\"aliases\":[");
    for (size_t a = 0; a < e->naliases; a++) {
        if (a)
            kg_buf_addc(&w->b, ',');
        str(w, e->aliases[a]);
    }
    kg_buf_addf(&w->b, "],\"indegree\":%ld,\"outdegree\":%ld", e->indegree, e->outdegree);
    knum(w, "wdegree", 1, e->wdegree);
    knum(w, "pagerank", 9, e->pagerank);
    kg_buf_addf(&w->b, ",\"component\":%ld", e->component);
    knum(w, "betweenness", 9, e->betweenness);
    kg_buf_addf(&w->b, ",\"community\":%ld", e->community);
}

/* The graph's own attributes, as GraphML has them, after "nodes":N,"edges":M. */
static void graph_attrs(struct jw *w, const struct kg_graph *g)
{
    kg_buf_addf(&w->b, ",\"components\":%ld,\"communities\":%ld", g->ncomponents, g->ncommunities);
    knum(w, "modularity", 9, g->modularity); /* null without edges */
    kg_buf_addf(&w->b, ",\"betweenness_sources\":%ld", g->betweenness_sources);
    size_t docs;
    const char *first, *last;
    kg_graph_sources(g, &docs, &first, &last);
    kg_buf_addf(&w->b, ",\"documents\":%zu", docs);
    kstr(w, "first", first, 0);
    kstr(w, "last", last, 0);
}

/* The edge's attributes after its ends (each starts with a comma). */
static void edge_attrs(struct jw *w, const struct kg_graph *g, const struct kg_edge *e)
{
    kstr(w, "relation", kg_relations[e->relation].name, 0);
    kg_buf_addf(&w->b, ",\"weight\":%ld,\"instances\":%ld,\"docs\":%ld", e->weight, e->instances, e->ndocs);
    kstr(w, "modality", kg_modality_names[e->modality], 0);
    kstr(w, "first", e->first_date, 0);
    kstr(w, "last", e->last_date, 0);
    kg_buf_adds(&w->b, ",\"evidence\":[");
    for (long k = 0; k < e->instances && k < EVIDENCE_MAX; k++) {
        if (k)
            kg_buf_addc(&w->b, ',');
        str(w, g->ev[e->ev_first + (size_t)k].sentence);
    }
    kg_buf_addc(&w->b, ']');
}

static int finish(struct jw *w)
{
    flush(w, 0);
    kg_buf_release(&w->b);
    kg_buf_release(&w->scratch);
    return w->rc || ferror(w->fp) ? -1 : 0;
}

int kg_export_node_link(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    struct jw w = {KG_BUF_INIT, KG_BUF_INIT, fp, 0};
    kg_buf_addf(&w.b, "{\"directed\":true,\"multigraph\":true,\"graph\":{\"generator\":\"kgraph\",\"nodes\":%zu,\"edges\":%zu",
                g->nents, g->nedges);
    graph_attrs(&w, g);
    kg_buf_adds(&w.b, "},\n\"nodes\":[");
    for (size_t i = 0; i < g->nents; i++) {
        kg_buf_adds(&w.b, i ? ",\n{" : "\n{");
        kstr(&w, "id", g->ents[i].id, 1);
        node_attrs(&w, &g->ents[i]);
        kg_buf_addc(&w.b, '}');
        flush(&w, 65536);
    }
    kg_buf_adds(&w.b, "\n],\n\"links\":[");
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        kg_buf_adds(&w.b, i ? ",\n{" : "\n{");
        kstr(&w, "source", g->ents[e->source].id, 1);
        kstr(&w, "target", g->ents[e->target].id, 0);
        kstr(&w, "key", kg_relations[e->relation].name, 0);
        edge_attrs(&w, g, e);
        kg_buf_addc(&w.b, '}');
        flush(&w, 65536);
    }
    kg_buf_adds(&w.b, "\n]}\n");
    return finish(&w);
}

/* Cytoscape.js wants one id space for nodes and edges: "e<i>", prefixed
 * with "_" for as long as a node already has that id. */
static void edge_id(struct kg_buf *id, const struct kg_graph *g, size_t i)
{
    kg_buf_reset(id);
    kg_buf_addf(id, "e%zu", i);
    /* rare: an entity labelled "E1", or any id in a hand-made stream */
    for (size_t under = 1; kg_graph_find(g, id->buf) >= 0; under++) {
        kg_buf_reset(id);
        for (size_t k = 0; k < under; k++)
            kg_buf_addc(id, '_');
        kg_buf_addf(id, "e%zu", i);
    }
}

int kg_export_cytoscape(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    struct jw w = {KG_BUF_INIT, KG_BUF_INIT, fp, 0};
    struct kg_buf id = KG_BUF_INIT, name = KG_BUF_INIT;
    kg_buf_addf(&w.b, "{\"data\":{\"name\":\"kgraph\",\"generator\":\"kgraph\",\"nodes\":%zu,\"edges\":%zu",
                g->nents, g->nedges);
    graph_attrs(&w, g);
    kg_buf_adds(&w.b, "},\n\"elements\":{\"nodes\":[");
    for (size_t i = 0; i < g->nents; i++) {
        const struct kg_entity *e = &g->ents[i];
        kg_buf_adds(&w.b, i ? ",\n{\"data\":{" : "\n{\"data\":{");
        kstr(&w, "id", e->id, 1);
        kstr(&w, "name", e->label, 0); /* what Cytoscape desktop shows */
        node_attrs(&w, e);
        kg_buf_adds(&w.b, "}}");
        flush(&w, 65536);
    }
    kg_buf_adds(&w.b, "\n],\n\"edges\":[");
    for (size_t i = 0; i < g->nedges; i++) {
        const struct kg_edge *e = &g->edges[i];
        const char *rel = kg_relations[e->relation].name;
        kg_buf_adds(&w.b, i ? ",\n{\"data\":{" : "\n{\"data\":{");
        edge_id(&id, g, i);
        kstr(&w, "id", id.buf, 1);
        kstr(&w, "source", g->ents[e->source].id, 0);
        kstr(&w, "target", g->ents[e->target].id, 0);
        /* Cytoscape desktop names an edge "source (interaction) target" */
        kg_buf_reset(&name);
        kg_buf_addf(&name, "%s (%s) %s", g->ents[e->source].label, rel, g->ents[e->target].label);
        kstr(&w, "name", name.buf, 0);
        kstr(&w, "interaction", rel, 0);
        edge_attrs(&w, g, e);
        kg_buf_adds(&w.b, "}}");
        flush(&w, 65536);
    }
    kg_buf_adds(&w.b, "\n]}}\n");
    kg_buf_release(&id);
    kg_buf_release(&name);
    return finish(&w);
}
