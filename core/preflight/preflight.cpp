// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/preflight.h"

#include "common/logging.h"
#include "operations/hagroup.h"
#include "operations/operationfactory.h"
#include "operations/unavailableoperation.h"
#include "plan/migrationplan.h"
#include "preflight/addressvalidator.h"
#include "preflight/compatibilitycheck.h"
#include "preflight/credentialcheck.h"
#include "preflight/dnscheck.h"
#include "preflight/portprobe.h"
#include "trust/fingerprint.h"
#include "trust/truststore.h"

#include <QThread>
#include <memory>

namespace cutover {

namespace {

struct TlsProbe
{
    QString fingerprint;
    ApiError error;
};

/** What the TLS probe of one side found, and whether the side may be logged in to. */
struct TrustOutcome
{
    RequirementEntry entry;
    bool remember = false; ///< remember the fingerprint once the login proved the machine id
};

bool engineSupports(OperationKind kind)
{
    MigrationPlan plan;
    auto operation = OperationFactory::create(kind, plan, std::make_shared<ApplianceConnections>());
    return !dynamic_cast<UnavailableOperation *>(operation.get());
}

TrustOutcome decideTrust(const QString &role, ApplianceConnections::Side &side, const TlsProbe &probe,
    bool explicitPin, const Preflight::TrustQuestion &ask)
{
    TrustOutcome out;
    RequirementEntry &e = out.entry;
    const bool source = role == QLatin1String("source");
    const QString host = side.address;
    e.id = QStringLiteral("tls.%1").arg(role);
    const bool master = role == QLatin1String("master");
    e.title = [source, master, host] {
        if (master)
            //: %1: address of the master of the source's high-availability group
            return Preflight::tr("Certificate of the group's master %1", "@info check title").arg(host);
        //: %1: address
        return source ? Preflight::tr("Certificate of the source %1", "@info check title").arg(host)
                      : Preflight::tr("Certificate of the target %1", "@info check title").arg(host);
    };
    e.details = QJsonObject { { QStringLiteral("host"), host },
        { QStringLiteral("sha256"),
            probe.fingerprint.isEmpty() ? probe.error.fingerprint() : probe.fingerprint } };
    if (probe.error.isError()) {
        e.satisfied = false;
        e.reason = [error = probe.error] { return error.userMessage(); };
        e.remedy = [mismatch = probe.error.kind() == ApiError::Kind::FingerprintMismatch] {
            return mismatch ? Preflight::tr(
                       "Compare the fingerprint with the one shown on the appliance's console. Only if "
                       "they match, give the new fingerprint explicitly to trust it.",
                       "@info")
                            : QString();
        };
        e.details.insert(QStringLiteral("error"), ApiError::kindName(probe.error.kind()));
        return out;
    }
    const QString fp = probe.fingerprint;
    if (explicitPin) {
        // The pin was given explicitly and the probe matched it.
        e.satisfied = true;
        e.reason = [fp] {
            //: %1: SHA-256 fingerprint
            return Preflight::tr("The certificate matches the fingerprint you gave: %1", "@info").arg(fp);
        };
        out.remember = true;
        return out;
    }
    const TrustStore store;
    const QString machineId = store.machineIdForHost(host);
    const auto verdict = machineId.isEmpty() ? TrustStore::Verdict::Unknown : store.check(machineId, fp);
    if (verdict == TrustStore::Verdict::Trusted) {
        side.fingerprint = fp;
        e.satisfied = true;
        e.reason = [fp] {
            //: %1: SHA-256 fingerprint
            return Preflight::tr("The certificate is the one trusted before: %1", "@info").arg(fp);
        };
        out.remember = true;
        return out;
    }
    if (verdict == TrustStore::Verdict::Changed) {
        e.satisfied = false;
        e.reason = [host, old = store.entry(machineId).fingerprint, fp] {
            return TrustStore::changedWarning(host, old, fp);
        };
        e.details.insert(QStringLiteral("changed"), true);
        e.details.insert(QStringLiteral("remembered"), store.entry(machineId).fingerprint);
        return out;
    }
    if (ask && ask(role, host, fp)) {
        side.fingerprint = fp;
        e.satisfied = true;
        e.reason = [fp] {
            //: %1: SHA-256 fingerprint
            return Preflight::tr("You trusted the certificate with the SHA-256 fingerprint %1.", "@info")
                .arg(fp);
        };
        out.remember = true;
        return out;
    }
    e.satisfied = false;
    e.reason = [host, fp] {
        //: %1: address, %2: SHA-256 fingerprint
        return Preflight::tr(
            "The certificate of %1 has not been trusted yet. Its SHA-256 fingerprint is %2.", "@info")
            .arg(host, fp);
    };
    e.remedy = [source, master, fp] {
        if (master)
            //: %1: SHA-256 fingerprint
            return Preflight::tr(
                "Compare the fingerprint with the one shown on the master's console; if they "
                "match, trust it (cutover-cli: --trust-master %1).",
                "@info")
                .arg(fp);
        //: %1: SHA-256 fingerprint
        return source
            ? Preflight::tr("Compare the fingerprint with the one shown on the source's console; if they "
                            "match, trust it (cutover-cli: --trust-source %1).",
                "@info")
                  .arg(fp)
            : Preflight::tr("Compare the fingerprint with the one shown on the target's console; if they "
                            "match, trust it (cutover-cli: --trust-target %1).",
                "@info")
                  .arg(fp);
    };
    e.details.insert(QStringLiteral("untrusted"), true);
    return out;
}

RequirementEntry loginEntry(const QString &role, const QString &host, const Result &result)
{
    RequirementEntry e;
    const bool source = role == QLatin1String("source");
    const bool master = role == QLatin1String("master");
    e.id = QStringLiteral("login.%1").arg(role);
    e.satisfied = result.isOk();
    e.title = [source, master, host] {
        if (master)
            //: %1: address of the master of the source's high-availability group
            return Preflight::tr("Log in to the group's master %1", "@info check title").arg(host);
        //: %1: address
        return source ? Preflight::tr("Log in to the source %1", "@info check title").arg(host)
                      : Preflight::tr("Log in to the target %1", "@info check title").arg(host);
    };
    e.reason = [result] {
        return result.isOk() ? Preflight::tr("Logged in as admin.", "@info") : result.message();
    };
    e.details = QJsonObject { { QStringLiteral("code"), result.code() } };
    return e;
}

void checkHaMaster(ApplianceConnections &connections, const HaInfo &ha,
    const Preflight::TrustQuestion &askTrust, const std::atomic<bool> *cancel, int timeoutMs,
    const std::function<void(const RequirementEntry &)> &add)
{
    auto &s = connections.source();
    const QString role = ha.role.isEmpty() ? s.info.role : ha.role;
    if (role == QLatin1String("master")) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.highAvailability");
        e.satisfied = false;
        e.title = [] { return Preflight::tr("High-availability source", "@info check title"); };
        e.reason = [] {
            return Preflight::tr(
                "The source is the master of its high-availability group. Cutover moves a node "
                "that replicates from the master.",
                "@info");
        };
        e.remedy = [] {
            return Preflight::tr(
                "Make another node of the group the master, then migrate this one.", "@info");
        };
        add(e);
        return;
    }
    const HaGroup::Credentials kept = HaGroup::credentials(connections);
    ApplianceConnections::Side master;
    master.address = kept.address.isEmpty() ? HaGroup::masterAddress(s.info, ha, s.address) : kept.address;
    master.fingerprint = kept.fingerprint;
    master.user = kept.user.isEmpty() ? s.user : kept.user;
    master.password = kept.password.isEmpty() ? s.password : kept.password;
    if (master.address.isEmpty()) {
        RequirementEntry e;
        e.id = QStringLiteral("ha.master");
        e.satisfied = false;
        e.title = [] { return Preflight::tr("Master of the group", "@info check title"); };
        e.reason = [] {
            return Preflight::tr("The source reports no master for its high-availability group.", "@info");
        };
        e.remedy = [] {
            return Preflight::tr("Check the group's replication on the source, then check again.", "@info");
        };
        add(e);
        return;
    }
    TlsProbe probe;
    {
        ApplianceClient client(master.address);
        client.setPinnedFingerprint(master.fingerprint);
        client.setCancelFlag(cancel);
        client.setTimeouts(timeoutMs, timeoutMs);
        auto r = client.probeFingerprint();
        probe = r ? TlsProbe { r.value(), {} } : TlsProbe { r.error().fingerprint(), r.error() };
    }
    const TrustOutcome trust
        = decideTrust(QStringLiteral("master"), master, probe, !kept.fingerprint.isEmpty(), askTrust);
    add(trust.entry);
    if (!trust.entry.satisfied)
        return;
    if (master.fingerprint.isEmpty())
        master.fingerprint = probe.fingerprint;
    const Result login = ApplianceConnections::connect(master, cancel);
    add(loginEntry(QStringLiteral("master"), master.address, login));
    if (!login) {
        master.password.fill('\0');
        return;
    }
    HaGroup::setFingerprint(connections, master.fingerprint);
    if (trust.remember) {
        TrustStore store;
        QString error;
        if (!store.remember(master.info.machineId, master.fingerprint, master.address, &error))
            qCWarning(lcCutoverSession).noquote() << error;
    }
    // The source's round-robin hosts on the master: a warning only (a group may not balance over it).
    QStringList hosts;
    if (auto h = master.client->ha()) {
        for (const QString &host : h.value().roundRobinHosts)
            if (HaGroup::isSourceHost(s, host))
                hosts << host;
    }
    master.client->disconnectFromHost();
    master.password.fill('\0');
    RequirementEntry e;
    e.id = QStringLiteral("ha.roundRobin");
    e.satisfied = !hosts.isEmpty();
    e.mandatory = false;
    e.title = [] { return Preflight::tr("Round-robin hosts on the master", "@info check title"); };
    e.reason = [hosts, address = master.address] {
        return hosts.isEmpty()
            //: %1: the master's address
            ? Preflight::tr("The master %1 does not list the source among its round-robin hosts; there is "
                            "nothing to take out and put back.",
                "@info")
                  .arg(address)
            //: %1: addresses, %2: the master's address
            : Preflight::tr("%1 leave the round-robin hosts of the master %2 during the migration; the "
                            "target's address takes their place at the end.",
                "@info")
                  .arg(hosts.join(QStringLiteral(", ")), address);
    };
    add(e);
}

} // namespace

