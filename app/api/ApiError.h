#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

// One error type for everything a call can end in: what kind of failure, the HTTP status, the
// server's own words, field errors from a 400's modelState, and the TLS errors of a certificate
// that did not verify. message() is the translated sentence for the user; it never contains a
// token or a secret.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum Kind {
        NoError,
        HostNotFound,
        ConnectionRefused,
        Network,        // any other transport failure
        Timeout,
        Tls,            // certificate did not verify: see sslErrors()
        Cancelled,
        BadRequest,     // 400 (validation; see fieldErrors())
        AuthFailed,     // 403, or a rejected sign-in
        NotFound,       // 404: usually not a Secret Server, or the wrong base path
        ServerError,    // 5xx
        HttpError,      // any other HTTP status
        NotJson,        // an HTML page (or anything else) where JSON was expected
        BadJson,        // JSON that does not decode: names the field
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != NoError; }
    int httpStatus() const { return m_httpStatus; }
    // The server's message (BadRequestResponse.message etc.) or the transport's description.
    QString detail() const { return m_detail; }
    QString serverErrorCode() const { return m_errorCode; }
    QMap<QString, QStringList> fieldErrors() const { return m_fieldErrors; }
    QList<QSslError> sslErrors() const { return m_sslErrors; }

    void setServerErrorCode(const QString &code) { m_errorCode = code; }
    void setFieldErrors(const QMap<QString, QStringList> &errors) { m_fieldErrors = errors; }
    void setSslErrors(const QList<QSslError> &errors) { m_sslErrors = errors; }

    // A translated sentence a person can act on, including the server's own words when it sent some.
    QString message() const;
    // A stable English name of the kind, for logs and --json output.
    QString kindName() const;

private:
    Kind m_kind = NoError;
    QString m_detail;
    int m_httpStatus = 0;
    QString m_errorCode;
    QMap<QString, QStringList> m_fieldErrors;
    QList<QSslError> m_sslErrors;
};

Q_DECLARE_METATYPE(ApiError)
