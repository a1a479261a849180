// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardcontroller.h"

#include "api/applianceclient.h"
#include "operations/applianceconnections.h"
#include "operations/hagroup.h"
#include "operations/operationfactory.h"
#include "operations/unavailableoperation.h"
#include "plan/planbuilder.h"
#include "preflight/addressvalidator.h"
#include "preflight/compatibilitycheck.h"
#include "preflight/portprobe.h"
#include "replication/downtimeestimate.h"
#include "trust/fingerprint.h"
#include "trust/truststore.h"

#include <QDir>
#include <QLocale>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

namespace cutover {

namespace {

constexpr int kProbeTimeoutMs = 3000;

// Assumptions behind the Confirmation page's rough estimate; the run report has the real figures.
constexpr double kAssumedBytesPerSecond = 25.0 * 1024 * 1024;
constexpr qint64 kSecondsPerApiStep = 3;
constexpr qint64 kSecondsPerReboot = 90;

} // namespace

WizardController::WizardController(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_passwords(new PasswordStore(this))
    , m_session(new MigrationSession(this))
{
    qRegisterMetaType<cutover::OperationState>();
    qRegisterMetaType<cutover::OperationProgress>();
    qRegisterMetaType<cutover::Result>();
    qRegisterMetaType<cutover::Runner::Outcome>();
    // Seconds of downtime rather than the whole copy, wherever the source allows it (the Options
    // page falls back to offline with the reason when it does not).
    m_options.mode = MigrationOptions::Mode::LowDowntime;
    loadJournal();
    connect(m_passwords, &PasswordStore::readFinished, this, &WizardController::onKeychainRead);
    connect(m_passwords, &PasswordStore::writeFinished, this,
        [this](const QString &account, PasswordStore::Status status) {
            // The master's entry is kept apart: unticking "remember" removes both.
            if (status == PasswordStore::Status::Ok && account != m_masterAccount)
                m_recalledAccount = account;
            Q_EMIT passwordStored(status);
        });
    connect(m_passwords, &PasswordStore::removeFinished, this,
        [this](const QString &account, PasswordStore::Status status) {
            if (account == m_recalledAccount && status != PasswordStore::Status::Failed)
                m_recalledAccount.clear();
            Q_EMIT passwordForgotten(status);
        });
    // The first look-up also tells whether a keychain answers at all (asynchronous, bounded).
    recallPassword();
    connect(m_session, &MigrationSession::connectFinished, this, &WizardController::onLoginDone);
    connect(
        m_session, &MigrationSession::finished, this, [this](Runner::Outcome outcome, const Result &result) {
            m_finished = true;
            m_outcome = outcome;
            m_runResult = result;
            Q_EMIT runFinished(outcome);
        });
}

WizardController::~WizardController()
{
    // Probes check the flag in short slices, so this wait is brief.
    m_cancel->store(true);
    for (auto &future : m_futures)
        future.waitForFinished();
    m_sourcePassword.fill('\0');
    m_targetPassword.fill('\0');
    m_masterPassword.fill('\0');
}

// ---------------------------------------------------------------- input

void WizardController::setSourceAddress(const QString &address)
{
    if (address == m_sourceAddress)
        return;
    m_sourceAddress = address;
    m_recalledAccount.clear(); // known again once recallPassword() found one for this address
    resetCheck();
}

void WizardController::setSourcePassword(const QByteArray &password)
{
    if (password == m_sourcePassword)
        return;
    m_sourcePassword.fill('\0');
    m_sourcePassword = password;
    resetCheck();
}

void WizardController::setTargetIsThisSystem(bool thisSystem)
{
    if (thisSystem == m_targetIsThisSystem)
        return;
    m_targetIsThisSystem = thisSystem;
    resetCheck();
}

void WizardController::setTargetAddress(const QString &address)
{
    if (address == m_targetAddress)
        return;
    m_targetAddress = address;
    resetCheck();
}

void WizardController::setTargetPassword(const QByteArray &password)
{
    if (password == m_targetPassword)
        return;
    m_targetPassword.fill('\0');
    m_targetPassword = password;
    resetCheck();
}

QString WizardController::effectiveTargetAddress() const
{
    return m_targetIsThisSystem ? thisSystemAddress() : m_targetAddress.trimmed();
}

QString WizardController::thisSystemAddress()
{
    const QString configured = qEnvironmentVariable("CUTOVER_THIS_SYSTEM");
    return configured.isEmpty() ? MigrationSession::defaultTargetAddress() : configured;
}

void WizardController::setPretrustedFingerprints(const QString &source, const QString &target)
{
    m_pretrustedSource = Fingerprint::normalised(source);
    m_pretrustedTarget = Fingerprint::normalised(target);
}

// ---------------------------------------------------------------- keychain

QString WizardController::keychainAccount() const
{
    const auto address = AddressValidator::check(m_sourceAddress);
    // A probe entry while no address is known: its answer still says whether a keychain works.
    return PasswordStore::accountFor(
        address.ok() ? address.normalised : QStringLiteral("cutover-keychain-probe"));
}

QString WizardController::keychainProblem() const
{
    return m_keychainState == KeychainState::Unavailable ? PasswordStore::describe(m_keychainStatus)
                                                         : QString();
}

void WizardController::recallPassword()
{
    if (m_keychainState == KeychainState::Unavailable)
        return;
    m_passwords->read(keychainAccount());
}

void WizardController::onKeychainRead(
    const QString &account, const QByteArray &password, PasswordStore::Status status)
{
    const bool works = status == PasswordStore::Status::Ok || status == PasswordStore::Status::NotFound;
    const auto state = works ? KeychainState::Available : KeychainState::Unavailable;
    m_keychainStatus = status;
    m_keychainState = state;
    if (!works)
        m_rememberPassword = false;
    if (!m_masterAddress.isEmpty() && account == PasswordStore::accountFor(m_masterAddress)
        && account != keychainAccount()) {
        onMasterKeychainRead(account, password, status);
        Q_EMIT keychainChanged();
        return;
    }
    // Unless nothing is stored, or the address changed meanwhile:
    if (status == PasswordStore::Status::Ok && account == keychainAccount()) {
        m_recalledAccount = account;
        m_rememberPassword = true;
        // A password the user typed meanwhile wins over the remembered one.
        if (m_sourcePassword.isEmpty()) {
            setSourcePassword(password);
            Q_EMIT passwordRecalled();
        }
    }
    Q_EMIT keychainChanged(); // after every answer: the page shows the box's state
}

void WizardController::setRememberPassword(bool remember)
{
    if (remember == m_rememberPassword)
        return;
    m_rememberPassword = remember && m_keychainState == KeychainState::Available;
    if (!m_rememberPassword && !m_masterAccount.isEmpty()) {
        m_passwords->remove(m_masterAccount); // the master's goes with the source's
        m_masterAccount.clear();
    }
    if (!m_rememberPassword && !m_recalledAccount.isEmpty())
        m_passwords->remove(m_recalledAccount); // the user asked to forget it
    else if (m_rememberPassword && m_checkState == CheckState::Passed)
        storePasswordIfWanted();
}

void WizardController::storePasswordIfWanted()
{
    // Only a password that just logged in is worth remembering.
    if (!m_rememberPassword || m_keychainState != KeychainState::Available || m_sourcePassword.isEmpty())
        return;
    m_passwords->write(keychainAccount(), m_sourcePassword);
}

// ---------------------------------------------------------------- preflight

void WizardController::resetCheck()
{
    if (m_checkState == CheckState::Idle && m_checks.isEmpty())
        return;
    ++m_generation; // results of running probes are dropped when they arrive
    m_checks.clear();
    m_fingerprintsAccepted = false;
    m_sourceFingerprint.clear();
    m_targetFingerprint.clear();
    m_sourceInfo = {};
    m_targetInfo = {};
    resetMasterCheck();
    setCheckState(CheckState::Idle);
    Q_EMIT checksChanged();
}

void WizardController::setCheckState(CheckState state)
{
    if (state == m_checkState)
        return;
    m_checkState = state;
    Q_EMIT checkStateChanged(state);
}

int WizardController::addCheck(const RequirementEntry &entry, bool pending)
{
    m_checks.append(Check { entry, pending });
    return int(m_checks.size()) - 1;
}

bool WizardController::sourceNeedsTrust() const
{
    return !m_fingerprintsAccepted && m_pretrustedSource.isEmpty() && !m_sourceFingerprint.isEmpty();
}

bool WizardController::targetNeedsTrust() const
{
    return !m_fingerprintsAccepted && m_pretrustedTarget.isEmpty() && !m_targetFingerprint.isEmpty();
}

SourceRole WizardController::sourceRole() const
{
    SourceRole role = SourceRole::Standalone;
    sourceRoleFromId(m_sourceInfo.role, &role);
    return role;
}

void WizardController::startCheck()
{
    resetCheck();
    ++m_generation;
    const int generation = m_generation;
    m_checks.clear();

    // 1. Input, instantly and without a lookup.
    const auto source = AddressValidator::check(m_sourceAddress);
    addCheck(AddressValidator::requirement(source, QStringLiteral("source")), false);
    AddressValidator::Result target;
    if (!m_targetIsThisSystem) {
        target = AddressValidator::check(m_targetAddress);
        addCheck(AddressValidator::requirement(target, QStringLiteral("target")), false);
    }
    const auto passwordEntry = [](const QByteArray &password, bool isSource) {
        RequirementEntry e;
        e.id = isSource ? QStringLiteral("input.sourcePassword") : QStringLiteral("input.targetPassword");
        e.satisfied = !password.isEmpty();
        e.title = [isSource] {
            return isSource ? tr("Admin password of the source", "@info check title")
                            : tr("Admin password of the target", "@info check title");
        };
        e.reason = [ok = e.satisfied] {
            return ok ? tr("Entered.", "@info password check") : tr("The password is empty.", "@info");
        };
        e.remedy = [ok = e.satisfied] {
            return ok ? QString() : tr("Enter the password of the appliance's admin user.", "@info");
        };
        return e;
    };
    addCheck(passwordEntry(m_sourcePassword, true), false);
    addCheck(passwordEntry(m_targetPassword, false), false);
    if (!requirementsMet([this] {
            RequirementList list;
            for (const auto &c : m_checks)
                list.append(c.entry);
            return list;
        }())) {
        Q_EMIT checksChanged();
        setCheckState(CheckState::Failed);
        return;
    }

    // 2. Ports and certificates of both sides, all at once; each row fills in as it ends.
    setCheckState(CheckState::Checking);
    const QString sourceHost = source.normalised;
    const QString targetHost = m_targetIsThisSystem ? thisSystemAddress() : target.normalised;
    QList<PortProbe::Target> targets
        = PortProbe::migrationTargets(QStringLiteral("source"), sourceHost, false);
    targets += PortProbe::migrationTargets(QStringLiteral("target"), targetHost, false);

    m_outstanding = 0;
    for (const auto &t : targets) {
        RequirementEntry placeholder;
        placeholder.id = QStringLiteral("port.%1.%2").arg(t.role).arg(t.port);
        placeholder.title = [t] {
            //: %1: port number, %2: host
            return tr("Port %1 on %2", "@info check title").arg(t.port).arg(t.host);
        };
        placeholder.reason = [] { return tr("Checking…", "@info check running"); };
        const int row = addCheck(placeholder, true);
        auto *watcher = new QFutureWatcher<PortProbe::Result>(this);
        connect(
            watcher, &QFutureWatcher<PortProbe::Result>::finished, this, [this, watcher, row, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_checks[row] = Check { PortProbe::requirement(watcher->result()), false };
                Q_EMIT checksChanged();
                onProbesDone();
            });
        const auto cancel = m_cancel;
        auto future
            = QtConcurrent::run([t, cancel] { return PortProbe::probe(t, kProbeTimeoutMs, cancel.get()); });
        watcher->setFuture(future);
        m_futures.append(QFuture<void>(future));
        ++m_outstanding;
    }

    const auto probeSide = [this, generation](const QString &host, const QString &pin, bool isSource) {
        RequirementEntry placeholder;
        placeholder.id = isSource ? QStringLiteral("tls.source") : QStringLiteral("tls.target");
        placeholder.title = [host] {
            //: %1: host
            return tr("Certificate of %1", "@info check title").arg(host);
        };
        placeholder.reason = [] { return tr("Checking…", "@info check running"); };
        const int row = addCheck(placeholder, true);
        auto *watcher = new QFutureWatcher<SideProbe>(this);
        connect(watcher, &QFutureWatcher<SideProbe>::finished, this,
            [this, watcher, row, generation, host, isSource, placeholder] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                const SideProbe probe = watcher->result();
                RequirementEntry e = placeholder;
                e.satisfied = !probe.error.isError();
                if (e.satisfied) {
                    (isSource ? m_sourceFingerprint : m_targetFingerprint) = probe.fingerprint;
                    // Remembered from an earlier run (trust on first use): no question this time,
                    // and a changed certificate stops the check with the store's warning.
                    const TrustStore store;
                    const QString machineId = store.machineIdForHost(host);
                    if (!machineId.isEmpty()
                        && (isSource ? m_pretrustedSource : m_pretrustedTarget).isEmpty()) {
                        const auto verdict = store.check(machineId, probe.fingerprint);
                        if (verdict == TrustStore::Verdict::Trusted) {
                            (isSource ? m_pretrustedSource : m_pretrustedTarget) = probe.fingerprint;
                        } else if (verdict == TrustStore::Verdict::Changed) {
                            e.satisfied = false;
                            e.reason
                                = [host, old = store.entry(machineId).fingerprint, fp = probe.fingerprint] {
                                      return TrustStore::changedWarning(host, old, fp);
                                  };
                            m_checks[row] = Check { e, false };
                            Q_EMIT checksChanged();
                            onProbesDone();
                            return;
                        }
                    }
                    const bool pinned = !(isSource ? m_pretrustedSource : m_pretrustedTarget).isEmpty();
                    e.reason = [fp = probe.fingerprint, pinned] {
                        return pinned ? tr("Matches the fingerprint trusted before: %1", "@info").arg(fp)
                                      : tr("SHA-256 fingerprint %1", "@info").arg(fp);
                    };
                } else {
                    e.reason = [error = probe.error] { return error.userMessage(); };
                }
                m_checks[row] = Check { e, false };
                Q_EMIT checksChanged();
                onProbesDone();
            });
        const auto cancel = m_cancel;
        auto future = QtConcurrent::run([host, pin, cancel] {
            ApplianceClient client(host);
            client.setPinnedFingerprint(pin);
            client.setCancelFlag(cancel.get());
            client.setTimeouts(kProbeTimeoutMs, kProbeTimeoutMs);
            auto r = client.probeFingerprint();
            return r ? SideProbe { r.value(), {} } : SideProbe { r.error().fingerprint(), r.error() };
        });
        watcher->setFuture(future);
        m_futures.append(QFuture<void>(future));
        ++m_outstanding;
    };
    probeSide(sourceHost, m_pretrustedSource, true);
    probeSide(targetHost, m_pretrustedTarget, false);
    Q_EMIT checksChanged();
}

void WizardController::onProbesDone()
{
    if (--m_outstanding > 0)
        return;
    for (const auto &c : std::as_const(m_checks)) {
        if (c.entry.blocks()) {
            setCheckState(CheckState::Failed);
            return;
        }
    }
    if (sourceNeedsTrust() || targetNeedsTrust()) {
        setCheckState(CheckState::NeedsTrust);
        return;
    }
    acceptFingerprints();
}

void WizardController::acceptFingerprints()
{
    if (m_checkState != CheckState::NeedsTrust && m_checkState != CheckState::Checking)
        return;
    m_userAcceptedFingerprints = m_checkState == CheckState::NeedsTrust;
    m_fingerprintsAccepted = true;
    setCheckState(CheckState::LoggingIn);

    // The session logs in with the pinned fingerprints on its own thread (connectFinished).
    m_session->setSourceAddress(AddressValidator::check(m_sourceAddress).normalised);
    m_session->setTargetAddress(effectiveTargetAddress());
    m_session->setSourceFingerprint(m_sourceFingerprint);
    m_session->setTargetFingerprint(m_targetFingerprint);
    m_session->setSourcePassword(m_sourcePassword);
    m_session->setTargetPassword(m_targetPassword);
    RequirementEntry placeholder;
    placeholder.id = QStringLiteral("login");
    placeholder.title = [] { return tr("Log in to both appliances as admin", "@info check title"); };
    placeholder.reason = [] { return tr("Logging in…", "@info check running"); };
    addCheck(placeholder, true);
    Q_EMIT checksChanged();
    m_loginGeneration = m_generation;
    m_session->connectAppliancesAsync();
}

void WizardController::onLoginDone(const Result &result)
{
    if (m_loginGeneration != m_generation || m_checkState != CheckState::LoggingIn)
        return;
    for (auto &check : m_checks) {
        if (check.entry.id != QLatin1String("login"))
            continue;
        check.pending = false;
        check.entry.satisfied = result.isOk();
        const SystemInfo source = m_session->sourceInfo();
        const SystemInfo target = m_session->targetInfo();
        if (result.isOk()) {
            check.entry.reason = [s = source.fqdn(), t = target.fqdn()] {
                //: %1: source host name, %2: target host name
                return tr("Logged in; the source calls itself %1, the target %2.", "@info").arg(s, t);
            };
        } else {
            check.entry.reason = [result] { return result.message(); };
        }
        check.entry.details = QJsonObject { { QStringLiteral("code"), result.code() } };
    }
    if (!result.isOk()) {
        Q_EMIT checksChanged();
        setCheckState(CheckState::Failed);
        return;
    }
    m_sourceInfo = m_session->sourceInfo();
    m_targetInfo = m_session->targetInfo();
    rememberFingerprints();
    addCompatibilityChecks();
    finishCheck();
}

void WizardController::rememberFingerprints()
{
    if (!m_userAcceptedFingerprints)
        return;
    TrustStore store;
    QString error;
    if (!store.remember(m_sourceInfo.machineId, m_sourceFingerprint, m_session->sourceAddress(), &error)
        || !store.remember(m_targetInfo.machineId, m_targetFingerprint, m_session->targetAddress(), &error))
        qWarning("cutover: could not remember the trusted certificates: %s", qPrintable(error));
}

void WizardController::addCompatibilityChecks()
{
    CompatibilityCheck::Input input;
    input.source = m_sourceInfo;
    input.target = m_targetInfo;
    input.interruptedMigration = m_runMode == RunMode::New && m_interrupted;
    input.interruptedRunId = m_interrupted ? m_interrupted->runId() : QString();
    for (const auto &entry : CompatibilityCheck::evaluate(input)) {
        // A resumed run finds the source in maintenance: that is where the journal left it.
        if (m_runMode != RunMode::New && entry.id == QLatin1String("compat.sourceMaintenance"))
            continue;
        if (m_runMode != RunMode::New && entry.id == QLatin1String("compat.sourceAlreadyMigrated"))
            continue;
        addCheck(entry, false);
    }
    if (sourceRole() == SourceRole::HaMaster || sourceDetails().ha.role == QLatin1String("master")) {
        // The group's master cannot be moved in place (the same rule as cutover-cli check's).
        RequirementEntry e;
        e.id = QStringLiteral("compat.highAvailability");
        e.satisfied = false;
        e.title = [] { return tr("High-availability source", "@info check title"); };
        e.reason = [] {
            return tr("The source is the master of its high-availability group. Cutover moves a node that "
                      "replicates from the master.",
                "@info");
        };
        e.remedy
            = [] { return tr("Make another node of the group the master, then migrate this one.", "@info"); };
        addCheck(e, false);
    } else if (isHighAvailability(sourceRole()) && !engineSupports(OperationKind::CopyDataActivateReplica)) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.highAvailability");
        e.satisfied = false;
        e.title = [] { return tr("High-availability source", "@info check title"); };
        e.reason = [] {
            return tr("This version of Cutover cannot yet move a source that is part of a "
                      "high-availability group.",
                "@info");
        };
        e.remedy = [] { return tr("Use a version of Cutover that supports high availability.", "@info"); };
        addCheck(e, false);
    }
    Q_EMIT checksChanged();
}

