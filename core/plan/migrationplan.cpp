// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationplan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cutover {

MigrationPlan::MigrationPlan(
    SourceRole role, const MigrationOptions &options, QList<OperationKind> steps, qsizetype pointOfNoReturn)
    : m_role(role)
    , m_options(options)
    , m_steps(std::move(steps))
    , m_pointOfNoReturn(std::clamp<qsizetype>(pointOfNoReturn, 0, m_steps.size()))
{ }

QStringList MigrationPlan::ids() const
{
    QStringList result;
    for (auto kind : m_steps)
        result.append(operationKindId(kind));
    return result;
}

QJsonObject MigrationPlan::toJson() const
{
    return {
        { QStringLiteral("role"), sourceRoleId(m_role) },
        { QStringLiteral("options"), m_options.toJson() },
        { QStringLiteral("steps"), QJsonArray::fromStringList(ids()) },
        { QStringLiteral("pointOfNoReturn"), m_pointOfNoReturn },
    };
}

bool MigrationPlan::fromJson(const QJsonObject &json, MigrationPlan *plan, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    SourceRole role;
    if (!sourceRoleFromId(json.value(QStringLiteral("role")).toString(), &role))
        return fail(QCoreApplication::translate("cutover::MigrationPlan", "unknown source role", "@info"));
    QList<OperationKind> steps;
    const auto array = json.value(QStringLiteral("steps")).toArray();
    for (const auto &value : array) {
        OperationKind kind;
        if (!operationKindFromId(value.toString(), &kind)) {
            //: %1 is an operation id from the journal.
            return fail(
                QCoreApplication::translate("cutover::MigrationPlan", "unknown operation “%1”", "@info")
                    .arg(value.toString()));
        }
        steps.append(kind);
    }
    const auto ponr = json.value(QStringLiteral("pointOfNoReturn")).toInteger(-1);
    if (ponr < 0 || ponr > steps.size())
        return fail(
            QCoreApplication::translate("cutover::MigrationPlan", "invalid point of no return", "@info"));
    if (plan) {
        *plan = MigrationPlan(
            role, MigrationOptions::fromJson(json.value(QStringLiteral("options")).toObject()), steps, ponr);
    }
    return true;
}

} // namespace cutover
