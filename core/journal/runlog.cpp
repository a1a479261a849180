// SPDX-License-Identifier: GPL-3.0-or-later
#include "runlog.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <memory>

namespace cutover {

namespace {

QMutex s_mutex;
std::unique_ptr<QFile> s_file;
QtMessageHandler s_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        if (s_file) {
            static const char *const kTypes[] = { "debug", "warning", "critical", "fatal", "info" };
            const char *typeName = type >= 0 && type <= 4 ? kTypes[type] : "?";
            const QString line
                = QStringLiteral("%1 %2 %3: %4\n")
                      .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                          QString::fromLatin1(typeName),
                          QString::fromLatin1(context.category ? context.category : "default"), message);
            s_file->write(line.toUtf8());
            s_file->flush();
        }
    }
    if (s_previous)
        s_previous(type, context, message);
}

} // namespace

RunLog::RunLog(const QString &path)
    : m_path(path)
{
    QMutexLocker lock(&s_mutex);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return;
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const bool first = !s_file;
    s_file = std::move(file);
    if (first)
        s_previous = qInstallMessageHandler(handler);
}

RunLog::~RunLog()
{
    QMutexLocker lock(&s_mutex);
    if (s_file && s_file->fileName() == m_path) {
        s_file.reset();
        qInstallMessageHandler(s_previous);
        s_previous = nullptr;
    }
}

bool RunLog::isOpen() const
{
    QMutexLocker lock(&s_mutex);
    return s_file && s_file->fileName() == m_path;
}

} // namespace cutover
