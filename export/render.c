/* render.c - the DOT graph laid out and drawn by Graphviz gvc: svg, png, pdf.
 *
 * The graph drawn is exactly the one `-f dot` writes: kg_export_dot writes
 * it into memory, agmemread reads it back, gvLayout lays it out,
 * gvRenderData draws it into memory and we write that to the FILE * we are
 * given (gvRender would exit(1) on a write error).  The DOT text is made
 * before gvContext() is called, because gvContext changes what cgraph
 * writes for graphs created after it (FIELD.md).
 *
 * The layout engine is --layout, or by size (kg_render_default_layout).
 * sfdp, neato and circo draw edges as straight lines (splines=line):
 * routing curved edges around the nodes costs those engines far more than
 * the layout itself (sfdp, 500 random nodes and 1,000 edges: 137 s with
 * splines=true, 0.6 s with lines; circo on the fixtures graph: 4.7 s
 * against 0.05 s).  dot routes its own splines quickly and keeps them.
 * A PNG is scaled down to at most 8192 pixels a side.
 *
 * Graphviz's messages ("Warning: ...", "Error: ...") are passed on as
 * kgraph messages.  Graphviz leaks: gvc and its plugins keep memory for
 * the life of the process (fontconfig, pango, plugin configuration), and
 * the dot and neato layouts lose a little per graph; tests/lsan.supp
 * lists them all.
 */
#define _XOPEN_SOURCE 700 /* srand48 */
#include <errno.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../diag.h"
#include "../kgbuf.h"
#include "export.h"
#include "../graph/select.h"
#include "../xalloc.h"

const char *const kg_render_layouts[] = {"dot", "sfdp", "neato", "circo", NULL};

/* The longer side of a PNG is at most 8192 pixels: 85.33 inches at 96 dpi. */
#define PNG_MAX_INCHES "85.33,85.33"

/* cgraph 2.42 takes char * for names and values it only copies. */
static char *S(const char *s)
{
    return (char *)(size_t)s;
}

const char *kg_render_default_layout(const struct kg_graph *g)
{
    if (g->nents <= KG_RENDER_DOT_MAX_NODES && g->nedges <= g->nents + KG_RENDER_DOT_MAX_CYCLES)
        return "dot";
    return "sfdp";
}

int kg_render_layout_ok(const char *name)
{
    for (const char *const *l = kg_render_layouts; *l; l++)
        if (!strcmp(*l, name))
            return 1;
    return 0;
}

/* Graphviz hands a message over in pieces ("Warning", ": ", the text with
 * its newline); they are gathered into lines here. */
static struct kg_buf gv_line = KG_BUF_INIT;

static void gv_emit(void)
{
    while (gv_line.len && (gv_line.buf[gv_line.len - 1] == '\n' || gv_line.buf[gv_line.len - 1] == ' '))
        kg_buf_setlen(&gv_line, gv_line.len - 1);
    if (!gv_line.len)
        return;
    if (!strncmp(gv_line.buf, "Error: ", 7))
        kg_error("graphviz: %s", gv_line.buf + 7);
    else if (!strncmp(gv_line.buf, "Warning: ", 9))
        kg_warn_at(NULL, 0, "graphviz: %s", gv_line.buf + 9);
    else
        kg_warn_at(NULL, 0, "graphviz: %s", gv_line.buf);
    kg_buf_reset(&gv_line);
}

static int gv_message(char *piece)
{
    for (const char *p = piece; *p; p++) {
        kg_buf_addc(&gv_line, *p);
        if (*p == '\n')
            gv_emit();
    }
    return 0;
}

/* Settings that depend on the engine and the output. */
static void tune(Agraph_t *G, const char *layout, const char *format)
{
    if (strcmp(layout, "dot"))
        agsafeset(G, S("splines"), S("line"), S(""));
    /* a bitmap is held whole in memory: circo drew the fixtures graph at
     * 14547 x 15083 pixels in 878 MB.  size (inches, 96 per inch) only
     * ever scales a drawing down. */
    if (!strcmp(format, "png"))
        agsafeset(G, S("size"), S(PNG_MAX_INCHES), S(""));
}

/* One Graphviz context for the life of the process.  A second context
 * after gvFreeContext reads freed memory: the pango plugin keeps a pointer
 * to the last font name, which lived in the first context (ASan, graphviz
 * 2.42, build --render png,pdf). */
static GVC_t *context(void)
{
    static GVC_t *gvc;
    if (!gvc)
        gvc = gvContext();
    return gvc;
}

/* cairo stamps a PDF with the time it was made ("/CreationDate
 * (D:20240312101500Z)"); writers make the same bytes from the same graph,
 * so the date is set to 1970-01-01 in place (same length: the
 * cross-reference offsets stay right). */
static void pdf_fix_dates(char *data, size_t n)
{
    static const char *const keys[] = {"/CreationDate (D:", "/ModDate (D:"};
    for (size_t k = 0; k < 2; k++) {
        size_t kl = strlen(keys[k]);
        for (size_t i = 0; i + kl + 14 <= n; i++) {
            if (memcmp(data + i, keys[k], kl))
                continue;
            char *d = data + i + kl;
            size_t digits = 0;
            while (digits < 14 && d[digits] >= '0' && d[digits] <= '9')
                digits++;
            if (digits == 14)
                memcpy(d, "19700101000000", 14);
        }
    }
}

