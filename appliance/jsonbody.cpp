// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonbody.h"

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace cutover {

JsonBody::JsonBody(const QByteArray &body, const QStringList &knownFields, bool emptyIsObject)
{
    if (body.trimmed().isEmpty() && emptyIsObject)
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_error = ApiError::response(ApiError::Code::MalformedJson);
        return;
    }
    m_object = doc.object();
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!knownFields.contains(it.key())) {
            m_error = ApiError::response(ApiError::Code::UnknownField, it.key());
            return;
        }
    }
}

HttpResponse JsonBody::error() const
{
    return m_error.value_or(ApiError::response(ApiError::Code::Internal));
}

void JsonBody::invalid(const QString &field)
{
    if (!m_error)
        m_error = ApiError::response(ApiError::Code::InvalidValue, field);
}

QString JsonBody::string(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined()) {
        if (required)
            invalid(field);
        return {};
    }
    if (!v.isString()) {
        invalid(field);
        return {};
    }
    return v.toString();
}

bool JsonBody::boolean(const QString &field, bool required, bool fallback)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined()) {
        if (required)
            invalid(field);
        return fallback;
    }
    if (!v.isBool()) {
        invalid(field);
        return fallback;
    }
    return v.toBool();
}

int JsonBody::integer(const QString &field, int min, int max, bool required, int fallback)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined()) {
        if (required)
            invalid(field);
        return fallback;
    }
    const double d = v.toDouble(min - 1.0);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
        invalid(field);
        return fallback;
    }
    return static_cast<int>(d);
}

QStringList JsonBody::stringList(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined()) {
        if (required)
            invalid(field);
        return {};
    }
    if (!v.isArray()) {
        invalid(field);
        return {};
    }
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            invalid(field);
            return {};
        }
        out.append(e.toString());
    }
    return out;
}

QJsonObject JsonBody::subObject(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined()) {
        if (required)
            invalid(field);
        return {};
    }
    if (!v.isObject()) {
        invalid(field);
        return {};
    }
    return v.toObject();
}

} // namespace cutover
