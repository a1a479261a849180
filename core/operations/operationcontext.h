// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/cancellationtoken.h"
#include "common/progresssink.h"
#include "report/reportnode.h"

#include <QJsonObject>
#include <QMutex>
#include <functional>

namespace cutover {

/**
 * @brief What an operation gets while it runs (or rolls back): progress sink, cancellation
 * token, its resumable position from the journal, and its node of the run report.
 *
 * Everything here is used from the runner's worker thread. savePosition() writes the journal
 * at once (atomically), so a kill -9 right after it loses nothing that was acknowledged.
 */
class OperationContext
{
public:
    using PositionWriter = std::function<void(const QJsonObject &)>;
    using LineListener = std::function<void(const QString &)>;

    OperationContext(ProgressSink &progress, const CancellationToken &cancellation, QJsonObject position = {},
        PositionWriter positionWriter = {}, LineListener lineListener = {});
    OperationContext(const OperationContext &) = delete;
    OperationContext &operator=(const OperationContext &) = delete;

    ProgressSink &progress() { return m_progress; }
    const CancellationToken &cancellation() const { return m_cancellation; }
    bool isCancelled() const { return m_cancellation.isCancelled(); }

    /** The position saved by an earlier (interrupted) attempt; empty on a first run. */
    QJsonObject position() const;
    /** True when an earlier attempt of this operation started (the journal has a position or it ran). */
    bool isResumed() const { return m_resumed; }
    void setResumed(bool resumed) { m_resumed = resumed; }
    /** Stores @p position in the journal now. Never put a secret in it. */
    void savePosition(const QJsonObject &position);

    /**
     * Called with (resource, true) when an operation created something temporary on an
     * appliance, (resource, false) when it removed it again; the runner keeps them in the journal.
     */
    using ResourceRecorder = std::function<void(const QJsonObject &, bool)>;
    void setResourceRecorder(ResourceRecorder recorder) { m_resourceRecorder = std::move(recorder); }
    /** Journals @p resource (names only, no secret) at once, so a crash cannot lose it. */
    void recordTemporaryResource(const QJsonObject &resource);
    void forgetTemporaryResource(const QJsonObject &resource);

    /** A line for the report and the log pane (translated where a user reads it). */
    void log(const QString &line);
    void addFigure(const QString &label, const QString &value);
    void addCheck(const QString &name, bool passed, const QString &detail = {});
    /** A copy of what was collected so far. */
    ReportNode reportNode() const;

private:
    ProgressSink &m_progress;
    const CancellationToken &m_cancellation;
    mutable QMutex m_mutex;
    QJsonObject m_position;
    PositionWriter m_positionWriter;
    LineListener m_lineListener;
    ResourceRecorder m_resourceRecorder;
    ReportNode m_node;
    bool m_resumed = false;
};

} // namespace cutover
