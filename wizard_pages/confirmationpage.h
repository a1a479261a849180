// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;

namespace cutover {

class WizardController;

/**
 * @brief Step 5: the exact ordered steps the plan will run with the point of no return marked,
 * the estimated duration and downtime, the overwrite warning — and Execute instead of Next.
 * Nothing changes on either system before Execute.
 */
class ConfirmationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConfirmationPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();

    WizardController *m_controller;
    QLabel *m_summary;
    QLabel *m_steps;
    QLabel *m_estimate;
    QLabel *m_copyPath;
    QLabel *m_warning;
    QLabel *m_blocked;
};

} // namespace cutover
