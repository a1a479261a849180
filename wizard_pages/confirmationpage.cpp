// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmationpage.h"

#include "formatting.h"
#include "wizardcontroller.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cutover {

ConfirmationPage::ConfirmationPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_summary(new QLabel(this))
    , m_steps(new QLabel)
    , m_estimate(new QLabel(this))
    , m_copyPath(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_blocked(new QLabel(this))
{
    m_steps->setObjectName(QStringLiteral("steps"));
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_copyPath->setObjectName(QStringLiteral("copyPath"));
    m_blocked->setObjectName(QStringLiteral("blocked"));
    for (auto *label : { m_summary, m_steps, m_estimate, m_copyPath, m_warning, m_blocked }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_steps->setMargin(6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_steps);
    scroll->setWidgetResizable(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(8);
    m_blocked->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_copyPath);
    layout->addWidget(m_estimate);
    layout->addWidget(m_warning);
    layout->addWidget(m_blocked);
    // Past this page there is no Back: QWizard shows the commit button, labelled Execute.
    setCommitPage(true);
    retranslateUi();
}

void ConfirmationPage::initializePage()
{
    fill();
}

bool ConfirmationPage::isComplete() const
{
    return m_controller->unsupportedSteps().isEmpty();
}

void ConfirmationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ConfirmationPage::fill()
{
    const auto mode = m_controller->runMode();
    const auto plan = m_controller->plan();
    const auto &s = m_controller->sourceInfo();
    const auto &t = m_controller->targetInfo();
    //: %1: source host name, %2: source address, %3: target host name, %4: target address
    QString summary
        = tr("From <b>%1</b> (%2) to <b>%3</b> (%4).", "@info")
              .arg(s.fqdn().toHtmlEscaped(), m_controller->sourceAddress().toHtmlEscaped(),
                  t.fqdn().toHtmlEscaped(), m_controller->effectiveTargetAddress().toHtmlEscaped());
    if (mode == WizardController::RunMode::Resume)
        summary += QLatin1Char(' ')
            + tr("The interrupted migration continues with the first step not done.", "@info");
    else if (mode == WizardController::RunMode::Backout)
        summary += QLatin1Char(' ')
            + tr("The interrupted migration is backed out: the steps already performed are undone, newest "
                 "first.",
                "@info");
    else if (plan.options().rehearsal)
        summary += QLatin1Char(' ') + tr("This is a rehearsal: the source is only read.", "@info");
    m_summary->setText(summary);

    const QStringList descriptions = m_controller->planDescriptions();
    QString html;
    const QLocale locale;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (i == plan.pointOfNoReturn())
            html += QStringLiteral("<p style=\"margin-left: 20px\"><b>── %1 ──</b><br/>%2</p>")
                        .arg(tr("Point of no return", "@info").toHtmlEscaped(),
                            tr("From here on the source is changed for good: a failure stops the run safely "
                               "and "
                               "you resume it.",
                                "@info")
                                .toHtmlEscaped());
        html += QStringLiteral("<p><b>%3&nbsp;&nbsp;%1</b><br/>%2</p>")
                    .arg(operationKindTitle(plan.at(i)).toHtmlEscaped(),
                        descriptions.value(i).toHtmlEscaped(), locale.toString(i + 1) + QLatin1Char('.'));
    }
    m_steps->setText(html);

    // Which copy the data takes and why, in the engine's words (as `cutover-cli check` says it).
    const QString copyPath = m_controller->copyPathExplanation();
    m_copyPath->setVisible(!copyPath.isEmpty());
    m_copyPath->setText(copyPath);

    const qint64 duration = m_controller->estimatedDurationSeconds();
    const DowntimeEstimate downtime = m_controller->downtimeEstimate();
    QString estimate;
    if (downtime.seconds <= 0) {
        //: %1: estimated duration
        estimate = tr("Estimated duration: about %1. The source keeps serving throughout.", "@info")
                       .arg(Formatting::duration(duration));
    } else if (downtime.lowDowntime) {
        // Two different moments: writes are refused only during the final catch-up, but the
        // application is complete again only once the target's services restarted.
        //: %1: estimated duration, %2: how long writes pause (a few seconds),
        //: %3: when the application is fully back (from the start of the pause)
        estimate
            = tr("Estimated duration: about %1. Writes pause for about %2 while the target applies the "
                 "last changes; the application is fully back after about %3, once the target's "
                 "services have restarted.",
                "@info")
                  .arg(Formatting::duration(duration),
                      Formatting::duration(std::min(DowntimeEstimate::kCatchUpSeconds, downtime.seconds)),
                      Formatting::duration(downtime.seconds));
    } else {
        //: %1: estimated duration, %2: how long writes stop
        estimate = tr("Estimated duration: about %1. Writes stop for about %2: the source is read-only while "
                      "all of its data is copied, so this grows with the data size.",
            "@info")
                       .arg(Formatting::duration(duration), Formatting::duration(downtime.seconds));
    }
    m_estimate->setText(estimate + QLatin1Char(' ')
        + tr("A rough estimate: the real time depends mostly on disk and network speed.", "@info"));

    if (plan.options().rehearsal)
        m_warning->setText(tr("<b>Warning:</b> all data on the target is deleted and overwritten. The source "
                              "is not changed.",
            "@info"));
    else
        m_warning->setText(tr("<b>Warning:</b> all data on the target is deleted and overwritten. Before the "
                              "point of no return, stopping undoes every change; after it, the run cannot be "
                              "undone and must be finished. Do not switch off either system during the "
                              "migration; if the connection or this computer fails, start Cutover again and "
                              "resume.",
            "@info"));

    const QStringList unsupported = m_controller->unsupportedSteps();
    m_blocked->setVisible(!unsupported.isEmpty());
    //: %1: list of step titles
    m_blocked->setText(
        tr("This version of Cutover cannot run these steps yet: %1. Go back and change the options.", "@info")
            .arg(unsupported.join(QStringLiteral(", "))));

    QString button = tr("&Execute", "@action:button");
    if (mode == WizardController::RunMode::Resume)
        button = tr("&Resume", "@action:button");
    else if (mode == WizardController::RunMode::Backout)
        button = tr("&Back Out", "@action:button");
    setButtonText(QWizard::CommitButton, button);
    Q_EMIT completeChanged();
}

void ConfirmationPage::retranslateUi()
{
    setTitle(tr("Confirmation", "@title:window wizard step"));
    setSubTitle(
        tr("These are the exact steps, in order. Nothing has changed on either system yet.", "@info"));
    m_steps->setAccessibleName(tr("Steps of the migration", "@info:accessible"));
    setButtonText(QWizard::CommitButton, tr("&Execute", "@action:button"));
    if (!m_controller->sourceInfo().machineId.isEmpty())
        fill();
}

} // namespace cutover
