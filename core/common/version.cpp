// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/version.h"

namespace cutover {

QString version()
{
    return QStringLiteral(CUTOVER_VERSION);
}

} // namespace cutover
