// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apitypes.h"

#include <QJsonArray>

namespace cutover {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

qint64 integer(const QJsonObject &o, const char *key, qint64 fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return fallback;
    const double d = v.toDouble();
    if (!(d >= -9.0e15 && d <= 9.0e15)) // NaN and huge values stay out of qint64 conversion
        return fallback;
    return static_cast<qint64>(d);
}

bool boolean(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool(false);
}

QStringList strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    const QJsonArray a = o.value(QLatin1String(key)).toArray();
    for (const QJsonValue &v : a) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

QList<HaPeer> peerList(const QJsonObject &o)
{
    QList<HaPeer> out;
    const QJsonArray a = o.value(QLatin1String("peers")).toArray();
    for (const QJsonValue &v : a) {
        const QJsonObject p = v.toObject();
        if (v.isString())
            out << HaPeer { v.toString(), QString() };
        else if (!p.isEmpty())
            out << HaPeer { str(p, "name"), str(p, "address") };
    }
    return out;
}

} // namespace

SessionToken SessionToken::fromJson(const QJsonObject &o)
{
    return SessionToken { str(o, "token"), static_cast<int>(integer(o, "expiresIn")) };
}

HealthInfo HealthInfo::fromJson(const QJsonObject &o)
{
    return HealthInfo { str(o, "status"), str(o, "machineId") };
}

bool LicenseInfo::maintenanceActive(const QDate &today) const
{
    if (maintenanceActiveReported >= 0)
        return maintenanceActiveReported == 1;
    const QDate until = QDate::fromString(maintenanceUntil.left(10), Qt::ISODate);
    return until.isValid() && until >= today;
}

LicenseInfo LicenseInfo::fromJson(const QJsonObject &o)
{
    LicenseInfo l;
    l.state = str(o, "state");
    l.guid = str(o, "guid");
    l.customer = str(o, "customer");
    l.expires = str(o, "expires");
    l.maintenanceUntil = str(o, "maintenanceUntil");
    l.invalidatedAt = str(o, "invalidatedAt");
    l.transferredTo = str(o, "transferredTo");
    const QJsonValue active = o.value(QLatin1String("maintenanceActive"));
    if (active.isBool())
        l.maintenanceActiveReported = active.toBool() ? 1 : 0;
    return l;
}

QString SystemInfo::fqdn() const
{
    if (domainName.isEmpty() || hostName.contains(QLatin1Char('.')))
        return hostName;
    return hostName + QLatin1Char('.') + domainName;
}

SystemInfo SystemInfo::fromJson(const QJsonObject &o)
{
    SystemInfo s;
    s.machineId = str(o, "machineId");
    s.hostName = str(o, "hostName");
    s.domainName = str(o, "domainName");
    s.addresses = strings(o, "addresses");
    s.role = str(o, "role");
    s.peers = peerList(o);
    s.softwareVersion = str(o, "softwareVersion");
    s.license = LicenseInfo::fromJson(o.value(QLatin1String("license")).toObject());
    s.maintenance = boolean(o, "maintenance");
    s.migratedTo = str(o, "migratedTo");
    s.migratedAt = str(o, "migratedAt");
    const QJsonObject disk = o.value(QLatin1String("disk")).toObject();
    s.disk.path = str(disk, "path");
    s.disk.freeBytes = integer(disk, "freeBytes", -1);
    s.disk.totalBytes = integer(disk, "totalBytes", -1);
    s.dataBytes = integer(o, "dataBytes");
    s.trafficLogBytes = integer(o, "trafficLogBytes");
    const QJsonObject db = o.value(QLatin1String("database")).toObject();
    s.database.flavor = str(db, "flavor");
    s.database.version = str(db, "version");
    s.database.binlog = boolean(db, "binlog");
    s.database.serverId = integer(db, "serverId");
    s.database.gtidBinlogPos = str(db, "gtidBinlogPos");
    s.database.reachable = db.value(QLatin1String("reachable")).toBool(true);
    s.database.majorVersion = str(db, "majorVersion");
    s.database.schemasKnown = db.value(QLatin1String("schemas")).isArray();
    s.database.schemas = strings(db, "schemas");
    s.tlsSha256 = str(o, "tlsSha256");
    s.sshHostKeySha256 = str(o, "sshHostKeySha256");
    s.sshImportPort = o.value(QStringLiteral("sshImportPort")).toInt(2222);
    return s;
}

