// SPDX-License-Identifier: GPL-3.0-or-later
//
// Preflight and ApplianceClient against a real sandbox appliance (MariaDB, applianced, sshd).
// Address: 127.0.44.1 (this executable only). Skipped when $CUTOVER_SANDBOX is not built.

#include "api/applianceclient.h"
#include "preflight/compatibilitycheck.h"
#include "preflight/portprobe.h"
#include "preflight/sourceinfo.h"
#include "sandboxappliance.h"
#include "trust/fingerprint.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <memory>

using namespace cutover;
using cutover::test::SandboxAppliance;

namespace {
const QString Address = QStringLiteral("127.0.44.1");
}

class TestPreflightSandbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxAppliance> m_sandbox;

    std::unique_ptr<ApplianceClient> loggedIn()
    {
        auto c = std::make_unique<ApplianceClient>(Address);
        c->setPinnedFingerprint(m_sandbox->info().tlsSha256);
        c->setTimeouts(5000, 20000);
        auto r = c->login(QStringLiteral("admin"), m_sandbox->info().adminPassword.toUtf8());
        if (!r)
            qWarning("login failed: %s", qPrintable(r.error().technicalSummary()));
        return c;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(SandboxAppliance::sandboxBinary()).isExecutable())
            QSKIP("cutover-sandbox is not built ($CUTOVER_SANDBOX)");
        SandboxAppliance::Options options;
        options.dataset = QStringLiteral("none");
        m_sandbox = std::make_unique<SandboxAppliance>(QStringLiteral("tst-preflight"), Address, options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void everyPortAnswersWithTheRightService()
    {
        QElapsedTimer timer;
        timer.start();
        const auto results
            = PortProbe::probeAll(PortProbe::migrationTargets(QStringLiteral("source"), Address, true), 3000);
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(results.size(), 4);
        for (const auto &r : results) {
            QVERIFY2(r.outcome == PortProbe::Outcome::Open,
                qPrintable(
                    QStringLiteral("%1: %2").arg(r.target.port).arg(PortProbe::requirement(r).reasonText())));
        }
        QVERIFY(results.at(2).serverInfo.contains(QLatin1String("MariaDB")));
        QVERIFY(results.at(3).serverInfo.startsWith(QLatin1String("SSH-2.0-")));
        QCOMPARE(results.at(1).serverInfo, Fingerprint::normalised(m_sandbox->info().tlsSha256));
    }

    void trustOnFirstUseAndWrongPassword()
    {
        ApplianceClient fresh(Address);
        const auto probe = fresh.probeFingerprint();
        QVERIFY2(probe.ok(), qPrintable(probe.error().technicalSummary()));
        QCOMPARE(probe.value(), Fingerprint::normalised(m_sandbox->info().tlsSha256));
        const auto untrusted = fresh.login(QStringLiteral("admin"), m_sandbox->info().adminPassword.toUtf8());
        QCOMPARE(untrusted.error().kind(), ApiError::Kind::Untrusted);

        fresh.setPinnedFingerprint(probe.value());
        const auto health = fresh.health();
        QVERIFY2(health.ok(), qPrintable(health.error().technicalSummary()));
        QVERIFY(!health.value().machineId.isEmpty());
        const auto wrong = fresh.login(QStringLiteral("admin"), QByteArray("not the password"));
        QCOMPARE(wrong.error().kind(), ApiError::Kind::Http);
        QCOMPARE(wrong.error().code(), QStringLiteral("auth.invalid_credentials"));
    }

    void typedCallsAgainstApplianced()
    {
        auto c = loggedIn();
        QVERIFY(c->isLoggedIn());
        const auto system = c->system();
        QVERIFY2(system.ok(), qPrintable(system.error().technicalSummary()));
        const SystemInfo &s = system.value();
        QVERIFY(!s.machineId.isEmpty());
        QCOMPARE(s.addresses.value(0), Address);
        QCOMPARE(Fingerprint::normalised(s.tlsSha256), Fingerprint::normalised(m_sandbox->info().tlsSha256));
        QVERIFY(CompatibilityCheck::parseDbVersion(s.database.version, s.database.flavor).isValid());
        QVERIFY(s.disk.freeBytes > 0);
        QCOMPARE(s.license.state, QStringLiteral("active"));

        const auto settings = c->settings();
        QVERIFY2(settings.ok(), qPrintable(settings.error().technicalSummary()));
        QVERIFY(settings.value().groups.contains(QLatin1String("network")));
        QVERIFY(settings.value().hostSpecific.contains(QLatin1String("loadBalancingDomain")));

        QVERIFY(c->setMaintenance(true).ok());
        QCOMPARE(c->maintenance().value(), true);
        QVERIFY(c->setMaintenance(false).ok());
        QCOMPARE(c->maintenance().value(), false);

        const auto ha = c->ha();
        QVERIFY2(ha.ok(), qPrintable(ha.error().technicalSummary()));
        QCOMPARE(ha.value().role, QStringLiteral("standalone"));

        const auto account = c->createDbAccount(ApplianceClient::DbAccess::Read, QStringLiteral("127.0.0.%"));
        QVERIFY2(account.ok(), qPrintable(account.error().technicalSummary()));
        QVERIFY(account.value().user.startsWith(QLatin1String("cutover_mig_")));
        QVERIFY(!account.value().password.isEmpty());
        QVERIFY(c->dropDbAccount(account.value().user).ok());

        const auto exported = c->exportLicense();
        QVERIFY2(exported.ok(), qPrintable(exported.error().technicalSummary()));
        QCOMPARE(exported.value()
                     .value(QLatin1String("document"))
                     .toObject()
                     .value(QLatin1String("guid"))
                     .toString(),
            s.license.guid);
        const auto imported = c->importLicense(exported.value());
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code(), QStringLiteral("license.target_has_license"));

        const auto audit = c->audit();
        QVERIFY2(audit.ok(), qPrintable(audit.error().technicalSummary()));
        bool sawLogin = false;
        for (const AuditEntry &e : audit.value())
            sawLogin = sawLogin || e.action == QLatin1String("session.login");
        QVERIFY(sawLogin);

        const SourceInfo info
            = SourceInfo::build(s, SystemInfo(), ha.value(), Address, QString(), settings.value().groups);
        QCOMPARE(info.notice(), QStringLiteral("The system is a standalone type"));
        QCOMPARE(info.licenseGuid(), s.license.guid);
    }
};

QTEST_GUILESS_MAIN(TestPreflightSandbox)
#include "tst_preflight_sandbox.moc"