void WizardController::finishCheck()
{
    for (const auto &c : std::as_const(m_checks)) {
        if (c.entry.blocks()) {
            setCheckState(CheckState::Failed);
            return;
        }
    }
    // Options that are no longer allowed are switched off, never silently kept.
    if (m_options.migrateLicense && !licenseMigrationAllowed())
        m_options.migrateLicense = false;
    if (m_options.copyTrafficLogs && !engineSupports(OperationKind::CopyTrafficLogs))
        m_options.copyTrafficLogs = false;
    applyOptionsToSession();
    setCheckState(CheckState::Passed);
    storePasswordIfWanted();
}

// ---------------------------------------------------------------- the HA master

namespace {

/** The master's probe or login failed: what happened, in words about the master. */
QString masterProblem(const ApiError &error, const QString &host)
{
    switch (error.kind()) {
    case ApiError::Kind::Refused:
        //: %1: address of the master of the source's high-availability group
        return WizardController::tr("The group's master %1 refused the connection on port 443: its appliance "
                                    "service is not running, or a firewall closes the port. Cutover must "
                                    "reach the master to take the source out of its round-robin list and to "
                                    "let the target replicate from it.",
            "@info")
            .arg(host);
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Unreachable:
        //: %1: address of the master of the source's high-availability group
        return WizardController::tr("The group's master %1 cannot be reached from this computer (no answer "
                                    "on port 443). Cutover must reach the master to take the source out of "
                                    "its round-robin list and to let the target replicate from it.",
            "@info")
            .arg(host);
    default:
        return error.userMessage();
    }
}

QString masterRemedy(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Refused:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Unreachable:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::TlsHandshake:
        return WizardController::tr("Start the appliance service on the master, or open port 443 from this "
                                    "computer to it, then click Check the Master Again.",
            "@info");
    default:
        return {};
    }
}

