// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliance.h"
#include "applianceconfig.h"
#include "provisioner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(signalPipe[1], &c, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("applianced"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));

    QCommandLineParser parser;
    // Not translated: applianced is a service, its messages go to the journal and to admins who read
    // English logs; the wizard and cutover-cli are the translated faces.
    parser.setApplicationDescription(QStringLiteral(
        "Management service of a Cutover appliance: the HTTPS API (port 443, plain-HTTP redirect on "
        "port 80) that the Cutover wizard and cutover-cli use to migrate this appliance.\n"
        "Not started by installing the package: provision once with --provision, then "
        "`systemctl enable --now applianced`.\n\n"
        "Exit codes:\n"
        "  0  stopped by SIGTERM/SIGINT, or provisioning succeeded\n"
        "  1  could not start (port taken, state unreadable), or provisioning failed\n"
        "  2  usage error, or the configuration file is missing or invalid\n\n"
        "See applianced(8)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringList { QStringLiteral("c"), QStringLiteral("config") },
        QStringLiteral("Configuration file (INI)."), QStringLiteral("file"),
        QStringLiteral("/etc/cutover/applianced.conf"));
    const QCommandLineOption provisionOption(QStringLiteral("provision"),
        QStringLiteral("Read one JSON object on standard input, write the initial state, and exit."));
    parser.addOption(configOption);
    parser.addOption(provisionOption);
    // Usage errors exit with 2 like a bad configuration (QCommandLineParser::process() would use 1,
    // which means "could not start").
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "applianced: %s\nSee applianced --help.\n", qPrintable(parser.errorText()));
        return 2;
    }
    parser.process(app); // --help, --help-all, --version (the arguments are known to be valid)

    cutover::ApplianceConfig config;
    QString error;
    if (!config.load(parser.value(configOption), &error)) {
        std::fprintf(stderr, "applianced: %s\n", qPrintable(error));
        return 2;
    }

    if (parser.isSet(provisionOption)) {
        QFile in;
        in.open(stdin, QIODevice::ReadOnly);
        const QByteArray json = in.read(1024 * 1024);
        if (!cutover::Provisioner::run(config, json, &error)) {
            std::fprintf(stderr, "applianced: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    // SIGTERM/SIGINT: leave the event loop so listeners close cleanly (state files are always
    // consistent anyway because every write is atomic).
    if (::pipe(signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);

    cutover::Appliance appliance(config);
    if (!appliance.start(&error)) {
        std::fprintf(stderr, "applianced: %s\n", qPrintable(error));
        return 1;
    }
    return app.exec();
}
