/* select.h - the part of a graph a user asks for: by entity type, relation,
 * modality, edge weight, article date, the neighbourhood of one actor, or
 * the top entities by PageRank.  Every command that writes a graph takes
 * the same options (KG_SELECT_OPTIONS, kg_select_option, KG_SELECT_HELP).
 *
 * The steps run in this order, each on the graph the previous one left:
 *   1. evidence rows: --relations, --modality, --since/--until (a row
 *      without a date is dropped when a date range is given);
 *   2. edges: --min-weight; entities: --types;
 *   3. --around ENTITY --depth N: the entities within N steps of ENTITY,
 *      edges taken in either direction (ENTITY: an id, a label or an alias,
 *      case folded, else a word of exactly one label);
 *   4. --top K: the K entities with the highest PageRank.
 * Steps 1 and 2 also drop the entities left without any relation.  The
 * metrics (degree, PageRank, betweenness, communities) are computed anew on
 * the selection.
 */
#ifndef KG_SELECT_H
#define KG_SELECT_H

#include <getopt.h>

#include "kggraph.h"

struct kg_select {
    unsigned types;      /* bit per enum kg_etype; 0: all */
    unsigned relations;  /* bit per enum kg_rel; 0: all */
    unsigned modalities; /* bit per enum kg_modality; 0: all */
    long min_weight;     /* 0: any */
    char since[11];      /* YYYY-MM-DD or "" */
    char until[11];      /* YYYY-MM-DD or "" */
    const char *around;  /* NULL: no neighbourhood */
    long depth;          /* steps from `around` (-1: not given, 1) */
    long top;            /* 0: all */
};

#define KG_SELECT_INIT {0, 0, 0, 0, "", "", NULL, -1, 0}

enum {
    KG_OPT_TYPES = 1000, KG_OPT_RELATIONS, KG_OPT_MODALITY, KG_OPT_MIN_WEIGHT, KG_OPT_SINCE, KG_OPT_UNTIL,
    KG_OPT_AROUND, KG_OPT_DEPTH, KG_OPT_TOP
};

#define KG_SELECT_OPTIONS                                                                          \
    {"types", required_argument, NULL, KG_OPT_TYPES},                                              \
        {"relations", required_argument, NULL, KG_OPT_RELATIONS},                                  \
        {"modality", required_argument, NULL, KG_OPT_MODALITY},                                    \
        {"min-weight", required_argument, NULL, KG_OPT_MIN_WEIGHT},                                \
        {"since", required_argument, NULL, KG_OPT_SINCE}, {"until", required_argument, NULL, KG_OPT_UNTIL}, \
        {"around", required_argument, NULL, KG_OPT_AROUND},                                        \
        {"depth", required_argument, NULL, KG_OPT_DEPTH}, {"top", required_argument, NULL, KG_OPT_TOP}

#define KG_SELECT_HELP                                                                             \
    "selection (applied in this order; metrics are computed on the result):\n"                    \
    "      --relations R,...  keep relations of these types (accuses, meets, ...)\n"                \
    "      --modality M,...   keep relation instances with these modalities\n"                     \
    "      --since DATE, --until DATE  keep instances from articles dated in\n"                     \
    "                         this range (YYYY-MM-DD, YYYY-MM or YYYY)\n"                          \
    "      --min-weight W     keep edges with at least W distinct sentences\n"                     \
    "      --types T,...      keep entities of these types (PERSON, ORG, GPE, LOC)\n"             \
    "      --around ENTITY    keep the neighbourhood of ENTITY (id, label, alias,\n"             \
    "                         or a word of one label: a surname)\n"                              \
    "      --depth N          ... up to N steps away, either direction (default 1)\n"            \
    "      --top K            keep the K entities with the highest PageRank\n"

/* Handle option `c` with argument `arg`: 1 when it was a selection option,
 * 0 when it is not one, -1 when its value is bad (reported). */
int kg_select_option(struct kg_select *s, int c, const char *arg);
/* Is anything selected at all? */
int kg_select_active(const struct kg_select *s);
/* Replace the finished graph g by its selection.  Returns 0, or -1 when
 * --around names no entity (reported; g is left empty). */
int kg_graph_select(struct kg_graph *g, const struct kg_select *s);
/* Set keep[i] for the k entities of the analysed graph g with the highest
 * PageRank, ties by id: the ones --top K keeps. */
void kg_graph_top(const struct kg_graph *g, size_t k, char *keep);

#endif
