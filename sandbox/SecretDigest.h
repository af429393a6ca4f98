#pragma once

#include <QString>

namespace km {

// What the sandbox keeps of a configuration secret: a salted SHA-256, never the secret itself.
// Enough to tell whether one is set (--put-keeps-blank-secrets) and whether a new one differs
// (the audit note "changed"), which is all a server needs when it never echoes secrets.
class SecretDigest
{
public:
    static QString of(const QString &secret);                          // "sha256:SALT:HASH", empty for empty
    static bool matches(const QString &digest, const QString &secret); // false for an empty digest
    static bool isDigest(const QString &stored);                       // false for plain text from older files
};

} // namespace km
