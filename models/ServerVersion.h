#pragma once

#include <QJsonObject>
#include <QString>

namespace km {

// What GET /v1/version (VersionSummary, published in 11.2.2) said: "11.2.000002", "11.7.000061".
// Only major.minor is compared; the build number is shown, never interpreted. The one place that
// decides which of the API's unpublished-in-11.2 paths a server may be asked for.
struct ServerVersion
{
    QString text;   // as the server sent it (one line, at most 64 characters); empty: none
    int major = -1; // -1: not readable
    int minor = -1;

    static ServerVersion parse(const QString &text);
    static bool decode(const QJsonObject &json, ServerVersion &out, QString &error);

    bool isReadable() const { return major >= 0 && minor >= 0; }
    bool atLeast(int wantMajor, int wantMinor) const
    {
        return isReadable() && (major > wantMajor || (major == wantMajor && minor >= wantMinor));
    }

    // The configuration audit (GET /v1/key-management/config/audit) is 11.7's: never asked of 11.2
    // (or older, whose published API predates it), asked of 11.7 and later; a version between,
    // or one that cannot be read, is asked once and a 404 then means "not on this server".
    enum class Offer { No, Yes, AskOnce };
    Offer configAudit() const;
};

} // namespace km
