/* libFuzzer target: the JSON line parser. */
#include <stddef.h>
#include <stdint.h>

#include "../../json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct kg_json v;
    const char *err = NULL;
    if (!kg_json_parse((const char *)data, size, &v, &err))
        kg_json_release(&v);
    return 0;
}
