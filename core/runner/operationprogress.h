// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/progress.h"

#include <QMetaType>

namespace cutover {

/** @brief What the runner reports about one running operation, ready for a progress row. */
struct OperationProgress
{
    Progress raw;
    double fraction = 0.0; ///< 0..1, never decreasing while the operation runs
    double bytesPerSecond = 0.0;
    double unitsPerSecond = 0.0;
    qint64 etaSeconds = -1; ///< -1: unknown or stalled
    bool stalled = false;
    qint64 elapsedMs = 0;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::OperationProgress)
