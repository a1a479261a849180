// SPDX-License-Identifier: GPL-3.0-or-later
// The plan for every combination of source role and options, against the manual's Step 6 order.
#include "plan/planbuilder.h"

#include <QJsonArray>
#include <QTest>

using namespace cutover;

class TestPlanBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }
    void offlinePlan_data();
    void offlinePlan();
    void rehearsalPlan_data();
    void rehearsalPlan();
    void lowDowntimePlan_data();
    void lowDowntimePlan();
    void pointOfNoReturn_data();
    void pointOfNoReturn();
    void jsonRoundTrip();
    void rejectsUnknownIds();
};

namespace {

MigrationOptions makeOptions(bool swap, bool license, bool logs)
{
    MigrationOptions o;
    o.swapConfiguration = swap;
    o.migrateLicense = license;
    o.copyTrafficLogs = logs;
    return o;
}

// Builds the expected list from the manual's wording, independently of PlanBuilder's code.
QStringList expectedOffline(bool ha, bool swap, bool license, bool logs)
{
    QStringList s;
    s << QStringLiteral("copy-system-settings");
    if (ha)
        s << QStringLiteral("remove-round-robin-hosts");
    s << QStringLiteral("enter-maintenance");
    // HA: the target joins the group in the source's place while a failure can still be
    // undone, so the activation comes before the point of no return.
    if (ha)
        s << QStringLiteral("deactivate-replica") << QStringLiteral("copy-data-activate-replica");
    else
        s << QStringLiteral("copy-data");
    s << QStringLiteral("modify-source-configuration");
    if (license)
        s << QStringLiteral("migrate-license");
    if (swap)
        s << QStringLiteral("reboot-both");
    s << QStringLiteral("update-certificates") << QStringLiteral("restart-services");
    if (logs)
        s << QStringLiteral("copy-traffic-logs");
    s << QStringLiteral("final-operations") << QStringLiteral("verify");
    return s;
}

void addCombinations()
{
    QTest::addColumn<SourceRole>("role");
    QTest::addColumn<bool>("swap");
    QTest::addColumn<bool>("license");
    QTest::addColumn<bool>("logs");
    for (auto role : { SourceRole::Standalone, SourceRole::HaMaster, SourceRole::HaReplica }) {
        for (int bits = 0; bits < 8; ++bits) {
            const bool swap = bits & 1, license = bits & 2, logs = bits & 4;
            const QByteArray name = sourceRoleId(role).toLatin1() + (swap ? " swap" : " noswap")
                + (license ? " license" : " nolicense") + (logs ? " logs" : " nologs");
            QTest::newRow(name.constData()) << role << swap << license << logs;
        }
    }
}

} // namespace

void TestPlanBuilder::offlinePlan_data()
{
    addCombinations();
}

void TestPlanBuilder::offlinePlan()
{
    QFETCH(SourceRole, role);
    QFETCH(bool, swap);
    QFETCH(bool, license);
    QFETCH(bool, logs);
    const auto plan = PlanBuilder::build(role, makeOptions(swap, license, logs));
    QCOMPARE(plan.ids(), expectedOffline(isHighAvailability(role), swap, license, logs));
    QCOMPARE(plan.role(), role);
    QVERIFY(!plan.options().rehearsal);
}

void TestPlanBuilder::rehearsalPlan_data()
{
    addCombinations();
}

void TestPlanBuilder::rehearsalPlan()
{
    QFETCH(SourceRole, role);
    QFETCH(bool, swap);
    QFETCH(bool, license);
    QFETCH(bool, logs);
    auto options = makeOptions(swap, license, logs);
    options.rehearsal = true;
    const auto plan = PlanBuilder::build(role, options);
    QStringList expected { QStringLiteral("copy-system-settings"), QStringLiteral("copy-data"),
        QStringLiteral("update-certificates"), QStringLiteral("restart-services") };
    if (logs)
        expected << QStringLiteral("copy-traffic-logs");
    expected << QStringLiteral("final-operations") << QStringLiteral("verify");
    QCOMPARE(plan.ids(), expected);
    // Nothing on the source changes, so everything can be backed out and nothing is irreversible.
    QCOMPARE(plan.pointOfNoReturn(), plan.size());
    for (auto forbidden : { OperationKind::EnterMaintenance, OperationKind::RemoveRoundRobinHosts,
             OperationKind::DeactivateReplica, OperationKind::ModifySourceConfiguration,
             OperationKind::MigrateLicense, OperationKind::RebootBoth,
             OperationKind::CopyDataActivateReplica }) {
        QVERIFY2(!plan.contains(forbidden), qPrintable(operationKindId(forbidden)));
    }
    QVERIFY(!plan.options().swapConfiguration);
    QVERIFY(!plan.options().migrateLicense);
    QVERIFY(plan.options().rehearsal);
}

