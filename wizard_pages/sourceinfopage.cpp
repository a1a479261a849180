// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourceinfopage.h"

#include "formatting.h"
#include "pageid.h"
#include "wizardcontroller.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
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
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_infoBox);
    layout->addWidget(m_notice);
    layout->addWidget(m_warnings);
    layout->addStretch();
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
    if (isVisible() || !m_controller->sourceInfo().machineId.isEmpty())
        fill();
}

} // namespace cutover
