/* libFuzzer target: the GraphML reader (kgraph's own and foreign GraphML)
 * and the graph it feeds: the input is written to a private file and read
 * back as a .graphml, then analysed. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../diag.h"
#include "../../graph/kggraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[96];
    if (!path[0]) {
        kg_diag_quiet = 2;
        kg_graph_setup();
        snprintf(path, sizeof path, "%s/kgfuzz-%d.graphml", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid());
    }
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    fwrite(data, 1, size, fp);
    fclose(fp);
    struct kg_graph g;
    kg_graph_init(&g);
    kg_graph_read_graphml(&g, path);
    kg_graph_finish(&g);
    kg_graph_release(&g);
    return 0;
}
