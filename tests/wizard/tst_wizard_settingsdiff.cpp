// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Options page's before/after view of the settings (issue 7) and its physical-copy box
// (issue 9), in the real wizard, offscreen, against two sandbox appliances with different
// settings: the rows shown are exactly the engine's SettingsDiff for swap off and swap on, built
// here from the appliances' own answers; the host-specific groups are marked excluded only
// while Swap Configuration is off; ticking the box redraws the view.
// Addresses: source 127.0.196.1, target 127.0.196.2.
#include "api/applianceclient.h"
#include "pageid.h"
#include "preflight/settingsdiff.h"
#include "sandboxappliance.h"
#include "settingsdiffview.h"
#include "wizarddriver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;

namespace {

QJsonObject sourceSettings()
{
    return QJsonObject {
        { QStringLiteral("mailRelay"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("mail-src.example.test") },
                { QStringLiteral("port"), 587 } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"),
                QJsonArray { QStringLiteral("10.1.0.53"), QStringLiteral("10.1.0.54") } } } },
        { QStringLiteral("ftpBackup"),
            QJsonObject { { QStringLiteral("enabled"), true },
                { QStringLiteral("host"), QStringLiteral("ftp-src.example.test") } } },
    };
}

QJsonObject targetSettings()
{
    return QJsonObject {
        { QStringLiteral("timeAndNtp"),
            QJsonObject { { QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin") } } },
        { QStringLiteral("mailRelay"),
            QJsonObject { { QStringLiteral("host"), QStringLiteral("mail-tgt.example.test") } } },
        { QStringLiteral("dns"),
            QJsonObject { { QStringLiteral("servers"), QJsonArray { QStringLiteral("10.2.0.53") } } } },
    };
}

SettingsSnapshot settingsOf(const SandboxAppliance &appliance)
{
    ApplianceClient client(appliance.info().address);
    client.setPinnedFingerprint(appliance.info().tlsSha256);
    client.setTimeouts(5000, 15000);
    if (!client.login(QStringLiteral("admin"), appliance.info().adminPassword.toUtf8()))
        return {};
    auto settings = client.settings();
    return settings ? settings.value() : SettingsSnapshot {};
}

QString placeholderOr(const QJsonValue &value, const QString &missing)
{
    if (value.isUndefined())
        return missing;
    const QString text = SettingsDiff::formatValue(value);
    return text.isEmpty() ? QStringLiteral("(empty)") : text;
}

/** The engine's diff as the lines the view must show: "side/group excluded" or "side/group/key: a → b". */
QStringList expectedRows(const SettingsDiff &diff)
{
    QStringList rows;
    for (auto side : { SettingsDiff::Side::Target, SettingsDiff::Side::Source }) {
        const QString name
            = side == SettingsDiff::Side::Source ? QStringLiteral("source") : QStringLiteral("target");
        for (const auto &group : diff.groups(side)) {
            if (group.excluded) {
                rows << QStringLiteral("%1/%2 excluded").arg(name, group.name);
                continue;
            }
            for (const auto &c : group.changes)
                rows << QStringLiteral("%1/%2/%3: %4 → %5")
                            .arg(name, group.name, c.key,
                                placeholderOr(c.before, QStringLiteral("(not set)")),
                                placeholderOr(c.after, QStringLiteral("(default)")));
        }
    }
    return rows;
}

/** What the view shows, in the same form. */
QStringList shownRows(QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *side = tree->topLevelItem(i);
        const QString name = side->data(0, Qt::UserRole).toString();
        for (int g = 0; g < side->childCount(); ++g) {
            QTreeWidgetItem *group = side->child(g);
            const QString groupName = group->data(0, Qt::UserRole).toString();
            if (group->data(0, SettingsDiffView::kExcludedRole).toBool()) {
                rows << QStringLiteral("%1/%2 excluded").arg(name, groupName);
                continue;
            }
            for (int k = 0; k < group->childCount(); ++k) {
                QTreeWidgetItem *row = group->child(k);
                rows << QStringLiteral("%1/%2/%3: %4 → %5")
                            .arg(name, groupName, row->data(0, Qt::UserRole).toString(), row->text(1),
                                row->text(2));
            }
        }
    }
    return rows;
}

} // namespace

class TestWizardSettingsDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void optionsPageShowsTheEnginesDiff();

private:
    QTemporaryDir m_data;
};

void TestWizardSettingsDiff::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

