// SPDX-License-Identifier: GPL-3.0-or-later
// TrafficLogsOperation between two real sandboxes: the logs land in the target's import
// directory, verified there; both one-time keys authorised and revoked on every path (success,
// failure, cancellation, rollback); resumed mid-upload from a journal position older than the
// target's partial file (as after a kill); the write key confined to the import directory.
// Addresses: 127.0.92.1 (source), 127.0.92.2 (target).
#include "api/applianceclient.h"
#include "common/cancellationtoken.h"
#include "common/progresssink.h"
#include "operations/applianceconnections.h"
#include "operations/operationcontext.h"
#include "operations/trafficlogsoperation.h"
#include "sandboxappliance.h"
#include "sftp/sftpsession.h"
#include "sftp/sshkeypair.h"
#include "sftptestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <fcntl.h>
#include <libssh/sftp.h>
#include <memory>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::sftp;

namespace {
const QString kSource = QStringLiteral("127.0.92.1");
const QString kTarget = QStringLiteral("127.0.92.2");

QString figure(const ReportNode &node, const QString &label)
{
    for (const auto &f : node.figures)
        if (f.first == label)
            return f.second;
    return {};
}

QString describe(const Result &r)
{
    return r.code() + QLatin1Char(' ') + r.message() + QLatin1Char(' ') + r.details();
}
} // namespace

class TstTrafficLogsOperation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void stagingDirectory();
    void copiesOntoTheTargetVerifiesAndRevokes();
    void resumesMidUploadAfterAKill();
    void failureRevokesTheKeys();
    void rollbackRevokesRecordedKeys();
    void writeKeyIsConfinedToTheImportDirectory();

private:
    std::shared_ptr<ApplianceConnections> connections();
    int auditCount(const SandboxAppliance &sandbox, const QString &action);
    QString importDir() const { return m_target->info().trafficLogDir + QStringLiteral("/import"); }
    bool noKeysLeft() const
    {
        return migrationKeys(m_source->info().stateDir).isEmpty()
            && migrationKeys(m_target->info().stateDir).isEmpty();
    }

    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
};

void TstTrafficLogsOperation::initTestCase()
{
    qunsetenv("CUTOVER_TARGET_TRAFFIC_LOG_DIR");
    qunsetenv("CUTOVER_TRAFFIC_LOG_STAGING_DIR");
    SandboxAppliance::Options options;
    options.dataset = QStringLiteral("none");
    m_source = std::make_unique<SandboxAppliance>(QStringLiteral("sftp-op"), kSource, options);
    m_target = std::make_unique<SandboxAppliance>(QStringLiteral("sftp-op-t"), kTarget, options);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    QVERIFY(addAwkwardFiles(m_source->info().trafficLogDir));
}

void TstTrafficLogsOperation::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    // Each case starts with an empty import directory on the target.
    QDir(importDir()).removeRecursively();
}

void TstTrafficLogsOperation::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
}

std::shared_ptr<ApplianceConnections> TstTrafficLogsOperation::connections()
{
    auto c = std::make_shared<ApplianceConnections>();
    c->source().address = kSource;
    c->source().fingerprint = m_source->info().tlsSha256;
    c->source().password = m_source->info().adminPassword.toUtf8();
    c->target().address = kTarget;
    c->target().fingerprint = m_target->info().tlsSha256;
    c->target().password = m_target->info().adminPassword.toUtf8();
    for (auto *side : { &c->source(), &c->target() }) {
        const Result r = ApplianceConnections::connect(*side);
        if (!r)
            qWarning() << r.code() << r.message();
    }
    return c;
}

int TstTrafficLogsOperation::auditCount(const SandboxAppliance &sandbox, const QString &action)
{
    ApplianceClient client(sandbox.info().address);
    client.setPinnedFingerprint(sandbox.info().tlsSha256);
    if (!client.login(QStringLiteral("admin"), sandbox.info().adminPassword.toUtf8()))
        return -1;
    const auto entries = client.audit();
    if (!entries)
        return -1;
    return int(std::count_if(entries.value().begin(), entries.value().end(),
        [&](const AuditEntry &e) { return e.action == action; }));
}

