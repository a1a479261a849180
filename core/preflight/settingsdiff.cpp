// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/settingsdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cutover {

namespace {

QStringList groupOrder(const SettingsSnapshot &a, const SettingsSnapshot &b)
{
    // Host-specific groups first, then the basic ones, then anything else alphabetically.
    QStringList order = a.hostSpecific;
    for (const QString &g : b.hostSpecific)
        if (!order.contains(g))
            order << g;
    for (const QStringList &list : { a.basic, b.basic })
        for (const QString &g : list)
            if (!order.contains(g))
                order << g;
    QStringList rest;
    for (const QJsonObject &groups : { a.groups, b.groups })
        for (auto it = groups.begin(); it != groups.end(); ++it)
            if (!order.contains(it.key()) && !rest.contains(it.key()))
                rest << it.key();
    rest.sort();
    return order + rest;
}

QJsonObject changeToJson(const SettingsDiff::Change &c)
{
    QJsonObject o { { QStringLiteral("group"), c.group }, { QStringLiteral("key"), c.key } };
    o.insert(QStringLiteral("before"), c.before.isUndefined() ? QJsonValue() : c.before);
    o.insert(QStringLiteral("after"), c.after.isUndefined() ? QJsonValue() : c.after);
    o.insert(QStringLiteral("resetToDefault"), c.after.isUndefined());
    return o;
}

} // namespace

SettingsDiff SettingsDiff::build(
    const SettingsSnapshot &source, const SettingsSnapshot &target, bool swapConfiguration)
{
    SettingsDiff diff;
    diff.m_swap = swapConfiguration;
    const QStringList order = groupOrder(source, target);
    QStringList hostSpecific = source.hostSpecific;
    for (const QString &g : target.hostSpecific)
        if (!hostSpecific.contains(g))
            hostSpecific << g;

    // What SettingsCopyOperation writes: every source group to the target when swapping, else
    // the groups that are not host-specific; the target's groups to the source only when swapping.
    QStringList toTarget;
    for (auto it = source.groups.begin(); it != source.groups.end(); ++it)
        if (swapConfiguration || !hostSpecific.contains(it.key()))
            toTarget << it.key();
    QStringList toSource;
    if (swapConfiguration)
        toSource = target.groups.keys();

    diff.m_target = diffGroups(target.groups, source.groups, order, hostSpecific, toTarget);
    diff.m_source = diffGroups(source.groups, target.groups, order, hostSpecific, toSource);
    if (!swapConfiguration) {
        // The source is not written at all: nothing of it is "excluded", it simply stays.
        for (Group &g : diff.m_source)
            g.excluded = false;
    }
    return diff;
}

QList<SettingsDiff::Group> SettingsDiff::diffGroups(const QJsonObject &before, const QJsonObject &incoming,
    const QStringList &order, const QStringList &hostSpecific, const QStringList &copied)
{
    QList<Group> groups;
    for (const QString &name : order) {
        if (!before.contains(name) && !incoming.contains(name))
            continue;
        Group g;
        g.name = name;
        g.hostSpecific = hostSpecific.contains(name);
        g.excluded = !copied.contains(name);
        if (!g.excluded) {
            const QJsonObject b = before.value(name).toObject();
            const QJsonObject a = incoming.value(name).toObject();
            QStringList keys = b.keys();
            for (const QString &k : a.keys())
                if (!keys.contains(k))
                    keys << k;
            keys.sort();
            for (const QString &k : std::as_const(keys)) {
                const QJsonValue vb = b.contains(k) ? b.value(k) : QJsonValue(QJsonValue::Undefined);
                const QJsonValue va = a.contains(k) ? a.value(k) : QJsonValue(QJsonValue::Undefined);
                if (vb != va)
                    g.changes.append(Change { name, k, vb, va });
            }
        }
        groups.append(g);
    }
    return groups;
}

QList<SettingsDiff::Change> SettingsDiff::changes(Side side) const
{
    QList<Change> list;
    for (const Group &g : side == Side::Source ? m_source : m_target)
        list += g.changes;
    return list;
}

QStringList SettingsDiff::excludedGroups(Side side) const
{
    QStringList list;
    for (const Group &g : side == Side::Source ? m_source : m_target)
        if (g.excluded)
            list << g.name;
    return list;
}

bool SettingsDiff::isEmpty() const
{
    return changes(Side::Source).isEmpty() && changes(Side::Target).isEmpty();
}

QString SettingsDiff::formatValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << formatValue(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

QStringList SettingsDiff::describe(Side side) const
{
    QStringList lines;
    for (const Change &c : changes(side)) {
        const QString setting = c.group + QLatin1Char('.') + c.key;
        if (c.before.isUndefined())
            //: %1: setting (group.key), %2: new value
            lines << tr("%1: not set → %2", "@info settings diff").arg(setting, formatValue(c.after));
        else if (c.after.isUndefined())
            //: %1: setting (group.key), %2: old value
            lines << tr("%1: %2 → back to its default", "@info settings diff")
                         .arg(setting, formatValue(c.before));
        else
            //: %1: setting (group.key), %2: old value, %3: new value
            lines << tr("%1: %2 → %3", "@info settings diff")
                         .arg(setting, formatValue(c.before), formatValue(c.after));
    }
    const QStringList excluded = excludedGroups(side);
    if (!excluded.isEmpty())
        //: %1: comma-separated list of settings groups
        lines << tr("Kept as they are (not copied): %1", "@info settings diff")
                     .arg(excluded.join(QStringLiteral(", ")));
    return lines;
}

QJsonObject SettingsDiff::toJson() const
{
    const auto sideJson = [this](Side side) {
        QJsonArray changes;
        for (const Change &c : this->changes(side))
            changes.append(changeToJson(c));
        return QJsonObject { { QStringLiteral("changes"), changes },
            { QStringLiteral("excluded"), QJsonArray::fromStringList(excludedGroups(side)) } };
    };
    return QJsonObject { { QStringLiteral("swapConfiguration"), m_swap },
        { QStringLiteral("source"), sideJson(Side::Source) },
        { QStringLiteral("target"), sideJson(Side::Target) } };
}

} // namespace cutover
