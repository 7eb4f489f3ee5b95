/* kggraph.h - the knowledge graph: entities, evidence rows, aggregated edges.
 *
 * A struct kg_graph is filled from extract or merged streams (JSON Lines,
 * ../shared/SCHEMA.md and README "Merged stream"), then kg_graph_finish()
 * puts it in canonical order and aggregates it:
 *   - ents[] sorted by id (byte order); one entity per id;
 *   - ev[] (relation instances = evidence rows) sorted by
 *     (source id, relation, target id, doc, start, end, modality, sentence),
 *     exact duplicates kept (a stream fed twice counts twice);
 *   - edges[] one per (source, relation, target), in the same order, each
 *     naming its run of evidence rows ev[ev_first .. ev_first+weight-1];
 *   - metrics computed through igraph (held in `ig`, with the C attribute
 *     handler: vertex attributes name/label/type/indegree/outdegree/wdegree/
 *     pagerank/component/betweenness/community, edge attributes
 *     relation/weight, up to KG_IGRAPH_ATTRIBUTES_MAX) and copied into ents[]:
 *       pagerank     weighted (edge weight), directed, damping 0.85, PRPACK;
 *       betweenness  directed and unweighted (every edge is one hop; parallel
 *                    edges, i.e. two relations between the same pair, are
 *                    distinct shortest paths), not normalised: igraph's
 *                    igraph_betweenness.  Above KG_BETWEENNESS_EXACT_MAX
 *                    entities it is estimated from KG_BETWEENNESS_SOURCES
 *                    source vertices drawn with a fixed seed
 *                    (igraph_betweenness_subset, scaled by N / sources),
 *                    fewer or none (-1) when the searches would take more
 *                    than KG_BETWEENNESS_BUDGET steps;
 *       community    igraph_community_multilevel (resolution 1, igraph's
 *                    RNG seeded with KG_RNG_SEED) on the undirected
 *                    projection: one edge per connected pair, weighted by the
 *                    sum of the weights of the edges between them; numbered
 *                    from 0 in the order of each community's smallest id;
 *                    -1 above KG_COMMUNITIES_MAX entities + edges;
 *       modularity   igraph_modularity of that membership on that projection.
 * Symmetric relations (meets, negotiates, cooperates) are stored with
 * source id <= target id so both directions aggregate into one edge.
 * The graph owns every string in it (in one arena, freed with the graph:
 * never free() one).  Exporters only read a finished graph.
 */
#ifndef KG_KGGRAPH_H
#define KG_KGGRAPH_H

#include <igraph.h>
#include <stdio.h>

#include "../schema.h"

struct kg_entity {
    char *id;                      /* stable slug, unique, sort key */
    char *label;                   /* display label (smallest seen, for determinism) */
    int type;                      /* enum kg_etype with most mentions (ties: lowest) */
    long type_mentions[KG_NTYPES]; /* mentions per type, summed over inputs */
    long mentions;                 /* total mentions */
    long docs;                     /* documents naming it, summed over inputs */
    char **aliases;                /* surface forms seen, sorted, unique */
    size_t naliases;               /* number of aliases */
    size_t aliases_alloc;          /* capacity of aliases */
    /* filled by kg_graph_finish: */
    long indegree;                 /* distinct incoming edges */
    long outdegree;                /* distinct outgoing edges */
    double wdegree;                /* sum of weights of incident edges */
    double pagerank;               /* igraph PageRank (weighted, damping 0.85) */
    long component;                /* weakly connected component number, 0-based */
    double betweenness;            /* igraph betweenness: directed, unweighted, raw
                                      (estimated above KG_BETWEENNESS_EXACT_MAX entities;
                                      -1: not computed, see KG_BETWEENNESS_BUDGET) */
    long community;                /* multilevel community, 0-based, by smallest id
                                      (-1: not computed, see KG_COMMUNITIES_MAX) */
};

struct kg_evidence {
    char *doc;      /* document name as given in the stream ("a.txt", "a.txt#2") */
    char *date;     /* article date YYYY-MM-DD, "" when unknown */
    char *sentence; /* the evidence sentence, original text */
    long start;     /* byte offset of the sentence in the document */
    long end;       /* byte offset just past it */
    size_t source;  /* index into ents[] (valid after finish) */
    size_t target;  /* index into ents[] (valid after finish) */
    int relation;   /* enum kg_rel */
    int modality;   /* enum kg_modality */
    char *src_id;   /* source entity id (owned) */
    char *dst_id;   /* target entity id (owned) */
};

