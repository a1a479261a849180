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

namespace {

struct Options
{
    QCommandLineOption source { QStringLiteral("source") };
    QCommandLineOption target { QStringLiteral("target") };
    QCommandLineOption language { QStringLiteral("lang") };
    QCommandLineOption trustSource { QStringLiteral("trust-source") };
    QCommandLineOption trustTarget { QStringLiteral("trust-target") };
    QCommandLineOption screenshots { QStringLiteral("screenshots") };
};

/** The command line, in the language installed now. */
void describeCommandLine(QCommandLineParser &parser, Options &o)
{
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "Migrates an appliance (settings, data, license, certificates, traffic logs) to a new one.\n"
        "Passwords come from CUTOVER_SOURCE_PASSWORD and CUTOVER_TARGET_PASSWORD when set, never from "
        "the command line.",
        "@info command line help"));
    parser.addHelpOption();
    parser.addVersionOption();
    o.source = QCommandLineOption(QStringLiteral("source"),
        QCoreApplication::translate("main", "Address of the source appliance.", "@info command line help"),
        QStringLiteral("ADDR"));
    o.target = QCommandLineOption(QStringLiteral("target"),
        QCoreApplication::translate("main", "Address of a remote target appliance (default: this system).",
            "@info command line help"),
        QStringLiteral("ADDR"));
    o.language = QCommandLineOption(QStringLiteral("lang"),
        QCoreApplication::translate(
            "main", "Language of the interface: de or en.", "@info command line help"),
        QStringLiteral("de|en"));
    o.trustSource = QCommandLineOption(QStringLiteral("trust-source"),
        QCoreApplication::translate("main", "Trust this SHA-256 fingerprint for the source's certificate.",
            "@info command line help"),
        QStringLiteral("SHA256"));
    o.trustTarget = QCommandLineOption(QStringLiteral("trust-target"),
        QCoreApplication::translate("main", "Trust this SHA-256 fingerprint for the target's certificate.",
            "@info command line help"),
        QStringLiteral("SHA256"));
    o.screenshots = QCommandLineOption(QStringLiteral("screenshots"),
        QStringLiteral("Walk all pages and save PNGs."), QStringLiteral("DIR"));
    o.screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ o.source, o.target, o.language, o.trustSource, o.trustTarget, o.screenshots });
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("cutover"));
    // The same as cutover-cli, so both find the same journal and trust store.
    QCoreApplication::setOrganizationName(QStringLiteral("cutover"));
    QCoreApplication::setApplicationVersion(cutover::version());
}

/** --help and --version answer on a terminal without a display, so no QApplication for them. */
bool onlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        Translations translations;
        translations.install(QLocale::system());
        QCommandLineParser parser;
        Options o;
        describeCommandLine(parser, o);
        // --lang applies to the help text too.
        parser.parse(QCoreApplication::arguments());
        if (parser.isSet(o.language)) {
            translations.installLanguage(parser.value(o.language).toLower());
            QCommandLineParser translated;
            describeCommandLine(translated, o);
            translated.process(app);
        }
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    // Wayland matches the window to the installed desktop entry (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.example.cutover"));

    Translations translations;
    const QString systemLanguage = translations.install(QLocale::system());

    QCommandLineParser parser;
    Options o;
    describeCommandLine(parser, o);
    parser.process(app);
    const auto &source = o.source;
    const auto &target = o.target;
    const auto &language = o.language;
    const auto &trustSource = o.trustSource;
    const auto &trustTarget = o.trustTarget;
    const auto &screenshots = o.screenshots;

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
    // A high-availability source's master, as cutover-cli reads it (empty: the source's password).
    controller->setMasterPassword(qgetenv("CUTOVER_MASTER_PASSWORD"));

    wizard.show();
    if (parser.isSet(screenshots)) {
        auto *tour = new ScreenshotTour(&wizard, parser.value(screenshots), lang);
        tour->start();
    }
    return app.exec();
}
