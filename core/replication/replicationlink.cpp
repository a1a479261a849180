// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicationlink.h"

#include "replicationlogging.h"

#include <QDeadlineTimer>
#include <QHash>

namespace cutover {

namespace {

QHash<QString, QByteArray> rowByName(const QStringList &names, const MysqlConnection::Row &row)
{
    QHash<QString, QByteArray> map;
    for (qsizetype i = 0; i < names.size() && i < row.size(); ++i)
        map.insert(names.at(i), row.at(i));
    return map;
}

} // namespace

QString BinlogPosition::toString() const
{
    if (!isValid())
        return gtid.isEmpty() ? QStringLiteral("-") : gtid;
    QString s = QStringLiteral("%1:%2").arg(file).arg(position);
    if (!gtid.isEmpty())
        s += QStringLiteral(" (%1)").arg(gtid);
    return s;
}

ReplicationLink::ReplicationLink(const MysqlEndpoint &target)
    : m_endpoint(target)
{ }

bool ReplicationLink::open(QString *error)
{
    if (m_target.isOpen())
        return true;
    if (!m_target.open(m_endpoint)) {
        if (error)
            *error = m_target.errorDetails();
        return false;
    }
    return true;
}

QString ReplicationLink::connectionLiteral() const
{
    return m_target.quoteString(connectionName());
}

QString ReplicationLink::failure(const QString &what) const
{
    // Only the error number and text: the statement may hold the replication password.
    return QStringLiteral("%1: %2 %3").arg(what).arg(m_target.errorNumber()).arg(m_target.errorText());
}

bool ReplicationLink::start(const MysqlEndpoint &source, const BinlogPosition &from, QString *error)
{
    if (!open(error))
        return false;
    if (!remove(error))
        return false;
    const bool useGtid = !from.gtid.isEmpty();
    if (useGtid
        && !m_target.exec(
            QStringLiteral("SET GLOBAL gtid_slave_pos = %1").arg(m_target.quoteString(from.gtid)))) {
        if (error)
            *error = failure(QStringLiteral("SET GLOBAL gtid_slave_pos"));
        return false;
    }
    // With the source's CA on the target (source.tlsCaFile, a path on the target), the target's
    // MariaDB verifies the source's certificate and that it names source.host.
    const bool verify = !source.tlsCaFile.isEmpty();
    QString sql
        = QStringLiteral("CHANGE MASTER %1 TO MASTER_HOST = %2, MASTER_PORT = %3, MASTER_USER = %4, "
                         "MASTER_PASSWORD = %5, MASTER_SSL = 1, MASTER_SSL_CA = %6, "
                         "MASTER_SSL_VERIFY_SERVER_CERT = %7, "
                         "MASTER_CONNECT_RETRY = 1, MASTER_HEARTBEAT_PERIOD = 1")
              .arg(connectionLiteral(), m_target.quoteString(source.host))
              .arg(source.port)
              .arg(m_target.quoteString(source.user),
                  m_target.quoteString(QString::fromUtf8(source.password)),
                  m_target.quoteString(source.tlsCaFile), verify ? QStringLiteral("1") : QStringLiteral("0"));
    if (useGtid) {
        sql += QStringLiteral(", MASTER_USE_GTID = slave_pos");
    } else {
        sql += QStringLiteral(", MASTER_USE_GTID = no, MASTER_LOG_FILE = %1, MASTER_LOG_POS = %2")
                   .arg(m_target.quoteString(from.file))
                   .arg(from.position);
    }
    const bool changed = m_target.exec(sql);
    sql.fill(QLatin1Char(' ')); // the statement held the password
    if (!changed) {
        if (error)
            *error = failure(QStringLiteral("CHANGE MASTER"));
        return false;
    }
    if (!m_target.exec(QStringLiteral("START SLAVE %1").arg(connectionLiteral()))) {
        if (error)
            *error = failure(QStringLiteral("START SLAVE"));
        return false;
    }
    qCInfo(lcCutoverReplication).noquote() << "replication link started from" << source.displayName() << "at"
                                           << from.toString() << (useGtid ? "(GTID)" : "(file/position)")
                                           << (verify ? "certificate verified" : "certificate not verified");
    return true;
}

bool ReplicationLink::status(ReplicaStatus *status, QString *error)
{
    if (!open(error))
        return false;
    QList<MysqlConnection::Row> rows;
    QStringList names;
    if (!m_target.query(QStringLiteral("SHOW SLAVE %1 STATUS").arg(connectionLiteral()), &rows, &names)) {
        // 1617: no connection of that name.
        if (m_target.errorNumber() == 1617) {
            *status = {};
            return true;
        }
        if (error)
            *error = failure(QStringLiteral("SHOW SLAVE STATUS"));
        return false;
    }
    ReplicaStatus s;
    if (rows.isEmpty()) {
        *status = s;
        return true;
    }
    const auto r = rowByName(names, rows.first());
    auto text = [&r](const char *name) { return QString::fromUtf8(r.value(QLatin1String(name))); };
    s.configured = !text("Master_Host").isEmpty();
    s.ioRunning = text("Slave_IO_Running") == QLatin1String("Yes");
    s.ioConnecting = text("Slave_IO_Running") == QLatin1String("Connecting");
    s.sqlRunning = text("Slave_SQL_Running") == QLatin1String("Yes");
    s.masterUser = text("Master_User");
    s.masterHost = text("Master_Host");
    s.read.file = text("Master_Log_File");
    s.read.position = text("Read_Master_Log_Pos").toULongLong();
    s.read.gtid = text("Gtid_IO_Pos");
    s.executed.file = text("Relay_Master_Log_File");
    s.executed.position = text("Exec_Master_Log_Pos").toULongLong();
    const QByteArray behind = r.value(QStringLiteral("Seconds_Behind_Master"));
    s.secondsBehind = behind.isNull() ? -1 : behind.toLongLong();
    s.ioErrno = text("Last_IO_Errno").toUInt();
    s.ioError = text("Last_IO_Error");
    s.sqlErrno = text("Last_SQL_Errno").toUInt();
    s.sqlError = text("Last_SQL_Error");
    s.tlsVerified = text("Master_SSL_Verify_Server_Cert") == QLatin1String("Yes")
        && !text("Master_SSL_CA_File").isEmpty();
    s.usingGtid = text("Using_Gtid").compare(QLatin1String("No"), Qt::CaseInsensitive) != 0
        && !text("Using_Gtid").isEmpty();
    *status = s;
    return true;
}

int ReplicationLink::waitFor(const BinlogPosition &until, bool useGtid, int timeoutMs, QString *error)
{
    if (!open(error))
        return -1;
    const double seconds = std::max(0, timeoutMs) / 1000.0;
    QString sql;
    if (useGtid && !until.gtid.isEmpty()) {
        sql = QStringLiteral("SELECT MASTER_GTID_WAIT(%1, %2)")
                  .arg(m_target.quoteString(until.gtid))
                  .arg(seconds, 0, 'f', 3);
    } else {
        sql = QStringLiteral("SELECT MASTER_POS_WAIT(%1, %2, %3, %4)")
                  .arg(m_target.quoteString(until.file))
                  .arg(until.position)
                  .arg(seconds, 0, 'f', 3)
                  .arg(connectionLiteral());
    }
    bool ok = false;
    const QByteArray value = m_target.scalar(sql, &ok);
    if (!ok) {
        if (error)
            *error = failure(QStringLiteral("wait"));
        return -1;
    }
    if (value.isNull()) {
        // MASTER_POS_WAIT: NULL when the SQL thread is not running or the link is gone.
        if (error)
            *error = tr("The target's replication stopped.", "@info");
        return -1;
    }
    const qlonglong n = value.toLongLong();
    return n >= 0 ? 1 : 0; // GTID wait: 0 reached, -1 timeout; pos wait: events waited (≥0), -1 timeout
}

bool ReplicationLink::stopFetching(QString *error)
{
    if (!open(error))
        return false;
    if (!m_target.exec(QStringLiteral("STOP SLAVE %1 IO_THREAD").arg(connectionLiteral()))) {
        if (m_target.errorNumber() == 1617) // no such connection
            return true;
        if (error)
            *error = failure(QStringLiteral("STOP SLAVE IO_THREAD"));
        return false;
    }
    return true;
}

bool ReplicationLink::remove(QString *error)
{
    if (!open(error))
        return false;
    if (!m_target.exec(QStringLiteral("STOP SLAVE %1").arg(connectionLiteral()))) {
        if (m_target.errorNumber() == 1617) // no such connection: nothing to remove
            return true;
        if (error)
            *error = failure(QStringLiteral("STOP SLAVE"));
        return false;
    }
    if (!m_target.exec(QStringLiteral("RESET SLAVE %1 ALL").arg(connectionLiteral()))) {
        if (m_target.errorNumber() == 1617)
            return true;
        if (error)
            *error = failure(QStringLiteral("RESET SLAVE ALL"));
        return false;
    }
    qCInfo(lcCutoverReplication) << "replication link removed";
    return true;
}

bool ReplicationLink::currentPosition(MysqlConnection &server, BinlogPosition *position, QString *error)
{
    QList<MysqlConnection::Row> rows;
    if (!server.query(QStringLiteral("SHOW MASTER STATUS"), &rows)) {
        if (error)
            *error = server.errorDetails();
        return false;
    }
    if (rows.isEmpty() || rows.first().size() < 2) {
        if (error)
            *error = tr("The source has no binary log.", "@info");
        return false;
    }
    BinlogPosition p;
    p.file = QString::fromUtf8(rows.first().at(0));
    p.position = rows.first().at(1).toULongLong();
    bool ok = false;
    p.gtid = QString::fromUtf8(server.scalar(QStringLiteral("SELECT @@gtid_binlog_pos"), &ok));
    if (!ok) {
        if (error)
            *error = server.errorDetails();
        return false;
    }
    *position = p;
    return true;
}

qint64 ReplicationLink::bytesBetween(
    MysqlConnection &server, const BinlogPosition &from, const BinlogPosition &to)
{
    if (!from.isValid() || !to.isValid())
        return -1;
    if (from.file == to.file)
        return to.position >= from.position ? qint64(to.position - from.position) : 0;
    if (from.file > to.file) // the names carry zero-padded sequence numbers
        return 0;
    QList<MysqlConnection::Row> rows;
    if (!server.query(QStringLiteral("SHOW BINARY LOGS"), &rows))
        return -1;
    qint64 bytes = 0;
    bool seenFrom = false;
    for (const auto &row : rows) {
        if (row.size() < 2)
            continue;
        const QString name = QString::fromUtf8(row.at(0));
        const qint64 size = row.at(1).toLongLong();
        if (name == from.file) {
            seenFrom = true;
            bytes += std::max<qint64>(0, size - qint64(from.position));
        } else if (name == to.file) {
            return seenFrom ? bytes + qint64(to.position) : -1;
        } else if (seenFrom) {
            bytes += size;
        }
    }
    return -1;
}

} // namespace cutover
