// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <vector>

namespace cutover {

/**
 * @brief One node of a run report: an operation (or the run itself) with its lines, figures,
 * verification checks and children. Plain data, so it can be copied across threads.
 */
struct ReportNode
{
    /** One verification result: what was compared, whether it matched, and the detail. */
    struct Check
    {
        QString name;
        bool passed = false;
        QString detail;
    };

    QString title;
    QString status; ///< translated state ("Done", "Rolled back" …)
    qint64 durationMs = -1; ///< -1: did not run
    QStringList lines;
    QList<QPair<QString, QString>> figures; ///< label, value (already formatted)
    QList<Check> checks;
    std::vector<ReportNode> children;

    ReportNode &addChild(const QString &childTitle);
    QJsonObject toJson() const;
};

} // namespace cutover
