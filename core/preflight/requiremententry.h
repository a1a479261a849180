// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace cutover {

/**
 * @brief One preflight check as data (after Calamares' RequirementEntry).
 *
 * The texts are functions, not strings, so a language switch re-translates them. A mandatory
 * entry that is not satisfied refuses the migration; a non-mandatory one is a warning.
 */
struct RequirementEntry
{
    QString id; ///< stable, e.g. `port.source.3306`, `input.sourceAddress`, `compat.dbVersion`
    bool satisfied = false;
    bool mandatory = true;
    std::function<QString()> title; ///< what was checked ("Port 3306 (MariaDB) on 127.0.10.1")
    std::function<QString()> reason; ///< what was found (both when satisfied and when not)
    std::function<QString()> remedy; ///< what to do; may be empty when satisfied
    QJsonObject details; ///< machine-readable figures for `--json` and the report (no secrets)

    QString titleText() const { return title ? title() : QString(); }
    QString reasonText() const { return reason ? reason() : QString(); }
    QString remedyText() const { return remedy ? remedy() : QString(); }
    /** Unsatisfied and mandatory: the migration cannot go ahead. */
    bool blocks() const { return mandatory && !satisfied; }
    /** Unsatisfied but not mandatory: shown as a warning. */
    bool warns() const { return !mandatory && !satisfied; }
    /** id, satisfied, mandatory, the texts in the current language and details. */
    QJsonObject toJson() const
    {
        QJsonObject o
            = details.isEmpty() ? QJsonObject() : QJsonObject { { QStringLiteral("details"), details } };
        o.insert(QStringLiteral("id"), id);
        o.insert(QStringLiteral("satisfied"), satisfied);
        o.insert(QStringLiteral("mandatory"), mandatory);
        o.insert(QStringLiteral("title"), titleText());
        o.insert(QStringLiteral("reason"), reasonText());
        o.insert(QStringLiteral("remedy"), remedyText());
        return o;
    }
};

using RequirementList = QList<RequirementEntry>;

/** True when no entry of @p list blocks. */
inline bool requirementsMet(const RequirementList &list)
{
    for (const RequirementEntry &e : list) {
        if (e.blocks())
            return false;
    }
    return true;
}

} // namespace cutover
