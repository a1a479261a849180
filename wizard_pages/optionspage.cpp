// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionspage.h"

#include "formatting.h"
#include "settingsdiffview.h"
#include "wizardcontroller.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cutover {

namespace {

QLabel *explanation(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setIndent(24);
    return label;
}

} // namespace

OptionsPage::OptionsPage(WizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
    , m_swap(new QCheckBox(this))
    , m_swapText(explanation(this, QStringLiteral("swapReason")))
    , m_license(new QCheckBox(this))
    , m_licenseText(explanation(this, QStringLiteral("licenseReason")))
    , m_logs(new QCheckBox(this))
    , m_logsText(explanation(this, QStringLiteral("logsReason")))
    , m_rehearsal(new QCheckBox(this))
    , m_rehearsalText(explanation(this, QStringLiteral("rehearsalReason")))
    , m_modeBox(new QGroupBox(this))
    , m_offline(new QRadioButton(m_modeBox))
    , m_lowDowntime(new QRadioButton(m_modeBox))
    , m_modeText(explanation(m_modeBox, QStringLiteral("modeReason")))
    , m_physical(new QCheckBox(m_modeBox))
    , m_physicalText(explanation(m_modeBox, QStringLiteral("physicalCopyReason")))
    , m_diff(new SettingsDiffView(this))
{
    m_swap->setObjectName(QStringLiteral("swapConfiguration"));
    m_license->setObjectName(QStringLiteral("migrateLicense"));
    m_logs->setObjectName(QStringLiteral("copyTrafficLogs"));
    m_rehearsal->setObjectName(QStringLiteral("rehearsal"));
    m_offline->setObjectName(QStringLiteral("offline"));
    m_lowDowntime->setObjectName(QStringLiteral("lowDowntime"));
    m_physical->setObjectName(QStringLiteral("physicalCopy"));
    m_diff->setObjectName(QStringLiteral("settingsDiffView"));

    auto *mode = new QVBoxLayout(m_modeBox);
    mode->addWidget(m_offline);
    mode->addWidget(m_lowDowntime);
    mode->addWidget(m_modeText);
    mode->addWidget(m_physical);
    mode->addWidget(m_physicalText);
    m_physicalText->setBuddy(m_physical);
    connect(m_physical, &QCheckBox::toggled, this, &OptionsPage::store);

    auto *layout = new QVBoxLayout(this);
    for (auto [box, text] : { std::pair { m_swap, m_swapText }, { m_license, m_licenseText },
             { m_logs, m_logsText }, { m_rehearsal, m_rehearsalText } }) {
        layout->addWidget(box);
        layout->addWidget(text);
        layout->addSpacing(4);
        text->setBuddy(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            store();
            updateAllowed();
        });
    }
    layout->addWidget(m_modeBox);
    // The rest of the page: long diffs (Swap Configuration) scroll inside the view.
    layout->addWidget(m_diff, 1);
    // Low downtime unless the source cannot have it (refresh then picks Offline and says why).
    m_lowDowntime->setChecked(true);
    // store() runs before initializePage(): start from the engine's default (on).
    m_physical->setChecked(m_controller->options().physicalCopy);
    connect(m_lowDowntime, &QRadioButton::toggled, this, &OptionsPage::store);
    retranslateUi();
}

void OptionsPage::initializePage()
{
    const auto o = m_controller->options();
    const QSignalBlocker b1(m_swap), b2(m_license), b3(m_logs), b4(m_rehearsal), b5(m_lowDowntime);
    m_swap->setChecked(o.swapConfiguration);
    m_license->setChecked(o.migrateLicense);
    m_logs->setChecked(o.copyTrafficLogs);
    m_rehearsal->setChecked(o.rehearsal);
    m_physical->setChecked(o.physicalCopy);
    (o.mode == MigrationOptions::Mode::LowDowntime ? m_lowDowntime : m_offline)->setChecked(true);
    updateAllowed();
    m_swap->setFocus();
}

void OptionsPage::store()
{
    MigrationOptions o = m_controller->options();
    o.swapConfiguration = m_swap->isChecked() && m_swap->isEnabled();
    o.migrateLicense = m_license->isChecked() && m_license->isEnabled();
    o.copyTrafficLogs = m_logs->isChecked() && m_logs->isEnabled();
    o.rehearsal = m_rehearsal->isChecked();
    o.physicalCopy = m_physical->isChecked();
    o.mode = m_lowDowntime->isChecked() && m_lowDowntime->isEnabled() ? MigrationOptions::Mode::LowDowntime
                                                                      : MigrationOptions::Mode::Offline;
    m_controller->setOptions(o);
}