void TstTrafficLogsOperation::stagingDirectory()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    qputenv("CUTOVER_DATA_DIR", data.path().toUtf8());
    auto c = connections();
    TrafficLogsOperation staged(c, {});
    QVERIFY(staged.isStaging());
    QVERIFY(staged.destinationDirectory().startsWith(data.path() + QStringLiteral("/traffic-logs/")));
    QVERIFY(staged.destinationDirectory().endsWith(c->source().info.machineId));
    QVERIFY(staged.description().contains(QStringLiteral("import folder")));
    QCOMPARE(staged.id(), QStringLiteral("copy-traffic-logs"));
    qputenv("CUTOVER_TRAFFIC_LOG_STAGING_DIR", "/srv/logs");
    QVERIFY(!staged.isStaging());
    QCOMPARE(staged.destinationDirectory(), QStringLiteral("/srv/logs"));
    qunsetenv("CUTOVER_TRAFFIC_LOG_STAGING_DIR");
    TrafficLogsOperation direct(c, {}, QStringLiteral("/x/y"));
    QVERIFY(!direct.isStaging());
    QCOMPARE(direct.destinationDirectory(), QStringLiteral("/x/y"));
    qunsetenv("CUTOVER_DATA_DIR");
}

void TstTrafficLogsOperation::copiesOntoTheTargetVerifiesAndRevokes()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    qputenv("CUTOVER_DATA_DIR", data.path().toUtf8());
    const int authorisedBefore = auditCount(*m_target, QStringLiteral("migration.ssh_key.authorize"));
    const int revokedBefore = auditCount(*m_target, QStringLiteral("migration.ssh_key.revoke"));

    QList<Progress> samples;
    ProgressSink sink([&](const Progress &p) { samples.append(p); }, 0);
    CancellationToken token;
    QJsonObject saved;
    OperationContext context(sink, token, {}, [&](const QJsonObject &p) { saved = p; });
    auto c = connections();
    TrafficLogsOperation operation(c, {});
    QVERIFY(operation.isStaging());
    const QString staging = operation.destinationDirectory();
    const Result r = operation.run(context);
    qunsetenv("CUTOVER_DATA_DIR");
    QVERIFY2(r, qPrintable(describe(r)));

    // On the target, byte for byte; nothing left behind on this computer.
    const QString diff = compareDirectories(m_source->info().trafficLogDir, importDir());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!QFileInfo::exists(staging));
    const int files = int(regularFiles(importDir()).size());
    QVERIFY(files >= 3);
    QCOMPARE(saved.value(QStringLiteral("files")).toObject().size(), files);
    QCOMPARE(saved.value(QStringLiteral("uploaded")).toObject().size(), files);
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
    QVERIFY(saved.value(QStringLiteral("targetSshPublicKeys")).toArray().isEmpty());
    QVERIFY(noKeysLeft());
    QCOMPARE(auditCount(*m_target, QStringLiteral("migration.ssh_key.authorize")), authorisedBefore + 1);
    QCOMPARE(auditCount(*m_target, QStringLiteral("migration.ssh_key.revoke")), revokedBefore + 1);
    // The target's own digest of what it holds, as the operation checked it.
    const auto stored = c->target().client->importedTrafficLog(QStringLiteral("zz-big.log"));
    QVERIFY(stored);
    QCOMPARE(stored.value().sha256.toLatin1(),
        sha256Of(m_source->info().trafficLogDir + QStringLiteral("/zz-big.log")));
    QVERIFY(!c->target().client->importedTrafficLog(QStringLiteral("../appliance.conf")));

    QVERIFY(!samples.isEmpty());
    qint64 last = -1;
    for (const auto &p : samples) {
        QVERIFY(p.bytesDone >= last);
        last = p.bytesDone;
    }
    QCOMPARE(samples.last().bytesDone, samples.last().bytesTotal);
    QCOMPARE(samples.last().unitsDone, qint64(2 * files));
    const ReportNode node = context.reportNode();
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files copied / already there")),
        QStringLiteral("%1 / 0").arg(files));
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files written to the target / already there")),
        QStringLiteral("%1 / 0").arg(files));
    QCOMPARE(node.checks.size(), 2);
}

