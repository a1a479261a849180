// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"
#include "common/version.h"
#include "translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>

namespace {

bool s_verbose = false;

// The terminal shows progress lines; the engine's log goes to the run's log file (RunLog writes
// every message there first), and to the terminal only with --verbose or when it is a warning.
void terminalMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!s_verbose && (type == QtDebugMsg || type == QtInfoMsg))
        return;
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    std::fprintf(stderr, "%s: %s\n", category.constData(), message.toLocal8Bit().constData());
}

QString option(const QStringList &arguments, const QString &name)
{
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == name && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(name + QLatin1Char('=')))
            return arguments.at(i).mid(name.size() + 1);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cutover"));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover"));
    QCoreApplication::setApplicationVersion(cutover::version());

    const QStringList arguments = QCoreApplication::arguments();
    s_verbose = arguments.contains(QStringLiteral("--verbose"));
    qInstallMessageHandler(terminalMessages);

    // Our messages and Qt's own: --lang first, else the first of the user's languages we have.
    cutover::Translations translations;
    translations.installLanguage(option(arguments, QStringLiteral("--lang")));

    cutover::CliApplication cli;
    return cli.run(arguments);
}
