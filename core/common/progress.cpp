// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress.h"

#include <algorithm>

namespace cutover {

double Progress::fraction() const
{
    auto ratio = [](qint64 done, qint64 total) {
        return std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0);
    };
    if (bytesTotal > 0)
        return ratio(bytesDone, bytesTotal);
    if (unitsTotal > 0)
        return ratio(unitsDone, unitsTotal);
    return 0.0;
}

} // namespace cutover