RequirementEntry Preflight::Findings::firstBlocking() const
{
    for (const RequirementEntry &e : entries)
        if (e.blocks())
            return e;
    return {};
}

Preflight::Findings Preflight::run(ApplianceConnections &connections, const Options &options,
    const Listener &listener, const TrustQuestion &askTrust, const std::atomic<bool> *cancel)
{
    Findings f;
    const auto add = [&f, &listener](const RequirementEntry &e) {
        f.entries.append(e);
        if (listener)
            listener(e);
    };
    auto &s = connections.source();
    auto &t = connections.target();

    // 1. Input, instantly and without a lookup.
    const auto sourceAddress = AddressValidator::check(s.address);
    const auto targetAddress = AddressValidator::check(t.address);
    add(AddressValidator::requirement(sourceAddress, QStringLiteral("source")));
    add(AddressValidator::requirement(targetAddress, QStringLiteral("target")));
    add(CredentialCheck::passwordRequirement(QStringLiteral("source"), s.password));
    add(CredentialCheck::passwordRequirement(QStringLiteral("target"), t.password));
    if (!f.passed())
        return f;
    s.address = sourceAddress.normalised;
    t.address = targetAddress.normalised;

    // 2. Ports and certificates of both sides, all at once.
    QList<PortProbe::Target> targets
        = PortProbe::migrationTargets(QStringLiteral("source"), s.address, options.migration.copyTrafficLogs);
    if (options.probeTarget)
        targets += PortProbe::migrationTargets(QStringLiteral("target"), t.address, false);
    TlsProbe tls[2];
    std::unique_ptr<QThread> tlsThreads[2];
    ApplianceConnections::Side *sides[2] = { &s, &t };
    for (int i = 0; i < 2; ++i) {
        tlsThreads[i].reset(QThread::create([&tls, i, host = sides[i]->address, pin = sides[i]->fingerprint,
                                                timeout = options.timeoutMs, cancel] {
            ApplianceClient client(host);
            client.setPinnedFingerprint(pin);
            client.setCancelFlag(cancel);
            client.setTimeouts(timeout, timeout);
            auto r = client.probeFingerprint();
            tls[i] = r ? TlsProbe { r.value(), {} } : TlsProbe { r.error().fingerprint(), r.error() };
        }));
        tlsThreads[i]->start();
    }
    const QList<PortProbe::Result> ports = PortProbe::probeAll(targets, options.timeoutMs, cancel);
    for (auto &thread : tlsThreads)
        thread->wait();
    for (const auto &p : ports)
        add(PortProbe::requirement(p));
    const TrustOutcome sourceTrust
        = decideTrust(QStringLiteral("source"), s, tls[0], options.sourcePinExplicit, askTrust);
    add(sourceTrust.entry);
    const TrustOutcome targetTrust
        = decideTrust(QStringLiteral("target"), t, tls[1], options.targetPinExplicit, askTrust);
    add(targetTrust.entry);
    if (!f.passed())
        return f;

    // 3. Log in to both with the pinned certificates; read Source Info.
    for (auto *side : { &s, &t }) {
        const bool isSource = side == &s;
        side->info = {}; // a fresh check: no machine id is expected yet
        const Result r = ApplianceConnections::connect(*side, cancel);
        add(loginEntry(isSource ? QStringLiteral("source") : QStringLiteral("target"), side->address, r));
        if (!r) {
            connections.disconnectAll();
            return f;
        }
    }
    f.loggedIn = true;
    {
        // Both logins proved who holds these certificates: remember them per machine id.
        TrustStore store;
        QString error;
        if (sourceTrust.remember && !store.remember(s.info.machineId, s.fingerprint, s.address, &error))
            qCWarning(lcCutoverSession).noquote() << error;
        if (targetTrust.remember && !store.remember(t.info.machineId, t.fingerprint, t.address, &error))
            qCWarning(lcCutoverSession).noquote() << error;
    }
    HaInfo ha;
    if (auto h = s.client->ha())
        ha = h.value();
    if (auto settings = s.client->settings())
        f.sourceSettings = settings.value();
    if (auto settings = t.client->settings())
        f.targetSettings = settings.value();
    connections.disconnectAll();
    f.sourceInfo = SourceInfo::build(s.info, t.info, ha, s.address, t.address, f.sourceSettings.groups);

    // 3a. The traffic logs go up to the target over its own sshd port (the import), which only the
    // logged-in target can name (`sshImportPort`, default 2222).
    if (options.migration.copyTrafficLogs && options.probeTarget) {
        const PortProbe::Target import { QStringLiteral("target"), t.address,
            quint16(qBound(1, t.info.sshImportPort, 65535)), PortProbe::Service::Ssh };
        add(PortProbe::importRequirement(PortProbe::probe(import, options.timeoutMs, cancel)));
    }
    f.settingsDiff
        = SettingsDiff::build(f.sourceSettings, f.targetSettings, options.migration.swapConfiguration);

    // 3b. High availability: the group's master, which the HA steps change (its round-robin hosts,
    // the target's replication). Only a replica can be moved; the master is reached and trusted like
    // the two appliances.
    if (f.sourceInfo.isHighAvailability() && !options.migration.rehearsal) {
        checkHaMaster(connections, ha, askTrust, cancel, options.timeoutMs, add);
        if (!f.passed())
            return f;
    }

    // 4. DNS: the names that move, their addresses and TTLs (warnings only).
    const QStringList names = f.sourceInfo.namesToCheck();
    if (!names.isEmpty()) {
        for (const auto &r : DnsCheck::lookupAll(names, options.nameserver, options.timeoutMs, cancel))
            add(DnsCheck::requirement(r, DnsCheck::DefaultMaxTtl, f.sourceInfo.ipAddress()));
    }

    // 5. Compatibility, before anything changes.
    CompatibilityCheck::Input input;
    input.source = s.info;
    input.target = t.info;
    input.migrateLicense = options.migration.migrateLicense && !options.migration.rehearsal;
    input.copyTrafficLogs = options.migration.copyTrafficLogs;
    input.lowDowntime = options.lowDowntime;
    input.interruptedMigration = options.interruptedMigration;
    input.interruptedRunId = options.interruptedRunId;
    for (const auto &e : CompatibilityCheck::evaluate(input))
        add(e);
    if (f.sourceInfo.isHighAvailability() && !engineSupports(OperationKind::CopyDataActivateReplica)) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.highAvailability");
        e.satisfied = false;
        e.title = [] { return tr("High-availability source", "@info check title"); };
        e.reason = [] {
            return tr(
                "This version of Cutover cannot yet move a source that is part of a high-availability group.",
                "@info");
        };
        e.remedy = [] { return tr("Use a version of Cutover that supports high availability.", "@info"); };
        add(e);
    }
    return f;
}

} // namespace cutover
