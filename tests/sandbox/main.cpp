// SPDX-License-Identifier: GPL-3.0-or-later
//
// cutover-sandbox up NAME --address 127.0.X.Y [--dataset sakila|none] [--license active|expired|none]
//                 [--role standalone|master|replica --peer NAME] [--host-name NAME] [--settings FILE]
//                 [--db-version VERSION] [--disk-free-mb MB] [--db-cert-host HOST]
// cutover-sandbox down NAME [--keep] [--quiet] | list | reboot NAME | restart NAME database|ssh
//                 | start NAME database [--init-file FILE] | start NAME appliance
//                 | stop NAME database|appliance
#include "sandbox.h"
#include "sandboxfailure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <cstdio>

using namespace cutover::sandbox;

namespace {
void print(const QJsonDocument &document)
{
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cutover-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUTOVER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Starts complete sandbox appliances (MariaDB on 3306, applianced on 443 and 80, OpenSSH on 22)\n"
        "on loopback addresses, for trying Cutover, its demo, tests and benchmarks.\n\n"
        "Commands:\n"
        "  up NAME --address ADDR   start a sandbox and print its details as JSON\n"
        "  down NAME                stop every process it started and remove its files\n"
        "  list                     show the sandboxes and their processes\n"
        "  reboot NAME              restart it on the address its network settings hold\n"
        "  restart NAME SERVICE     restart one service: database or ssh\n"
        "  stop NAME SERVICE        stop one service by PID: database or appliance\n"
        "  start NAME SERVICE       start it again (database: --init-file FILE runs SQL at start)"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), QStringLiteral("up, down, list, reboot or restart"));
    const QCommandLineOption address(
        QStringLiteral("address"), QStringLiteral("Loopback address to bind."), QStringLiteral("ADDR"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QStringLiteral("sakila or none."),
        QStringLiteral("NAME"), QStringLiteral("sakila"));
    const QCommandLineOption license(QStringLiteral("license"), QStringLiteral("active, expired or none."),
        QStringLiteral("STATE"), QStringLiteral("active"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("standalone, master or replica."),
        QStringLiteral("ROLE"), QStringLiteral("standalone"));
    const QCommandLineOption peer(QStringLiteral("peer"),
        QStringLiteral("The other node of a high-availability pair."), QStringLiteral("NAME"));
    const QCommandLineOption hostName(
        QStringLiteral("host-name"), QStringLiteral("Host name of the appliance."), QStringLiteral("NAME"));
    const QCommandLineOption settings(QStringLiteral("settings"),
        QStringLiteral("JSON file of settings groups to provision."), QStringLiteral("FILE"));
    const QCommandLineOption logMegabytes(QStringLiteral("traffic-log-mb"),
        QStringLiteral("Size of generated traffic logs."), QStringLiteral("MB"), QStringLiteral("4"));
    const QCommandLineOption dbVersion(QStringLiteral("db-version"),
        QStringLiteral("Version string MariaDB reports (e.g. 10.6.5-MariaDB, to play an older server)."),
        QStringLiteral("VERSION"));
    const QCommandLineOption diskFree(QStringLiteral("disk-free-mb"),
        QStringLiteral("Put the datadir on its own small disk (tmpfs, needs root) with only MB free."),
        QStringLiteral("MB"));
    const QCommandLineOption dbCertHost(QStringLiteral("db-cert-host"),
        QStringLiteral("MariaDB's certificate names this host instead of the address."),
        QStringLiteral("HOST"));
    const QCommandLineOption initFile(QStringLiteral("init-file"),
        QStringLiteral("start NAME database: SQL file MariaDB runs at start."), QStringLiteral("FILE"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("down: keep the files."));
    const QCommandLineOption quiet(
        QStringLiteral("quiet"), QStringLiteral("down: say nothing when it is not there."));
    parser.addOptions({ address, dataset, license, role, peer, hostName, settings, logMegabytes, dbVersion,
        diskFree, keep, quiet, initFile, dbCertHost });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString name = args.value(1);
    auto usage = [&](const QString &message) {
        QTextStream(stderr) << "cutover-sandbox: " << message << "\n";
        return 2;
    };
    if (command != QLatin1String("list") && name.isEmpty())
        return usage(QStringLiteral("name the sandbox: cutover-sandbox %1 NAME")
                         .arg(command.isEmpty() ? QStringLiteral("up") : command));
    if (!name.isEmpty() && (name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))))
        return usage(QStringLiteral("a sandbox name is a plain word"));

    try {
        if (command == QLatin1String("up")) {
            if (!parser.isSet(address))
                return usage(QStringLiteral("up needs --address 127.0.X.Y"));
            Sandbox::UpOptions options;
            options.address = parser.value(address);
            options.dataset = parser.value(dataset);
            options.license = parser.value(license);
            options.role = parser.value(role);
            options.peer = parser.value(peer);
            options.hostName = parser.value(hostName);
            options.trafficLogBytes = parser.value(logMegabytes).toLongLong() * 1024 * 1024;
            options.dbVersion = parser.value(dbVersion);
            options.dbCertHost = parser.value(dbCertHost);
            if (parser.isSet(diskFree))
                options.diskFreeMegabytes = parser.value(diskFree).toInt();
            if (!QStringList { QStringLiteral("sakila"), QStringLiteral("none") }.contains(options.dataset))
                return usage(QStringLiteral("--dataset is sakila or none"));
            if (!QStringList { QStringLiteral("active"), QStringLiteral("expired"), QStringLiteral("none") }
                     .contains(options.license))
                return usage(QStringLiteral("--license is active, expired or none"));
            if (!QStringList {
                    QStringLiteral("standalone"), QStringLiteral("master"), QStringLiteral("replica") }
                     .contains(options.role))
                return usage(QStringLiteral("--role is standalone, master or replica"));
            if (parser.isSet(settings)) {
                QFile file(parser.value(settings));
                if (!file.open(QIODevice::ReadOnly))
                    return usage(QStringLiteral("cannot read %1").arg(file.fileName()));
                options.settings = QJsonDocument::fromJson(file.readAll()).object();
            }
            print(QJsonDocument(Sandbox(name).up(options)));
        } else if (command == QLatin1String("down")) {
            if (!Sandbox(name).down(parser.isSet(keep)) && !parser.isSet(quiet))
                QTextStream(stderr) << "cutover-sandbox: no sandbox named " << name << "\n";
        } else if (command == QLatin1String("list")) {
            print(QJsonDocument(Sandbox::list()));
        } else if (command == QLatin1String("reboot")) {
            print(QJsonDocument(Sandbox(name).reboot()));
        } else if (command == QLatin1String("restart")) {
            Sandbox(name).restart(args.value(2));
        } else if (command == QLatin1String("start")) {
            Sandbox(name).startService(args.value(2), parser.value(initFile));
        } else if (command == QLatin1String("stop")) {
            Sandbox(name).stopService(args.value(2));
        } else {
            return usage(QStringLiteral("unknown command '%1'; see --help").arg(command));
        }
    } catch (const SandboxFailure &failure) {
        QTextStream(stderr) << "cutover-sandbox: " << failure.message << "\n";
        return 1;
    }
    return 0;
}
