// SPDX-License-Identifier: GPL-3.0-or-later
#include "machineid.h"

#include "jsonfile.h"

#include <QFile>
#include <QUuid>

namespace cutover {

QString MachineId::read(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll().trimmed());
}

QString MachineId::ensure(const QString &file)
{
    QString id = read(file);
    if (id.size() == 32)
        return id;
    id = QUuid::createUuid().toString(QUuid::Id128);
    JsonFile::writeBytes(file, id.toLatin1() + '\n');
    return id;
}

} // namespace cutover
