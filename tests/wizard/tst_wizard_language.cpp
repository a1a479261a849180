// SPDX-License-Identifier: GPL-3.0-or-later
//
// The language switches at run time, without a restart: on every page of a complete migration
// the test switches English → German → English (the Welcome page's selector, then
// Translations directly), and checks that the visible texts change, that no English text
// stays on screen in German, and that English comes back exactly.
// Addresses: source 127.0.66.1, target 127.0.66.2.
#include "pageid.h"
#include "sandboxappliance.h"
#include "translations.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QGroupBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace cutover;
using namespace cutover::test;

namespace {

/** Every text the user sees on the current page and in the wizard's buttons, by widget. */
QMap<QString, QString> visibleTexts(QWizard *wizard)
{
    QMap<QString, QString> texts;
    QWizardPage *page = wizard->currentPage();
    texts.insert(QStringLiteral("page title"), page->title());
    texts.insert(QStringLiteral("page subtitle"), page->subTitle());
    int n = 0;
    const auto key = [&n](QWidget *w) {
        return QStringLiteral("%1#%2 %3")
            .arg(QLatin1String(w->metaObject()->className()))
            .arg(n++)
            .arg(w->objectName());
    };
    for (auto *w : page->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(page))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.insert(key(w), label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.insert(key(w), button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.insert(key(w), box->title());
    }
    for (auto which : { QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
             QWizard::FinishButton, QWizard::CancelButton }) {
        if (wizard->button(which)->isVisible())
            texts.insert(QStringLiteral("button %1").arg(int(which)), wizard->button(which)->text());
    }
    return texts;
}

/** True when @p text is made of words (not only names, numbers, addresses or fingerprints). */
bool hasWords(const QString &text)
{
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    // Names that are the same in both languages.
    for (const char *name : { "Cutover", "English", "Deutsch", "MariaDB", "SHA-256", "HTTPS", "HTTP", "SSH",
             "SFTP", "DNS", "TLS", "GUID", "IP", "TTL" })
        plain.remove(QLatin1String(name));
    plain.remove(
        QRegularExpression(QStringLiteral("[\\w.-]+\\.[\\w.-]+"))); // host names, addresses, versions
    return plain.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")));
}

} // namespace

class TestWizardLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageSwitchesLanguage();

private:
    void switchAndCompare(MigrationWizard *wizard, Translations *translations);

    QTemporaryDir m_data;
};

void TestWizardLanguage::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

void TestWizardLanguage::switchAndCompare(MigrationWizard *wizard, Translations *translations)
{
    const QString page = wizard->currentPage()->title();
    const QMap<QString, QString> english = visibleTexts(wizard);
    if (wizard->currentId() == WelcomePageId) {
        // The way a user does it: the selector on the Welcome page.
        auto *selector = wizard->currentPage()->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(selector && selector->isVisible());
        selector->setFocus();
        QTest::keyClick(selector, Qt::Key_Down); // English → Deutsch, emits activated()
        QCOMPARE(selector->currentData().toString(), QStringLiteral("de"));
    } else {
        translations->installLanguage(QStringLiteral("de"));
    }
    // QEvent::LanguageChange is posted: the page changes once the event loop delivered it.
    QTRY_VERIFY2(wizard->currentPage()->title() != page, qPrintable(page));
    const QMap<QString, QString> german = visibleTexts(wizard);
    QStringList stayedEnglish;
    int changed = 0;
    for (auto it = english.begin(); it != english.end(); ++it) {
        const QString de = german.value(it.key());
        if (de != it.value())
            ++changed;
        else if (hasWords(it.value()))
            stayedEnglish << QStringLiteral("%1: %2").arg(it.key(), it.value());
    }
    QVERIFY2(changed > 0, qPrintable(page));
    QVERIFY2(stayedEnglish.isEmpty(),
        qPrintable(
            QStringLiteral("English left on the German page “%1”:\n%2").arg(page, stayedEnglish.join('\n'))));

    translations->installLanguage(QStringLiteral("en"));
    QTRY_COMPARE(wizard->currentPage()->title(), page);
    // Result lists are rebuilt on a language change: wait for each text rather than read once.
    for (auto it = english.begin(); it != english.end(); ++it)
        QTRY_COMPARE(visibleTexts(wizard).value(it.key()), it.value());
}

void TestWizardLanguage::everyPageSwitchesLanguage()
{
    using S = WizardController::CheckState;
    SandboxAppliance::Options none;
    none.dataset = QStringLiteral("none");
    SandboxAppliance::Options target = none;
    target.license = QStringLiteral("none");
    SandboxAppliance source(QStringLiteral("wiz-lang-src"), QStringLiteral("127.0.66.1"), none);
    SandboxAppliance targetAppliance(QStringLiteral("wiz-lang-tgt"), QStringLiteral("127.0.66.2"), target);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(targetAppliance.start(&error), qPrintable(error));

    Translations translations;
    translations.installLanguage(QStringLiteral("en"));
    MigrationWizard wizard(&translations);
    wizard.setOpenLoginPageOnClose(false);
    wizard.showLanguage(QStringLiteral("en"));
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    WizardDriver d(&wizard);

    switchAndCompare(&wizard, &translations); // Welcome
    if (QTest::currentTestFailed())
        return;
    d.passWelcome();
    d.fillSource(source.info().address, source.info().adminPassword, targetAppliance.info().address,
        targetAppliance.info().adminPassword);
    d.click(QStringLiteral("check"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
    QCOMPARE(d.checkState(), S::NeedsTrust);
    d.click(QStringLiteral("trust"));
    QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
    QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
    switchAndCompare(&wizard, &translations); // Source, with its check results
    if (QTest::currentTestFailed())
        return;
    for (int id : { SourceInfoPageId, OptionsPageId, ConfirmationPageId }) {
        wizard.next();
        QCOMPARE(wizard.currentId(), id);
        switchAndCompare(&wizard, &translations);
        if (QTest::currentTestFailed())
            return;
    }
    QSignalSpy finished(wizard.controller(), &WizardController::runFinished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ExecutionPageId));
    QVERIFY(wizard.controller()->isFinished() || finished.wait(300000));
    QCOMPARE(wizard.controller()->outcome(), Runner::Outcome::Succeeded);
    switchAndCompare(&wizard, &translations); // Execution, finished
    if (QTest::currentTestFailed())
        return;
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ResultPageId));
    switchAndCompare(&wizard, &translations);
}

QTEST_MAIN(TestWizardLanguage)
#include "tst_wizard_language.moc"
