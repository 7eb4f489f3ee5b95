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

int kg_is_date(const char *s)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > mdays[month - 1])
        return 0;
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

int kg_modality_from_name(const char *s)
{
    for (int i = 0; i < KG_NMODS; i++)
        if (!strcmp(s, kg_modality_names[i]))
            return i;
    return -1;
}

/* Does s start one of the characters kg_slug reads as a separator:
 * typographic hyphens, dashes and quotes (U+2010-2015, U+2018, U+2019) or
 * a no-break space?  Its length if so, else 0. */
static size_t slug_separator(const unsigned char *s)
{
    if (s[0] == 0xE2 && s[1] == 0x80 && ((s[2] >= 0x90 && s[2] <= 0x95) || s[2] == 0x98 || s[2] == 0x99))
        return 3;
    if (s[0] == 0xC2 && s[1] == 0xA0)
        return 2;
    return 0;
}

char *kg_slug(const char *label, char *out, size_t outsize)
{
    size_t n = 0, room = outsize > 2 ? outsize - 2 : 0;
    int dash = 0; /* a '-' is owed before the next byte written */
    if (!outsize)
        return out;
    /* (a letter is tested first, with c | 0x20 folding the case: most
     * bytes of a label are letters.  A separator only owes a '-' after
     * something was written.) */
    for (const unsigned char *p = (const unsigned char *)label; n < room; p++) {
        unsigned char c = *p, low = c | 0x20;
        if (low >= 'a' && low <= 'z') {
            c = low;
        } else if (c < 0x80 && !(c >= '0' && c <= '9')) {
            if (!c)
                break;
            dash = n != 0;
            continue;
        } else if (c >= 0x80) {
            /* "al\u2011Jubeir" is "al-jubeir" */
            size_t k = slug_separator(p);
            if (k) {
                dash = n != 0;
                p += k - 1;
                continue;
            }
        }
        if (dash) {
            out[n++] = '-';
            dash = 0;
        }
        out[n++] = (char)c;
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