struct kg_edge {
    size_t source;            /* index into ents[] */
    size_t target;            /* index into ents[] */
    int relation;             /* enum kg_rel */
    int modality;             /* strongest modality seen (lowest enum value) */
    long weight;              /* distinct evidence sentences: a story syndicated
                                 word for word (up to case, punctuation, spacing
                                 and digits) counts once */
    long instances;           /* evidence rows, copies included */
    long ndocs;               /* distinct documents among them */
    int modalities[KG_NMODS]; /* evidence rows per modality */
    const char *first_date;   /* earliest non-empty date, "" if none (points into ev) */
    const char *last_date;    /* latest non-empty date, "" if none (points into ev) */
    size_t ev_first;          /* first evidence row in ev[] */
};

struct kg_graph {
    struct kg_entity *ents;   /* entities, sorted by id after finish */
    size_t nents;             /* number of entities */
    size_t ents_alloc;        /* capacity */
    struct kg_evidence *ev;   /* evidence rows */
    size_t nev;               /* number of evidence rows */
    size_t ev_alloc;          /* capacity */
    const char **docs;        /* after finish (or kg_graph_docs): the documents
                                 read (the docs of entity and relation records,
                                 and the merged stream's document records),
                                 sorted, each once */
    size_t ndocs;             /* their number */
    const char **quiet_docs;  /* after finish: those of docs that no relation row
                                 names (the merged stream's document records) */
    size_t nquiet_docs;       /* their number */
    struct kg_edge *edges;    /* aggregated edges, after finish */
    size_t nedges;            /* number of edges */
    size_t nstreams;          /* streams read */
    long ncomponents;         /* weakly connected components, after finish */
    long ncommunities;        /* multilevel communities, after finish (0 when
                                 not computed) */
    double modularity;        /* modularity of the communities on the weighted
                                 undirected projection; NaN without edges or
                                 communities */
    long betweenness_sources; /* sources the betweenness was computed from:
                                 nents when exact, fewer when sampled, 0 when
                                 not computed */
    igraph_t ig;              /* the igraph view, valid when has_ig */
    int has_ig;               /* 1 once ig is built */
    int finished;             /* 1 after kg_graph_finish */
    int lean;                 /* set by the caller: finish aggregates but computes
                                 no metrics (no igraph view): for writing streams */
    int keep_pending;         /* set by the caller (merge): finish keeps the relation
                                 rows whose ends have no entity record in pending,
                                 with a warning, instead of reporting each as an
                                 error, so that a merge of part of a stream can be
                                 merged with the rest */
    struct kg_evidence *pending; /* those rows, after finish, in (source id,
                                 relation, target id, ...) order */
    size_t npending;
    size_t communities_max;   /* set by the caller (tests): the limit on entities +
                                 edges for communities; 0: KG_COMMUNITIES_MAX */
    double betweenness_budget;/* set by the caller (tests): the steps betweenness
                                 may take; 0: KG_BETWEENNESS_BUDGET */
    void *priv;               /* private: the strings (an arena, ids, documents
                                 and dates interned), the line parser */
};

#define KG_GRAPH_INIT {0}

/* Betweenness is exact up to this many entities, and above it estimated
 * from this many sources; the RNG seed keeps every run identical. */
#define KG_BETWEENNESS_EXACT_MAX 5000
#define KG_BETWEENNESS_SOURCES 1000
/* ... as long as the breadth-first searches from the sources would take at
 * most this many steps (each search visits at most the vertices and edges
 * of its source's weakly connected component, about 50-80 ns a step on
 * graphs that do not fit in the cache): fewer sources are drawn when 1000
 * would take more, and none at all (betweenness -1) when not even
 * KG_BETWEENNESS_MIN_SOURCES fit.  A connected graph of 100k entities and
 * 500k edges gets about 80 sources, one of 1M entities none; 1M entities
 * in components of 50 (the bench's streams) keep all 1000. */
#define KG_BETWEENNESS_BUDGET 5e7
#define KG_BETWEENNESS_MIN_SOURCES 50
/* Communities are detected up to this many entities + edges, and left
 * out above (community -1, no communities, modularity NaN): igraph's
 * multilevel took 1.4 s on 100k entities and 490k edges, 6 s on 300k and
 * 1.5M, 25 s on 1M and 4.9M. */
#define KG_COMMUNITIES_MAX 1200000
/* The igraph view `ig` carries the attributes up to this many entities +
 * edges and none above: kgraph's writers read ents[] and edges[], and the
 * string attributes alone took 1.8 s and 400 MB for 1M entities. */
