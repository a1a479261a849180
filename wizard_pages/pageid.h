// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cutover {

/** @brief The wizard's seven steps, in the order of the vendor manual; also the QWizard page ids. */
enum PageId {
    WelcomePageId,
    SourcePageId,
    SourceInfoPageId,
    OptionsPageId,
    ConfirmationPageId,
    ExecutionPageId,
    ResultPageId,
};

} // namespace cutover
