// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficLogsOperation against a real sandbox source: key authorised and revoked on every path
// (success, failure, cancellation, rollback), copy verified, resumed mid-file from the journal
// position. Address: 127.0.92.1.
#include "api/applianceclient.h"
#include "common/cancellationtoken.h"
#include "common/progresssink.h"
#include "operations/applianceconnections.h"
#include "operations/operationcontext.h"
#include "operations/trafficlogsoperation.h"
#include "sandboxappliance.h"
#include "sftp/sshkeypair.h"
#include "sftptestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::sftp;

namespace {
const QString kAddress = QStringLiteral("127.0.92.1");

QString figure(const ReportNode &node, const QString &label)
{
    for (const auto &f : node.figures)
        if (f.first == label)
            return f.second;
    return {};
}
} // namespace

class TstTrafficLogsOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void stagingDestinationWithoutTarget();
    void copiesVerifiesAndRevokes();
    void resumesMidFileAfterCancel();
    void failureRevokesTheKey();
    void rollbackRevokesARecordedKey();

private:
    std::shared_ptr<ApplianceConnections> connections();
    int auditCount(const QString &action);

    std::unique_ptr<SandboxAppliance> m_sandbox;
};

void TstTrafficLogsOperation::initTestCase()
{
    qunsetenv("CUTOVER_TARGET_TRAFFIC_LOG_DIR");
    m_sandbox = std::make_unique<SandboxAppliance>(QStringLiteral("sftp-op"), kAddress);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(addAwkwardFiles(m_sandbox->info().trafficLogDir));
}

void TstTrafficLogsOperation::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstTrafficLogsOperation::cleanupTestCase()
{
    m_sandbox.reset();
}

std::shared_ptr<ApplianceConnections> TstTrafficLogsOperation::connections()
{
    auto c = std::make_shared<ApplianceConnections>();
    c->source().address = kAddress;
    c->source().fingerprint = m_sandbox->info().tlsSha256;
    c->source().password = m_sandbox->info().adminPassword.toUtf8();
    const Result r = ApplianceConnections::connect(c->source());
    if (!r)
        qWarning() << r.code() << r.message();
    return c;
}

int TstTrafficLogsOperation::auditCount(const QString &action)
{
    ApplianceClient client(kAddress);
    client.setPinnedFingerprint(m_sandbox->info().tlsSha256);
    if (!client.login(QStringLiteral("admin"), m_sandbox->info().adminPassword.toUtf8()))
        return -1;
    const auto entries = client.audit();
    if (!entries)
        return -1;
    return int(std::count_if(entries.value().begin(), entries.value().end(),
        [&](const AuditEntry &e) { return e.action == action; }));
}

void TstTrafficLogsOperation::stagingDestinationWithoutTarget()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    qputenv("CUTOVER_DATA_DIR", data.path().toUtf8());
    auto c = connections();
    TrafficLogsOperation staged(c, {});
    QVERIFY(staged.isStaging());
    QVERIFY(staged.destinationDirectory().startsWith(data.path() + QStringLiteral("/traffic-logs/")));
    QVERIFY(staged.destinationDirectory().endsWith(c->source().info.machineId));
    QVERIFY(staged.description().contains(staged.destinationDirectory()));
    QCOMPARE(staged.id(), QStringLiteral("copy-traffic-logs"));
    qputenv("CUTOVER_TARGET_TRAFFIC_LOG_DIR", "/srv/logs");
    QVERIFY(!staged.isStaging());
    QCOMPARE(staged.destinationDirectory(), QStringLiteral("/srv/logs"));
    qunsetenv("CUTOVER_TARGET_TRAFFIC_LOG_DIR");
    TrafficLogsOperation direct(c, {}, QStringLiteral("/x/y"));
    QVERIFY(!direct.isStaging());
    QCOMPARE(direct.destinationDirectory(), QStringLiteral("/x/y"));
    qunsetenv("CUTOVER_DATA_DIR");
}

void TstTrafficLogsOperation::copiesVerifiesAndRevokes()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const int authorisedBefore = auditCount(QStringLiteral("migration.ssh_key.authorize"));
    const int revokedBefore = auditCount(QStringLiteral("migration.ssh_key.revoke"));

    QList<Progress> samples;
    ProgressSink sink([&](const Progress &p) { samples.append(p); }, 0);
    CancellationToken token;
    QJsonObject saved;
    OperationContext context(sink, token, {}, [&](const QJsonObject &p) { saved = p; });
    TrafficLogsOperation operation(connections(), {}, target.path());
    const Result r = operation.run(context);
    QVERIFY2(r, qPrintable(r.code() + QLatin1Char(' ') + r.message() + QLatin1Char(' ') + r.details()));

    const QString diff = compareDirectories(m_sandbox->info().trafficLogDir, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const int files = int(regularFiles(target.path()).size());
    QCOMPARE(saved.value(QStringLiteral("files")).toObject().size(), files);
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
    QVERIFY(migrationKeys(m_sandbox->info().stateDir).isEmpty());
    QCOMPARE(auditCount(QStringLiteral("migration.ssh_key.authorize")), authorisedBefore + 1);
    QCOMPARE(auditCount(QStringLiteral("migration.ssh_key.revoke")), revokedBefore + 1);

    QVERIFY(!samples.isEmpty());
    qint64 last = -1;
    for (const auto &p : samples) {
        QVERIFY(p.bytesDone >= last);
        last = p.bytesDone;
    }
    QCOMPARE(samples.last().bytesDone, samples.last().bytesTotal);
    QCOMPARE(samples.last().unitsDone, qint64(files));
    const ReportNode node = context.reportNode();
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files copied / already there")),
        QStringLiteral("%1 / 0").arg(files));
    QCOMPARE(figure(node, QStringLiteral("Traffic logs stored in")), target.path());
    QCOMPARE(node.checks.size(), 2);
}

