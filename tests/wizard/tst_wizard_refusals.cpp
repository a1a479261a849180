// SPDX-License-Identifier: GPL-3.0-or-later
//
// Each refusal of the Source and Options pages, through the real wizard against real sandbox
// appliances. Addresses: 127.0.61.1 (source), 127.0.61.2 (licensed target), 127.0.61.9 (nothing).
#include "pageid.h"
#include "preflight/addressvalidator.h"
#include "sandboxappliance.h"
#include "wizarddriver.h"

#include <QAccessible>
#include <QComboBox>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;

class TestWizardRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void nextNeedsAPassedCheck();
    void badAddressIsNamed();
    void closedPortIsShownAsRefused();
    void wrongPasswordIsRefused();
    void licensedTargetDisablesMigrateLicense();
    void everyControlHasAnAccessibleName();
    void cleanupTestCase();

private:
    /** Runs the check and waits until it ends in @p state, answering the trust question. */
    void checkUntil(WizardController::CheckState state);

    QTemporaryDir m_data;
    std::unique_ptr<SandboxAppliance> m_source;
    std::unique_ptr<SandboxAppliance> m_target;
    std::unique_ptr<MigrationWizard> m_wizard;
};

void TestWizardRefusals::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
    SandboxAppliance::Options source;
    source.dataset = QStringLiteral("none");
    SandboxAppliance::Options target;
    target.dataset = QStringLiteral("none");
    target.license = QStringLiteral("active");
    m_source = std::make_unique<SandboxAppliance>(
        QStringLiteral("wiz-ref-src"), QStringLiteral("127.0.61.1"), source);
    m_target = std::make_unique<SandboxAppliance>(
        QStringLiteral("wiz-ref-tgt"), QStringLiteral("127.0.61.2"), target);
    QString error;
    QVERIFY2(m_source->start(&error), qPrintable(error));
    QVERIFY2(m_target->start(&error), qPrintable(error));
}

void TestWizardRefusals::init()
{
    m_wizard = std::make_unique<MigrationWizard>();
    m_wizard->setOpenLoginPageOnClose(false);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    WizardDriver(m_wizard.get()).passWelcome();
    QCOMPARE(m_wizard->currentId(), int(SourcePageId));
}

void TestWizardRefusals::cleanup()
{
    m_wizard.reset();
}

void TestWizardRefusals::cleanupTestCase()
{
    m_source.reset();
    m_target.reset();
}

void TestWizardRefusals::checkUntil(WizardController::CheckState state)
{
    using S = WizardController::CheckState;
    WizardDriver d(m_wizard.get());
    const auto settled = [&d] {
        const auto s = d.checkState();
        return s == S::NeedsTrust || s == S::Passed || s == S::Failed;
    };
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(settled(), 15000);
    if (d.checkState() == S::NeedsTrust && state != S::NeedsTrust) {
        d.click(QStringLiteral("trust"));
        QTRY_VERIFY_WITH_TIMEOUT(settled() && d.checkState() != S::NeedsTrust, 20000);
    }
    if (d.checkState() != state) {
        for (const auto &c : m_wizard->controller()->checks())
            qWarning() << c.entry.id << c.entry.satisfied << c.entry.reasonText();
    }
    QCOMPARE(d.checkState(), state);
}

void TestWizardRefusals::nextNeedsAPassedCheck()
{
    WizardDriver d(m_wizard.get());
    d.fillSource(m_source->info().address, m_source->info().adminPassword, m_target->info().address,
        m_target->info().adminPassword);
    QVERIFY(!d.nextEnabled());
    checkUntil(WizardController::CheckState::Passed);
    QVERIFY(d.nextEnabled());
    // Changing an input invalidates the check at once.
    d.type(QStringLiteral("sourcePassword"), QStringLiteral("changed"));
    QVERIFY(!d.nextEnabled());
}

void TestWizardRefusals::badAddressIsNamed()
{
    WizardDriver d(m_wizard.get());
    const QString typed = QStringLiteral("https://127.0.61.1/admin");
    d.fillSource(typed, QStringLiteral("x"), m_target->info().address, QStringLiteral("y"));
    QElapsedTimer clock;
    clock.start();
    d.click(QStringLiteral("check"));
    // Refused instantly, without a lookup, with the exact problem and the host it meant.
    QCOMPARE(d.checkState(), WizardController::CheckState::Failed);
    QVERIFY(clock.elapsed() < 1000);
    const QString expected = AddressValidator::check(typed).message();
    QVERIFY(!expected.isEmpty());
    QVERIFY2(d.checkText(QStringLiteral("input.sourceAddress")).contains(expected.toHtmlEscaped()),
        qPrintable(d.checkText(QStringLiteral("input.sourceAddress"))));
    QVERIFY(!d.nextEnabled());
}