struct MasterLogin
{
    ApiError error;
    SystemInfo info;
    HaInfo ha;
};

} // namespace

bool WizardController::needsHaMaster() const
{
    return m_checkState == CheckState::Passed && sourceRole() == SourceRole::HaReplica;
}

void WizardController::setMasterState(MasterState state)
{
    if (state == m_masterState)
        return;
    m_masterState = state;
    Q_EMIT masterStateChanged(state);
}

void WizardController::resetMasterCheck()
{
    ++m_masterGeneration; // a probe or login still running is dropped when it ends
    m_masterChecks.clear();
    m_masterAddress.clear();
    m_masterFingerprint.clear();
    m_masterHostName.clear();
    m_roundRobinLeaving.clear();
    m_masterFingerprintAccepted = false;
    m_masterTrustedBefore = false;
    m_masterLoginDeferred = false;
    m_waitingForMasterRecall = false;
    m_session->setHaMaster(QString(), QString(), QByteArray());
    setMasterState(MasterState::NotNeeded);
    Q_EMIT masterChecksChanged();
}

void WizardController::setMasterPassword(const QByteArray &password)
{
    if (password == m_masterPassword)
        return;
    m_masterPassword.fill('\0');
    m_masterPassword = password;
    // A login made with the old password proves nothing about the new one.
    if (m_masterState == MasterState::Passed || m_masterState == MasterState::Failed) {
        const bool trusted = m_masterFingerprintAccepted;
        ++m_masterGeneration;
        for (qsizetype i = m_masterChecks.size() - 1; i >= 0; --i) {
            const QString &id = m_masterChecks.at(i).entry.id;
            if (id == QLatin1String("login.master") || id == QLatin1String("ha.roundRobin"))
                m_masterChecks.removeAt(i);
        }
        m_session->setHaMaster(QString(), QString(), QByteArray());
        setMasterState(trusted ? MasterState::Ready : MasterState::Failed);
        Q_EMIT masterChecksChanged();
    }
}

