/* schema.h - the fixed vocabulary of ../shared/SCHEMA.md as tables.
 *
 * Entity types, the 13 relation types (with their symmetry) and the five
 * modalities.  Adding a relation type means adding a row to kg_relations[]
 * in schema.c and an enum value here (see the checklist in kgraph.h).
 */
#ifndef KG_SCHEMA_H
#define KG_SCHEMA_H

#include <stddef.h>

enum kg_etype { KG_PERSON, KG_ORG, KG_GPE, KG_LOC, KG_NTYPES };

enum kg_rel {
    KG_REL_ACCUSES,
    KG_REL_DENIES,
    KG_REL_APPEALS,
    KG_REL_SANCTIONS,
    KG_REL_MEETS,
    KG_REL_VISITS,
    KG_REL_NEGOTIATES,
    KG_REL_MEDIATES,
    KG_REL_COOPERATES,
    KG_REL_ATTACKS,
    KG_REL_SUPPORTS,
    KG_REL_BASED_IN,
    KG_REL_OFFICIAL_OF,
    KG_NRELS
};

/* Ordered by strength: when one (source, relation, target) is seen with
 * several modalities, the graph reports the lowest-numbered one. */
enum kg_modality { KG_MOD_ASSERTED, KG_MOD_ALLEGED, KG_MOD_PLANNED, KG_MOD_REQUESTED, KG_MOD_NEGATED, KG_NMODS };

struct kg_reltype {
    const char *name; /* as in SCHEMA.md and the stream */
    int symmetric;    /* 1: matched in either direction */
};

extern const char *const kg_etype_names[KG_NTYPES];
extern const struct kg_reltype kg_relations[KG_NRELS];
extern const char *const kg_modality_names[KG_NMODS];

/* Lookups by name (exact, lower case for relations and modalities, upper
 * case for types); -1 when unknown. */
int kg_etype_from_name(const char *s);
int kg_rel_from_name(const char *s);
int kg_modality_from_name(const char *s);
/* Is s a day of the calendar written YYYY-MM-DD (2020-02-29 is one;
 * 2021-02-29, 2020-13-01 and 0000-01-01 are not)? */
int kg_is_date(const char *s);

/* Write the stable id of a label into out (lower case ASCII letters and
 * digits, other runs become '-', non-ASCII bytes kept): "Anwaar-ul-Haq
 * Kakar" -> "anwaar-ul-haq-kakar".  Returns out. */
char *kg_slug(const char *label, char *out, size_t outsize);

#endif
