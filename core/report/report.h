// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reportnode.h"

#include <QCoreApplication>

namespace cutover {

/**
 * @brief The run report: a tree with the run at the root and one child per operation
 * (like kpmcore's Report). The Result page's "Save report" and `cutover-cli` write it.
 */
class Report
{
    Q_DECLARE_TR_FUNCTIONS(cutover::Report)

public:
    Report();

    ReportNode &root() { return m_root; }
    const ReportNode &root() const { return m_root; }

    /** A self-contained HTML page; every text is escaped. */
    QString toHtml() const;
    /** Plain text with indentation, for the terminal and the log. */
    QString toPlainText() const;
    QJsonObject toJson() const { return m_root.toJson(); }

    /** Writes toHtml() (for a .html/.htm path) or toPlainText() atomically. */
    Result save(const QString &path) const;

private:
    ReportNode m_root;
};

} // namespace cutover
