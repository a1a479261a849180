// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationoptions.h"
#include "operationkind.h"
#include "sourcerole.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cutover {

/**
 * @brief The ordered list of operation kinds for one migration, with its point of no return.
 *
 * Operations at indexes below pointOfNoReturn() can be backed out automatically: a failure
 * there rolls back everything performed, newest first, and leaves the source serving as
 * before. From pointOfNoReturn() on, the source has been told it is migrated (or its license
 * is gone, or it rebooted with the target's identity): a failure stops the run safely and the
 * user resumes it. A plan with no irreversible step (a rehearsal) has pointOfNoReturn() == size().
 */
class MigrationPlan
{
public:
    MigrationPlan() = default;
    MigrationPlan(SourceRole role, const MigrationOptions &options, QList<OperationKind> steps,
        qsizetype pointOfNoReturn);

    SourceRole role() const { return m_role; }
    MigrationOptions options() const { return m_options; }
    const QList<OperationKind> &steps() const { return m_steps; }
    qsizetype size() const { return m_steps.size(); }
    bool isEmpty() const { return m_steps.isEmpty(); }
    OperationKind at(qsizetype index) const { return m_steps.at(index); }
    bool contains(OperationKind kind) const { return m_steps.contains(kind); }
    qsizetype indexOf(OperationKind kind) const { return m_steps.indexOf(kind); }

    qsizetype pointOfNoReturn() const { return m_pointOfNoReturn; }
    /** True when the step at @p index lies before the point of no return. */
    bool isReversible(qsizetype index) const { return index < m_pointOfNoReturn; }

    /** The stable ids, in order ("copy-system-settings", …): handy for tests and `--json`. */
    QStringList ids() const;

    QJsonObject toJson() const;
    /** Returns false (and leaves @p plan untouched) for malformed or unknown content. */
    static bool fromJson(const QJsonObject &json, MigrationPlan *plan, QString *error = nullptr);

    friend bool operator==(const MigrationPlan &, const MigrationPlan &) = default;

private:
    SourceRole m_role = SourceRole::Standalone;
    MigrationOptions m_options;
    QList<OperationKind> m_steps;
    qsizetype m_pointOfNoReturn = 0;
};

} // namespace cutover
