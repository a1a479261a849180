// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cutover"));
    QCoreApplication::setOrganizationName(QStringLiteral("cutover"));
    QCoreApplication::setApplicationVersion(cutover::version());

    // Our messages and Qt's own, for the first language of the user's list that has them.
    QTranslator ours;
    QTranslator qt;
    for (const QString &language : QLocale().uiLanguages()) {
        const QLocale locale(language);
        if (ours.load(locale, QStringLiteral("cutover"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(&ours);
            if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(&qt);
            break;
        }
    }

    cutover::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
