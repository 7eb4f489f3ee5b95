/* libFuzzer target: the CSV reader (nodes.csv, evidence.csv, edges.csv,
 * the neo4j flavour, foreign CSV) and the graph it feeds. */
#include "file_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzz_file_reader(data, size, ".csv", kg_graph_read_csv);
}
