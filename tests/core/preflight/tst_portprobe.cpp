// SPDX-License-Identifier: GPL-3.0-or-later
//
// Port checks against real listeners. Addresses: 127.0.41.1–127.0.41.9 (this executable only).

#include "preflight/portprobe.h"
#include "testservers.h"
#include "trust/fingerprint.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <future>

using namespace cutover;
using namespace cutover::test;
using Outcome = PortProbe::Outcome;
using Service = PortProbe::Service;

namespace {
const QString RightAddress = QStringLiteral("127.0.41.1");
const QString NothingAddress = QStringLiteral("127.0.41.2");
const QString BlackHoleAddress = QStringLiteral("127.0.41.3");
const QString OtherAddress = QStringLiteral("127.0.41.4");
const QString SilentAddress = QStringLiteral("127.0.41.5");
const quint16 Ports[] = { 80, 443, 3306, 22 };
constexpr int TimeoutMs = 2000;
} // namespace

class TestPortProbe : public QObject
{
    Q_OBJECT

private:
    /** Runs the blocking batch on a worker while this thread keeps serving the listeners. */
    QList<PortProbe::Result> runBatch(const QList<PortProbe::Target> &targets, int timeoutMs, qint64 *elapsed)
    {
        QElapsedTimer timer;
        timer.start();
        auto future = std::async(std::launch::async, [&] { return PortProbe::probeAll(targets, timeoutMs); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(
                future.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 20000);
        }();
        *elapsed = timer.elapsed();
        return future.get();
    }

    std::vector<std::unique_ptr<QTcpServer>> m_servers;
    std::vector<std::unique_ptr<BlackHole>> m_blackHoles;
    TestCertificate m_cert;

    template<typename S> S *listen(std::unique_ptr<S> server, const QString &address, quint16 port)
    {
        if (!server->listen(QHostAddress(address), port))
            qFatal(
                "cannot listen on %s:%d: %s", qPrintable(address), port, qPrintable(server->errorString()));
        S *raw = server.get();
        m_servers.push_back(std::move(server));
        return raw;
    }

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void initTestCase()
    {
        m_cert = TestCertificate::create();
        QVERIFY2(m_cert.isValid(), "openssl req did not make a certificate");

        // The right services.
        listen(std::make_unique<ScriptedServer>(ScriptedServer::HttpAnswer, httpHealthAnswer()), RightAddress,
            80);
        listen(std::make_unique<TlsHttpServer>(m_cert, [](auto &&...) { return httpHealthAnswer(); }),
            RightAddress, 443);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Greet, mysqlGreeting()), RightAddress, 3306);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Greet, sshBanner()), RightAddress, 22);

        // Timed out: listeners whose backlog is full.
        for (quint16 port : Ports) {
            m_blackHoles.push_back(std::make_unique<BlackHole>(BlackHoleAddress, port));
            QVERIFY(m_blackHoles.back()->isValid());
        }

        // Other services: each port answered by the wrong protocol.
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Greet, sshBanner()), OtherAddress, 80);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::HttpAnswer, httpHealthAnswer()), OtherAddress,
            443);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Greet, sshBanner()), OtherAddress, 3306);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Greet, mysqlGreeting()), OtherAddress, 22);

        // Other services that stay silent, or only speak when asked (HTTP on a database port).
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Silent, QByteArray()), SilentAddress, 443);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::HttpAnswer, httpHealthAnswer()),
            SilentAddress, 3306);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Silent, QByteArray()), SilentAddress, 22);
        listen(std::make_unique<ScriptedServer>(ScriptedServer::Silent, QByteArray()), SilentAddress, 80);
    }

    void cleanupTestCase()
    {
        m_servers.clear();
        m_blackHoles.clear();
    }

    void identify_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("service");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<QString>("info");

        QTest::newRow("ssh") << sshBanner() << int(Service::Ssh) << true
                             << QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3");
        QTest::newRow("ssh partial") << QByteArray("SSH-2.0-Op") << int(Service::Ssh) << false
                                     << QString("SSH-2.0-Op");
        QTest::newRow("ssh prefix") << QByteArray("SS") << int(Service::Ssh) << false << QString("SS");
        QTest::newRow("mariadb") << mysqlGreeting() << int(Service::MySql) << true
                                 << QStringLiteral("10.11.6-MariaDB-0+deb12u1");
        QTest::newRow("mysql 8") << mysqlGreeting("8.0.36") << int(Service::MySql) << true
                                 << QStringLiteral("8.0.36");
        QTest::newRow("mariadb header only")
            << mysqlGreeting().left(4) << int(Service::Unknown) << false << QString();
        QTest::newRow("mariadb partial version")
            << mysqlGreeting().left(12) << int(Service::MySql) << false << QString();
        const QByteArray err
            = QByteArray("\xff\x69\x04") + "Host '10.0.0.9' is not allowed to connect to this MariaDB server";
        QByteArray errPacket;
        errPacket.append(char(err.size())).append('\0').append('\0').append('\0').append(err);
        QTest::newRow("mariadb host refused")
            << errPacket << int(Service::MySql) << true
            << QStringLiteral("Host '10.0.0.9' is not allowed to connect to this MariaDB server");
        QTest::newRow("http") << httpHealthAnswer() << int(Service::Http) << true
                              << QStringLiteral("HTTP/1.1 200 OK");
        QTest::newRow("tls alert") << QByteArray("\x15\x03\x03\x00\x02\x02\x28", 7) << int(Service::Tls)
                                   << true << QString();
        QTest::newRow("smtp") << QByteArray("220 mail.example.test ESMTP Postfix\r\n")
                              << int(Service::Unknown) << true
                              << QStringLiteral("220 mail.example.test ESMTP Postfix");
        QTest::newRow("binary junk") << QByteArray(70, '\x01') << int(Service::Unknown) << true
                                     << QString(70, QChar(u'·')).left(80);
        QTest::newRow("empty") << QByteArray() << int(Service::Unknown) << false << QString();
        QTest::newRow("huge mysql length")
            << QByteArray("\xff\xff\xff\x00\x0b", 5) << int(Service::Unknown) << false << QString();
    }

    void identify()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, service);
        QFETCH(bool, complete);
        QFETCH(QString, info);
        const PortProbe::Identification id = PortProbe::identify(bytes);
        QCOMPARE(int(id.service), service);
        QCOMPARE(id.complete, complete);
        if (complete || !info.isEmpty())
            QCOMPARE(id.info, info);
    }

    void everyOutcomeOnEveryPort()
    {
        QList<PortProbe::Target> targets;
        for (const QString &address :
            { RightAddress, NothingAddress, BlackHoleAddress, OtherAddress, SilentAddress }) {
            for (quint16 port : Ports)
                targets.append({ QStringLiteral("source"), address, port, PortProbe::serviceForPort(port) });
        }
        qint64 elapsed = 0;
        const QList<PortProbe::Result> results = runBatch(targets, TimeoutMs, &elapsed);
        QCOMPARE(results.size(), targets.size());

        // Twenty probes, five of them timing out, all side by side: about one time limit in total.
        QVERIFY2(elapsed < TimeoutMs + 1500, qPrintable(QStringLiteral("batch took %1 ms").arg(elapsed)));

        for (const PortProbe::Result &r : results) {
            const QByteArray where
                = QStringLiteral("%1:%2 -> %3 (%4 / %5)")
                      .arg(r.target.host)
                      .arg(r.target.port)
                      .arg(PortProbe::outcomeName(r.outcome), r.answeredDescription, r.detail)
                      .toUtf8();
            Outcome expected = Outcome::Cancelled;
            if (r.target.host == RightAddress)
                expected = Outcome::Open;
            else if (r.target.host == NothingAddress)
                expected = Outcome::Refused;
            else if (r.target.host == BlackHoleAddress)
                expected = Outcome::TimedOut;
            else
                expected = Outcome::OtherService;
            QVERIFY2(r.outcome == expected, where.constData());
            QVERIFY2(r.elapsedMs <= TimeoutMs + 300, where.constData());
            if (expected == Outcome::TimedOut)
                QVERIFY2(r.elapsedMs >= TimeoutMs - 100, where.constData()); // really waited, not misread
        }

        const auto find = [&](const QString &host, quint16 port) {
            for (const auto &r : results) {
                if (r.target.host == host && r.target.port == port)
                    return r;
            }
            return PortProbe::Result {};
        };
        // What answered is recorded, so the message can name it.
        QCOMPARE(find(RightAddress, 3306).serverInfo, QStringLiteral("10.11.6-MariaDB-0+deb12u1"));
        QCOMPARE(find(RightAddress, 22).serverInfo, QStringLiteral("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3"));
        QCOMPARE(find(RightAddress, 80).serverInfo, QStringLiteral("HTTP/1.1 200 OK"));
        QCOMPARE(find(RightAddress, 443).serverInfo, Fingerprint::of(m_cert.certificate));
        QCOMPARE(find(OtherAddress, 80).answered, Service::Ssh);
        QCOMPARE(find(OtherAddress, 443).answered, Service::Http);
        QCOMPARE(find(OtherAddress, 3306).answered, Service::Ssh);
        QCOMPARE(find(OtherAddress, 22).answered, Service::MySql);
        QVERIFY(
            find(OtherAddress, 3306).answeredDescription.contains(QLatin1String("SSH-2.0-OpenSSH_9.2p1")));
        QVERIFY(find(OtherAddress, 22).answeredDescription.contains(QLatin1String("10.11.6-MariaDB")));
        QCOMPARE(find(SilentAddress, 3306).answered, Service::Http);
        QVERIFY(find(SilentAddress, 22).answeredDescription.contains(QLatin1String("sent nothing")));

        // The requirement entries carry the outcome in words and as data.
        const RequirementEntry refused = PortProbe::requirement(find(NothingAddress, 3306));
        QCOMPARE(refused.id, QStringLiteral("port.source.3306"));
        QVERIFY(refused.blocks());
        QVERIFY(refused.reasonText().contains(QLatin1String("refused")));
        QVERIFY(refused.remedyText().contains(QLatin1String("3306")));
        QCOMPARE(refused.details.value(QLatin1String("outcome")).toString(), QStringLiteral("refused"));
        const RequirementEntry other = PortProbe::requirement(find(OtherAddress, 3306));
        QVERIFY2(other.reasonText().contains(QLatin1String("An SSH server answered instead")),
            qPrintable(other.reasonText()));
        const RequirementEntry timedOut = PortProbe::requirement(find(BlackHoleAddress, 443));
        QVERIFY(timedOut.reasonText().contains(QLatin1String("No answer")));
        const RequirementEntry open = PortProbe::requirement(find(RightAddress, 3306));
        QVERIFY(open.satisfied);
        QVERIFY(open.reasonText().contains(QLatin1String("10.11.6-MariaDB")));
    }

    void migrationTargetsIncludeSshOnlyForTrafficLogs()
    {
        const auto without = PortProbe::migrationTargets(QStringLiteral("source"), RightAddress, false);
        const auto with = PortProbe::migrationTargets(QStringLiteral("source"), RightAddress, true);
        QCOMPARE(without.size(), 3);
        QCOMPARE(with.size(), 4);
        QCOMPARE(with.last().port, quint16(22));
        for (const auto &t : without)
            QVERIFY(t.port != 22);
    }

    void cancellationEndsATimingOutBatchEarly()
    {
        std::atomic<bool> cancel { false };
        QList<PortProbe::Target> targets;
        for (quint16 port : Ports)
            targets.append(
                { QStringLiteral("target"), BlackHoleAddress, port, PortProbe::serviceForPort(port) });
        QElapsedTimer timer;
        timer.start();
        auto future
            = std::async(std::launch::async, [&] { return PortProbe::probeAll(targets, 10000, &cancel); });
        cancel.store(true);
        QTRY_VERIFY_WITH_TIMEOUT(future.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 5000);
        QVERIFY(timer.elapsed() < 3000);
        for (const auto &r : future.get())
            QCOMPARE(r.outcome, Outcome::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestPortProbe)
#include "tst_portprobe.moc"
