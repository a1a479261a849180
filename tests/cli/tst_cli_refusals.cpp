// SPDX-License-Identifier: GPL-3.0-or-later
// Every refusal of the preflight through cutover-cli against real sandboxes: the exit code 3, the
// message, and that nothing changed on either appliance (settings, maintenance, license, data,
// migration accounts, SSH keys). Also --help and --version.
// Loopback addresses of this test: 127.0.101.1 – 127.0.101.5 (DNS: 127.0.101.250, nothing answers).
#include "clitestsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace cutover;
using namespace cutover::test;

class TestCliRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpDocumentsExitCodes();
    void versionPrintsTheVersion();
    void checkPassesAndShowsEverything();
    void badAddress_data();
    void badAddress();
    void sameAppliance();
    void downgrade();
    void fullDisk();
    void ineligibleLicense_data();
    void ineligibleLicense();
    void highAvailabilitySourceInfo();
    // Last: it renews the source's certificate, which the others pin.
    void changedFingerprint();

private:
    QProcessEnvironment environment(const SandboxAppliance &source, const SandboxAppliance &target) const;
    QStringList checkArguments(const SandboxAppliance &source, const SandboxAppliance &target,
        const QStringList &extra = {}, bool trust = true) const;
    void snapshot();
    void verifyUnchanged();

    QTemporaryDir m_dataDir;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target; ///< has its own active license
    std::unique_ptr<SandboxAppliance> m_small; ///< older MariaDB, 1 MB free, no license
    QList<ApplianceState> m_before;
};

void TestCliRefusals::initTestCase()
{
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
    SandboxAppliance::Options source;
    source.license = QStringLiteral("active");
    SandboxAppliance::Options target;
    target.dataset = QStringLiteral("none");
    target.license = QStringLiteral("active");
    SandboxAppliance::Options small;
    small.dataset = QStringLiteral("none");
    small.license = QStringLiteral("none");
    small.dbVersion = QStringLiteral("10.6.5-MariaDB");
    small.diskFreeMegabytes = 1;
    m_source = std::make_unique<SandboxAppliance>(
        QStringLiteral("tst-refuse-src"), QStringLiteral("127.0.101.1"), source);
    m_target = std::make_unique<SandboxAppliance>(
        QStringLiteral("tst-refuse-tgt"), QStringLiteral("127.0.101.2"), target);
    m_small = std::make_unique<SandboxAppliance>(
        QStringLiteral("tst-refuse-small"), QStringLiteral("127.0.101.3"), small);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    QVERIFY2(m_small->start(&error), qPrintable(error));
}

void TestCliRefusals::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
    m_small.reset();
}

QProcessEnvironment TestCliRefusals::environment(
    const SandboxAppliance &source, const SandboxAppliance &target) const
{
    return cliEnvironment(m_dataDir.path(), source, target, QStringLiteral("127.0.101.250"));
}

QStringList TestCliRefusals::checkArguments(const SandboxAppliance &source, const SandboxAppliance &target,
    const QStringList &extra, bool trust) const
{
    QStringList args { QStringLiteral("check"), QStringLiteral("--source"), source.info().address,
        QStringLiteral("--target"), target.info().address, QStringLiteral("--json") };
    if (trust)
        args << QStringLiteral("--trust-source") << source.info().tlsSha256
             << QStringLiteral("--trust-target") << target.info().tlsSha256;
    return args + extra;
}

void TestCliRefusals::snapshot()
{
    m_before = { stateOf(*m_source), stateOf(*m_target), stateOf(*m_small) };
    QVERIFY(!m_before[0].settings.isEmpty());
    QVERIFY(m_before[0].dataChecksum.contains("sakila"));
}

void TestCliRefusals::verifyUnchanged()
{
    const QList<ApplianceState> after { stateOf(*m_source), stateOf(*m_target), stateOf(*m_small) };
    for (int i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].settings, m_before[i].settings);
        QCOMPARE(after[i].maintenance, m_before[i].maintenance);
        QCOMPARE(after[i].license, m_before[i].license);
        QCOMPARE(after[i].migratedTo, m_before[i].migratedTo);
        QCOMPARE(after[i].dataChecksum, m_before[i].dataChecksum);
        QCOMPARE(after[i].accounts, QByteArray());
        QCOMPARE(after[i].authorizedKeys, m_before[i].authorizedKeys);
    }
    QVERIFY(!QFile::exists(m_dataDir.filePath(QStringLiteral("journal.json"))));
}

