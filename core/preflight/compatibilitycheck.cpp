// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/compatibilitycheck.h"

#include <QLocale>
#include <QRegularExpression>

namespace cutover {

QString CompatibilityCheck::DbVersion::toString() const
{
    if (!isValid())
        return QStringLiteral("?"); // a value, shown only inside "could not be read" messages
    return QStringLiteral("%1 %2.%3.%4").arg(flavor).arg(major).arg(minor).arg(patch);
}

int CompatibilityCheck::DbVersion::compare(const DbVersion &other) const
{
    if (major != other.major)
        return major < other.major ? -1 : 1;
    if (minor != other.minor)
        return minor < other.minor ? -1 : 1;
    if (patch != other.patch)
        return patch < other.patch ? -1 : 1;
    return 0;
}

CompatibilityCheck::DbVersion CompatibilityCheck::parseDbVersion(
    const QString &version, const QString &flavorHint)
{
    DbVersion v;
    QString text = version.trimmed();
    if (text.startsWith(QLatin1String("5.5.5-")))
        text = text.mid(6); // MariaDB's replication prefix
    static const QRegularExpression re(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (text.contains(QLatin1String("mariadb"), Qt::CaseInsensitive)
        || flavorHint.compare(QLatin1String("MariaDB"), Qt::CaseInsensitive) == 0)
        v.flavor = QStringLiteral("MariaDB");
    else
        v.flavor = flavorHint.isEmpty() ? QStringLiteral("MySQL") : flavorHint;
    return v;
}

qint64 CompatibilityCheck::requiredBytes(const Input &input)
{
    const qint64 data = std::max<qint64>(0, input.source.dataBytes)
        + (input.copyTrafficLogs ? std::max<qint64>(0, input.source.trafficLogBytes) : 0);
    return data + static_cast<qint64>(static_cast<double>(data) * input.diskHeadroom);
}

QString CompatibilityCheck::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

RequirementList CompatibilityCheck::evaluate(const Input &in)
{
    RequirementList list;
    const SystemInfo src = in.source;
    const SystemInfo dst = in.target;

    // Not the same appliance: two addresses can lead to one machine, its id cannot lie.
    {
        RequirementEntry e;
        e.id = QStringLiteral("compat.sameAppliance");
        e.satisfied = !src.machineId.isEmpty() && src.machineId != dst.machineId;
        e.title = [] { return tr("Source and target are different systems"); };
        e.reason = [src, dst, ok = e.satisfied] {
            if (ok)
                return tr("Source %1 and target %2 are different appliances.")
                    .arg(src.hostName, dst.hostName);
            //: %1: machine id
            return tr("Source and target are the same appliance (machine id %1): both addresses lead to one "
                      "system.")
                .arg(src.machineId);
        };
        e.remedy = [ok = e.satisfied] {
            return ok ? QString()
                      : tr("Enter the address of the old system as the source and run Cutover against "
                           "the new system as the target.");
        };
        e.details = QJsonObject { { QStringLiteral("sourceMachineId"), src.machineId },
            { QStringLiteral("targetMachineId"), dst.machineId } };
        list << e;
    }

    // The source was already migrated away.
    if (!src.migratedTo.isEmpty()) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.sourceAlreadyMigrated");
        e.satisfied = false;
        e.title = [] { return tr("The source has not been migrated yet"); };
        e.reason = [m = src.migratedTo] {
            return tr("The source is marked as already migrated to the system with machine id %1.").arg(m);
        };
        e.remedy = [] {
            return tr("Check that you entered the right source. A finished migration is not repeated.");
        };
        list << e;
    }

    // Database versions: copying into an older server is refused.
    {
        const DbVersion sv = parseDbVersion(src.database.version, src.database.flavor);
        const DbVersion tv = parseDbVersion(dst.database.version, dst.database.flavor);
        RequirementEntry e;
        e.id = QStringLiteral("compat.dbVersion");
        const bool known = sv.isValid() && tv.isValid() && src.database.reachable && dst.database.reachable;
        const bool sameFlavor = known && sv.flavor == tv.flavor;
        const bool downgrade = known && sv.compare(tv) > 0;
        e.satisfied = known && sameFlavor && !downgrade;
        e.title = [] { return tr("Database versions"); };
        e.reason = [sv, tv, known, sameFlavor, downgrade, srcRaw = src.database.version,
                       dstRaw = dst.database.version, srcUp = src.database.reachable,
                       dstUp = dst.database.reachable] {
            if (!srcUp)
                return tr(
                    "The source appliance cannot reach its own database, so nothing can be copied from it.");
            if (!dstUp)
                return tr(
                    "The target appliance cannot reach its own database, so nothing can be copied into it.");
            if (!known)
                return tr("The database version could not be read (source: \"%1\", target: \"%2\").")
                    .arg(srcRaw, dstRaw);
            if (!sameFlavor)
                return tr(
                    "The source runs %1 and the target %2: copying between different database servers is "
                    "not supported.")
                    .arg(sv.toString(), tv.toString());
            if (downgrade)
                //: %1: source version, %2: target version
                return tr("The source runs %1, the target an older %2. Data cannot be copied into an older "
                          "database server.")
                    .arg(sv.toString(), tv.toString());
            return tr("Source %1, target %2.").arg(sv.toString(), tv.toString());
        };
        e.remedy = [ok = e.satisfied, downgrade, up = src.database.reachable && dst.database.reachable] {
            if (ok)
                return QString();
            if (!up)
                return tr(
                    "Check that the database service of that appliance runs (restart it if needed), then "
                    "check again.");
            if (downgrade)
                return tr(
                    "Update the target system to the same or a newer software version, then check again.");
            return tr(
                "Check that both systems run the appliance software and that their database servers work.");
        };
        e.details = QJsonObject { { QStringLiteral("source"), src.database.version },
            { QStringLiteral("target"), dst.database.version }, { QStringLiteral("downgrade"), downgrade } };
        list << e;
    }

    // Free disk on the target.
    {
        const qint64 need = requiredBytes(in);
        const qint64 free = dst.disk.freeBytes;
        RequirementEntry e;
        e.id = QStringLiteral("compat.diskSpace");
        e.satisfied = free >= 0 && free >= need;
        e.mandatory = free >= 0; // unknown free space is a warning, not a refusal
        e.title = [] { return tr("Free disk space on the target"); };
        e.reason = [free, need, logs = in.copyTrafficLogs] {
            if (free < 0)
                return tr("The target did not report its free disk space; %1 are needed.")
                    .arg(formatBytes(need));
            if (free >= need)
                return tr("%1 free, %2 needed.").arg(formatBytes(free), formatBytes(need));
            return logs
                ? tr("The target has %1 free, but the data and traffic logs need %2 (with 10% headroom).")
                      .arg(formatBytes(free), formatBytes(need))
                : tr("The target has %1 free, but the data needs %2 (with 10% headroom).")
                      .arg(formatBytes(free), formatBytes(need));
        };
        e.remedy = [ok = e.satisfied, logs = in.copyTrafficLogs] {
            if (ok)
                return QString();
            return logs
                ? tr("Free space on the target or enlarge its disk, or turn off Copy User Traffic Logs.")
                : tr("Free space on the target or enlarge its disk.");
        };
        e.details = QJsonObject { { QStringLiteral("freeBytes"), free },
            { QStringLiteral("requiredBytes"), need }, { QStringLiteral("dataBytes"), src.dataBytes },
            { QStringLiteral("trafficLogBytes"), src.trafficLogBytes } };
        list << e;
    }

    // Binary log on the source: the low-downtime mode needs it; without it the run is offline.
    {
        RequirementEntry e;
        e.id = QStringLiteral("compat.binlog");
        e.satisfied = src.database.binlog;
        e.mandatory = false;
        e.title = [] { return tr("Binary logging on the source (low-downtime mode)"); };
        e.reason = [ok = e.satisfied, asked = in.lowDowntime] {
            if (ok)
                return tr("Binary logging is on: the low-downtime mode is possible.");
            return asked
                ? tr("Binary logging is off on the source, so the low-downtime mode is not possible: the "
                     "migration will run offline, with the source in maintenance during the whole copy.")
                : tr("Binary logging is off on the source: only the offline mode is possible.");
        };
        e.remedy = [ok = e.satisfied] {
            return ok ? QString()
                      : tr("To keep the downtime short, turn on binary logging on the source and restart its "
                           "database, then check again; or accept the offline migration.");
        };
        e.details = QJsonObject { { QStringLiteral("binlog"), src.database.binlog },
            { QStringLiteral("forcesOffline"), !src.database.binlog } };
        list << e;
    }

    // Distinct database server IDs: the target cannot replicate from a server with its own ID
    // (appliances installed from one image may share it). Only with the binary log on; without it
    // the run is offline anyway.
    if (src.database.binlog) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.serverid");
        e.satisfied = distinctServerIds(src.database.serverId, dst.database.serverId);
        e.mandatory = false;
        e.title = [] { return tr("Distinct database server IDs (low-downtime mode)"); };
        e.reason = [ok = e.satisfied, id = src.database.serverId, asked = in.lowDowntime] {
            if (ok)
                return tr("The source's and the target's databases have different server IDs.");
            //: %1 is a number (MariaDB's server_id)
            return asked ? tr("The source's and the target's databases have the same server ID (%1), so the "
                              "target cannot replicate from the source: the migration will run offline, "
                              "with the source in maintenance during the whole copy.")
                               .arg(id)
                         //: %1 is a number (MariaDB's server_id)
                         : tr("The source's and the target's databases have the same server ID (%1): only "
                              "the offline mode is possible.")
                               .arg(id);
        };
        e.remedy = [ok = e.satisfied] {
            return ok ? QString()
                      : tr("To keep the downtime short, give the target's database a different server_id "
                           "and restart it, then check again; or accept the offline migration.");
        };
        e.details = QJsonObject { { QStringLiteral("sourceServerId"), src.database.serverId },
            { QStringLiteral("targetServerId"), dst.database.serverId },
            { QStringLiteral("forcesOffline"), !e.satisfied } };
        list << e;
    }