void TstTrafficLogsOperation::resumesMidUploadAfterAKill()
{
    QTemporaryDir staging;
    QVERIFY(staging.isValid());
    const QString bigSource = m_source->info().trafficLogDir + QStringLiteral("/zz-big.log");
    const qint64 bigSize = QFileInfo(bigSource).size();
    QJsonObject saved;
    QJsonObject atCheckpoint; // what a killed process would have left in the journal

    {
        CancellationToken token;
        ProgressSink sink(
            [&](const Progress &p) {
                // In the upload of the big file (sorted last): past its first checkpoint, more in flight.
                if (p.bytesTotal > 0 && p.bytesDone >= p.bytesTotal - bigSize * 3 / 5)
                    token.cancel();
            },
            0);
        OperationContext context(sink, token, {}, [&](const QJsonObject &p) {
            saved = p;
            if (atCheckpoint.isEmpty()
                && p.value(QStringLiteral("uploadPartial")).toObject().contains(QStringLiteral("zz-big.log")))
                atCheckpoint = p;
        });
        TrafficLogsOperation operation(connections(), {}, staging.path());
        operation.setCheckpointIntervalForTesting(1024 * 1024);
        const Result r = operation.run(context);
        QVERIFY2(r.isCancelled(), qPrintable(describe(r)));
        // Revoked on cancellation too, although the clients were told to cancel.
        QVERIFY(noKeysLeft());
        QVERIFY(saved.value(QStringLiteral("targetSshPublicKeys")).toArray().isEmpty());
    }
    QVERIFY(!atCheckpoint.isEmpty());
    const qint64 checkpointed = atCheckpoint.value(QStringLiteral("uploadPartial"))
                                    .toObject()
                                    .value(QStringLiteral("zz-big.log"))
                                    .toInteger();
    const qint64 onTarget = QFileInfo(importDir() + QStringLiteral("/zz-big.log.part")).size();
    QVERIFY2(checkpointed > 0 && checkpointed < onTarget && onTarget <= bigSize,
        qPrintable(QStringLiteral("%1 %2").arg(checkpointed).arg(onTarget)));
    QVERIFY(!QFileInfo::exists(importDir() + QStringLiteral("/zz-big.log")));
    const int files = int(regularFiles(m_source->info().trafficLogDir).size());
    QCOMPARE(atCheckpoint.value(QStringLiteral("uploaded")).toObject().size(), files - 1);
    // The killed process's keys are still listed: the new run revokes them first.
    atCheckpoint.insert(
        QStringLiteral("targetSshPublicKeys"), saved.value(QStringLiteral("targetSshPublicKeys")));

    // A new process rebuilds everything from the journal: a new operation, the older position.
    CancellationToken token;
    qint64 firstBytes = -1;
    ProgressSink sink(
        [&](const Progress &p) {
            if (firstBytes < 0 && p.status.contains(QLatin1String("zz-big.log"))
                && p.status.contains(QLatin1String("target")))
                firstBytes = p.bytesDone;
        },
        0);
    OperationContext context(sink, token, atCheckpoint, [&](const QJsonObject &p) { saved = p; });
    context.setResumed(true);
    TrafficLogsOperation operation(connections(), {}, staging.path());
    const Result r = operation.run(context);
    QVERIFY2(r, qPrintable(describe(r)));
    const QString diff = compareDirectories(m_source->info().trafficLogDir, importDir());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const ReportNode node = context.reportNode();
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files copied / already there")),
        QStringLiteral("0 / %1").arg(files));
    QCOMPARE(figure(node, QStringLiteral("Traffic-log files written to the target / already there")),
        QStringLiteral("1 / %1").arg(files - 1));
    // Continued from the checkpoint (not from the longer .part, not from zero).
    QCOMPARE(firstBytes, sink.current().bytesTotal - bigSize + checkpointed);
    QVERIFY(saved.value(QStringLiteral("uploadPartial")).toObject().isEmpty());
    QVERIFY(noKeysLeft());
    // A directory the caller named is kept.
    QVERIFY(QFileInfo::exists(staging.filePath(QStringLiteral("zz-big.log"))));
}

void TstTrafficLogsOperation::failureRevokesTheKeys()
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
    QVERIFY(noKeysLeft());
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
}

void TstTrafficLogsOperation::rollbackRevokesRecordedKeys()
{
    // As if a run was killed after both appliances authorised their keys.
    auto c = connections();
    SshKeyPair read, write;
    QVERIFY(SshKeyPair::generate(&read));
    QVERIFY(SshKeyPair::generate(&write));
    QVERIFY(c->source().client->authoriseSshKey(read.publicKeyLine()));
    QVERIFY(c->target().client->authoriseSshImportKey(write.publicKeyLine()));
    QCOMPARE(migrationKeys(m_source->info().stateDir).size(), 1);
    QCOMPARE(migrationKeys(m_target->info().stateDir).size(), 1);

    ProgressSink sink;
    CancellationToken token;
    QJsonObject saved;
    const QJsonObject position { { QStringLiteral("sshPublicKeys"), QJsonArray { read.publicKeyLine() } },
        { QStringLiteral("targetSshPublicKeys"), QJsonArray { write.publicKeyLine() } } };
    OperationContext context(sink, token, position, [&](const QJsonObject &p) { saved = p; });
    TrafficLogsOperation operation(c, {}, QStringLiteral("/nonexistent"));
    QVERIFY(operation.canRollback());
    const Result r = operation.rollback(context);
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(noKeysLeft());
    QVERIFY(saved.value(QStringLiteral("sshPublicKeys")).toArray().isEmpty());
    QVERIFY(saved.value(QStringLiteral("targetSshPublicKeys")).toArray().isEmpty());
}

