// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcepage.h"

#include "checkline.h"
#include "wizardcontroller.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace cutover {

SourcePage::SourcePage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_sourceBox(new QGroupBox(this))
    , m_sourceAddressLabel(new QLabel(m_sourceBox))
    , m_sourceAddress(new QLineEdit(m_sourceBox))
    , m_sourcePasswordLabel(new QLabel(m_sourceBox))
    , m_sourcePassword(new QLineEdit(m_sourceBox))
    , m_remember(new QCheckBox(m_sourceBox))
    , m_keychainNote(new QLabel(m_sourceBox))
    , m_overwriteWarning(new QLabel(this))
    , m_targetBox(new QGroupBox(this))
    , m_thisSystem(new QRadioButton(m_targetBox))
    , m_remote(new QRadioButton(m_targetBox))
    , m_targetAddressLabel(new QLabel(m_targetBox))
    , m_targetAddress(new QLineEdit(m_targetBox))
    , m_targetPasswordLabel(new QLabel(m_targetBox))
    , m_targetPassword(new QLineEdit(m_targetBox))
    , m_check(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_trustBox(new QGroupBox(this))
    , m_trustText(new QLabel(m_trustBox))
    , m_trust(new QPushButton(m_trustBox))
    , m_scroll(new QScrollArea(this))
    , m_checks(new QWidget)
    , m_checksLayout(new QVBoxLayout(m_checks))
{
    m_sourceAddress->setObjectName(QStringLiteral("sourceAddress"));
    m_sourcePassword->setObjectName(QStringLiteral("sourcePassword"));
    m_targetAddress->setObjectName(QStringLiteral("targetAddress"));
    m_targetPassword->setObjectName(QStringLiteral("targetPassword"));
    m_remote->setObjectName(QStringLiteral("remoteTarget"));
    m_check->setObjectName(QStringLiteral("check"));
    m_trust->setObjectName(QStringLiteral("trust"));
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_checks->setObjectName(QStringLiteral("checks"));

    m_sourcePassword->setEchoMode(QLineEdit::Password);
    m_targetPassword->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_overwriteWarning->setWordWrap(true);
    m_status->setWordWrap(true);
    m_trustText->setWordWrap(true);
    m_trustText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceAddressLabel->setBuddy(m_sourceAddress);
    m_sourcePasswordLabel->setBuddy(m_sourcePassword);
    m_targetAddressLabel->setBuddy(m_targetAddress);
    m_targetPasswordLabel->setBuddy(m_targetPassword);

    auto *sourceForm = new QFormLayout(m_sourceBox);
    sourceForm->addRow(m_sourceAddressLabel, m_sourceAddress);
    sourceForm->addRow(m_sourcePasswordLabel, m_sourcePassword);
    sourceForm->addRow(QString(), m_remember);
    sourceForm->addRow(QString(), m_keychainNote);

    auto *targetForm = new QFormLayout(m_targetBox);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_thisSystem);
    choice->addWidget(m_remote);
    choice->addStretch();
    targetForm->addRow(choice);
    targetForm->addRow(m_targetAddressLabel, m_targetAddress);
    targetForm->addRow(m_targetPasswordLabel, m_targetPassword);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_status, 1);

    auto *trust = new QHBoxLayout(m_trustBox);
    trust->addWidget(m_trustText, 1);
    trust->addWidget(m_trust, 0, Qt::AlignBottom);
    m_trustBox->hide();

    m_checksLayout->setContentsMargins(4, 4, 4, 4);
    m_checksLayout->addStretch();
    m_scroll->setWidget(m_checks);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumHeight(150);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sourceBox);
    layout->addWidget(m_overwriteWarning);
    layout->addWidget(m_targetBox);
    layout->addLayout(checkRow);
    layout->addWidget(m_trustBox);
    layout->addWidget(m_scroll, 1);

    connect(m_sourceAddress, &QLineEdit::textEdited, controller, &WizardController::setSourceAddress);
    // A remembered password appears shortly after the address is typed.
    m_recall.setSingleShot(true);
    m_recall.setInterval(400);
    connect(m_sourceAddress, &QLineEdit::textEdited, &m_recall, qOverload<>(&QTimer::start));
    connect(&m_recall, &QTimer::timeout, controller, &WizardController::recallPassword);
    connect(m_remember, &QCheckBox::toggled, controller, &WizardController::setRememberPassword);
    connect(controller, &WizardController::keychainChanged, this, &SourcePage::updateKeychain);
    connect(controller, &WizardController::passwordRecalled, this,
        [this] { m_sourcePassword->setText(QString::fromUtf8(m_controller->sourcePassword())); });
    connect(m_targetAddress, &QLineEdit::textEdited, controller, &WizardController::setTargetAddress);
    connect(m_sourcePassword, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_controller->setSourcePassword(text.toUtf8()); });
    connect(m_targetPassword, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_controller->setTargetPassword(text.toUtf8()); });
    connect(m_remote, &QRadioButton::toggled, this, [this](bool remote) {
        m_controller->setTargetIsThisSystem(!remote);
        updateTargetFields();
    });
    for (auto *edit : { m_sourceAddress, m_sourcePassword, m_targetAddress, m_targetPassword })
        connect(edit, &QLineEdit::returnPressed, m_check, &QPushButton::click);
    connect(m_check, &QPushButton::clicked, controller, &WizardController::startCheck);
    connect(m_trust, &QPushButton::clicked, controller, &WizardController::acceptFingerprints);
    connect(controller, &WizardController::checksChanged, this, &SourcePage::updateChecks);
    connect(controller, &WizardController::checkStateChanged, this, &SourcePage::updateState);

    setTabOrder(m_sourceAddress, m_sourcePassword);
    setTabOrder(m_sourcePassword, m_remember);
    setTabOrder(m_remember, m_thisSystem);
    setTabOrder(m_thisSystem, m_remote);
    setTabOrder(m_remote, m_targetAddress);
    setTabOrder(m_targetAddress, m_targetPassword);
    setTabOrder(m_targetPassword, m_check);
    setTabOrder(m_check, m_trust);
    retranslateUi();
}

