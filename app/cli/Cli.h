#pragma once

// The console's work without a window, for scripts and schedulers:
//   kmconsole config show [--json]
// with the connection options --server, --user, --domain, --profile and --password-stdin or
// --token-stdin. Results on stdout, a one-line reason on stderr, exit 0 on success, 1 on an
// error, 2 on wrong usage.
namespace Cli {
bool isCommand(int argc, char *argv[]);
int run(int argc, char *argv[]);
}