    // Migrate License: only onto a target without a license, from a source with a maintenance contract.
    if (in.migrateLicense) {
        const bool targetFree = !dst.license.hasLicense();
        const bool sourceActive = src.license.isActive();
        const bool contract = src.license.maintenanceActive(in.today);
        RequirementEntry e;
        e.id = QStringLiteral("compat.license");
        e.satisfied = targetFree && sourceActive && contract;
        e.title = [] { return tr("License transfer (Migrate License)"); };
        e.reason = [targetFree, sourceActive, contract, guid = dst.license.guid,
                       until = src.license.maintenanceUntil, state = src.license.state] {
            QStringList problems;
            if (!targetFree)
                //: %1: license GUID
                problems << tr("the target already has an active license (%1)").arg(guid);
            if (!sourceActive)
                problems << (state.isEmpty()
                        ? tr("the source has no license")
                        //: %1: license state as the appliance reports it (invalidated, expired …)
                        : tr("the source has no active license (state: %1)").arg(state));
            else if (!contract)
                problems << (until.isEmpty()
                        ? tr("the source has no maintenance contract")
                        : tr("the source's maintenance contract ended on %1").arg(until));
            if (problems.isEmpty())
                return tr("The target has no license and the source's maintenance contract runs until %1.")
                    .arg(until);
            return tr("The license cannot be moved: %1.").arg(problems.join(QStringLiteral("; ")));
        };
        e.remedy = [ok = e.satisfied, targetFree, contract, sourceActive] {
            if (ok)
                return QString();
            if (!targetFree)
                return tr("Turn off Migrate License (the target keeps its own license).");
            if (sourceActive && !contract)
                return tr(
                    "Renew the maintenance contract of the source with your dealer, or turn off Migrate "
                    "License.");
            return tr("Turn off Migrate License.");
        };
        e.details = QJsonObject { { QStringLiteral("targetLicenseState"), dst.license.state },
            { QStringLiteral("sourceLicenseState"), src.license.state },
            { QStringLiteral("sourceMaintenanceUntil"), src.license.maintenanceUntil } };
        list << e;
    }

