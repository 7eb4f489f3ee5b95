/* libFuzzer target: the lexicon loader on hostile CSV.  The input is split
 * at its first four 0xFF bytes into entities.csv, roles.csv, cues.csv,
 * words.csv and offices.csv, written to a private directory and loaded in
 * check mode. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../diag.h"
#include "../../extract/lexicon.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void put(const char *name, const uint8_t *p, size_t n)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *fp = fopen(path, "wb");
    if (!fp)
        abort();
    fwrite(p, 1, n, fp);
    fclose(fp);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"entities.csv", "roles.csv", "cues.csv", "words.csv", "offices.csv"};
    if (!dir[0]) {
        kg_diag_quiet = 2; /* keep the fuzzer's output readable */
        snprintf(dir, sizeof dir, "%s/kgfuzz.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
        if (!mkdtemp(dir))
            abort();
    }
    size_t start = 0;
    for (int k = 0; k < 5; k++) {
        size_t end = start;
        while (end < size && (k == 4 || data[end] != 0xFF))
            end++;
        put(names[k], data + start, end - start);
        start = end < size ? end + 1 : size;
    }
    struct kg_lexicon lx;
    kg_lexicon_load_checked(&lx, dir);
    kg_lexicon_release(&lx);
    return 0;
}
