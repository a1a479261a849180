// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationsession.h"

#include "common/logging.h"
#include "journal/runlog.h"
#include "operations/hagroup.h"
#include "operations/operationfactory.h"
#include "operations/temporarydbaccounts.h"
#include "plan/planbuilder.h"
#include "preflight/compatibilitycheck.h"
#include "trust/truststore.h"

#include <QThread>

namespace cutover {

MigrationSession::MigrationSession(QObject *parent)
    : QObject(parent)
    , m_connections(std::make_shared<ApplianceConnections>())
{
    qRegisterMetaType<cutover::Result>();
    m_connections->target().address = defaultTargetAddress();
}

MigrationSession::~MigrationSession()
{
    HaGroup::release(*m_connections);
    if (m_runner)
        m_runner->cancel();
    m_runner.reset();
    if (m_connectThread) {
        m_connectThread->wait();
        delete m_connectThread;
    }
}

void MigrationSession::setSourceAddress(const QString &address)
{
    m_connections->source().address = address.trimmed();
    Q_EMIT changed();
}

void MigrationSession::setTargetAddress(const QString &address)
{
    m_connections->target().address = address.trimmed();
    Q_EMIT changed();
}

void MigrationSession::setSourceFingerprint(const QString &sha256)
{
    m_connections->source().fingerprint = sha256.trimmed().toUpper();
    Q_EMIT changed();
}

void MigrationSession::setTargetFingerprint(const QString &sha256)
{
    m_connections->target().fingerprint = sha256.trimmed().toUpper();
    Q_EMIT changed();
}

void MigrationSession::setSourcePassword(const QByteArray &password)
{
    m_connections->source().password.fill('\0');
    m_connections->source().password = password;
}

void MigrationSession::setTargetPassword(const QByteArray &password)
{
    m_connections->target().password.fill('\0');
    m_connections->target().password = password;
}

void MigrationSession::setUser(const QString &user)
{
    m_connections->source().user = user;
    m_connections->target().user = user;
}

void MigrationSession::setHaMaster(
    const QString &address, const QString &fingerprint, const QByteArray &password)
{
    HaGroup::Credentials c;
    c.address = address.trimmed();
    c.fingerprint = fingerprint.trimmed().toUpper();
    c.password = password;
    HaGroup::setCredentials(*m_connections, c);
    c.password.fill('\0');
}

void MigrationSession::setOptions(const MigrationOptions &options)
{
    m_options = options;
    Q_EMIT changed();
}

void MigrationSession::setSwapConfiguration(bool on)
{
    m_options.swapConfiguration = on;
    Q_EMIT changed();
}

void MigrationSession::setMigrateLicense(bool on)
{
    m_options.migrateLicense = on;
    Q_EMIT changed();
}

void MigrationSession::setCopyTrafficLogs(bool on)
{
    m_options.copyTrafficLogs = on;
    Q_EMIT changed();
}

void MigrationSession::setRehearsal(bool on)
{
    m_options.rehearsal = on;
    Q_EMIT changed();
}

void MigrationSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

Result MigrationSession::connectAppliances()
{
    auto &s = m_connections->source();
    auto &t = m_connections->target();
    if (s.address.isEmpty()) {
        return Result::error(QStringLiteral("input.source_missing"),
            tr("Enter the address of the source appliance.", "@info"));
    }
    if (s.password.isEmpty() || t.password.isEmpty()) {
        return Result::error(QStringLiteral("input.password_missing"),
            tr("Enter the admin password of both appliances.", "@info"));
    }
    if (auto r = ApplianceConnections::connect(s); !r) {
        m_connections->disconnectAll();
        return r;
    }
    if (auto r = ApplianceConnections::connect(t); !r) {
        m_connections->disconnectAll();
        return r;
    }
    if (s.info.machineId == t.info.machineId) {
        m_connections->disconnectAll();
        return Result::error(QStringLiteral("input.same_appliance"),
            //: %1 and %2 are addresses
            tr("%1 and %2 are the same appliance (same machine id). Enter the address of the old appliance "
               "as "
               "the source and of the new one as the target.",
                "@info")
                .arg(s.address, t.address),
            s.info.machineId);
    }
    // Source Info as the preflight builds it (HA peers, load-balancing domain, DNS advice) and both
    // appliances' settings for the diff: the wizard logs in here, not through runPreflight().
    HaInfo ha;
    if (auto h = s.client->ha())
        ha = h.value();
    if (auto settings = s.client->settings())
        m_findings.sourceSettings = settings.value();
    if (auto settings = t.client->settings())
        m_findings.targetSettings = settings.value();
    m_findings.sourceInfo
        = SourceInfo::build(s.info, t.info, ha, s.address, t.address, m_findings.sourceSettings.groups);
    m_findings.settingsDiff = SettingsDiff::build(
        m_findings.sourceSettings, m_findings.targetSettings, m_options.swapConfiguration);
    if (m_state == State::Editing)
        setState(State::Connected);
    // The runner's worker thread will reconnect in its own thread.
    m_connections->disconnectAll();
    return Result::ok();
}

Preflight::Findings MigrationSession::runPreflight(
    Preflight::Options options, const Preflight::Listener &listener, const Preflight::TrustQuestion &askTrust)
{
    options.migration = m_options;
    options.lowDowntime = m_preferLowDowntime && !m_options.rehearsal;
    if (!options.interruptedMigration) {
        Journal existing(Journal::defaultPath());
        if (existing.exists() && existing.load() && existing.needsAttention()) {
            options.interruptedMigration = true;
            options.interruptedRunId = existing.runId();
        }
    }
    m_findings = Preflight::run(*m_connections, options, listener, askTrust);
    if (m_findings.passed() && m_state == State::Editing)
        setState(State::Connected);
    Q_EMIT changed();
    return m_findings;
}

void MigrationSession::connectAppliancesAsync()
{
    if (m_connectThread) {
        if (m_connectThread->isRunning())
            return;
        delete m_connectThread;
    }
    m_connectThread = QThread::create([this] {
        const Result result = connectAppliances();
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT connectFinished(result); }, Qt::QueuedConnection);
    });
    m_connectThread->start();
}