void WizardController::failMaster(const RequirementEntry &entry)
{
    m_masterChecks.append(Check { entry, false });
    Q_EMIT masterChecksChanged();
    setMasterState(MasterState::Failed);
}

void WizardController::startMasterCheck()
{
    if (!needsHaMaster()) {
        resetMasterCheck();
        return;
    }
    if (m_masterFingerprintAccepted && m_masterState != MasterState::Passed) {
        // The certificate is trusted already: only the login is repeated (a corrected password).
        loginToMaster();
        return;
    }
    resetMasterCheck();
    const int generation = m_masterGeneration;
    m_masterAddress = HaGroup::masterAddress(m_sourceInfo, sourceDetails().ha, m_session->sourceAddress());
    if (m_masterAddress.isEmpty()) {
        RequirementEntry e;
        e.id = QStringLiteral("ha.master");
        e.satisfied = false;
        e.title = [] { return tr("Master of the group", "@info check title"); };
        e.reason
            = [] { return tr("The source reports no master for its high-availability group.", "@info"); };
        e.remedy
            = [] { return tr("Check the group's replication on the source, then check again.", "@info"); };
        failMaster(e);
        return;
    }
    // A password remembered for the master comes before the first login (bounded by the
    // keychain's timeout).
    if (m_masterPassword.isEmpty() && m_rememberPassword && m_keychainState == KeychainState::Available) {
        m_waitingForMasterRecall = true;
        m_passwords->read(PasswordStore::accountFor(m_masterAddress));
    }
    setMasterState(MasterState::Checking);
    const QString host = m_masterAddress;
    RequirementEntry placeholder;
    placeholder.id = QStringLiteral("tls.master");
    placeholder.title = [host] {
        //: %1: address of the master of the source's high-availability group
        return tr("Certificate of the group's master %1", "@info check title").arg(host);
    };
    placeholder.reason = [] { return tr("Checking…", "@info check running"); };
    m_masterChecks.append(Check { placeholder, true });
    Q_EMIT masterChecksChanged();

    auto *watcher = new QFutureWatcher<SideProbe>(this);
    connect(
        watcher, &QFutureWatcher<SideProbe>::finished, this, [this, watcher, generation, host, placeholder] {
            watcher->deleteLater();
            if (generation != m_masterGeneration)
                return;
            const SideProbe probe = watcher->result();
            RequirementEntry e = placeholder;
            e.details = QJsonObject { { QStringLiteral("host"), host },
                { QStringLiteral("sha256"), probe.fingerprint } };
            if (probe.error.isError()) {
                e.satisfied = false;
                e.reason = [error = probe.error, host] { return masterProblem(error, host); };
                e.remedy = [error = probe.error] { return masterRemedy(error); };
                e.details.insert(QStringLiteral("error"), ApiError::kindName(probe.error.kind()));
                m_masterChecks.last() = Check { e, false };
                Q_EMIT masterChecksChanged();
                setMasterState(MasterState::Failed);
                return;
            }
            const QString fp = probe.fingerprint;
            m_masterFingerprint = fp;
            const TrustStore store;
            const QString machineId = store.machineIdForHost(host);
            const auto verdict
                = machineId.isEmpty() ? TrustStore::Verdict::Unknown : store.check(machineId, fp);
            if (verdict == TrustStore::Verdict::Changed) {
                e.satisfied = false;
                e.reason = [host, old = store.entry(machineId).fingerprint, fp] {
                    return TrustStore::changedWarning(host, old, fp);
                };
                e.remedy = [fp, path = TrustStore::defaultPath()] {
                    //: %1: SHA-256 fingerprint, %2: path of the file of trusted certificates
                    return tr(
                        "Compare the new fingerprint with the one shown on the master's console (System ▸ "
                        "Certificates). Only if they match and the master's certificate was renewed on "
                        "purpose, trust it with cutover-cli --trust-master %1, or remove the master's entry "
                        "from %2 and check again.",
                        "@info")
                        .arg(fp, QDir::toNativeSeparators(path));
                };
                e.details.insert(QStringLiteral("changed"), true);
                m_masterChecks.last() = Check { e, false };
                Q_EMIT masterChecksChanged();
                setMasterState(MasterState::Failed);
                return;
            }
            e.satisfied = true;
            if (verdict == TrustStore::Verdict::Trusted) {
                m_masterTrustedBefore = true;
                m_masterFingerprintAccepted = true;
                e.reason = [fp] {
                    //: %1: SHA-256 fingerprint
                    return tr("Matches the fingerprint trusted before: %1", "@info").arg(fp);
                };
                m_masterChecks.last() = Check { e, false };
                Q_EMIT masterChecksChanged();
                loginToMaster();
                return;
            }
            e.reason = [fp] { return tr("SHA-256 fingerprint %1", "@info").arg(fp); };
            m_masterChecks.last() = Check { e, false };
            Q_EMIT masterChecksChanged();
            setMasterState(MasterState::NeedsTrust);
        });
    const auto cancel = m_cancel;
    auto future = QtConcurrent::run([host, cancel] {
        ApplianceClient client(host);
        client.setCancelFlag(cancel.get());
        client.setTimeouts(kProbeTimeoutMs, kProbeTimeoutMs);
        auto r = client.probeFingerprint();
        return r ? SideProbe { r.value(), {} } : SideProbe { r.error().fingerprint(), r.error() };
    });
    watcher->setFuture(future);
    m_futures.append(QFuture<void>(future));
}

