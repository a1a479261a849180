// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"
#include "migrationoptions.h"
#include "sourcerole.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * @brief Which way the data reaches the target, and why (issue 9).
 *
 * The physical copy streams the source's database files (mariadb-backup) from appliance to
 * appliance and swaps them in on the target; the logical copy reads rows and loads them. The
 * choice is a pure function of the options and both appliances' Source Info, so the plan, the
 * Confirmation page, `cutover-cli check`, the operations and the report all give the same answer.
 */
struct CopyPathChoice
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CopyPathChoice)

public:
    enum class Reason {
        Eligible, ///< physical: same MariaDB major version, standalone source, nothing to keep
        OptionOff, ///< logical: the user turned the physical copy off
        Rehearsal, ///< logical: a rehearsal must not replace the target's whole database
        HighAvailability, ///< logical: an HA source's data moves through its replication
        NotMariaDb, ///< logical: one side is not MariaDB (mariadb-backup needs MariaDB on both)
        VersionUnknown, ///< logical: a version could not be read
        VersionDiffers, ///< logical: the major versions differ
        TargetSchemas, ///< logical: the target holds schemas the source does not have
        TargetDisk, ///< logical: the target cannot hold its current data and the copy at once
    };

    Reason reason = Reason::OptionOff;
    QString sourceVersion; ///< major version, "10.11"
    QString targetVersion;
    QStringList extraTargetSchemas; ///< TargetSchemas: the schemas the physical copy would lose
    qint64 neededBytes = 0; ///< TargetDisk
    qint64 freeBytes = 0;

    bool isPhysical() const { return reason == Reason::Eligible; }
    /** "physical" | "logical", as `--json` and the journal's report print it. */
    QString pathId() const;
    /** A stable id of the reason ("eligible", "option-off", "version-differs" …). */
    QString reasonId() const;
    /** One translated sentence: which path, and why. */
    QString explanation() const;
};

/** @brief Decides the copy path; see CopyPathChoice. */
class CopyPath
{
public:
    static CopyPathChoice choose(
        SourceRole role, const MigrationOptions &options, const SystemInfo &source, const SystemInfo &target);
    /** "10.11" from "10.11.6-MariaDB-0+deb12u1" (or the API's majorVersion); empty when unknown. */
    static QString majorVersion(const DatabaseInfo &database);
    /** Free space the target needs for the physical copy while it keeps its current data. */
    static qint64 neededTargetBytes(qint64 sourceDataBytes);
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::CopyPathChoice)
