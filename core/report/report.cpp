// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include <QSaveFile>

namespace cutover {

namespace {

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return Report::tr("%1 ms", "@info duration").arg(ms);
    const qint64 s = ms / 1000;
    if (s < 60)
        return Report::tr("%1 s", "@info duration").arg(double(ms) / 1000.0, 0, 'f', 1);
    //: %1 minutes, %2 seconds
    return Report::tr("%1 min %2 s", "@info duration").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void appendHtml(const ReportNode &node, int depth, QString &out)
{
    const int level = std::min(depth + 1, 6);
    out += QStringLiteral("<section>\n<h%1>%2").arg(level).arg(node.title.toHtmlEscaped());
    if (!node.status.isEmpty())
        out += QStringLiteral(" <span class=\"status\">%1</span>").arg(node.status.toHtmlEscaped());
    out += QStringLiteral("</h%1>\n").arg(level);
    if (node.durationMs >= 0) {
        out += QStringLiteral("<p class=\"duration\">%1</p>\n")
                   .arg(Report::tr("Duration: %1", "@label")
                            .arg(formatDuration(node.durationMs))
                            .toHtmlEscaped());
    }
    if (!node.figures.isEmpty()) {
        out += QStringLiteral("<table class=\"figures\">\n");
        for (const auto &f : node.figures) {
            out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                       .arg(f.first.toHtmlEscaped(), f.second.toHtmlEscaped());
        }
        out += QStringLiteral("</table>\n");
    }
    if (!node.checks.isEmpty()) {
        out += QStringLiteral("<ul class=\"checks\">\n");
        for (const auto &c : node.checks) {
            out += QStringLiteral("<li class=\"%1\">%2 — %3%4</li>\n")
                       .arg(c.passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                           (c.passed ? Report::tr("passed", "@info check")
                                     : Report::tr("FAILED", "@info check"))
                               .toHtmlEscaped(),
                           c.name.toHtmlEscaped(),
                           c.detail.isEmpty() ? QString() : QStringLiteral(": ") + c.detail.toHtmlEscaped());
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!node.lines.isEmpty()) {
        out += QStringLiteral("<pre>");
        out += node.lines.join(QLatin1Char('\n')).toHtmlEscaped();
        out += QStringLiteral("</pre>\n");
    }
    for (const auto &child : node.children)
        appendHtml(child, depth + 1, out);
    out += QStringLiteral("</section>\n");
}

void appendText(const ReportNode &node, int depth, QString &out)
{
    const QString indent(depth * 2, QLatin1Char(' '));
    out += indent + node.title;
    if (!node.status.isEmpty())
        out += QStringLiteral(" [") + node.status + QLatin1Char(']');
    if (node.durationMs >= 0)
        out += QStringLiteral(" (") + formatDuration(node.durationMs) + QLatin1Char(')');
    out += QLatin1Char('\n');
    for (const auto &f : node.figures)
        out += indent + QStringLiteral("  ") + f.first + QStringLiteral(": ") + f.second + QLatin1Char('\n');
    for (const auto &c : node.checks) {
        out += indent + QStringLiteral("  ")
            + (c.passed ? Report::tr("passed", "@info check") : Report::tr("FAILED", "@info check"))
            + QStringLiteral(" — ") + c.name
            + (c.detail.isEmpty() ? QString() : QStringLiteral(": ") + c.detail) + QLatin1Char('\n');
    }
    for (const auto &line : node.lines)
        out += indent + QStringLiteral("  ") + line + QLatin1Char('\n');
    for (const auto &child : node.children)
        appendText(child, depth + 1, out);
}

} // namespace

Report::Report()
{
    m_root.title = tr("Cutover migration report", "@title");
}

QString Report::toHtml() const
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                                 "<style>body{font-family:sans-serif}.failed{color:#b00}.passed{color:#060}"
                                 ".status{font-weight:normal;color:#555}</style></head><body>\n")
                      .arg(m_root.title.toHtmlEscaped());
    appendHtml(m_root, 0, out);
    out += QStringLiteral("</body></html>\n");
    return out;
}

QString Report::toPlainText() const
{
    QString out;
    appendText(m_root, 0, out);
    return out;
}

Result Report::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        //: %1 is a file path
        return Result::error(QStringLiteral("report.write"),
            tr("Cannot write the report to %1.", "@info").arg(path), file.errorString());
    }
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    file.write((html ? toHtml() : toPlainText()).toUtf8());
    if (!file.commit()) {
        return Result::error(QStringLiteral("report.write"),
            tr("Cannot write the report to %1.", "@info").arg(path), file.errorString());
    }
    return Result::ok();
}

} // namespace cutover
