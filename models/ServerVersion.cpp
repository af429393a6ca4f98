#include "models/ServerVersion.h"

#include "models/JsonFields.h"
#include "models/SafeText.h"

#include <QRegularExpression>

namespace km {

ServerVersion ServerVersion::parse(const QString &text)
{
    ServerVersion v;
    v.text = SafeText::oneLine(text.trimmed()).left(64);
    // "11.2.000002": two whole numbers, then anything (build, revision) that is shown only.
    static const QRegularExpression pattern(QStringLiteral("\\A(\\d{1,4})\\.(\\d{1,4})(?:[.\\-+ ].*)?\\z"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
    }
    return v;
}

bool ServerVersion::decode(const QJsonObject &json, ServerVersion &out, QString &error)
{
    QString text;
    JsonFields f(json, QStringLiteral("VersionSummary"));
    f.readString(QStringLiteral("version"), text);
    if (!f.ok()) {
        error = f.error();
        return false;
    }
    out = parse(text);
    return true;
}

ServerVersion::Offer ServerVersion::configAudit() const
{
    if (!isReadable())
        return Offer::AskOnce;
    if (atLeast(11, 7))
        return Offer::Yes;
    if (!atLeast(11, 3))
        return Offer::No; // 11.2 and older: the published 11.2.2 API has no configuration audit
    return Offer::AskOnce;
}

} // namespace km
