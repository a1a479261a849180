// SPDX-License-Identifier: GPL-3.0-or-later
#include "hastate.h"

#include "database.h"
#include "jsonfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>

namespace cutover {

namespace {
const QString kRole = QStringLiteral("role");
const QString kPeers = QStringLiteral("peers");
const QString kRr = QStringLiteral("roundRobinHosts");
const QString kRemoved = QStringLiteral("removedRoundRobinHosts");
} // namespace

HaState::HaState(const QString &file, Database &db)
    : m_file(file)
    , m_db(db)
{ }

bool HaState::provision(
    const QString &file, const QString &role, const QJsonArray &peers, const QStringList &roundRobinHosts)
{
    return JsonFile::write(file,
        QJsonObject { { kRole, role }, { kPeers, peers },
            { kRr, QJsonArray::fromStringList(roundRobinHosts) }, { kRemoved, QJsonArray() } });
}

QJsonObject HaState::load() const
{
    QJsonObject o;
    JsonFile::read(m_file, &o);
    return o;
}

QString HaState::role() const
{
    const QString r = load().value(kRole).toString();
    return r.isEmpty() ? QStringLiteral("standalone") : r;
}

QJsonArray HaState::peers() const
{
    return load().value(kPeers).toArray();
}

QJsonObject HaState::replication()
{
    QJsonObject r { { QStringLiteral("configured"), false }, { QStringLiteral("ioRunning"), false },
        { QStringLiteral("sqlRunning"), false }, { QStringLiteral("sourceHost"), QJsonValue::Null },
        { QStringLiteral("secondsBehind"), QJsonValue::Null }, { QStringLiteral("gtidSlavePos"), QString() },
        { QStringLiteral("lastError"), QString() } };
    if (const auto pos = m_db.scalar(QStringLiteral("SELECT @@gtid_slave_pos")))
        r.insert(QStringLiteral("gtidSlavePos"), pos->toString());
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SHOW SLAVE STATUS"), {}, &q) || !q.next())
        return r;
    const QSqlRecord rec = q.record();
    auto col = [&](const char *name) { return q.value(rec.indexOf(QLatin1String(name))); };
    r.insert(QStringLiteral("configured"), !col("Master_Host").toString().isEmpty());
    r.insert(QStringLiteral("ioRunning"), col("Slave_IO_Running").toString() == QLatin1String("Yes"));
    r.insert(QStringLiteral("sqlRunning"), col("Slave_SQL_Running").toString() == QLatin1String("Yes"));
    r.insert(QStringLiteral("sourceHost"), col("Master_Host").toString());
    r.insert(QStringLiteral("sourcePort"), col("Master_Port").toInt());
    const QVariant behind = col("Seconds_Behind_Master");
    r.insert(
        QStringLiteral("secondsBehind"), behind.isNull() ? QJsonValue(QJsonValue::Null) : behind.toInt());
    r.insert(QStringLiteral("ioErrno"), col("Last_IO_Errno").toInt());
    // TLS with the master's certificate verified against a CA this node was given.
    r.insert(QStringLiteral("tlsVerified"),
        col("Master_SSL_Allowed").toString() == QLatin1String("Yes")
            && col("Master_SSL_Verify_Server_Cert").toString() == QLatin1String("Yes")
            && !col("Master_SSL_CA_File").toString().isEmpty());
    QString err = col("Last_IO_Error").toString();
    if (err.isEmpty())
        err = col("Last_SQL_Error").toString();
    r.insert(QStringLiteral("lastError"), err);
    return r;
}

QJsonObject HaState::state()
{
    const QJsonObject o = load();
    return QJsonObject { { kRole, role() }, { kPeers, o.value(kPeers).toArray() },
        { kRr, o.value(kRr).toArray() }, { kRemoved, o.value(kRemoved).toArray() },
        { QStringLiteral("replication"), replication() } };
}

bool HaState::move(const QStringList &hosts, const QString &from, const QString &to, QString *unknown)
{
    QJsonObject o = load();
    QStringList src, dst;
    for (const QJsonValue &v : o.value(from).toArray())
        src.append(v.toString());
    for (const QJsonValue &v : o.value(to).toArray())
        dst.append(v.toString());
    for (const QString &h : hosts) {
        // Already moved is fine (the migration may retry a step); unknown everywhere is not.
        if (!src.contains(h) && !dst.contains(h)) {
            *unknown = h;
            return false;
        }
    }
    for (const QString &h : hosts) {
        src.removeAll(h);
        if (!dst.contains(h))
            dst.append(h);
    }
    o.insert(from, QJsonArray::fromStringList(src));
    o.insert(to, QJsonArray::fromStringList(dst));
    return JsonFile::write(m_file, o);
}

bool HaState::removeRoundRobinHosts(const QStringList &hosts, QString *unknown)
{
    return move(hosts, kRr, kRemoved, unknown);
}

bool HaState::restoreRoundRobinHosts(const QStringList &hosts, QString *unknown)
{
    return move(hosts, kRemoved, kRr, unknown);
}

bool HaState::stopReplication()
{
    return m_db.exec(QStringLiteral("STOP SLAVE"));
}

bool HaState::startReplication()
{
    return m_db.exec(QStringLiteral("START SLAVE"));
}

bool HaState::configureReplication(const QString &host, int port, const QString &user,
    const QString &password, const QString &gtid, const QString &caFile)
{
    if (!m_db.exec(QStringLiteral("STOP SLAVE")))
        return false;
    if (!gtid.isNull() && !m_db.exec(QStringLiteral("SET GLOBAL gtid_slave_pos = %1").arg(m_db.quote(gtid))))
        return false;
    // The verification is set each time: CHANGE MASTER keeps the options it is not given, so a
    // link configured without a CA must not keep an earlier link's CA (or the other way round).
    // Without a CA, MASTER_SSL stays as it was (a peer without TLS keeps working).
    const QString tls = caFile.isEmpty()
        ? QStringLiteral("MASTER_SSL_CA = '', MASTER_SSL_VERIFY_SERVER_CERT = 0")
        : QStringLiteral("MASTER_SSL = 1, MASTER_SSL_CA = %1, MASTER_SSL_VERIFY_SERVER_CERT = 1")
              .arg(m_db.quote(caFile));
    return m_db.exec(
        QStringLiteral("CHANGE MASTER TO MASTER_HOST = %1, MASTER_PORT = %2, MASTER_USER = %3, "
                       "MASTER_PASSWORD = %4, MASTER_USE_GTID = slave_pos, MASTER_CONNECT_RETRY = 5, %5")
            .arg(m_db.quote(host), QString::number(port), m_db.quote(user), m_db.quote(password), tls));
}

bool HaState::databaseTrustAnchor(QByteArray *pem, QString *error)
{
    QString path;
    for (const char *variable : { "@@ssl_ca", "@@ssl_cert" }) {
        const auto value = m_db.scalar(QStringLiteral("SELECT %1").arg(QLatin1String(variable)));
        if (!value) {
            *error = m_db.lastError();
            return false;
        }
        if (!value->isNull() && !value->toString().isEmpty()) {
            path = value->toString();
            break;
        }
    }
    if (path.isEmpty()) {
        *error = QStringLiteral("MariaDB has no TLS certificate (ssl_cert)");
        return false;
    }
    // A relative path is MariaDB's datadir's.
    if (QFileInfo(path).isRelative()) {
        if (const auto datadir = m_db.scalar(QStringLiteral("SELECT @@datadir")))
            path = QDir(datadir->toString()).filePath(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.read(256 * 1024));
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1 holds no certificate").arg(path);
        return false;
    }
    pem->clear();
    for (const QSslCertificate &c : certificates)
        *pem += c.toPem();
    return true;
}

QString HaState::storeTrustedCa(const QByteArray &pem, QString *error)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem);
    if (certificates.isEmpty() || certificates.size() > 8) {
        *error = QStringLiteral("not a list of one to eight PEM certificates");
        return {};
    }
    QByteArray clean;
    for (const QSslCertificate &c : certificates)
        clean += c.toPem();
    // Next to MariaDB's own certificate: MariaDB reads that directory already, whereas
    // applianced's state directory is private (0700 in the packaged unit). Without a certificate
    // of its own (no TLS at all) next to ha.json.
    QString base = QFileInfo(m_file).absolutePath();
    if (const auto cert = m_db.scalar(QStringLiteral("SELECT @@ssl_cert"));
        cert && !cert->isNull() && !cert->toString().isEmpty() && QFileInfo(cert->toString()).isAbsolute())
        base = QFileInfo(cert->toString()).absolutePath();
    const QString dir = base + QStringLiteral("/cutover-replication-ca");
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return {};
    }
    // MariaDB runs as its own user: the directory and the file must be readable by it.
    QFile::setPermissions(dir,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther);
    const QString path = dir + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(clean, QCryptographicHash::Sha256).toHex())
        + QStringLiteral(".pem");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(clean) != clean.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    QFile::setPermissions(path,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return path;
}

} // namespace cutover
