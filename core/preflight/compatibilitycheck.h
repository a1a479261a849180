// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"
#include "preflight/requiremententry.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace cutover {

/**
 * @brief Whether source and target fit together, checked before anything changes: same appliance,
 * database versions (no downgrade), free disk, binary log, license transfer, an interrupted run.
 */
class CompatibilityCheck
{
    Q_DECLARE_TR_FUNCTIONS(cutover::CompatibilityCheck)

public:
    struct Input
    {
        SystemInfo source;
        SystemInfo target;
        bool migrateLicense = false;
        bool copyTrafficLogs = false;
        bool lowDowntime = false; ///< the low-downtime mode was asked for (needs the source's binlog)
        /** Hook for the journal: a migration that was interrupted and not finished or backed out. */
        bool interruptedMigration = false;
        QString interruptedRunId;
        QDate today = QDate::currentDate();
        /** Extra free space asked for on the target beyond the data itself (indexes, logs). */
        double diskHeadroom = 0.10;
    };

    /** A database server version, e.g. "10.11.6-MariaDB-0+deb12u1" → MariaDB 10.11.6. */
    struct DbVersion
    {
        QString flavor; ///< MariaDB | MySQL
        int major = -1;
        int minor = 0;
        int patch = 0;
        bool isValid() const { return major >= 0; }
        QString toString() const;
        /** <0, 0, >0 like strcmp; flavors are not compared. */
        int compare(const DbVersion &other) const;
    };
    static DbVersion parseDbVersion(const QString &version, const QString &flavorHint = QString());

    /** Bytes the target needs free: the source's data (and traffic logs when copied) plus headroom. */
    static qint64 requiredBytes(const Input &input);

    /** One entry per check, ids `compat.*`; see the header comment for which are mandatory. */
    static RequirementList evaluate(const Input &input);

    /**
     * Whether the target can replicate from the source as far as server IDs go: false when both
     * are known (non-zero) and equal. An unknown ID (0) does not block.
     */
    static bool distinctServerIds(qint64 sourceServerId, qint64 targetServerId)
    {
        return sourceServerId <= 0 || targetServerId <= 0 || sourceServerId != targetServerId;
    }

    /** Human-readable size ("1.5 GiB") for messages. */
    static QString formatBytes(qint64 bytes);
};

} // namespace cutover
