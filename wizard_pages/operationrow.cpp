// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationrow.h"

#include "formatting.h"

#include <QApplication>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <algorithm>

namespace cutover {

namespace {

QIcon iconFor(OperationState state, const QStyle *style)
{
    switch (state) {
    case OperationState::Pending:
        return {};
    case OperationState::Running:
        return style->standardIcon(QStyle::SP_MediaPlay);
    case OperationState::Done:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case OperationState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case OperationState::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    case OperationState::RolledBack:
        return style->standardIcon(QStyle::SP_ArrowBack);
    }
    return {};
}

} // namespace

OperationRow::OperationRow(QGridLayout *grid, int row, QWidget *parent)
    : m_icon(new QLabel(parent))
    , m_title(new QLabel(parent))
    , m_detail(new QLabel(parent))
    , m_bar(new QProgressBar(parent))
    , m_percent(new QLabel(parent))
    , m_rate(new QLabel(parent))
    , m_eta(new QLabel(parent))
{
    const int iconSize = parent->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setFixedSize(iconSize, iconSize);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMinimumWidth(120);
    m_percent->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rate->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_eta->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_detail->setWordWrap(true);
    QFont small = m_detail->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_detail->setFont(small);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->hide();

    grid->addWidget(m_icon, 2 * row, 0);
    grid->addWidget(m_title, 2 * row, 1);
    grid->addWidget(m_bar, 2 * row, 2);
    grid->addWidget(m_percent, 2 * row, 3);
    grid->addWidget(m_rate, 2 * row, 4);
    grid->addWidget(m_eta, 2 * row, 5);
    grid->addWidget(m_detail, 2 * row + 1, 1, 1, 5);
    fitFigures();
    updateState();
    update();
}

void OperationRow::setTitle(const QString &title)
{
    m_titleText = title;
    updateState();
}

void OperationRow::setIrreversible(bool irreversible)
{
    m_irreversible = irreversible;
}

void OperationRow::setState(OperationState state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (state == OperationState::Done)
        m_progress.fraction = 1.0;
    updateState();
    update();
}

void OperationRow::setProgress(const OperationProgress &progress)
{
    m_progress = progress;
    m_dirty = true;
}

void OperationRow::refresh()
{
    if (m_dirty)
        update();
}

void OperationRow::retranslate()
{
    fitFigures();
    updateState();
    update();
}

void OperationRow::fitFigures()
{
    // The widest text each column can show, measured in the current language and font. A fixed
    // size also tells Qt that a new figure never changes the layout.
    const QFontMetrics metrics = m_percent->fontMetrics();
    const auto widest = [&metrics](const QStringList &samples) {
        int width = 0;
        for (const auto &s : samples)
            width = std::max(width, metrics.horizontalAdvance(s));
        return width + metrics.averageCharWidth();
    };
    const QStringList percents { Formatting::percent(1.0), Formatting::percent(0.88) };
    QStringList rates;
    for (const qint64 unit : { qint64(1) << 10, qint64(1) << 20, qint64(1) << 30 })
        rates << Formatting::throughput(double(unit) * 1023.99 - 1);
    QStringList etas { tr("stalled", "@info no progress for a while") };
    for (const qint64 seconds : { qint64(59), qint64(3599), qint64(86399), qint64(99 * 3600 + 59 * 60) }) {
        etas << tr("%1 left", "@info ETA").arg(Formatting::duration(seconds))
             << tr("done in %1", "@info").arg(Formatting::duration(seconds));
    }
    for (const auto state : { OperationState::Pending, OperationState::Running, OperationState::Done,
             OperationState::Failed, OperationState::Skipped, OperationState::RolledBack })
        etas << operationStateTitle(state);
    const int height = metrics.height();
    m_percent->setFixedSize(widest(percents), height);
    m_rate->setFixedSize(widest(rates), height);
    m_eta->setFixedSize(widest(etas), height);
}

void OperationRow::updateState()
{
    // Only on a change of state or language: a new pixmap or font lays the page out again.
    const QString stateText = operationStateTitle(m_state);
    m_icon->setPixmap(iconFor(m_state, m_icon->style()).pixmap(m_icon->size()));
    m_icon->setToolTip(stateText);
    m_icon->setAccessibleName(stateText);
    QFont font = m_title->font();
    font.setBold(m_state == OperationState::Running);
    m_title->setFont(font);
    m_title->setText(m_titleText);
    //: %1: operation title
    m_bar->setAccessibleName(tr("Progress of %1", "@info:accessible").arg(m_titleText));
    //: %1: operation title, %2: its state ("Running", "Done" …)
    m_title->setAccessibleName(tr("%1: %2", "@info:accessible title: state").arg(m_titleText, stateText));
}

void OperationRow::update()
{
    m_dirty = false;
    const QString stateText = operationStateTitle(m_state);
    setProgressValueLater(m_bar, int(m_progress.fraction * 1000.0));

    const bool running = m_state == OperationState::Running;
    m_percent->setText(
        m_state == OperationState::Pending ? QString() : Formatting::percent(m_progress.fraction));
    m_rate->setText(running ? Formatting::throughput(m_progress.bytesPerSecond) : QString());
    QString eta;
    if (running) {
        if (m_progress.stalled)
            eta = tr("stalled", "@info no progress for a while");
        else if (m_progress.etaSeconds >= 0)
            //: %1: time left, e.g. "3 min 20 s"
            eta = tr("%1 left", "@info ETA").arg(Formatting::duration(m_progress.etaSeconds));
        else
            eta = stateText;
    } else if (m_state == OperationState::Done && m_progress.elapsedMs > 0) {
        //: %1: how long the operation took
        eta = tr("done in %1", "@info").arg(Formatting::duration((m_progress.elapsedMs + 500) / 1000));
    } else if (m_state != OperationState::Pending) {
        eta = stateText;
    }
    m_eta->setText(eta);
    m_eta->setToolTip(eta);

    const QString status = running ? m_progress.raw.status : QString();
    m_detail->setText(status);
    if (m_detail->isHidden() == !status.isEmpty())
        m_detail->setVisible(!status.isEmpty());
}

void setProgressValueLater(QProgressBar *bar, int value)
{
    if (bar->value() == value)
        return;
    // With updates disabled setValue() cannot repaint; enabling them again schedules update().
    bar->setUpdatesEnabled(false);
    bar->setValue(value);
    bar->setUpdatesEnabled(true);
}

} // namespace cutover
