#include "api/ApiLog.h"

Q_LOGGING_CATEGORY(lcApi, "kmconsole.api", QtWarningMsg)
