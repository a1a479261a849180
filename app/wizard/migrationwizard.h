// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace cutover {

class ConfirmationPage;
class ExecutionPage;
class OptionsPage;
class ResultPage;
class SourceInfoPage;
class SourcePage;
class Translations;
class WelcomePage;
class WizardController;

/**
 * @brief The wizard's window: the seven pages in the vendor manual's order on one
 * WizardController.
 *
 * Cancel, Escape and the window's close button all go through one handler, so the rule "no
 * cancelling past the point of no return" cannot be bypassed (Calamares #1146). Before the run,
 * Cancel closes the wizard with nothing changed; during the run it becomes "Stop and Back Out"
 * and asks first; past the point of no return it disappears, and closing the window asks, stops
 * after the current step and leaves a resumable journal.
 */
class MigrationWizard : public QWizard
{
    Q_OBJECT

public:
    /** @p translations may be null (no language selector). */
    explicit MigrationWizard(Translations *translations = nullptr, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    WizardController *controller() const { return m_controller; }
    WelcomePage *welcomePage() const { return m_welcome; }
    SourcePage *sourcePage() const { return m_source; }
    SourceInfoPage *sourceInfoPage() const { return m_sourceInfo; }
    OptionsPage *optionsPage() const { return m_options; }
    ConfirmationPage *confirmationPage() const { return m_confirmation; }
    ExecutionPage *executionPage() const { return m_execution; }
    ResultPage *resultPage() const { return m_result; }

    /** Whether Close opens https://TARGET/ in the browser after a successful run (default on). */
    void setOpenLoginPageOnClose(bool open) { m_openLoginPage = open; }
    /** The URL Close opens after a successful run. */
    QUrl loginPageUrl() const;
    /** The About dialog (version, licence, libraries); not modal, so the run stays visible. */
    void showAbout();
    /** Shows @p language in the Welcome page's selector. */
    void showLanguage(const QString &language);

public Q_SLOTS:
    /** Cancel and Escape: see the class description. */
    void reject() override;
    /** Close on the Result page. */
    void accept() override;

Q_SIGNALS:
    /** A question (stop the run? close?) is on screen; tests answer it through the dialog. */
    void questionShown(QWidget *dialog);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /** The one place that decides what stopping or closing means right now. */
    void requestStop(bool closeWindow);
    void updateButtons();
    void retranslateUi();

    WizardController *m_controller;
    WelcomePage *m_welcome;
    SourcePage *m_source;
    SourceInfoPage *m_sourceInfo;
    OptionsPage *m_options;
    ConfirmationPage *m_confirmation;
    ExecutionPage *m_execution;
    ResultPage *m_result;
    bool m_openLoginPage = true;
    bool m_closeWhenFinished = false;
    bool m_asking = false;
};

} // namespace cutover