void SourcePage::initializePage()
{
    m_sourceAddress->setText(m_controller->sourceAddress());
    m_sourcePassword->setText(QString::fromUtf8(m_controller->sourcePassword()));
    m_targetAddress->setText(m_controller->targetAddress());
    m_targetPassword->setText(QString::fromUtf8(m_controller->targetPassword()));
    (m_controller->targetIsThisSystem() ? m_thisSystem : m_remote)->setChecked(true);
    // When resuming, the appliances are the journal's; only the passwords are asked again.
    const bool fixed = m_controller->runMode() != WizardController::RunMode::New;
    m_sourceAddress->setReadOnly(fixed);
    m_targetAddress->setReadOnly(fixed);
    m_thisSystem->setEnabled(!fixed);
    m_remote->setEnabled(!fixed);
    updateTargetFields();
    updateChecks();
    updateState();
    updateKeychain();
    if (!m_sourceAddress->text().isEmpty())
        m_controller->recallPassword();
    if (m_sourceAddress->text().isEmpty() || fixed)
        m_sourceAddress->setFocus();
    else
        m_check->setFocus();
}

bool SourcePage::isComplete() const
{
    return m_controller->checkState() == WizardController::CheckState::Passed;
}

void SourcePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SourcePage::updateTargetFields()
{
    const bool remote = m_remote->isChecked();
    m_targetAddressLabel->setVisible(remote);
    m_targetAddress->setVisible(remote);
    m_targetPasswordLabel->setText(remote ? tr("Admin &password of the target:", "@label:textbox")
                                          : tr("Admin &password of this system:", "@label:textbox"));
    m_targetPassword->setAccessibleName(remote ? tr("Admin password of the target", "@label:textbox")
                                               : tr("Admin password of this system", "@label:textbox"));
}

void SourcePage::updateKeychain()
{
    using K = WizardController::KeychainState;
    const auto state = m_controller->keychainState();
    m_remember->setEnabled(state == K::Available);
    {
        const QSignalBlocker blocker(m_remember);
        m_remember->setChecked(m_controller->rememberPassword());
    }
    const QString problem = m_controller->keychainProblem();
    m_keychainNote->setText(problem);
    m_keychainNote->setVisible(!problem.isEmpty());
    m_remember->setAccessibleDescription(problem);
}

void SourcePage::updateChecks()
{
    // Rebuilt on every change: at most a dozen lines, and each keeps its own id as object name
    // so tests and accessibility tools find it.
    while (m_checksLayout->count() > 1) {
        QLayoutItem *item = m_checksLayout->takeAt(0);
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const auto &check : m_controller->checks())
        m_checksLayout->insertWidget(row++, new CheckLine(check, m_checks));
    m_scroll->setVisible(row > 0);
}