static int render_graph(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o, const char *format);

const struct kg_graph *kg_picture_graph(const struct kg_graph *g, const char *doing, const char *choose,
                                        struct kg_graph *copy, int *copied)
{
    *copied = 0;
    if (g->nents <= KG_PICTURE_MAX)
        return g;
    kg_warn_at(NULL, 0, "%zu entities are too many for a picture: %s the %d with the highest PageRank (%s)", g->nents,
               doing, KG_PICTURE_MAX, choose);
    /* the ranking: g's own PageRank, or, when g was made lean (no
     * metrics), that of a copy of all of it, analysed (once: an analysed
     * g is not analysed again, nor its warnings given twice) */
    struct kg_graph full;
    const struct kg_graph *ranked = g;
    int rc = 0;
    if (g->lean) {
        char *all_e = xmalloc(g->nents + 1), *all_v = xmalloc(g->nev + 1);
        memset(all_e, 1, g->nents + 1);
        memset(all_v, 1, g->nev + 1);
        rc = kg_graph_subset(g, all_e, all_v, &full);
        free(all_e);
        free(all_v);
        ranked = &full;
    }
    if (!rc) {
        char *keep = xcalloc(ranked->nents + 1, 1), *all_v = xmalloc(ranked->nev + 1);
        memset(all_v, 1, ranked->nev + 1);
        kg_graph_top(ranked, KG_PICTURE_MAX, keep);
        rc = kg_graph_subset(ranked, keep, all_v, copy);
        *copied = 1;
        free(keep);
        free(all_v);
    }
    /* the part's communities are the whole graph's, so that a picture's
     * cluster_cN is the community nodes.csv gives (the part, analysed
     * anew, numbers communities of its own) */
    if (!rc)
        for (size_t i = 0; i < copy->nents; i++) {
            long j = kg_graph_find(ranked, copy->ents[i].id);
            if (j >= 0)
                copy->ents[i].community = ranked->ents[j].community;
        }
    if (ranked != g)
        kg_graph_release(&full);
    return rc ? NULL : copy;
}

static int render(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o, const char *format)
{
    struct kg_graph copy;
    int copied;
    const struct kg_graph *pg = kg_picture_graph(g, "drawing", "choose with --top or --around", &copy, &copied);
    int rc = pg ? render_graph(pg, fp, o, format) : -1;
    if (copied)
        kg_graph_release(&copy);
    return rc;
}

static int render_graph(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o, const char *format)
{
    const char *layout = o && o->layout ? o->layout : kg_render_default_layout(g);
    char *dot = NULL;
    size_t len = 0;
    FILE *ms = open_memstream(&dot, &len);
    if (!ms)
        return kg_error("cannot render %s: %s", format, strerror(errno));
    int rc = kg_export_dot(g, ms, o);
    if (fclose(ms) != 0)
        rc = -1;
    if (rc) {
        free(dot);
        return kg_error("cannot render %s: the DOT graph could not be written", format);
    }
    agusererrf old = agseterrf(gv_message);
    GVC_t *gvc = context();
    Agraph_t *G = gvc ? agmemread(dot) : NULL;
    free(dot);
    if (!G) {
        rc = kg_error("cannot render %s: graphviz could not read the DOT graph", format);
    } else {
        tune(G, layout, format);
        /* the engines draw random numbers (sfdp's overlap removal among
         * them) from the C library's generators, which live as long as the
         * process: put them back in their start state, so that a graph is
         * drawn the same whether or not another drawing came first (build
         * --render svg,png,pdf, -f svg after -f pdf) */
        srand(1);
        srand48(0x1234ABCDL);
        if (gvLayout(gvc, G, layout) != 0) {
            rc = kg_error("cannot render %s: graphviz could not lay the graph out with '%s' (are the "
                          "graphviz plugins installed and registered? 'dot -c' registers them)",
                          format, layout);
        } else {
            /* into memory, then out: on a write error gvRender prints
             * "gvwrite_no_z problem" and calls exit(1), which would leave
             * the temporary file behind */
            char *data = NULL;
            unsigned int n = 0;
            if (gvRenderData(gvc, G, format, &data, &n) != 0 || !data) {
                rc = kg_error("cannot render %s: graphviz could not draw it", format);
            } else {
                if (!strcmp(format, "pdf"))
                    pdf_fix_dates(data, n);
                if (fwrite(data, 1, n, fp) != n)
                    rc = -1; /* reported by the caller, which sees ferror */
            }
            if (data)
                gvFreeRenderData(data);
            gvFreeLayout(gvc, G);
        }
        agclose(G);
    }
    gv_emit();
    kg_buf_release(&gv_line);
    agseterrf(old);
    return rc;
}

int kg_export_svg(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    return render(g, fp, o, "svg");
}

int kg_export_png(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    return render(g, fp, o, "png");
}

int kg_export_pdf(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    return render(g, fp, o, "pdf");
}