void WizardController::acceptMasterFingerprint()
{
    if (m_masterState != MasterState::NeedsTrust)
        return;
    m_masterFingerprintAccepted = true;
    loginToMaster();
}

void WizardController::loginToMaster()
{
    if (!m_masterFingerprintAccepted || m_masterAddress.isEmpty())
        return;
    ++m_masterGeneration;
    const int generation = m_masterGeneration;
    for (qsizetype i = m_masterChecks.size() - 1; i >= 0; --i) {
        const QString &id = m_masterChecks.at(i).entry.id;
        if (id == QLatin1String("login.master") || id == QLatin1String("ha.roundRobin"))
            m_masterChecks.removeAt(i);
    }
    const QString host = m_masterAddress;
    const bool ownPassword = !m_masterPassword.isEmpty();
    RequirementEntry placeholder;
    placeholder.id = QStringLiteral("login.master");
    placeholder.title = [host] {
        //: %1: address of the master of the source's high-availability group
        return tr("Log in to the group's master %1", "@info check title").arg(host);
    };
    placeholder.reason = [] { return tr("Logging in…", "@info check running"); };
    m_masterChecks.append(Check { placeholder, true });
    setMasterState(MasterState::LoggingIn);
    Q_EMIT masterChecksChanged();
    if (m_waitingForMasterRecall) {
        // Logs in once the keychain answered (onMasterKeychainRead).
        m_masterLoginDeferred = true;
        return;
    }

    auto *watcher = new QFutureWatcher<MasterLogin>(this);
    connect(watcher, &QFutureWatcher<MasterLogin>::finished, this,
        [this, watcher, generation, host, ownPassword, placeholder] {
            watcher->deleteLater();
            if (generation != m_masterGeneration)
                return;
            const MasterLogin login = watcher->result();
            RequirementEntry e = placeholder;
            e.satisfied = !login.error.isError();
            if (!e.satisfied) {
                e.details = QJsonObject { { QStringLiteral("error"), ApiError::kindName(login.error.kind()) },
                    { QStringLiteral("code"), login.error.code() } };
                if (login.error.code() == QLatin1String("auth.invalid_credentials")) {
                    e.reason = [host, ownPassword] {
                        return ownPassword
                            //: %1: address of the master of the source's high-availability group
                            ? tr("The master %1 rejected the admin password entered for it.", "@info")
                                  .arg(host)
                            //: %1: address of the master of the source's high-availability group
                            : tr("The master %1 does not accept the source's admin password, which Cutover "
                                 "uses while the master's password field is empty.",
                                "@info")
                                  .arg(host);
                    };
                    e.remedy = [] {
                        return tr("Enter the admin password of the master in the field above, then click Log "
                                  "In to the Master.",
                            "@info");
                    };
                } else {
                    e.reason = [error = login.error, host] { return masterProblem(error, host); };
                    e.remedy = [error = login.error] { return masterRemedy(error); };
                }
                m_masterChecks.last() = Check { e, false };
                Q_EMIT masterChecksChanged();
                setMasterState(MasterState::Failed);
                return;
            }
            m_masterHostName = login.info.fqdn();
            e.reason = [name = m_masterHostName] {
                //: %1: the master's host name
                return tr("Logged in; the master calls itself %1.", "@info").arg(name);
            };
            e.details = QJsonObject { { QStringLiteral("code"), QStringLiteral("ok") } };
            m_masterChecks.last() = Check { e, false };
            if (!m_masterTrustedBefore) {
                // The login proved who holds the certificate the user trusted: remember it, as for the
                // source and the target.
                TrustStore store;
                QString error;
                if (!store.remember(login.info.machineId, m_masterFingerprint, host, &error))
                    qWarning("cutover: could not remember the master's certificate: %s", qPrintable(error));
            }
            // The HA steps reach the master with exactly this address, pin and password (empty: the
            // source's).
            m_session->setHaMaster(host, m_masterFingerprint, m_masterPassword);
            ApplianceConnections::Side source;
            source.address = m_session->sourceAddress();
            source.info = m_sourceInfo;
            m_roundRobinLeaving.clear();
            for (const QString &h : login.ha.roundRobinHosts)
                if (HaGroup::isSourceHost(source, h))
                    m_roundRobinLeaving << h;
            RequirementEntry rr;
            rr.id = QStringLiteral("ha.roundRobin");
            rr.satisfied = !m_roundRobinLeaving.isEmpty();
            rr.mandatory = false;
            rr.title = [] { return tr("Round-robin hosts on the master", "@info check title"); };
            rr.reason = [hosts = m_roundRobinLeaving, host] {
                return hosts.isEmpty()
                    //: %1: the master's address
                    ? tr("The master %1 does not list the source among its round-robin hosts; there is "
                         "nothing to take out and put back.",
                        "@info")
                          .arg(host)
                    //: %1: addresses, %2: the master's address
                    : tr("%1 leave the round-robin hosts of the master %2 during the migration; the "
                         "target's address takes their place at the end.",
                        "@info")
                          .arg(hosts.join(QStringLiteral(", ")), host);
            };
            m_masterChecks.append(Check { rr, false });
            Q_EMIT masterChecksChanged();
            setMasterState(MasterState::Passed);
            if (m_rememberPassword && m_keychainState == KeychainState::Available
                && !m_masterPassword.isEmpty()) {
                m_masterAccount = PasswordStore::accountFor(host);
                m_passwords->write(m_masterAccount, m_masterPassword);
            }
        });
    const auto cancel = m_cancel;
    QByteArray password = m_masterPassword.isEmpty() ? m_sourcePassword : m_masterPassword;
    auto future = QtConcurrent::run([host, pin = m_masterFingerprint, password, cancel]() mutable {
        MasterLogin out;
        ApplianceClient client(host);
        client.setPinnedFingerprint(pin);
        client.setCancelFlag(cancel.get());
        client.setTimeouts(kProbeTimeoutMs, 15000);
        if (auto r = client.login(QStringLiteral("admin"), password); !r) {
            out.error = r.error();
        } else if (auto info = client.system(); !info) {
            out.error = info.error();
        } else {
            out.info = info.value();
            if (auto ha = client.ha())
                out.ha = ha.value();
        }
        client.disconnectFromHost();
        password.fill('\0');
        return out;
    });
    password.fill('\0');
    watcher->setFuture(future);
    m_futures.append(QFuture<void>(future));
}