void TstTrafficLogsOperation::resumesMidFileAfterCancel()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const qint64 bigSize = QFileInfo(m_sandbox->info().trafficLogDir + QStringLiteral("/zz-big.log")).size();
    auto c = connections();
    QJsonObject saved;

    {
        CancellationToken token;
        ProgressSink sink(
            [&](const Progress &p) {
                if (p.bytesTotal > 0 && p.bytesDone >= p.bytesTotal - bigSize / 2)
                    token.cancel();
            },
            0);
        OperationContext context(sink, token, {}, [&](const QJsonObject &p) { saved = p; });
        TrafficLogsOperation operation(c, {}, target.path());
        const Result r = operation.run(context);
        QVERIFY2(r.isCancelled(), qPrintable(r.code() + QLatin1Char(' ') + r.message()));
        // Revoked on cancellation too, although the client was told to cancel.
        QVERIFY(migrationKeys(m_sandbox->info().stateDir).isEmpty());
        QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
    }
    const qint64 offset
        = saved.value(QStringLiteral("partial")).toObject().value(QStringLiteral("zz-big.log")).toInteger();
    QVERIFY2(offset > 0 && offset < bigSize, qPrintable(QString::number(offset)));
    QCOMPARE(saved.value(QStringLiteral("partialSha256"))
                 .toObject()
                 .value(QStringLiteral("zz-big.log"))
                 .toString()
                 .size(),
        64);
    const int finishedBefore = int(saved.value(QStringLiteral("files")).toObject().size());
    const int files = int(regularFiles(m_sandbox->info().trafficLogDir).size());
    QCOMPARE(finishedBefore, files - 1);

    // A new process would rebuild everything from the journal: a new operation, the saved position.
    CancellationToken token;
    qint64 firstBytes = -1;
    ProgressSink sink(
        [&](const Progress &p) {
            if (firstBytes < 0 && p.status.contains(QLatin1String("zz-big.log")))
                firstBytes = p.bytesDone;
        },
        0);
    OperationContext context(sink, token, saved, [&](const QJsonObject &p) { saved = p; });
    context.setResumed(true);
    TrafficLogsOperation operation(connections(), {}, target.path());
    const Result r = operation.run(context);
    QVERIFY2(r, qPrintable(r.code() + QLatin1Char(' ') + r.message() + QLatin1Char(' ') + r.details()));
    const QString diff = compareDirectories(m_sandbox->info().trafficLogDir, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const ReportNode node = context.reportNode();
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files copied / already there")),
        QStringLiteral("1 / %1").arg(files - 1));
    // Continued, not restarted: the big file's first sample already counts the part copied before.
    QCOMPARE(firstBytes, sink.current().bytesTotal - bigSize + offset);
    QVERIFY(saved.value(QStringLiteral("partial")).toObject().isEmpty());
    QVERIFY(saved.value(QStringLiteral("partialSha256")).toObject().isEmpty());
    QVERIFY(migrationKeys(m_sandbox->info().stateDir).isEmpty());
}

void TstTrafficLogsOperation::failureRevokesTheKey()
{
    QTemporaryFile notADirectory;
    QVERIFY(notADirectory.open());
    ProgressSink sink;
    CancellationToken token;
    QJsonObject saved;
    OperationContext context(sink, token, {}, [&](const QJsonObject &p) { saved = p; });
    TrafficLogsOperation operation(connections(), {}, notADirectory.fileName() + QStringLiteral("/logs"));
    const Result r = operation.run(context);
    QCOMPARE(r.code(), QStringLiteral("sftp.local_write"));
    QVERIFY(migrationKeys(m_sandbox->info().stateDir).isEmpty());
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
}

void TstTrafficLogsOperation::rollbackRevokesARecordedKey()
{
    // As if a run was killed after the appliance authorised its key.
    auto c = connections();
    SshKeyPair key;
    QVERIFY(SshKeyPair::generate(&key));
    QVERIFY(c->source().client->authoriseSshKey(key.publicKeyLine()));
    QCOMPARE(migrationKeys(m_sandbox->info().stateDir).size(), 1);

    ProgressSink sink;
    CancellationToken token;
    QJsonObject saved;
    const QJsonObject position { { QStringLiteral("sshPublicKeys"), QJsonArray { key.publicKeyLine() } } };
    OperationContext context(sink, token, position, [&](const QJsonObject &p) { saved = p; });
    TrafficLogsOperation operation(c, {}, QStringLiteral("/nonexistent"));
    QVERIFY(operation.canRollback());
    const Result r = operation.rollback(context);
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(migrationKeys(m_sandbox->info().stateDir).isEmpty());
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TstTrafficLogsOperation)
#include "tst_trafficlogsoperation.moc"
