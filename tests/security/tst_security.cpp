// SPDX-License-Identifier: GPL-3.0-or-later
// Credentials and least privilege, proven on a full cutover-cli migration between two real
// sandbox appliances (real applianced over TLS, real MariaDB, real OpenSSH for the traffic logs):
//  - no admin password reaches argv, the environment, stdout/stderr, or any file Cutover or
//    applianced wrote; no private key is left in a file Cutover wrote;
//  - while the copy runs, the temporary MariaDB accounts hold only what the copy needs;
//  - afterwards no temporary account, grant or SSH key is left on either appliance.
// Loopback addresses of this test: 127.0.171.1 – 127.0.171.4 (a source and a target per mode).
#include "sandboxappliance.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using cutover::test::SandboxAppliance;

namespace {

QString cliBinary()
{
    return qEnvironmentVariable("CUTOVER_CLI");
}

/** Runs one SQL statement as root over the sandbox's socket; rows tab-separated, one per line. */
QStringList query(const SandboxAppliance &s, const QString &sql)
{
    QProcess p;
    p.start(QStringLiteral("mariadb"),
        { QStringLiteral("--socket=") + s.info().dbSocket, QStringLiteral("-uroot"), QStringLiteral("-N"),
            QStringLiteral("-B"), QStringLiteral("-e"), sql });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("mariadb failed: %s", p.readAllStandardError().constData());
        return { QStringLiteral("<query failed>") };
    }
    QStringList rows = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    rows.removeAll(QString());
    return rows;
}

/** The binary logs of @p s as SQL text (mariadb-binlog reads the datadir's files directly). */
QByteArray binlogText(const SandboxAppliance &s)
{
    QDir dataDir(s.info().stateDir + QStringLiteral("/mysql"));
    QStringList files;
    for (const auto &f : dataDir.entryList({ QStringLiteral("mysql-bin.0*") }, QDir::Files, QDir::Name))
        files << dataDir.filePath(f);
    if (files.isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("mariadb-binlog"), files);
    if (!p.waitForFinished(60000))
        return {};
    return p.readAllStandardOutput();
}

QStringList migrationAccounts(const SandboxAppliance &s)
{
    return query(s,
        QStringLiteral("SELECT CONCAT(User, '@', Host) FROM mysql.user WHERE User LIKE 'cutover\\_mig\\_%'"));
}

/** Every form a secret could take in a file: as typed, base64, percent-encoded, hex. */
QList<QByteArray> formsOf(const QByteArray &secret)
{
    return { secret, secret.toBase64(), secret.toPercentEncoding(), secret.toHex() };
}

/** The files below @p root (recursively) whose content holds one of @p needles. */
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles, int *scanned)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        ++*scanned;
        const QByteArray content = f.readAll();
        for (const auto &needle : needles) {
            if (!needle.isEmpty() && content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    return hits;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void migrationKeepsSecretsAndRevokesAccess_data();
    void migrationKeepsSecretsAndRevokesAccess();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_secrets;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
};

void TestSecurity::initTestCase()
{
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
}

void TestSecurity::init()
{
    // A fresh pair per mode: 127.0.171.1/2 for the first row, .3/.4 for the second.
    static int pair = 0;
    ++pair;
    m_home = std::make_unique<QTemporaryDir>();
    m_secrets = std::make_unique<QTemporaryDir>();
    SandboxAppliance::Options sourceOptions;
    sourceOptions.license = QStringLiteral("active");
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    m_source = std::make_unique<SandboxAppliance>(QStringLiteral("tst-sec-src%1").arg(pair),
        QStringLiteral("127.0.171.%1").arg(2 * pair - 1), sourceOptions);
    m_target = std::make_unique<SandboxAppliance>(QStringLiteral("tst-sec-tgt%1").arg(pair),
        QStringLiteral("127.0.171.%1").arg(2 * pair), targetOptions);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
    QVERIFY(m_source->info().adminPassword.size() >= 12);
    QVERIFY(m_target->info().adminPassword.size() >= 12);
}

void TestSecurity::cleanup()
{
    m_source.reset();
    m_target.reset();
}

void TestSecurity::migrationKeepsSecretsAndRevokesAccess_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("copyStep");
    // The logical copy: its temporary read and write accounts are what this test inspects.
    // (tests/physical covers the physical path's ticket and accounts.)
    QTest::newRow("offline") << "--offline --logical-copy"
                             << "copy-data";
    QTest::newRow("low-downtime") << "--logical-copy"
                                  << "bulk-copy-data";
}

