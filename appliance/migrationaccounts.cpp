// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationaccounts.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <openssl/rand.h>

namespace cutover {

namespace {

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char *>(b.data()), n);
    return b;
}

QString ident(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('`'), QLatin1String("``"));
    return QLatin1Char('`') + n + QLatin1Char('`');
}

const QStringList kSystemSchemas { QStringLiteral("mysql"), QStringLiteral("information_schema"),
    QStringLiteral("performance_schema"), QStringLiteral("sys") };

/**
 * Keeps the temporary accounts out of the binary log while it lives: a CREATE USER there would
 * carry the password in plain text to every binlog reader and replica, and the accounts are local
 * to this server anyway.
 */
class UnloggedStatements
{
public:
    explicit UnloggedStatements(Database &db)
        : m_db(db)
    {
        m_db.exec(QStringLiteral("SET SESSION sql_log_bin = 0"));
    }
    ~UnloggedStatements() { m_db.exec(QStringLiteral("SET SESSION sql_log_bin = 1")); }
    UnloggedStatements(const UnloggedStatements &) = delete;
    UnloggedStatements &operator=(const UnloggedStatements &) = delete;

private:
    Database &m_db;
};

} // namespace

MigrationAccounts::MigrationAccounts(Database &db)
    : m_db(db)
{ }

bool MigrationAccounts::validClientHost(const QString &host)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9.%_:-]{1,60}$"));
    return re.match(host).hasMatch();
}

bool MigrationAccounts::isMigrationUser(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^cutover_mig_[0-9a-f]{8,16}$"));
    return re.match(user).hasMatch();
}

bool MigrationAccounts::create(Access access, const QString &clientHost, QString *user, QString *password)
{
    const UnloggedStatements unlogged(m_db);
    *user = QStringLiteral("cutover_mig_") + QString::fromLatin1(randomBytes(6).toHex());
    *password = QString::fromLatin1(
        randomBytes(24).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString account = m_db.quote(*user) + QLatin1Char('@') + m_db.quote(clientHost);
    if (!m_db.exec(QStringLiteral("CREATE USER %1 IDENTIFIED BY %2").arg(account, m_db.quote(*password))))
        return false;

    QStringList statements;
    if (access == Access::Replication) {
        // A replication link's login: it reads the binary log and nothing else.
        statements << QStringLiteral("GRANT REPLICATION SLAVE ON *.* TO %1").arg(account);
    } else if (access == Access::Read) {
        QSqlQuery q;
        if (!m_db.exec(QStringLiteral("SELECT schema_name FROM information_schema.schemata"), {}, &q)) {
            drop(*user);
            return false;
        }
        while (q.next()) {
            const QString schema = q.value(0).toString();
            if (kSystemSchemas.contains(schema))
                continue;
            statements << QStringLiteral(
                "GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, EXECUTE, LOCK TABLES ON %1.* TO %2")
                              .arg(ident(schema), account);
        }
        // Reading the application accounts (to recreate them on the target) needs the grant tables.
        statements << QStringLiteral("GRANT SELECT ON mysql.* TO %1").arg(account);
        statements << QStringLiteral("GRANT REPLICATION SLAVE, BINLOG MONITOR, SLAVE MONITOR ON *.* TO %1")
                          .arg(account);
    } else {
        statements << QStringLiteral(
            "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER, INDEX, REFERENCES, "
            "CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW, TRIGGER, EVENT, "
            "CREATE ROUTINE, ALTER ROUTINE, EXECUTE, CREATE USER, RELOAD, PROCESS, "
            "BINLOG MONITOR, BINLOG ADMIN, SET USER, REPLICATION SLAVE ADMIN, SLAVE MONITOR "
            "ON *.* TO %1 WITH GRANT OPTION")
                          .arg(account);
    }
    for (const QString &s : std::as_const(statements)) {
        if (!m_db.exec(s)) {
            drop(*user);
            return false;
        }
    }
    return true;
}

bool MigrationAccounts::list(QStringList *users)
{
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT DISTINCT User FROM mysql.user ORDER BY User"), {}, &q))
        return false;
    users->clear();
    while (q.next()) {
        const QString user = q.value(0).toString();
        if (isMigrationUser(user))
            users->append(user);
    }
    return true;
}

bool MigrationAccounts::drop(const QString &user)
{
    if (!isMigrationUser(user))
        return false;
    const UnloggedStatements unlogged(m_db);
    QSqlQuery q;
    if (!m_db.exec(QStringLiteral("SELECT Host FROM mysql.user WHERE User = ?"), { user }, &q))
        return false;
    QStringList hosts;
    while (q.next())
        hosts.append(q.value(0).toString());
    for (const QString &h : std::as_const(hosts)) {
        if (!m_db.exec(QStringLiteral("DROP USER %1@%2").arg(m_db.quote(user), m_db.quote(h))))
            return false;
    }
    // Sessions still open under the dropped account keep their rights until they end; end them.
    QSqlQuery p;
    if (m_db.exec(
            QStringLiteral("SELECT ID FROM information_schema.processlist WHERE USER = ?"), { user }, &p)) {
        QList<qlonglong> ids;
        while (p.next())
            ids.append(p.value(0).toLongLong());
        for (qlonglong id : ids)
            m_db.exec(QStringLiteral("KILL CONNECTION %1").arg(id));
    }
    return true;
}

} // namespace cutover
