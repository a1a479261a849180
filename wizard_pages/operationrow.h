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
 * @brief One operation's line on the Execution page: status icon, title (with the operation's
 * current status below it), its own progress bar, percent, throughput and ETA or "stalled".
 *
 * The widgets sit in the page's grid so that the columns of all rows line up.
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
    void setProgress(const OperationProgress &progress);
    OperationState state() const { return m_state; }
    /** Re-reads every text in the current language. */
    void retranslate();

private:
    void update();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_detail;
    QProgressBar *m_bar;
    QLabel *m_percent;
    QLabel *m_rate;
    QLabel *m_eta;
    QString m_titleText;
    bool m_irreversible = false;
    OperationState m_state = OperationState::Pending;
    OperationProgress m_progress;
};

} // namespace cutover
