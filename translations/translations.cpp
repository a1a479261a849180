// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace cutover {

Translations::Translations(QObject *parent)
    : QObject(parent)
    , m_own(new QTranslator(this))
    , m_qt(new QTranslator(this))
{ }

QStringList Translations::availableLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString Translations::install(const QLocale &locale)
{
    QCoreApplication::removeTranslator(m_own);
    QCoreApplication::removeTranslator(m_qt);
    QString language = QStringLiteral("en");
    // Try every language the user listed, in their order (de-AT, de, en-GB, …).
    for (const QString &ui : locale.uiLanguages()) {
        const QString candidate = ui.section(QLatin1Char('-'), 0, 0).toLower();
        if (availableLanguages().contains(candidate)) {
            language = candidate;
            break;
        }
    }
    if (m_own->load(QStringLiteral(":/i18n/cutover_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_own);
    if (m_qt->load(
            QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    QLocale::setDefault(QLocale(language == QLatin1String("de") ? QLocale::German : QLocale::English,
        language == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    return language;
}

QString Translations::installLanguage(const QString &language)
{
    if (language.isEmpty())
        return install(QLocale::system());
    return install(QLocale(language));
}

} // namespace cutover
