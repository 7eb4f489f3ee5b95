/* dot.c - Graphviz DOT through cgraph.
 *
 * Entity type as shape and fill colour, relation as edge label and colour,
 * modality as line style (alleged dashed, requested or planned dotted,
 * negated grey), weight as pen width, the first evidence sentences as the
 * tooltip and the document as URL.  Strings are cleaned (valid UTF-8, no
 * control characters) and backslashes doubled, because cgraph writes them
 * raw and the renderer reads \N, \n, \G ... as escapes (FIELD.md).
 * gvContext() is never called here: it changes agwrite's output.
 *
 * Options (off by default, so the default file holds data only):
 *   opts->cluster  each node also goes into subgraph cluster_<TYPE> or
 *                  cluster_c<N> (its community); the data is unchanged.
 *   opts->legend   subgraph cluster_legend (label "legend", comment saying
 *                  it is not data): one node per entity type present and one
 *                  edge per modality style, styled by the same functions as
 *                  the data; every legend node and edge is named legend_*.
 *                  DOT readers count these nodes and edges with the data.
 * With clusters the relation is the edge's xlabel, not its label: dot
 * (graphviz 2.42) lays out labelled edges between clusters and then frees
 * memory twice in gvFreeLayout ("Unable to reclaim box space"), which
 * aborts a render; xlabels are placed after layout and do not.
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

/* The look of an entity type and of a modality, shared by data and legend. */
static void style_node(Agnode_t *n, int type)
{
    agset(n, S("shape"), S(type_shape[type]));
    agset(n, S("fillcolor"), S(type_fill[type]));
    agset(n, S("type"), S(kg_etype_names[type]));
}

static const char *modality_style(int modality)
{
    return modality == KG_MOD_ALLEGED                                        ? "dashed"
           : (modality == KG_MOD_REQUESTED || modality == KG_MOD_PLANNED) ? "dotted"
                                                                            : "solid";
}

/* relation < 0: the legend's neutral colour */
static const char *edge_color(int relation, int modality)
{
    if (modality == KG_MOD_NEGATED)
        return "#aaaaaa";
    return relation < 0 ? "black" : rel_color[relation];
}

/* The longest text of a label, a document's name or an evidence sentence
 * in the DOT, in bytes: cgraph 2.42 breaks a long string in the file only
 * at a character that is not a letter or digit, and its reader (dot,
 * pygraphviz, the drawings here) refuses a run of more than 16384 bytes
 * without one.  (An entity id, the node's name, is not cut: the
 * extractor makes none that long.) */
#define DOT_TEXT_MAX 1000

/* s appended to t, or its first DOT_TEXT_MAX bytes or fewer (a whole UTF-8
 * character last) and an ellipsis. */
static void add_cut(struct kg_buf *t, const char *s)
{
    size_t n = strlen(s);
    if (n <= DOT_TEXT_MAX) {
        kg_buf_add(t, s, n);
        return;
    }
    n = DOT_TEXT_MAX;
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    kg_buf_add(t, s, n);
    kg_buf_adds(t, "\u2026");
}

/* A document name as a URL: cleaned, and the characters Graphviz 2.42
 * would write raw into an SVG xlink:href (" < > &) or read as an escape
 * (\\) percent-encoded, as is % itself; cut at DOT_TEXT_MAX bytes, as
 * the texts are. */
static const char *dot_url(struct kg_buf *b, const char *s)
{
    struct kg_buf cut = KG_BUF_INIT, c = KG_BUF_INIT;
    add_cut(&cut, s);
    kg_text_clean(&c, cut.buf);
    kg_buf_release(&cut);
    kg_buf_reset(b);
    for (size_t i = 0; i < c.len; i++) {
        unsigned char ch = (unsigned char)c.buf[i];
        if (ch == '"' || ch == '<' || ch == '>' || ch == '&' || ch == '\\' || ch == '%' || ch == '\n')
            kg_buf_addf(b, "%%%02X", ch);
        else
            kg_buf_addc(b, (char)ch);
    }
    kg_buf_release(&c);
    return b->buf ? b->buf : "";
}

int kg_dot_cluster_parse(const char *name)
{
    if (!strcmp(name, "none"))
        return KG_CLUSTER_NONE;
    if (!strcmp(name, "type"))
        return KG_CLUSTER_TYPE;
    if (!strcmp(name, "community"))
        return KG_CLUSTER_COMMUNITY;
    return -1;
}

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

