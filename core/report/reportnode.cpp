// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportnode.h"

#include <QJsonArray>

namespace cutover {

ReportNode &ReportNode::addChild(const QString &childTitle)
{
    children.emplace_back();
    children.back().title = childTitle;
    return children.back();
}

QJsonObject ReportNode::toJson() const
{
    QJsonObject json { { QStringLiteral("title"), title }, { QStringLiteral("status"), status } };
    if (durationMs >= 0)
        json.insert(QStringLiteral("durationMs"), durationMs);
    if (!lines.isEmpty())
        json.insert(QStringLiteral("lines"), QJsonArray::fromStringList(lines));
    if (!figures.isEmpty()) {
        QJsonArray array;
        for (const auto &f : figures)
            array.append(
                QJsonObject { { QStringLiteral("label"), f.first }, { QStringLiteral("value"), f.second } });
        json.insert(QStringLiteral("figures"), array);
    }
    if (!checks.isEmpty()) {
        QJsonArray array;
        for (const auto &c : checks) {
            array.append(QJsonObject { { QStringLiteral("name"), c.name },
                { QStringLiteral("passed"), c.passed }, { QStringLiteral("detail"), c.detail } });
        }
        json.insert(QStringLiteral("checks"), array);
    }
    if (!children.empty()) {
        QJsonArray array;
        for (const auto &child : children)
            array.append(child.toJson());
        json.insert(QStringLiteral("children"), array);
    }
    return json;
}

} // namespace cutover
