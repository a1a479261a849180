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
    parser.setApplicationDescription(
        QStringLiteral("Management service of a Cutover appliance (HTTPS API on port 443)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringList { QStringLiteral("c"), QStringLiteral("config") },
        QStringLiteral("Configuration file (INI)."), QStringLiteral("file"),
        QStringLiteral("/etc/cutover/applianced.conf"));
    const QCommandLineOption provisionOption(QStringLiteral("provision"),
        QStringLiteral("Read one JSON object on standard input, write the initial state, and exit."));
    parser.addOption(configOption);
    parser.addOption(provisionOption);
    parser.process(app);

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