void TestSecurity::migrationKeepsSecretsAndRevokesAccess()
{
    QFETCH(QString, mode);
    QFETCH(QString, copyStep);
    // Passwords reach cutover-cli only through files outside every directory scanned below.
    const QString sourcePasswordFile = m_secrets->filePath(QStringLiteral("source"));
    const QString targetPasswordFile = m_secrets->filePath(QStringLiteral("target"));
    for (const auto &[path, password] : { std::pair { sourcePasswordFile, m_source->info().adminPassword },
             std::pair { targetPasswordFile, m_target->info().adminPassword } }) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(password.toUtf8() + '\n');
    }
    const QString dataDir = m_home->filePath(QStringLiteral("data"));
    const QString logDir = m_home->filePath(QStringLiteral("traffic-logs"));
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CUTOVER_SOURCE_PASSWORD"));
    env.remove(QStringLiteral("CUTOVER_TARGET_PASSWORD"));
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("CUTOVER_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("CUTOVER_TARGET_TRAFFIC_LOG_DIR"), logDir);
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("cutover.*.debug=true"));

    const QList<QByteArray> secrets
        = formsOf(m_source->info().adminPassword.toUtf8()) + formsOf(m_target->info().adminPassword.toUtf8());

    QStringList arguments { QStringLiteral("migrate"), QStringLiteral("--source"), m_source->info().address,
        QStringLiteral("--target"), m_target->info().address, QStringLiteral("--source-password-file"),
        sourcePasswordFile, QStringLiteral("--target-password-file"), targetPasswordFile,
        QStringLiteral("--trust-source"), m_source->info().tlsSha256, QStringLiteral("--trust-target"),
        m_target->info().tlsSha256, QStringLiteral("--migrate-license"),
        QStringLiteral("--copy-traffic-logs"), QStringLiteral("--yes"), QStringLiteral("--json"),
        QStringLiteral("--verbose") };
    arguments << mode.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(cliBinary(), arguments);
    QVERIFY(cli.waitForStarted(10000));
    const QString proc = QStringLiteral("/proc/%1/").arg(cli.processId());

    // While the copy runs: argv and environment of the live process, and the temporary accounts
    // (sampled at every output until the copy step ends, so both sides' accounts are seen).
    QByteArray out;
    qsizetype parsed = 0;
    bool sawCopy = false;
    bool copyEnded = false;
    bool checkedProcess = false;
    QSet<QString> sourceGrants;
    QSet<QString> targetGrants;
    QSet<QString> accountsDuringCopy;
    const auto grantsOf = [](const SandboxAppliance &s, QSet<QString> *into, QSet<QString> *accounts) {
        for (const auto &account : migrationAccounts(s)) {
            accounts->insert(account);
            const auto parts = account.split(QLatin1Char('@'));
            // An account dropped between the two queries has no grants to show: skip it.
            for (const auto &g :
                query(s, QStringLiteral("SHOW GRANTS FOR '%1'@'%2'").arg(parts[0], parts[1]))) {
                if (g.startsWith(QLatin1String("GRANT ")))
                    into->insert(g);
            }
        }
    };
    while (cli.state() != QProcess::NotRunning && cli.waitForReadyRead(120000)) {
        out += cli.readAllStandardOutput();
        qsizetype newline;
        while ((newline = out.indexOf('\n', parsed)) >= 0) {
            const QJsonObject e = QJsonDocument::fromJson(out.mid(parsed, newline - parsed)).object();
            parsed = newline + 1;
            if (e.value(QStringLiteral("event")).toString() == QLatin1String("state")
                && e.value(QStringLiteral("id")).toString() == copyStep) {
                const QString state = e.value(QStringLiteral("state")).toString();
                sawCopy = sawCopy || state == QLatin1String("running");
                copyEnded = copyEnded || state != QLatin1String("running");
            }
        }
        if (!sawCopy || copyEnded)
            continue;
        if (!checkedProcess) {
            checkedProcess = true;
            for (const char *file : { "cmdline", "environ" }) {
                QFile f(proc + QLatin1String(file));
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
                const QByteArray content = f.readAll();
                QVERIFY(!content.isEmpty());
                for (const auto &s : secrets)
                    QVERIFY2(!content.contains(s), file);
            }
        }
        grantsOf(*m_source, &sourceGrants, &accountsDuringCopy);
        grantsOf(*m_target, &targetGrants, &accountsDuringCopy);
    }
    QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(300000));
    out += cli.readAllStandardOutput();
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QVERIFY2(sawCopy, "the copy step never ran");

    // Least privilege while the copy ran: an account on each side, nothing that reaches beyond
    // the data (no SUPER, FILE, SHUTDOWN or ALL PRIVILEGES); the source side only reads.
    QVERIFY2(checkedProcess, "the process was never sampled during the copy");
    QVERIFY2(!sourceGrants.isEmpty(), "no temporary account was seen on the source during the copy");
    QVERIFY2(!targetGrants.isEmpty(), "no temporary account was seen on the target during the copy");
    const QSet<QString> forbidden { QStringLiteral("ALL PRIVILEGES"), QStringLiteral("SUPER"),
        QStringLiteral("FILE"), QStringLiteral("SHUTDOWN") };
    const QSet<QString> sourceAllowed { QStringLiteral("USAGE"), QStringLiteral("SELECT"),
        QStringLiteral("SHOW VIEW"), QStringLiteral("TRIGGER"), QStringLiteral("EVENT"),
        QStringLiteral("EXECUTE"), QStringLiteral("LOCK TABLES"), QStringLiteral("REPLICATION SLAVE"),
        QStringLiteral("BINLOG MONITOR"), QStringLiteral("SLAVE MONITOR"),
        QStringLiteral("REPLICATION CLIENT") };
    const QRegularExpression grantLine(QStringLiteral("^GRANT (.+?) ON "));
    const auto privileges = [&](const QString &grant) {
        QStringList list = grantLine.match(grant).captured(1).split(QStringLiteral(", "));
        for (auto &p : list)
            p = p.trimmed();
        return list;
    };
    for (const auto &g : sourceGrants + targetGrants) {
        qInfo("grant during the copy: %s", qPrintable(g.left(300)));
        QVERIFY2(grantLine.match(g).hasMatch(), qPrintable(g));
        for (const auto &p : privileges(g))
            QVERIFY2(!forbidden.contains(p), qPrintable(g));
    }
    for (const auto &g : sourceGrants) {
        for (const auto &p : privileges(g))
            QVERIFY2(sourceAllowed.contains(p), qPrintable(QStringLiteral("%1 in %2").arg(p, g)));
    }

    // Output of the run.
    for (const auto &s : secrets) {
        QVERIFY(!out.contains(s));
        QVERIFY(!err.contains(s));
    }

    // Every file Cutover wrote (data dir, home, copied logs) and applianced wrote (its state).
    int scanned = 0;
    QStringList hits = filesContaining(m_home->path(), secrets, &scanned);
    const QString cutoverFiles = m_home->path();
    QVERIFY2(scanned >= 3, "Cutover wrote no journal, run log or report to scan");
    // The appliances' whole state: applianced's config, settings, license, audit log and log,
    // sshd's files, and MariaDB's datadir with its binary logs.
    for (const auto &s : { m_source.get(), m_target.get() })
        hits += filesContaining(s->info().stateDir, secrets, &scanned);
    qInfo("scanned %d files for %d forms of the two admin passwords", scanned, int(secrets.size()));
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    // The one-time SSH key for the traffic logs lives in memory only.
    int ignored = 0;
    const QStringList keyFiles
        = filesContaining(cutoverFiles, { QByteArrayLiteral("PRIVATE KEY") }, &ignored);
    QVERIFY2(keyFiles.isEmpty(), qPrintable(keyFiles.join(QLatin1Char('\n'))));
    QVERIFY2(!QDir(logDir).isEmpty(), "the traffic logs were not copied");

    // Nothing left behind: no temporary account or grant on either side, no Cutover key in the
    // source's authorized keys.
    QCOMPARE(migrationAccounts(*m_source), QStringList());
    QCOMPARE(migrationAccounts(*m_target), QStringList());
    // The temporary accounts (and so their passwords) never reached a binary log, where every
    // binlog reader and replica would see them.
    for (const auto &s : { m_source.get(), m_target.get() }) {
        const QByteArray binlog = binlogText(*s);
        QVERIFY2(binlog.contains("Start: binlog"), qPrintable(s->info().name));
        QVERIFY2(!binlog.contains("cutover_mig_"), qPrintable(s->info().name));
    }
    // No replication connection of the migration is left with its account in the target's
    // replication info files (MariaDB keeps MASTER_PASSWORD there until RESET SLAVE ALL).
    for (const auto &s : { m_source.get(), m_target.get() }) {
        QDir dataDir(s->info().stateDir + QStringLiteral("/mysql"));
        for (const auto &f : dataDir.entryList({ QStringLiteral("*.info") }, QDir::Files)) {
            QFile info(dataDir.filePath(f));
            QVERIFY(info.open(QIODevice::ReadOnly));
            QVERIFY2(!info.readAll().contains("cutover_mig_"), qPrintable(info.fileName()));
        }
    }
    QFile keys(m_source->info().stateDir + QStringLiteral("/ssh/authorized_keys"));
    if (keys.open(QIODevice::ReadOnly)) {
        const QByteArray content = keys.readAll();
        QVERIFY2(!content.contains("cutover"), content.constData());
        QVERIFY2(content.trimmed().isEmpty(), content.constData());
    }
}

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
