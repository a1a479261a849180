// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cutover {

/** @brief The version of Cutover, from the one place CMake keeps it. */
QString version();

} // namespace cutover
