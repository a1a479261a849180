// SPDX-License-Identifier: GPL-3.0-or-later
//
// The About dialog (version, licence, libraries with versions) and `cutover --version` / `--help`,
// which answer without a display.
#include "aboutdialog.h"
#include "common/version.h"
#include "migrationwizard.h"

#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QtTest>

using namespace cutover;

class TestWizardAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aboutNamesVersionLicenseAndLibraries();
    void versionAndHelpWithoutDisplay();
};

void TestWizardAbout::aboutNamesVersionLicenseAndLibraries()
{
    MigrationWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *button = wizard.button(QWizard::CustomButton1);
    QVERIFY(button->isVisible());
    QCOMPARE(button->objectName(), QStringLiteral("aboutButton"));
    button->click();
    auto *about = wizard.findChild<AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QVERIFY(!about->isModal()); // a running migration stays visible and live
    const QString text = about->findChild<QLabel *>(QStringLiteral("aboutText"))->text();
    QVERIFY2(text.contains(version()), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
    for (const char *library : { "Qt 6.", "libssh 0.", "QtKeychain 0.", "MariaDB Connector/C 3." })
        QVERIFY2(text.contains(QLatin1String(library)), qPrintable(QLatin1String(library) + u'\n' + text));
    // The wizard's button opens the same dialog again rather than a second one.
    button->click();
    QCOMPARE(wizard.findChildren<AboutDialog *>().size(), 1);
}

void TestWizardAbout::versionAndHelpWithoutDisplay()
{
    const QString binary = qEnvironmentVariable("CUTOVER_WIZARD_BINARY");
    if (binary.isEmpty())
        QSKIP("CUTOVER_WIZARD_BINARY is not set");
    auto env = QProcessEnvironment::systemEnvironment();
    // No display at all: --help and --version must not need one.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    const auto run = [&](const QStringList &arguments) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(binary, arguments);
        if (!p.waitForFinished(30000))
            return QByteArray("(did not finish)");
        return QByteArray::number(p.exitCode()) + ' ' + p.readAllStandardOutput();
    };
    const QByteArray versionOut = run({ QStringLiteral("--version") });
    QVERIFY2(versionOut.startsWith("0 cutover " + version().toUtf8()), versionOut.constData());
    const QByteArray help = run({ QStringLiteral("--help") });
    QVERIFY2(help.startsWith("0 "), help.constData());
    for (const char *option : { "--source", "--target", "--lang", "--trust-source", "--trust-target" })
        QVERIFY2(help.contains(option), help.constData());
    QVERIFY(!help.contains("--screenshots"));
    const QByteArray german
        = run({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help") });
    QVERIFY2(german.startsWith("0 ") && german.contains("--source"), german.constData());
    QVERIFY2(german != help, german.constData()); // the help text follows --lang
}

QTEST_MAIN(TestWizardAbout)
#include "tst_wizard_about.moc"
