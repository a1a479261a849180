// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"
#include "credentials/passwordstore.h"
#include "journal/journal.h"
#include "plan/migrationoptions.h"
#include "plan/migrationplan.h"
#include "preflight/requiremententry.h"
#include "preflight/settingsdiff.h"
#include "preflight/sourceinfo.h"
#include "replication/downtimeestimate.h"
#include "runner/runner.h"
#include "session/migrationsession.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace cutover {

class ApplianceConnections;

/**
 * @brief The wizard's state (Calamares' Config): what the user entered, what preflight found,
 * the chosen options, the plan and the running Runner. The pages read and write it; it does
 * the blocking work (port probes, TLS probes, logins) on pool threads with QtConcurrent and
 * the migration on the Runner's worker thread, so the GUI thread never waits.
 *
 * Logging in, the plan, the journal and the run belong to core's MigrationSession (shared with
 * cutover-cli); this class adds what only an interactive face needs: the live, per-port check
 * list, the trust question before any password is sent, and option eligibility with reasons.
 */
class WizardController : public QObject
{
    Q_OBJECT

public:
    /** Where the Source page's Check stands. */
    enum class CheckState {
        Idle, ///< nothing checked yet (or the input changed since)
        Checking, ///< port and certificate probes running
        NeedsTrust, ///< ports open; the certificates wait for the user's acceptance
        LoggingIn, ///< logging in and reading Source Info
        Passed, ///< everything mandatory satisfied
        Failed, ///< something mandatory is not satisfied; the entries say what and why
    };
    Q_ENUM(CheckState)

    /** Whether the wizard starts a new run or continues one found in the journal. */
    enum class RunMode { New, Resume, Backout };
    Q_ENUM(RunMode)

    /** One line of the Source page's check list: an entry, and whether it is still running. */
    struct Check
    {
        RequirementEntry entry;
        bool pending = true;
    };

    explicit WizardController(QObject *parent = nullptr);
    ~WizardController() override;

    // ---- input (Source page)
    QString sourceAddress() const { return m_sourceAddress; }
    QByteArray sourcePassword() const { return m_sourcePassword; }
    QByteArray targetPassword() const { return m_targetPassword; }
    void setSourceAddress(const QString &address);
    void setSourcePassword(const QByteArray &password);
    bool targetIsThisSystem() const { return m_targetIsThisSystem; }
    void setTargetIsThisSystem(bool thisSystem);
    QString targetAddress() const { return m_targetAddress; }
    void setTargetAddress(const QString &address);
    void setTargetPassword(const QByteArray &password);
    /** The address the target is reached at: the typed one, or this system's. */
    QString effectiveTargetAddress() const;
    /** Where "this system" is reached ($CUTOVER_THIS_SYSTEM, else localhost). */
    static QString thisSystemAddress();
    /** A fingerprint trusted beforehand (`--trust-source`); skips the question for that side. */
    void setPretrustedFingerprints(const QString &source, const QString &target);

    // ---- the system keychain (the Source page's "remember password")
    enum class KeychainState {
        Probing, ///< asking whether a keychain answers
        Available,
        Unavailable, ///< none answered (or it failed): nothing can be remembered
    };
    Q_ENUM(KeychainState)
    KeychainState keychainState() const { return m_keychainState; }
    /** Why nothing can be remembered (translated); empty while a keychain is available. */
    QString keychainProblem() const;
    bool rememberPassword() const { return m_rememberPassword; }
    /**
     * On: the source's admin password goes into the keychain once a check logged in with it.
     * Off: a password remembered for the source's address is deleted from the keychain now.
     */
    void setRememberPassword(bool remember);
    /** Looks the source's address up in the keychain; passwordRecalled() when one is stored. */
    void recallPassword();
    /** The keychain entry for the source's address (the machine id is unknown before login). */
    QString keychainAccount() const;

    // ---- preflight
    CheckState checkState() const { return m_checkState; }
    const QList<Check> &checks() const { return m_checks; }
    /** Validates, then probes the ports and certificates of both sides concurrently. */
    void startCheck();
    /** The user accepted the fingerprints shown: log in and read Source Info. */
    void acceptFingerprints();
    QString sourceFingerprint() const { return m_sourceFingerprint; }
    QString targetFingerprint() const { return m_targetFingerprint; }
    /** True when the fingerprint of a side still needs the user's acceptance. */
    bool sourceNeedsTrust() const;
    bool targetNeedsTrust() const;
    const SystemInfo &sourceInfo() const { return m_sourceInfo; }
    const SystemInfo &targetInfo() const { return m_targetInfo; }
    SourceRole sourceRole() const;

