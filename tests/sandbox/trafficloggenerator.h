// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover::sandbox {

/**
 * @brief Writes user traffic logs the way the appliance's syslog leaves them: the current file,
 * one rotated plain file and older rotated files compressed with gzip.
 */
class TrafficLogGenerator
{
public:
    TrafficLogGenerator(const QString &directory, const QString &hostName, quint32 seed);

    /** Writes about @p totalBytes of log lines spread over the rotated files. */
    void generate(qint64 totalBytes);

private:
    QByteArray lines(qint64 bytes, qint64 startSecond);

    QString m_directory;
    QString m_hostName;
    quint32 m_seed;
};

} // namespace cutover::sandbox
