// SPDX-License-Identifier: GPL-3.0-or-later
#include "operation.h"

namespace cutover {

Operation::~Operation() = default;

Result Operation::rollback(OperationContext &)
{
    return Result::ok();
}

} // namespace cutover
