// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace cutover {

/**
 * @brief Sizes, rates, durations and percentages as the pages show them, always through the
 * current default QLocale (so a language switch changes "1.5 MB" to "1,5 MB").
 */
class Formatting
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Formatting)

public:
    static QString bytes(qint64 bytes);
    /** "12.3 MB/s"; empty when the rate is unknown (0). */
    static QString throughput(double bytesPerSecond);
    /** "45 s", "3 min 20 s", "1 h 5 min". */
    static QString duration(qint64 seconds);
    /** "42 %" (the translation decides the spacing). */
    static QString percent(double fraction);
};

} // namespace cutover
