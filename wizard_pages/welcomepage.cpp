// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "translations.h"
#include "wizardcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cutover {

WelcomePage::WelcomePage(WizardController *controller, Translations *translations, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_translations(translations)
    , m_intro(new QLabel(this))
    , m_overwrite(new QLabel(this))
    , m_checklist(new QGroupBox(this))
    , m_backup(new QCheckBox(m_checklist))
    , m_ports(new QCheckBox(m_checklist))
    , m_dns(new QCheckBox(m_checklist))
    , m_interrupted(new QGroupBox(this))
    , m_interruptedText(new QLabel(m_interrupted))
    , m_resume(new QRadioButton(m_interrupted))
    , m_backout(new QRadioButton(m_interrupted))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    m_interrupted->setObjectName(QStringLiteral("interruptedRun"));
    m_resume->setObjectName(QStringLiteral("resume"));
    m_backout->setObjectName(QStringLiteral("backout"));
    m_language->setObjectName(QStringLiteral("language"));
    m_intro->setWordWrap(true);
    m_overwrite->setWordWrap(true);
    m_interruptedText->setWordWrap(true);

    auto *checks = new QVBoxLayout(m_checklist);
    for (auto *box : { m_backup, m_ports, m_dns }) {
        checks->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WelcomePage::completeChanged);
    }

    auto *interrupted = new QVBoxLayout(m_interrupted);
    interrupted->addWidget(m_interruptedText);
    interrupted->addWidget(m_resume);
    interrupted->addWidget(m_backout);
    m_resume->setChecked(true);
    m_interrupted->setVisible(controller->hasInterruptedRun());

    // Language names are written in their own language, so nobody is lost in a foreign one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        if (m_translations)
            m_translations->installLanguage(m_language->itemData(index).toString());
    });
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch();
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    m_languageLabel->setVisible(translations);
    m_language->setVisible(translations);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_overwrite);
    layout->addWidget(m_interrupted);
    layout->addWidget(m_checklist);
    layout->addStretch();
    layout->addLayout(languageRow);

    setTabOrder(m_resume, m_backout);
    setTabOrder(m_backout, m_backup);
    setTabOrder(m_backup, m_ports);
    setTabOrder(m_ports, m_dns);
    setTabOrder(m_dns, m_language);
    retranslateUi();
}

void WelcomePage::showLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

bool WelcomePage::isComplete() const
{
    return m_backup->isChecked() && m_ports->isChecked() && m_dns->isChecked();
}

bool WelcomePage::validatePage()
{
    if (m_controller->hasInterruptedRun())
        m_controller->setRunMode(
            m_resume->isChecked() ? WizardController::RunMode::Resume : WizardController::RunMode::Backout);
    return true;
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome", "@title:window wizard step"));
    setSubTitle(
        tr("Move an appliance to this system: settings, data, license, certificates and traffic logs.",
            "@info"));
    m_intro->setText(
        tr("This wizard copies the System Settings, the database, the license, the certificates "
           "and, if you choose, the user traffic logs from an existing appliance (the source) to "
           "a new one (the target). It checks both systems before anything changes, shows the "
           "exact steps for your confirmation, and keeps a journal so an interrupted migration "
           "can be resumed or backed out.",
            "@info"));
    m_overwrite->setText(tr("<b>The data on the target is deleted and overwritten.</b> The source keeps its "
                            "data; it is put into maintenance during the migration and is marked as migrated "
                            "at the end.",
        "@info"));
    m_checklist->setTitle(tr("Before you start, confirm that:", "@title:group"));
    m_backup->setText(
        tr("A complete &backup of the source exists (on virtual machines: a snapshot of both systems)",
            "@option:check"));
    m_ports->setText(tr("&Ports 80, 443 and 3306 are open between the two systems", "@option:check"));
    m_dns->setText(
        tr("&DNS TTLs of names that will move were lowered a day ahead (or no name moves)", "@option:check"));
    m_interrupted->setTitle(tr("Interrupted migration", "@title:group"));
    m_interruptedText->setText(m_controller->interruptedRunSummary() + QLatin1Char(' ')
        + tr("Finish it before starting a new one.", "@info"));
    m_resume->setText(tr("&Resume it where it stopped", "@option:radio"));
    m_backout->setText(
        tr("Back it &out: undo what can be undone and return the source to service", "@option:radio"));
    m_languageLabel->setText(tr("&Language:", "@label:listbox"));
    m_language->setAccessibleName(tr("Language", "@label:listbox"));
}

} // namespace cutover