#define KG_IGRAPH_ATTRIBUTES_MAX 1200000
#define KG_RNG_SEED 42

/* Call once in main() before any graph is built: installs igraph's C
 * attribute handler and an error handler that reports instead of aborting. */
void kg_graph_setup(void);

void kg_graph_init(struct kg_graph *g);
void kg_graph_release(struct kg_graph *g);

/* Read every line of `fp` (named `name` in messages).  Bad lines are
 * reported as "kgraph: NAME:LINE: ..." and skipped; returns 0 when every
 * line was good, -1 otherwise (the rest was still read).  A helper thread
 * reads and parses ahead while this one adds the lines in order: the
 * result and the messages are those of reading on one thread. */
int kg_graph_read_stream(struct kg_graph *g, FILE *fp, const char *name);
/* The same over `len` bytes in memory. */
int kg_graph_read_mem(struct kg_graph *g, const char *data, size_t len, const char *name);

/* Add one record (a parsed JSON object line).  Returns 0 or -1 (reported). */
struct kg_json;
int kg_graph_add_record(struct kg_graph *g, const struct kg_json *rec, const char *file, long line);

/* Sort, resolve, aggregate and analyse.  Relation ends that have no entity
 * record are reported and the row dropped (kept in pending with
 * keep_pending).  Returns 0 or -1. */
int kg_graph_finish(struct kg_graph *g);

/* Make g->docs and g->quiet_docs from the records read so far (finish
 * does too). */
void kg_graph_docs(struct kg_graph *g);

/* Write the merged stream (canonical: entities, then edges, then relation
 * instances, each sorted).  Returns 0, or -1 on a write error. */
int kg_graph_write_stream(const struct kg_graph *g, FILE *fp);
/* A finished graph of the entities with keep_ent[i] and the evidence rows
 * with keep_ev[i] whose ends are both kept, analysed anew, into *out. */
int kg_graph_subset(const struct kg_graph *g, const char *keep_ent, const char *keep_ev, struct kg_graph *out);

/* Read streams named on a command line ("-" or none: standard input) into
 * g; a missing file is reported and skipped.  0, or -1 if any failed. */
int kg_read_streams(struct kg_graph *g, int argc, char **argv);
/* After reading with `failed` set (some input could not be read): when the
 * graph holds nothing at all, say that nothing is written to `output` and
 * return 1, so that a mistyped input does not replace a graph written
 * there before with an empty one; else 0. */
int kg_nothing_read(const struct kg_graph *g, int failed, const char *output);
/* Read kgraph's own nodes.csv (entities) or evidence.csv (relation
 * instances), also in the neo4j flavour; edges.csv is derived and skipped
 * with a warning; any other CSV is an error naming file and line. */
int kg_graph_read_csv(struct kg_graph *g, const char *path);
/* --csv-safe's rule, for its writer and this reader: does cell s, past any
 * leading apostrophes, start like a spreadsheet formula (= + - @, a tab or
 * a carriage return: OWASP's list)?  The number of those apostrophes plus
 * one, or 0.  The writer puts one more apostrophe before such a cell (a
 * negative number alone aside), and the reader takes one off a cell of 2
 * or more, so that every cell reads back as it was. */
size_t kg_csv_formula(const char *s, size_t n);
/* Read kgraph's own GraphML: nodes as entities, each edge's evidence_rows
 * as its relation instances (exact); other GraphML is an error. */
int kg_graph_read_graphml(struct kg_graph *g, const char *path);

/* Index of the entity with this id, or -1 (finished graphs only). */
long kg_graph_find(const struct kg_graph *g, const char *id);

/* The sources of g's evidence: how many distinct documents, and the
 * earliest and latest of their dates ("" when none is dated), taken from
 * the evidence, not the clock, so that every run writes the same. */
void kg_graph_sources(const struct kg_graph *g, size_t *ndocs, const char **first, const char **last);

struct kg_buf;
/* An entity's mentions per type as text, "PERSON:4|GPE:3" (the types in
 * schema order, those with no mention left out), appended to b: the
 * `types` attribute of GraphML, CSV and GEXF, which the GraphML and CSV
 * readers give back to the graph. */
void kg_entity_types_text(const struct kg_entity *e, struct kg_buf *b);
/* The same as a JSON object, {"PERSON":4,"GPE":3}: the stream's `types`. */
void kg_entity_types_json(const struct kg_entity *e, struct kg_buf *b);
/* Its aliases, `|`-separated, appended to b. */
void kg_entity_aliases_text(const struct kg_entity *e, struct kg_buf *b);

#endif
