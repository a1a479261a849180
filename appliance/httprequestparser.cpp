// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequestparser.h"

namespace cutover {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    for (char c : v) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool hasControlChars(QByteArrayView v)
{
    for (char c : v) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && u != '\t') || u == 0x7f)
            return true;
    }
    return false;
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{ }

HttpRequestParser::HttpRequestParser()
    : HttpRequestParser(Limits {})
{ }

HttpRequestParser HttpRequestParser::parse(QByteArrayView data)
{
    return parse(data, Limits {});
}

HttpRequestParser HttpRequestParser::parse(QByteArrayView data, Limits limits)
{
    HttpRequestParser p(limits);
    p.feed(data);
    return p;
}

HttpRequestParser::State HttpRequestParser::fail(int status, const char *reason)
{
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArrayView data)
{
    if (m_state != State::NeedMore)
        return m_state;
    // Never buffer more than one header block plus one body: the caller stops reading on Complete.
    m_buffer.append(data.data(), data.size());

    if (!m_headerDone) {
        // Tolerate (RFC 9112 2.2) empty lines before the request line.
        while (m_buffer.startsWith("\r\n"))
            m_buffer.remove(0, 2);
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_buffer.size() > m_limits.maxHeaderBytes)
                return fail(431, "header too large");
            return m_state;
        }
        if (end + 4 > m_limits.maxHeaderBytes)
            return fail(431, "header too large");
        if (parseHeader(end) == State::Error)
            return m_state;
        m_buffer.remove(0, end + 4);
        m_headerDone = true;
    }

    if (m_buffer.size() < m_declaredLength)
        return m_state;
    m_request.body = m_buffer.left(m_declaredLength);
    m_buffer.remove(0, m_declaredLength);
    m_state = State::Complete;
    return m_state;
}

HttpRequestParser::State HttpRequestParser::parseHeader(qsizetype headerEnd)
{
    const QByteArrayView head(m_buffer.constData(), headerEnd);
    const QList<QByteArrayView> lines = [&] {
        QList<QByteArrayView> out;
        qsizetype start = 0;
        while (start <= head.size()) {
            qsizetype nl = head.indexOf(QByteArrayView("\r\n"), start);
            if (nl < 0)
                nl = head.size();
            out.append(head.sliced(start, nl - start));
            start = nl + 2;
        }
        return out;
    }();

    // Request line: METHOD SP request-target SP HTTP/1.x
    const QByteArrayView line = lines.first();
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = line.first(sp1);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (!isToken(method))
        return fail(400, "malformed method");
    if (target.isEmpty() || target.front() != '/' || hasControlChars(target))
        return fail(400, "malformed target");
    if (version == "HTTP/1.1")
        m_request.versionMinor = 1;
    else if (version == "HTTP/1.0")
        m_request.versionMinor = 0;
    else if (version.startsWith("HTTP/"))
        return fail(505, "unsupported HTTP version");
    else
        return fail(400, "malformed version");

    m_request.method = method.toByteArray();
    const qsizetype q = target.indexOf('?');
    m_request.path = (q < 0 ? target : target.first(q)).toByteArray();
    m_request.query = q < 0 ? QByteArray() : target.sliced(q + 1).toByteArray();

    bool haveLength = false;
    m_declaredLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView l = lines.at(i);
        if (l.isEmpty())
            continue;
        if (l.front() == ' ' || l.front() == '\t')
            return fail(400, "obsolete line folding");
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            return fail(400, "malformed header");
        const QByteArrayView name = l.first(colon);
        if (!isToken(name))
            return fail(400, "malformed header name");
        const QByteArray value = l.sliced(colon + 1).toByteArray().trimmed();
        if (hasControlChars(value))
            return fail(400, "malformed header value");
        const QByteArray lower = name.toByteArray().toLower();
        if (lower == "transfer-encoding")
            return fail(501, "transfer-encoding not supported");
        if (lower == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || value.isEmpty() || value.front() == '+' || value.front() == '-')
                return fail(400, "malformed content-length");
            if (haveLength && n != m_declaredLength)
                return fail(400, "conflicting content-length");
            haveLength = true;
            m_declaredLength = n;
        }
        m_request.headers.append({ lower, value });
    }
    if (m_request.versionMinor == 1 && !m_request.hasHeader("host"))
        return fail(400, "missing host header");
    if (m_declaredLength > m_limits.maxBodyBytes)
        return fail(413, "body too large");
    return m_state;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest r = std::move(m_request);
    m_request = {};
    m_state = State::NeedMore;
    m_headerDone = false;
    m_declaredLength = -1;
    return r;
}

} // namespace cutover