void TestCliRefusals::helpDocumentsExitCodes()
{
    const CliRun run = runCli({ QStringLiteral("--help") }, QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromUtf8(run.stdoutText);
    QVERIFY2(help.contains(QLatin1String("Exit codes")), qPrintable(help));
    for (const char *line : { "0  migrated and verified", "1  failed and backed out", "2  usage error",
             "3  refused by preflight", "4  stopped and needs attention" })
        QVERIFY2(help.contains(QLatin1String(line)), line);
    for (const char *option : { "--source", "--target", "--swap-configuration", "--migrate-license",
             "--copy-traffic-logs", "--offline", "--rehearsal", "--trust-source", "--trust-target", "--yes",
             "--json", "--source-password-file", "--target-password-file" })
        QVERIFY2(help.contains(QLatin1String(option)), option);
    // A wrong option is a usage error.
    QCOMPARE(
        runCli({ QStringLiteral("--no-such-option") }, QProcessEnvironment::systemEnvironment()).exitCode, 2);
    QCOMPARE(runCli({ QStringLiteral("check") }, QProcessEnvironment::systemEnvironment()).exitCode, 2);
}

void TestCliRefusals::versionPrintsTheVersion()
{
    const CliRun run = runCli({ QStringLiteral("--version") }, QProcessEnvironment::systemEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.stdoutText)
                 .contains(QRegularExpression(QStringLiteral("^cutover-cli \\d+\\.\\d+"))),
        run.stdoutText.constData());
}

void TestCliRefusals::checkPassesAndShowsEverything()
{
    snapshot();
    const CliRun run = runCli(checkArguments(*m_source, *m_small), environment(*m_source, *m_small));
    // The small target refuses (version, disk), but every phase ran: ports, trust, login, DNS, compat.
    QCOMPARE(run.exitCode, 3);
    for (const char *id : { "input.sourceAddress", "input.targetAddress", "port.source.80", "port.source.443",
             "port.source.3306", "port.target.80", "port.target.443", "port.target.3306", "tls.source",
             "tls.target", "login.source", "login.target", "compat.sameAppliance", "compat.dbVersion",
             "compat.diskSpace", "compat.binlog" })
        QVERIFY2(!run.check(QString::fromLatin1(id)).isEmpty(), id);
    QVERIFY(run.check(QStringLiteral("port.source.22")).isEmpty()); // only with --copy-traffic-logs
    QVERIFY(run.check(QStringLiteral("port.target.3306")).value(QStringLiteral("satisfied")).toBool());
    // DNS of the source's name: looked up, never a refusal.
    bool dnsSeen = false;
    for (const auto &e : run.events)
        if (e.value(QStringLiteral("id")).toString().startsWith(QLatin1String("dns."))) {
            dnsSeen = true;
            QVERIFY(!e.value(QStringLiteral("mandatory")).toBool());
        }
    QVERIFY(dnsSeen);

    // Without the small target everything passes and Source Info, the settings diff and the plan follow.
    const CliRun ok = runCli(checkArguments(*m_source, *m_target), environment(*m_source, *m_target));
    QVERIFY2(ok.exitCode == 0, ok.stdoutText.constData());
    const QJsonObject info = ok.event(QStringLiteral("source-info"));
    QCOMPARE(info.value(QStringLiteral("ipAddress")).toString(), m_source->info().address);
    QCOMPARE(info.value(QStringLiteral("highAvailability")).toBool(), false);
    QVERIFY(!info.value(QStringLiteral("licenseGuid")).toString().isEmpty());
    const QJsonObject diff = ok.event(QStringLiteral("settings-diff"));
    QVERIFY(!diff.isEmpty());
    const QStringList excluded = [&] {
        QStringList l;
        for (const auto &v :
            diff.value(QStringLiteral("target")).toObject().value(QStringLiteral("excluded")).toArray())
            l << v.toString();
        return l;
    }();
    QVERIFY2(excluded.contains(QStringLiteral("network")), qPrintable(excluded.join(QLatin1Char(','))));
    QVERIFY(
        diff.value(QStringLiteral("source")).toObject().value(QStringLiteral("changes")).toArray().isEmpty());
    QVERIFY(!ok.event(QStringLiteral("plan")).isEmpty());
    verifyUnchanged();
}

void TestCliRefusals::badAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected");
    QTest::newRow("url") << QStringLiteral("https://127.0.101.1/") << QStringLiteral("web address (URL)");
    QTest::newRow("port") << QStringLiteral("127.0.101.1:443") << QStringLiteral("port number");
    QTest::newRow("spaces") << QStringLiteral("127.0.101 .1") << QStringLiteral("contains spaces");
}

