// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/settingsdiff.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cutover {

/**
 * @brief The Options page's before/after view of the engine's SettingsDiff: per appliance, the
 * settings groups that change with every setting as "now" and "after the migration", and the
 * groups kept as they are on purpose (Swap Configuration off) marked as excluded.
 *
 * It shows only what SettingsDiff computed; nothing here decides what is copied. Items carry
 * their identity for tests: a top-level item's Qt::UserRole is "source" or "target", a group's
 * is the group name (with kExcludedRole true when excluded), a setting's is its key.
 */
class SettingsDiffView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kExcludedRole = Qt::UserRole + 1;

    explicit SettingsDiffView(QWidget *parent = nullptr);

    /** @p sourceName and @p targetName say which appliance is which ("name (address)"). */
    void setDiff(const SettingsDiff &diff, const QString &sourceName, const QString &targetName);

    /** A settings group's translated title ("Load-balancing domain"); the name itself if unknown. */
    static QString groupTitle(const QString &group);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void addSide(SettingsDiff::Side side);

    QLabel *m_heading;
    QTreeWidget *m_tree;
    SettingsDiff m_diff;
    QString m_sourceName;
    QString m_targetName;
};

} // namespace cutover
