// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "common/version.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cutover {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("about"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    retranslateUi();
}

QStringList AboutDialog::libraries()
{
    // Qt is asked at run time; the others are the versions this build was compiled against.
    return { QStringLiteral("Qt %1").arg(QLatin1String(qVersion())),
        QStringLiteral("libssh %1").arg(QLatin1String(CUTOVER_LIBSSH_VERSION)),
        QStringLiteral("QtKeychain %1").arg(QLatin1String(CUTOVER_QTKEYCHAIN_VERSION)),
        QStringLiteral("MariaDB Connector/C %1").arg(QLatin1String(CUTOVER_MARIADB_VERSION)) };
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Cutover", "@title:window"));
    QString html = QStringLiteral("<h3>%1</h3>")
                       //: %1: version number
                       .arg(tr("Cutover %1", "@title").arg(version()).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Moves an appliance — settings, data, license, certificates and traffic logs — to "
                        "a new one.",
                    "@info")
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Cutover is free software: you may share and change it under the GNU General Public "
                        "License, version 3 or any later version. It comes with no warranty.",
                    "@info")
                         .toHtmlEscaped());
    QStringList items;
    for (const QString &library : libraries())
        items << library.toHtmlEscaped();
    html += QStringLiteral("<p>%1</p><ul><li>%2</li></ul>")
                .arg(tr("Built on:", "@info list of libraries").toHtmlEscaped(),
                    items.join(QStringLiteral("</li><li>")));
    m_text->setText(html);
    m_text->setAccessibleName(windowTitle());
}

} // namespace cutover
