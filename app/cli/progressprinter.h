// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runner/runner.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

namespace cutover {

/**
 * @brief Prints a runner's progress: one terminal line per operation with a bar, percent,
 * throughput and ETA (rewritten in place on a terminal), or one JSON event per line.
 */
class ProgressPrinter : public QObject
{
    Q_OBJECT

public:
    enum class Style { Terminal, Plain, Json };

    ProgressPrinter(Runner *runner, Style style, QObject *parent = nullptr);

    /** One JSON event line on stdout: {"event": name, ...fields}. */
    static void printJson(const QString &event, QJsonObject fields);
    static QString formatEta(qint64 seconds);
    static QString formatRate(double bytesPerSecond);

private:
    void onState(int index, OperationState state);
    void onProgress(int index, const OperationProgress &progress);
    void onLog(int index, const QString &line);
    QString line(int index, const OperationProgress &progress) const;
    QString prefix(int index) const;

    Runner *m_runner;
    Style m_style;
    QTextStream m_out;
    QHash<int, QElapsedTimer> m_lastPrinted;
    bool m_lineOpen = false;
};

} // namespace cutover
