// SPDX-License-Identifier: GPL-3.0-or-later
//
// Issue 8: for a source that is a node of a high-availability group, the Source Info page writes
// out the engine's DNS advice with the real names and addresses: what to change before (the
// source's name to the node that keeps serving, the source's address out of the load-balancing
// domain) and what to set back after (both names to the target's address). Real sandboxes: a
// master, the source replicating from it, and a standalone target.
// Addresses: master 127.0.197.1, source 127.0.197.2, target 127.0.197.3.
#include "api/applianceclient.h"
#include "pageid.h"
#include "preflight/sourceinfo.h"
#include "sandboxappliance.h"
#include "wizarddriver.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace cutover;
using namespace cutover::test;

class TestWizardHaDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourceInfoWritesOutTheDnsChanges();

private:
    QTemporaryDir m_data;
};

void TestWizardHaDns::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

void TestWizardHaDns::sourceInfoWritesOutTheDnsChanges()
{
    using S = WizardController::CheckState;
    const QString settingsPath = m_data.filePath(QStringLiteral("source.json"));
    {
        QFile f(settingsPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QJsonDocument(QJsonObject { { QStringLiteral("loadBalancingDomain"),
                              QJsonObject { { QStringLiteral("enabled"), true },
                                  { QStringLiteral("domain"), QStringLiteral("portal.example.test") } } } })
                .toJson());
    }
    SandboxAppliance::Options masterOptions;
    masterOptions.dataset = QStringLiteral("none");
    masterOptions.license = QStringLiteral("none");
    masterOptions.role = QStringLiteral("master");
    masterOptions.hostName = QStringLiteral("ha-master");
    SandboxAppliance master(QStringLiteral("wiz-hadns-m"), QStringLiteral("127.0.197.1"), masterOptions);
    QString error;
    QVERIFY2(master.start(&error), qPrintable(error));
    SandboxAppliance::Options sourceOptions = masterOptions;
    sourceOptions.role = QStringLiteral("replica");
    sourceOptions.peer = QStringLiteral("wiz-hadns-m");
    sourceOptions.hostName = QStringLiteral("ha-old");
    sourceOptions.settingsFile = settingsPath;
    SandboxAppliance source(QStringLiteral("wiz-hadns-src"), QStringLiteral("127.0.197.2"), sourceOptions);
    QVERIFY2(source.start(&error), qPrintable(error));
    SandboxAppliance::Options targetOptions;
    targetOptions.dataset = QStringLiteral("none");
    targetOptions.license = QStringLiteral("none");
    targetOptions.hostName = QStringLiteral("ha-new");
    SandboxAppliance target(QStringLiteral("wiz-hadns-tgt"), QStringLiteral("127.0.197.3"), targetOptions);
    QVERIFY2(target.start(&error), qPrintable(error));

    // The advice as the engine builds it from the source's own answers, read here directly.
    ApplianceClient client(source.info().address);
    client.setPinnedFingerprint(source.info().tlsSha256);
    client.setTimeouts(5000, 15000);
    QVERIFY(client.login(QStringLiteral("admin"), source.info().adminPassword.toUtf8()));
    const auto system = client.system();
    QVERIFY(system);
    const auto ha = client.ha();
    QVERIFY(ha);
    const auto settings = client.settings();
    QVERIFY(settings);
    const SourceInfo expected = SourceInfo::build(system.value(), {}, ha.value(), source.info().address,
        target.info().address, settings.value().groups);
    QVERIFY(expected.isHighAvailability());
    const QStringList before = expected.dnsAdviceBefore();
    const QStringList after = expected.dnsAdviceAfter(target.info().address);
    QVERIFY(!before.isEmpty());

    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    d.passWelcome();
    d.fillSource(source.info().address, source.info().adminPassword, target.info().address,
        target.info().adminPassword);
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
    QVERIFY2(d.checkState() == S::NeedsTrust, qPrintable(d.blockingChecks()));
    d.click(QStringLiteral("trust"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
    QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SourceInfoPageId));

    const QString notice = d.find<QLabel>(QStringLiteral("roleNotice"))->text();
    QVERIFY2(notice.contains(QStringLiteral("high availability")), qPrintable(notice));
    for (const QString &line : before + after)
        QVERIFY2(notice.contains(line.toHtmlEscaped()), qPrintable(line + QStringLiteral("\n") + notice));
    // The real names and addresses: the source's name moves to the master that keeps serving,
    // the source leaves the load-balancing domain, and afterwards both lead to the target.
    const QString fqdn = system.value().fqdn();
    QVERIFY(fqdn.startsWith(QStringLiteral("ha-old")));
    QVERIFY2(notice.contains(fqdn), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("127.0.197.1")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("portal.example.test")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("127.0.197.3")), qPrintable(notice));
    QVERIFY2(notice.contains(QStringLiteral("127.0.197.2")), qPrintable(notice));
}

QTEST_MAIN(TestWizardHaDns)
#include "tst_wizard_hadns.moc"