/* Clean a node id for cgraph, which writes it quoted but as it is.  DOT
 * has one escape in a quoted string, \" (and a backslash before a newline
 * joins lines), so a backslash is a backslash: "c\d" reads back as c\d.
 * Doubling it would change the id from the one the CSV and GraphML files
 * give.  Only a backslash before a quote, before a newline or at the end
 * cannot be written at all; it becomes U+29F5, the reverse solidus
 * operator, which looks the same. */
static const char *dotid(struct kg_buf *b, const char *s)
{
    struct kg_buf c = KG_BUF_INIT;
    kg_text_clean(&c, s);
    kg_buf_reset(b);
    for (size_t i = 0; i < c.len; i++) {
        char ch = c.buf[i], next = c.buf[i + 1];
        if (ch == '\\' && (next == '"' || next == '\n' || next == '\0'))
            kg_buf_adds(b, "\xe2\xa7\xb5");
        else
            kg_buf_addc(b, ch);
    }
    kg_buf_release(&c);
    return b->buf ? b->buf : "";
}

/* Subgraph attributes, declared only when a subgraph is written so that the
 * default output stays as it was. */
static void declare_subgraph_attrs(Agraph_t *G)
{
    if (!agattr(G, AGRAPH, S("label"), NULL))
        agattr(G, AGRAPH, S("label"), S(""));
}

/* --cluster: put node n of entity e into its cluster too. 0 or -1. */
static int cluster_node(Agraph_t *G, const struct kg_export_opts *o, const struct kg_entity *e, Agnode_t *n)
{
    if (!o || o->cluster == KG_CLUSTER_NONE || (o->cluster == KG_CLUSTER_COMMUNITY && e->community < 0))
        return 0; /* no clusters, or no communities (a graph too big for them) */
    char name[64], label[64];
    if (o->cluster == KG_CLUSTER_TYPE) {
        snprintf(name, sizeof name, "cluster_%s", kg_etype_names[e->type]);
        snprintf(label, sizeof label, "%s", kg_etype_names[e->type]);
    } else {
        snprintf(name, sizeof name, "cluster_c%ld", e->community);
        snprintf(label, sizeof label, "community %ld", e->community);
    }
    declare_subgraph_attrs(G);
    Agraph_t *sub = agsubg(G, name, 0);
    if (!sub) {
        sub = agsubg(G, name, 1);
        if (!sub)
            return -1;
        agset(sub, S("label"), label);
    }
    return agsubnode(sub, n, 1) ? 0 : -1;
}

/* --legend: subgraph cluster_legend. 0 or -1. */
static int legend(Agraph_t *G, const struct kg_graph *g, const char *label_attr)
{
    static const struct {
        int modality;
        const char *name, *label;
    } samples[] = {{KG_MOD_ASSERTED, "asserted", "asserted"},
                   {KG_MOD_ALLEGED, "alleged", "alleged"},
                   {KG_MOD_REQUESTED, "requested", "requested, planned"},
                   {KG_MOD_NEGATED, "negated", "negated"}};
    declare_subgraph_attrs(G);
    if (!agattr(G, AGRAPH, S("comment"), NULL))
        agattr(G, AGRAPH, S("comment"), S(""));
    Agraph_t *L = agsubg(G, S("cluster_legend"), 1);
    if (!L)
        return -1;
    agset(L, S("label"), S("legend"));
    agset(L, S("comment"), S("kgraph legend, not data: its nodes and edges are named legend_*"));
    int present[KG_NTYPES] = {0};
    for (size_t i = 0; i < g->nents; i++)
        present[g->ents[i].type] = 1;
    char name[64];
    for (int t = 0; t < KG_NTYPES; t++) {
        if (!present[t])
            continue;
        snprintf(name, sizeof name, "legend_%s", kg_etype_names[t]);
        Agnode_t *n = agnode(L, name, 1);
        if (!n)
            return -1;
        agset(n, S("label"), S(kg_etype_names[t]));
        agset(n, S("tooltip"), S("entity type"));
        style_node(n, t);
    }
    for (size_t k = 0; k < sizeof samples / sizeof samples[0]; k++) {
        Agnode_t *ends[2];
        for (int j = 0; j < 2; j++) {
            snprintf(name, sizeof name, "legend_%s_%s", samples[k].name, j ? "to" : "from");
            ends[j] = agnode(L, name, 1);
            if (!ends[j])
                return -1;
            agset(ends[j], S("shape"), S("point"));
            agset(ends[j], S("fillcolor"), S("black"));
        }
        snprintf(name, sizeof name, "legend_%s", samples[k].name);
        Agedge_t *ed = agedge(L, ends[0], ends[1], name, 1);
        if (!ed)
            return -1;
        agset(ed, S(label_attr), S(samples[k].label));
        agset(ed, S("color"), S(edge_color(-1, samples[k].modality)));
        agset(ed, S("fontcolor"), S(edge_color(-1, samples[k].modality)));
        agset(ed, S("style"), S(modality_style(samples[k].modality)));
        agset(ed, S("modality"), S(kg_modality_names[samples[k].modality]));
        agset(ed, S("tooltip"), S("modality"));
    }
    return 0;
}