void WizardController::onMasterKeychainRead(
    const QString &account, const QByteArray &password, PasswordStore::Status status)
{
    m_waitingForMasterRecall = false;
    if (status == PasswordStore::Status::Ok && m_masterPassword.isEmpty() && !password.isEmpty()) {
        m_masterAccount = account;
        m_masterPassword = password;
        Q_EMIT masterPasswordRecalled();
    }
    if (m_masterLoginDeferred) {
        m_masterLoginDeferred = false;
        loginToMaster();
    }
}

// ---------------------------------------------------------------- options

void WizardController::applyOptionsToSession()
{
    m_session->setOptions(m_options);
    // The session decides the mode from this preference (low downtime when possible), not from
    // options.mode: the Options page's choice must reach it, or "Offline" would be ignored.
    m_session->setPreferLowDowntime(m_options.mode == MigrationOptions::Mode::LowDowntime);
}

void WizardController::setOptions(const MigrationOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    applyOptionsToSession();
    Q_EMIT optionsChanged();
}

bool WizardController::licenseMigrationAllowed(QString *reason) const
{
    QString why;
    if (m_options.rehearsal) {
        why = tr("A rehearsal changes nothing on the source, so the license stays where it is.", "@info");
    } else {
        // The rule itself lives in core (CompatibilityCheck), shared with cutover-cli.
        CompatibilityCheck::Input input;
        input.source = m_sourceInfo;
        input.target = m_targetInfo;
        input.migrateLicense = true;
        for (const auto &entry : CompatibilityCheck::evaluate(input)) {
            if (entry.id == QLatin1String("compat.license") && !entry.satisfied)
                why = entry.reasonText();
        }
    }
    if (reason)
        *reason = why;
    return why.isEmpty();
}

