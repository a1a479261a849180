// SPDX-License-Identifier: GPL-3.0-or-later
#include "executionpage.h"

#include "formatting.h"
#include "operationrow.h"
#include "wizardcontroller.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QTime>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace cutover {

namespace {
// Often enough to look live, rarely enough that a busy machine keeps the window responsive.
constexpr int kRefreshMs = 100;
} // namespace

ExecutionPage::ExecutionPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_header(new QLabel(this))
    , m_rowsWidget(new QWidget)
    , m_grid(new QGridLayout(m_rowsWidget))
    , m_overall(new QProgressBar(this))
    , m_overallText(new QLabel(this))
    , m_failure(new QLabel(this))
    , m_logToggle(new QToolButton(this))
    , m_log(new QPlainTextEdit(this))
{
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_failure->setObjectName(QStringLiteral("failure"));
    m_overall->setObjectName(QStringLiteral("overall"));
    m_log->setObjectName(QStringLiteral("log"));
    m_header->setWordWrap(true);
    m_failure->setWordWrap(true);
    m_failure->setFrameShape(QFrame::StyledPanel);
    m_failure->setMargin(8);
    m_failure->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_failure->hide();
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(2);
    m_grid->setAlignment(Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_rowsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->hide();
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool open) {
        m_log->setVisible(open);
        m_logToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    auto *overall = new QHBoxLayout;
    overall->addWidget(m_overall, 1);
    overall->addWidget(m_overallText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(scroll, 3);
    layout->addLayout(overall);
    layout->addWidget(m_failure);
    layout->addWidget(m_logToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 2);

    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &ExecutionPage::updateOverall);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &ExecutionPage::refresh);
    connect(controller->session(), &MigrationSession::runnerCreated, this, &ExecutionPage::attach);
    connect(controller, &WizardController::runFinished, this, &ExecutionPage::onFinished);
    retranslateUi();
}

ExecutionPage::~ExecutionPage() = default;

void ExecutionPage::initializePage()
{
    if (m_controller->runner())
        return;
    QString error;
    if (!m_controller->startRun(&error)) {
        m_failure->setText(error);
        m_failure->show();
        Q_EMIT phaseChanged();
    }
}

void ExecutionPage::attach(Runner *runner)
{
    // Connected before the runner starts, so not a single state change is missed.
    buildRows();
    connect(runner, &Runner::operationStateChanged, this, &ExecutionPage::onState);
    connect(runner, &Runner::operationProgressChanged, this,
        [this](int index, const OperationProgress &progress) {
            m_rows.at(index)->setProgress(progress);
            scheduleRefresh();
        });
    connect(runner, &Runner::overallProgressChanged, this, &ExecutionPage::scheduleRefresh);
    connect(runner, &Runner::operationLog, this, [this](int index, const QString &line) {
        const QString title = index >= 0 && index < int(m_rows.size())
            ? m_controller->runner()->operation(index).title()
            : QString();
        m_pendingLog.append(
            QStringLiteral("%1  %2: %3")
                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), title, line));
        scheduleRefresh();
    });
    m_elapsed.start();
    m_finishedAfterS = -1;
    m_clock.start();
    updateHeader();
    updateOverall();
    Q_EMIT phaseChanged();
}

void ExecutionPage::buildRows()
{
    Runner *runner = m_controller->runner();
    m_rows.clear();
    for (int i = 0; i < runner->count(); ++i) {
        auto row = std::make_unique<OperationRow>(m_grid, i, m_rowsWidget);
        row->setTitle(runner->operation(i).title());
        row->setIrreversible(i >= runner->pointOfNoReturn());
        row->setState(runner->state(i));
        m_rows.push_back(std::move(row));
    }
}

bool ExecutionPage::isComplete() const
{
    return m_controller->isFinished();
}

void ExecutionPage::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void ExecutionPage::refresh()
{
    m_refresh.stop();
    for (auto &row : m_rows)
        row->refresh();
    updateOverall();
    if (!m_pendingLog.isEmpty()) {
        m_log->appendPlainText(m_pendingLog.join(QLatin1Char('\n')));
        m_pendingLog.clear();
    }
}

void ExecutionPage::onState(int index, OperationState state)
{
    refresh(); // what came before this change is shown before it
    m_rows.at(index)->setState(state);
    const QString title = m_controller->runner()->operation(index).title();
    //: %1: operation title, %2: its new state
    m_log->appendPlainText(
        QStringLiteral("%1  %2").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
            tr("%1: %2", "@info log line: operation: state").arg(title, operationStateTitle(state))));
    const bool past = m_controller->pastPointOfNoReturn();
    if (past != m_wasPastPointOfNoReturn) {
        m_wasPastPointOfNoReturn = past;
        Q_EMIT phaseChanged();
    }
    updateHeader();
}

void ExecutionPage::onFinished()
{
    m_clock.stop();
    // The figure shown from now on (a language switch redraws it): the run's duration, frozen.
    if (m_elapsed.isValid())
        m_finishedAfterS = m_elapsed.elapsed() / 1000;
    refresh();
    updateHeader();
    const bool ok = m_controller->outcome() == Runner::Outcome::Succeeded;
    m_failure->setVisible(!ok);
    m_failure->setText(failureText());
    if (!ok) {
        m_logToggle->setChecked(true);
        m_failure->setFocus();
    }
    Q_EMIT completeChanged();
    Q_EMIT phaseChanged();
}

