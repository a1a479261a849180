// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace cutover {

/**
 * @brief Strict reader for a JSON request body.
 *
 * Construct with the fields the endpoint knows; any other field is an error. Accessors record
 * the first problem and return a neutral value, so a handler reads all fields and then checks
 * ok() once.
 */
class JsonBody
{
public:
    /** @brief An empty body counts as {} only when @p emptyIsObject. */
    JsonBody(const QByteArray &body, const QStringList &knownFields, bool emptyIsObject = false);

    bool ok() const { return !m_error.has_value(); }
    HttpResponse error() const;
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &field) const { return m_object.contains(field); }

    QString string(const QString &field, bool required = true);
    bool boolean(const QString &field, bool required = true, bool fallback = false);
    int integer(const QString &field, int min, int max, bool required = true, int fallback = 0);
    QStringList stringList(const QString &field, bool required = true);
    QJsonObject subObject(const QString &field, bool required = true);

    /** @brief Marks @p field invalid (for checks beyond the type). */
    void invalid(const QString &field);

private:
    QJsonObject m_object;
    std::optional<HttpResponse> m_error;
};

} // namespace cutover