static int write_dot(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
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
    const char *label_attr = "label"; /* of edges; xlabel with clusters (above) */
    if (o && o->cluster != KG_CLUSTER_NONE) {
        label_attr = "xlabel";
        agattr(G, AGEDGE, S(label_attr), S(""));
    }
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
        Agnode_t *n = agnode(G, S(dotid(&b, e->id)), 1);
        if (!n) {
            rc = -1;
            break;
        }
        nodes[i] = n;
        kg_buf_reset(&t);
        add_cut(&t, e->label);
        agset(n, S("label"), S(dotstr(&b, t.buf)));
        style_node(n, e->type);
        if (cluster_node(G, o, e, n)) {
            rc = -1;
            break;
        }
        kg_buf_reset(&t);
        add_cut(&t, e->label);
        kg_buf_addf(&t, " (%s), %ld mentions in %ld documents", kg_etype_names[e->type], e->mentions, e->docs);
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
        agset(ed, S(label_attr), S(kg_relations[e->relation].name));
        agset(ed, S("color"), S(edge_color(e->relation, e->modality)));
        agset(ed, S("fontcolor"), S(rel_color[e->relation]));
        char num[32];
        snprintf(num, sizeof num, "%.2f", 1.0 + log2((double)e->weight));
        agset(ed, S("penwidth"), num);
        snprintf(num, sizeof num, "%ld", e->weight);
        agset(ed, S("weight"), num);
        agset(ed, S("modality"), S(kg_modality_names[e->modality]));
        agset(ed, S("style"), S(modality_style(e->modality)));
        /* tooltip: up to three evidence sentences */
        kg_buf_reset(&t);
        for (long k = 0; k < e->instances && k < 3; k++) {
            const struct kg_evidence *v = &g->ev[e->ev_first + (size_t)k];
            if (k)
                kg_buf_adds(&t, "\n");
            kg_buf_addc(&t, '[');
            add_cut(&t, v->doc);
            kg_buf_adds(&t, "] ");
            add_cut(&t, v->sentence);
        }
        agset(ed, S("tooltip"), S(dotstr(&b, t.buf)));
        agset(ed, S("URL"), S(dot_url(&b, g->ev[e->ev_first].doc)));
    }
    if (!rc && o && o->legend)
        rc = legend(G, g, label_attr);
    if (!rc && agwrite(G, fp) == EOF)
        rc = -1;
    agclose(G);
    free(nodes);
    kg_buf_release(&b);
    kg_buf_release(&t);
    return rc;
}

/* The graph as a picture's DOT: its top KG_PICTURE_MAX entities when it
 * has more, unless --top said how many.  (render.c's drawings, made from
 * this DOT, are cut to KG_PICTURE_MAX before it whatever --top says: a
 * layout of more takes too long.) */
int kg_export_dot(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    if (o && o->top > 0)
        return write_dot(g, fp, o);
    struct kg_graph copy;
    int copied;
    const struct kg_graph *pg =
        kg_picture_graph(g, "the DOT graph holds", "--top N keeps N, --around a neighbourhood", &copy, &copied);
    int rc = pg ? write_dot(pg, fp, o) : -1;
    if (copied)
        kg_graph_release(&copy);
    return rc;
}
