#include "schema.h"

#include <string.h>

const char *const kg_etype_names[KG_NTYPES] = {"PERSON", "ORG", "GPE", "LOC"};

const struct kg_reltype kg_relations[KG_NRELS] = {
    [KG_REL_ACCUSES] = {"accuses", 0},       [KG_REL_DENIES] = {"denies", 0},
    [KG_REL_APPEALS] = {"appeals", 0},       [KG_REL_SANCTIONS] = {"sanctions", 0},
    [KG_REL_MEETS] = {"meets", 1},           [KG_REL_VISITS] = {"visits", 0},
    [KG_REL_NEGOTIATES] = {"negotiates", 1}, [KG_REL_MEDIATES] = {"mediates", 0},
    [KG_REL_COOPERATES] = {"cooperates", 1}, [KG_REL_ATTACKS] = {"attacks", 0},
    [KG_REL_SUPPORTS] = {"supports", 0},     [KG_REL_BASED_IN] = {"based_in", 0},
    [KG_REL_OFFICIAL_OF] = {"official_of", 0},
};

const char *const kg_modality_names[KG_NMODS] = {"asserted", "alleged", "planned", "requested", "negated"};

int kg_etype_from_name(const char *s)
{
    for (int i = 0; i < KG_NTYPES; i++)
        if (!strcmp(s, kg_etype_names[i]))
            return i;
    return -1;
}

int kg_rel_from_name(const char *s)
{
    for (int i = 0; i < KG_NRELS; i++)
        if (!strcmp(s, kg_relations[i].name))
            return i;
    return -1;
}

int kg_modality_from_name(const char *s)
{
    for (int i = 0; i < KG_NMODS; i++)
        if (!strcmp(s, kg_modality_names[i]))
            return i;
    return -1;
}

char *kg_slug(const char *label, char *out, size_t outsize)
{
    size_t n = 0;
    int dash = 0;
    if (!outsize)
        return out;
    for (const unsigned char *p = (const unsigned char *)label; *p && n + 2 < outsize; p++) {
        unsigned char c = *p;
        /* typographic hyphens, dashes and quotes (U+2010-2015, U+2018,
         * U+2019) and no-break space separate as their ASCII forms do:
         * "al\u2011Jubeir" is "al-jubeir" */
        if ((c == 0xE2 && p[1] == 0x80 && ((p[2] >= 0x90 && p[2] <= 0x95) || p[2] == 0x98 || p[2] == 0x99)) ||
            (c == 0xC2 && p[1] == 0xA0)) {
            dash = 1;
            p += c == 0xE2 ? 2 : 1;
            continue;
        }
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (dash && n)
                out[n++] = '-';
            dash = 0;
            out[n++] = (char)c;
        } else {
            dash = 1;
        }
    }
    /* never cut a UTF-8 sequence in half: drop a last character that
     * lacks bytes */
    size_t k = n;
    while (k && ((unsigned char)out[k - 1] & 0xC0) == 0x80)
        k--;
    if (k) {
        unsigned char lead = (unsigned char)out[k - 1];
        size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (n - (k - 1) < need)
            n = k - 1;
    }
    out[n] = '\0';
    return out;
}
