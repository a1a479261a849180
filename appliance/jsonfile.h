// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cutover {

/**
 * @brief State files written atomically: QSaveFile writes a temporary file, fsyncs it and renames
 * it over the old one, so a kill -9 leaves either the old or the new content, never half of it.
 */
class JsonFile
{
public:
    /** @brief Reads a JSON object; returns false when the file is missing or not an object. */
    static bool read(const QString &path, QJsonObject *out);
    static bool write(const QString &path, const QJsonObject &object, bool privateFile = false);
    static bool writeBytes(const QString &path, const QByteArray &bytes, bool privateFile = false);
};

} // namespace cutover