void TestWizardRefusals::closedPortIsShownAsRefused()
{
    WizardDriver d(m_wizard.get());
    d.fillSource(QStringLiteral("127.0.61.9"), QStringLiteral("x"), m_target->info().address,
        m_target->info().adminPassword);
    QElapsedTimer clock;
    clock.start();
    checkUntil(WizardController::CheckState::Failed);
    QVERIFY2(clock.elapsed() < 10000, "every probe ends within its time limit");
    for (const char *port : { "80", "443", "3306" }) {
        const QString id = QStringLiteral("port.source.%1").arg(QLatin1String(port));
        bool found = false;
        for (const auto &c : m_wizard->controller()->checks()) {
            if (c.entry.id != id)
                continue;
            found = true;
            QVERIFY(!c.pending);
            QVERIFY(!c.entry.satisfied);
            QCOMPARE(c.entry.details.value(QStringLiteral("outcome")).toString(), QStringLiteral("refused"));
            // The page shows the reason and the remedy.
            QVERIFY(d.checkText(id).contains(c.entry.reasonText().toHtmlEscaped()));
            QVERIFY(d.checkText(id).contains(c.entry.remedyText().toHtmlEscaped()));
        }
        QVERIFY2(found, qPrintable(id));
    }
    // The target's ports are open, and shown as such.
    QVERIFY(d.checkText(QStringLiteral("port.target.443")).size() > 0);
    QVERIFY(!d.nextEnabled());
}

void TestWizardRefusals::wrongPasswordIsRefused()
{
    WizardDriver d(m_wizard.get());
    d.fillSource(m_source->info().address, QStringLiteral("not|the password"), m_target->info().address,
        m_target->info().adminPassword);
    checkUntil(WizardController::CheckState::Failed);
    // The message names the side that failed and what to do, not a generic "connection failed".
    const QString text = d.checkText(QStringLiteral("login"));
    QVERIFY2(text.contains(QStringLiteral("127.0.61.1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("rejected the user name or password")), qPrintable(text));
    QVERIFY(!d.nextEnabled());
}

void TestWizardRefusals::licensedTargetDisablesMigrateLicense()
{
    WizardDriver d(m_wizard.get());
    d.fillSource(m_source->info().address, m_source->info().adminPassword, m_target->info().address,
        m_target->info().adminPassword);
    checkUntil(WizardController::CheckState::Passed);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(SourceInfoPageId));
    QCOMPARE(d.find<QLineEdit>(QStringLiteral("licenseGuid"))->text(),
        m_wizard->controller()->sourceInfo().license.guid);
    QVERIFY(!d.find<QLineEdit>(QStringLiteral("hostName"))->text().isEmpty());
    QVERIFY(d.find<QLabel>(QStringLiteral("roleNotice"))->text().contains(QStringLiteral("standalone")));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(OptionsPageId));
    auto *license = d.find<QCheckBox>(QStringLiteral("migrateLicense"));
    QVERIFY(license);
    QVERIFY(!license->isEnabled());
    QVERIFY(!license->isChecked());
    const QString reason = d.find<QLabel>(QStringLiteral("licenseReason"))->text();
    QVERIFY2(reason.contains(QStringLiteral("already has an active license")), qPrintable(reason));
    QVERIFY(!m_wizard->controller()->options().migrateLicense);
}

void TestWizardRefusals::everyControlHasAnAccessibleName()
{
    WizardDriver d(m_wizard.get());
    d.fillSource(m_source->info().address, m_source->info().adminPassword, m_target->info().address,
        m_target->info().adminPassword);
    checkUntil(WizardController::CheckState::Passed);
    const auto verifyNames = [this] {
        const auto widgets = m_wizard->currentPage()->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QLineEdit *>(w)
                && !qobject_cast<QComboBox *>(w))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            QVERIFY(a);
            QVERIFY2(!a->text(QAccessible::Name).isEmpty(),
                qPrintable(QStringLiteral("page %1: %2 %3")
                               .arg(m_wizard->currentId())
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
    };
    verifyNames();
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(WelcomePageId));
    verifyNames();
    m_wizard->next();
    QCOMPARE(d.checkState(), WizardController::CheckState::Passed);
    for (int page : { SourceInfoPageId, OptionsPageId, ConfirmationPageId }) {
        m_wizard->next();
        QCOMPARE(m_wizard->currentId(), page);
        verifyNames();
    }
}

QTEST_MAIN(TestWizardRefusals)
#include "tst_wizard_refusals.moc"
