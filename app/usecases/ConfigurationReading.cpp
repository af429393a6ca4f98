#include "usecases/ConfigurationReading.h"

namespace km {

ConfigurationReading ConfigurationReading::learn(Session &session, const KeyManagementConfig &config)
{
    ConfigurationReading r;
    r.config = config;
    r.contradicted = session.server()->learnType(config.typeId, config.typeName) == KeyManagementTypes::Learned::Contradicted;
    const KeyManagementTypes types = session.server()->types();
    r.kind = types.kindOf(config.typeId, config.typeName);
    r.typeName = config.typeName.isEmpty() ? types.nameOf(r.kind) : config.typeName;
    return r;
}

} // namespace km
