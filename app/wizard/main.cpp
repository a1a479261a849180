// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"
#include "migrationwizard.h"
#include "screenshottour.h"
#include "translations.h"
#include "wizardcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

using namespace cutover;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cutover"));
    // The same as cutover-cli, so both find the same journal and trust store.
    QApplication::setOrganizationName(QStringLiteral("cutover"));
    QApplication::setApplicationVersion(cutover::version());

    Translations translations;
    const QString systemLanguage = translations.install(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Migrates an appliance (settings, data, license, certificates, traffic logs) to a new one.\n"
        "Passwords come from CUTOVER_SOURCE_PASSWORD and CUTOVER_TARGET_PASSWORD when set, never from "
        "the command line.",
        "@info command line help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption source(QStringLiteral("source"),
        QCoreApplication::translate("main", "Address of the source appliance.", "@info command line help"),
        QStringLiteral("ADDR"));
    const QCommandLineOption target(QStringLiteral("target"),
        QCoreApplication::translate("main", "Address of a remote target appliance (default: this system).",
            "@info command line help"),
        QStringLiteral("ADDR"));
    const QCommandLineOption language(QStringLiteral("lang"),
        QCoreApplication::translate(
            "main", "Language of the interface: de or en.", "@info command line help"),
        QStringLiteral("de|en"));
    const QCommandLineOption trustSource(QStringLiteral("trust-source"),
        QCoreApplication::translate("main", "Trust this SHA-256 fingerprint for the source's certificate.",
            "@info command line help"),
        QStringLiteral("SHA256"));
    const QCommandLineOption trustTarget(QStringLiteral("trust-target"),
        QCoreApplication::translate("main", "Trust this SHA-256 fingerprint for the target's certificate.",
            "@info command line help"),
        QStringLiteral("SHA256"));
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
        QStringLiteral("Walk all pages and save PNGs."), QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ source, target, language, trustSource, trustTarget, screenshots });
    parser.process(app);

    QString lang = systemLanguage;
    if (parser.isSet(language)) {
        const QString wanted = parser.value(language).toLower();
        if (!Translations::availableLanguages().contains(wanted)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("main", "Unknown language “%1”; use de or en.", "@info")
                        .arg(wanted)));
            return 2;
        }
        lang = translations.installLanguage(wanted);
    }

    MigrationWizard wizard(&translations);
    wizard.showLanguage(lang);
    WizardController *controller = wizard.controller();
    if (parser.isSet(source))
        controller->setSourceAddress(parser.value(source));
    if (parser.isSet(target)) {
        controller->setTargetIsThisSystem(false);
        controller->setTargetAddress(parser.value(target));
    }
    controller->setPretrustedFingerprints(parser.value(trustSource), parser.value(trustTarget));
    // Passwords through the environment only (tools/demo.sh), never through argv.
    controller->setSourcePassword(qgetenv("CUTOVER_SOURCE_PASSWORD"));
    controller->setTargetPassword(qgetenv("CUTOVER_TARGET_PASSWORD"));

    wizard.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new ScreenshotTour(&wizard, parser.value(screenshots), lang);
        tour->start();
    }
    return app.exec();
}
