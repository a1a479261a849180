// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdiffview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cutover {

namespace {

struct GroupTitle
{
    const char *name;
    struct
    {
        const char *source;
        const char *comment;
    } title;
};

// The appliance's settings groups as the vendor manual names them.
constexpr GroupTitle kGroupTitles[] = {
    { "network", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Network", "@item settings group") },
    { "dns", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "DNS", "@item settings group") },
    { "webServer", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Web server", "@item settings group") },
    { "roundRobinHost",
        QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Round-robin host", "@item settings group") },
    { "loadBalancingDomain",
        QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Load-balancing domain", "@item settings group") },
    { "remoteDataExchange",
        QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Remote data exchange", "@item settings group") },
    { "ftpBackup", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Backup FTP", "@item settings group") },
    { "timeAndNtp", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Time and NTP", "@item settings group") },
    { "mailRelay", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Mail relay", "@item settings group") },
    { "language", QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Language", "@item settings group") },
    { "syslogForwarding",
        QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Syslog forwarding", "@item settings group") },
    { "captivePortal",
        QT_TRANSLATE_NOOP3("cutover::SettingsDiffView", "Captive portal", "@item settings group") },
};

} // namespace

SettingsDiffView::SettingsDiffView(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    m_heading->setObjectName(QStringLiteral("settingsDiffHeading"));
    m_heading->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("settingsDiff"));
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_heading->setBuddy(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    fill();
}

QString SettingsDiffView::groupTitle(const QString &group)
{
    for (const auto &g : kGroupTitles) {
        if (group == QLatin1String(g.name))
            return QCoreApplication::translate("cutover::SettingsDiffView", g.title.source, g.title.comment);
    }
    return group;
}

void SettingsDiffView::setDiff(const SettingsDiff &diff, const QString &sourceName, const QString &targetName)
{
    m_diff = diff;
    m_sourceName = sourceName;
    m_targetName = targetName;
    fill();
}

void SettingsDiffView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QWidget::changeEvent(event);
}

void SettingsDiffView::fill()
{
    m_heading->setText(tr("Settings that c&hange on each system:", "@label"));
    m_tree->setHeaderLabels({ tr("Setting", "@title:column"), tr("Now", "@title:column settings diff"),
        tr("After the migration", "@title:column settings diff") });
    m_tree->setAccessibleName(tr("Settings that change on each system", "@info:accessible"));
    m_tree->clear();
    // The target first: that is where "Copy system settings" changes something in either mode.
    addSide(SettingsDiff::Side::Target);
    addSide(SettingsDiff::Side::Source);
    m_tree->expandAll();
}

void SettingsDiffView::addSide(SettingsDiff::Side side)
{
    const bool isSource = side == SettingsDiff::Side::Source;
    const QString name = isSource ? m_sourceName : m_targetName;
    const auto changes = m_diff.changes(side);
    const auto excluded = m_diff.excludedGroups(side);

    auto *top = new QTreeWidgetItem(m_tree);
    top->setData(0, Qt::UserRole, isSource ? QStringLiteral("source") : QStringLiteral("target"));
    top->setFirstColumnSpanned(true);
    QFont bold = m_tree->font();
    bold.setBold(true);
    top->setFont(0, bold);
    QString title;
    if (changes.isEmpty() && isSource && !m_diff.swapConfiguration())
        //: %1: the source, "name (address)"
        title = tr("Source %1: nothing changes, its settings are only read", "@item settings diff").arg(name);
    else if (changes.isEmpty())
        //: %1: the appliance, "name (address)"
        title = (isSource ? tr("Source %1: no setting changes", "@item settings diff")
                          : tr("Target %1: no setting changes", "@item settings diff"))
                    .arg(name);
    else
        //: %1: the appliance, "name (address)"; %n: number of settings
        title = (isSource ? tr("Source %1: %n setting(s) change", "@item settings diff", int(changes.size()))
                          : tr("Target %1: %n setting(s) change", "@item settings diff", int(changes.size())))
                    .arg(name);
    top->setText(0, title);

    const QColor muted = m_tree->palette().color(QPalette::Disabled, QPalette::Text);
    for (const SettingsDiff::Group &group : m_diff.groups(side)) {
        if (!group.excluded && group.changes.isEmpty())
            continue;
        auto *g = new QTreeWidgetItem(top);
        g->setData(0, Qt::UserRole, group.name);
        g->setData(0, kExcludedRole, group.excluded);
        g->setFirstColumnSpanned(true);
        if (group.excluded) {
            //: %1: settings group title; excluded from the copy on purpose
            g->setText(0,
                tr("%1: excluded, stays as it is (host-specific)", "@item settings diff")
                    .arg(groupTitle(group.name)));
            QFont italic = m_tree->font();
            italic.setItalic(true);
            g->setFont(0, italic);
            g->setToolTip(0, g->text(0));
            continue;
        }
        g->setText(0, groupTitle(group.name));
        g->setFont(0, bold);
        for (const SettingsDiff::Change &c : group.changes) {
            auto *row = new QTreeWidgetItem(g);
            row->setData(0, Qt::UserRole, c.key);
            row->setText(0, c.key);
            // A placeholder in parentheses, greyed, where there is no value to show.
            const auto show = [&](int column, const QJsonValue &value, const QString &missing) {
                const QString text = value.isUndefined() ? QString() : SettingsDiff::formatValue(value);
                const bool placeholder = text.isEmpty();
                row->setText(column,
                    !placeholder              ? text
                        : value.isUndefined() ? missing
                                              : tr("(empty)", "@item settings diff value"));
                row->setToolTip(column, row->text(column));
                if (placeholder)
                    row->setForeground(column, muted);
            };
            show(1, c.before, tr("(not set)", "@item settings diff value"));
            show(2, c.after, tr("(default)", "@item settings diff value"));
            //: %1: setting, %2: value now, %3: value after the migration
            row->setToolTip(
                0, tr("%1: %2 → %3", "@info:tooltip settings diff").arg(c.key, row->text(1), row->text(2)));
        }
    }
}

} // namespace cutover
