// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

/**
 * @brief Copies every log message (QLoggingCategory) of this process into the per-run log file
 * next to the journal, while it is alive; the previous message handler keeps working.
 */
class RunLog
{
public:
    explicit RunLog(const QString &path);
    ~RunLog();
    RunLog(const RunLog &) = delete;
    RunLog &operator=(const RunLog &) = delete;

    bool isOpen() const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace cutover
