// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressprinter.h"

#include <QJsonDocument>
#include <QLocale>
#include <cstdio>

namespace cutover {

ProgressPrinter::ProgressPrinter(Runner *runner, Style style, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_style(style)
    , m_out(stdout)
{
    connect(runner, &Runner::operationStateChanged, this, &ProgressPrinter::onState);
    connect(runner, &Runner::operationProgressChanged, this, &ProgressPrinter::onProgress);
    connect(runner, &Runner::operationLog, this, &ProgressPrinter::onLog);
}

void ProgressPrinter::printJson(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), event);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QString ProgressPrinter::formatEta(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s", "@info ETA seconds", int(seconds));
    if (seconds < 3600)
        //: %1 minutes, %2 seconds
        return tr("%1 min %2 s", "@info ETA").arg(seconds / 60).arg(seconds % 60);
    //: %1 hours, %2 minutes
    return tr("%1 h %2 min", "@info ETA").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString ProgressPrinter::formatRate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    //: %1 is a data size like "12.3 MB"
    return tr("%1/s", "@info throughput").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString ProgressPrinter::prefix(int index) const
{
    const int width = QString::number(m_runner->count()).size();
    return QStringLiteral("[%1/%2] %3")
        .arg(index + 1, width)
        .arg(m_runner->count())
        .arg(m_runner->operation(index).title());
}

QString ProgressPrinter::line(int index, const OperationProgress &progress) const
{
    constexpr int kBar = 24;
    const int filled = int(progress.fraction * kBar + 0.5);
    QString text = prefix(index) + QStringLiteral("  [") + QString(filled, QLatin1Char('#'))
        + QString(kBar - filled, QLatin1Char('-')) + QStringLiteral("] ")
        + QStringLiteral("%1%").arg(int(progress.fraction * 100), 3);
    const QString rate = formatRate(progress.bytesPerSecond);
    if (!rate.isEmpty())
        text += QStringLiteral("  ") + rate;
    if (progress.stalled)
        text += QStringLiteral("  ") + tr("stalled", "@info progress: nothing moves");
    else if (progress.etaSeconds >= 0)
        //: %1 is a duration
        text += QStringLiteral("  ") + tr("ETA %1", "@info").arg(formatEta(progress.etaSeconds));
    if (!progress.raw.status.isEmpty())
        text += QStringLiteral("  ") + progress.raw.status;
    return text;
}

void ProgressPrinter::onState(int index, OperationState state)
{
    if (m_style == Style::Json) {
        printJson(QStringLiteral("state"),
            { { QStringLiteral("index"), index }, { QStringLiteral("id"), m_runner->operation(index).id() },
                { QStringLiteral("title"), m_runner->operation(index).title() },
                { QStringLiteral("state"), operationStateId(state) } });
        return;
    }
    if (state == OperationState::Running) {
        if (m_style == Style::Terminal) {
            m_out << QStringLiteral("\r\033[K") << line(index, {});
            m_lineOpen = true;
        } else {
            m_out << prefix(index) << QStringLiteral(" …") << Qt::endl;
        }
        m_out.flush();
        return;
    }
    if (m_lineOpen)
        m_out << QStringLiteral("\r\033[K");
    m_lineOpen = false;
    QString text = prefix(index) + QStringLiteral("  ") + operationStateTitle(state);
    const auto &p = m_runner->progress(index);
    if (state == OperationState::Done && p.elapsedMs > 0)
        text += QStringLiteral(" (%1)").arg(formatEta(qMax<qint64>(1, p.elapsedMs / 1000)));
    m_out << text << Qt::endl;
}

void ProgressPrinter::onProgress(int index, const OperationProgress &progress)
{
    if (m_runner->state(index) != OperationState::Running)
        return;
    auto &timer = m_lastPrinted[index];
    const int interval = m_style == Style::Terminal ? 100 : 1000;
    if (timer.isValid() && timer.elapsed() < interval)
        return;
    timer.start();
    switch (m_style) {
    case Style::Terminal:
        m_out << QStringLiteral("\r\033[K") << line(index, progress);
        m_out.flush();
        m_lineOpen = true;
        break;
    case Style::Plain:
        break; // a log file gets state lines only
    case Style::Json:
        printJson(QStringLiteral("progress"),
            { { QStringLiteral("index"), index }, { QStringLiteral("id"), m_runner->operation(index).id() },
                { QStringLiteral("percent"), int(progress.fraction * 100) },
                { QStringLiteral("overallPercent"), int(m_runner->overallFraction() * 100) },
                { QStringLiteral("bytesDone"), progress.raw.bytesDone },
                { QStringLiteral("bytesTotal"), progress.raw.bytesTotal },
                { QStringLiteral("unitsDone"), progress.raw.unitsDone },
                { QStringLiteral("unitsTotal"), progress.raw.unitsTotal },
                { QStringLiteral("bytesPerSecond"), progress.bytesPerSecond },
                { QStringLiteral("etaSeconds"), progress.etaSeconds },
                { QStringLiteral("stalled"), progress.stalled },
                { QStringLiteral("status"), progress.raw.status } });
        break;
    }
}

void ProgressPrinter::onLog(int index, const QString &text)
{
    if (m_style == Style::Json) {
        printJson(QStringLiteral("log"),
            { { QStringLiteral("index"), index }, { QStringLiteral("id"), m_runner->operation(index).id() },
                { QStringLiteral("line"), text } });
    }
    // On a terminal the log goes to the report and the run log; the line stays readable.
}

} // namespace cutover
