// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceinfopage.h"

#include "checkline.h"
#include "formatting.h"
#include "pageid.h"
#include "wizardcontroller.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace cutover {

SourceInfoPage::SourceInfoPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_infoBox(new QGroupBox(this))
    , m_form(new QFormLayout(m_infoBox))
    , m_guid(addField(QStringLiteral("licenseGuid")))
    , m_hostName(addField(QStringLiteral("hostName")))
    , m_domainName(addField(QStringLiteral("domainName")))
    , m_address(addField(QStringLiteral("ipAddress")))
    , m_role(addField(QStringLiteral("serverRole")))
    , m_version(addField(QStringLiteral("versions")))
    , m_data(addField(QStringLiteral("dataSize")))
    , m_fingerprint(addField(QStringLiteral("fingerprint")))
    , m_notice(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_masterBox(new QGroupBox(this))
    , m_masterIntro(new QLabel(m_masterBox))
    , m_masterForm(new QFormLayout)
    , m_master(new QLineEdit(m_masterBox))
    , m_leaving(new QLineEdit(m_masterBox))
    , m_masterPassword(new QLineEdit(m_masterBox))
    , m_masterPasswordNote(new QLabel(m_masterBox))
    , m_masterTrustBox(new QGroupBox(m_masterBox))
    , m_masterTrustText(new QLabel(m_masterTrustBox))
    , m_trustMaster(new QPushButton(m_masterTrustBox))
    , m_checkMaster(new QPushButton(m_masterBox))
    , m_masterStatus(new QLabel(m_masterBox))
    , m_masterChecks(new QWidget(m_masterBox))
    , m_masterChecksLayout(new QVBoxLayout(m_masterChecks))
{
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A field too wide to sit beside its label (the fingerprint) moves below it, whole.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_notice->setObjectName(QStringLiteral("roleNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_warnings->setWordWrap(true);

    // The group's master (HA replica sources only).
    m_masterBox->setObjectName(QStringLiteral("haMasterBox"));
    m_master->setObjectName(QStringLiteral("haMaster"));
    m_master->setReadOnly(true);
    m_leaving->setObjectName(QStringLiteral("roundRobinLeaving"));
    m_leaving->setReadOnly(true);
    m_masterPassword->setObjectName(QStringLiteral("masterPassword"));
    m_masterPassword->setEchoMode(QLineEdit::Password);
    m_masterIntro->setWordWrap(true);
    m_masterPasswordNote->setWordWrap(true);
    m_masterTrustText->setWordWrap(true);
    m_masterTrustText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trustMaster->setObjectName(QStringLiteral("trustMaster"));
    m_checkMaster->setObjectName(QStringLiteral("checkMaster"));
    m_masterStatus->setObjectName(QStringLiteral("masterStatus"));
    m_masterStatus->setWordWrap(true);
    m_masterChecks->setObjectName(QStringLiteral("masterChecks"));
    m_masterChecksLayout->setContentsMargins(0, 0, 0, 0);
    m_masterForm->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_masterForm->addRow(new QLabel(m_masterBox), m_master);
    m_masterForm->addRow(new QLabel(m_masterBox), m_leaving);
    m_masterForm->addRow(new QLabel(m_masterBox), m_masterPassword);
    m_masterForm->addRow(QString(), m_masterPasswordNote);
    auto *trust = new QHBoxLayout(m_masterTrustBox);
    trust->addWidget(m_masterTrustText, 1);
    trust->addWidget(m_trustMaster, 0, Qt::AlignBottom);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkMaster);
    checkRow->addWidget(m_masterStatus, 1);
    auto *masterLayout = new QVBoxLayout(m_masterBox);
    masterLayout->addWidget(m_masterIntro);
    masterLayout->addLayout(m_masterForm);
    masterLayout->addLayout(checkRow);
    masterLayout->addWidget(m_masterTrustBox);
    masterLayout->addWidget(m_masterChecks);
    m_masterBox->hide();

    // The page grows with an HA source's master and DNS advice: it scrolls rather than clip.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_infoBox);
    layout->addWidget(m_notice);
    layout->addWidget(m_masterBox);
    layout->addWidget(m_warnings);
    layout->addStretch();
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("sourceInfoScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // The new lines grow the page after the state changed: keep them in view as they arrive.
    connect(
        scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SourceInfoPage::showMasterAttention);
    connect(m_masterPassword, &QLineEdit::textEdited, this,
        [this](const QString &text) { m_controller->setMasterPassword(text.toUtf8()); });
    connect(m_masterPassword, &QLineEdit::returnPressed, m_checkMaster, &QPushButton::click);
    connect(m_checkMaster, &QPushButton::clicked, controller, &WizardController::startMasterCheck);
    connect(m_trustMaster, &QPushButton::clicked, controller, &WizardController::acceptMasterFingerprint);
    connect(controller, &WizardController::masterChecksChanged, this, &SourceInfoPage::updateMaster);
    connect(controller, &WizardController::masterStateChanged, this, [this] {
        updateMaster();
        Q_EMIT completeChanged();
    });
    connect(controller, &WizardController::masterPasswordRecalled, this,
        [this] { m_masterPassword->setText(QString::fromUtf8(m_controller->masterPassword())); });
    retranslateUi();
}

QLineEdit *SourceInfoPage::addField(const QString &objectName)
{
    auto *edit = new QLineEdit(m_infoBox);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    m_form->addRow(new QLabel(m_infoBox), edit);
    return edit;
}

void SourceInfoPage::initializePage()
{
    fill();
    m_masterPassword->setText(QString::fromUtf8(m_controller->masterPassword()));
    // The master is reached once per check of the Source page; Back and Next keep its result.
    if (m_controller->needsHaMaster()
        && m_controller->masterState() == WizardController::MasterState::NotNeeded)
        m_controller->startMasterCheck();
    updateMaster();
}

bool SourceInfoPage::isComplete() const
{
    // The HA steps change the master: a run needs its trusted certificate and a working login.
    return !m_controller->needsHaMaster()
        || m_controller->masterState() == WizardController::MasterState::Passed;
}

void SourceInfoPage::showMasterAttention()
{
    if (m_shownMasterState < 0 || !m_masterBox->isVisible())
        return;
    QWidget *focus = m_masterTrustBox->isVisible() ? static_cast<QWidget *>(m_masterTrustBox)
                                                   : static_cast<QWidget *>(m_masterChecks);
    m_scroll->ensureWidgetVisible(focus, 0, 8);
}

void SourceInfoPage::updateMaster()
{
    using M = WizardController::MasterState;
    const bool ha = m_controller->needsHaMaster();
    m_masterBox->setVisible(ha);
    if (!ha)
        return;
    const M state = m_controller->masterState();
    const QString address = m_controller->haMasterAddress();
    const QString name = m_controller->haMasterHostName();
    //: %1: the master's address, %2: its host name
    m_master->setText(
        name.isEmpty() ? address : tr("%1 (%2)", "@info address (host name)").arg(address, name));
    const QStringList leaving = m_controller->roundRobinHostsLeaving();
    m_leaving->setText(state != M::Passed ? tr("known after the login to the master", "@info")
            : leaving.isEmpty()           ? tr("none (the master does not list the source)", "@info")
                                          : leaving.join(QStringLiteral(", ")));
    QString status;
    switch (state) {
    case M::NotNeeded:
    case M::Checking:
        status = tr("Checking the master's certificate…", "@info");
        break;
    case M::NeedsTrust:
        status = tr("Compare the master's certificate fingerprint below, then trust it.", "@info");
        break;
    case M::Ready:
        status = tr("Click Log In to the Master to try the password.", "@info");
        break;
    case M::LoggingIn:
        status = tr("Logging in to the master…", "@info");
        break;
    case M::Passed:
        status = tr("The master is trusted and the login works. Click Next to choose the options.", "@info");
        break;
    case M::Failed:
        status = tr("The migration cannot start yet: see below what failed on the master.", "@info");
        break;
    }
    m_masterStatus->setText(status);
    m_checkMaster->setText(m_controller->masterFingerprintAccepted()
            ? tr("&Log In to the Master", "@action:button")
            : tr("Check the &Master Again", "@action:button"));
    m_checkMaster->setEnabled(state == M::Failed || state == M::Ready || state == M::Passed);

    const bool needsTrust = state == M::NeedsTrust;
    m_masterTrustBox->setVisible(needsTrust);
    if (needsTrust) {
        const QString fp = m_controller->haMasterFingerprint().toHtmlEscaped();
        //: %1: the master's address
        QString html = tr("The certificate of the group's master %1 has not been trusted before. Compare its "
                          "SHA-256 fingerprint with the one on the master's console (System ▸ Certificates). "
                          "A password is sent to the master only after you trust it.",
            "@info")
                           .arg(address)
                           .toHtmlEscaped();
        //: %1: SHA-256 fingerprint
        html += QStringLiteral("<br/>%1").arg(
            tr("Master: %1", "@info fingerprint")
                .toHtmlEscaped()
                .arg(QStringLiteral("<tt>%1<br/>%2</tt>").arg(fp.left(48), fp.mid(48))));
        m_masterTrustText->setTextFormat(Qt::RichText);
        m_masterTrustText->setText(html);
        m_trustMaster->setFocus();
    }

    // One line per check of the master, with its id as object name (tests, accessibility).
    while (QLayoutItem *item = m_masterChecksLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto &check : m_controller->masterChecks())
        m_masterChecksLayout->addWidget(new CheckLine(check, m_masterChecks));
    m_masterChecks->setVisible(!m_controller->masterChecks().isEmpty());
    // What needs the user (the trust question, a failure) or what was found is scrolled into view
    // once per state, after the layout has placed the new lines.
    const bool attention = state == M::NeedsTrust || state == M::Failed || state == M::Passed;
    if (attention && int(state) != m_shownMasterState && isVisible()) {
        m_shownMasterState = int(state);
        QTimer::singleShot(0, this, &SourceInfoPage::showMasterAttention);
    } else if (!attention) {
        m_shownMasterState = -1;
    }
}

int SourceInfoPage::nextId() const
{
    // A resumed or backed-out run keeps the options it started with.
    return m_controller->runMode() == WizardController::RunMode::New ? OptionsPageId : ConfirmationPageId;
}

void SourceInfoPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SourceInfoPage::fill()
{
    const SystemInfo &s = m_controller->sourceInfo();
    const SystemInfo &t = m_controller->targetInfo();
    m_guid->setText(s.license.guid.isEmpty() ? tr("(no license)", "@info") : s.license.guid);
    m_hostName->setText(s.hostName);
    m_domainName->setText(s.domainName);
    m_address->setText(
        s.addresses.isEmpty() ? m_controller->sourceAddress() : s.addresses.join(QStringLiteral(", ")));
    m_role->setText(sourceRoleTitle(m_controller->sourceRole()));
    //: %1: appliance software version, %2: database product (e.g. MariaDB), %3: its version
    m_version->setText(
        tr("%1, database %2 %3", "@info").arg(s.softwareVersion, s.database.flavor, s.database.version));
    //: %1: size of the database, %2: size of the traffic logs
    m_data->setText(tr("%1 of data, %2 of traffic logs", "@info")
                        .arg(Formatting::bytes(s.dataBytes), Formatting::bytes(s.trafficLogBytes)));
    m_fingerprint->setText(m_controller->sourceFingerprint());
    m_fingerprint->setCursorPosition(0);
    // All 95 characters visible: a fingerprint is compared character by character.
    m_fingerprint->setMinimumWidth(m_fingerprint->fontMetrics().horizontalAdvance(m_fingerprint->text())
        + 4 * m_fingerprint->fontMetrics().averageCharWidth());

    // The engine's Source Info (as `cutover-cli check` prints it): for a high-availability source,
    // the DNS changes with the real names and addresses, before and after the migration.
    const SourceInfo details = m_controller->sourceDetails();
    const QString targetAddress = t.addresses.value(0, m_controller->effectiveTargetAddress());
    const auto list = [](const QStringList &lines) {
        QString html = QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        return html + QStringLiteral("</ul>");
    };
    const QStringList before = details.dnsAdviceBefore();
    if (isHighAvailability(m_controller->sourceRole()) && !before.isEmpty()) {
        QStringList peers;
        for (const auto &peer : details.ha.peers.isEmpty() ? s.peers : details.ha.peers)
            peers << QStringLiteral("%1 (%2)").arg(peer.name, peer.address);
        QString html = QStringLiteral("<b>%1</b>")
                           .arg(tr("The system is in high availability.", "@info").toHtmlEscaped());
        if (!peers.isEmpty())
            //: %1: the other members of the group, "name (address), …"
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The other nodes keep serving during the migration: %1.", "@info")
                                 .arg(peers.join(QStringLiteral(", ")))
                                 .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Before you continue, change the DNS configuration so that production is not "
                            "disturbed:",
                        "@info")
                             .toHtmlEscaped());
        html += list(before);
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr(
                        "Wait until the old records have expired (their TTL) before you continue.", "@info")
                             .toHtmlEscaped());
        //: the list that follows is what to set back; the Result page repeats it
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("After the migration, set the DNS configuration back (the last page repeats "
                            "this):",
                        "@info")
                             .toHtmlEscaped());
        html += list(details.dnsAdviceAfter(targetAddress));
        m_notice->setText(html);
    } else {
        m_notice->setText(QStringLiteral("<b>%1</b><p>%2</p>")
                              .arg(tr("The system is a standalone system.", "@info").toHtmlEscaped(),
                                  //: %1: host name, %2: target address
                                  tr("After the migration, clients that reach it as %1 must find the new "
                                     "system: point that name to %2 if the address changes.",
                                      "@info")
                                      .arg(s.fqdn(), targetAddress)
                                      .toHtmlEscaped()));
    }

    QStringList warnings;
    for (const auto &check : m_controller->checks()) {
        if (check.entry.warns())
            warnings << QStringLiteral("<li>%1: %2 %3</li>")
                            .arg(check.entry.titleText().toHtmlEscaped(),
                                check.entry.reasonText().toHtmlEscaped(),
                                check.entry.remedyText().toHtmlEscaped());
    }
    m_warnings->setVisible(!warnings.isEmpty());
    m_warnings->setText(QStringLiteral("<b>%1</b><ul>%2</ul>")
                            .arg(tr("Warnings", "@title").toHtmlEscaped(), warnings.join(QString())));
}

