// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover::sandbox {

/** @brief Thrown when a sandbox step fails; main() prints the message and exits 1. */
struct SandboxFailure
{
    QString message;
};

} // namespace cutover::sandbox
