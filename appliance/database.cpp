// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QUuid>

Q_LOGGING_CATEGORY(lcDb, "cutover.appliance.db")

namespace cutover {

Database::Database(const QString &socket, const QString &user)
    : m_connectionName(QStringLiteral("applianced-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_socket(socket)
    , m_user(user)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), m_connectionName);
    db.setUserName(m_user);
    db.setConnectOptions(
        QStringLiteral("UNIX_SOCKET=%1;MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=30;"
                       "MYSQL_OPT_WRITE_TIMEOUT=30")
            .arg(m_socket));
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::ensureOpen()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return true;
        db.close();
    }
    if (!db.open()) {
        m_lastError = db.lastError().text();
        if (!m_unreachable) // once per outage, the watch timer retries every few seconds
            qCWarning(lcDb) << "cannot connect to MariaDB at" << m_socket << ":" << m_lastError;
        m_unreachable = true;
        return false;
    }
    if (m_unreachable)
        qCInfo(lcDb) << "connected to MariaDB again";
    m_unreachable = false;
    if (m_onConnected && !m_inCallback) {
        m_inCallback = true;
        m_onConnected();
        m_inCallback = false;
    }
    return true;
}

bool Database::exec(const QString &sql, const QVariantList &values, QSqlQuery *out)
{
    if (!ensureOpen())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    bool ok;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok) {
        m_lastError = q.lastError().text();
        // Statements may hold a password (CREATE USER, CHANGE MASTER): log the error, not the SQL.
        qCWarning(lcDb) << "statement failed:" << m_lastError;
        return false;
    }
    if (out)
        *out = std::move(q);
    return true;
}

std::optional<QVariant> Database::scalar(const QString &sql)
{
    QSqlQuery q;
    if (!exec(sql, {}, &q) || !q.next())
        return std::nullopt;
    return q.value(0);
}

QString Database::quote(const QString &value)
{
    ensureOpen();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlField f(QStringLiteral("v"), QMetaType(QMetaType::QString));
    f.setValue(value);
    return db.driver()->formatValue(f);
}

} // namespace cutover