void TstTrafficLogsOperation::writeKeyIsConfinedToTheImportDirectory()
{
    auto c = connections();
    QVERIFY(c->target().client->system());
    const QString hostKey = c->target().client->system().value().sshHostKeySha256;
    // Something of the target's own outside the import directory.
    QVERIFY(writeRandomFile(m_target->info().trafficLogDir + QStringLiteral("/own.log"), 4096, 11));
    SshKeyPair key;
    QVERIFY(SshKeyPair::generate(&key));
    const auto grant = c->target().client->authoriseSshImportKey(key.publicKeyLine());
    QVERIFY(grant);
    QVERIFY(grant.value().port != 22);

    // Not on the read port: that one does not know write keys.
    {
        SftpSession session;
        session.setTimeoutMs(10000);
        const Result r = session.open({ kTarget, 22, grant.value().user, hostKey }, key);
        QCOMPARE(r.code(), QStringLiteral("sftp.auth_refused"));
    }
    SftpSession session;
    session.setTimeoutMs(10000);
    const Result opened
        = session.open({ kTarget, quint16(grant.value().port), grant.value().user, hostKey }, key);
    QVERIFY2(opened, qPrintable(describe(opened)));
    QList<SftpSession::RemoteFile> listing;
    QVERIFY(session.listRegularFiles(QStringLiteral("/.."), &listing));
    for (const auto &f : listing)
        QVERIFY2(f.name != QLatin1String("own.log"), "the write key sees outside the import directory");
    for (const char *path : { "/own.log", "/../own.log", "/../../etc/passwd", "/etc/passwd" }) {
        sftp_file f = sftp_open(session.sftp(), path, O_RDONLY, 0);
        QVERIFY2(!f, path);
    }
    // Writing ".." lands inside the chroot, never next to the target's own logs.
    sftp_file f = sftp_open(session.sftp(), "/../escape.log", O_WRONLY | O_CREAT | O_TRUNC, 0640);
    QVERIFY(f);
    QCOMPARE(sftp_write(f, "x", 1), 1);
    sftp_close(f);
    QVERIFY(QFileInfo::exists(importDir() + QStringLiteral("/escape.log")));
    QVERIFY(!QFileInfo::exists(m_target->info().trafficLogDir + QStringLiteral("/escape.log")));
    QVERIFY(sftp_unlink(session.sftp(), "/../own.log") < 0);
    QVERIFY(QFileInfo::exists(m_target->info().trafficLogDir + QStringLiteral("/own.log")));
    session.close();

    // And the source's read key cannot write at all.
    SshKeyPair readKey;
    QVERIFY(SshKeyPair::generate(&readKey));
    const auto readGrant = c->source().client->authoriseSshKey(readKey.publicKeyLine());
    QVERIFY(readGrant);
    SftpSession reader;
    reader.setTimeoutMs(10000);
    const Result readOpened = reader.open({ kSource, quint16(readGrant.value().port), readGrant.value().user,
                                              c->source().client->system().value().sshHostKeySha256 },
        readKey);
    QVERIFY2(readOpened, qPrintable(describe(readOpened)));
    QVERIFY(!sftp_open(reader.sftp(), "/new.log", O_WRONLY | O_CREAT, 0640));
    reader.close();
    // Nor log in on the import port.
    {
        SftpSession s;
        s.setTimeoutMs(10000);
        const Result r = s.open({ kSource, quint16(grant.value().port), readGrant.value().user,
                                    c->source().client->system().value().sshHostKeySha256 },
            readKey);
        QCOMPARE(r.code(), QStringLiteral("sftp.auth_refused"));
    }

    QVERIFY(c->target().client->revokeSshKey(key.publicKeyLine()));
    QVERIFY(c->source().client->revokeSshKey(readKey.publicKeyLine()));
    QVERIFY(noKeysLeft());
    QFile::remove(m_target->info().trafficLogDir + QStringLiteral("/own.log"));
    SftpSession after;
    after.setTimeoutMs(10000);
    QCOMPARE(after.open({ kTarget, quint16(grant.value().port), grant.value().user, hostKey }, key).code(),
        QStringLiteral("sftp.auth_refused"));
}

QTEST_GUILESS_MAIN(TstTrafficLogsOperation)
#include "tst_trafficlogsoperation.moc"
