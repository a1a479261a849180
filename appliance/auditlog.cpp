// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAudit, "cutover.appliance.audit")

namespace cutover {

AuditLog::AuditLog(const QString &file)
    : m_file(file)
{ }

void AuditLog::append(const QString &user, const QString &action, const QJsonObject &detail)
{
    const QJsonObject entry { { QStringLiteral("time"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { QStringLiteral("user"), user }, { QStringLiteral("action"), action },
        { QStringLiteral("detail"), detail } };
    QFile f(m_file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)) {
        qCWarning(lcAudit) << "cannot append to" << m_file;
        return;
    }
    // One write() per line with O_APPEND: a crash can cut the last line short but never mixes lines.
    f.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
    f.flush();
    qCInfo(lcAudit).noquote() << user << action;
}

QJsonArray AuditLog::entries(int max) const
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> all;
    while (!f.atEnd()) {
        const QJsonDocument d = QJsonDocument::fromJson(f.readLine());
        if (d.isObject())
            all.append(d.object());
        if (all.size() > max)
            all.removeFirst();
    }
    QJsonArray out;
    for (const QJsonObject &o : all)
        out.append(o);
    return out;
}

} // namespace cutover
