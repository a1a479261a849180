// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QVBoxLayout;

namespace cutover {

class WizardController;

/**
 * @brief Step 2: the source's address and admin password, the target (this system or a remote
 * appliance), and the Check that probes ports and certificates and logs in — live, one line per
 * check with what was found and what to do. Next is enabled only when the check passed.
 */
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourcePage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTargetFields();
    void updateChecks();
    void updateState();
    void updateKeychain();

    WizardController *m_controller;
    QGroupBox *m_sourceBox;
    QLabel *m_sourceAddressLabel;
    QLineEdit *m_sourceAddress;
    QLabel *m_sourcePasswordLabel;
    QLineEdit *m_sourcePassword;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QTimer m_recall;
    QLabel *m_overwriteWarning;
    QGroupBox *m_targetBox;
    QRadioButton *m_thisSystem;
    QRadioButton *m_remote;
    QLabel *m_targetAddressLabel;
    QLineEdit *m_targetAddress;
    QLabel *m_targetPasswordLabel;
    QLineEdit *m_targetPassword;
    QPushButton *m_check;
    QLabel *m_status;
    QGroupBox *m_trustBox;
    QLabel *m_trustText;
    QPushButton *m_trust;
    QScrollArea *m_scroll;
    QWidget *m_checks;
    QVBoxLayout *m_checksLayout;
};

} // namespace cutover
