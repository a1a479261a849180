// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "progressprinter.h"
#include "session/migrationsession.h"

#include <QCommandLineParser>
#include <QObject>
#include <QTimer>
#include <memory>

namespace cutover {

/**
 * @brief `cutover-cli`: check, migrate, resume, status and backout on top of MigrationSession.
 * A thin face: it parses, asks for passwords and confirmation, prints, and maps the outcome
 * to an exit code.
 */
class CliApplication : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        ExitSuccess = 0, ///< migrated and verified (check: nothing refused)
        ExitBackedOut = 1, ///< failed and backed out: the source is as before
        ExitUsage = 2,
        ExitRefused = 3, ///< refused by preflight: nothing changed anywhere
        ExitNeedsAttention = 4, ///< stopped after the point of no return, or interrupted: resume or back out
    };

    CliApplication();
    ~CliApplication() override;

    /** Parses @p arguments and runs the command; may run the event loop. Returns the exit code. */
    int run(const QStringList &arguments);

private:
    int check();
    int migrate();
    int resumeOrBackout(bool backout);
    int status();
    int execute();

    Result readPasswords();
    Result connect(bool interactiveTrust);
    void applyOptions();
    void printSourceInfo();
    void printRequirement(const RequirementEntry &entry);
    void printSettingsDiff();
    bool askTrust(const QString &role, const QString &host, const QString &fingerprint);
    void printPlan();
    int refuse(const Result &result, int code);
    void printError(const Result &result);
    void printFinished(Runner::Outcome outcome, const Result &result, int exitCode);
    static int exitCodeFor(Runner::Outcome outcome);
    static QString statusSentence(int status, const QString &runId);
    void watchSignals();

    QCommandLineParser m_parser;
    MigrationSession m_session;
    std::unique_ptr<ProgressPrinter> m_printer;
    QTimer m_signalPoll;
    ProgressPrinter::Style m_style = ProgressPrinter::Style::Plain;
    bool m_json = false;
};

} // namespace cutover
