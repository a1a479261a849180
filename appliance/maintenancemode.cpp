// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenancemode.h"

#include "database.h"
#include "jsonfile.h"

#include <QJsonObject>

namespace cutover {

MaintenanceMode::MaintenanceMode(const QString &file, Database &db)
    : m_file(file)
    , m_db(db)
{ }

bool MaintenanceMode::enabled() const
{
    QJsonObject o;
    return JsonFile::read(m_file, &o) && o.value(QStringLiteral("enabled")).toBool();
}

bool MaintenanceMode::setEnabled(bool on)
{
    if (!m_db.exec(
            on ? QStringLiteral("SET GLOBAL read_only = ON") : QStringLiteral("SET GLOBAL read_only = OFF")))
        return false;
    return JsonFile::write(m_file, QJsonObject { { QStringLiteral("enabled"), on } });
}

void MaintenanceMode::reapply()
{
    if (enabled())
        m_db.exec(QStringLiteral("SET GLOBAL read_only = ON"));
}

} // namespace cutover
