// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cutover {

/**
 * @brief A named point where a test may kill the process for real (SIGKILL, like a power loss).
 *
 * Some crash windows are a few instructions wide (between importing the license on the target
 * and invalidating it on the source); no outside observer can hit them on demand. When
 * `CUTOVER_KILL_AT` names @p name, the process kills itself there — after everything before
 * the point was journalled. Unset (always, outside tests) it does nothing.
 */
void faultPoint(const char *name);

} // namespace cutover
