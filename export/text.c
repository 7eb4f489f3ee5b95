#include "text.h"

#include <string.h>

static void emit(struct kg_buf *b, const char *s, int xml)
{
    const unsigned char *p = (const unsigned char *)s;
    const unsigned char *end = p + strlen(s);
    while (*p) {
        size_t k = kg_utf8_len(p, (size_t)(end - p));
        if (!k) {
            kg_buf_add(b, "\xEF\xBF\xBD", 3);
            p++;
            continue;
        }
        unsigned char c = *p;
        if (k == 1 && ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)) {
            kg_buf_addc(b, ' ');
        } else if (xml && c == '&') {
            kg_buf_adds(b, "&amp;");
        } else if (xml && c == '<') {
            kg_buf_adds(b, "&lt;");
        } else if (xml && c == '>') {
            kg_buf_adds(b, "&gt;");
        } else if (xml && c == '"') {
            kg_buf_adds(b, "&quot;");
        } else if (xml && c == '\'') {
            kg_buf_adds(b, "&apos;");
        } else if (xml && (c == '\n' || c == '\t')) {
            kg_buf_addf(b, "&#%d;", c);
        } else {
            kg_buf_add(b, p, k);
        }
        p += k;
    }
}

void kg_text_clean(struct kg_buf *b, const char *s)
{
    emit(b, s, 0);
}

void kg_text_xml(struct kg_buf *b, const char *s)
{
    emit(b, s, 1);
}
