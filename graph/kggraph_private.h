/* kggraph_private.h - what graph/kggraph.c shares with graph/readstream.c:
 * records looked over apart from the graph (kg_rec_prepare, which touches
 * no graph and so may run on another thread) and added to it in order
 * (kg_graph_add_rec).  Not for use outside graph/. */
#ifndef KG_KGGRAPH_PRIVATE_H
#define KG_KGGRAPH_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "../json.h"
#include "kggraph.h"

/* A string member of a record, ready for the graph: kg_rec_prepare finds
 * its length, whether it is clean already and then its hash, so that
 * adding the record to the graph (on the calling thread, while the next
 * lines are parsed on another) only interns and copies. */
struct kg_text {
    const char *s;  /* NULL: missing, or not a string */
    size_t n;       /* strlen(s) */
    int plain;      /* s needs no cleaning (printable ASCII, tab, newline) */
    uint64_t hash;  /* of s when plain (kggraph.c's hash_bytes) */
};

enum kg_rec_kind {
    KG_REC_NOT_OBJECT,
    KG_REC_NO_KIND,
    KG_REC_UNKNOWN,
    KG_REC_ENTITY,
    KG_REC_RELATION,
    KG_REC_EDGE,
    KG_REC_DOCUMENT
};

/* A record looked over, without touching the graph (so that it can be
 * done on another thread): its kind, names and strings, numbers with
 * their defaults, and the nested members.  It holds no pointer to the
 * record's own members, only to their strings and nested values, which
 * outlive them in the line parser's scratch. */
struct kg_rec {
    enum kg_rec_kind kind;
    const char *kind_s;
    const char *type_s, *rel_s, *mod_s;      /* as given, for messages */
    int type;                                /* entity: enum kg_etype or -1 */
    int rel, mod;                            /* relation: enum values or -1 */
    double mentions, docs, start, end;
    unsigned odd;                            /* members not of their kind (a count that
                                                is no number, a list that is none): a bit
                                                each, said when the record is added */
    struct kg_json types, aliases;           /* type KG_JSON_NULL when absent */
    struct kg_text id, label;                /* entity */
    struct kg_text src, dst, date, sent;     /* relation */
    struct kg_text doc;                      /* relation, entity, document */
};

/* Look a record (a parsed line) over into *r.  r points into the record's
 * strings and nested values, not at its own members. */
void kg_rec_prepare(const struct kg_json *root, struct kg_rec *r);
/* Add a prepared record, or report what is wrong with it.  0 or -1. */
int kg_graph_add_rec(struct kg_graph *g, const struct kg_rec *r, const char *file, long line);
/* The JSON text of the line at *s, n bytes: *s moved past leading blanks
 * (and a byte order mark: files joined by cat have one on each first
 * line), trailing blanks and CR dropped; returns its length, 0 for a blank
 * line. */
size_t kg_line_text(const char **s, size_t n);
/* A line the fast parser did not accept: kg_json_parse says why (or reads
 * it after all), for the first lines of an input that are not JSON (*bad
 * counts them).  0 or -1. */
int kg_graph_add_unparsed(struct kg_graph *g, const char *s, size_t n, const char *name, long line, long *bad);
/* After an input: how many more of its lines were not JSON than were said. */
void kg_graph_bad_lines(const char *name, long bad);

/* For a reader of GraphML or CSV, building an entity record: append
 * ,"types":{...} to rec from the `types` text read back (kg_entity_types_text's
 * form) when it agrees with the row's type (the type with the most
 * mentions, the first of a tie); nothing otherwise (no types text, a
 * malformed one, or a type edited since, which then stands alone for the
 * row's mentions). */
void kg_types_json(struct kg_buf *rec, const char *types, const char *type);

#endif
