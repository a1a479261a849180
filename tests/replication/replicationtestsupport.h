// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mysql/mysqlconnection.h"
#include "operations/applianceconnections.h"
#include "sandboxappliance.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <atomic>
#include <chrono>
#include <thread>

namespace cutover::test {

inline qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

inline MysqlEndpoint rootEndpoint(const SandboxInfo &info)
{
    MysqlEndpoint e;
    e.host = info.address;
    e.user = info.dbRootUser;
    e.password = info.dbRootPassword.toUtf8();
    e.useTls = true;
    return e;
}

inline MysqlEndpoint appEndpoint(const SandboxInfo &info, const QString &address)
{
    MysqlEndpoint e;
    e.host = address;
    e.user = info.appUser;
    e.password = info.appPassword.toUtf8();
    e.useTls = true;
    return e;
}

/** Both sides connected, as the runner's operations expect them. */
inline std::shared_ptr<ApplianceConnections> connectBoth(const SandboxInfo &source, const SandboxInfo &target)
{
    auto c = std::make_shared<ApplianceConnections>();
    c->source().address = source.address;
    c->source().fingerprint = source.tlsSha256;
    c->source().password = source.adminPassword.toUtf8();
    c->target().address = target.address;
    c->target().fingerprint = target.tlsSha256;
    c->target().password = target.adminPassword.toUtf8();
    if (auto r = c->connectBoth(); !r) {
        qWarning().noquote() << "connect failed" << r.code() << r.message() << r.details();
        return {};
    }
    return c;
}

/** CHECKSUM TABLE of every base table of @p schema, by table name; empty on failure. */
inline QHash<QString, QByteArray> checksums(const MysqlEndpoint &endpoint, const QString &schema)
{
    MysqlConnection c;
    QHash<QString, QByteArray> result;
    if (!c.open(endpoint))
        return result;
    QList<MysqlConnection::Row> rows;
    if (!c.query(
            QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = %1 AND "
                           "table_type = 'BASE TABLE' ORDER BY table_name")
                .arg(c.quoteString(schema)),
            &rows))
        return result;
    for (const auto &row : rows) {
        QList<MysqlConnection::Row> sum;
        const QString table = QString::fromUtf8(row.at(0));
        if (!c.query(
                QStringLiteral("CHECKSUM TABLE %1 EXTENDED").arg(MysqlConnection::qualified(schema, table)),
                &sum)
            || sum.isEmpty())
            return {};
        result.insert(table, sum.first().value(1));
    }
    return result;
}

/** The number of temporary migration accounts on a server. */
inline int migrationAccounts(const MysqlEndpoint &endpoint)
{
    MysqlConnection c;
    if (!c.open(endpoint))
        return -1;
    bool ok = false;
    const auto n = c.scalar(
        QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE User LIKE 'cutover\\_mig\\_%'"), &ok);
    return ok ? n.toInt() : -1;
}

/** The number of replication connections configured on a server. */
inline int replicationLinks(const MysqlEndpoint &endpoint)
{
    MysqlConnection c;
    if (!c.open(endpoint))
        return -1;
    QList<MysqlConnection::Row> rows;
    if (!c.query(QStringLiteral("SHOW ALL SLAVES STATUS"), &rows))
        return -1;
    return int(rows.size());
}

/**
 * @brief An application writing to the source as fast as a small web application would (a few
 * hundred small transactions a second): inserts actors and updates customers' e-mail addresses,
 * recording every acknowledged write. Once the source refuses writes it keeps trying the source
 * (a success there would be a write lost by the cutover) until told the target took over, then
 * records the first write the target accepts (in a transaction it rolls back, so the target stays
 * equal to the source for the checks that follow).
 */
class LoadWriter
{
public:
    LoadWriter(MysqlEndpoint source, MysqlEndpoint target)
        : m_source(std::move(source))
        , m_target(std::move(target))
    { }
    ~LoadWriter() { stop(); }

    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    /** The target holds the data now: the application may switch to it. */
    void switchToTarget() { m_targetReady = true; }
    bool finished() const { return m_finished; }

    // Results (read after stop()).
    QList<qint64> insertedActors; ///< acknowledged by the source
    QHash<int, QString> lastEmail; ///< customer id → last acknowledged e-mail
    std::atomic<qint64> acknowledged { 0 };
    qint64 refusedAttempts = 0;
    qint64 acknowledgedAfterRefusal = 0; ///< must stay 0: such a write would be lost
    qint64 firstRefusedMs = -1;
    qint64 firstTargetWriteMs = -1;
    qint64 startedMs = 0;
    QString lastError;

private:
    void loop()
    {
        startedMs = nowMs();
        MysqlConnection source;
        qint64 n = 0;
        while (!m_stop) {
            if (m_targetReady && firstRefusedMs >= 0) {
                if (writeTarget()) {
                    m_finished = true;
                    return;
                }
                continue;
            }
            if (!source.isOpen() && !source.open(m_source)) {
                lastError = source.errorDetails();
                std::this_thread::sleep_for(std::chrono::milliseconds(20)); // reconnect pacing
                continue;
            }
            ++n;
            const int customer = int(n % 599) + 1;
            const QString email = QStringLiteral("w%1@load.example").arg(n);
            const bool insert = n % 2 == 0;
            const bool ok = insert
                ? source.exec(
                    QStringLiteral("INSERT INTO sakila.actor (first_name, last_name) VALUES ('LOAD', 'W%1')")
                        .arg(n))
                : source.exec(QStringLiteral("UPDATE sakila.customer SET email = '%1' WHERE customer_id = %2")
                                  .arg(email)
                                  .arg(customer));
            if (ok) {
                if (firstRefusedMs >= 0)
                    ++acknowledgedAfterRefusal;
                ++acknowledged;
                if (insert)
                    insertedActors.append(
                        source.scalar(QStringLiteral("SELECT LAST_INSERT_ID()")).toLongLong());
                else
                    lastEmail.insert(customer, email);
            } else if (source.errorNumber() == 1290 || source.errorNumber() == 1836) {
                // ER_OPTION_PREVENTS_STATEMENT (read_only): the source is in maintenance.
                if (firstRefusedMs < 0)
                    firstRefusedMs = nowMs();
                ++refusedAttempts;
            } else {
                lastError = source.errorDetails();
                source.close();
            }
            // Pacing of the load (about 200 writes a second), not synchronisation.
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    bool writeTarget()
    {
        MysqlConnection target;
        if (target.open(m_target) && target.exec(QStringLiteral("START TRANSACTION"))
            && target.exec(
                QStringLiteral("UPDATE sakila.customer SET last_update = NOW() WHERE customer_id = 1"))) {
            firstTargetWriteMs = nowMs();
            target.exec(QStringLiteral("ROLLBACK"));
            return true;
        }
        lastError = target.errorDetails();
        std::this_thread::sleep_for(std::chrono::milliseconds(5)); // retry pacing
        return false;
    }

    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
    std::atomic<bool> m_targetReady { false };
    std::atomic<bool> m_finished { false };
};

} // namespace cutover::test
