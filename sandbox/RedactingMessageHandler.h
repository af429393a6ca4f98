#pragma once

#include <QString>

namespace km {

// With Qt's debug logging on, QHttpServer logs every request's headers, bearer tokens and
// one-time codes included. This message handler blanks such values before anything is written.
class RedactingMessageHandler
{
public:
    static void install();
    static QString redact(const QString &message);
};

} // namespace km
