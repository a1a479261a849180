// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationwizard.h"

#include "aboutdialog.h"
#include "confirmationpage.h"
#include "executionpage.h"
#include "optionspage.h"
#include "pageid.h"
#include "resultpage.h"
#include "sourceinfopage.h"
#include "sourcepage.h"
#include "welcomepage.h"
#include "wizardcontroller.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace cutover {

MigrationWizard::MigrationWizard(Translations *translations, QWidget *parent)
    : QWizard(parent)
    , m_controller(new WizardController(this))
    , m_welcome(new WelcomePage(m_controller, translations, this))
    , m_source(new SourcePage(m_controller, this))
    , m_sourceInfo(new SourceInfoPage(m_controller, this))
    , m_options(new OptionsPage(m_controller, this))
    , m_confirmation(new ConfirmationPage(m_controller, this))
    , m_execution(new ExecutionPage(m_controller, this))
    , m_result(new ResultPage(m_controller, this))
{
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(WelcomePageId, m_welcome);
    setPage(SourcePageId, m_source);
    setPage(SourceInfoPageId, m_sourceInfo);
    setPage(OptionsPageId, m_options);
    setPage(ConfirmationPageId, m_confirmation);
    setPage(ExecutionPageId, m_execution);
    setPage(ResultPageId, m_result);
    setStartId(WelcomePageId);
    setMinimumSize(900, 780);
    setOption(QWizard::HaveCustomButton1);
    button(CustomButton1)->setObjectName(QStringLiteral("aboutButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == CustomButton1)
            showAbout();
    });

    connect(this, &QWizard::currentIdChanged, this, &MigrationWizard::updateButtons);
    connect(m_execution, &ExecutionPage::phaseChanged, this, &MigrationWizard::updateButtons);
    connect(m_controller, &WizardController::runFinished, this, [this] {
        updateButtons();
        if (m_closeWhenFinished)
            QWizard::reject();
    });
    retranslateUi();
    updateButtons();
}

MigrationWizard::~MigrationWizard() = default;

QUrl MigrationWizard::loginPageUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_controller->effectiveTargetAddress());
    url.setPath(QStringLiteral("/"));
    return url;
}

void MigrationWizard::showAbout()
{
    // Not modal to the run: the migration keeps updating the window behind it.
    auto *about = findChild<AboutDialog *>();
    if (!about) {
        about = new AboutDialog(this);
        about->setModal(false);
    }
    about->show();
    about->raise();
    about->activateWindow();
}

void MigrationWizard::showLanguage(const QString &language)
{
    m_welcome->showLanguage(language);
}

void MigrationWizard::reject()
{
    requestStop(false);
}

void MigrationWizard::accept()
{
    if (m_openLoginPage && m_controller->isFinished()
        && m_controller->outcome() == Runner::Outcome::Succeeded)
        QDesktopServices::openUrl(loginPageUrl());
    QWizard::accept();
}

void MigrationWizard::closeEvent(QCloseEvent *event)
{
    if (m_controller->isRunning()) {
        event->ignore();
        requestStop(true);
        return;
    }
    QWizard::closeEvent(event);
}

void MigrationWizard::requestStop(bool closeWindow)
{
    if (!m_controller->isRunning()) {
        // Before Execute nothing has changed; after the run there is nothing left to stop.
        QWizard::reject();
        return;
    }
    if (m_asking)
        return;
    const bool past = m_controller->pastPointOfNoReturn();
    if (past && !closeWindow)
        return; // Cancel is hidden; Escape does nothing past the point of no return.

    // Asynchronous question: the run keeps updating the page while it is on screen.
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), QString(), QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("stopQuestion"));
    QPushButton *stop = nullptr;
    if (past) {
        box->setText(tr("The migration is past the point of no return.", "@info"));
        box->setInformativeText(
            tr("If you close Cutover now, the step that is running is stopped and the run is "
               "kept in the journal. The source is not yet serving again: start Cutover "
               "again and choose Resume to finish it.",
                "@info"));
        stop = box->addButton(tr("&Stop and Close", "@action:button"), QMessageBox::DestructiveRole);
    } else {
        box->setText(tr("Stop the migration?", "@info"));
        box->setInformativeText(
            tr("Every change made so far is undone, newest first: the source leaves "
               "maintenance and serves exactly as before. The target keeps a partial copy "
               "that the next migration overwrites.",
                "@info"));
        stop = box->addButton(closeWindow ? tr("&Stop, Back Out and Close", "@action:button")
                                          : tr("&Stop and Back Out", "@action:button"),
            QMessageBox::DestructiveRole);
    }
    stop->setObjectName(QStringLiteral("stop"));
    auto *keep = box->addButton(tr("&Keep Running", "@action:button"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepRunning"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    m_asking = true;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, stop, closeWindow](QAbstractButton *clicked) {
        m_asking = false;
        if (clicked != stop)
            return;
        if (closeWindow)
            m_closeWhenFinished = true;
        m_controller->cancelRun();
        Q_UNUSED(box);
    });
    connect(box, &QObject::destroyed, this, [this] { m_asking = false; });
    box->open();
    Q_EMIT questionShown(box);
}

void MigrationWizard::updateButtons()
{
    const QList<WizardButton> standard { CustomButton1, Stretch, BackButton, NextButton, CommitButton,
        FinishButton, CancelButton };
    if (currentId() == ExecutionPageId) {
        QList<WizardButton> layout { CustomButton1, Stretch };
        QString cancelTip;
        if (!m_controller->runner()) {
            layout << CancelButton;
        } else if (m_controller->isFinished()) {
            layout << NextButton;
            m_execution->setButtonText(NextButton,
                m_controller->outcome() == Runner::Outcome::Succeeded
                    ? buttonText(NextButton)
                    : tr("Show the &Result >", "@action:button"));
        } else if (!m_controller->pastPointOfNoReturn()) {
            layout << CancelButton;
            m_execution->setButtonText(CancelButton, tr("&Stop and Back Out", "@action:button"));
            cancelTip
                = tr("Stops the migration and undoes every change made so far; the source serves as before.",
                    "@info:tooltip");
        }
        setButtonLayout(layout);
        button(CancelButton)->setToolTip(cancelTip);
    } else if (currentId() == ResultPageId) {
        setButtonLayout({ CustomButton1, Stretch, FinishButton });
    } else {
        setButtonLayout(standard);
        button(CancelButton)
            ->setToolTip(
                tr("Closes the wizard. Nothing has been changed on either system.", "@info:tooltip"));
    }
}

void MigrationWizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void MigrationWizard::retranslateUi()
{
    setWindowTitle(tr("Cutover — Migrate an Appliance", "@title:window"));
    // QWizard ignores QEvent::LanguageChange for its own buttons; so they are set here, with the
    // texts and context of Qt's own translation (qtbase_*.qm).
    setButtonText(BackButton, QCoreApplication::translate("QWizard", "< &Back"));
    setButtonText(NextButton, QCoreApplication::translate("QWizard", "&Next >"));
    setButtonText(CommitButton, QCoreApplication::translate("QWizard", "Commit"));
    setButtonText(FinishButton, QCoreApplication::translate("QWizard", "&Finish"));
    setButtonText(CancelButton, QCoreApplication::translate("QWizard", "Cancel"));
    setButtonText(CustomButton1, tr("About C&utover", "@action:button"));
    updateButtons();
}

} // namespace cutover
