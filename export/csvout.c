/* csvout.c - nodes.csv, edges.csv and evidence.csv through libcsv.
 *
 * RFC 4180: a header row, CRLF line ends, every field quoted by csv_fwrite
 * (inner quotes doubled); embedded newlines stay inside their quotes, so
 * count rows with a CSV reader, not `wc -l`.  Text is valid UTF-8 without
 * control characters.  With opts->csv_safe, a cell that a spreadsheet would
 * run as a formula (leading = + - @) gets a leading apostrophe.
 */
#include <csv.h>
#include <stdio.h>
#include <string.h>

#include "../kgbuf.h"
#include "export.h"
#include "text.h"

struct row {
    FILE *fp;
    int n;   /* fields written in this row */
    int err;
    int safe;
    struct kg_buf tmp;
};

static void cell(struct row *r, const char *s)
{
    if (r->n++ && fputc(',', r->fp) == EOF)
        r->err = 1;
    kg_buf_reset(&r->tmp);
    if (r->safe && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@') &&
        !(s[0] == '-' && s[1] >= '0' && s[1] <= '9'))
        kg_buf_addc(&r->tmp, '\'');
    kg_text_clean(&r->tmp, s);
    if (csv_fwrite(r->fp, r->tmp.buf, r->tmp.len) != 0)
        r->err = 1;
}

static void celln(struct row *r, long v)
{
    char num[32];
    snprintf(num, sizeof num, "%ld", v);
    cell(r, num);
}

static void celld(struct row *r, double v, int prec)
{
    char num[64];
    snprintf(num, sizeof num, "%.*f", prec, v);
    cell(r, num);
}

static void endrow(struct row *r)
{
    if (fputs("\r\n", r->fp) == EOF)
        r->err = 1;
    r->n = 0;
}

static void header(struct row *r, const char *const *names)
{
    for (; *names; names++)
        cell(r, *names);
    endrow(r);
}

static int finish(struct row *r)
{
    kg_buf_release(&r->tmp);
    return r->err || ferror(r->fp) ? -1 : 0;
}

int kg_export_nodes_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"id", "label", "type", "mentions", "docs", "aliases", "indegree",
                                    "outdegree", "wdegree", "pagerank", "component", "betweenness",
                                    "community", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT};
    struct kg_buf al = KG_BUF_INIT;
    header(&r, h);
    for (size_t i = 0; i < g->nents && !r.err; i++) {
        const struct kg_entity *e = &g->ents[i];
        cell(&r, e->id);
        cell(&r, e->label);
        cell(&r, kg_etype_names[e->type]);
        celln(&r, e->mentions);
        celln(&r, e->docs);
        kg_buf_reset(&al);
        for (size_t a = 0; a < e->naliases; a++) {
            if (a)
                kg_buf_addc(&al, '|');
            kg_buf_adds(&al, e->aliases[a]);
        }
        cell(&r, al.buf);
        celln(&r, e->indegree);
        celln(&r, e->outdegree);
        celld(&r, e->wdegree, 1);
        celld(&r, e->pagerank, 9);
        celln(&r, e->component);
        celld(&r, e->betweenness, 9);
        celln(&r, e->community);
        endrow(&r);
    }
    kg_buf_release(&al);
    return finish(&r);
}

int kg_export_edges_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"source", "target", "relation", "weight", "instances", "docs", "modality",
                                    "first", "last", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT};
    header(&r, h);
    for (size_t i = 0; i < g->nedges && !r.err; i++) {
        const struct kg_edge *e = &g->edges[i];
        cell(&r, g->ents[e->source].id);
        cell(&r, g->ents[e->target].id);
        cell(&r, kg_relations[e->relation].name);
        celln(&r, e->weight);
        celln(&r, e->instances);
        celln(&r, e->ndocs);
        cell(&r, kg_modality_names[e->modality]);
        cell(&r, e->first_date);
        cell(&r, e->last_date);
        endrow(&r);
    }
    return finish(&r);
}

int kg_export_evidence_csv(const struct kg_graph *g, FILE *fp, const struct kg_export_opts *o)
{
    static const char *const h[] = {"source", "target", "relation", "modality", "doc", "date", "start",
                                    "end", "sentence", NULL};
    struct row r = {fp, 0, 0, o && o->csv_safe, KG_BUF_INIT};
    header(&r, h);
    for (size_t i = 0; i < g->nev && !r.err; i++) {
        const struct kg_evidence *v = &g->ev[i];
        cell(&r, g->ents[v->source].id);
        cell(&r, g->ents[v->target].id);
        cell(&r, kg_relations[v->relation].name);
        cell(&r, kg_modality_names[v->modality]);
        cell(&r, v->doc);
        cell(&r, v->date);
        celln(&r, v->start);
        celln(&r, v->end);
        cell(&r, v->sentence);
        endrow(&r);
    }
    return finish(&r);
}
