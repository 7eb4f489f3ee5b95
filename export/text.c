#include "text.h"

#include <string.h>

static size_t utf8_len(const unsigned char *p)
{
    unsigned char c = p[0];
    size_t k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    for (size_t i = 1; i < k; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (k == 3) {
        unsigned cp = ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFFFE || cp == 0xFFFF)
            return 0;
    } else if (k == 4) {
        unsigned cp = ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
        if (cp < 0x10000 || cp > 0x10FFFF)
            return 0;
    }
    return k;
}

static void emit(struct kg_buf *b, const char *s, int xml)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t k = utf8_len(p);
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