    // ---- options
    MigrationOptions options() const { return m_options; }
    void setOptions(const MigrationOptions &options);
    /** Whether Migrate License may be chosen; @p reason says why not (translated). */
    bool licenseMigrationAllowed(QString *reason = nullptr) const;
    /** Whether this version's engine can run @p kind (some steps come with later issues). */
    static bool engineSupports(OperationKind kind);
    /** The plan for the current Source Info and options (or the journal's when resuming). */
    MigrationPlan plan() const;
    /** Translated descriptions of the plan's steps, computed without touching anything. */
    QStringList planDescriptions() const;
    /** Steps of the plan this version cannot run, by title; empty when all can run. */
    QStringList unsupportedSteps() const;
    /** A rough estimate in seconds of the whole run and of the source's downtime. */
    qint64 estimatedDurationSeconds() const;
    qint64 estimatedDowntimeSeconds() const;
    /**
     * Which copy the data takes (physical or logical) and why, one translated sentence from the
     * engine; empty when the plan copies no data this way (resumed run, high availability).
     */
    QString copyPathExplanation() const;
    /** The engine's downtime estimate for plan(), as `cutover-cli check` computes it. */
    DowntimeEstimate downtimeEstimate() const;
    /** The engine's Source Info from the login: HA peers, load-balancing domain, DNS advice. */
    SourceInfo sourceDetails() const { return m_session->preflightFindings().sourceInfo; }
    /** The engine's before/after diff of the settings for the current Swap Configuration box. */
    SettingsDiff settingsDiff(bool swapConfiguration) const
    {
        return m_session->settingsDiffFor(swapConfiguration);
    }

    // ---- the master of a high-availability source's group (Source Info page)
    /** Where the check of the master stands. */
    enum class MasterState {
        NotNeeded, ///< the source is standalone (or not checked yet)
        Checking, ///< probing the master's certificate
        NeedsTrust, ///< the master's certificate waits for the user's acceptance
        Ready, ///< the certificate is trusted; the login waits for Log In to the Master
        LoggingIn, ///< logging in to the master and reading its round-robin hosts
        Passed, ///< trusted and logged in; the session keeps address, pin and password
        Failed, ///< the entries say what and why
    };
    Q_ENUM(MasterState)
    /** True when the source replicates from a master that the HA steps change (an HA replica). */
    bool needsHaMaster() const;
    MasterState masterState() const { return m_masterState; }
    /** The master's address (the host the source's replica link reads from). */
    QString haMasterAddress() const { return m_masterAddress; }
    QString haMasterFingerprint() const { return m_masterFingerprint; }
    /** The master's host name as it reports it, once logged in. */
    QString haMasterHostName() const { return m_masterHostName; }
    /** The source's hosts that leave the master's round-robin list during the run. */
    QStringList roundRobinHostsLeaving() const { return m_roundRobinLeaving; }
    /** The lines of the master's check: certificate, login, round-robin hosts. */
    const QList<Check> &masterChecks() const { return m_masterChecks; }
    /** The master's admin password; empty: the source's is used. Memory (and keychain) only. */
    QByteArray masterPassword() const { return m_masterPassword; }
    void setMasterPassword(const QByteArray &password);
    /** True once the user (or the trust store) trusted the master's certificate. */
    bool masterFingerprintAccepted() const { return m_masterFingerprintAccepted; }
    /** Probes the master's certificate; logs in at once when it was trusted before. After a failed
     * login with the certificate already trusted, only logs in again. */
    void startMasterCheck();
    /** The user trusted the master's fingerprint shown: log in to the master. */
    void acceptMasterFingerprint();

    // ---- the journal
    /** True when the journal holds a run that was interrupted or needs attention. */
    bool hasInterruptedRun() const { return m_interrupted != nullptr; }
    /** A translated summary of the interrupted run for the Welcome page. */
    QString interruptedRunSummary() const;
    RunMode runMode() const { return m_runMode; }
    void setRunMode(RunMode mode);

