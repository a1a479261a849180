// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"
#include "operations/applianceconnections.h"
#include "plan/migrationoptions.h"
#include "preflight/requiremententry.h"
#include "preflight/settingsdiff.h"
#include "preflight/sourceinfo.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <atomic>
#include <functional>

namespace cutover {

/**
 * @brief The whole preflight of the Source and Source Info steps, in order, changing nothing
 * anywhere: input checks, the port probes and TLS probes of both sides side by side, trust on
 * first use, the logins (machine ids compared), Source Info with HA and DNS advice, the DNS/TTL
 * check, compatibility, and the settings diff.
 *
 * Blocking, for a helper or the CLI's main thread. Every entry is handed to the listener as soon
 * as it is known (same order as Findings::entries). It stops at the first phase that blocks, so
 * no password is sent to an appliance whose ports or certificate failed.
 */
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Preflight)

public:
    struct Options
    {
        /** Probe the target's ports too (Cutover runs elsewhere than on the target). */
        bool probeTarget = true;
        MigrationOptions migration;
        bool lowDowntime = false;
        /** From the journal: an unfinished run blocks a new one. */
        bool interruptedMigration = false;
        QString interruptedRunId;
        /** DNS server for the TTL check; null: the system's resolver. */
        QHostAddress nameserver;
        int timeoutMs = 3000;
        /** Fingerprints given explicitly (`--trust-source`), remembered once the login worked. */
        bool sourcePinExplicit = false;
        bool targetPinExplicit = false;
    };

    /** Asked when a side's certificate is not trusted yet; true trusts it (role: source|target). */
    using TrustQuestion
        = std::function<bool(const QString &role, const QString &host, const QString &fingerprint)>;
    using Listener = std::function<void(const RequirementEntry &)>;

    struct Findings
    {
        RequirementList entries;
        bool loggedIn = false;
        SourceInfo sourceInfo;
        SettingsSnapshot sourceSettings;
        SettingsSnapshot targetSettings;
        SettingsDiff settingsDiff;
        bool passed() const { return requirementsMet(entries); }
        /** The first blocking entry, or an empty one. */
        RequirementEntry firstBlocking() const;
    };

    /**
     * Runs everything on @p connections (addresses, pins, user and passwords already set). On
     * success both sides hold their Source Info and pinned fingerprints; the connections are
     * closed again either way.
     */
    static Findings run(ApplianceConnections &connections, const Options &options, const Listener &listener,
        const TrustQuestion &askTrust, const std::atomic<bool> *cancel = nullptr);
};

} // namespace cutover
