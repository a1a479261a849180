// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace cutover {

class WizardController;

/**
 * @brief Step 3: the source as it describes itself (license GUID, host name, domain name, IP
 * address, server role), the trusted certificate, and the standalone or high-availability notice
 * with the DNS changes written out with the real names and addresses.
 */
class SourceInfoPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SourceInfoPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    QLineEdit *addField(const QString &objectName);

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
};

} // namespace cutover
