#pragma once

#include <QString>

namespace hl {

// The operating-system user running HydraLens ($USER, $LOGNAME, the password database), the
// default analyst name for labels; "unknown" when none can be found.
QString osUserName();

} // namespace hl