bool WizardController::engineSupports(OperationKind kind)
{
    MigrationPlan plan;
    auto operation = OperationFactory::create(kind, plan, std::make_shared<ApplianceConnections>());
    return !dynamic_cast<UnavailableOperation *>(operation.get());
}

MigrationPlan WizardController::plan() const
{
    if (m_runMode != RunMode::New && m_interrupted)
        return m_interrupted->plan();
    if (m_session->journal() && (m_runMode != RunMode::New || m_session->runner()))
        return m_session->journal()->plan();
    return m_session->plan();
}

QStringList WizardController::planDescriptions() const
{
    QStringList descriptions;
    if (m_runMode == RunMode::New) {
        for (const auto &step : m_session->planDescriptions())
            descriptions.append(step.second);
        return descriptions;
    }
    const auto p = plan();
    for (auto kind : p.steps())
        descriptions.append(operationKindTitle(kind));
    return descriptions;
}

QStringList WizardController::unsupportedSteps() const
{
    QStringList titles;
    // A named copy: steps() refers into the plan, and a temporary would be gone inside the loop.
    const MigrationPlan p = plan();
    for (auto kind : p.steps()) {
        if (!engineSupports(kind))
            titles.append(operationKindTitle(kind));
    }
    return titles;
}

qint64 WizardController::estimatedDurationSeconds() const
{
    qint64 seconds = 0;
    const auto p = plan();
    for (auto kind : p.steps()) {
        switch (kind) {
        case OperationKind::CopyData:
        case OperationKind::BulkCopyData:
        case OperationKind::CopyDataActivateReplica:
            seconds += qint64(double(m_sourceInfo.dataBytes) / kAssumedBytesPerSecond) + kSecondsPerApiStep;
            break;
        case OperationKind::CopyTrafficLogs:
            seconds
                += qint64(double(m_sourceInfo.trafficLogBytes) / kAssumedBytesPerSecond) + kSecondsPerApiStep;
            break;
        case OperationKind::RebootBoth:
            seconds += kSecondsPerReboot;
            break;
        default:
            seconds += kSecondsPerApiStep;
        }
    }
    return seconds;
}

