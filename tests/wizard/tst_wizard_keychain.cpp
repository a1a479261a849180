// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Source page's "remember the password" box on a real Secret Service (gnome-keyring in a
// private D-Bus session, tests/support/with-keyring.sh; CUTOVER_KEYCHAIN_EXPECTED=available) and
// with no keychain at all (CUTOVER_KEYCHAIN_EXPECTED=unavailable).
// Addresses: source 127.0.64.1, target 127.0.64.2.
#include "credentials/passwordstore.h"
#include "pageid.h"
#include "sandboxappliance.h"
#include "sourcepage.h"
#include "wizarddriver.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace cutover;
using namespace cutover::test;

class TestWizardKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rememberedPasswordIsPrefilledAndForgotten();
    void withoutKeychainTheBoxSaysSo();

private:
    static bool keychainExpected()
    {
        return qEnvironmentVariable("CUTOVER_KEYCHAIN_EXPECTED") == QLatin1String("available");
    }
    /** What the keychain holds for @p account, read with a store of its own. */
    static PasswordStore::Status keychainHolds(const QString &account, QByteArray *password = nullptr);

    QTemporaryDir m_data;
};

void TestWizardKeychain::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("CUTOVER_DATA_DIR", m_data.path().toUtf8());
}

PasswordStore::Status TestWizardKeychain::keychainHolds(const QString &account, QByteArray *password)
{
    PasswordStore store;
    QSignalSpy read(&store, &PasswordStore::readFinished);
    store.read(account);
    if (!read.wait(10000))
        return PasswordStore::Status::Unavailable;
    if (password)
        *password = read.at(0).at(1).toByteArray();
    return read.at(0).at(2).value<PasswordStore::Status>();
}

void TestWizardKeychain::rememberedPasswordIsPrefilledAndForgotten()
{
    if (!keychainExpected())
        QSKIP("this run has no keychain on purpose");
    using S = WizardController::CheckState;
    using K = WizardController::KeychainState;
    SandboxAppliance::Options none;
    none.dataset = QStringLiteral("none");
    none.license = QStringLiteral("none");
    SandboxAppliance source(QStringLiteral("wiz-key-src"), QStringLiteral("127.0.64.1"), none);
    SandboxAppliance target(QStringLiteral("wiz-key-tgt"), QStringLiteral("127.0.64.2"), none);
    QString error;
    QVERIFY2(source.start(&error), qPrintable(error));
    QVERIFY2(target.start(&error), qPrintable(error));
    const QString account = PasswordStore::accountFor(source.info().address);

    // First start: tick the box, check; the password that logged in goes into the keychain.
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver d(&wizard);
        d.passWelcome();
        QCOMPARE(wizard.currentId(), int(SourcePageId));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.controller()->keychainState(), K::Available, 10000);
        auto *remember = d.find<QCheckBox>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isEnabled());
        QVERIFY(!d.find<QLabel>(QStringLiteral("keychainNote"))->isVisible());
        d.fillSource(source.info().address, source.info().adminPassword, target.info().address,
            target.info().adminPassword);
        remember->setChecked(true);
        QSignalSpy stored(wizard.controller(), &WizardController::passwordStored);
        d.click(QStringLiteral("check"));
        QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::Checking, 15000);
        QVERIFY2(d.checkState() == S::NeedsTrust, qPrintable(d.blockingChecks()));
        d.click(QStringLiteral("trust"));
        QTRY_VERIFY_WITH_TIMEOUT(d.checkState() != S::LoggingIn, 20000);
        QVERIFY2(d.checkState() == S::Passed, qPrintable(d.blockingChecks()));
        QVERIFY(stored.count() == 1 || stored.wait(10000));
        QCOMPARE(stored.at(0).at(0).value<PasswordStore::Status>(), PasswordStore::Status::Ok);
    }
    QByteArray held;
    QCOMPARE(keychainHolds(account, &held), PasswordStore::Status::Ok);
    QCOMPARE(held, source.info().adminPassword.toUtf8());

    // Next start: typing the address brings the password back, the box ticked.
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver d(&wizard);
        d.passWelcome();
        d.type(QStringLiteral("sourceAddress"), source.info().address);
        auto *password = d.find<QLineEdit>(QStringLiteral("sourcePassword"));
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), source.info().adminPassword, 10000);
        auto *remember = d.find<QCheckBox>(QStringLiteral("rememberPassword"));
        QVERIFY(remember->isChecked());
        QCOMPARE(wizard.controller()->sourcePassword(), source.info().adminPassword.toUtf8());

        // Unticking the box is the request to forget it: deleted from the keychain at once.
        QSignalSpy forgotten(wizard.controller(), &WizardController::passwordForgotten);
        remember->click();
        QVERIFY(!remember->isChecked());
        QVERIFY(forgotten.wait(10000));
        QCOMPARE(forgotten.at(0).at(0).value<PasswordStore::Status>(), PasswordStore::Status::Ok);
    }
    QCOMPARE(keychainHolds(account), PasswordStore::Status::NotFound);

    // And the start after that has nothing to fill in.
    {
        MigrationWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        WizardDriver d(&wizard);
        d.passWelcome();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.controller()->keychainState(), K::Available, 10000);
        // The start-up probe has answered; the next answer is the look-up of the typed address.
        QSignalSpy keychain(wizard.controller(), &WizardController::keychainChanged);
        d.type(QStringLiteral("sourceAddress"), source.info().address);
        QVERIFY(keychain.wait(10000));
        QVERIFY(d.find<QLineEdit>(QStringLiteral("sourcePassword"))->text().isEmpty());
        QVERIFY(!d.find<QCheckBox>(QStringLiteral("rememberPassword"))->isChecked());
    }

    // Never in a file: no plaintext copy under the data, config or home directories.
    const QByteArray secret = source.info().adminPassword.toUtf8();
    for (const QString &dir :
        { m_data.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) }) {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }
}

void TestWizardKeychain::withoutKeychainTheBoxSaysSo()
{
    if (keychainExpected())
        QSKIP("this run has a keychain");
    MigrationWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver d(&wizard);
    d.passWelcome();
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard.controller()->keychainState(), WizardController::KeychainState::Unavailable, 10000);
    auto *remember = d.find<QCheckBox>(QStringLiteral("rememberPassword"));
    QVERIFY(!remember->isEnabled());
    QVERIFY(!remember->isChecked());
    auto *note = d.find<QLabel>(QStringLiteral("keychainNote"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("keychain")), qPrintable(note->text()));
    // Nothing to remember into: even a programmatic request stays off.
    wizard.controller()->setRememberPassword(true);
    QVERIFY(!wizard.controller()->rememberPassword());
}

QTEST_MAIN(TestWizardKeychain)
#include "tst_wizard_keychain.moc"
