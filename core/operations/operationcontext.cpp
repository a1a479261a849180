// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationcontext.h"

#include "common/logging.h"

#include <QMutexLocker>

namespace cutover {

OperationContext::OperationContext(ProgressSink &progress, const CancellationToken &cancellation,
    QJsonObject position, PositionWriter positionWriter, LineListener lineListener)
    : m_progress(progress)
    , m_cancellation(cancellation)
    , m_position(std::move(position))
    , m_positionWriter(std::move(positionWriter))
    , m_lineListener(std::move(lineListener))
    , m_resumed(!m_position.isEmpty())
{ }

QJsonObject OperationContext::position() const
{
    QMutexLocker lock(&m_mutex);
    return m_position;
}

void OperationContext::savePosition(const QJsonObject &position)
{
    {
        QMutexLocker lock(&m_mutex);
        m_position = position;
    }
    if (m_positionWriter)
        m_positionWriter(position);
}

void OperationContext::recordTemporaryResource(const QJsonObject &resource)
{
    if (m_resourceRecorder)
        m_resourceRecorder(resource, true);
}

void OperationContext::forgetTemporaryResource(const QJsonObject &resource)
{
    if (m_resourceRecorder)
        m_resourceRecorder(resource, false);
}

void OperationContext::log(const QString &line)
{
    qCInfo(lcCutoverOperations).noquote() << line;
    {
        QMutexLocker lock(&m_mutex);
        m_node.lines.append(line);
    }
    if (m_lineListener)
        m_lineListener(line);
}

void OperationContext::addFigure(const QString &label, const QString &value)
{
    QMutexLocker lock(&m_mutex);
    m_node.figures.append({ label, value });
}

void OperationContext::addCheck(const QString &name, bool passed, const QString &detail)
{
    QMutexLocker lock(&m_mutex);
    m_node.checks.append({ name, passed, detail });
}

ReportNode OperationContext::reportNode() const
{
    QMutexLocker lock(&m_mutex);
    return m_node;
}

} // namespace cutover
