// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>

namespace cutover {

/** @brief The choices of the Options step (and the matching cutover-cli flags). */
struct MigrationOptions
{
    /** How the data reaches the target. */
    enum class Mode {
        Offline, ///< the manual's order: maintenance first, then the copy
        LowDowntime, ///< bulk copy while serving, maintenance, then a short catch-up (issue 8)
    };

    bool swapConfiguration = false;
    bool migrateLicense = false;
    bool copyTrafficLogs = false;
    /** Copy and verify onto the target, change nothing on the source. */
    bool rehearsal = false;
    Mode mode = Mode::Offline;
    /** Low-downtime: how long the source may stay in maintenance while the target applies its
     *  last changes; when it takes longer the run falls back and the source serves again. */
    int catchUpTimeoutSeconds = 60;
    /** Copy the database files themselves (mariadb-backup streamed over the API, issue 9) when
     *  both appliances run the same MariaDB major version; otherwise, or when false, the logical
     *  copy. The engine decides per run and says which path it took and why. */
    bool physicalCopy = true;

    QJsonObject toJson() const;
    static MigrationOptions fromJson(const QJsonObject &json);

    friend bool operator==(const MigrationOptions &, const MigrationOptions &) = default;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::MigrationOptions)
