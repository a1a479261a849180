// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cutover {

CheckLine::CheckLine(const WizardController::Check &check, QWidget *parent)
    : QWidget(parent)
{
    const auto &e = check.entry;
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    auto *icon = new QLabel(this);
    icon->setFixedSize(iconSize, iconSize);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString verdict;
    if (check.pending) {
        pixmap = QStyle::SP_BrowserReload;
        verdict = tr("checking", "@info check verdict");
    } else if (e.satisfied) {
        pixmap = QStyle::SP_DialogApplyButton;
        verdict = tr("passed", "@info check verdict");
    } else if (e.mandatory) {
        pixmap = QStyle::SP_MessageBoxCritical;
        verdict = tr("failed", "@info check verdict");
    } else {
        pixmap = QStyle::SP_MessageBoxWarning;
        verdict = tr("warning", "@info check verdict");
    }
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
    icon->setAccessibleName(verdict);
    auto *text = new QLabel(this);
    text->setObjectName(e.id);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString html
        = QStringLiteral("<b>%1</b> — %2").arg(e.titleText().toHtmlEscaped(), e.reasonText().toHtmlEscaped());
    const QString remedy = e.satisfied ? QString() : e.remedyText();
    if (!remedy.isEmpty())
        //: %1: what to do about a failed check
        html += QStringLiteral("<br/>") + tr("What to do: %1", "@info").arg(remedy.toHtmlEscaped());
    text->setText(html);
    text->setAccessibleName(QStringLiteral("%1: %2").arg(e.titleText(), verdict));
    text->setAccessibleDescription(e.reasonText() + QLatin1Char(' ') + remedy);
    h->addWidget(icon, 0, Qt::AlignTop);
    h->addWidget(text, 1);
}

} // namespace cutover
