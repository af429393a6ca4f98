#include "api/ApiLog.h"

namespace km {

Q_LOGGING_CATEGORY(lcApi, "kmconsole.api", QtWarningMsg)

} // namespace km
