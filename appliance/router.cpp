// SPDX-License-Identifier: GPL-3.0-or-later
#include "router.h"

#include "apierror.h"

namespace cutover {

void Router::add(const QByteArray &method, const QByteArray &path, Handler handler, bool isPublic)
{
    m_routes.append({ method, path, std::move(handler), isPublic });
}

HttpResponse Router::route(const HttpRequest &request) const
{
    const QByteArray &method = request.method;

    const Route *match = nullptr;
    QByteArrayList allowed;
    bool pathIsPublic = false;
    for (const Route &r : m_routes) {
        if (r.path != request.path)
            continue;
        allowed.append(r.method);
        pathIsPublic = pathIsPublic || r.isPublic;
        if (r.method == method)
            match = &r;
    }

    QString user;
    const bool isPublic = match ? match->isPublic : pathIsPublic;
    if (!isPublic && m_authenticator) {
        if (auto denied = m_authenticator(request, &user))
            return *denied;
    }
    if (allowed.isEmpty())
        return ApiError::response(ApiError::Code::NotFound);
    if (!match) {
        HttpResponse r = ApiError::response(ApiError::Code::MethodNotAllowed);
        r.headers.append({ "Allow", allowed.join(", ") });
        return r;
    }
    return match->handler(request, user);
}

} // namespace cutover
