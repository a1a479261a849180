// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "operations/operationstate.h"
#include "runner/operationprogress.h"

#include <QCoreApplication>
#include <QString>

class QGridLayout;
class QLabel;
class QProgressBar;
class QWidget;

namespace cutover {

/**
 * Sets @p bar to @p value with an asynchronous repaint. QProgressBar::setValue() repaints
 * synchronously, which paints every dirty region of the window inside the progress handler.
 */
void setProgressValueLater(QProgressBar *bar, int value);

/**
 * @brief One operation's line on the Execution page: status icon, title (with the operation's
 * current status below it), its own progress bar, percent, throughput and ETA or "stalled".
 *
 * The widgets sit in the page's grid so that the columns of all rows line up. The figures that
 * change several times a second (percent, throughput, ETA) sit in labels of a fixed size, so a
 * new figure repaints its label and never lays out the page again.
 */
class OperationRow
{
    Q_DECLARE_TR_FUNCTIONS(cutover::OperationRow)

public:
    /** Adds the row's widgets to @p grid at @p row (two grid lines: the row and its detail). */
    OperationRow(QGridLayout *grid, int row, QWidget *parent);

    void setTitle(const QString &title);
    void setIrreversible(bool irreversible);
    void setState(OperationState state);
    /** Keeps @p progress; refresh() shows it (the page refreshes a few times a second). */
    void setProgress(const OperationProgress &progress);
    /** Shows the latest progress if it changed since the last refresh. */
    void refresh();
    OperationState state() const { return m_state; }
    /** Re-reads every text in the current language. */
    void retranslate();

private:
    void update();
    void updateState();
    /** Sizes the figure labels for the widest text they can show in the current language. */
    void fitFigures();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QLabel *m_percent;
    QLabel *m_rate;
    QLabel *m_eta;
    QString m_titleText;
    bool m_irreversible = false;
    bool m_dirty = false;
    OperationState m_state = OperationState::Pending;
    OperationProgress m_progress;
};

} // namespace cutover
