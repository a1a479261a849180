// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcerole.h"

#include <QCoreApplication>

namespace cutover {

QString sourceRoleId(SourceRole role)
{
    switch (role) {
    case SourceRole::Standalone:
        return QStringLiteral("standalone");
    case SourceRole::HaMaster:
        return QStringLiteral("master");
    case SourceRole::HaReplica:
        return QStringLiteral("replica");
    }
    return {};
}

bool sourceRoleFromId(const QString &id, SourceRole *role)
{
    for (auto r : { SourceRole::Standalone, SourceRole::HaMaster, SourceRole::HaReplica }) {
        if (sourceRoleId(r) == id) {
            if (role)
                *role = r;
            return true;
        }
    }
    return false;
}

QString sourceRoleTitle(SourceRole role)
{
    switch (role) {
    case SourceRole::Standalone:
        return QCoreApplication::translate("cutover::SourceRole", "Standalone", "@label server role");
    case SourceRole::HaMaster:
        return QCoreApplication::translate(
            "cutover::SourceRole", "High availability, master", "@label server role");
    case SourceRole::HaReplica:
        return QCoreApplication::translate(
            "cutover::SourceRole", "High availability, replica", "@label server role");
    }
    return {};
}

} // namespace cutover