void TestCliRefusals::badAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);
    snapshot();
    QElapsedTimer clock;
    clock.start();
    QStringList args = checkArguments(*m_source, *m_target);
    args[2] = address;
    const CliRun run = runCli(args, environment(*m_source, *m_target));
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(clock.elapsed() < 5000, "a bad address is refused at once, without a lookup");
    const QJsonObject entry = run.check(QStringLiteral("input.sourceAddress"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    QVERIFY2(entry.value(QStringLiteral("reason")).toString().contains(expected),
        qPrintable(entry.value(QStringLiteral("reason")).toString()));
    QCOMPARE(run.event(QStringLiteral("refused")).value(QStringLiteral("id")).toString(),
        QStringLiteral("input.sourceAddress"));
    QVERIFY(run.check(QStringLiteral("login.source")).isEmpty()); // nothing was sent anywhere
    verifyUnchanged();
}

void TestCliRefusals::sameAppliance()
{
    snapshot();
    const CliRun run = runCli(checkArguments(*m_source, *m_source), environment(*m_source, *m_source));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject entry = run.check(QStringLiteral("compat.sameAppliance"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    QVERIFY2(entry.value(QStringLiteral("reason")).toString().contains(QLatin1String("same appliance")),
        qPrintable(entry.value(QStringLiteral("reason")).toString()));
    verifyUnchanged();
}

void TestCliRefusals::highAvailabilitySourceInfo()
{
    // A master with its replica: Source Info says so and writes out the DNS changes with the real
    // names and addresses, whether or not this version can move an HA source.
    SandboxAppliance::Options master;
    master.role = QStringLiteral("master"); // the replica names it as its peer
    SandboxAppliance::Options replica;
    replica.role = QStringLiteral("replica");
    replica.peer = QStringLiteral("tst-refuse-ha-m");
    replica.license = QStringLiteral("none");
    SandboxAppliance ha(QStringLiteral("tst-refuse-ha-m"), QStringLiteral("127.0.101.4"), master);
    SandboxAppliance peer(QStringLiteral("tst-refuse-ha-r"), QStringLiteral("127.0.101.5"), replica);
    QString error;
    QVERIFY2(ha.start(&error), qPrintable(error));
    QVERIFY2(peer.start(&error), qPrintable(error));
    const ApplianceState before = stateOf(ha);

    const CliRun run = runCli(checkArguments(ha, *m_target), environment(ha, *m_target));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, run.stdoutText.constData());
    const QJsonObject info = run.event(QStringLiteral("source-info"));
    QVERIFY2(info.value(QStringLiteral("highAvailability")).toBool(), run.stdoutText.constData());
    QCOMPARE(info.value(QStringLiteral("serverRole")).toString(), QStringLiteral("master"));
    const QString fqdn = info.value(QStringLiteral("hostName")).toString() + QLatin1Char('.')
        + info.value(QStringLiteral("domainName")).toString();
    const QJsonArray advice = info.value(QStringLiteral("dnsAdvice")).toArray();
    QVERIFY(!advice.isEmpty());
    const QString first = advice.first().toString();
    QVERIFY2(first.contains(fqdn) && first.contains(QLatin1String("127.0.101.5"))
            && first.contains(QLatin1String("127.0.101.4")),
        qPrintable(first));
    if (run.exitCode == 3) {
        // This version cannot move an HA source yet: refused with that reason, nothing changed.
        QCOMPARE(
            run.check(QStringLiteral("compat.highAvailability")).value(QStringLiteral("satisfied")).toBool(),
            false);
    }
    const ApplianceState after = stateOf(ha);
    QCOMPARE(after.settings, before.settings);
    QCOMPARE(after.maintenance, before.maintenance);
    QCOMPARE(after.accounts, QByteArray());
}

void TestCliRefusals::changedFingerprint()
{
    // Trusted once (explicitly) and remembered per machine id.
    const CliRun first = runCli(checkArguments(*m_source, *m_target), environment(*m_source, *m_target));
    QVERIFY2(first.exitCode == 0, first.stdoutText.constData());
    // Without --trust-* the remembered certificates are trusted again.
    const CliRun again
        = runCli(checkArguments(*m_source, *m_target, {}, false), environment(*m_source, *m_target));
    QVERIFY2(again.exitCode == 0, again.stdoutText.constData());
    QVERIFY(again.check(QStringLiteral("tls.source"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("trusted before")));

    // The source's certificate changes (as if someone intercepted, or it was renewed elsewhere).
    auto client = clientFor(*m_source);
    QVERIFY(client);
    const auto renewed = client->renewCertificate();
    QVERIFY(renewed);
    QVERIFY(renewed.value() != m_source->info().tlsSha256);
    snapshot();

    const CliRun run
        = runCli(checkArguments(*m_source, *m_target, {}, false), environment(*m_source, *m_target));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject entry = run.check(QStringLiteral("tls.source"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    QVERIFY(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("changed")).toBool());
    const QString reason = entry.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("different certificate")), qPrintable(reason));
    QVERIFY(reason.contains(m_source->info().tlsSha256));
    QVERIFY(reason.contains(renewed.value()));
    QVERIFY(run.check(QStringLiteral("login.source")).isEmpty()); // no password was sent

    // The old fingerprint given explicitly: refused as a mismatch.
    const CliRun pinned = runCli(checkArguments(*m_source, *m_target), environment(*m_source, *m_target));
    QCOMPARE(pinned.exitCode, 3);
    QVERIFY(pinned.check(QStringLiteral("tls.source"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QLatin1String("different certificate")));
    verifyUnchanged();
}

void TestCliRefusals::downgrade()
{
    snapshot();
    const CliRun run = runCli(checkArguments(*m_source, *m_small), environment(*m_source, *m_small));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject entry = run.check(QStringLiteral("compat.dbVersion"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    QVERIFY(entry.value(QStringLiteral("details")).toObject().value(QStringLiteral("downgrade")).toBool());
    const QString reason = entry.value(QStringLiteral("reason")).toString();
    QVERIFY2(reason.contains(QLatin1String("older MariaDB 10.6.5")), qPrintable(reason));
    QVERIFY(!entry.value(QStringLiteral("remedy")).toString().isEmpty());
    verifyUnchanged();
}

void TestCliRefusals::fullDisk()
{
    snapshot();
    const CliRun run = runCli(checkArguments(*m_source, *m_small, { QStringLiteral("--copy-traffic-logs") }),
        environment(*m_source, *m_small));
    QCOMPARE(run.exitCode, 3);
    const QJsonObject entry = run.check(QStringLiteral("compat.diskSpace"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), false);
    const QJsonObject details = entry.value(QStringLiteral("details")).toObject();
    const qint64 free = details.value(QStringLiteral("freeBytes")).toInteger();
    const qint64 required = details.value(QStringLiteral("requiredBytes")).toInteger();
    QVERIFY2(free >= 0 && free < 2 * 1024 * 1024, qPrintable(QString::number(free)));
    QVERIFY(required > details.value(QStringLiteral("dataBytes")).toInteger()); // logs and headroom count
    QVERIFY(details.value(QStringLiteral("trafficLogBytes")).toInteger() > 0);
    QVERIFY2(entry.value(QStringLiteral("reason")).toString().contains(QLatin1String("traffic logs")),
        qPrintable(entry.value(QStringLiteral("reason")).toString()));
    QVERIFY(run.check(QStringLiteral("port.source.22")).value(QStringLiteral("satisfied")).toBool());
    verifyUnchanged();
}

void TestCliRefusals::ineligibleLicense_data()
{
    QTest::addColumn<bool>("targetHasLicense");
    QTest::newRow("target already licensed") << true;
    QTest::newRow("allowed") << false;
}

void TestCliRefusals::ineligibleLicense()
{
    QFETCH(bool, targetHasLicense);
    SandboxAppliance &target = targetHasLicense ? *m_target : *m_small;
    snapshot();
    const CliRun run = runCli(checkArguments(*m_source, target, { QStringLiteral("--migrate-license") }),
        environment(*m_source, target));
    QCOMPARE(run.exitCode, 3); // the small target refuses anyway (version, disk)
    const QJsonObject entry = run.check(QStringLiteral("compat.license"));
    QCOMPARE(entry.value(QStringLiteral("satisfied")).toBool(), !targetHasLicense);
    if (targetHasLicense) {
        QVERIFY2(entry.value(QStringLiteral("reason"))
                     .toString()
                     .contains(QLatin1String("already has an active license")),
            qPrintable(entry.value(QStringLiteral("reason")).toString()));
        QVERIFY(entry.value(QStringLiteral("remedy")).toString().contains(QLatin1String("Migrate License")));
        QCOMPARE(run.event(QStringLiteral("refused")).value(QStringLiteral("id")).toString(),
            QStringLiteral("compat.license"));
        // migrate refuses the same way, before anything runs.
        QStringList migrate = checkArguments(*m_source, target,
            { QStringLiteral("--migrate-license"), QStringLiteral("--yes"), QStringLiteral("--offline") });
        migrate[0] = QStringLiteral("migrate");
        QCOMPARE(runCli(migrate, environment(*m_source, target)).exitCode, 3);
    }
    verifyUnchanged();
}

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "tst_cli_refusals.moc"
