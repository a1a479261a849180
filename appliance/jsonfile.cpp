// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcState, "cutover.appliance.state")

namespace cutover {

bool JsonFile::read(const QString &path, QJsonObject *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcState) << "state file is not a JSON object:" << path;
        return false;
    }
    *out = doc.object();
    return true;
}

bool JsonFile::write(const QString &path, const QJsonObject &object, bool privateFile)
{
    return writeBytes(path, QJsonDocument(object).toJson(QJsonDocument::Indented), privateFile);
}

bool JsonFile::writeBytes(const QString &path, const QByteArray &bytes, bool privateFile)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcState) << "cannot write" << path << f.errorString();
        return false;
    }
    if (privateFile)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit()) {
        qCWarning(lcState) << "cannot commit" << path << f.errorString();
        return false;
    }
    return true;
}

} // namespace cutover
