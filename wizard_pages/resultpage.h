// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace cutover {

class WizardController;

/**
 * @brief Step 7: success or failure, the DNS changes to revert for a high-availability source,
 * and the run report saved as HTML. Close opens the target's login page (see MigrationWizard).
 */
class ResultPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultPage(WizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    /** Where the report was last saved; empty before. */
    QString savedReportPath() const { return m_savedPath; }
    /** Saves the report to @p path (HTML for .html) and says so on the page. */
    bool saveReportTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void chooseReportFile();

    WizardController *m_controller;
    QLabel *m_headline;
    QLabel *m_details;
    QLabel *m_dns;
    QPushButton *m_save;
    QLabel *m_saved;
    QString m_savedPath;
};

} // namespace cutover
