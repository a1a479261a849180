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

    QJsonObject toJson() const;
    static MigrationOptions fromJson(const QJsonObject &json);

    friend bool operator==(const MigrationOptions &, const MigrationOptions &) = default;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::MigrationOptions)
