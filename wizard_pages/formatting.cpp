// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatting.h"

#include <QLocale>
#include <cmath>

namespace cutover {

QString Formatting::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString Formatting::throughput(double bytesPerSecond)
{
    if (bytesPerSecond <= 0.0)
        return {};
    //: %1: a data size such as "12.3 MB"
    return tr("%1/s", "@info throughput").arg(bytes(qint64(bytesPerSecond)));
}

QString Formatting::duration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const QLocale locale;
    if (seconds < 60)
        //: seconds, abbreviated
        return tr("%1 s", "@info duration").arg(locale.toString(seconds));
    if (seconds < 3600)
        //: %1 minutes, %2 seconds, abbreviated
        return tr("%1 min %2 s", "@info duration")
            .arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    //: %1 hours, %2 minutes, abbreviated
    return tr("%1 h %2 min", "@info duration")
        .arg(locale.toString(seconds / 3600), locale.toString((seconds % 3600) / 60));
}

QString Formatting::percent(double fraction)
{
    const int value = int(std::floor(qBound(0.0, fraction, 1.0) * 100.0));
    //: a percentage; keep or drop the space as your language writes it
    return tr("%1 %", "@info percent").arg(QLocale().toString(value));
}

} // namespace cutover