SourceRole MigrationSession::sourceRole() const
{
    SourceRole role = SourceRole::Standalone;
    sourceRoleFromId(m_connections->source().info.role, &role);
    return role;
}

void MigrationSession::setPreferLowDowntime(bool prefer)
{
    m_preferLowDowntime = prefer;
    Q_EMIT changed();
}

MigrationOptions MigrationSession::effectiveOptions() const
{
    MigrationOptions options = m_options;
    const auto &sourceDb = m_connections->source().info.database;
    const auto &targetDb = m_connections->target().info.database;
    // Replication needs distinct server IDs (two appliances from one image may share one): with
    // equal ones the run is offline, and the preflight's compat.serverid entry says why.
    const bool distinctServerIds
        = CompatibilityCheck::distinctServerIds(sourceDb.serverId, targetDb.serverId);
    const bool possible = PlanBuilder::isLowDowntimeAvailable() && sourceRole() == SourceRole::Standalone
        && sourceDb.binlog && distinctServerIds;
    options.mode = m_preferLowDowntime && possible ? MigrationOptions::Mode::LowDowntime
                                                   : MigrationOptions::Mode::Offline;
    return options;
}

CopyPathChoice MigrationSession::copyPath() const
{
    return CopyPath::choose(
        sourceRole(), effectiveOptions(), m_connections->source().info, m_connections->target().info);
}

QString MigrationSession::copyPathExplanation() const
{
    if (m_connections->source().info.machineId.isEmpty() || m_connections->target().info.machineId.isEmpty())
        return tr("Cutover chooses between the physical and the logical copy once it is connected to both "
                  "appliances.",
            "@info copy path");
    return copyPath().explanation();
}

MigrationPlan MigrationSession::plan() const
{
    return PlanBuilder::build(sourceRole(), effectiveOptions(), copyPath());
}

QList<QPair<QString, QString>> MigrationSession::planDescriptions() const
{
    QList<QPair<QString, QString>> list;
    const auto p = plan();
    for (const auto &op : OperationFactory::createAll(p, m_connections))
        list.append({ op->title(), op->description() });
    return list;
}

Result MigrationSession::start()
{
    if (m_runner && m_runner->isRunning())
        return Result::error(QStringLiteral("session.busy"), tr("A migration is already running.", "@info"));
    Journal existing(Journal::defaultPath());
    if (existing.exists() && existing.load() && existing.needsAttention()) {
        return Result::error(QStringLiteral("journal.interrupted"),
            tr("An interrupted migration is in the journal. Resume it or back it out before starting a new "
               "one.",
                "@info"),
            existing.path());
    }
    return launch(plan(), true, false);
}

Result MigrationSession::loadJournal(const QString &path)
{
    auto journal = std::make_unique<Journal>(path.isEmpty() ? Journal::defaultPath() : path);
    if (!journal->exists()) {
        return Result::error(QStringLiteral("journal.none"),
            tr("There is no interrupted migration to continue.", "@info"), journal->path());
    }
    if (auto r = journal->load(); !r)
        return r;
    auto &s = m_connections->source();
    auto &t = m_connections->target();
    s.address = journal->source().address;
    s.fingerprint = journal->source().tlsSha256;
    s.info.machineId = journal->source().machineId;
    t.address = journal->target().address;
    t.fingerprint = journal->target().tlsSha256;
    t.info.machineId = journal->target().machineId;
    // Update Certificates remembers each renewed certificate per machine id; a run killed after
    // a renewal finds the new fingerprint there, not in the journal's endpoints.
    const TrustStore store;
    for (auto *side : { &s, &t }) {
        const QString remembered = store.entry(side->info.machineId).fingerprint;
        if (!remembered.isEmpty() && remembered != side->fingerprint) {
            qCInfo(lcCutoverSession).noquote() << "using the renewed certificate of" << side->info.machineId;
            side->fingerprint = remembered;
        }
    }
    m_options = journal->plan().options();
    // A swap reboot that was requested moved both appliances: follow them.
    const auto plan = journal->plan();
    const auto reboot = plan.indexOf(OperationKind::RebootBoth);
    if (reboot >= 0) {
        const auto position = journal->position(int(reboot));
        if (position.value(QStringLiteral("rebootRequested")).toBool()) {
            s.address = position.value(QStringLiteral("sourceAddress")).toString(s.address);
            t.address = position.value(QStringLiteral("targetAddress")).toString(t.address);
        }
    }
    m_journal = std::move(journal);
    Q_EMIT changed();
    return Result::ok();
}

