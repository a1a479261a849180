// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace cutover {

class WizardController;

/**
 * @brief Step 3: the source as it describes itself (license GUID, host name, domain name, IP
 * address, server role), the trusted certificate, and the standalone or high-availability notice
 * with the DNS changes written out with the real names and addresses.
 *
 * For a node of a high-availability group it also reaches the group's master, which the HA steps
 * change: its certificate is trusted like the source's, an optional master password (empty: the
 * source's) logs in, and the source's round-robin hosts that leave its list are shown. Next waits
 * for that login.
 */
class SourceInfoPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourceInfoPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    QLineEdit *addField(const QString &objectName);
    void updateMaster();
    void showMasterAttention();

    WizardController *m_controller;
    QGroupBox *m_infoBox;
    QFormLayout *m_form;
    QLineEdit *m_guid;
    QLineEdit *m_hostName;
    QLineEdit *m_domainName;
    QLineEdit *m_address;
    QLineEdit *m_role;
    QLineEdit *m_version;
    QLineEdit *m_data;
    QLineEdit *m_fingerprint;
    QLabel *m_notice;
    QLabel *m_warnings;
    QGroupBox *m_masterBox;
    QLabel *m_masterIntro;
    QFormLayout *m_masterForm;
    QLineEdit *m_master;
    QLineEdit *m_leaving;
    QLineEdit *m_masterPassword;
    QLabel *m_masterPasswordNote;
    QGroupBox *m_masterTrustBox;
    QLabel *m_masterTrustText;
    QPushButton *m_trustMaster;
    QPushButton *m_checkMaster;
    QLabel *m_masterStatus;
    QWidget *m_masterChecks;
    QVBoxLayout *m_masterChecksLayout;
    QScrollArea *m_scroll = nullptr;
    int m_shownMasterState = -1; ///< the state last scrolled into view
};

} // namespace cutover
