// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace cutover {

class Translations;
class WizardController;

/**
 * @brief Step 1: what the migration does and overwrites, a checklist to confirm, the language,
 * and — when the journal holds an interrupted run — the offer to resume it or back it out.
 */
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    /** @p translations may be null (then the language selector is hidden). */
    WelcomePage(WizardController *controller, Translations *translations, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;
    /** Selects @p language ("en"/"de") in the selector without installing anything. */
    void showLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    WizardController *m_controller;
    Translations *m_translations;
    QLabel *m_intro;
    QLabel *m_overwrite;
    QGroupBox *m_checklist;
    QCheckBox *m_backup;
    QCheckBox *m_ports;
    QCheckBox *m_dns;
    QGroupBox *m_interrupted;
    QLabel *m_interruptedText;
    QRadioButton *m_resume;
    QRadioButton *m_backout;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace cutover
