// SPDX-License-Identifier: GPL-3.0-or-later
#include "httprequest.h"

namespace cutover {

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (versionMinor == 0)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

} // namespace cutover
