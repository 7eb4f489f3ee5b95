/* dot.c - Graphviz DOT through cgraph.
 *
 * Entity type as shape and fill colour, relation as edge label and colour,
 * modality as line style (alleged dashed, requested or planned dotted,
 * negated grey), weight as pen width, the first evidence sentences as the
 * tooltip and the document as URL.  Strings are cleaned (valid UTF-8, no
 * control characters) and backslashes doubled, because cgraph writes them
 * raw and the renderer reads \N, \n, \G ... as escapes (FIELD.md).
 * gvContext() is never called here: it changes agwrite's output.
 */
#include <graphviz/cgraph.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../kgbuf.h"
#include "export.h"
#include "text.h"

/* cgraph 2.42 takes char * for names and values it only copies. */
static char *S(const char *s)
{
    return (char *)(size_t)s;
}

static const char *const type_shape[KG_NTYPES] = {"ellipse", "box", "octagon", "diamond"};
static const char *const type_fill[KG_NTYPES] = {"#fde2b8", "#cfe3f7", "#d5f0d0", "#eadcf5"};
static const char *const rel_color[KG_NRELS] = {
    "#d62728", "#9467bd", "#ff7f0e", "#8c564b", "#1f77b4", "#17becf", "#2ca02c",
    "#bcbd22", "#7f7f7f", "#000000", "#e377c2", "#6b6ecf", "#637939"};

/* Clean and escape a string for a DOT attribute value. */
static const char *dotstr(struct kg_buf *b, const char *s)
{
    struct kg_buf c = KG_BUF_INIT;
    kg_text_clean(&c, s);
    kg_buf_reset(b);
    for (size_t i = 0; i < c.len; i++) {
        char ch = c.buf[i];
        if (ch == '\\')
            kg_buf_adds(b, "\\\\");
        else if (ch == '\n')
            kg_buf_adds(b, "\\n");
        else if (ch == '\t')
            kg_buf_addc(b, ' ');
        else
            kg_buf_addc(b, ch);
    }
    kg_buf_release(&c);
    return b->buf;
}

int kg_export_dot(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    (void)o;
    Agraph_t *G = agopen(S("kgraph"), Agdirected, NULL);
    if (!G)
        return -1;
    struct kg_buf b = KG_BUF_INIT, t = KG_BUF_INIT;
    agattr(G, AGRAPH, S("rankdir"), S("LR"));
    agattr(G, AGRAPH, S("overlap"), S("false"));
    agattr(G, AGRAPH, S("splines"), S("true"));
    agattr(G, AGRAPH, S("fontname"), S("Helvetica"));
    agattr(G, AGNODE, S("style"), S("filled"));
    agattr(G, AGNODE, S("fontname"), S("Helvetica"));
    agattr(G, AGNODE, S("shape"), S("ellipse"));
    agattr(G, AGNODE, S("fillcolor"), S("white"));
    agattr(G, AGNODE, S("label"), S(""));
    agattr(G, AGNODE, S("tooltip"), S(""));
    agattr(G, AGNODE, S("type"), S(""));
    agattr(G, AGEDGE, S("fontname"), S("Helvetica"));
    agattr(G, AGEDGE, S("fontsize"), S("10"));
    agattr(G, AGEDGE, S("label"), S(""));
    agattr(G, AGEDGE, S("color"), S("black"));
    agattr(G, AGEDGE, S("fontcolor"), S("black"));
    agattr(G, AGEDGE, S("penwidth"), S("1"));
    agattr(G, AGEDGE, S("style"), S("solid"));
    agattr(G, AGEDGE, S("weight"), S("1"));
    agattr(G, AGEDGE, S("modality"), S("asserted"));
    agattr(G, AGEDGE, S("tooltip"), S(""));
    agattr(G, AGEDGE, S("URL"), S(""));
    Agnode_t **nodes = g->nents ? calloc(g->nents, sizeof(*nodes)) : NULL;
    int rc = 0;
    for (size_t i = 0; i < g->nents && !rc; i++) {
        const struct kg_entity *e = &g->ents[i];
        Agnode_t *n = agnode(G, S(dotstr(&b, e->id)), 1);
        if (!n) {
            rc = -1;
            break;
        }
        nodes[i] = n;
        agset(n, S("label"), S(dotstr(&b, e->label)));
        agset(n, S("shape"), S(type_shape[e->type]));
        agset(n, S("fillcolor"), S(type_fill[e->type]));
        agset(n, S("type"), S(kg_etype_names[e->type]));
        kg_buf_reset(&t);
        kg_buf_addf(&t, "%s (%s), %ld mentions in %ld documents", e->label, kg_etype_names[e->type], e->mentions,
                    e->docs);
        agset(n, S("tooltip"), S(dotstr(&b, t.buf)));
    }
    for (size_t i = 0; i < g->nedges && !rc; i++) {
        const struct kg_edge *e = &g->edges[i];
        char name[32];
        snprintf(name, sizeof name, "e%zu", i);
        Agedge_t *ed = agedge(G, nodes[e->source], nodes[e->target], name, 1);
        if (!ed) {
            rc = -1;
            break;
        }
        agset(ed, S("label"), S(kg_relations[e->relation].name));
        agset(ed, S("color"), S(e->modality == KG_MOD_NEGATED ? "#aaaaaa" : rel_color[e->relation]));
        agset(ed, S("fontcolor"), S(rel_color[e->relation]));
        char num[32];
        snprintf(num, sizeof num, "%.2f", 1.0 + log2((double)e->weight));
        agset(ed, S("penwidth"), num);
        snprintf(num, sizeof num, "%ld", e->weight);
        agset(ed, S("weight"), num);
        agset(ed, S("modality"), S(kg_modality_names[e->modality]));
        const char *style = e->modality == KG_MOD_ALLEGED ? "dashed"
                            : (e->modality == KG_MOD_REQUESTED || e->modality == KG_MOD_PLANNED) ? "dotted"
                                                                                                : "solid";
        agset(ed, S("style"), S(style));
        /* tooltip: up to three evidence sentences */
        kg_buf_reset(&t);
        for (long k = 0; k < e->instances && k < 3; k++) {
            const struct kg_evidence *v = &g->ev[e->ev_first + (size_t)k];
            if (k)
                kg_buf_adds(&t, "\n");
            kg_buf_addf(&t, "[%s] %s", v->doc, v->sentence);
        }
        agset(ed, S("tooltip"), S(dotstr(&b, t.buf)));
        agset(ed, S("URL"), S(dotstr(&b, g->ev[e->ev_first].doc)));
    }
    if (!rc && agwrite(G, fp) == EOF)
        rc = -1;
    agclose(G);
    free(nodes);
    kg_buf_release(&b);
    kg_buf_release(&t);
    return rc;
}
