#pragma once

#include "api/ApiClient.h"

#include "models/Preflight.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace km {

// The checks before a master encryption key rotation, read from published endpoints and judged
// by the rules of models/Preflight: the one reading for the wizard's first page, `rotation
// preflight` and `rotation start`. It sends the reads at once (the backup log page by page), and
// calls done once with every check, in Preflight::names() order. A read refused for a missing
// permission, an endpoint the server does not have, or a reply that cannot be read makes its
// check "not determined", saying which.
class RotationPreflight
{
    Q_DECLARE_TR_FUNCTIONS(RotationPreflight)

public:
    struct Options
    {
        int maxBackupAgeHours = Preflight::defaultMaxBackupAgeHours;
        // The rotation state when the caller has just read it (rotation start): not asked again.
        std::optional<RotationInfo> rotation;
    };

    // done runs once, later (never before run returns); context ends the wait early when it goes.
    static void run(ApiClient *client, const Options &options, QObject *context, std::function<void(const PreflightReport &)> done);

    // Why a read gave nothing: the endpoint, and for a refusal the permission it needs.
    static QString unreadable(const ApiError &error, const QString &endpoint, const QString &what);
};

} // namespace km