    // An interrupted migration must be resumed or backed out first (the journal knows).
    {
        RequirementEntry e;
        e.id = QStringLiteral("compat.interruptedMigration");
        e.satisfied = !in.interruptedMigration;
        e.title = [] { return tr("No interrupted migration"); };
        e.reason = [ok = e.satisfied, run = in.interruptedRunId] {
            if (ok)
                return tr("No unfinished migration was found.");
            return run.isEmpty()
                ? tr("An earlier migration was interrupted and is not finished.")
                : tr("An earlier migration (%1) was interrupted and is not finished.").arg(run);
        };
        e.remedy = [ok = e.satisfied] {
            return ok
                ? QString()
                : tr("Resume it (cutover-cli resume) or back it out (cutover-cli backout) before starting a "
                     "new one.");
        };
        e.details = QJsonObject { { QStringLiteral("runId"), in.interruptedRunId } };
        list << e;
    }

    // The source already in maintenance: possibly left over from an interrupted run.
    if (src.maintenance) {
        RequirementEntry e;
        e.id = QStringLiteral("compat.sourceMaintenance");
        e.satisfied = false;
        e.mandatory = false;
        e.title = [] { return tr("Source in normal operation"); };
        e.reason = [] { return tr("The source is already in maintenance mode."); };
        e.remedy = [] {
            return tr(
                "If an earlier migration left it so, resume or back out that migration; otherwise check why "
                "it is in maintenance.");
        };
        list << e;
    }
    return list;
}

} // namespace cutover
