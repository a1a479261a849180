// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcCommand, "cutover.appliance.command")

namespace cutover {

bool CommandRunner::runDetached(const QString &command)
{
    QStringList args = QProcess::splitCommand(command);
    if (args.isEmpty())
        return true;
    const QString program = args.takeFirst();
    const bool ok = QProcess::startDetached(program, args);
    if (ok)
        qCInfo(lcCommand) << "started" << program;
    else
        qCWarning(lcCommand) << "cannot start" << program;
    return ok;
}

} // namespace cutover
