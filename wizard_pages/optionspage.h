// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace cutover {

class SettingsDiffView;
class WizardController;

/**
 * @brief Step 4: Swap Configuration, Migrate License, Copy User Traffic Logs, Rehearsal, the
 * offline or low-downtime mode and the physical copy. An option that is not allowed is disabled
 * and says why. Below them, the engine's before/after diff of every setting that changes on each
 * appliance, redrawn whenever Swap Configuration changes.
 */
class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit OptionsPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void store();
    void updateAllowed();
    void updateDiff();

    WizardController *m_controller;
    QCheckBox *m_swap;
    QLabel *m_swapText;
    QCheckBox *m_license;
    QLabel *m_licenseText;
    QCheckBox *m_logs;
    QLabel *m_logsText;
    QCheckBox *m_rehearsal;
    QLabel *m_rehearsalText;
    QGroupBox *m_modeBox;
    QRadioButton *m_offline;
    QRadioButton *m_lowDowntime;
    QLabel *m_modeText;
    QCheckBox *m_physical;
    QLabel *m_physicalText;
    SettingsDiffView *m_diff;
};

} // namespace cutover
