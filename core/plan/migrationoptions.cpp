// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationoptions.h"

namespace cutover {

QJsonObject MigrationOptions::toJson() const
{
    return {
        { QStringLiteral("swapConfiguration"), swapConfiguration },
        { QStringLiteral("migrateLicense"), migrateLicense },
        { QStringLiteral("copyTrafficLogs"), copyTrafficLogs },
        { QStringLiteral("rehearsal"), rehearsal },
        { QStringLiteral("mode"),
            mode == Mode::LowDowntime ? QStringLiteral("low-downtime") : QStringLiteral("offline") },
        { QStringLiteral("catchUpTimeoutSeconds"), catchUpTimeoutSeconds },
        { QStringLiteral("physicalCopy"), physicalCopy },
    };
}

MigrationOptions MigrationOptions::fromJson(const QJsonObject &json)
{
    MigrationOptions o;
    o.swapConfiguration = json.value(QStringLiteral("swapConfiguration")).toBool();
    o.migrateLicense = json.value(QStringLiteral("migrateLicense")).toBool();
    o.copyTrafficLogs = json.value(QStringLiteral("copyTrafficLogs")).toBool();
    o.rehearsal = json.value(QStringLiteral("rehearsal")).toBool();
    o.mode = json.value(QStringLiteral("mode")).toString() == QLatin1String("low-downtime")
        ? Mode::LowDowntime
        : Mode::Offline;
    o.catchUpTimeoutSeconds
        = json.value(QStringLiteral("catchUpTimeoutSeconds")).toInt(o.catchUpTimeoutSeconds);
    // Journals written before the physical path existed ran the logical copy.
    o.physicalCopy = json.value(QStringLiteral("physicalCopy")).toBool(false);
    return o;
}

} // namespace cutover
