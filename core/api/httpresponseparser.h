// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiresult.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace cutover {

/**
 * @brief Pure functions that turn the bytes an appliance sent into a result.
 *
 * No sockets, no state: a fuzzer can feed them anything. splitResponse() finds one complete
 * HTTP/1.1 answer (Content-Length or chunked body) at the start of a buffer; interpretApiAnswer()
 * turns status + body into the JSON object or the typed ApiError (docs/api.md error shape).
 */
class HttpResponseParser
{
public:
    enum class State { NeedMore, Complete, Malformed };

    struct Response
    {
        State state = State::NeedMore;
        int status = 0;
        QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-cased
        QByteArray body;
        qsizetype consumed = 0; ///< bytes of the buffer this answer used (Complete only)
        bool keepAlive = true;
        QString problem; ///< why it is Malformed

        QByteArray header(QByteArrayView name) const;
    };

    /** Upper bounds so a hostile peer cannot make the client buffer without end. */
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;
    static constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

    /**
     * Parses one answer from the start of @p buffer. @p headRequest: the answer has no body.
     * @p atEof: the peer closed the connection, so a body without length ends here.
     */
    static Response splitResponse(QByteArrayView buffer, bool headRequest = false, bool atEof = false);

    /**
     * 2xx with a JSON object body (or an empty body) → the object; anything else → ApiError:
     * Http with the API error code for an error answer, MalformedResponse otherwise.
     */
    static ApiResult<QJsonObject> interpretApiAnswer(int status, const QByteArray &body);

    /** splitResponse() then interpretApiAnswer(); NeedMore is reported as ConnectionLost. */
    static ApiResult<QJsonObject> parse(QByteArrayView bytes);
};

} // namespace cutover