void OptionsPage::updateAllowed()
{
    const bool rehearsal = m_rehearsal->isChecked();
    const auto setReason = [](QCheckBox *box, QLabel *label, const QString &normal, const QString &refusal) {
        const bool allowed = refusal.isEmpty();
        box->setEnabled(allowed);
        if (!allowed) {
            const QSignalBlocker blocker(box);
            box->setChecked(false);
        }
        //: %1: why the option cannot be chosen, a whole sentence
        label->setText(allowed ? normal : tr("Not available. %1", "@info").arg(refusal));
        box->setAccessibleDescription(label->text());
    };

    setReason(m_swap, m_swapText,
        tr("Exchanges the System Settings of the two systems, including network, DNS, web server, "
           "round-robin host, load-balancing domain, remote data exchange and backup FTP, and reboots both. "
           "When off, only the basic settings are copied and the host-specific ones stay as they are here.",
            "@info"),
        rehearsal ? tr("A rehearsal changes nothing on the source.", "@info") : QString());

    QString licenseRefusal;
    m_controller->licenseMigrationAllowed(&licenseRefusal);
    setReason(m_license, m_licenseText,
        tr("Moves the license here and invalidates it on the source, with a receipt. Possible because this "
           "system has no license and the source's maintenance contract is active.",
            "@info"),
        licenseRefusal);

    const qint64 logBytes = m_controller->sourceInfo().trafficLogBytes;
    //: %1: size of the traffic logs
    m_logs->setText(tr("Copy User &Traffic Logs (%1)", "@option:check").arg(Formatting::bytes(logBytes)));
    setReason(m_logs, m_logsText,
        tr("Copies the files with the users' traffic logs over SSH (port 22).", "@info"),
        WizardController::engineSupports(OperationKind::CopyTrafficLogs)
            ? QString()
            : tr("This version of Cutover cannot copy traffic logs yet; copy them by hand afterwards.",
                "@info"));

    setReason(m_rehearsal, m_rehearsalText,
        tr("Copies and verifies everything onto this system but changes nothing on the source: no "
           "maintenance, "
           "no license move, no reboot. Test the new system, then run the real migration later.",
            "@info"),
        QString());

    QString modeRefusal;
    if (isHighAvailability(m_controller->sourceRole()))
        modeRefusal = tr("A high-availability source already moves its data through replication.", "@info");
    else if (!WizardController::engineSupports(OperationKind::BulkCopyData))
        modeRefusal = tr("This version of Cutover offers only the offline mode.", "@info");
    m_lowDowntime->setEnabled(modeRefusal.isEmpty());
    if (!modeRefusal.isEmpty()) {
        const QSignalBlocker blocker(m_lowDowntime);
        m_offline->setChecked(true);
    }
    m_modeText->setText(modeRefusal.isEmpty()
            ? tr("Low downtime copies the data while the source still serves and stops it only for a short "
                 "catch-up.",
                "@info")
            //: %1: why, a whole sentence
            : tr("Low downtime is not available. %1", "@info").arg(modeRefusal));
    m_lowDowntime->setAccessibleDescription(m_modeText->text());

    const auto &s = m_controller->sourceInfo();
    const auto &t = m_controller->targetInfo();
    //: %1: source database (e.g. "MariaDB 10.11.6"), %2: target database
    m_physicalText->setText(
        tr("Streams the source's database files to this system with mariadb-backup, far "
           "faster than copying table by table. Used only when both systems run MariaDB "
           "of the same version (here %1 and %2); otherwise the data is copied table by "
           "table. The next page says which copy the migration takes.",
            "@info")
            .arg(s.database.flavor + QLatin1Char(' ') + s.database.version.section(QLatin1Char('-'), 0, 0),
                t.database.flavor + QLatin1Char(' ') + t.database.version.section(QLatin1Char('-'), 0, 0)));
    m_physical->setAccessibleDescription(m_physicalText->text());
    store();
    updateDiff();
}

void OptionsPage::updateDiff()
{
    // The engine's diff for the box as it stands; the view only shows it.
    const auto name = [](const SystemInfo &info, const QString &address) {
        //: %1: host name, %2: address
        return tr("%1 (%2)", "@item appliance").arg(info.fqdn(), address);
    };
    m_diff->setDiff(m_controller->settingsDiff(m_swap->isChecked() && m_swap->isEnabled()),
        name(m_controller->sourceInfo(), m_controller->sourceAddress()),
        name(m_controller->targetInfo(), m_controller->effectiveTargetAddress()));
}

void OptionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void OptionsPage::retranslateUi()
{
    setTitle(tr("Options", "@title:window wizard step"));
    setSubTitle(
        tr("Choose what the migration does. Nothing changes before you confirm on the next page.", "@info"));
    m_swap->setText(tr("&Swap Configuration", "@option:check"));
    m_license->setText(tr("Migrate &License", "@option:check"));
    m_rehearsal->setText(tr("&Rehearsal (test the target first)", "@option:check"));
    m_modeBox->setTitle(tr("How the data moves", "@title:group"));
    m_offline->setText(tr("&Offline: the source is in maintenance for the whole copy", "@option:radio"));
    m_lowDowntime->setText(tr("Low &downtime: copy first, then a short catch-up", "@option:radio"));
    m_physical->setText(tr("Copy the database &files directly when both systems run the same MariaDB "
                           "version (fastest)",
        "@option:check"));
    updateAllowed();
}

} // namespace cutover
