// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace cutover {

/** @brief Where one operation of a run stands; the journal stores it after every change. */
enum class OperationState {
    Pending,
    Running,
    Done,
    Failed,
    Skipped, ///< not run because the run stopped earlier; a resume runs it
    RolledBack,
};

/** "pending" | "running" | "done" | "failed" | "skipped" | "rolled-back" */
QString operationStateId(OperationState state);
bool operationStateFromId(const QString &id, OperationState *state);
/** The translated word for the Execution list and the report. */
QString operationStateTitle(OperationState state);
/** True once run() was entered: such an operation is rolled back during a backout. */
inline bool wasPerformed(OperationState state)
{
    return state == OperationState::Running || state == OperationState::Done
        || state == OperationState::Failed;
}

} // namespace cutover

Q_DECLARE_METATYPE(cutover::OperationState)