QString ExecutionPage::failureText() const
{
    Runner *runner = m_controller->runner();
    if (!runner || m_controller->outcome() == Runner::Outcome::Succeeded)
        return {};
    QString failedStep;
    QStringList undone;
    for (int i = 0; i < runner->count(); ++i) {
        if (runner->state(i) == OperationState::Failed && failedStep.isEmpty())
            failedStep = runner->operation(i).title();
        if (runner->state(i) == OperationState::RolledBack) {
            const QString what = runner->operation(i).rollbackDescription();
            undone << (what.isEmpty() ? runner->operation(i).title() : what).toHtmlEscaped();
        }
    }
    const Result result = m_controller->runResult();
    QString message = result.message();
    // The engine prefixes the step's title; the sentence below names the step already.
    if (!failedStep.isEmpty() && message.startsWith(failedStep + QLatin1String(": ")))
        message = message.mid(failedStep.size() + 2);
    QString html;
    if (result.isCancelled())
        html += QStringLiteral("<b>%1</b>").arg(tr("You stopped the migration.", "@info").toHtmlEscaped());
    else
        //: %1: step title, %2: what went wrong
        html += QStringLiteral("<b>%1</b>")
                    .arg(tr("The step “%1” failed: %2", "@info")
                             .arg(failedStep.isEmpty() ? tr("(unknown)", "@info") : failedStep, message)
                             .toHtmlEscaped());
    if (m_controller->outcome() == Runner::Outcome::BackedOut) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Everything was backed out automatically. The source serves exactly as before; "
                            "the target may hold a partial copy, which the next migration overwrites.",
                        "@info")
                             .toHtmlEscaped());
        if (!undone.isEmpty())
            html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                        .arg(tr("Undone, newest first:", "@info").toHtmlEscaped(),
                            undone.join(QStringLiteral("</li><li>")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("What to do: remove the cause shown above, then run the wizard again.", "@info")
                             .toHtmlEscaped());
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The run stopped safely after the point of no return, so nothing was undone. "
                            "Its position is kept in the journal.",
                        "@info")
                             .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("What to do: remove the cause shown above, then start Cutover again and choose "
                            "Resume on the first page (or run “cutover-cli resume”). The run continues with "
                            "the step that stopped.",
                        "@info")
                             .toHtmlEscaped());
    }
    return html;
}

void ExecutionPage::updateHeader()
{
    QString text;
    if (!m_controller->runner()) {
        text = tr("Preparing…", "@info");
    } else if (m_controller->isFinished()) {
        switch (m_controller->outcome()) {
        case Runner::Outcome::Succeeded:
            text = tr("Congratulations! The migration completed successfully. Click Next.", "@info");
            break;
        case Runner::Outcome::BackedOut:
            text = tr("The migration did not complete; every change was undone.", "@info");
            break;
        case Runner::Outcome::NeedsAttention:
            text = tr("The migration stopped and needs your attention.", "@info");
            break;
        }
    } else if (m_controller->pastPointOfNoReturn()) {
        text = tr("The migration is past the point of no return and can no longer be stopped. Keep both "
                  "systems and this computer running.",
            "@info");
    } else {
        text = tr("The migration is running. Until the point of no return, Stop and Back Out undoes every "
                  "change.",
            "@info");
    }
    m_header->setText(text);
}

void ExecutionPage::updateOverall()
{
    Runner *runner = m_controller->runner();
    if (!runner)
        return;
    const double fraction = runner->overallFraction();
    setProgressValueLater(m_overall, int(fraction * 1000.0));
    const qint64 elapsed = m_finishedAfterS >= 0 ? m_finishedAfterS
        : m_elapsed.isValid()                    ? m_elapsed.elapsed() / 1000
                                                 : 0;
    //: %1: percent done, %2: time since the start
    m_overallText->setText(tr("Overall %1 — %2 elapsed", "@info")
                               .arg(Formatting::percent(fraction), Formatting::duration(elapsed)));
}

void ExecutionPage::fitOverallText()
{
    // As wide as the longest text it can show, so it is never cut off while it grows and a new
    // second never lays the page out again.
    const QFontMetrics metrics = m_overallText->fontMetrics();
    int width = 0;
    for (const qint64 seconds : { qint64(59), qint64(3599), qint64(86399), qint64(99 * 3600 + 59 * 60) }) {
        width = std::max(width,
            metrics.horizontalAdvance(tr("Overall %1 — %2 elapsed", "@info")
                                          .arg(Formatting::percent(1.0), Formatting::duration(seconds))));
    }
    m_overallText->setFixedSize(width + metrics.averageCharWidth(), metrics.height());
}

void ExecutionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ExecutionPage::retranslateUi()
{
    setTitle(tr("Execution", "@title:window wizard step"));
    setSubTitle(tr(
        "Each step shows its own progress. Times are estimates; they depend mostly on disk speed.", "@info"));
    m_logToggle->setText(tr("Show &log", "@action:button"));
    m_log->setAccessibleName(tr("Migration log", "@info:accessible"));
    m_overall->setAccessibleName(tr("Overall progress", "@info:accessible"));
    fitOverallText();
    Runner *runner = m_controller->runner();
    for (int i = 0; i < int(m_rows.size()); ++i) {
        m_rows[i]->setTitle(runner->operation(i).title());
        m_rows[i]->retranslate();
    }
    updateHeader();
    updateOverall();
    if (m_controller->isFinished())
        m_failure->setText(failureText());
}

} // namespace cutover
