// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/httpresponseparser.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace cutover {

namespace {

using Response = HttpResponseParser::Response;

Response malformed(const QString &why)
{
    Response r;
    r.state = HttpResponseParser::State::Malformed;
    r.problem = why;
    return r;
}

bool parseDecimal(QByteArrayView v, qint64 *out)
{
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 18)
        return false;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

bool parseHex(QByteArrayView v, qint64 *out)
{
    const qsizetype semi = v.indexOf(';'); // chunk extensions are ignored
    if (semi >= 0)
        v = v.first(semi);
    v = v.trimmed();
    if (v.isEmpty() || v.size() > 15)
        return false;
    qint64 n = 0;
    for (char c : v) {
        int d;
        if (c >= '0' && c <= '9')
            d = c - '0';
        else if (c >= 'a' && c <= 'f')
            d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            d = c - 'A' + 10;
        else
            return false;
        n = n * 16 + d;
    }
    *out = n;
    return true;
}

} // namespace

QByteArray HttpResponseParser::Response::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

HttpResponseParser::Response HttpResponseParser::splitResponse(
    QByteArrayView buffer, bool headRequest, bool atEof)
{
    // The status line first, so a peer that is not HTTP at all is recognised after a few bytes.
    const QByteArrayView prefix("HTTP/1.");
    const qsizetype cmp = std::min(buffer.size(), prefix.size());
    if (buffer.first(cmp) != prefix.first(cmp))
        return malformed(QStringLiteral("not an HTTP/1.x status line"));

    const qsizetype headEnd = buffer.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0) {
        if (buffer.size() > MaxHeaderBytes)
            return malformed(QStringLiteral("header larger than %1 bytes").arg(MaxHeaderBytes));
        if (atEof)
            return malformed(QStringLiteral("connection closed inside the header"));
        return Response {};
    }
    if (headEnd > MaxHeaderBytes)
        return malformed(QStringLiteral("header larger than %1 bytes").arg(MaxHeaderBytes));

    Response r;
    const QByteArrayView head = buffer.first(headEnd);
    qsizetype lineEnd = head.indexOf(QByteArrayView("\r\n"));
    const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
    // "HTTP/1.1 200 OK"
    if (statusLine.size() < 12 || statusLine.at(8) != ' '
        || (statusLine.at(7) != '0' && statusLine.at(7) != '1'))
        return malformed(QStringLiteral("bad status line"));
    qint64 status = 0;
    if (!parseDecimal(statusLine.sliced(9, 3), &status) || status < 100 || status > 599
        || (statusLine.size() > 12 && statusLine.at(12) != ' '))
        return malformed(QStringLiteral("bad status code"));
    r.status = static_cast<int>(status);
    r.keepAlive = statusLine.at(7) == '1';

    qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        lineEnd = head.indexOf(QByteArrayView("\r\n"), pos);
        const QByteArrayView line = head.sliced(pos, (lineEnd < 0 ? head.size() : lineEnd) - pos);
        pos = lineEnd < 0 ? head.size() : lineEnd + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return malformed(QStringLiteral("bad header line"));
        const QByteArrayView name = line.first(colon);
        if (name.contains(' ') || name.contains('\t'))
            return malformed(QStringLiteral("bad header name"));
        r.headers.append({ name.toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray() });
    }

    const QByteArray connection = r.header("connection").toLower();
    if (connection.contains("close"))
        r.keepAlive = false;
    else if (connection.contains("keep-alive"))
        r.keepAlive = true;

    const qsizetype bodyStart = headEnd + 4;
    const QByteArrayView rest = buffer.sliced(bodyStart);
    const bool noBody = headRequest || r.status < 200 || r.status == 204 || r.status == 304;
    const QByteArray transferEncoding = r.header("transfer-encoding").toLower();
    const QByteArray contentLength = r.header("content-length");

    if (noBody) {
        r.consumed = bodyStart;
    } else if (!transferEncoding.isEmpty() && transferEncoding != "identity") {
        if (!transferEncoding.endsWith("chunked"))
            return malformed(QStringLiteral("unsupported transfer encoding"));
        qsizetype p = 0;
        QByteArray body;
        for (;;) {
            const qsizetype eol = rest.indexOf(QByteArrayView("\r\n"), p);
            if (eol < 0) {
                if (rest.size() - p > 1024)
                    return malformed(QStringLiteral("bad chunk size line"));
                return atEof ? malformed(QStringLiteral("connection closed inside a chunk")) : Response {};
            }
            qint64 size = 0;
            if (!parseHex(rest.sliced(p, eol - p), &size))
                return malformed(QStringLiteral("bad chunk size"));
            if (body.size() + size > MaxBodyBytes)
                return malformed(QStringLiteral("body larger than %1 bytes").arg(MaxBodyBytes));
            p = eol + 2;
            if (size == 0) {
                // Trailers (ignored) end with an empty line.
                for (;;) {
                    const qsizetype tEol = rest.indexOf(QByteArrayView("\r\n"), p);
                    if (tEol < 0) {
                        if (rest.size() - p > MaxHeaderBytes)
                            return malformed(QStringLiteral("trailer too large"));
                        return atEof ? malformed(QStringLiteral("connection closed inside the trailer"))
                                     : Response {};
                    }
                    const bool empty = tEol == p;
                    p = tEol + 2;
                    if (empty)
                        break;
                }
                break;
            }
            if (rest.size() - p < size + 2)
                return atEof ? malformed(QStringLiteral("connection closed inside a chunk")) : Response {};
            if (rest.sliced(p + size, 2) != QByteArrayView("\r\n"))
                return malformed(QStringLiteral("chunk not terminated by CRLF"));
            body.append(rest.sliced(p, size));
            p += size + 2;
        }
        r.body = body;
        r.consumed = bodyStart + p;
    } else if (!contentLength.isNull()) {
        qint64 length = 0;
        if (!parseDecimal(contentLength, &length))
            return malformed(QStringLiteral("bad Content-Length"));
        if (length > MaxBodyBytes)
            return malformed(QStringLiteral("body larger than %1 bytes").arg(MaxBodyBytes));
        if (rest.size() < length)
            return atEof ? malformed(QStringLiteral("connection closed inside the body")) : Response {};
        r.body = rest.first(length).toByteArray();
        r.consumed = bodyStart + length;
    } else {
        // No length: the body runs until the peer closes.
        r.keepAlive = false;
        if (rest.size() > MaxBodyBytes)
            return malformed(QStringLiteral("body larger than %1 bytes").arg(MaxBodyBytes));
        if (!atEof)
            return Response {};
        r.body = rest.toByteArray();
        r.consumed = buffer.size();
    }
    r.state = State::Complete;
    return r;
}

