/* gexf.c - GEXF 1.3, Gephi's own format, with a timeline.
 *
 * The graph is directed and dynamic (timeformat="date", intervals): every
 * edge carries start = its first evidence date and end = its last, so
 * Gephi's timeline shows when each relation was reported.  Edges without a
 * well-formed YYYY-MM-DD date get no interval and are always shown; nodes
 * have none.  Node ids are the entity ids, edges e0.. in (source, relation,
 * target) order.  Parallel edges between two nodes differ in `kind` (the
 * relation), which is how GEXF 1.3 keeps them apart.  Attributes are typed
 * (string, integer, double) and hold what GraphML holds; the edge weight is
 * the <edge weight>.  Text is made valid UTF-8 and XML-escaped (text.c).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../kgbuf.h"
#include "export.h"
#include "text.h"

#define EVIDENCE_MAX 3

struct attr {
    const char *id, *type; /* the id is also the title */
};

static const struct attr node_attrs[] = {
    {"type", "string"},      {"mentions", "integer"}, {"docs", "integer"},    {"types", "string"},
    {"aliases", "string"},
    {"indegree", "integer"}, {"outdegree", "integer"}, {"wdegree", "double"}, {"pagerank", "double"},
    {"component", "integer"}, {"betweenness", "double"}, {"community", "integer"},
};

static const struct attr edge_attrs[] = {
    {"relation", "string"}, {"instances", "integer"}, {"docs", "integer"}, {"modality", "string"},
    {"first", "string"},    {"last", "string"},       {"evidence", "string"},
};

static void declare(struct kg_buf *b, const char *cls, const struct attr *a, size_t n)
{
    kg_buf_addf(b, "    <attributes class=\"%s\" mode=\"static\">\n", cls);
    for (size_t i = 0; i < n; i++)
        kg_buf_addf(b, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n", a[i].id, a[i].id, a[i].type);
    kg_buf_adds(b, "    </attributes>\n");
}

static void val_str(struct kg_buf *b, const char *id, const char *v)
{
    kg_buf_addf(b, "          <attvalue for=\"%s\" value=\"", id);
    kg_text_xml(b, v);
    kg_buf_adds(b, "\"/>\n");
}

static void val_long(struct kg_buf *b, const char *id, long v)
{
    kg_buf_addf(b, "          <attvalue for=\"%s\" value=\"%ld\"/>\n", id, v);
}

static void val_double(struct kg_buf *b, const char *id, int prec, double v)
{
    if (!isfinite(v)) /* no value rather than one Gephi cannot parse */
        return;
    kg_buf_addf(b, "          <attvalue for=\"%s\" value=\"", id);
    kg_buf_addf(b, "%.*f", prec, v);
    kg_buf_adds(b, "\"/>\n");
}

static int drain(struct kg_buf *b, FILE *fp, size_t above)
{
    if (b->len <= above)
        return 0;
    int rc = fwrite(b->buf, 1, b->len, fp) == b->len ? 0 : -1;
    kg_buf_reset(b);
    return rc;
}

int kg_export_gexf(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    struct kg_buf b = KG_BUF_INIT, t = KG_BUF_INIT;
    int rc = 0;
    kg_buf_adds(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    "<gexf xmlns=\"http://gexf.net/1.3\" "
                    "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                    "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
                    "  <meta>\n    <creator>kgraph</creator>\n"
                    "    <description>entities and relations read from news text</description>\n  </meta>\n"
                    "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" "
                    "timerepresentation=\"interval\">\n");
    declare(&b, "node", node_attrs, sizeof node_attrs / sizeof *node_attrs);
    declare(&b, "edge", edge_attrs, sizeof edge_attrs / sizeof *edge_attrs);
    kg_buf_addf(&b, "    <nodes count=\"%zu\">\n", g->nents);
    for (size_t i = 0; i < g->nents && !rc; i++) {
        const struct kg_entity *e = &g->ents[i];
        kg_buf_adds(&b, "      <node id=\"");
        kg_text_xml(&b, e->id);
        kg_buf_adds(&b, "\" label=\"");
        kg_text_xml(&b, e->label);
        kg_buf_adds(&b, "\">\n        <attvalues>\n");
        val_str(&b, "type", kg_etype_names[e->type]);
        val_long(&b, "mentions", e->mentions);
        val_long(&b, "docs", e->docs);
        kg_buf_reset(&t);
        kg_entity_types_text(e, &t);
        val_str(&b, "types", t.buf);
        kg_buf_reset(&t);
        kg_entity_aliases_text(e, &t);
        val_str(&b, "aliases", t.buf);
        val_long(&b, "indegree", e->indegree);
        val_long(&b, "outdegree", e->outdegree);
        val_double(&b, "wdegree", 1, e->wdegree);
        val_double(&b, "pagerank", 9, e->pagerank);
        val_long(&b, "component", e->component);
        val_double(&b, "betweenness", 9, e->betweenness);
        val_long(&b, "community", e->community);
        kg_buf_adds(&b, "        </attvalues>\n      </node>\n");
        rc = drain(&b, fp, 65536);
    }
    kg_buf_addf(&b, "    </nodes>\n    <edges count=\"%zu\">\n", g->nedges);
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        const struct kg_edge *e = &g->edges[i];
        const char *rel = kg_relations[e->relation].name;
        kg_buf_addf(&b, "      <edge id=\"e%zu\" source=\"", i);
        kg_text_xml(&b, g->ents[e->source].id);
        kg_buf_adds(&b, "\" target=\"");
        kg_text_xml(&b, g->ents[e->target].id);
        kg_buf_addf(&b, "\" label=\"%s\" kind=\"%s\" weight=\"%ld\"", rel, rel, e->weight);
        /* first <= last: they are the smallest and largest date strings */
        if (kg_is_date(e->first_date))
            kg_buf_addf(&b, " start=\"%s\"", e->first_date);
        if (kg_is_date(e->last_date))
            kg_buf_addf(&b, " end=\"%s\"", e->last_date);
        kg_buf_adds(&b, ">\n        <attvalues>\n");
        val_str(&b, "relation", rel);
        val_long(&b, "instances", e->instances);
        val_long(&b, "docs", e->ndocs);
        val_str(&b, "modality", kg_modality_names[e->modality]);
        val_str(&b, "first", e->first_date);
        val_str(&b, "last", e->last_date);
        kg_buf_reset(&t);
        for (long k = 0; k < e->instances && k < EVIDENCE_MAX; k++) {
            if (k)
                kg_buf_addc(&t, '\n');
            kg_buf_adds(&t, g->ev[e->ev_first + (size_t)k].sentence);
        }
        val_str(&b, "evidence", t.buf);
        kg_buf_adds(&b, "        </attvalues>\n      </edge>\n");
        rc = drain(&b, fp, 65536);
    }
    kg_buf_adds(&b, "    </edges>\n  </graph>\n</gexf>\n");
    if (!rc)
        rc = drain(&b, fp, 0);
    kg_buf_release(&b);
    kg_buf_release(&t);
    return rc || ferror(fp) ? -1 : 0;
}
