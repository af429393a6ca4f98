// KeychainSecretStore on Windows when the build has no QtKeychain (scripts/windows.sh builds it
// when the Debian mirror holds its source, docs/platforms.md): the same store, the Windows
// Credential Manager, through its own API, as QtKeychain's Windows backend uses it: one generic
// credential per key, named "kmconsole/KEY", for this user only, kept across sessions.
#include "session/KeychainSecretStore.h"

#include <QMetaObject>
#include <QTimer>

#include <windows.h>
#include <wincred.h>

namespace km {

namespace {
std::wstring targetName(const QString &key)
{
    return (QStringLiteral("kmconsole/") + key).toStdWString();
}

QString lastErrorText(DWORD error)
{
    wchar_t *buffer = nullptr;
    const DWORD n = ::FormatMessageW(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                                     error, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    QString text = n ? QString::fromWCharArray(buffer, int(n)).trimmed() : QStringLiteral("error %1").arg(error);
    ::LocalFree(buffer);
    return text;
}
} // namespace

void KeychainSecretStore::probe()
{
    if (m_probed)
        return;
    // Reading an entry that does not exist tells a working Credential Manager (ERROR_NOT_FOUND) from none.
    QTimer::singleShot(0, this, [this] {
        PCREDENTIALW credential = nullptr;
        const std::wstring name = targetName(QStringLiteral("kmconsole-availability-probe"));
        if (::CredReadW(name.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
            ::CredFree(credential);
            settle(true, QString());
            return;
        }
        const DWORD error = ::GetLastError();
        if (error == ERROR_NOT_FOUND)
            settle(true, QString());
        else
            settle(false, tr("No system keychain is available (%1), so passwords are not remembered.").arg(lastErrorText(error)));
    });
}

void KeychainSecretStore::store(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done)
{
    const std::wstring name = targetName(key);
    QByteArray blob = secret.toUtf8();
    CREDENTIALW credential = {};
    credential.Type = CRED_TYPE_GENERIC;
    credential.TargetName = const_cast<wchar_t *>(name.c_str());
    credential.CredentialBlobSize = DWORD(blob.size());
    credential.CredentialBlob = reinterpret_cast<LPBYTE>(blob.data());
    credential.Persist = CRED_PERSIST_LOCAL_MACHINE;
    const bool ok = ::CredWriteW(&credential, 0);
    const QString error = ok ? QString() : lastErrorText(::GetLastError());
    blob.fill('\0');
    QMetaObject::invokeMethod(
        this,
        [done, ok, error] {
        if (done)
            done(ok, error);
        },
        Qt::QueuedConnection);
}

void KeychainSecretStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    const std::wstring name = targetName(key);
    std::optional<QString> secret;
    PCREDENTIALW credential = nullptr;
    if (::CredReadW(name.c_str(), CRED_TYPE_GENERIC, 0, &credential)) {
        secret = QString::fromUtf8(reinterpret_cast<const char *>(credential->CredentialBlob), qsizetype(credential->CredentialBlobSize));
        ::SecureZeroMemory(credential->CredentialBlob, credential->CredentialBlobSize);
        ::CredFree(credential);
    }
    QMetaObject::invokeMethod(
        this,
        [done, secret] {
        if (done)
            done(secret);
        },
        Qt::QueuedConnection);
}

void KeychainSecretStore::remove(const QString &key, std::function<void(bool, const QString &)> done)
{
    const std::wstring name = targetName(key);
    bool ok = ::CredDeleteW(name.c_str(), CRED_TYPE_GENERIC, 0);
    QString error;
    if (!ok) {
        const DWORD code = ::GetLastError();
        ok = code == ERROR_NOT_FOUND; // no such entry: nothing is left behind
        if (!ok)
            error = lastErrorText(code);
    }
    QMetaObject::invokeMethod(
        this,
        [done, ok, error] {
        if (done)
            done(ok, error);
        },
        Qt::QueuedConnection);
}

} // namespace km
