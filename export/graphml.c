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
#include <stdint.h>
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
    {"v_types", "node", "types", "string"},
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
    kg_buf_adds(b, "      <data key=\"");
    kg_buf_adds(b, key);
    kg_buf_add(b, "\">", 2);
    kg_text_xml(b, v);
    kg_buf_adds(b, "</data>\n");
}

static void data_long(struct kg_buf *b, const char *key, long v)
{
    char num[24], *e;
    kg_buf_adds(b, "      <data key=\"");
    kg_buf_adds(b, key);
    kg_buf_add(b, "\">", 2);
    if (v < 0) {
        kg_buf_addc(b, '-');
        e = kg_fmt_u64(num, 0ULL - (unsigned long long)v);
    } else {
        e = kg_fmt_u64(num, (unsigned long long)v);
    }
    kg_buf_add(b, num, (size_t)(e - num));
    kg_buf_adds(b, "</data>\n");
}

static void data_double(struct kg_buf *b, const char *key, int prec, double v)
{
    char num[64];
    int n = snprintf(num, sizeof num, "%.*f", prec, v);
    kg_buf_adds(b, "      <data key=\"");
    kg_buf_adds(b, key);
    kg_buf_add(b, "\">", 2);
    kg_buf_add(b, num, n > 0 ? (size_t)n : 0);
    kg_buf_adds(b, "</data>\n");
}

static void add_num(struct kg_buf *b, unsigned long long v)
{
    char num[24];
    kg_buf_add(b, num, (size_t)(kg_fmt_u64(num, v) - num));
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
    /* the sources: how many documents, and the dates they span */
    {
        size_t docs;
        const char *first, *last;
        kg_graph_sources(g, &docs, &first, &last);
        kg_buf_addf(&b, "    <data key=\"g_documents\">%zu</data>\n", docs);
        data_str(&b, "g_first", first);
        data_str(&b, "g_last", last);
    }
    struct kg_buf al = KG_BUF_INIT, ev = KG_BUF_INIT;
    for (size_t i = 0; i < g->nents && !rc; i++) {
        const struct kg_entity *e = &g->ents[i];
        kg_buf_adds(&b, "    <node id=\"n");
        add_num(&b, i);
        kg_buf_add(&b, "\">\n", 3);
        data_str(&b, "v_label", e->label);
        data_str(&b, "v_name", e->id);
        data_str(&b, "v_type", kg_etype_names[e->type]);
        data_long(&b, "v_mentions", e->mentions);
        data_long(&b, "v_docs", e->docs);
        kg_buf_reset(&al);
        kg_entity_types_text(e, &al);
        data_str(&b, "v_types", al.buf);
        kg_buf_reset(&al);
        kg_entity_aliases_text(e, &al);
        data_str(&b, "v_aliases", al.buf);
        data_long(&b, "v_indegree", e->indegree);
        data_long(&b, "v_outdegree", e->outdegree);
        data_double(&b, "v_wdegree", 1, e->wdegree);
        data_double(&b, "v_pagerank", 9, e->pagerank);
        data_long(&b, "v_component", e->component);
        data_double(&b, "v_betweenness", 9, e->betweenness);
        data_long(&b, "v_community", e->community);
        kg_buf_adds(&b, "    </node>\n");
        if (b.len > 65536) {
            if (fwrite(b.buf, 1, b.len, fp) != b.len)
                rc = -1;
            kg_buf_reset(&b);
        }
    }
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        const struct kg_edge *e = &g->edges[i];
        const char *rel = kg_relations[e->relation].name;
        kg_buf_adds(&b, "    <edge id=\"e");
        add_num(&b, i);
        kg_buf_adds(&b, "\" source=\"n");
        add_num(&b, e->source);
        kg_buf_adds(&b, "\" target=\"n");
        add_num(&b, e->target);
        kg_buf_add(&b, "\">\n", 3);
        data_str(&b, "e_label", rel);
        data_str(&b, "e_relation", rel);
        data_str(&b, "e_interaction", rel);
        data_long(&b, "e_weight", e->weight);
        data_long(&b, "e_instances", e->instances);
        data_long(&b, "e_docs", e->ndocs);
        data_str(&b, "e_modality", kg_modality_names[e->modality]);
        data_str(&b, "e_first", e->first_date);
        data_str(&b, "e_last", e->last_date);
        kg_buf_reset(&ev);
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
            kg_buf_adds(&ev, ",\"modality\":\"");
            kg_buf_adds(&ev, kg_modality_names[v->modality]);
            kg_buf_adds(&ev, "\",\"start\":");
            add_num(&ev, (unsigned long long)v->start);
            kg_buf_adds(&ev, ",\"end\":");
            add_num(&ev, (unsigned long long)v->end);
            kg_buf_adds(&ev, ",\"sentence\":");
            kg_buf_add_json_str(&ev, v->sentence, strlen(v->sentence));
            kg_buf_addc(&ev, '}');
        }
        kg_buf_addc(&ev, ']');
        data_str(&b, "e_evidence_rows", ev.buf);
        kg_buf_adds(&b, "    </edge>\n");
        if (b.len > 65536) {
            if (fwrite(b.buf, 1, b.len, fp) != b.len)
                rc = -1;
            kg_buf_reset(&b);
        }
    }
    kg_buf_release(&al);
    kg_buf_release(&ev);
    kg_buf_adds(&b, "  </graph>\n</graphml>\n");
    if (!rc && fwrite(b.buf, 1, b.len, fp) != b.len)
        rc = -1;
    kg_buf_release(&b);
    return rc || ferror(fp) ? -1 : 0;
}
