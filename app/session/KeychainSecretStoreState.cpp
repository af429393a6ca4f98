#include "session/KeychainSecretStore.h"

namespace km {

// What the two keychain backends share (QtKeychain in KeychainSecretStore.cpp, Windows' Credential
// Manager API in CredentialManagerSecretStore.cpp): whether a keychain is there, learned once.

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent)
{
    m_reason = tr("Checking for a system keychain…");
}

void KeychainSecretStore::settle(bool available, const QString &reason)
{
    if (m_probed)
        return;
    m_probed = true;
    m_available = available;
    m_reason = reason;
    Q_EMIT availabilityKnown(available);
}

} // namespace km
