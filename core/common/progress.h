// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace cutover {

/**
 * @brief One typed progress sample of an operation: units (rows, files, steps) and bytes.
 *
 * A total of 0 means "unknown"; fraction() then falls back to the other pair or to 0.
 */
struct Progress
{
    qint64 unitsDone = 0;
    qint64 unitsTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString status; ///< translated, short: "Copying table `payment`", "Waiting for 127.0.0.2 …"

    /** 0..1; bytes win over units when both are known, because bytes track time better. */
    double fraction() const;
};

} // namespace cutover

Q_DECLARE_METATYPE(cutover::Progress)
