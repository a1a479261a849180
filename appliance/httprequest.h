// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace cutover {

/** @brief One parsed HTTP/1.1 request: method, target, lower-case headers and the body. */
class HttpRequest
{
public:
    QByteArray method;
    QByteArray path; ///< target without the query string
    QByteArray query; ///< raw query string without '?', may be empty
    int versionMinor = 1;
    QList<QPair<QByteArray, QByteArray>> headers; ///< names lower-case, values trimmed
    QByteArray body;
    QHostAddress peerAddress; ///< filled in by the connection, not by the parser
    QHostAddress localAddress; ///< the address the client reached, filled in by the connection

    /** @brief The first header value named @p lowerCaseName, or an empty array. */
    QByteArray header(const QByteArray &lowerCaseName) const;
    bool hasHeader(const QByteArray &lowerCaseName) const;
    /** @brief Whether the client asked to keep the connection open after this request. */
    bool wantsKeepAlive() const;
};

} // namespace cutover
