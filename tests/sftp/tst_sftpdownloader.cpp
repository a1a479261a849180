// SPDX-License-Identifier: GPL-3.0-or-later
// SftpSession and SftpDownloader against a real sandbox appliance: its applianced authorises the
// one-time key, its OpenSSH serves the traffic logs read-only from a chroot.
// Address: 127.0.91.1.
#include "api/applianceclient.h"
#include "sandboxappliance.h"
#include "sftp/sftpdownloader.h"
#include "sftp/sftpsession.h"
#include "sftp/sshkeypair.h"
#include "sftptestsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <thread>

using namespace cutover;
using namespace cutover::test;
using namespace cutover::test::sftp;

namespace {
const QString kAddress = QStringLiteral("127.0.91.1");

/** Every process below @p root (from /proc), deepest last. */
QList<pid_t> descendants(pid_t root)
{
    QHash<pid_t, pid_t> parent;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const auto &e : entries) {
        bool ok = false;
        const pid_t pid = e.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            parent.insert(pid, pid_t(fields.at(1).toInt()));
    }
    QList<pid_t> result;
    QList<pid_t> frontier { root };
    while (!frontier.isEmpty()) {
        const pid_t p = frontier.takeFirst();
        for (auto it = parent.begin(); it != parent.end(); ++it) {
            if (it.value() == p) {
                result.append(it.key());
                frontier.append(it.key());
            }
        }
    }
    return result;
}
} // namespace

class TstSftpDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void keyPair();
    void copiesEveryLog();
    void resumesAfterCancelMidFile();
    void resumesFromTruncatedAndUnsyncedPart();
    void damagedPartIsCopiedAgain();
    void hostKeyMismatchRefusedBeforeAuth();
    void missingHostKeyRefused();
    void unreachable();
    void refusedAfterRevoke();
    void diskFullRefusedUpFront();
    void deadServerTimesOut();
    void followsAGrowingLog();

private:
    /** A fresh key authorised on the sandbox, and an open session with it. */
    void openAuthorised(SshKeyPair *key, SftpSession *session);
    SftpSession::Endpoint endpoint() const;

    std::unique_ptr<SandboxAppliance> m_sandbox;
    std::unique_ptr<ApplianceClient> m_client;
    QString m_hostKey;
    QStringList m_authorised;
};

void TstSftpDownloader::initTestCase()
{
    m_sandbox = std::make_unique<SandboxAppliance>(QStringLiteral("sftp-dl"), kAddress);
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    QVERIFY(addAwkwardFiles(m_sandbox->info().trafficLogDir));
    m_client = std::make_unique<ApplianceClient>(kAddress);
    m_client->setPinnedFingerprint(m_sandbox->info().tlsSha256);
    const auto login = m_client->login(QStringLiteral("admin"), m_sandbox->info().adminPassword.toUtf8());
    QVERIFY2(login, qPrintable(login.error().technicalSummary()));
    const auto system = m_client->system();
    QVERIFY(system);
    m_hostKey = system.value().sshHostKeySha256;
    QVERIFY2(m_hostKey.startsWith(QLatin1String("SHA256:")), qPrintable(m_hostKey));
}

void TstSftpDownloader::init()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TstSftpDownloader::cleanupTestCase()
{
    if (m_client) {
        for (const auto &k : std::as_const(m_authorised))
            m_client->revokeSshKey(k);
    }
    m_client.reset();
    m_sandbox.reset();
}

SftpSession::Endpoint TstSftpDownloader::endpoint() const
{
    SftpSession::Endpoint e;
    e.host = kAddress;
    e.hostKeySha256 = m_hostKey;
    return e;
}

void TstSftpDownloader::openAuthorised(SshKeyPair *key, SftpSession *session)
{
    QVERIFY(SshKeyPair::generate(key));
    const auto grant = m_client->authoriseSshKey(key->publicKeyLine());
    QVERIFY(grant);
    m_authorised << key->publicKeyLine();
    QCOMPARE(grant.value().directory, QStringLiteral("/"));
    SftpSession::Endpoint e = endpoint();
    e.user = grant.value().user;
    e.port = quint16(grant.value().port);
    session->setTimeoutMs(10000);
    const Result r = session->open(e, *key);
    QVERIFY2(r, qPrintable(r.code() + QLatin1Char(' ') + r.message() + QLatin1Char(' ') + r.details()));
}

