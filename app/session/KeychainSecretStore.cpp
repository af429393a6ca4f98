#include "session/KeychainSecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace km {

namespace {
const QString service = QStringLiteral("kmconsole");
}

void KeychainSecretStore::probe()
{
    if (m_probed)
        return;
    // Reading an entry that does not exist tells a working backend (EntryNotFound) from none.
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("kmconsole-availability-probe"));
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *j) {
        const auto error = j->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound)
            settle(true, QString());
        else
            settle(false, tr("No system keychain is available (%1), so passwords are not remembered.").arg(j->errorString()));
    });
    QTimer::singleShot(5000, this, [this] { settle(false, tr("The system keychain did not answer, so passwords are not remembered.")); });
    job->start();
}

void KeychainSecretStore::store(const QString &key, const QString &secret, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        if (done)
            done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void KeychainSecretStore::read(const QString &key, std::function<void(std::optional<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (done)
            done(j->error() == QKeychain::NoError ? std::optional<QString>(readJob->textData()) : std::nullopt);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, std::function<void(bool, const QString &)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *j) {
        // No such entry, or no keychain at all (the insecure fallback is off): nothing is left behind.
        const auto error = j->error();
        const bool ok = error == QKeychain::NoError || error == QKeychain::EntryNotFound || error == QKeychain::NoBackendAvailable;
        if (done)
            done(ok, ok ? QString() : j->errorString());
    });
    job->start();
}

} // namespace km