void TestPlanBuilder::lowDowntimePlan_data()
{
    addCombinations();
}

void TestPlanBuilder::lowDowntimePlan()
{
    QFETCH(SourceRole, role);
    QFETCH(bool, swap);
    QFETCH(bool, license);
    QFETCH(bool, logs);
    auto options = makeOptions(swap, license, logs);
    options.mode = MigrationOptions::Mode::LowDowntime;
    const auto plan = PlanBuilder::build(role, options);
    const bool ha = isHighAvailability(role);
    QStringList expected = expectedOffline(ha, swap, license, logs);
    if (!ha) {
        // Bulk copy before maintenance, a short catch-up where the copy used to be.
        expected.insert(1, QStringLiteral("bulk-copy-data"));
        expected[expected.indexOf(QStringLiteral("copy-data"))] = QStringLiteral("catch-up-data");
        QCOMPARE(plan.options().mode, MigrationOptions::Mode::LowDowntime);
    } else {
        // An HA source already moves its data through replication.
        QCOMPARE(plan.options().mode, MigrationOptions::Mode::Offline);
    }
    QCOMPARE(plan.ids(), expected);
}

void TestPlanBuilder::pointOfNoReturn_data()
{
    addCombinations();
}

void TestPlanBuilder::pointOfNoReturn()
{
    QFETCH(SourceRole, role);
    QFETCH(bool, swap);
    QFETCH(bool, license);
    QFETCH(bool, logs);
    const auto plan = PlanBuilder::build(role, makeOptions(swap, license, logs));
    // The first irreversible step is marking the source as migrated; the license move and the
    // swap reboot come after it, never before.
    QCOMPARE(plan.pointOfNoReturn(), plan.indexOf(OperationKind::ModifySourceConfiguration));
    QVERIFY(plan.isReversible(plan.indexOf(OperationKind::EnterMaintenance)));
    if (license)
        QVERIFY(!plan.isReversible(plan.indexOf(OperationKind::MigrateLicense)));
    if (swap)
        QVERIFY(!plan.isReversible(plan.indexOf(OperationKind::RebootBoth)));
    QCOMPARE(plan.at(plan.size() - 1), OperationKind::Verify);
}

void TestPlanBuilder::jsonRoundTrip()
{
    auto options = makeOptions(true, true, true);
    const auto plan = PlanBuilder::build(SourceRole::HaMaster, options);
    MigrationPlan copy;
    QString error;
    QVERIFY2(MigrationPlan::fromJson(plan.toJson(), &copy, &error), qPrintable(error));
    QCOMPARE(copy, plan);
    for (auto kind : allOperationKinds()) {
        OperationKind parsed;
        QVERIFY(operationKindFromId(operationKindId(kind), &parsed));
        QCOMPARE(parsed, kind);
        QVERIFY(!operationKindTitle(kind).isEmpty());
    }
}

void TestPlanBuilder::rejectsUnknownIds()
{
    auto json = PlanBuilder::build(SourceRole::Standalone, {}).toJson();
    json.insert(QStringLiteral("steps"), QJsonArray { QStringLiteral("format-disk") });
    MigrationPlan plan;
    QString error;
    QVERIFY(!MigrationPlan::fromJson(json, &plan, &error));
    QVERIFY(error.contains(QStringLiteral("format-disk")));
    QVERIFY(plan.isEmpty());
}

QTEST_GUILESS_MAIN(TestPlanBuilder)
#include "tst_planbuilder.moc"
