// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace cutover {

/** @brief What the source appliance is: alone, or a node of a high-availability group. */
enum class SourceRole {
    Standalone,
    HaMaster,
    HaReplica,
};

/** True for both HA roles: the plan follows the manual's high-availability branch. */
inline bool isHighAvailability(SourceRole role)
{
    return role != SourceRole::Standalone;
}

/** "standalone" | "master" | "replica", as `GET /api/v1/system` reports `role`. */
QString sourceRoleId(SourceRole role);
bool sourceRoleFromId(const QString &id, SourceRole *role);
/** The translated name, for Source Info. */
QString sourceRoleTitle(SourceRole role);

} // namespace cutover

Q_DECLARE_METATYPE(cutover::SourceRole)
