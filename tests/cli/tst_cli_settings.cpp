// SPDX-License-Identifier: GPL-3.0-or-later
// Copy System Settings through cutover-cli against two real sandboxes, every group checked on both
// sides afterwards: Swap Configuration off (only the basic groups reach the target) and on (the
// appliances exchange everything, reboot, and answer at each other's old address).
// Loopback addresses of this test: 127.0.102.1 – 127.0.102.4 (DNS: 127.0.102.250, nothing answers).
#include "clitestsupport.h"

#include <QTemporaryDir>

using namespace cutover;
using namespace cutover::test;

namespace {

QJsonObject sourceSettings()
{
    return QJsonObject {
        { QStringLiteral("timeAndNtp"),
            QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") },
                { QStringLiteral("ntpEnabled"), true },
                { QStringLiteral("ntpServers"), QJsonArray { QStringLiteral("ntp-src.example.test") } } } },
        { QStringLiteral("mailRelay"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("mail-src.example.test") },
                { QStringLiteral("port"), 587 },
                { QStringLiteral("sender"), QStringLiteral("src@example.test") } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QJsonArray { QStringLiteral("10.1.0.53") } },
                { QStringLiteral("searchDomains"), QJsonArray { QStringLiteral("src.example.test") } } } },
        { QStringLiteral("ftpBackup"),
            QJsonObject { { QStringLiteral("enabled"), true },
                { QStringLiteral("host"), QStringLiteral("ftp-src.example.test") },
                { QStringLiteral("directory"), QStringLiteral("/src") } } },
    };
}

QJsonObject targetSettings()
{
    return QJsonObject {
        { QStringLiteral("timeAndNtp"),
            QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("America/New_York") } } },
        { QStringLiteral("mailRelay"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("mail-tgt.example.test") } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QJsonArray { QStringLiteral("10.2.0.53") } } } },
        { QStringLiteral("ftpBackup"),
            QJsonObject { { QStringLiteral("enabled"), false },
                { QStringLiteral("host"), QStringLiteral("ftp-tgt.example.test") } } },
    };
}

/** A client for whatever appliance answers at @p address, with @p password; follows a renewed certificate. */
std::unique_ptr<ApplianceClient> clientAt(const QString &address, const QString &password, const QString &pin)
{
    auto c = std::make_unique<ApplianceClient>(address);
    c->setPinnedFingerprint(pin);
    c->setTimeouts(5000, 15000);
    auto fp = c->probeFingerprint();
    if (!fp && fp.error().kind() != ApiError::Kind::FingerprintMismatch)
        return nullptr;
    c->setPinnedFingerprint(fp ? fp.value() : fp.error().fingerprint());
    if (!c->login(QStringLiteral("admin"), password.toUtf8()))
        return nullptr;
    return c;
}

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void swapOffCopiesOnlyTheBasicGroups();
    void swapOnExchangesEverythingAndTheAddresses();

private:
    QProcessEnvironment environment() const;
    QStringList migrateArguments(const QStringList &extra = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    int m_pair = 0;
};

void TestCliSettings::init()
{
    if (cliBinary().isEmpty() || !QFile::exists(cliBinary()))
        QSKIP("CUTOVER_CLI is not set");
    m_dir = std::make_unique<QTemporaryDir>();
    const auto write = [this](const QString &name, const QJsonObject &settings) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(settings).toJson());
    };
    write(QStringLiteral("source.json"), sourceSettings());
    write(QStringLiteral("target.json"), targetSettings());
    ++m_pair;
    SandboxAppliance::Options source;
    source.license = QStringLiteral("active");
    source.settingsFile = m_dir->filePath(QStringLiteral("source.json"));
    SandboxAppliance::Options target;
    target.dataset = QStringLiteral("none");
    target.license = QStringLiteral("none");
    target.settingsFile = m_dir->filePath(QStringLiteral("target.json"));
    m_source = std::make_unique<SandboxAppliance>(QStringLiteral("tst-settings-src%1").arg(m_pair),
        QStringLiteral("127.0.102.%1").arg(2 * m_pair - 1), source);
    m_target = std::make_unique<SandboxAppliance>(QStringLiteral("tst-settings-tgt%1").arg(m_pair),
        QStringLiteral("127.0.102.%1").arg(2 * m_pair), target);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
}

void TestCliSettings::cleanup()
{
    m_source.reset();
    m_target.reset();
}

QProcessEnvironment TestCliSettings::environment() const
{
    return cliEnvironment(m_dir->path(), *m_source, *m_target, QStringLiteral("127.0.102.250"));
}

QStringList TestCliSettings::migrateArguments(const QStringList &extra) const
{
    return cutover::test::migrateArguments(*m_source, *m_target, extra);
}

