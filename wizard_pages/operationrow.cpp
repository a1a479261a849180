// SPDX-License-Identifier: GPL-3.0-or-later
#include "operationrow.h"

#include "formatting.h"

#include <QApplication>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

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
    update();
}

void OperationRow::setTitle(const QString &title)
{
    m_titleText = title;
    update();
}

void OperationRow::setIrreversible(bool irreversible)
{
    m_irreversible = irreversible;
    update();
}

void OperationRow::setState(OperationState state)
{
    m_state = state;
    if (state == OperationState::Done)
        m_progress.fraction = 1.0;
    update();
}

void OperationRow::setProgress(const OperationProgress &progress)
{
    m_progress = progress;
    update();
}

void OperationRow::retranslate()
{
    update();
}

void OperationRow::update()
{
    const QString stateText = operationStateTitle(m_state);
    m_icon->setPixmap(iconFor(m_state, m_icon->style()).pixmap(m_icon->size()));
    m_icon->setToolTip(stateText);
    m_icon->setAccessibleName(stateText);
    QFont font = m_title->font();
    font.setBold(m_state == OperationState::Running);
    m_title->setFont(font);
    m_title->setText(m_titleText);
    m_bar->setValue(int(m_progress.fraction * 1000.0));
    //: %1: operation title, %2: its state ("Running", "Done" …)
    m_bar->setAccessibleName(tr("Progress of %1", "@info:accessible").arg(m_titleText));
    m_title->setAccessibleName(tr("%1: %2", "@info:accessible title: state").arg(m_titleText, stateText));

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

    const QString status = running ? m_progress.raw.status : QString();
    m_detail->setText(status);
    m_detail->setVisible(!status.isEmpty());
}

} // namespace cutover