qint64 WizardController::estimatedDowntimeSeconds() const
{
    // From maintenance until the target serves: the copy inside that window (offline) or only
    // the final catch-up (low downtime); the engine's estimate, so the CLI and the wizard agree.
    return downtimeEstimate().seconds;
}

QString WizardController::copyPathExplanation() const
{
    if (m_runMode != RunMode::New)
        return {};
    const MigrationPlan p = plan();
    const bool copies = p.contains(OperationKind::CopyData) || p.contains(OperationKind::BulkCopyData)
        || p.contains(OperationKind::PhysicalCopyData);
    return copies ? m_session->copyPathExplanation() : QString();
}

DowntimeEstimate WizardController::downtimeEstimate() const
{
    return DowntimeEstimate::forPlan(plan(), m_sourceInfo.dataBytes, kAssumedBytesPerSecond);
}

// ---------------------------------------------------------------- journal

void WizardController::loadJournal()
{
    auto journal = std::make_unique<Journal>();
    if (!journal->exists())
        return;
    if (const auto loaded = journal->load(); !loaded)
        return;
    if (!journal->needsAttention())
        return;
    m_interrupted = std::move(journal);
    m_sourceAddress = m_interrupted->source().address;
    m_targetAddress = m_interrupted->target().address;
    m_targetIsThisSystem = m_targetAddress.isEmpty() || m_targetAddress == thisSystemAddress();
    m_pretrustedSource = m_interrupted->source().tlsSha256;
    m_pretrustedTarget = m_interrupted->target().tlsSha256;
}

QString WizardController::interruptedRunSummary() const
{
    if (!m_interrupted)
        return {};
    int done = 0;
    for (int i = 0; i < m_interrupted->operationCount(); ++i) {
        if (m_interrupted->operationState(i) == OperationState::Done)
            ++done;
    }
    //: %1: source address, %2: target address, %3: done steps, %4: all steps
    return tr("A migration from %1 to %2 was interrupted after %3 of %4 steps.", "@info")
        .arg(m_interrupted->source().address, m_interrupted->target().address)
        .arg(done)
        .arg(m_interrupted->operationCount());
}

void WizardController::setRunMode(RunMode mode)
{
    if (mode != RunMode::New && !m_interrupted)
        mode = RunMode::New;
    m_runMode = mode;
    if (mode != RunMode::New) {
        m_sourceAddress = m_interrupted->source().address;
        m_targetAddress = m_interrupted->target().address;
        m_targetIsThisSystem = m_targetAddress.isEmpty() || m_targetAddress == thisSystemAddress();
        m_options = m_interrupted->plan().options();
    }
}

// ---------------------------------------------------------------- run

bool WizardController::startRun(QString *error)
{
    if (runner())
        return true;
    Result started;
    if (m_runMode == RunMode::New) {
        applyOptionsToSession();
        started = m_session->start();
    } else {
        started = m_session->loadJournal(m_interrupted->path());
        // loadJournal() re-reads the endpoints; the passwords and fresh Source Info stay.
        if (started)
            started = m_runMode == RunMode::Resume ? m_session->resume() : m_session->backout();
        if (started)
            m_interrupted.reset();
    }
    if (!started) {
        if (error)
            *error = started.message();
        return false;
    }
    Q_EMIT runStarted();
    return true;
}

bool WizardController::pastPointOfNoReturn() const
{
    Runner *r = runner();
    if (!r)
        return false;
    for (int i = int(r->pointOfNoReturn()); i < r->count(); ++i) {
        if (r->state(i) != OperationState::Pending && r->state(i) != OperationState::Skipped)
            return true;
    }
    return false;
}

void WizardController::cancelRun()
{
    if (isRunning())
        m_session->cancel();
}

Result WizardController::saveReport(const QString &path) const
{
    if (!runner())
        return Result::error(
            QStringLiteral("report.none"), tr("No migration ran, so there is no report.", "@info"));
    return runner()->report().save(path);
}

} // namespace cutover
