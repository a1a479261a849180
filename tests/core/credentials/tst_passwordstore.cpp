// SPDX-License-Identifier: GPL-3.0-or-later
// Runs twice: inside a private D-Bus session with gnome-keyring (CUTOVER_KEYCHAIN_EXPECTED=available)
// and with no session bus at all (CUTOVER_KEYCHAIN_EXPECTED=unavailable).
#include "credentials/passwordstore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using cutover::PasswordStore;

class TestPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsAndDeletes();
    void withoutKeychainNothingIsRemembered();

private:
    static bool keychainExpected()
    {
        return qEnvironmentVariable("CUTOVER_KEYCHAIN_EXPECTED") == QLatin1String("available");
    }
};

void TestPasswordStore::storesReadsAndDeletes()
{
    if (!keychainExpected())
        QSKIP("this run has no keychain on purpose");
    PasswordStore store;
    // Characters that broke other tools when passed through a shell.
    const QByteArray secret = "pa|ss'w\"ord $(x) ü";
    const QString account = PasswordStore::accountFor(QStringLiteral("tst-machine-1"));

    QSignalSpy written(&store, &PasswordStore::writeFinished);
    store.write(account, secret);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0).at(1).value<PasswordStore::Status>(), PasswordStore::Status::Ok);

    QSignalSpy read(&store, &PasswordStore::readFinished);
    store.read(account);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(1).toByteArray(), secret);
    QCOMPARE(read.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::Ok);

    QSignalSpy removed(&store, &PasswordStore::removeFinished);
    store.remove(account);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.at(0).at(1).value<PasswordStore::Status>(), PasswordStore::Status::Ok);

    read.clear();
    store.read(account);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0).at(2).value<PasswordStore::Status>(), PasswordStore::Status::NotFound);
    QVERIFY(read.at(0).at(1).toByteArray().isEmpty());
}

void TestPasswordStore::withoutKeychainNothingIsRemembered()
{
    if (keychainExpected())
        QSKIP("this run has a keychain");
    PasswordStore store;
    store.setTimeout(3000);
    const QByteArray secret = "never-on-disk-7f3a";
    QSignalSpy written(&store, &PasswordStore::writeFinished);
    QElapsedTimer clock;
    clock.start();
    store.write(PasswordStore::accountFor(QStringLiteral("tst-machine-2")), secret);
    QVERIFY(written.wait(10000));
    const auto status = written.at(0).at(1).value<PasswordStore::Status>();
    QVERIFY2(status == PasswordStore::Status::Unavailable || status == PasswordStore::Status::Failed,
        qPrintable(PasswordStore::describe(status)));
    QVERIFY(clock.elapsed() < 8000); // bounded by the store's own timeout, not D-Bus's two minutes
    QVERIFY(!PasswordStore::describe(status).isEmpty());

    // No plaintext fallback: nothing under the user's config or data directories holds the secret.
    for (auto location : { QStandardPaths::GenericConfigLocation, QStandardPaths::GenericDataLocation }) {
        const QString dir = QStandardPaths::writableLocation(location);
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() < 1024 * 1024 && file.open(QIODevice::ReadOnly))
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }
}

QTEST_GUILESS_MAIN(TestPasswordStore)
#include "tst_passwordstore.moc"
