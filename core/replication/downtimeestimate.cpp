// SPDX-License-Identifier: GPL-3.0-or-later
#include "downtimeestimate.h"

#include <QLocale>

namespace cutover {

DowntimeEstimate DowntimeEstimate::forPlan(const MigrationPlan &plan, qint64 dataBytes, double bytesPerSecond)
{
    DowntimeEstimate e;
    if (plan.options().rehearsal || plan.isEmpty())
        return e;
    e.lowDowntime = plan.contains(OperationKind::CatchUpData);
    if (plan.contains(OperationKind::CopyDataActivateReplica)) {
        // The source leaves the group's round-robin hosts first; the other nodes serve meanwhile.
        e.highAvailability = true;
        return e;
    }
    bool down = false;
    for (auto kind : plan.steps()) {
        if (kind == OperationKind::EnterMaintenance)
            down = true;
        if (!down)
            continue;
        switch (kind) {
        case OperationKind::CopyData:
        case OperationKind::CopyDataActivateReplica:
            e.seconds += qint64(double(std::max<qint64>(0, dataBytes)) / std::max(1.0, bytesPerSecond))
                + kSecondsPerApiStep;
            e.dependsOnDataSize = true;
            break;
        case OperationKind::CatchUpData:
            e.seconds += kCatchUpSeconds;
            e.worstCaseSeconds += std::max(1, plan.options().catchUpTimeoutSeconds) - kCatchUpSeconds;
            break;
        case OperationKind::RebootBoth:
            e.seconds += kSecondsPerReboot;
            break;
        default:
            e.seconds += kSecondsPerApiStep;
        }
        if (kind == OperationKind::RestartServices)
            break;
    }
    e.worstCaseSeconds += e.seconds;
    return e;
}

QString DowntimeEstimate::summary() const
{
    if (highAvailability)
        return tr(
            "None for the application: the other nodes of the group keep serving while the source leaves "
            "and the target takes its place.",
            "@info downtime");
    if (seconds <= 0)
        return tr("None: the source keeps serving throughout.", "@info downtime");
    const QString time = seconds < 120 ? tr("%n second(s)", "@info duration", int(seconds))
                                       : tr("%n minute(s)", "@info duration", int((seconds + 59) / 60));
    if (lowDowntime) {
        //: %1 is a duration such as "12 seconds"
        return tr(
            "About %1, whatever the data size: the data is copied while the source serves, and the source is "
            "read-only only while the target applies its last changes (at most %n second(s); otherwise the "
            "migration falls back and the source serves again).",
            "@info downtime", int(worstCaseSeconds - seconds + kCatchUpSeconds))
            .arg(time);
    }
    //: %1 is a duration such as "4 minutes"
    return tr("About %1: the source is read-only while all of its data is copied, so this grows with the "
              "data size.",
        "@info downtime")
        .arg(time);
}

} // namespace cutover
