// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace cutover {

/**
 * @brief Help ▸ About: Cutover's version, its licence and the libraries it is built on, with
 * their versions (what a support request needs first).
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /** The libraries and their versions, one "name version" per entry (not translated). */
    static QStringList libraries();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace cutover