SettingsSnapshot SettingsSnapshot::fromJson(const QJsonObject &o)
{
    return SettingsSnapshot { o.value(QLatin1String("groups")).toObject(), strings(o, "hostSpecific"),
        strings(o, "basic") };
}

HaInfo HaInfo::fromJson(const QJsonObject &o)
{
    HaInfo h;
    h.role = str(o, "role");
    h.peers = peerList(o);
    h.roundRobinHosts = strings(o, "roundRobinHosts");
    h.removedRoundRobinHosts = strings(o, "removedRoundRobinHosts");
    const QJsonObject r = o.value(QLatin1String("replication")).toObject();
    h.replication.configured = boolean(r, "configured");
    h.replication.ioRunning = boolean(r, "ioRunning");
    h.replication.sqlRunning = boolean(r, "sqlRunning");
    h.replication.sourceHost = str(r, "sourceHost");
    h.replication.sourcePort = static_cast<int>(integer(r, "sourcePort"));
    h.replication.secondsBehind = integer(r, "secondsBehind", -1);
    h.replication.gtidSlavePos = str(r, "gtidSlavePos");
    h.replication.lastError = str(r, "lastError");
    h.replication.ioErrno = static_cast<int>(integer(r, "ioErrno"));
    h.replication.tlsVerified = boolean(r, "tlsVerified");
    return h;
}

BackupTicket BackupTicket::fromJson(const QJsonObject &o)
{
    BackupTicket t;
    t.ticket = str(o, "ticket").toUtf8();
    t.expiresAt = str(o, "expiresAt");
    t.datadirBytes = integer(o, "datadirBytes");
    t.serverVersion = str(o, "serverVersion");
    t.majorVersion = str(o, "majorVersion");
    t.flavor = str(o, "flavor");
    return t;
}

bool PhysicalRestoreStatus::isBusy() const
{
    return state == QLatin1String("streaming") || state == QLatin1String("preparing")
        || state == QLatin1String("swapping") || state == QLatin1String("starting");
}

PhysicalRestoreStatus PhysicalRestoreStatus::fromJson(const QJsonObject &o)
{
    PhysicalRestoreStatus p;
    p.job = str(o, "job");
    p.state = str(o, "state");
    p.bytesStreamed = integer(o, "bytesStreamed");
    p.bytesExpected = integer(o, "bytesExpected");
    p.bytesPrepared = integer(o, "bytesPrepared");
    p.binlogFile = str(o, "binlogFile");
    p.binlogPosition = integer(o, "binlogPosition");
    p.gtid = str(o, "gtid");
    p.previousDatadirKept = boolean(o, "previousDatadirKept");
    const QJsonObject e = o.value(QLatin1String("error")).toObject();
    p.errorCode = str(e, "code");
    p.errorMessage = str(e, "message");
    return p;
}

DbAccount DbAccount::fromJson(const QJsonObject &o)
{
    return DbAccount { str(o, "user"), str(o, "password").toUtf8() };
}

SshKeyGrant SshKeyGrant::fromJson(const QJsonObject &o)
{
    return SshKeyGrant { str(o, "user"), static_cast<int>(integer(o, "port", 22)), str(o, "directory") };
}

ImportedFile ImportedFile::fromJson(const QJsonObject &o)
{
    return ImportedFile { str(o, "name"), integer(o, "size", -1), str(o, "sha256") };
}

} // namespace cutover
