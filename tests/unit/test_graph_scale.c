/* Unit tests for what graph/kggraph.c leaves out on large graphs: the
 * communities above KG_COMMUNITIES_MAX entities + edges, the betweenness
 * sources beyond KG_BETWEENNESS_BUDGET steps (graphs are made small here
 * by lowering the limits, as g->communities_max and g->betweenness_budget
 * allow); also that reading a stream through a pipe (the two-thread reader) and
 * from memory give the same graph, messages and all. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "diag.h"
#include "graph/kggraph.h"
#include "kgbuf.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-6)

/* A directed ring of n entities, each also linked to the next but one:
 * one weakly connected component of n vertices and 2n edges. */
static void ring(struct kg_buf *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        kg_buf_addf(b, "{\"kind\":\"entity\",\"id\":\"v%05zu\",\"type\":\"GPE\"}\n", i);
    for (size_t i = 0; i < n; i++)
        kg_buf_addf(b,
                    "{\"kind\":\"relation\",\"source\":\"v%05zu\",\"relation\":\"supports\",\"target\":\"v%05zu\","
                    "\"sentence\":\"s%zu\"}\n"
                    "{\"kind\":\"relation\",\"source\":\"v%05zu\",\"relation\":\"attacks\",\"target\":\"v%05zu\","
                    "\"sentence\":\"t%zu\"}\n",
                    i, (i + 1) % n, i, i, (i + 2) % n, i);
}

static void test_communities_limit(void)
{
    struct kg_buf b = KG_BUF_INIT;
    ring(&b, 40);
    struct kg_graph g;
    /* under the limit: computed as ever */
    kg_graph_init(&g);
    g.communities_max = 40 + 80;
    long w0 = kg_diag_warnings;
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "ring") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(kg_diag_warnings == w0);
    CHECK(g.ncommunities > 0 && !isnan(g.modularity));
    for (size_t i = 0; i < g.nents; i++)
        CHECK(g.ents[i].community >= 0);
    kg_graph_release(&g);
    /* one over: left out, said once, everything else as before */
    kg_graph_init(&g);
    g.communities_max = 40 + 80 - 1;
    fprintf(stderr, "(a warning about communities is expected)\n");
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "ring") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(kg_diag_warnings == w0 + 1);
    CHECK(g.ncommunities == 0 && isnan(g.modularity));
    for (size_t i = 0; i < g.nents; i++)
        CHECK(g.ents[i].community == -1);
    CHECK(g.ncomponents == 1);
    CHECK(NEAR(g.ents[0].pagerank, 1.0 / 40));
    CHECK(g.ents[0].outdegree == 2 && g.ents[0].indegree == 2);
    CHECK(g.betweenness_sources == 40); /* exact */
    CHECK(g.has_ig && NEAR(VAN(&g.ig, "community", 0), -1));
    kg_graph_release(&g);
    kg_buf_release(&b);
}

static void test_betweenness_budget(void)
{
    /* above KG_BETWEENNESS_EXACT_MAX: sampled, each search visits the
     * whole ring (n vertices + 2n edges) */
    const size_t n = KG_BETWEENNESS_EXACT_MAX + 1;
    struct kg_buf b = KG_BUF_INIT;
    ring(&b, n);
    double per = 3.0 * (double)n;
    struct kg_graph g;

    /* the default budget holds 1000 searches of this ring */
    kg_graph_init(&g);
    long w0 = kg_diag_warnings;
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "ring") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(kg_diag_warnings == w0);
    CHECK(g.betweenness_sources == KG_BETWEENNESS_SOURCES);
    double full = g.ents[7].betweenness;
    CHECK(full > 0);
    kg_graph_release(&g);

    /* room for 200: 200 sources, said once, an estimate of the same size */
    kg_graph_init(&g);
    g.betweenness_budget = 200 * per;
    fprintf(stderr, "(a warning about betweenness sources is expected)\n");
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "ring") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(kg_diag_warnings == w0 + 1);
    CHECK(g.betweenness_sources == 200);
    double sum = 0;
    for (size_t i = 0; i < g.nents; i++)
        sum += g.ents[i].betweenness;
    CHECK(sum > 0 && g.ents[7].betweenness > full / 2 && g.ents[7].betweenness < full * 2);
    kg_graph_release(&g);

    /* room for fewer than KG_BETWEENNESS_MIN_SOURCES: none, -1 */
    kg_graph_init(&g);
    g.betweenness_budget = (KG_BETWEENNESS_MIN_SOURCES - 1) * per;
    fprintf(stderr, "(a warning about betweenness is expected)\n");
    CHECK(kg_graph_read_mem(&g, b.buf, b.len, "ring") == 0);
    CHECK(kg_graph_finish(&g) == 0);
    CHECK(kg_diag_warnings == w0 + 2);
    CHECK(g.betweenness_sources == 0);
    for (size_t i = 0; i < g.nents; i++)
        CHECK(g.ents[i].betweenness == -1);
    CHECK(g.ncommunities > 0); /* the rest is computed */
    kg_graph_release(&g);
    kg_buf_release(&b);
}

