#pragma once

#include <QLoggingCategory>

namespace km {

// Requests and their outcomes, never their headers, bodies or query values (see ApiClient).
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace km
