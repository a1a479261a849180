// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationwizard.h"
#include "wizardcontroller.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace cutover::test {

/**
 * @brief Small helpers to drive the real MigrationWizard like a user: type into fields, click
 * buttons, read what the pages show. Header-only, shared by the wizard tests.
 */
class WizardDriver
{
public:
    explicit WizardDriver(MigrationWizard *wizard)
        : m_wizard(wizard)
    { }

    template<typename T = QWidget> T *find(const QString &name) const
    {
        return m_wizard->currentPage()->findChild<T *>(name);
    }

    /** Replaces a line edit's text by typing, as a user would. */
    void type(const QString &field, const QString &text) const
    {
        auto *edit = find<QLineEdit>(field);
        QVERIFY2(edit, qPrintable(field));
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    void click(const QString &name) const
    {
        auto *button = find<QAbstractButton>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /** The text of the check line with @p id on the Source page (empty when absent). */
    QString checkText(const QString &id) const
    {
        auto *label = find<QLabel>(id);
        return label ? label->text() : QString();
    }

    /** Ticks the Welcome checklist and goes to the Source page. */
    void passWelcome() const
    {
        for (auto *box : m_wizard->currentPage()->findChildren<QCheckBox *>())
            box->setChecked(true);
        QVERIFY(nextEnabled());
        m_wizard->next();
    }

    /** Fills the Source page for a remote target. */
    void fillSource(const QString &source, const QString &sourcePassword, const QString &target,
        const QString &targetPassword) const
    {
        type(QStringLiteral("sourceAddress"), source);
        type(QStringLiteral("sourcePassword"), sourcePassword);
        auto *remote = find<QRadioButton>(QStringLiteral("remoteTarget"));
        QVERIFY(remote);
        remote->setChecked(true);
        type(QStringLiteral("targetAddress"), target);
        type(QStringLiteral("targetPassword"), targetPassword);
    }

    bool nextEnabled() const
    {
        auto *next = m_wizard->button(QWizard::NextButton);
        return next->isVisible() && next->isEnabled();
    }

    WizardController::CheckState checkState() const { return m_wizard->controller()->checkState(); }

    /** The checks that block, one per line, for a failure message. */
    QString blockingChecks() const
    {
        QStringList lines;
        for (const auto &c : m_wizard->controller()->checks()) {
            if (c.entry.blocks())
                lines << c.entry.id + QStringLiteral(": ") + c.entry.reasonText();
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    MigrationWizard *m_wizard;
};

} // namespace cutover::test
