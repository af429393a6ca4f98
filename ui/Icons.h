#pragma once

#include <QIcon>

namespace km {

// The console's icons: the desktop theme's where it has one, the bundled SVG otherwise.
namespace Icons {
enum Name { Application, Configuration, Rotation, Audit, Reload, Retry, Export, SignOut, RotateKey, History, Servers };
QIcon get(Name name);
} // namespace Icons

} // namespace km
