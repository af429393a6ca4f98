#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace km {

// One error type for everything a call can end in: what kind of failure, the HTTP status, the
// server's own words (made safe to show: see SafeText), field errors from a 400's modelState,
// the TLS errors of a certificate that did not verify, and how long the server asked to wait.
// message() is the translated sentence for the user; it never contains a token or a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum Kind {
        NoError,
        HostNotFound,
        ConnectionRefused,
        Network, // any other transport failure, also one after the headers arrived
        Timeout,
        Tls, // certificate did not verify: see sslErrors()
        Cancelled,
        BadRequest,       // 400 (validation; see fieldErrors())
        AuthFailed,       // the credentials or the session were refused
        PermissionDenied, // the account lacks a permission (400 API_AccessDenied, or a 403 that renewal did not cure)
        NotFound,         // 404: usually not a Secret Server, or the wrong base path
        ServerError,      // 5xx
        TooManyRequests,  // 429
        HttpError,        // any other HTTP status
        NotJson,          // an HTML page (or anything else) where JSON was expected
        BadJson,          // JSON that does not decode: names the field
        TooLarge,         // the answer is larger than this endpoint can need
        QueryFailed,      // a paging envelope with success: false
    };

    ApiError() = default;
    ApiError(Kind kind, const QString &detail = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    // A failure that may pass if the same read is sent again later.
    bool isTransient() const;
    int httpStatus() const { return m_httpStatus; }
    // The server's message (BadRequestResponse.message etc.) or the transport's description.
    QString detail() const { return m_detail; }
    QString serverErrorCode() const { return m_errorCode; }
    QMap<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }
    int retryAfterSeconds() const { return m_retryAfter; } // 0: the server did not say

    void setServerErrorCode(const QString &code) { m_errorCode = code; }
    void setFieldErrors(const QMap<QString, QStringList> &errors);
    void setSslErrors(const QList<QSslError> &errors) { m_sslErrors = errors; }
    void setRetryAfterSeconds(int seconds) { m_retryAfter = seconds; }

    // A translated sentence a person can act on, including the server's own words when it sent some.
    QString message() const;
    // A stable English name of the kind, for logs and --json output.
    QString kindName() const;

    static constexpr int maxRetryAfterSeconds = 300; // a server's Retry-After is honoured up to this

private:
    Kind m_kind = NoError;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_errorCode;
    QMap<QString, QStringList> m_fieldErrors;
    QList<QSslError> m_sslErrors;
    int m_retryAfter = 0;
};

} // namespace km

Q_DECLARE_METATYPE(km::ApiError)
