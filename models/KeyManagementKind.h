#pragma once

// Which external key management a configuration uses, as far as this console understands it.
// Servers name their types; the numeric ids are published nowhere (see KeyManagementTypes).
enum class KeyManagementKind { None, AwsKms, AzureKeyVault, Other };
