#include "sandbox/RedactingMessageHandler.h"

#include <QRegularExpression>

namespace km {

namespace {
QtMessageHandler previousHandler = nullptr;

void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    previousHandler(type, context, RedactingMessageHandler::redact(message));
}
} // namespace

void RedactingMessageHandler::install()
{
    previousHandler = qInstallMessageHandler(handle);
}

QString RedactingMessageHandler::redact(const QString &message)
{
    // The value of a credential-bearing header as QDebug prints it ("Name": "value"), a bearer
    // token anywhere, and credential fields of a form or JSON.
    static const QRegularExpression header(QStringLiteral("(\"(?:authorization|otp|cookie|proxy-authorization)\"\\s*:\\s*\")[^\"]*"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(bearer\\s+)[^\\s\"',;)]+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(
        QStringLiteral("((?:password|client_secret|refresh_token|access_token|secret)\\W{1,4})[^&\\s\"',;)]+"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = message;
    text.replace(header, QStringLiteral("\\1[redacted]"));
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    text.replace(field, QStringLiteral("\\1[redacted]"));
    return text;
}

} // namespace km