void TestWizardSettingsDiff::optionsPageShowsTheEnginesDiff()
{
    using S = WizardController::CheckState;
    const auto write = [this](const QString &name, const QJsonObject &settings) {
        QFile f(m_data.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(settings).toJson());
    };
    write(QStringLiteral("source.json"), sourceSettings());
    write(QStringLiteral("target.json"), targetSettings());
    SandboxAppliance::Options sourceOptions;
    sourceOptions.dataset = QStringLiteral("none");
    sourceOptions.license = QStringLiteral("none");
    sourceOptions.hostName = QStringLiteral("diff-old");
    sourceOptions.settingsFile = m_data.filePath(QStringLiteral("source.json"));
    SandboxAppliance::Options targetOptions = sourceOptions;
    targetOptions.hostName = QStringLiteral("diff-new");
    targetOptions.settingsFile = m_data.filePath(QStringLiteral("target.json"));
    SandboxAppliance source(QStringLiteral("wiz-diff-src"), QStringLiteral("127.0.196.1"), sourceOptions);
    SandboxAppliance target(QStringLiteral("wiz-diff-tgt"), QStringLiteral("127.0.196.2"), targetOptions);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));

    // What the appliances themselves answer, read here, not through the wizard.
    const SettingsSnapshot sourceNow = settingsOf(source);
    const SettingsSnapshot targetNow = settingsOf(target);
    QVERIFY(!sourceNow.groups.isEmpty());
    QVERIFY(!targetNow.groups.isEmpty());

    MigrationWizard wizard;
    wizard.setOpenLoginPageOnClose(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    WizardController *controller = wizard.controller();
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
    wizard.next();
    QCOMPARE(wizard.currentId(), int(OptionsPageId));

    auto *tree = d.find<QTreeWidget>(QStringLiteral("settingsDiff"));
    QVERIFY(tree);
    QVERIFY(tree->isVisible());
    auto *swap = d.find<QCheckBox>(QStringLiteral("swapConfiguration"));
    QVERIFY(swap->isEnabled());
    QVERIFY(!swap->isChecked());

    // Swap off: the basic groups go to the target; its host-specific groups are excluded; the
    // source is only read.
    const SettingsDiff off = SettingsDiff::build(sourceNow, targetNow, false);
    QVERIFY(!off.changes(SettingsDiff::Side::Target).isEmpty());
    QCOMPARE(shownRows(tree), expectedRows(off));
    const QStringList shownOff = shownRows(tree);
    QVERIFY(shownOff.contains(QStringLiteral("target/dns excluded")));
    QVERIFY(shownOff.contains(QStringLiteral("target/network excluded")));
    QVERIFY(shownOff.contains(
        QStringLiteral("target/mailRelay/host: mail-tgt.example.test → mail-src.example.test")));
    QVERIFY(shownOff.contains(QStringLiteral("target/timeAndNtp/timeZone: Europe/Berlin → UTC")));
    for (const QString &row : shownOff)
        QVERIFY2(!row.startsWith(QStringLiteral("source/")), qPrintable(row));
    QCOMPARE(tree->topLevelItem(1)->data(0, Qt::UserRole).toString(), QStringLiteral("source"));
    QCOMPARE(tree->topLevelItem(1)->childCount(), 0);

    // Swap on, ticked as a user would: both sides exchange everything, addresses included.
    QTest::mouseClick(swap, Qt::LeftButton, {}, QPoint(8, swap->height() / 2));
    QVERIFY(swap->isChecked());
    QVERIFY(controller->options().swapConfiguration);
    const SettingsDiff on = SettingsDiff::build(sourceNow, targetNow, true);
    QCOMPARE(shownRows(tree), expectedRows(on));
    const QStringList shownOn = shownRows(tree);
    QVERIFY(shownOn.contains(QStringLiteral("target/network/address: 127.0.196.2 → 127.0.196.1")));
    QVERIFY(shownOn.contains(QStringLiteral("source/network/address: 127.0.196.1 → 127.0.196.2")));
    QVERIFY(shownOn.contains(QStringLiteral("target/dns/servers: 10.2.0.53 → 10.1.0.53, 10.1.0.54")));
    for (const QString &row : shownOn)
        QVERIFY2(!row.endsWith(QStringLiteral(" excluded")), qPrintable(row));
    // Long enough to scroll, and it does.
    QVERIFY(tree->verticalScrollBar()->maximum() > 0);

    // And off again: back to the first view.
    QTest::mouseClick(swap, Qt::LeftButton, {}, QPoint(8, swap->height() / 2));
    QVERIFY(!swap->isChecked());
    QCOMPARE(shownRows(tree), shownOff);

    // Issue 9: the physical copy is a choice, on by default, and reaches the session.
    auto *physical = d.find<QCheckBox>(QStringLiteral("physicalCopy"));
    QVERIFY(physical);
    QVERIFY(physical->isChecked());
    QVERIFY(controller->session()->options().physicalCopy);
    physical->setChecked(false);
    QVERIFY(!controller->options().physicalCopy);
    QVERIFY(!controller->session()->options().physicalCopy);
    physical->setChecked(true);
    QVERIFY(controller->session()->options().physicalCopy);
}

QTEST_MAIN(TestWizardSettingsDiff)
#include "tst_wizard_settingsdiff.moc"
