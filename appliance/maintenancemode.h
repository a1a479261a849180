// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

class Database;

/**
 * @brief Maintenance on/off: MariaDB `read_only` plus a flag file (maintenance.json) so the mode
 * survives a daemon or MariaDB restart (reapply() at start-up sets read_only again).
 */
class MaintenanceMode
{
public:
    MaintenanceMode(const QString &file, Database &db);

    bool enabled() const;
    /** @brief Sets read_only and writes the flag; false when MariaDB refused. */
    bool setEnabled(bool on);
    /** @brief Re-applies the stored mode to MariaDB (after a restart of either). */
    void reapply();

private:
    QString m_file;
    Database &m_db;
};

} // namespace cutover