/* The stream read from a pipe (a helper thread parses ahead) and from
 * memory: the same graph, the same messages. */
static void test_pipe_reader(void)
{
    struct kg_buf b = KG_BUF_INIT;
    kg_buf_adds(&b, "\xEF\xBB\xBF{\"kind\":\"entity\",\"id\":\"a\",\"type\":\"GPE\"}\r\n\n  \n");
    ring(&b, 3000); /* more than one block of the reader */
    kg_buf_adds(&b, "{\"kind\":\"entity\",\"id\":\"b\",\"type\":\"GPE\",\"x\":\"\\u00e9\"}\n"
                    "not json\n"
                    "{\"kind\":\"relation\",\"source\":\"a\",\"relation\":\"meets\",\"target\":\"b\",\"sentence\":\"q\\\"\"}\n"
                    "{\"kind\":\"entity\",\"id\":\"c\",\"type\":\"GPE\"}"); /* no newline at the end */
    struct kg_graph m, p;
    kg_graph_init(&m);
    kg_graph_init(&p);
    fprintf(stderr, "(two errors about 'not json' are expected)\n");
    CHECK(kg_graph_read_mem(&m, b.buf, b.len, "s") == -1);
    FILE *fp = NULL;
    pid_t pid = -1;
    int fd[2];
    if (pipe(fd) == 0) {
        pid = fork();
        if (pid == 0) {
            close(fd[0]);
            size_t off = 0;
            while (off < b.len) {
                ssize_t w = write(fd[1], b.buf + off, b.len - off > 4096 ? 4096 : b.len - off);
                if (w <= 0)
                    _exit(1);
                off += (size_t)w;
            }
            _exit(0);
        }
        close(fd[1]);
        fp = fdopen(fd[0], "rb");
    }
    CHECK(fp != NULL);
    if (fp) {
        CHECK(kg_graph_read_stream(&p, fp, "s") == -1);
        fclose(fp);
    }
    if (pid > 0)
        waitpid(pid, NULL, 0);
    CHECK(kg_graph_finish(&m) == 0 && kg_graph_finish(&p) == 0);
    CHECK(m.nents == 3003 && p.nents == m.nents && p.nev == m.nev && p.nedges == m.nedges);
    char *tm = NULL, *tp = NULL;
    size_t lm = 0, lp = 0;
    FILE *om = open_memstream(&tm, &lm), *op = open_memstream(&tp, &lp);
    CHECK(om && op);
    if (om && op) {
        CHECK(kg_graph_write_stream(&m, om) == 0 && kg_graph_write_stream(&p, op) == 0);
        fclose(om);
        fclose(op);
        CHECK(lm == lp && lm > 0 && !memcmp(tm, tp, lm));
    }
    free(tm);
    free(tp);
    kg_graph_release(&m);
    kg_graph_release(&p);
    kg_buf_release(&b);
}

int main(void)
{
    kg_graph_setup();
    test_communities_limit();
    test_betweenness_budget();
    test_pipe_reader();
    return check_result("test_graph_scale");
}
