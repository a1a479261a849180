// SPDX-License-Identifier: GPL-3.0-or-later
// The expected downtime of each mode, from the plan alone (no sandbox).
#include "plan/planbuilder.h"
#include "replication/downtimeestimate.h"

#include <QTest>

using namespace cutover;

class TstDowntimeEstimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lowDowntimeDoesNotGrowWithData();
    void offlineGrowsWithData();
    void rehearsalHasNone();
    void highAvailabilityHasNone();
    void lowDowntimeStepsBeforeThePointOfNoReturn();
};

namespace {

MigrationPlan plan(MigrationOptions::Mode mode, bool rehearsal = false)
{
    MigrationOptions o;
    o.mode = mode;
    o.rehearsal = rehearsal;
    o.catchUpTimeoutSeconds = 45;
    return PlanBuilder::build(SourceRole::Standalone, o);
}

constexpr qint64 kGiB = 1024ll * 1024 * 1024;

} // namespace

void TstDowntimeEstimate::lowDowntimeDoesNotGrowWithData()
{
    const auto small = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::LowDowntime), kGiB / 100);
    const auto large = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::LowDowntime), 100 * kGiB);
    QVERIFY(small.lowDowntime);
    QVERIFY(!small.dependsOnDataSize);
    QCOMPARE(small.seconds, large.seconds);
    QVERIFY(small.seconds > 0);
    QVERIFY(small.seconds < 30);
    // The worst case is the catch-up running into its timeout.
    QCOMPARE(small.worstCaseSeconds - small.seconds, 45 - DowntimeEstimate::kCatchUpSeconds);
    QVERIFY(small.summary().contains(QLatin1String("45")));
}

void TstDowntimeEstimate::offlineGrowsWithData()
{
    const auto small = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::Offline), kGiB / 100);
    const auto large
        = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::Offline), 100 * kGiB, 100.0 * 1024 * 1024);
    QVERIFY(!small.lowDowntime);
    QVERIFY(small.dependsOnDataSize);
    QVERIFY(large.seconds >= 1024); // 100 GiB at 100 MiB/s
    QVERIFY(large.seconds > small.seconds);
    QCOMPARE(large.worstCaseSeconds, large.seconds);
    const auto low = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::LowDowntime), 100 * kGiB);
    QVERIFY(low.seconds < large.seconds);
}

void TstDowntimeEstimate::highAvailabilityHasNone()
{
    const auto e
        = DowntimeEstimate::forPlan(PlanBuilder::build(SourceRole::HaReplica, MigrationOptions {}), 1 << 30);
    QVERIFY(e.highAvailability);
    QCOMPARE(e.seconds, 0);
    QVERIFY(!e.dependsOnDataSize);
    QVERIFY(e.summary().contains(QLatin1String("other nodes")));
}

void TstDowntimeEstimate::rehearsalHasNone()
{
    const auto e = DowntimeEstimate::forPlan(plan(MigrationOptions::Mode::LowDowntime, true), kGiB);
    QCOMPARE(e.seconds, qint64(0));
    QVERIFY(!e.summary().isEmpty());
}

void TstDowntimeEstimate::lowDowntimeStepsBeforeThePointOfNoReturn()
{
    const auto p = plan(MigrationOptions::Mode::LowDowntime);
    QVERIFY(!p.contains(OperationKind::CopyData));
    const auto bulk = p.indexOf(OperationKind::BulkCopyData);
    const auto maintenance = p.indexOf(OperationKind::EnterMaintenance);
    const auto catchUp = p.indexOf(OperationKind::CatchUpData);
    QVERIFY(bulk >= 0 && bulk < maintenance && maintenance < catchUp);
    // A failed catch-up backs out (the source leaves maintenance): it must lie before the point of no return.
    QVERIFY(p.isReversible(catchUp));
    QCOMPARE(p.pointOfNoReturn(), catchUp + 1);
    // The catch-up timeout travels with the plan into the journal.
    MigrationPlan copy;
    QVERIFY(MigrationPlan::fromJson(p.toJson(), &copy));
    QCOMPARE(copy.options().catchUpTimeoutSeconds, 45);
}

QTEST_GUILESS_MAIN(TstDowntimeEstimate)
#include "tst_downtimeestimate.moc"
