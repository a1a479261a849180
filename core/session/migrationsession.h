// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "journal/journal.h"
#include "operations/applianceconnections.h"
#include "plan/copypath.h"
#include "plan/migrationplan.h"
#include "preflight/preflight.h"
#include "runner/runner.h"

#include <QObject>
#include <memory>

class QThread;

namespace cutover {

class RunLog;

/**
 * @brief The state of one migration that the wizard's pages and `cutover-cli` share (a
 * Calamares-style Config object): addresses, trusted fingerprints, options, Source Info, the
 * plan, the journal and the runner.
 *
 * Pages and the CLI only read and write this object; every decision (plan, point of no
 * return, resume or backout) is made here or below, never in a face. Passwords are kept in
 * memory only and handed to the appliance clients; they never reach the journal or the log.
 *
 * Connecting blocks on the network: the CLI may call connectAppliances() directly, the wizard
 * calls connectAppliancesAsync() and waits for connectFinished().
 */
class MigrationSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString sourceAddress READ sourceAddress WRITE setSourceAddress NOTIFY changed)
    Q_PROPERTY(QString targetAddress READ targetAddress WRITE setTargetAddress NOTIFY changed)
    Q_PROPERTY(QString sourceFingerprint READ sourceFingerprint WRITE setSourceFingerprint NOTIFY changed)
    Q_PROPERTY(QString targetFingerprint READ targetFingerprint WRITE setTargetFingerprint NOTIFY changed)
    Q_PROPERTY(bool swapConfiguration READ swapConfiguration WRITE setSwapConfiguration NOTIFY changed)
    Q_PROPERTY(bool migrateLicense READ migrateLicense WRITE setMigrateLicense NOTIFY changed)
    Q_PROPERTY(bool copyTrafficLogs READ copyTrafficLogs WRITE setCopyTrafficLogs NOTIFY changed)
    Q_PROPERTY(bool rehearsal READ rehearsal WRITE setRehearsal NOTIFY changed)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Editing, ///< inputs being entered
        Connected, ///< both appliances logged in, Source Info known, plan can be shown
        Running,
        Succeeded,
        BackedOut,
        NeedsAttention,
    };
    Q_ENUM(State)

    /** The default target when none is given: this machine (the wizard runs on the target). */
    static QString defaultTargetAddress() { return QStringLiteral("127.0.0.1"); }

    explicit MigrationSession(QObject *parent = nullptr);
    ~MigrationSession() override;

    QString sourceAddress() const { return m_connections->source().address; }
    void setSourceAddress(const QString &address);
    QString targetAddress() const { return m_connections->target().address; }
    void setTargetAddress(const QString &address);
    QString sourceFingerprint() const { return m_connections->source().fingerprint; }
    void setSourceFingerprint(const QString &sha256);
    QString targetFingerprint() const { return m_connections->target().fingerprint; }
    void setTargetFingerprint(const QString &sha256);
    /** Kept in memory only; wiped with the session. */
    void setSourcePassword(const QByteArray &password);
    void setTargetPassword(const QByteArray &password);
    void setUser(const QString &user);
    /**
     * High-availability source: how to reach the master of its group (HaGroup). Empty @p address:
     * the host the source replicates from; empty @p password: the source's. The fingerprint is
     * pinned like the others (`--trust-master`); memory only, wiped with the session.
     */
    void setHaMaster(const QString &address, const QString &fingerprint, const QByteArray &password);

    MigrationOptions options() const { return m_options; }
    void setOptions(const MigrationOptions &options);
    bool swapConfiguration() const { return m_options.swapConfiguration; }
    void setSwapConfiguration(bool on);
    bool migrateLicense() const { return m_options.migrateLicense; }
    void setMigrateLicense(bool on);
    bool copyTrafficLogs() const { return m_options.copyTrafficLogs; }
    void setCopyTrafficLogs(bool on);
    bool rehearsal() const { return m_options.rehearsal; }
    void setRehearsal(bool on);

    /**
     * Low-downtime unless the user asked for offline (`--offline`); the plan uses it only when
     * the engine supports it, the source is standalone and its binary log is on.
     */
    void setPreferLowDowntime(bool prefer);
    bool preferLowDowntime() const { return m_preferLowDowntime; }
    /** The options the plan will use (mode resolved as above). */
    MigrationOptions effectiveOptions() const;

    State state() const { return m_state; }

    /**
     * Blocking: logs in to both appliances with the pinned fingerprints and reads their Source
     * Info. Refuses (nothing changes anywhere) when a fingerprint is not yet trusted
     * ("api.untrusted", the fingerprint in the details), differs ("api.fingerprint_mismatch"),
     * or both addresses lead to the same appliance ("input.same_appliance").
     */
    Result connectAppliances();
    /** Same on a helper thread; emits connectFinished() on this object's thread. */
    void connectAppliancesAsync();

    /**
     * Blocking: the whole preflight (Preflight::run) on this session's addresses, pins and
     * passwords, with its options (traffic logs decide on port 22, the journal on an interrupted
     * run). When it passes the session is Connected and plan() fits Source Info. Changes nothing
     * on either appliance.
     */
    Preflight::Findings runPreflight(Preflight::Options options, const Preflight::Listener &listener = {},
        const Preflight::TrustQuestion &askTrust = {});
    /** What the last runPreflight() found (Source Info, settings and their diff). */
    const Preflight::Findings &preflightFindings() const { return m_findings; }
    /** The before/after diff of every setting the plan changes, from the last preflight. */
    SettingsDiff settingsDiff() const { return m_findings.settingsDiff; }
    /** The same diff for @p swapConfiguration, from the settings the last login or preflight read
     * (the wizard's Options page redraws it when Swap Configuration changes). */
    SettingsDiff settingsDiffFor(bool swapConfiguration) const
    {
        return SettingsDiff::build(m_findings.sourceSettings, m_findings.targetSettings, swapConfiguration);
    }

    SystemInfo sourceInfo() const { return m_connections->source().info; }
    SystemInfo targetInfo() const { return m_connections->target().info; }
    SourceRole sourceRole() const;
    /**
     * Which way the data will reach the target (physical or logical copy) and why, from the
     * options and both appliances' Source Info (issue 9); plan() follows it.
     */
    CopyPathChoice copyPath() const;
    /**
     * copyPath() as one translated sentence for the Confirmation page, `cutover-cli check` and the
     * report ("Physical copy: both appliances run MariaDB 10.11 …").
     */
    QString copyPathExplanation() const;
    /** The plan for the current Source Info and options (Confirmation page, `cutover-cli check`). */
    MigrationPlan plan() const;
    /** Per step: title and description, computed without touching anything. */
    QList<QPair<QString, QString>> planDescriptions() const;

    /** Starts a new run of plan(); the journal is written before anything runs. */
    Result start();
    /** Resumes the run in the journal (after connectAppliances() with the journal's endpoints). */
    Result resume();
    /** Backs out the run in the journal (only before its point of no return). */
    Result backout();
    /** Asks the runner to stop (before the point of no return: it backs out). */
    void cancel();

    /**
     * Reads the journal at Journal::defaultPath() (or @p path) into this session: addresses,
     * fingerprints and options of the interrupted run. Error when there is none or it is damaged.
     */
    Result loadJournal(const QString &path = {});
    Journal *journal() const { return m_journal.get(); }
    Runner *runner() const { return m_runner.get(); }

Q_SIGNALS:
    void changed();
    void stateChanged(cutover::MigrationSession::State state);
    void connectFinished(const cutover::Result &result);
    /** A runner exists now (start, resume or backout): connect its signals for progress rows. */
    void runnerCreated(cutover::Runner *runner);
    void finished(cutover::Runner::Outcome outcome, const cutover::Result &result);

private:
    void setState(State state);
    Result launch(const MigrationPlan &plan, bool fresh, bool backout);
    void onRunnerFinished(Runner::Outcome outcome, const Result &result);

    std::shared_ptr<ApplianceConnections> m_connections;
    MigrationOptions m_options;
    State m_state = State::Editing;
    bool m_preferLowDowntime = true;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Runner> m_runner;
    std::unique_ptr<RunLog> m_runLog;
    QThread *m_connectThread = nullptr;
    Preflight::Findings m_findings;
};

} // namespace cutover
