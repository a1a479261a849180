// SPDX-License-Identifier: GPL-3.0-or-later
//
// The physical copy (issue 9) between two real sandbox appliances, low-downtime mode, under a
// write load: mariadb-backup streamed from the source's applianced to the target's, swapped in,
// the replication link from the backup's position, the same catch-up and verification, then the
// commit. Addresses: 127.0.186.x (sakila), 127.0.187.x (sakila + the generated data set).
#include "operations/operationfactory.h"
#include "operations/physicalcopyoperation.h"
#include "physicaltestsupport.h"
#include "plan/copypath.h"
#include "plan/planbuilder.h"
#include "runner/runner.h"

#include <QSignalSpy>
#include <QTest>

using namespace cutover;
using namespace cutover::test;

namespace {

/** After the data step: no link and no temporary account of the data steps on either side. */
class NoLeftoversProbe : public Operation
{
public:
    NoLeftoversProbe(MysqlEndpoint sourceRoot, MysqlEndpoint targetRoot)
        : m_source(std::move(sourceRoot))
        , m_target(std::move(targetRoot))
    { }
    QString id() const override { return QStringLiteral("test-no-leftovers"); }
    QString title() const override { return QStringLiteral("No leftovers"); }
    QString description() const override { return title(); }
    Result run(OperationContext &) override
    {
        const int links = replicationLinks(m_target);
        const int sourceAccounts = migrationAccounts(m_source);
        const int targetAccounts = migrationAccounts(m_target);
        if (links != 0 || sourceAccounts != 0 || targetAccounts != 0)
            return Result::error(QStringLiteral("test.leftovers"),
                QStringLiteral("links %1, accounts on the source %2, on the target %3")
                    .arg(links)
                    .arg(sourceAccounts)
                    .arg(targetAccounts));
        return Result::ok();
    }

private:
    MysqlEndpoint m_source;
    MysqlEndpoint m_target;
};

} // namespace

class TstPhysicalCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lowDowntimeUnderLoad_data();
    void lowDowntimeUnderLoad();
};

void TstPhysicalCopy::initTestCase()
{
    QVERIFY2(!SandboxAppliance::sandboxBinary().isEmpty(), "CUTOVER_SANDBOX is not set");
}

void TstPhysicalCopy::lowDowntimeUnderLoad_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("net");
    QTest::addColumn<bool>("generated");
    QTest::newRow("sakila") << QStringLiteral("phys-sak") << QStringLiteral("127.0.186") << false;
    QTest::newRow("generated") << QStringLiteral("phys-gen") << QStringLiteral("127.0.187") << true;
}