void TestCliSettings::swapOffCopiesOnlyTheBasicGroups()
{
    const auto sourceBefore = clientFor(*m_source)->settings().value();
    const auto targetBefore = clientFor(*m_target)->settings().value();
    QVERIFY(sourceBefore.groups != targetBefore.groups);

    const CliRun run = runCli(migrateArguments(), environment());
    QVERIFY2(run.exitCode == 0, run.stdoutText.right(3000).constData());
    // The diff the check showed: the target's host-specific groups marked as kept.
    const QJsonObject diff = run.event(QStringLiteral("settings-diff"));
    QStringList excluded;
    for (const auto &v :
        diff.value(QStringLiteral("target")).toObject().value(QStringLiteral("excluded")).toArray())
        excluded << v.toString();
    excluded.sort();
    QStringList hostSpecific = sourceBefore.hostSpecific;
    hostSpecific.sort();
    QCOMPARE(excluded, hostSpecific);

    const auto sourceAfter = clientFor(*m_source)->settings().value();
    const auto targetAfter = clientFor(*m_target)->settings().value();
    QCOMPARE(sourceAfter.groups, sourceBefore.groups); // the source's settings do not change
    for (auto it = targetAfter.groups.begin(); it != targetAfter.groups.end(); ++it) {
        const bool host = sourceBefore.hostSpecific.contains(it.key());
        const QJsonValue expected
            = host ? targetBefore.groups.value(it.key()) : sourceBefore.groups.value(it.key());
        QVERIFY2(it.value() == expected, qPrintable(it.key()));
    }
    QCOMPARE(targetAfter.groups.keys(), targetBefore.groups.keys());
    // Each group the diff listed as changing did change, to the source's value.
    for (const auto &v :
        diff.value(QStringLiteral("target")).toObject().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString group = c.value(QStringLiteral("group")).toString();
        const QString key = c.value(QStringLiteral("key")).toString();
        QVERIFY2(!sourceBefore.hostSpecific.contains(group), qPrintable(group));
        QCOMPARE(targetAfter.groups.value(group).toObject().value(key),
            sourceBefore.groups.value(group).toObject().value(key));
    }
}

void TestCliSettings::swapOnExchangesEverythingAndTheAddresses()
{
    const QString sourceAddress = m_source->info().address;
    const QString targetAddress = m_target->info().address;
    auto source = clientFor(*m_source);
    auto target = clientFor(*m_target);
    const auto sourceBefore = source->settings().value();
    const auto targetBefore = target->settings().value();
    const QString sourceId = source->system().value().machineId;
    const QString targetId = target->system().value().machineId;
    source.reset();
    target.reset();

    QElapsedTimer clock;
    clock.start();
    const CliRun run = runCli(migrateArguments({ QStringLiteral("--swap-configuration") }), environment());
    const QJsonObject finished = run.event(QStringLiteral("finished"));
    QVERIFY2(run.exitCode == 0,
        qPrintable(finished.value(QStringLiteral("message")).toString() + QLatin1Char(' ')
            + finished.value(QStringLiteral("details")).toString() + QLatin1Char(' ')
            + QString::fromUtf8(run.stderrText)));
    qInfo("swap migration with reboot of both: %lld ms", clock.elapsed());
    QVERIFY(run.event(QStringLiteral("settings-diff")).value(QStringLiteral("swapConfiguration")).toBool());

    // The target took over the source's identity, address included; each kept its own password.
    auto newTarget = clientAt(sourceAddress, m_target->info().adminPassword, m_target->info().tlsSha256);
    auto oldSource = clientAt(targetAddress, m_source->info().adminPassword, m_source->info().tlsSha256);
    QVERIFY(newTarget && oldSource);
    const auto targetSystem = newTarget->system().value();
    const auto sourceSystem = oldSource->system().value();
    QCOMPARE(targetSystem.machineId, targetId);
    QCOMPARE(sourceSystem.machineId, sourceId);
    QCOMPARE(targetSystem.addresses, QStringList { sourceAddress });
    QCOMPARE(sourceSystem.addresses, QStringList { targetAddress });
    QCOMPARE(targetSystem.hostName,
        sourceBefore.groups.value(QStringLiteral("network"))
            .toObject()
            .value(QStringLiteral("hostName"))
            .toString());
    // Every group, both sides.
    const auto targetAfter = newTarget->settings().value();
    const auto sourceAfter = oldSource->settings().value();
    for (auto it = sourceBefore.groups.begin(); it != sourceBefore.groups.end(); ++it)
        QVERIFY2(targetAfter.groups.value(it.key()) == it.value(), qPrintable(it.key()));
    for (auto it = targetBefore.groups.begin(); it != targetBefore.groups.end(); ++it)
        QVERIFY2(sourceAfter.groups.value(it.key()) == it.value(), qPrintable(it.key()));
    // Both answer with new certificates (Update Certificates), pinned and remembered.
    QVERIFY(newTarget->pinnedFingerprint() != m_target->info().tlsSha256);
    QVERIFY(oldSource->pinnedFingerprint() != m_source->info().tlsSha256);
    QVERIFY(sourceSystem.maintenance); // the fallback
    QCOMPARE(sourceSystem.migratedTo, targetId);
}

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_cli_settings.moc"
