// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input at every entry point of cutover-cli: each is refused with a clear message, and
// neither appliance changes. Loopback addresses: 127.0.73.1 – 127.0.73.6 (three pairs),
// 127.0.73.9 (nothing listens), 127.0.73.10 (listens and never answers).
#include "faultpair.h"

#include <QFile>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

using namespace cutover::faults;

class TestFaultsInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void corruptedJournal();
    void tamperedLicenseFile();
    void ineligibleLicense();
    void downgrade();

private:
    void expectRefusal(const QString &name, FaultPair &pair, const CliRun &run, const QList<int> &exitCodes,
        const QString &mention);
    std::unique_ptr<FaultPair> m_pair;
    QTcpServer m_silent;
    QTcpServer m_silentHttps;
};

void TestFaultsInput::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CUTOVER_CLI"))
        QSKIP("CUTOVER_CLI is not set");
    FaultLedger::reset();
    FaultPair::Options options;
    options.bigTable = false;
    m_pair = std::make_unique<FaultPair>(QStringLiteral("flt-in"), 1, 73, options);
    QString error;
    QVERIFY2(m_pair->start(&error), qPrintable(error));
    // A host whose ports accept connections and then say nothing (a firewall that swallows, a hung service).
    QVERIFY(m_silent.listen(QHostAddress(QStringLiteral("127.0.73.10")), 80));
    QVERIFY(m_silentHttps.listen(QHostAddress(QStringLiteral("127.0.73.10")), 443));
    m_silent.pauseAccepting();
    m_silentHttps.pauseAccepting();
}

void TestFaultsInput::cleanupTestCase()
{
    m_pair.reset();
}

void TestFaultsInput::expectRefusal(const QString &name, FaultPair &pair, const CliRun &run,
    const QList<int> &exitCodes, const QString &mention)
{
    FaultCase fault(name, FaultLedger::Kind::BadInput);
    const QString text = run.allText();
    // What the user was told: the refusal, errors, unsatisfied checks and stderr (QtTest cuts
    // long messages, so show these rather than every event).
    QString told = QString::fromUtf8(run.stderrText);
    for (const auto &e : run.events) {
        const QString event = e.value(QStringLiteral("event")).toString();
        if (event != QLatin1String("check") || !e.value(QStringLiteral("satisfied")).toBool(true))
            told += QLatin1Char('\n')
                + QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)).left(400);
    }
    qInfo("%s: exit %d\n%s", qPrintable(name), run.exitCode, qPrintable(told));
    const bool codeOk = exitCodes.contains(run.exitCode);
    const bool messageOk = text.contains(mention, Qt::CaseInsensitive);
    const QString problems = pair.verifyUnchanged();
    fault.done(codeOk && messageOk && problems.isEmpty());
    QVERIFY2(codeOk, qPrintable(QStringLiteral("exit %1").arg(run.exitCode)));
    QVERIFY2(
        messageOk, qPrintable(QStringLiteral("no mention of \"%1\" in what the user was told").arg(mention)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestFaultsInput::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("url") << "url"
                         << "URL";
    QTest::newRow("port-suffix") << "port-suffix"
                                 << "port";
    QTest::newRow("spaces") << "spaces"
                            << "space";
    QTest::newRow("empty-address") << "empty-address"
                                   << "address";
    QTest::newRow("bad-ipv4") << "bad-ipv4"
                              << "address";
    QTest::newRow("wrong-password") << "wrong-password"
                                    << "password";
    QTest::newRow("closed-ports") << "closed-ports"
                                  << "127.0.73.9";
    QTest::newRow("silent-ports") << "silent-ports"
                                  << "127.0.73.10";
    QTest::newRow("changed-fingerprint") << "changed-fingerprint"
                                         << "fingerprint";
    QTest::newRow("same-appliance") << "same-appliance"
                                    << "same";
}

void TestFaultsInput::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, mention);
    FaultPair &pair = *m_pair;
    QStringList args = pair.migrateArguments({ QStringLiteral("--migrate-license") });
    const auto replace
        = [&](const QString &option, const QString &value) { args[args.indexOf(option) + 1] = value; };
    const QString source = pair.source().info().address;
    if (kind == QLatin1String("url"))
        replace(QStringLiteral("--source"), QStringLiteral("https://%1/admin").arg(source));
    else if (kind == QLatin1String("port-suffix"))
        replace(QStringLiteral("--source"), source + QStringLiteral(":443"));
    else if (kind == QLatin1String("spaces"))
        replace(QStringLiteral("--source"), QStringLiteral("127.0. 73.1"));
    else if (kind == QLatin1String("empty-address"))
        replace(QStringLiteral("--source"), QString());
    else if (kind == QLatin1String("bad-ipv4"))
        replace(QStringLiteral("--source"), QStringLiteral("127.0.73.300"));
    else if (kind == QLatin1String("closed-ports"))
        replace(QStringLiteral("--source"), QStringLiteral("127.0.73.9"));
    else if (kind == QLatin1String("silent-ports"))
        replace(QStringLiteral("--source"), QStringLiteral("127.0.73.10"));
    else if (kind == QLatin1String("changed-fingerprint"))
        replace(QStringLiteral("--trust-source"), pair.target().info().tlsSha256);
    else if (kind == QLatin1String("same-appliance")) {
        replace(QStringLiteral("--target"), source);
        replace(QStringLiteral("--trust-target"), pair.source().info().tlsSha256);
    }
    CliRun run;
    if (kind == QLatin1String("same-appliance")) {
        // Both logins succeed (it is one appliance with one password): the machine ids give it away.
        QTemporaryFile password;
        QVERIFY(password.open());
        password.write(pair.source().info().adminPassword.toUtf8() + '\n');
        password.flush();
        args << QStringLiteral("--target-password-file") << password.fileName();
        run = pair.run(args, 120000);
    } else if (kind == QLatin1String("wrong-password")) {
        // The environment carries the right one; a password file with a wrong one wins.
        QTemporaryFile wrong;
        QVERIFY(wrong.open());
        wrong.write("not-the-password\n");
        wrong.flush();
        args << QStringLiteral("--source-password-file") << wrong.fileName();
        run = pair.run(args, 120000);
    } else {
        run = pair.run(args, 120000);
    }
    expectRefusal(kind, pair, run, { 2, 3 }, mention);
}

