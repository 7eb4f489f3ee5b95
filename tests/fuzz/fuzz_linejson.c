/* libFuzzer target: graph/linejson.c against json.c.  The stream reader's
 * parser must accept exactly the lines kg_json_parse accepts and build the
 * same tree, parsing in a scratch or in place (where a line it refuses is
 * left as it was); any difference aborts. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../graph/linejson.h"
#include "../../json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same(const struct kg_json *a, const struct kg_json *b)
{
    if (a->type != b->type || a->n != b->n)
        return 0;
    if ((a->type == KG_JSON_NUM || a->type == KG_JSON_BOOL) && memcmp(&a->num, &b->num, sizeof(a->num)))
        return 0;
    if (a->type == KG_JSON_STR && (a->len != b->len || memcmp(a->str, b->str, a->len + 1)))
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if ((a->type == KG_JSON_OBJ && strcmp(a->keys[i], b->keys[i])) || !same(&a->items[i], &b->items[i]))
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct kg_linejson lj = KG_LINEJSON_INIT;
    struct kg_linejson keep = KG_LINEJSON_INIT;
    const char *s = (const char *)data;
    char *place = malloc(size ? size : 1);
    memcpy(place, data, size);
    struct kg_json full, fast, inplace;
    const char *err = NULL;
    int rf = kg_json_parse(s, size, &full, &err);
    int rl = kg_linejson_parse(&lj, s, size, &fast);
    int ri = kg_linejson_parse_inplace(&keep, place, size, &inplace);
    if (rf != rl || rf != ri)
        abort();
    if (rf ? memcmp(place, data, size) != 0 : !same(&full, &fast) || !same(&full, &inplace))
        abort();
    if (!rf)
        kg_json_release(&full);
    kg_linejson_release(&keep);
    free(place);
    return 0;
}
