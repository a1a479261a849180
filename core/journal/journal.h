// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "operations/operationstate.h"
#include "plan/migrationplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMutex>

namespace cutover {

/**
 * @brief The run's memory on disk: plan, options, both endpoints and every operation's state
 * and resumable position, written atomically (QSaveFile) after every change.
 *
 * A run killed at any moment is found at the next start (status running, backing-out or
 * needs-attention) and can be resumed or backed out. Never holds a secret: save() strips any
 * key that looks like one (password, token, secret, private key) and logs that it did.
 * All methods are thread-safe; the runner writes from its worker thread.
 */
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Journal)

public:
    enum class Status {
        Planned, ///< written, nothing ran yet
        Running,
        BackingOut,
        Succeeded,
        BackedOut,
        NeedsAttention, ///< stopped after the point of no return, or a rollback failed
    };

    /** One appliance as the journal remembers it (no password, no token). */
    struct Endpoint
    {
        QString address;
        QString machineId;
        QString tlsSha256;
        QJsonObject toJson() const;
        static Endpoint fromJson(const QJsonObject &json);
    };

    struct OperationRecord
    {
        QString id;
        OperationState state = OperationState::Pending;
        QJsonObject position;
        QDateTime startedAt;
        QDateTime finishedAt;
        QString message;
        int attempts = 0;
    };

    /** A journal at @p path; nothing is read or written until load() or save(). */
    explicit Journal(const QString &path = defaultPath());
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    /** $CUTOVER_DATA_DIR, else QStandardPaths::AppDataLocation; created when missing. */
    static QString dataDirectory();
    /** dataDirectory() + "/journal.json": the run in progress, if any. */
    static QString defaultPath();
    static QString statusId(Status status);

    QString path() const { return m_path; }
    bool exists() const;

    /** Reads the file; a missing, unreadable or corrupted file gives a clear error, never a crash. */
    Result load();
    /** Writes atomically; on failure the previous file stays intact. */
    Result save();
    /** Moves a finished run aside (journal-<runId>.json) so the next start sees no run in progress. */
    Result archive();

    /** Starts a new run: a fresh id, the plan, every operation pending. */
    void begin(const MigrationPlan &plan, const QStringList &operationIds);

    QString runId() const;
    MigrationPlan plan() const;
    Status status() const;
    void setStatus(Status status, const QString &message = {});
    QString message() const;
    Endpoint source() const;
    Endpoint target() const;
    void setSource(const Endpoint &endpoint);
    void setTarget(const Endpoint &endpoint);

    int operationCount() const;
    OperationRecord operation(int index) const;
    OperationState operationState(int index) const;
    void setOperationState(int index, OperationState state, const QString &message = {});
    QJsonObject position(int index) const;
    void setPosition(int index, const QJsonObject &position);

    /**
     * Temporary things the run created on an appliance and must remove again, by name only
     * (never a password), e.g. `{"kind": "db-account", "side": "source", "user": "cutover_mig_…"}`.
     * A process killed while holding one leaves it here; resume and backout remove it first.
     */
    QJsonArray temporaryResources() const;
    void addTemporaryResource(const QJsonObject &resource);
    void removeTemporaryResource(const QJsonObject &resource);

    /** True when the run was interrupted or stopped and can be resumed or backed out. */
    bool needsAttention() const;
    /** The per-run log file next to the journal. */
    QString logFilePath() const;

    QJsonObject toJson() const;

private:
    static QJsonValue scrubValue(const QJsonValue &value, QStringList *removed, const QString &path);
    static QJsonObject scrubSecrets(
        const QJsonObject &object, QStringList *removed, const QString &prefix = {});

    const QString m_path;
    mutable QMutex m_mutex;
    QString m_runId;
    MigrationPlan m_plan;
    Status m_status = Status::Planned;
    QString m_message;
    Endpoint m_source;
    Endpoint m_target;
    QList<OperationRecord> m_operations;
    QJsonArray m_temporary;
    QDateTime m_created;
};

} // namespace cutover
