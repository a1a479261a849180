// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace cutover {

/** @brief Maps method + exact path to a handler; answers 401 before 404/405 for protected paths. */
class Router
{
public:
    /** @brief @p user is the authenticated user name (empty on public routes). */
    using Handler = std::function<HttpResponse(const HttpRequest &request, const QString &user)>;
    /** @brief Returns the user for a valid token, or the 401 answer. */
    using Authenticator = std::function<std::optional<HttpResponse>(const HttpRequest &, QString *user)>;

    void setAuthenticator(Authenticator authenticator) { m_authenticator = std::move(authenticator); }
    void add(const QByteArray &method, const QByteArray &path, Handler handler, bool isPublic = false);

    HttpResponse route(const HttpRequest &request) const;

private:
    struct Route
    {
        QByteArray method;
        QByteArray path;
        Handler handler;
        bool isPublic = false;
    };
    QList<Route> m_routes;
    Authenticator m_authenticator;
};

} // namespace cutover
