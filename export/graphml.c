/* graphml.c - GraphML with typed keys, written by our own writer.
 *
 * igraph's writer types every number as double, aborts on control
 * characters and passes invalid UTF-8 through (FIELD.md), so this one
 * writes the document itself: a key with `for`, `attr.name` and
 * `attr.type` for every attribute, nodes n0.. in id order, edges e0.. in
 * (source, relation, target) order, parallel edges kept.  Text is made
 * valid UTF-8 and XML-escaped.  Node attribute `name` carries the stable id
 * (an attribute called `id` upsets python-igraph's reader).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kgbuf.h"
#include "../xalloc.h"
#include "export.h"
#include "text.h"

struct key {
    const char *id, *for_, *name, *type;
};

static const struct key keys[] = {
    {"g_generator", "graph", "generator", "string"},
    {"g_nodes", "graph", "nodes", "int"},
    {"g_edges", "graph", "edges", "int"},
    {"g_components", "graph", "components", "int"},
    {"g_communities", "graph", "communities", "int"},
    {"g_modularity", "graph", "modularity", "double"},
    {"g_betweenness_sources", "graph", "betweenness_sources", "int"},
    {"g_documents", "graph", "documents", "int"},
    {"g_first", "graph", "first", "string"},
    {"g_last", "graph", "last", "string"},
    {"v_label", "node", "label", "string"},
    {"v_name", "node", "name", "string"},
    {"v_type", "node", "type", "string"},
    {"v_mentions", "node", "mentions", "int"},
    {"v_docs", "node", "docs", "int"},
    {"v_aliases", "node", "aliases", "string"},
    {"v_indegree", "node", "indegree", "int"},
    {"v_outdegree", "node", "outdegree", "int"},
    {"v_wdegree", "node", "wdegree", "double"},
    {"v_pagerank", "node", "pagerank", "double"},
    {"v_component", "node", "component", "int"},
    {"v_betweenness", "node", "betweenness", "double"},
    {"v_community", "node", "community", "int"},
    {"e_label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_interaction", "edge", "interaction", "string"},
    {"e_weight", "edge", "weight", "int"},
    {"e_instances", "edge", "instances", "int"},
    {"e_docs", "edge", "docs", "int"},
    {"e_modality", "edge", "modality", "string"},
    {"e_first", "edge", "first", "string"},
    {"e_last", "edge", "last", "string"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_evidence_rows", "edge", "evidence_rows", "string"},
};

static void data_str(struct kg_buf *b, const char *key, const char *v)
{
    kg_buf_addf(b, "      <data key=\"%s\">", key);
    kg_text_xml(b, v);
    kg_buf_adds(b, "</data>\n");
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int kg_export_graphml(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    struct kg_buf b = KG_BUF_INIT;
    int rc = 0;
    kg_buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                    "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                    "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        kg_buf_addf(&b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[k].id, keys[k].for_,
                    keys[k].name, keys[k].type);
    kg_buf_adds(&b, "  <graph id=\"G\" edgedefault=\"directed\">\n");
    kg_buf_addf(&b, "    <data key=\"g_generator\">kgraph</data>\n    <data key=\"g_nodes\">%zu</data>\n"
                    "    <data key=\"g_edges\">%zu</data>\n",
                g->nents, g->nedges);
    kg_buf_addf(&b, "    <data key=\"g_components\">%ld</data>\n    <data key=\"g_communities\">%ld</data>\n",
                g->ncomponents, g->ncommunities);
    /* no edges, no modularity: xsd:double spells it NaN */
    if (isnan(g->modularity))
        kg_buf_adds(&b, "    <data key=\"g_modularity\">NaN</data>\n");
    else
        kg_buf_addf(&b, "    <data key=\"g_modularity\">%.9f</data>\n", g->modularity);
    kg_buf_addf(&b, "    <data key=\"g_betweenness_sources\">%ld</data>\n", g->betweenness_sources);
    /* the sources: how many documents, and the dates they span (from the
     * evidence, not the clock, so the file is the same every run) */
    {
        long docs = 0;
        const char *first = "", *last = "";
        const char **dv = xcalloc(g->nev + 1, sizeof(*dv));
        for (size_t i = 0; i < g->nev; i++)
            dv[i] = g->ev[i].doc;
        if (g->nev > 1)
            qsort(dv, g->nev, sizeof(*dv), cmp_cstr);
        for (size_t i = 0; i < g->nev; i++)
            docs += !i || strcmp(dv[i], dv[i - 1]);
        free(dv);
        for (size_t i = 0; i < g->nev; i++) {
            const struct kg_evidence *v = &g->ev[i];
            if (v->date[0] && (!first[0] || strcmp(v->date, first) < 0))
                first = v->date;
            if (v->date[0] && (!last[0] || strcmp(v->date, last) > 0))
                last = v->date;
        }
        kg_buf_addf(&b, "    <data key=\"g_documents\">%ld</data>\n", docs);
        data_str(&b, "g_first", first);
        data_str(&b, "g_last", last);
    }
    for (size_t i = 0; i < g->nents; i++) {
        const struct kg_entity *e = &g->ents[i];
        kg_buf_addf(&b, "    <node id=\"n%zu\">\n", i);
        data_str(&b, "v_label", e->label);
        data_str(&b, "v_name", e->id);
        data_str(&b, "v_type", kg_etype_names[e->type]);
        kg_buf_addf(&b, "      <data key=\"v_mentions\">%ld</data>\n      <data key=\"v_docs\">%ld</data>\n", e->mentions,
                    e->docs);
        struct kg_buf al = KG_BUF_INIT;
        for (size_t a = 0; a < e->naliases; a++) {
            if (a)
                kg_buf_addc(&al, '|');
            kg_buf_adds(&al, e->aliases[a]);
        }
        data_str(&b, "v_aliases", al.buf);
        kg_buf_release(&al);
        kg_buf_addf(&b,
                    "      <data key=\"v_indegree\">%ld</data>\n      <data key=\"v_outdegree\">%ld</data>\n"
                    "      <data key=\"v_wdegree\">%.1f</data>\n      <data key=\"v_pagerank\">%.9f</data>\n"
                    "      <data key=\"v_component\">%ld</data>\n      <data key=\"v_betweenness\">%.9f</data>\n"
                    "      <data key=\"v_community\">%ld</data>\n    </node>\n",
                    e->indegree, e->outdegree, e->wdegree, e->pagerank, e->component, e->betweenness, e->community);
        if (b.len > 65536) {
            if (fwrite(b.buf, 1, b.len, fp) != b.len)
                rc = -1;
            kg_buf_reset(&b);
        }
    }
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        const struct kg_edge *e = &g->edges[i];
        const char *rel = kg_relations[e->relation].name;
        kg_buf_addf(&b, "    <edge id=\"e%zu\" source=\"n%zu\" target=\"n%zu\">\n", i, e->source, e->target);
        data_str(&b, "e_label", rel);
        data_str(&b, "e_relation", rel);
        data_str(&b, "e_interaction", rel);
        kg_buf_addf(&b,
                    "      <data key=\"e_weight\">%ld</data>\n      <data key=\"e_instances\">%ld</data>\n"
                    "      <data key=\"e_docs\">%ld</data>\n",
                    e->weight, e->instances, e->ndocs);
        data_str(&b, "e_modality", kg_modality_names[e->modality]);
        data_str(&b, "e_first", e->first_date);
        data_str(&b, "e_last", e->last_date);
        struct kg_buf ev = KG_BUF_INIT;
        for (long k = 0; k < e->instances && k < 3; k++) {
            if (k)
                kg_buf_adds(&ev, "\n");
            kg_buf_adds(&ev, g->ev[e->ev_first + (size_t)k].sentence);
        }
        data_str(&b, "e_evidence", ev.buf);
        /* every instance, as JSON, so that kgraph reads the graph back
         * exactly (merge graph.graphml today.jsonl) */
        kg_buf_reset(&ev);
        kg_buf_addc(&ev, '[');
        for (long k = 0; k < e->instances; k++) {
            const struct kg_evidence *v = &g->ev[e->ev_first + (size_t)k];
            kg_buf_adds(&ev, k ? ",{\"doc\":" : "{\"doc\":");
            kg_buf_add_json_str(&ev, v->doc, strlen(v->doc));
            kg_buf_adds(&ev, ",\"date\":");
            kg_buf_add_json_str(&ev, v->date, strlen(v->date));
            kg_buf_addf(&ev, ",\"modality\":\"%s\",\"start\":%ld,\"end\":%ld,\"sentence\":",
                        kg_modality_names[v->modality], v->start, v->end);
            kg_buf_add_json_str(&ev, v->sentence, strlen(v->sentence));
            kg_buf_addc(&ev, '}');
        }
        kg_buf_addc(&ev, ']');
        data_str(&b, "e_evidence_rows", ev.buf);
        kg_buf_release(&ev);
        kg_buf_adds(&b, "    </edge>\n");
        if (b.len > 65536) {
            if (fwrite(b.buf, 1, b.len, fp) != b.len)
                rc = -1;
            kg_buf_reset(&b);
        }
    }
    kg_buf_adds(&b, "  </graph>\n</graphml>\n");
    if (!rc && fwrite(b.buf, 1, b.len, fp) != b.len)
        rc = -1;
    kg_buf_release(&b);
    return rc || ferror(fp) ? -1 : 0;
}
