// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace cutover::sandbox {

/** @brief Starting, watching and stopping the sandbox's processes by PID. */
class ProcessControl
{
public:
    /** Runs a tool to completion; throws SandboxFailure with its stderr when it fails. */
    static QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
        int timeoutMs = 120000);
    /** Starts a long-running process detached from us, output to @p logFile; returns its PID. */
    static pid_t startDetached(const QString &program, const QStringList &arguments, const QString &logFile);

    static pid_t readPidFile(const QString &path);
    static void writePidFile(const QString &path, pid_t pid);
    static bool isAlive(pid_t pid);
    static QString commandLine(pid_t pid);
    /** Stops @p pid and its descendants if its command line mentions @p marker (guards PID reuse). */
    static bool stop(pid_t pid, const QString &marker, int timeoutMs = 20000);
    /** Every live process whose command line mentions @p marker. */
    static QList<pid_t> processesMentioning(const QString &marker);

    /** Waits until something accepts TCP on address:port; fails early when @p watched dies. */
    static void waitForListener(const QString &address, quint16 port, int timeoutMs, pid_t watched,
        const QString &what, const QString &logFile);
    static bool accepts(const QString &address, quint16 port);
    /** Waits until nothing listens on any of @p ports of @p address any more. */
    static bool waitUntilFree(const QString &address, const QList<quint16> &ports, int timeoutMs);
    static QString tail(const QString &logFile, int lines = 15);
};

} // namespace cutover::sandbox
