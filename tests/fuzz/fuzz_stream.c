/* libFuzzer target: any bytes as an extract or merged stream: read, merge,
 * analyse with igraph, select and write back. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../../diag.h"
#include "../../graph/kggraph.h"
#include "../../graph/select.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    static int ready;
    if (!ready) {
        kg_diag_quiet = 2;
        kg_graph_setup();
        sink = fopen("/dev/null", "w");
        ready = 1;
    }
    struct kg_graph g;
    kg_graph_init(&g);
    kg_graph_read_mem(&g, (const char *)data, size, "fuzz.jsonl");
    kg_graph_finish(&g);
    kg_graph_write_stream(&g, sink);
    struct kg_select s = KG_SELECT_INIT;
    s.top = 3;
    kg_graph_select(&g, &s);
    kg_graph_release(&g);
    return 0;
}
