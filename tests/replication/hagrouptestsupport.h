// SPDX-License-Identifier: GPL-3.0-or-later
// What the two HA group tests (tst_ha, tst_ha_circular) share: the master's writer and small
// readers of the group's state.
#pragma once

#include "common/cancellationtoken.h"
#include "common/progresssink.h"
#include "journal/journal.h"
#include "mysql/mysqlconnection.h"
#include "operations/hagroup.h"
#include "operations/operationcontext.h"
#include "operations/operationfactory.h"
#include "plan/planbuilder.h"
#include "preflight/preflight.h"
#include "replicationtestsupport.h"
#include "runner/runner.h"
#include "sandboxappliance.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace cutover::test::ha {

using namespace cutover;
using namespace cutover::test;

/** Inserts rows on the master as an application would, recording every acknowledged id. */
class MasterWriter
{
public:
    explicit MasterWriter(MysqlEndpoint endpoint)
        : m_endpoint(std::move(endpoint))
    { }
    ~MasterWriter() { stop(); }
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
    std::atomic<qint64> acknowledged { 0 };
    std::atomic<qint64> refused { 0 };
    QList<qint64> ids; ///< read after stop()
    QString lastError;

private:
    void loop()
    {
        MysqlConnection c;
        while (!m_stop) {
            if (!c.isOpen() && !c.open(m_endpoint)) {
                ++refused;
                lastError = c.errorDetails();
                std::this_thread::sleep_for(std::chrono::milliseconds(20)); // pacing the load, not a sync
                continue;
            }
            if (!c.exec(
                    QStringLiteral("INSERT INTO sakila.ha_probe (note) VALUES ('written during the run')"))) {
                ++refused;
                lastError = c.errorDetails();
                c.close();
                continue;
            }
            bool ok = false;
            const qint64 id = c.scalar(QStringLiteral("SELECT LAST_INSERT_ID()"), &ok).toLongLong();
            if (ok) {
                ids.append(id);
                ++acknowledged;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10)); // ~100 writes a second
        }
    }
    MysqlEndpoint m_endpoint;
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

QByteArray scalar(const MysqlEndpoint &e, const QString &sql)
{
    MysqlConnection c;
    if (!c.open(e))
        return QByteArrayLiteral("<no connection>");
    bool ok = false;
    const QByteArray v = c.scalar(sql, &ok);
    return ok ? v : QByteArrayLiteral("<error>");
}

int countAccounts(const MysqlEndpoint &e, const char *prefix)
{
    return scalar(
        e, QStringLiteral("SELECT COUNT(*) FROM mysql.user WHERE User LIKE '%1%'").arg(QLatin1String(prefix)))
        .toInt();
}

HaInfo haOf(const SandboxInfo &info, const QString &fingerprint = {})
{
    ApplianceConnections::Side side;
    side.address = info.address;
    side.fingerprint = fingerprint.isEmpty() ? info.tlsSha256 : fingerprint;
    side.password = info.adminPassword.toUtf8();
    if (!ApplianceConnections::connect(side))
        return {};
    auto ha = side.client->ha();
    return ha ? ha.value() : HaInfo {};
}

} // namespace cutover::test::ha