void SourcePage::updateState()
{
    using S = WizardController::CheckState;
    const auto state = m_controller->checkState();
    QString text;
    switch (state) {
    case S::Idle:
        text = tr("Check both systems before continuing.", "@info");
        break;
    case S::Checking:
        text = tr("Checking ports and certificates…", "@info");
        break;
    case S::NeedsTrust:
        text = tr("Ports are open. Compare the certificate fingerprints below, then trust them.", "@info");
        break;
    case S::LoggingIn:
        text = tr("Logging in and reading the system information…", "@info");
        break;
    case S::Passed:
        text = tr("All checks passed. Click Next to see the source's details.", "@info");
        break;
    case S::Failed:
        text = tr("The migration cannot start yet: see the failed checks below.", "@info");
        break;
    }
    m_status->setText(text);
    m_check->setText(
        state == S::Idle ? tr("&Check", "@action:button") : tr("&Check Again", "@action:button"));
    m_check->setEnabled(state != S::Checking && state != S::LoggingIn);

    const bool needsTrust = state == S::NeedsTrust;
    m_trustBox->setVisible(needsTrust);
    if (needsTrust) {
        // Each fingerprint in a fixed font, in two halves of 16 bytes, so it never breaks
        // somewhere in the middle and can be compared group by group.
        const auto fingerprint = [](const QString &sha256) {
            const QString escaped = sha256.toHtmlEscaped();
            return QStringLiteral("<tt>%1<br/>%2</tt>").arg(escaped.left(48), escaped.mid(48));
        };
        QString html = QStringLiteral("%1").arg(
            tr("No certificate of these appliances has been trusted before. Compare each "
               "SHA-256 fingerprint with the one on the appliance's console (System ▸ "
               "Certificates). Your passwords are sent only after you trust them.",
                "@info")
                .toHtmlEscaped());
        if (m_controller->sourceNeedsTrust())
            //: %1: SHA-256 fingerprint
            html += QStringLiteral("<br/>%1").arg(tr("Source: %1", "@info fingerprint")
                                                      .toHtmlEscaped()
                                                      .arg(fingerprint(m_controller->sourceFingerprint())));
        if (m_controller->targetNeedsTrust())
            html += QStringLiteral("<br/>%1").arg(tr("Target: %1", "@info fingerprint")
                                                      .toHtmlEscaped()
                                                      .arg(fingerprint(m_controller->targetFingerprint())));
        m_trustText->setTextFormat(Qt::RichText);
        m_trustText->setText(html);
        m_trust->setFocus();
    }
    Q_EMIT completeChanged();
}

void SourcePage::retranslateUi()
{
    setTitle(tr("Source", "@title:window wizard step"));
    setSubTitle(tr("Which appliance do you migrate from, and which one receives its data?", "@info"));
    m_sourceBox->setTitle(tr("Source appliance (the old system)", "@title:group"));
    m_sourceAddressLabel->setText(tr("IP &address or host name:", "@label:textbox"));
    m_sourceAddress->setPlaceholderText(
        tr("for example 192.0.2.10 or hotspot.example.com", "@info:placeholder"));
    m_sourceAddress->setAccessibleName(tr("Source address", "@label:textbox"));
    m_sourcePasswordLabel->setText(tr("Ad&min password:", "@label:textbox"));
    m_sourcePassword->setAccessibleName(tr("Admin password of the source", "@label:textbox"));
    m_remember->setText(tr("Remember the password in the system &keychain", "@option:check"));
    m_remember->setToolTip(
        tr("Cutover stores passwords only in the system keychain, never in a file.", "@info:tooltip"));
    m_overwriteWarning->setText(tr("<b>Warning:</b> all data on the target is deleted and replaced by the "
                                   "source's. The data is copied over port 3306, which must be open.",
        "@info"));
    m_targetBox->setTitle(tr("Target appliance (receives the data)", "@title:group"));
    m_thisSystem->setText(tr("&This system", "@option:radio"));
    m_remote->setText(tr("A remote &appliance", "@option:radio"));
    m_targetAddressLabel->setText(tr("Target add&ress:", "@label:textbox"));
    m_targetAddress->setAccessibleName(tr("Target address", "@label:textbox"));
    m_targetAddress->setPlaceholderText(tr("for example 192.0.2.20", "@info:placeholder"));
    m_trustBox->setTitle(tr("Certificates to trust", "@title:group"));
    m_trust->setText(tr("&Trust and Log In", "@action:button"));
    m_scroll->setAccessibleName(tr("Check results", "@info:accessible"));
    updateTargetFields();
    updateChecks();
    updateState();
    updateKeychain();
}

} // namespace cutover