ApiResult<QJsonObject> HttpResponseParser::interpretApiAnswer(int status, const QByteArray &body)
{
    QJsonObject object;
    bool isObject = false;
    if (!body.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject()) {
            object = doc.object();
            isObject = true;
        }
    }

    if (status >= 200 && status < 300) {
        if (body.trimmed().isEmpty())
            return QJsonObject {};
        if (!isObject)
            return ApiError(ApiError::Kind::MalformedResponse,
                QStringLiteral("HTTP %1 answer is not a JSON object").arg(status));
        return object;
    }

    const QJsonObject error = object.value(QLatin1String("error")).toObject();
    const QJsonValue code = error.value(QLatin1String("code"));
    if (!isObject || !code.isString() || code.toString().isEmpty()) {
        // An error status without the API's error shape: a proxy or another web server answered.
        ApiError e = ApiError::http(status, QString(), QString());
        if (status != 401 && status != 503 && status != 500) {
            e = ApiError(ApiError::Kind::MalformedResponse,
                QStringLiteral("HTTP %1 without an API error body").arg(status));
        }
        return e;
    }
    const QJsonValue retry = error.value(QLatin1String("retryAfter"));
    int retryAfter = -1;
    if (retry.isDouble() && retry.toDouble() >= 0 && retry.toDouble() < 1e7)
        retryAfter = static_cast<int>(retry.toDouble());
    return ApiError::http(status, code.toString(), error.value(QLatin1String("message")).toString(),
        error.value(QLatin1String("field")).toString(), retryAfter);
}

ApiResult<QJsonObject> HttpResponseParser::parse(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return ApiError(ApiError::Kind::ConnectionLost, QStringLiteral("no answer"));
    const Response r = splitResponse(bytes, false, true);
    if (r.state == State::Malformed)
        return ApiError(ApiError::Kind::MalformedResponse, r.problem);
    if (r.state == State::NeedMore)
        return ApiError(ApiError::Kind::ConnectionLost, QStringLiteral("incomplete answer"));
    return interpretApiAnswer(r.status, r.body);
}

} // namespace cutover
