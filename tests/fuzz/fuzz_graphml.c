/* libFuzzer target: the GraphML reader (kgraph's own and foreign GraphML)
 * and the graph it feeds. */
#include "file_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_file_reader(data, size, ".graphml", kg_graph_read_graphml);
}
