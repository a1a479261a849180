// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QObject>

class QTranslator;

namespace cutover {

/**
 * @brief Loads Cutover's own translation and Qt's (so QWizard's buttons follow), and switches
 * both at run time; every widget then receives QEvent::LanguageChange.
 */
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);

    /** Installs the best match for @p locale; English when nothing fits. Returns the language used. */
    QString install(const QLocale &locale);
    /** "de", "en", … from --lang, or empty for the system's languages. */
    QString installLanguage(const QString &language);
    static QStringList availableLanguages();

private:
    QTranslator *m_own = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace cutover
