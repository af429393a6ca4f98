#pragma once

#include <QString>

namespace km {

// Text that came from a server, made safe to show. A server's message or an audit field may hold
// escape sequences (clear the screen, retitle the terminal, move the cursor), other control
// characters, or bidirectional overrides that reorder what surrounds them. None of that reaches
// a terminal or a label: escape sequences and controls are dropped, bidi overrides removed, and
// for one-line use line breaks become a visible "⏎".
namespace SafeText {
QString oneLine(const QString &text);
QString multiLine(const QString &text); // keeps line breaks (as \n), drops everything else above
} // namespace SafeText

} // namespace km