    // ---- the run
    MigrationSession *session() const { return m_session; }
    /** Builds the operations, writes the journal and starts (or resumes/backs out) the Runner. */
    bool startRun(QString *error = nullptr);
    Runner *runner() const { return m_session->runner(); }
    bool isRunning() const { return runner() && runner()->isRunning(); }
    bool isFinished() const { return m_finished; }
    Runner::Outcome outcome() const { return m_outcome; }
    Result runResult() const { return m_runResult; }
    /** True once an operation at or after the point of no return has started. */
    bool pastPointOfNoReturn() const;
    /** Asks the Runner to stop; before the point of no return that backs everything out. */
    void cancelRun();
    /** Writes the run report (HTML for .html). */
    Result saveReport(const QString &path) const;

Q_SIGNALS:
    void checkStateChanged(cutover::WizardController::CheckState state);
    void checksChanged();
    void keychainChanged();
    /** A remembered password was found for the source and set as its password. */
    void passwordRecalled();
    /** The keychain stored (or failed to store) the source's password. */
    void passwordStored(cutover::PasswordStore::Status status);
    /** The keychain deleted (or failed to delete) the source's password. */
    void passwordForgotten(cutover::PasswordStore::Status status);
    void optionsChanged();
    void masterStateChanged(cutover::WizardController::MasterState state);
    void masterChecksChanged();
    /** A remembered password was found for the master and set as its password. */
    void masterPasswordRecalled();
    void runStarted();
    void runFinished(cutover::Runner::Outcome outcome);

private:
    struct SideProbe
    {
        QString fingerprint;
        ApiError error;
    };

    void resetCheck();
    void setCheckState(CheckState state);
    int addCheck(const RequirementEntry &entry, bool pending);
    void onProbesDone();
    void onLoginDone(const Result &result);
    void addCompatibilityChecks();
    void rememberFingerprints();
    void finishCheck();
    void loadJournal();
    void applyOptionsToSession();
    void onKeychainRead(const QString &account, const QByteArray &password, PasswordStore::Status status);
    void resetMasterCheck();
    void setMasterState(MasterState state);
    void loginToMaster();
    void failMaster(const RequirementEntry &entry);
    void onMasterKeychainRead(
        const QString &account, const QByteArray &password, PasswordStore::Status status);
    void storePasswordIfWanted();

    // input
    QString m_sourceAddress;
    QByteArray m_sourcePassword;
    bool m_targetIsThisSystem = true;
    QString m_targetAddress;
    QByteArray m_targetPassword;
    QString m_pretrustedSource;
    QString m_pretrustedTarget;

    // keychain
    PasswordStore *m_passwords;
    KeychainState m_keychainState = KeychainState::Probing;
    PasswordStore::Status m_keychainStatus = PasswordStore::Status::Unavailable;
    bool m_rememberPassword = false;
    QString m_recalledAccount; ///< the account whose password is in the keychain, if known

    // preflight
    CheckState m_checkState = CheckState::Idle;
    QList<Check> m_checks;
    int m_generation = 0;
    int m_loginGeneration = -1;
    int m_outstanding = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_sourceFingerprint;
    QString m_targetFingerprint;
    bool m_fingerprintsAccepted = false;
    SystemInfo m_sourceInfo;
    SystemInfo m_targetInfo;
    QList<QFuture<void>> m_futures;

    // the HA master
    MasterState m_masterState = MasterState::NotNeeded;
    QList<Check> m_masterChecks;
    QString m_masterAddress;
    QString m_masterFingerprint;
    QString m_masterHostName;
    QByteArray m_masterPassword;
    QStringList m_roundRobinLeaving;
    int m_masterGeneration = 0;
    bool m_masterTrustedBefore = false; ///< the trust store knew it: no question, nothing to remember
    bool m_masterFingerprintAccepted = false;
    bool m_masterLoginDeferred = false; ///< waiting for the keychain before logging in
    bool m_waitingForMasterRecall = false;
    QString m_masterAccount; ///< the master's keychain entry, once stored or recalled

    // options and run
    MigrationOptions m_options;
    RunMode m_runMode = RunMode::New;
    std::unique_ptr<Journal> m_interrupted;
    MigrationSession *m_session;
    bool m_userAcceptedFingerprints = false;
    bool m_finished = false;
    Runner::Outcome m_outcome = Runner::Outcome::NeedsAttention;
    Result m_runResult;
};

} // namespace cutover
