// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationstate.h"

#include <QCoreApplication>

namespace cutover {

namespace {
constexpr OperationState kAll[] = { OperationState::Pending, OperationState::Running, OperationState::Done,
    OperationState::Failed, OperationState::Skipped, OperationState::RolledBack };
}

QString operationStateId(OperationState state)
{
    switch (state) {
    case OperationState::Pending:
        return QStringLiteral("pending");
    case OperationState::Running:
        return QStringLiteral("running");
    case OperationState::Done:
        return QStringLiteral("done");
    case OperationState::Failed:
        return QStringLiteral("failed");
    case OperationState::Skipped:
        return QStringLiteral("skipped");
    case OperationState::RolledBack:
        return QStringLiteral("rolled-back");
    }
    return {};
}

bool operationStateFromId(const QString &id, OperationState *state)
{
    for (auto s : kAll) {
        if (operationStateId(s) == id) {
            if (state)
                *state = s;
            return true;
        }
    }
    return false;
}

QString operationStateTitle(OperationState state)
{
    switch (state) {
    case OperationState::Pending:
        return QCoreApplication::translate("cutover::OperationState", "Pending", "@info operation state");
    case OperationState::Running:
        return QCoreApplication::translate("cutover::OperationState", "Running", "@info operation state");
    case OperationState::Done:
        return QCoreApplication::translate("cutover::OperationState", "Done", "@info operation state");
    case OperationState::Failed:
        return QCoreApplication::translate("cutover::OperationState", "Failed", "@info operation state");
    case OperationState::Skipped:
        return QCoreApplication::translate("cutover::OperationState", "Skipped", "@info operation state");
    case OperationState::RolledBack:
        return QCoreApplication::translate("cutover::OperationState", "Rolled back", "@info operation state");
    }
    return {};
}

} // namespace cutover
