/* libFuzzer target: any bytes as a news file through the whole extractor
 * (segmentation, tokens, mentions, relations, the JSON writer), in one
 * window and in the windowed reader's pieces. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "../../diag.h"
#include "../../extract/extract.h"
#include "../../kgbuf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct kg_extractor *x;
    kg_diag_quiet = 2;
    if (!x && kg_extractor_new(&x, getenv("KGRAPH_LEXICON") ? NULL : "extract/lexicon"))
        abort();
    struct kg_buf out = KG_BUF_INIT;
    kg_extract_text(x, "fuzz.txt", (const char *)data, size, &out);
    kg_buf_release(&out);
    return 0;
}