void TestFaultsInput::corruptedJournal()
{
    FaultPair &pair = *m_pair;
    QFile journal(pair.dataDir() + QStringLiteral("/journal.json"));
    QVERIFY(journal.open(QIODevice::WriteOnly | QIODevice::Truncate));
    journal.write("{\"version\": 1, \"operations\": [ {\"id\": \"copy-da");
    journal.close();
    const CliRun status = pair.run({ QStringLiteral("status"), QStringLiteral("--json") });
    QVERIFY(status.exitCode >= 0); // no crash
    const CliRun resume
        = pair.run({ QStringLiteral("resume"), QStringLiteral("--json"), QStringLiteral("--yes") });
    expectRefusal(QStringLiteral("corrupted-journal"), pair, resume, { 2, 3, 4 }, QStringLiteral("journal"));
    QFile::remove(journal.fileName());
}

void TestFaultsInput::tamperedLicenseFile()
{
    FaultPair &pair = *m_pair;
    const QString path = pair.source().info().stateDir + QStringLiteral("/appliance/license.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QJsonObject license = QJsonDocument::fromJson(original).object();
    QJsonObject document = license.value(QStringLiteral("document")).toObject();
    document.insert(QStringLiteral("expires"), QStringLiteral("2099-12-31")); // a "free extension"
    license.insert(QStringLiteral("document"), document);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(license).toJson());
    file.close();
    const auto restoreFile = [&] {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(original);
    };
    auto restore = qScopeGuard(restoreFile);
    const CliRun run = pair.run(pair.migrateArguments({ QStringLiteral("--migrate-license") }), 120000);
    restore.dismiss();
    restoreFile();
    expectRefusal(QStringLiteral("tampered-license"), pair, run, { 3 }, QStringLiteral("license"));
}

void TestFaultsInput::ineligibleLicense()
{
    FaultPair::Options options;
    options.bigTable = false;
    options.sourceLicense = QStringLiteral("expired");
    FaultPair pair(QStringLiteral("flt-in-lic"), 3, 73, options);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    const CliRun run = pair.run(pair.migrateArguments({ QStringLiteral("--migrate-license") }), 120000);
    expectRefusal(QStringLiteral("ineligible-license"), pair, run, { 3 }, QStringLiteral("license"));
}

void TestFaultsInput::downgrade()
{
    // A target whose MariaDB is older than the source's: refused before anything changes.
    FaultPair::Options options;
    options.bigTable = false;
    options.targetDbVersion = QStringLiteral("10.6.5-MariaDB");
    FaultPair pair(QStringLiteral("flt-in-down"), 5, 73, options);
    QString error;
    QVERIFY2(pair.start(&error), qPrintable(error));
    const CliRun run = pair.run(pair.migrateArguments({ QStringLiteral("--migrate-license") }), 120000);
    expectRefusal(QStringLiteral("downgrade"), pair, run, { 3 }, QStringLiteral("older MariaDB"));
}

QTEST_GUILESS_MAIN(TestFaultsInput)
#include "tst_faults_input.moc"