void TstPhysicalCopy::lowDowntimeUnderLoad()
{
    QFETCH(QString, prefix);
    QFETCH(QString, net);
    QFETCH(bool, generated);
    SandboxAppliance source(prefix + QStringLiteral("-src"), net + QStringLiteral(".1"));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    SandboxAppliance target(prefix + QStringLiteral("-tgt"), net + QStringLiteral(".2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    QStringList schemas { QStringLiteral("sakila") };
    if (generated) {
        QVERIFY2(rootExec(source.info(), generatedDataSet(), &error), qPrintable(error));
        schemas << QStringLiteral("gen");
    }
    auto connections = connectBoth(source.info(), target.info());
    QVERIFY(connections);

    MigrationOptions options;
    options.mode = MigrationOptions::Mode::LowDowntime;
    const CopyPathChoice choice = CopyPath::choose(
        SourceRole::Standalone, options, connections->source().info, connections->target().info);
    QVERIFY2(choice.isPhysical(), qPrintable(choice.explanation()));
    QVERIFY(choice.explanation().contains(QLatin1String("Physical copy")));
    const MigrationPlan plan = PlanBuilder::build(SourceRole::Standalone, options, choice);
    const qsizetype physical = plan.indexOf(OperationKind::PhysicalCopyData);
    const qsizetype maintenance = plan.indexOf(OperationKind::EnterMaintenance);
    const qsizetype dataStep = plan.indexOf(OperationKind::CatchUpData);
    QVERIFY(physical >= 0 && physical < maintenance && maintenance < dataStep);
    QVERIFY(!plan.contains(OperationKind::BulkCopyData));
    QVERIFY(plan.isReversible(dataStep));

    LoadWriter writer(
        appEndpoint(source.info(), source.info().address), appEndpoint(source.info(), target.info().address));
    writer.start();

    auto operations = OperationFactory::createAll(plan, connections);
    // Renewing the certificate and restarting the services are the other suites' business (and
    // restart the target's listeners): left out here, so this test is about the data alone.
    const qsizetype certificates = plan.indexOf(OperationKind::UpdateCertificates);
    QCOMPARE(plan.indexOf(OperationKind::RestartServices), certificates + 1);
    operations.erase(operations.begin() + certificates, operations.begin() + certificates + 2);
    operations.insert(operations.begin() + dataStep + 1,
        std::make_shared<NoLeftoversProbe>(rootEndpoint(source.info()), rootEndpoint(target.info())));
    Runner runner(std::move(operations), plan.pointOfNoReturn() + 1);
    runner.setWorkerCleanup([connections] { connections->disconnectAll(); });
    QList<OperationProgress> copyProgress;
    connect(&runner, &Runner::operationStateChanged, this, [&](int index, OperationState state) {
        if (index == dataStep && state == OperationState::Done)
            writer.switchToTarget();
    });
    connect(&runner, &Runner::operationProgressChanged, this, [&](int index, const OperationProgress &p) {
        if (index == physical)
            copyProgress.append(p);
    });
    QSignalSpy finished(&runner, &Runner::finished);
    QTRY_VERIFY_WITH_TIMEOUT(writer.acknowledged > 50, 10000);
    const qint64 started = nowMs();
    runner.start();
    QVERIFY(finished.wait(170000));
    const qint64 totalMs = nowMs() - started;
    QTRY_VERIFY_WITH_TIMEOUT(writer.finished(), 20000);
    writer.stop();
    const auto outcome = finished.first().at(0).value<Runner::Outcome>();
    const auto result = finished.first().at(1).value<Result>();
    QVERIFY2(outcome == Runner::Outcome::Succeeded,
        qPrintable(
            result.code() + QLatin1Char(' ') + result.message() + QLatin1Char(' ') + result.details()));

    // The copy reported bytes, and its bar never went backwards.
    QVERIFY(!copyProgress.isEmpty());
    bool sawBytes = false;
    for (qsizetype i = 0; i < copyProgress.size(); ++i) {
        if (copyProgress.at(i).raw.bytesTotal > 0)
            sawBytes = true;
        if (i > 0)
            QVERIFY(copyProgress.at(i).fraction >= copyProgress.at(i - 1).fraction);
    }
    QVERIFY(sawBytes);

    // Zero lost writes: nothing acknowledged after the source refused, every acknowledged write
    // on the target.
    QVERIFY2(writer.firstRefusedMs > 0, qPrintable(writer.lastError));
    QCOMPARE(writer.acknowledgedAfterRefusal, 0);
    QVERIFY(writer.acknowledged >= 50);
    MysqlConnection t;
    QVERIFY2(t.open(rootEndpoint(target.info())), qPrintable(t.errorDetails()));
    QStringList ids;
    for (auto id : writer.insertedActors)
        ids.append(QString::number(id));
    bool ok = false;
    const auto found = t.scalar(QStringLiteral("SELECT COUNT(*) FROM sakila.actor WHERE actor_id IN (%1)")
                                    .arg(ids.join(QLatin1Char(','))),
        &ok);
    QVERIFY2(ok, qPrintable(t.errorDetails()));
    QCOMPARE(found.toLongLong(), qint64(writer.insertedActors.size()));
    for (auto it = writer.lastEmail.cbegin(); it != writer.lastEmail.cend(); ++it) {
        const auto email = t.scalar(
            QStringLiteral("SELECT email FROM sakila.customer WHERE customer_id = %1").arg(it.key()));
        QCOMPARE(QString::fromUtf8(email), it.value());
    }
    // Every checksum equal.
    for (const QString &schema : schemas) {
        const auto sourceSums = checksums(rootEndpoint(source.info()), schema);
        const auto targetSums = checksums(rootEndpoint(target.info()), schema);
        QVERIFY(!sourceSums.isEmpty());
        QCOMPARE(targetSums, sourceSums);
    }
    if (generated) {
        // Objects came with the files: the trigger fires on the target.
        QVERIFY(t.exec(QStringLiteral("INSERT INTO gen.items (id, n) VALUES (999999, 1)")));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT COUNT(*) FROM gen.audit WHERE item = 999999")), QByteArray("1"));
        QVERIFY(t.exec(QStringLiteral("CALL gen.touch(999999)")));
    }
    // The target's own root account works (it is how this test logged in), the link and every
    // temporary account are gone, and the verified copy was committed: no previous datadir kept.
    QCOMPARE(replicationLinks(rootEndpoint(target.info())), 0);
    QCOMPARE(migrationAccounts(rootEndpoint(source.info())), 0);
    auto client = loggedIn(target.info());
    QVERIFY(client);
    auto status = PhysicalRestoreClient::status(*client);
    QVERIFY(status);
    QCOMPARE(status.value().state, QStringLiteral("committed"));
    QVERIFY(!status.value().previousDatadirKept);
    qInfo().noquote() << QStringLiteral(
        "%1: physical low-downtime run %2 ms, %3 writes acknowledged, %4 refused")
                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                             .arg(totalMs)
                             .arg(writer.acknowledged.load())
                             .arg(writer.refusedAttempts);
}

QTEST_GUILESS_MAIN(TstPhysicalCopy)
#include "tst_physicalcopy.moc"
