// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apitypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * @brief What "Copy system settings" will change on each appliance, setting by setting, computed
 * from the two appliances' current settings without touching anything.
 *
 * Swap Configuration on: the appliances exchange every group, so each side's after-state is the
 * other's before-state. Off: the target receives the source's basic groups; its host-specific
 * groups (network, DNS, web server, round-robin host, load-balancing domain, remote data
 * exchange, FTP backup) are excluded and stay as they are, and the source's settings do not
 * change. The copy replaces whole groups (`PUT /api/v1/settings`), so a key the receiving side
 * has and the sending side lacks goes back to its default: it is listed with an empty "after".
 *
 * Used by `cutover-cli check` and the wizard's Options page; toJson() is the `--json` form.
 */
class SettingsDiff
{
    Q_DECLARE_TR_FUNCTIONS(cutover::SettingsDiff)

public:
    enum class Side { Source, Target };

    /** One setting whose value changes on one side. */
    struct Change
    {
        QString group;
        QString key;
        QJsonValue before; ///< Undefined when the key is not set before
        QJsonValue after; ///< Undefined when the key goes back to its default
    };

    /** One group as the diff sees it on one side. */
    struct Group
    {
        QString name;
        bool hostSpecific = false;
        bool excluded = false; ///< kept as it is on purpose (Swap Configuration off)
        QList<Change> changes;
    };

    SettingsDiff() = default;
    /** Builds the diff from both appliances' `GET /api/v1/settings` answers. */
    static SettingsDiff build(
        const SettingsSnapshot &source, const SettingsSnapshot &target, bool swapConfiguration);

    bool swapConfiguration() const { return m_swap; }
    /** Every group of @p side in a stable order (host-specific first, as the API lists them). */
    QList<Group> groups(Side side) const { return side == Side::Source ? m_source : m_target; }
    /** Only the settings that change on @p side. */
    QList<Change> changes(Side side) const;
    /** Groups left as they are on purpose on @p side (the host-specific ones on the target when not
     * swapping). */
    QStringList excludedGroups(Side side) const;
    /** True when no setting changes on either side. */
    bool isEmpty() const;

    /** A value as the diff prints it: strings plain, lists comma-separated, others as JSON. */
    static QString formatValue(const QJsonValue &value);
    /** Translated lines for a terminal: one per change, plus the excluded groups. */
    QStringList describe(Side side) const;
    /** `{"swapConfiguration", "source": {"changes": [...], "excluded": [...]}, "target": {...}}`. */
    QJsonObject toJson() const;

private:
    static QList<Group> diffGroups(const QJsonObject &before, const QJsonObject &incoming,
        const QStringList &order, const QStringList &hostSpecific, const QStringList &copied);

    bool m_swap = false;
    QList<Group> m_source;
    QList<Group> m_target;
};

} // namespace cutover
