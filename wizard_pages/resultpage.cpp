// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultpage.h"

#include "journal/journal.h"
#include "wizardcontroller.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cutover {

ResultPage::ResultPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
    , m_dns(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_saved(new QLabel(this))
{
    m_headline->setObjectName(QStringLiteral("headline"));
    m_dns->setObjectName(QStringLiteral("dnsAdvice"));
    m_save->setObjectName(QStringLiteral("saveReport"));
    for (auto *label : { m_headline, m_details, m_dns, m_saved }) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_dns->setFrameShape(QFrame::StyledPanel);
    m_dns->setMargin(8);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saved, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details);
    layout->addWidget(m_dns);
    layout->addStretch();
    layout->addLayout(saveRow);
    connect(m_save, &QPushButton::clicked, this, &ResultPage::chooseReportFile);
    setFinalPage(true);
    retranslateUi();
}

void ResultPage::initializePage()
{
    fill();
}

bool ResultPage::saveReportTo(const QString &path)
{
    const Result saved = m_controller->saveReport(path);
    if (saved) {
        m_savedPath = path;
        //: %1: file path
        m_saved->setText(tr("Saved to %1", "@info").arg(QDir::toNativeSeparators(path)));
    } else {
        m_saved->setText(saved.message());
    }
    return bool(saved);
}

void ResultPage::chooseReportFile()
{
    // An asynchronous dialog: no nested event loop while the wizard waits for a file name.
    auto *dialog = new QFileDialog(this, tr("Save Report", "@title:window"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("Web page (*.html)", "@item:inlistbox file type"));
    dialog->setDefaultSuffix(QStringLiteral("html"));
    dialog->selectFile(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                           .filePath(QStringLiteral("cutover-report.html")));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { saveReportTo(path); });
    dialog->open();
}

void ResultPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ResultPage::fill()
{
    const auto outcome = m_controller->outcome();
    const bool ok = m_controller->isFinished() && outcome == Runner::Outcome::Succeeded;
    const bool rehearsal = m_controller->plan().options().rehearsal;
    const auto &s = m_controller->sourceInfo();
    const QString target = m_controller->effectiveTargetAddress();
    if (ok) {
        m_headline->setText(rehearsal ? tr("The rehearsal was successful!", "@info")
                                      : tr("The migration was successful!", "@info"));
        //: %1: target address
        m_details->setText(rehearsal
                ? tr("The target holds a verified copy of the source; the source was not changed. Test the "
                     "target, then run the real migration.",
                    "@info")
                : tr("Settings, data and license were verified on the target. Click Close to open the login "
                     "page of the new system at %1.",
                    "@info")
                      .arg(target));
    } else if (outcome == Runner::Outcome::BackedOut) {
        m_headline->setText(tr("The migration did not complete.", "@info"));
        m_details->setText(tr("Every change was undone and the source serves as before. The report lists the "
                              "cause and what was undone. Remove the cause, then start the wizard again.",
            "@info"));
    } else {
        m_headline->setText(tr("The migration stopped and needs your attention.", "@info"));
        //: %1: path of the journal file
        m_details->setText(tr("The run is past the point of no return and is kept in the journal (%1). Start "
                              "Cutover again and choose Resume on the first page, or run “cutover-cli "
                              "resume”.",
            "@info")
                               .arg(QDir::toNativeSeparators(Journal::defaultPath())));
    }

    // The engine's advice with the real names and the address the service now runs at: the
    // target's, or with Swap Configuration the source's old one, which the target took over.
    const SourceInfo details = m_controller->sourceDetails();
    const QString serving = m_controller->plan().options().swapConfiguration ? details.sourceAddress : target;
    const QStringList after = ok ? details.dnsAdviceAfter(serving) : QStringList();
    const QStringList before = details.dnsAdviceBefore();
    const bool ha = isHighAvailability(m_controller->sourceRole()) && !rehearsal && !before.isEmpty();
    m_dns->setVisible(ha);
    if (ha) {
        const auto list = [](const QStringList &lines) {
            QString html = QStringLiteral("<ul>");
            for (const QString &line : lines)
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            return html + QStringLiteral("</ul>");
        };
        QString html;
        if (ok) {
            const QString master = m_controller->haMasterAddress();
            if (!master.isEmpty())
                //: %1: address of the group's master
                html
                    = QStringLiteral("<p>%1</p>")
                          .arg(tr("The target replicates from the group's master %1 in the source's place, "
                                  "and the master's round-robin list names the target instead of the source.",
                              "@info")
                                   .arg(master)
                                   .toHtmlEscaped());
            html += QStringLiteral("<b>%1</b>")
                        .arg(tr("Now set the DNS configuration back, so that clients reach the new system:",
                            "@info")
                                 .toHtmlEscaped())
                + list(after);
        } else if (outcome == Runner::Outcome::BackedOut) {
            // The source serves again: undo the change made before the migration.
            html = QStringLiteral("<b>%1</b>")
                       .arg(tr("The source serves again. If you changed the DNS configuration before the "
                               "migration, undo these changes until you try again:",
                           "@info")
                                .toHtmlEscaped())
                + list(before);
        } else {
            html = QStringLiteral("<b>%1</b>")
                       .arg(tr("Keep the DNS changes you made before the migration until the migration is "
                               "resumed and finished.",
                           "@info")
                                .toHtmlEscaped());
        }
        m_dns->setText(html);
    }
    m_save->setEnabled(m_controller->runner());
}

void ResultPage::retranslateUi()
{
    setTitle(tr("Result", "@title:window wizard step"));
    setSubTitle(QString());
    m_save->setText(tr("&Save Report…", "@action:button"));
    m_save->setAccessibleName(tr("Save the run report as a web page", "@action:button"));
    setButtonText(QWizard::FinishButton, tr("&Close", "@action:button"));
    if (m_controller->isFinished())
        fill();
}

} // namespace cutover
