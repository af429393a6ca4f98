#pragma once

#include <QLoggingCategory>

// Requests and their outcomes, never their headers, bodies or query values (see ApiClient).
Q_DECLARE_LOGGING_CATEGORY(lcApi)
