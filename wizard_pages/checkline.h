// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wizardcontroller.h"

#include <QWidget>

namespace cutover {

/**
 * @brief One check's line in a page's check list: a verdict icon (checking, passed, failed,
 * warning) and the check's title, reason and, when it failed, what to do.
 *
 * The text label carries the check's id as object name, for tests and accessibility tools; the
 * icon's accessible name is the verdict. Used by the Source page (the appliances' checks) and
 * Source Info (the checks of a high-availability source's master).
 */
class CheckLine : public QWidget
{
    Q_OBJECT
public:
    explicit CheckLine(const WizardController::Check &check, QWidget *parent = nullptr);
};

} // namespace cutover
