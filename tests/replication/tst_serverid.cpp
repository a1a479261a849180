// SPDX-License-Identifier: GPL-3.0-or-later
// Equal database server IDs on source and target rule out the low-downtime mode (no sandbox:
// the sandbox derives distinct IDs from the addresses).
#include "preflight/compatibilitycheck.h"

#include <QTest>

using namespace cutover;

class TstServerId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalIdsWarnAndForceOffline();
    void distinctOrUnknownIdsPass();
    void noEntryWithoutBinlog();
};

namespace {

CompatibilityCheck::Input input(qint64 sourceId, qint64 targetId, bool binlog = true)
{
    CompatibilityCheck::Input in;
    in.source.database.flavor = in.target.database.flavor = QStringLiteral("MariaDB");
    in.source.database.version = in.target.database.version = QStringLiteral("10.11.6-MariaDB-0+deb12u1");
    in.source.database.binlog = binlog;
    in.source.database.serverId = sourceId;
    in.target.database.serverId = targetId;
    in.lowDowntime = true;
    return in;
}

const RequirementEntry *find(const RequirementList &list, const QString &id)
{
    for (const auto &e : list)
        if (e.id == id)
            return &e;
    return nullptr;
}

} // namespace

void TstServerId::equalIdsWarnAndForceOffline()
{
    const auto list = CompatibilityCheck::evaluate(input(7, 7));
    const auto *e = find(list, QStringLiteral("compat.serverid"));
    QVERIFY(e);
    QVERIFY(e->warns());
    QVERIFY(!e->blocks());
    QVERIFY(e->details.value(QLatin1String("forcesOffline")).toBool());
    QVERIFY2(e->reasonText().contains(QLatin1String("same server ID (7)")), qPrintable(e->reasonText()));
    QVERIFY(e->reasonText().contains(QLatin1String("offline")));
    QVERIFY(!e->remedy().isEmpty());
    QVERIFY(!CompatibilityCheck::distinctServerIds(7, 7));
}

void TstServerId::distinctOrUnknownIdsPass()
{
    for (const auto &[s, t] : { std::pair<qint64, qint64> { 1, 2 }, { 0, 2 }, { 3, 0 } }) {
        const auto list = CompatibilityCheck::evaluate(input(s, t));
        const auto *e = find(list, QStringLiteral("compat.serverid"));
        QVERIFY(e);
        QVERIFY(e->satisfied);
        QVERIFY(!e->details.value(QLatin1String("forcesOffline")).toBool());
        QVERIFY(CompatibilityCheck::distinctServerIds(s, t));
    }
}

void TstServerId::noEntryWithoutBinlog()
{
    // Without the binary log the run is offline anyway; compat.binlog already says so.
    QVERIFY(!find(CompatibilityCheck::evaluate(input(7, 7, false)), QStringLiteral("compat.serverid")));
}

QTEST_GUILESS_MAIN(TstServerId)
#include "tst_serverid.moc"
