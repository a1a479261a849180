// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/truststore.h"

#include "trust/fingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcTrust, "cutover.core.trust")

namespace cutover {

namespace {
constexpr int FormatVersion = 1;
}

QString TrustStore::defaultPath()
{
    QString dir = qEnvironmentVariable("CUTOVER_DATA_DIR");
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/cutover");
    return QDir(dir).filePath(QStringLiteral("trusted-appliances.json"));
}

TrustStore::TrustStore(const QString &filePath)
    : m_path(filePath.isEmpty() ? defaultPath() : filePath)
{
    QFile f(m_path);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        m_loadError = f.errorString();
        qCWarning(lcTrust) << "cannot read" << m_path << m_loadError;
        return;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_loadError = pe.errorString();
        qCWarning(lcTrust) << "ignoring unreadable" << m_path << m_loadError;
        return;
    }
    const QJsonObject appliances = doc.object().value(QLatin1String("appliances")).toObject();
    for (auto it = appliances.begin(); it != appliances.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry e;
        e.machineId = it.key();
        e.fingerprint = Fingerprint::normalised(o.value(QLatin1String("sha256")).toString());
        e.host = o.value(QLatin1String("host")).toString();
        e.firstSeen = QDateTime::fromString(o.value(QLatin1String("firstSeen")).toString(), Qt::ISODate);
        e.lastSeen = QDateTime::fromString(o.value(QLatin1String("lastSeen")).toString(), Qt::ISODate);
        if (!e.machineId.isEmpty() && !e.fingerprint.isEmpty())
            m_entries.insert(e.machineId, e);
    }
}

TrustStore::Verdict TrustStore::check(const QString &machineId, const QString &fingerprint) const
{
    const auto it = m_entries.constFind(machineId);
    if (it == m_entries.constEnd())
        return Verdict::Unknown;
    return it->fingerprint == Fingerprint::normalised(fingerprint) ? Verdict::Trusted : Verdict::Changed;
}

TrustStore::Entry TrustStore::entry(const QString &machineId) const
{
    return m_entries.value(machineId);
}

QString TrustStore::machineIdForHost(const QString &host) const
{
    QString found;
    QDateTime latest;
    for (const Entry &e : m_entries) {
        if (e.host == host && (found.isEmpty() || e.lastSeen > latest)) {
            found = e.machineId;
            latest = e.lastSeen;
        }
    }
    return found;
}

bool TrustStore::remember(
    const QString &machineId, const QString &fingerprint, const QString &host, QString *error)
{
    const QString fp = Fingerprint::normalised(fingerprint);
    if (machineId.isEmpty() || fp.isEmpty()) {
        if (error)
            *error = tr("Cannot remember an appliance without a machine id and a valid SHA-256 fingerprint.");
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Entry &e = m_entries[machineId];
    if (e.machineId.isEmpty() || e.fingerprint != fp)
        e.firstSeen = now;
    e.machineId = machineId;
    e.fingerprint = fp;
    if (!host.isEmpty())
        e.host = host;
    e.lastSeen = now;
    qCInfo(lcTrust) << "trusting" << machineId << "at" << host << "with" << fp;
    return save(error);
}

bool TrustStore::forget(const QString &machineId, QString *error)
{
    if (!m_entries.remove(machineId))
        return true;
    return save(error);
}

bool TrustStore::save(QString *error)
{
    QJsonObject appliances;
    for (const Entry &e : std::as_const(m_entries)) {
        appliances.insert(e.machineId,
            QJsonObject { { QStringLiteral("sha256"), e.fingerprint }, { QStringLiteral("host"), e.host },
                { QStringLiteral("firstSeen"), e.firstSeen.toString(Qt::ISODate) },
                { QStringLiteral("lastSeen"), e.lastSeen.toString(Qt::ISODate) } });
    }
    const QJsonObject root { { QStringLiteral("version"), FormatVersion },
        { QStringLiteral("appliances"), appliances } };
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) < 0 || !f.commit()) {
        if (error)
            //: %1: file path, %2: system error
            *error = tr("Cannot save the trusted certificates to %1: %2").arg(m_path, f.errorString());
        qCWarning(lcTrust) << "cannot write" << m_path << f.errorString();
        return false;
    }
    return true;
}

QString TrustStore::changedWarning(const QString &host, const QString &remembered, const QString &presented)
{
    //: %1: host, %2: remembered fingerprint, %3: presented fingerprint
    return tr(
        "Warning: the appliance at %1 presents a different certificate than when it was first trusted.\n"
        "Remembered: %2\nPresented:  %3\n"
        "Someone may be intercepting the connection, or the certificate was renewed. Nothing was sent "
        "to it and the migration stops. Compare the fingerprint with the one shown on the appliance's "
        "console; only if they match, accept the new certificate explicitly.")
        .arg(host, remembered, presented);
}

} // namespace cutover
