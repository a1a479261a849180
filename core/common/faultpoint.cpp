// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/faultpoint.h"

#include <QByteArray>
#include <QtGlobal>
#include <csignal>
#include <cstdio>

namespace cutover {

void faultPoint(const char *name)
{
    static const QByteArray wanted = qgetenv("CUTOVER_KILL_AT");
    if (wanted.isEmpty() || wanted != name)
        return;
    std::fprintf(stderr, "cutover: CUTOVER_KILL_AT=%s reached, killing this process\n", name);
    std::fflush(stderr);
    std::raise(SIGKILL);
}

} // namespace cutover
