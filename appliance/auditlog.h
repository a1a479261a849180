// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cutover {

/** @brief Append-only JSON-lines record of every change made through the API; never holds a secret. */
class AuditLog
{
public:
    explicit AuditLog(const QString &file);

    void append(const QString &user, const QString &action, const QJsonObject &detail = {});
    /** @brief The newest @p max entries, oldest first. */
    QJsonArray entries(int max = 1000) const;

private:
    QString m_file;
};

} // namespace cutover
