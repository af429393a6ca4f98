#pragma once

#include "session/Session.h"

#include "models/KeyManagementConfig.h"
#include "models/KeyManagementKind.h"
#include "models/KeyManagementTypes.h"

namespace km {

// What a configuration the server sent teaches, and what it is: the one reading for the
// Configuration page, "config show" and "config set", the report and the Servers page. The
// session learns the type id (KeyManagementTypes decides whether it contradicts what was
// remembered), then the kind and the name to show are taken from what it knows after.
struct ConfigurationReading
{
    KeyManagementConfig config;
    KeyManagementKind kind = KeyManagementKind::Other;
    QString typeName;          // the server's name for the type, or ours for the kind
    bool contradicted = false; // the reply contradicted the ids remembered; all were dropped, then this learned

    static ConfigurationReading learn(Session &session, const KeyManagementConfig &config);
};

} // namespace km
