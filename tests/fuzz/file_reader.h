/* file_reader.h - the body of the fuzz targets for readers that take a
 * path (CSV, GraphML): write the input to a private file with the reader's
 * suffix, read it into a graph, analyse it, free it. */
#ifndef KG_FUZZ_FILE_READER_H
#define KG_FUZZ_FILE_READER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "../../diag.h"
#include "../../graph/kggraph.h"

static int fuzz_file_reader(const uint8_t *data, size_t size, const char *suffix,
                            int (*read)(struct kg_graph *, const char *))
{
    static char path[96];
    if (!path[0]) {
        kg_diag_quiet = 2;
        kg_graph_setup();
        snprintf(path, sizeof path, "%s/kgfuzz-%d%s", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid(),
                 suffix);
    }
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    fwrite(data, 1, size, fp);
    fclose(fp);
    struct kg_graph g;
    kg_graph_init(&g);
    read(&g, path);
    kg_graph_finish(&g);
    kg_graph_release(&g);
    return 0;
}

#endif