void TstSftpDownloader::keyPair()
{
    SshKeyPair a;
    SshKeyPair b;
    QVERIFY(SshKeyPair::generate(&a));
    QVERIFY(SshKeyPair::generate(&b));
    QVERIFY(a.publicKeyLine().startsWith(QLatin1String("ssh-ed25519 AAAA")));
    QVERIFY(a.publicKeyLine().endsWith(QLatin1String(" cutover-migration")));
    QVERIFY(a.fingerprint().startsWith(QLatin1String("SHA256:")));
    QVERIFY(!a.fingerprint().endsWith(QLatin1Char('=')));
    QCOMPARE(a.fingerprint().size(), 7 + 43); // 32 bytes in unpadded base64
    QVERIFY(a.publicKeyLine() != b.publicKeyLine());
}

void TstSftpDownloader::copiesEveryLog()
{
    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(session.serverFingerprint(), m_hostKey);

    QTemporaryDir target;
    QVERIFY(target.isValid());
    SftpDownloader downloader(session, target.path());
    QList<SftpProgress> samples;
    downloader.setProgressCallback([&](const SftpProgress &p) { samples.append(p); });
    int finished = 0;
    downloader.setCheckpointCallback([&](const QString &, qint64, bool done, const QByteArray &sha) {
        if (done) {
            ++finished;
            QCOMPARE(sha.size(), 64);
        }
    });
    const Result r = downloader.run();
    QVERIFY2(r, qPrintable(r.message() + QLatin1Char(' ') + r.details()));

    const QString logs = m_sandbox->info().trafficLogDir;
    const QString diff = compareDirectories(logs, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    const QStringList copied = regularFiles(target.path());
    QVERIFY(std::any_of(
        copied.begin(), copied.end(), [](const QString &n) { return n.endsWith(QLatin1String(".gz")); }));
    QVERIFY(copied.contains(QStringLiteral("empty.log")));
    QVERIFY(!QFile::exists(target.filePath(QStringLiteral("archive")))); // directories are not logs
    QCOMPARE(finished, int(copied.size()));

    // Progress in bytes: never backwards, ends at the total.
    QVERIFY(!samples.isEmpty());
    qint64 last = -1;
    int lastFiles = -1;
    for (const auto &p : samples) {
        QVERIFY2(p.bytesDone >= last, qPrintable(QStringLiteral("%1 < %2").arg(p.bytesDone).arg(last)));
        QVERIFY(p.filesDone >= lastFiles);
        QVERIFY(p.bytesDone <= p.bytesTotal);
        last = p.bytesDone;
        lastFiles = p.filesDone;
    }
    qint64 total = 0;
    for (const auto &n : copied)
        total += QFileInfo(logs + QLatin1Char('/') + n).size();
    QCOMPARE(samples.last().bytesDone, total);
    QCOMPARE(samples.last().bytesTotal, total);
    QCOMPARE(downloader.summary().bytesTransferred, total);
    QCOMPARE(downloader.summary().filesCopied, int(copied.size()));
}

void TstSftpDownloader::resumesAfterCancelMidFile()
{
    const QString logs = m_sandbox->info().trafficLogDir;
    const qint64 bigSize = QFileInfo(logs + QStringLiteral("/zz-big.log")).size();
    QTemporaryDir target;
    QVERIFY(target.isValid());

    QHash<QString, SftpDownloader::FinishedFile> finished;
    QHash<QString, qint64> partial;
    QHash<QString, QByteArray> digests;
    auto checkpoint = [&](const QString &name, qint64 offset, bool done, const QByteArray &sha) {
        if (done) {
            finished.insert(name, { offset, sha });
            partial.remove(name);
            digests.remove(name);
        } else {
            partial.insert(name, offset);
            digests.insert(name, sha);
        }
    };

    // First attempt: cancelled halfway through the big file, which is copied last.
    qint64 cancelledAt = 0;
    {
        SshKeyPair key;
        SftpSession session;
        openAuthorised(&key, &session);
        if (QTest::currentTestFailed())
            return;
        std::atomic<bool> cancel { false };
        SftpDownloader downloader(session, target.path());
        downloader.setCancelFlag(&cancel);
        downloader.setCheckpointCallback(checkpoint);
        downloader.setProgressCallback([&](const SftpProgress &p) {
            if (p.file == QLatin1String("zz-big.log") && p.bytesDone >= p.bytesTotal - bigSize / 2)
                cancel.store(true);
        });
        const Result r = downloader.run();
        QVERIFY2(r.isCancelled(), qPrintable(r.code()));
        cancelledAt = partial.value(QStringLiteral("zz-big.log"), -1);
        QVERIFY(cancelledAt > 0 && cancelledAt < bigSize);
        QCOMPARE(QFileInfo(target.filePath(QStringLiteral("zz-big.log.part"))).size(), cancelledAt);
        QVERIFY(!QFile::exists(target.filePath(QStringLiteral("zz-big.log"))));
    }
    const int finishedBefore = int(finished.size());
    QCOMPARE(finishedBefore, int(regularFiles(logs).size()) - 1);

    // Second attempt, a new connection and key (as after a crash): only the rest of the big file moves.
    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    SftpDownloader downloader(session, target.path());
    downloader.setFinishedFiles(finished);
    downloader.setPartialOffsets(partial);
    downloader.setPartialDigests(digests);
    QCOMPARE(digests.value(QStringLiteral("zz-big.log")).size(), 64);
    downloader.setCheckpointCallback(checkpoint);
    qint64 firstSample = -1;
    downloader.setProgressCallback([&](const SftpProgress &p) {
        if (firstSample < 0 && p.file == QLatin1String("zz-big.log"))
            firstSample = p.bytesDone;
    });
    const Result r = downloader.run();
    QVERIFY2(r, qPrintable(r.message() + QLatin1Char(' ') + r.details()));
    QCOMPARE(downloader.summary().filesSkipped, finishedBefore);
    QCOMPARE(downloader.summary().filesResumed, 1);
    QCOMPARE(downloader.summary().filesCopied, 1);
    QCOMPARE(downloader.summary().bytesTransferred, bigSize - cancelledAt);
    QCOMPARE(firstSample, downloader.summary().bytesTotal - bigSize + cancelledAt); // resumed, not restarted
    const QString diff = compareDirectories(logs, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TstSftpDownloader::resumesFromTruncatedAndUnsyncedPart()
{
    const QString logs = m_sandbox->info().trafficLogDir;
    const QString big = logs + QStringLiteral("/zz-big.log");
    QTemporaryDir target;
    QVERIFY(target.isValid());

    // A .part cut at an odd offset (a kill between writes) …
    QFile original(big);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray content = original.readAll();
    {
        QFile part(target.filePath(QStringLiteral("zz-big.log.part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(content.left(1000003));
    }
    // … and one whose tail past the last checkpoint is garbage (a power cut before the sync).
    {
        QFile part(target.filePath(QStringLiteral("odd.log.part")));
        QVERIFY(part.open(QIODevice::WriteOnly));
        QFile odd(logs + QStringLiteral("/odd.log"));
        QVERIFY(odd.open(QIODevice::ReadOnly));
        part.write(odd.read(10000));
        part.write(QByteArray(5000, '\0'));
    }
    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    SftpDownloader downloader(session, target.path());
    downloader.setPartialOffsets({ { QStringLiteral("odd.log"), 10000 } });
    const Result r = downloader.run();
    QVERIFY2(r, qPrintable(r.message() + QLatin1Char(' ') + r.details()));
    QCOMPARE(downloader.summary().filesResumed, 2);
    const QString diff = compareDirectories(logs, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void TstSftpDownloader::damagedPartIsCopiedAgain()
{
    const QString logs = m_sandbox->info().trafficLogDir;
    QFile original(logs + QStringLiteral("/zz-big.log"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray prefix = original.read(100000);
    const QByteArray digest = QCryptographicHash::hash(prefix, QCryptographicHash::Sha256).toHex();

    for (const bool damaged : { false, true }) {
        QTemporaryDir target;
        QVERIFY(target.isValid());
        QByteArray part = prefix;
        if (damaged)
            part[5000] = char(part.at(5000) ^ 0x5a);
        QFile f(target.filePath(QStringLiteral("zz-big.log.part")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(part);
        f.close();

        SshKeyPair key;
        SftpSession session;
        openAuthorised(&key, &session);
        if (QTest::currentTestFailed())
            return;
        SftpDownloader downloader(session, target.path());
        downloader.setPartialOffsets({ { QStringLiteral("zz-big.log"), 100000 } });
        downloader.setPartialDigests({ { QStringLiteral("zz-big.log"), digest } });
        if (damaged)
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QStringLiteral("does not match its checkpoint")));
        const Result r = downloader.run();
        QVERIFY2(r, qPrintable(r.message() + QLatin1Char(' ') + r.details()));
        QCOMPARE(downloader.summary().filesResumed, damaged ? 0 : 1);
        const QString diff = compareDirectories(logs, target.path());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
}

void TstSftpDownloader::hostKeyMismatchRefusedBeforeAuth()
{
    // The key is not even authorised: reaching authentication would answer auth_refused, so a
    // host-key refusal proves the check comes first.
    SshKeyPair key;
    QVERIFY(SshKeyPair::generate(&key));
    SftpSession::Endpoint e = endpoint();
    e.hostKeySha256 = QStringLiteral("SHA256:")
        + QString::fromLatin1(QByteArray(32, '\x42').toBase64(QByteArray::OmitTrailingEquals));
    SftpSession session;
    session.setTimeoutMs(10000);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("host key mismatch")));
    const Result r = session.open(e, key);
    QCOMPARE(r.code(), QStringLiteral("sftp.host_key_mismatch"));
    QVERIFY(r.message().contains(m_hostKey));
    QVERIFY(r.message().contains(e.hostKeySha256));
    QCOMPARE(session.serverFingerprint(), m_hostKey);
    QVERIFY(!session.isOpen());

    // Control: with the right host key the same unauthorised key gets as far as authentication.
    SftpSession control;
    control.setTimeoutMs(10000);
    QCOMPARE(control.open(endpoint(), key).code(), QStringLiteral("sftp.auth_refused"));
}

void TstSftpDownloader::missingHostKeyRefused()
{
    SshKeyPair key;
    QVERIFY(SshKeyPair::generate(&key));
    SftpSession::Endpoint e = endpoint();
    e.hostKeySha256.clear();
    SftpSession session;
    QCOMPARE(session.open(e, key).code(), QStringLiteral("sftp.host_key_unknown"));
}

void TstSftpDownloader::unreachable()
{
    SshKeyPair key;
    QVERIFY(SshKeyPair::generate(&key));
    SftpSession::Endpoint e = endpoint();
    e.port = 2; // nothing listens there: refused at once
    SftpSession session;
    session.setTimeoutMs(5000);
    const Result r = session.open(e, key);
    QCOMPARE(r.code(), QStringLiteral("sftp.unreachable"));
    QVERIFY(r.message().contains(kAddress));
}

void TstSftpDownloader::refusedAfterRevoke()
{
    SshKeyPair key;
    {
        SftpSession session;
        openAuthorised(&key, &session);
        if (QTest::currentTestFailed())
            return;
        QList<SftpSession::RemoteFile> files;
        QVERIFY(session.listRegularFiles(QStringLiteral("/"), &files));
        QVERIFY(!files.isEmpty());
    }
    QVERIFY(m_client->revokeSshKey(key.publicKeyLine()));
    m_authorised.removeAll(key.publicKeyLine());
    QVERIFY(!migrationKeys(m_sandbox->info().stateDir)
                 .join(QLatin1Char('\n'))
                 .contains(key.publicKeyLine().section(QLatin1Char(' '), 1, 1)));
    SftpSession session;
    session.setTimeoutMs(10000);
    QCOMPARE(session.open(endpoint(), key).code(), QStringLiteral("sftp.auth_refused"));
}

void TstSftpDownloader::diskFullRefusedUpFront()
{
    // A small tmpfs stands in for a full target disk.
    QTemporaryDir mountPoint;
    QVERIFY(mountPoint.isValid());
    QProcess mount;
    mount.start(QStringLiteral("mount"),
        { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=1m"),
            QStringLiteral("tmpfs"), mountPoint.path() });
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP("cannot mount a tmpfs here");
    auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), { mountPoint.path() }); });
    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    SftpDownloader downloader(session, mountPoint.path());
    const Result r = downloader.run();
    QCOMPARE(r.code(), QStringLiteral("sftp.disk_full"));
    QVERIFY(r.message().contains(mountPoint.path()));
    QVERIFY(regularFiles(mountPoint.path()).isEmpty()); // refused before anything was written
}

void TstSftpDownloader::deadServerTimesOut()
{
    // sshd's processes for our connection stop answering (SIGSTOP) in the middle of the copy: the
    // session's timeout must end the run with an error instead of hanging it.
    QFile pidFile(m_sandbox->info().stateDir + QStringLiteral("/run/sshd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const pid_t listener = pid_t(pidFile.readAll().trimmed().toInt());
    QVERIFY(listener > 0);

    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    session.setTimeoutMs(2000);
    // The timeout given at open() is what libssh uses; open again with the short one.
    session.close();
    SftpSession::Endpoint e = endpoint();
    QVERIFY(session.open(e, key));

    QList<pid_t> stopped;
    auto resume = qScopeGuard([&] {
        for (pid_t p : std::as_const(stopped))
            ::kill(p, SIGCONT);
    });
    // A watchdog, so a hang fails the test instead of blocking it until ctest's timeout.
    std::atomic<bool> finished { false };
    std::thread watchdog([&] {
        for (int i = 0; i < 300 && !finished.load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (!finished.load())
            for (pid_t p : descendants(listener))
                ::kill(p, SIGCONT);
    });
    QTemporaryDir target;
    QVERIFY(target.isValid());
    SftpDownloader downloader(session, target.path());
    downloader.setProgressCallback([&](const SftpProgress &p) {
        if (stopped.isEmpty() && p.bytesDone > 1024 * 1024) {
            stopped = descendants(listener);
            for (pid_t pid : std::as_const(stopped))
                ::kill(pid, SIGSTOP);
        }
    });
    QElapsedTimer timer;
    timer.start();
    const Result r = downloader.run();
    finished.store(true);
    watchdog.join();
    QVERIFY(!stopped.isEmpty());
    QCOMPARE(r.code(), QStringLiteral("sftp.timeout"));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TstSftpDownloader::followsAGrowingLog()
{
    // The current log may still be written to while it is copied: what was appended by the time
    // the copy reaches the end is copied too, and the result is verified as a whole.
    const QString logs = m_sandbox->info().trafficLogDir;
    const QString growing = logs + QStringLiteral("/zzz-growing.log");
    QVERIFY(writeRandomFile(growing, 3 * 1024 * 1024, 11));
    auto remove = qScopeGuard([&] { QFile::remove(growing); });
    SshKeyPair key;
    SftpSession session;
    openAuthorised(&key, &session);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir target;
    QVERIFY(target.isValid());
    SftpDownloader downloader(session, target.path());
    bool appended = false;
    qint64 last = -1;
    bool monotonic = true;
    downloader.setProgressCallback([&](const SftpProgress &p) {
        monotonic = monotonic && p.bytesDone >= last && p.bytesDone <= p.bytesTotal;
        last = p.bytesDone;
        if (!appended && p.file == QLatin1String("zzz-growing.log")) {
            QFile f(growing);
            if (f.open(QIODevice::Append))
                appended = f.write(QByteArray(70001, 'x')) == 70001;
        }
    });
    const Result r = downloader.run();
    QVERIFY2(r, qPrintable(r.message() + QLatin1Char(' ') + r.details()));
    QVERIFY(appended);
    QVERIFY(monotonic);
    QCOMPARE(QFileInfo(target.filePath(QStringLiteral("zzz-growing.log"))).size(), 3 * 1024 * 1024 + 70001);
    const QString diff = compareDirectories(logs, target.path());
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TstSftpDownloader)
#include "tst_sftpdownloader.moc"
