// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardcontroller.h"

#include "api/applianceclient.h"
#include "operations/applianceconnections.h"
#include "operations/operationfactory.h"
#include "operations/unavailableoperation.h"
#include "plan/planbuilder.h"
#include "preflight/addressvalidator.h"
#include "preflight/compatibilitycheck.h"
#include "preflight/portprobe.h"
#include "replication/downtimeestimate.h"
#include "trust/fingerprint.h"
#include "trust/truststore.h"

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
            if (status == PasswordStore::Status::Ok)
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
    if (isHighAvailability(sourceRole()) && !engineSupports(OperationKind::CopyDataActivateReplica)) {
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
