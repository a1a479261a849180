// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cutover {

/**
 * @brief Incremental, allocation-bounded HTTP/1.1 request parser.
 *
 * Pure: bytes in, a request or an error out, no sockets and no Qt event loop, so a libFuzzer
 * target can drive it directly (see parse()). Only Content-Length bodies are accepted; a
 * Transfer-Encoding request is refused with 501 because no client of ours sends one.
 */
class HttpRequestParser
{
public:
    enum class State { NeedMore, Complete, Error };

    struct Limits
    {
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
    };

    HttpRequestParser();
    explicit HttpRequestParser(Limits limits);

    /** @brief Appends @p data and parses as far as possible. Call takeRequest() on Complete. */
    State feed(QByteArrayView data);
    /** @brief Returns the finished request and resets for the next one; surplus bytes stay. */
    HttpRequest takeRequest();
    /** @brief Re-parses bytes left over after takeRequest() (pipelining). */
    State resume() { return feed({}); }

    State state() const { return m_state; }
    /** @brief HTTP status for the error (400, 413, 431, 501, 505). */
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    /** @brief Declared body length once the header is complete, else -1 (used to drain after 413). */
    qint64 declaredBodyLength() const { return m_declaredLength; }
    /** @brief Whether no byte of a next request is buffered yet. */
    bool isIdle() const { return m_buffer.isEmpty() && !m_headerDone; }

    /** @brief One-shot parse of a complete buffer; for tests and fuzzing. */
    static HttpRequestParser parse(QByteArrayView data);
    static HttpRequestParser parse(QByteArrayView data, Limits limits);

private:
    State fail(int status, const char *reason);
    State parseHeader(qsizetype headerEnd);

    Limits m_limits;
    QByteArray m_buffer;
    HttpRequest m_request;
    State m_state = State::NeedMore;
    bool m_headerDone = false;
    qint64 m_declaredLength = -1;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
};

} // namespace cutover