Result MigrationSession::resume()
{
    if (!m_journal)
        return Result::error(
            QStringLiteral("journal.none"), tr("There is no interrupted migration to continue.", "@info"));
    switch (m_journal->status()) {
    case Journal::Status::Succeeded:
        return Result::error(QStringLiteral("journal.finished"),
            tr("The migration in the journal already succeeded.", "@info"));
    case Journal::Status::BackedOut:
        return Result::error(QStringLiteral("journal.finished"),
            tr("The migration in the journal was backed out; start a new one.", "@info"));
    case Journal::Status::BackingOut:
        // Interrupted while backing out: finish the backout rather than run forward.
        return launch(m_journal->plan(), false, true);
    default:
        return launch(m_journal->plan(), false, false);
    }
}

Result MigrationSession::backout()
{
    if (!m_journal)
        return Result::error(
            QStringLiteral("journal.none"), tr("There is no interrupted migration to back out.", "@info"));
    return launch(m_journal->plan(), false, true);
}

void MigrationSession::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

Result MigrationSession::launch(const MigrationPlan &plan, bool fresh, bool backout)
{
    auto operations = OperationFactory::createAll(plan, m_connections);
    if (fresh) {
        m_journal = std::make_unique<Journal>(Journal::defaultPath());
        QStringList ids;
        for (const auto &op : operations)
            ids.append(op->id());
        m_journal->begin(plan, ids);
        const auto &s = m_connections->source();
        const auto &t = m_connections->target();
        m_journal->setSource({ s.address, s.info.machineId, s.fingerprint });
        m_journal->setTarget({ t.address, t.info.machineId, t.fingerprint });
        // Written before anything runs: a crash from here on is found at the next start.
        if (auto r = m_journal->save(); !r)
            return r;
    }
    m_runLog = std::make_unique<RunLog>(m_journal->logFilePath());
    qCInfo(lcCutoverSession).noquote()
        << (fresh            ? "starting"
                   : backout ? "backing out"
                             : "resuming")
        << "run" << m_journal->runId() << "source" << m_connections->source().address << "target"
        << m_connections->target().address << "plan" << plan.ids().join(QLatin1Char(','));
    m_runner.reset();
    m_runner = std::make_unique<Runner>(std::move(operations), plan.pointOfNoReturn(), m_journal.get());
    connect(m_runner.get(), &Runner::finished, this, &MigrationSession::onRunnerFinished);
    m_runner->setWorkerCleanup([connections = m_connections, journal = m_journal.get()] {
        // Whatever a step could not drop (its appliance did not answer then) is tried once more.
        for (const QString &line : TemporaryDbAccounts::revokeLeftovers(*connections, *journal))
            qCInfo(lcCutoverSession).noquote() << line;
        connections->disconnectAll();
    });
    // A process killed while it held temporary database accounts left them behind: their
    // passwords died with it, so they are dropped before the run goes on or backs out.
    m_runner->setWorkerPreparation([connections = m_connections, journal = m_journal.get()] {
        return TemporaryDbAccounts::revokeLeftovers(*connections, *journal);
    });
    Q_EMIT runnerCreated(m_runner.get());
    setState(State::Running);
    if (backout)
        m_runner->backout();
    else
        m_runner->start();
    return Result::ok();
}

void MigrationSession::onRunnerFinished(Runner::Outcome outcome, const Result &result)
{
    qCInfo(lcCutoverSession) << "run finished" << outcome << result.code();
    switch (outcome) {
    case Runner::Outcome::Succeeded:
        setState(State::Succeeded);
        break;
    case Runner::Outcome::BackedOut:
        setState(State::BackedOut);
        break;
    case Runner::Outcome::NeedsAttention:
        setState(State::NeedsAttention);
        break;
    }
    // A finished run (succeeded or backed out) is moved aside: the next start sees no run.
    if (outcome != Runner::Outcome::NeedsAttention && m_journal) {
        const auto &s = m_connections->source();
        const auto &t = m_connections->target();
        m_journal->setSource({ s.address, s.info.machineId, s.fingerprint });
        m_journal->setTarget({ t.address, t.info.machineId, t.fingerprint });
        m_journal->save();
        if (auto r = m_journal->archive(); !r)
            qCWarning(lcCutoverSession).noquote() << r.message();
    }
    Q_EMIT finished(outcome, result);
}

} // namespace cutover
