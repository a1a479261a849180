// SPDX-License-Identifier: GPL-3.0-or-later
#include "processcontrol.h"

#include "sandboxfailure.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QTcpSocket>
#include <QThread>
#include <csignal>

namespace cutover::sandbox {

namespace {
constexpr int PollIntervalMs = 50;

QList<pid_t> childrenOf(pid_t parent)
{
    QList<pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // The command name may hold spaces and parentheses: the fields we need follow the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toInt() == parent)
            children << pid;
    }
    return children;
}

void collectDescendants(pid_t pid, QList<pid_t> &out)
{
    for (pid_t child : childrenOf(pid)) {
        out << child;
        collectDescendants(child, out);
    }
}
} // namespace

QByteArray ProcessControl::run(
    const QString &program, const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        throw SandboxFailure { QStringLiteral("could not start %1: %2").arg(program, process.errorString()) };
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        throw SandboxFailure {
            QStringLiteral("%1 did not finish within %2 s").arg(program).arg(timeoutMs / 1000)
        };
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        throw SandboxFailure { QStringLiteral("%1 %2 failed (exit %3): %4")
                                   .arg(program, arguments.value(0))
                                   .arg(process.exitCode())
                                   .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()) };
    }
    return process.readAllStandardOutput();
}

pid_t ProcessControl::startDetached(
    const QString &program, const QStringList &arguments, const QString &logFile)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(logFile, QIODevice::Append);
    process.setStandardErrorFile(logFile, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid))
        throw SandboxFailure { QStringLiteral("could not start %1: %2").arg(program, process.errorString()) };
    return static_cast<pid_t>(pid);
}

pid_t ProcessControl::readPidFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toInt();
}

void ProcessControl::writePidFile(const QString &path, pid_t pid)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(path) };
    file.write(QByteArray::number(pid) + '\n');
    if (!file.commit())
        throw SandboxFailure { QStringLiteral("cannot write %1").arg(path) };
}

bool ProcessControl::isAlive(pid_t pid)
{
    if (pid <= 0 || ::kill(pid, 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const QByteArray rest = line.mid(line.lastIndexOf(')') + 2);
    return !rest.startsWith('Z') && !rest.startsWith('X');
}

QString ProcessControl::commandLine(pid_t pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray raw = file.readAll();
    raw.replace('\0', ' ');
    return QString::fromLocal8Bit(raw).trimmed();
}

bool ProcessControl::stop(pid_t pid, const QString &marker, int timeoutMs)
{
    if (!isAlive(pid) || !commandLine(pid).contains(marker))
        return false;
    QList<pid_t> group;
    collectDescendants(pid, group);
    group.prepend(pid);
    for (pid_t p : group)
        ::kill(p, SIGTERM);
    QDeadlineTimer deadline(timeoutMs);
    for (pid_t p : group) {
        while (isAlive(p) && !deadline.hasExpired())
            QThread::msleep(PollIntervalMs);
    }
    for (pid_t p : group) {
        if (isAlive(p))
            ::kill(p, SIGKILL);
    }
    QDeadlineTimer killDeadline(5000);
    for (pid_t p : group) {
        while (isAlive(p) && !killDeadline.hasExpired())
            QThread::msleep(PollIntervalMs);
    }
    return true;
}

QList<pid_t> ProcessControl::processesMentioning(const QString &marker)
{
    QList<pid_t> found;
    const pid_t self = ::getpid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const pid_t pid = entry.toInt(&ok);
        if (ok && pid != self && isAlive(pid) && commandLine(pid).contains(marker))
            found << pid;
    }
    return found;
}

bool ProcessControl::accepts(const QString &address, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(1000);
}

void ProcessControl::waitForListener(const QString &address, quint16 port, int timeoutMs, pid_t watched,
    const QString &what, const QString &logFile)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (accepts(address, port))
            return;
        if (watched > 0 && !isAlive(watched)) {
            throw SandboxFailure {
                QStringLiteral("%1 exited while starting; its log says:\n%2").arg(what, tail(logFile))
            };
        }
        QThread::msleep(PollIntervalMs);
    }
    throw SandboxFailure { QStringLiteral("%1 did not listen on %2:%3 within %4 s; its log says:\n%5")
                               .arg(what, address)
                               .arg(port)
                               .arg(timeoutMs / 1000)
                               .arg(tail(logFile)) };
}

bool ProcessControl::waitUntilFree(const QString &address, const QList<quint16> &ports, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        bool free = true;
        for (quint16 port : ports)
            free = free && !accepts(address, port);
        if (free)
            return true;
        QThread::msleep(PollIntervalMs * 4);
    }
    return false;
}

QString ProcessControl::tail(const QString &logFile, int lines)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(no log at %1)").arg(logFile);
    const QStringList all = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

} // namespace cutover::sandbox
