/* Unit tests for export/text.c: cleaning and XML escaping of strings. */
#include <stdlib.h>

#include "check.h"
#include "export/text.h"
#include "kgbuf.h"

static const char *xml(struct kg_buf *b, const char *s)
{
    kg_buf_reset(b);
    kg_text_xml(b, s);
    return b->buf;
}

static const char *clean(struct kg_buf *b, const char *s)
{
    kg_buf_reset(b);
    kg_text_clean(b, s);
    return b->buf;
}

static void test_xml(void)
{
    struct kg_buf b = KG_BUF_INIT;
    /* the five XML specials */
    CHECK_STREQ(xml(&b, "<>&\"'"), "&lt;&gt;&amp;&quot;&apos;");
    CHECK_STREQ(xml(&b, "a < b && c > \"d\" 'e'"), "a &lt; b &amp;&amp; c &gt; &quot;d&quot; &apos;e&apos;");
    /* already-escaped text is escaped again (the writer owns escaping) */
    CHECK_STREQ(xml(&b, "&amp;&#10;"), "&amp;amp;&amp;#10;");
    /* tab and newline survive as character references (attribute-safe) */
    CHECK_STREQ(xml(&b, "a\tb\nc"), "a&#9;b&#10;c");
    /* other C0 controls and DEL become spaces; XML 1.0 cannot carry them */
    CHECK_STREQ(xml(&b, "a\x01" "b\x08" "c\x0b" "d\x0c" "e\r" "f\x1b" "g\x1f" "h\x7f" "i"), "a b c d e f g h i");
    /* valid UTF-8 is copied */
    CHECK_STREQ(xml(&b, "Pakistan\xe2\x80\x99s \xd9\xbe\xd8\xa7\xda\xa9 \xf0\x9f\x98\x80 caf\xc3\xa9"),
                "Pakistan\xe2\x80\x99s \xd9\xbe\xd8\xa7\xda\xa9 \xf0\x9f\x98\x80 caf\xc3\xa9");
    /* C1 controls are valid XML 1.0 characters and are kept */
    CHECK_STREQ(xml(&b, "\xc2\x85"), "\xc2\x85");
    /* invalid UTF-8: every bad byte becomes U+FFFD */
    CHECK_STREQ(xml(&b, "a\xff" "b"), "a\xef\xbf\xbd" "b");
    CHECK_STREQ(xml(&b, "\xc0\xaf"), "\xef\xbf\xbd\xef\xbf\xbd");             /* overlong */
    CHECK_STREQ(xml(&b, "\xed\xa0\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* surrogate */
    CHECK_STREQ(xml(&b, "\xef\xbf\xbe"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* U+FFFE, not an XML char */
    CHECK_STREQ(xml(&b, "\xf4\x90\x80\x80"),
                "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"); /* above U+10FFFF */
    CHECK_STREQ(xml(&b, "x\xc3"), "x\xef\xbf\xbd");                   /* truncated at the end */
    CHECK_STREQ(xml(&b, "\xe2\x80<"), "\xef\xbf\xbd\xef\xbf\xbd&lt;"); /* truncated before a special */
    /* empty input appends nothing */
    CHECK_STREQ(xml(&b, ""), "");
    CHECK(b.len == 0);
    /* it appends to what is there */
    kg_buf_reset(&b);
    kg_buf_adds(&b, "<x a=\"");
    kg_text_xml(&b, "1\"2");
    kg_buf_adds(&b, "\"/>");
    CHECK_STREQ(b.buf, "<x a=\"1&quot;2\"/>");
    CHECK(b.len == strlen(b.buf));
    kg_buf_release(&b);
}

static void test_clean(void)
{
    struct kg_buf b = KG_BUF_INIT;
    /* no XML escaping, tab and newline kept, other controls become spaces */
    CHECK_STREQ(clean(&b, "<a & 'b'>\t\"c\"\n"), "<a & 'b'>\t\"c\"\n");
    CHECK_STREQ(clean(&b, "a\x01" "b\r" "c\x7f"), "a b c ");
    CHECK_STREQ(clean(&b, "ok \xe2\x80\x94 \xff"), "ok \xe2\x80\x94 \xef\xbf\xbd");
    /* the result matches kg_buf_add_clean on the same bytes */
    const char *s = "mix\x02\xc3\xa9\xfe\n\ttab\xed\xbf\xbf end";
    struct kg_buf c = KG_BUF_INIT;
    kg_buf_add_clean(&c, s, strlen(s));
    CHECK_STREQ(clean(&b, s), c.buf);
    kg_buf_release(&c);
    kg_buf_release(&b);
}

/* Whatever the input, the XML output is valid UTF-8 without raw specials or
 * control characters. */
static void test_xml_invariants(void)
{
    struct kg_buf b = KG_BUF_INIT;
    unsigned x = 12345;
    char in[64];
    int bad = 0;
    for (int round = 0; round < 2000; round++) {
        size_t n = 0;
        while (n < sizeof in - 1) {
            x = x * 1103515245u + 12345u;
            char c = (char)(x >> 16);
            if (!c)
                break;
            in[n++] = c;
        }
        in[n] = '\0';
        xml(&b, in);
        const unsigned char *p = (const unsigned char *)b.buf;
        size_t left = b.len;
        while (left) {
            size_t k = kg_utf8_len(p, left);
            if (!k || (k == 1 && (*p < 0x20 || *p == 0x7f || *p == '<' || *p == '>' || *p == '"' || *p == '\''))) {
                bad++;
                break;
            }
            p += k;
            left -= k;
        }
    }
    CHECK(bad == 0);
    kg_buf_release(&b);
}

int main(void)
{
    test_xml();
    test_clean();
    test_xml_invariants();
    return check_result("test_text");
}
