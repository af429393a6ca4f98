#pragma once

#include "sandbox/SandboxOptions.h"

#include <QStringList>

namespace km {

// kmsandbox's command line: every option with its default, and a check of every value before
// anything runs. A bad value is a usage error (exit status 2) that names the option.
class SandboxCommandLine
{
public:
    enum class Outcome { Run, ShowedHelp, Invalid };

    Outcome parse(const QStringList &arguments);
    const SandboxOptions &options() const { return m_options; }
    QStringList errors() const { return m_errors; }

private:
    SandboxOptions m_options;
    QStringList m_errors;
};

} // namespace km