void SourceInfoPage::retranslateUi()
{
    setTitle(tr("Source Info", "@title:window wizard step"));
    setSubTitle(tr("Check that this is the system you mean to migrate from.", "@info"));
    m_infoBox->setTitle(tr("The source reports", "@title:group"));
    const QStringList labels { tr("License GUID:", "@label"), tr("Host name:", "@label"),
        tr("Domain name:", "@label"), tr("IP address:", "@label"), tr("Server role:", "@label"),
        tr("Versions:", "@label"), tr("Size:", "@label"), tr("Trusted certificate (SHA-256):", "@label") };
    const QList<QLineEdit *> fields { m_guid, m_hostName, m_domainName, m_address, m_role, m_version, m_data,
        m_fingerprint };
    for (int i = 0; i < fields.size(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_form->labelForField(fields[i]));
        label->setText(labels[i]);
        label->setBuddy(fields[i]);
        QString name = labels[i];
        name.chop(1);
        fields[i]->setAccessibleName(name);
    }
    m_masterBox->setTitle(tr("Master of the high-availability group", "@title:group"));
    m_masterIntro->setText(
        tr("The source replicates from the master of its group. Cutover takes the source out "
           "of the master's round-robin list and lets the target replicate from the master, "
           "so it logs in to the master too.",
            "@info"));
    const QStringList masterLabels { tr("Master:", "@label"),
        tr("Taken out of the round-robin list:", "@label"),
        tr("Admin &password of the master:", "@label:textbox") };
    const QList<QLineEdit *> masterFields { m_master, m_leaving, m_masterPassword };
    for (int i = 0; i < masterFields.size(); ++i) {
        auto *label = qobject_cast<QLabel *>(m_masterForm->labelForField(masterFields[i]));
        label->setText(masterLabels[i]);
        label->setBuddy(masterFields[i]);
    }
    m_master->setAccessibleName(tr("Master of the group", "@label"));
    m_leaving->setAccessibleName(tr("Hosts that leave the master's round-robin list", "@label"));
    m_masterPassword->setAccessibleName(tr("Admin password of the master", "@label:textbox"));
    m_masterPassword->setPlaceholderText(tr("empty: the source's password", "@info:placeholder"));
    m_masterPasswordNote->setText(
        tr("Leave it empty when the master has the same admin password as the source: Cutover then uses the "
           "source's. The password is kept in memory only, and in the system keychain if you chose to "
           "remember passwords.",
            "@info"));
    m_masterTrustBox->setTitle(tr("Certificate to trust", "@title:group"));
    m_trustMaster->setText(tr("&Trust and Log In", "@action:button"));
    if (isVisible() || !m_controller->sourceInfo().machineId.isEmpty())
        fill();
    updateMaster();
}

} // namespace cutover
