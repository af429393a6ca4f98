<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accessibility</name>
    <message>
        <source>Sorted by %1, ascending.</source>
        <translation>Trié par %1, ordre croissant.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending.</source>
        <translation>Trié par %1, ordre décroissant.</translation>
    </message>
    <message>
        <source>Sort by this column</source>
        <translation>Trier par cette colonne</translation>
    </message>
    <message>
        <source>Sort by %1, ascending</source>
        <translation>Trier par %1, ordre croissant</translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
        <translation>Trier par %1, ordre décroissant</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s host name could not be found. Check the server address.</source>
        <translation>Le nom d&apos;hôte du serveur est introuvable. Vérifiez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that the server is running.</source>
        <translation>Le serveur a refusé la connexion. Vérifiez l&apos;adresse, le port et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The server does not offer this API at that address. Is it a Secret Server, and is the base path right?</source>
        <translation>Le serveur ne propose pas cette API à cette adresse. Est-ce bien un Secret Server, et le chemin de base est-il correct ?</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Le serveur a échoué en traitant la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. Is the address that of a Secret Server?</source>
        <translation>Le serveur a répondu par une page web au lieu de données d&apos;API. Cette adresse est-elle celle d&apos;un Secret Server ?</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
        <source>The server refused the credentials or the session.</source>
        <translation>Le serveur a refusé les identifiants ou la session.</translation>
    </message>
    <message>
        <source>Your account lacks the permission for this (View or Administer Key Management).</source>
        <translation>Votre compte n&apos;a pas l&apos;autorisation nécessaire (« Afficher la gestion des clés » ou « Administrer la gestion des clés »).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP 429).</source>
        <translation>Le serveur reçoit trop de requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than this request can need, so it was not read.</source>
        <translation>La réponse du serveur est plus volumineuse que ce que cette requête peut nécessiter ; elle n&apos;a donc pas été lue.</translation>
    </message>
    <message>
        <source>The server reported that the query failed.</source>
        <translation>Le serveur a signalé l&apos;échec de la requête.</translation>
    </message>
</context>
<context>
    <name>AuditExportState</name>
    <message>
        <source>not a state file of kmconsole audit export</source>
        <translation>pas un fichier d&apos;état de kmconsole audit export</translation>
    </message>
    <message>
        <source>a state file of another version (%1)</source>
        <translation>un fichier d&apos;état d&apos;une autre version (%1)</translation>
    </message>
    <message>
        <source>lastId is not a whole number</source>
        <translation>lastId n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>lastDate is not an ISO 8601 date-time</source>
        <translation>lastDate n&apos;est pas une date-heure ISO 8601</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Only records with this action.</source>
        <translation>Seulement les enregistrements avec cette action.</translation>
    </message>
    <message>
        <source>Only records of this user id.</source>
        <translation>Seulement les enregistrements de cet identifiant d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Only records whose user, action or notes contain TEXT.</source>
        <translation>Seulement les enregistrements dont l&apos;utilisateur, l&apos;action ou les notes contiennent TEXTE.</translation>
    </message>
    <message>
        <source>Only records of this day (UTC).</source>
        <translation>Seulement les enregistrements de ce jour (UTC).</translation>
    </message>
    <message>
        <source>Sort by this column (default: Date, newest first).</source>
        <translation>Trier par cette colonne (par défaut : Date, les plus récents d&apos;abord).</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Trier par ordre décroissant.</translation>
    </message>
    <message>
        <source>Print progress to stderr even when it is not a terminal.</source>
        <translation>Afficher la progression sur stderr même si ce n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>Records per request (at most 1000).</source>
        <translation>Enregistrements par requête (1000 au plus).</translation>
    </message>
    <message>
        <source>Print the peak memory use to stderr at the end.</source>
        <translation>Afficher à la fin le pic de mémoire utilisée sur stderr.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (or --out - for standard output).</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER (ou --out - pour la sortie standard).</translation>
    </message>
    <message>
        <source>--user-id takes a whole number.</source>
        <translation>--user-id attend un nombre entier.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000.</source>
        <translation>--page-size attend un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 records.</source>
        <translation>%1 enregistrements exportés sur %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument « %1 » inattendu.</translation>
    </message>
    <message>
        <source>Secret Server address.</source>
        <translation>Adresse du Secret Server.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Domain of the user.</source>
        <translation>Domaine de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Read an API access token from the first line of standard input.</source>
        <translation>Lire un jeton d&apos;accès d&apos;API sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Language of the messages (de, en, fr).</source>
        <translation>Langue des messages (de, en, fr).</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil enregistré nommé « %1 ».</translation>
    </message>
    <message>
        <source>Give the user name with --user (or --profile).</source>
        <translation>Indiquez le nom d&apos;utilisateur avec --user (ou --profile).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Server:    %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(la plus récente)</translation>
    </message>
    <message>
        <source>External key management is off.</source>
        <translation>La gestion externe des clés est désactivée.</translation>
    </message>
    <message>
        <source>This console does not know the fields of this type.</source>
        <translation>Cette console ne connaît pas les champs de ce type.</translation>
    </message>
    <message>
        <source>(%1 of %2 items left)</source>
        <translation>(%1 éléments restants sur %2)</translation>
    </message>
    <message>
        <source>Follow the rotation until it ends; exit 0 when it completes, 2 when it fails.</source>
        <translation>Suivre la rotation jusqu&apos;à sa fin ; code de sortie 0 si elle aboutit, 2 si elle échoue.</translation>
    </message>
    <message>
        <source>Milliseconds between status polls while following (default 2000).</source>
        <translation>Millisecondes entre deux interrogations de l&apos;état pendant le suivi (2000 par défaut).</translation>
    </message>
    <message>
        <source>The rotation failed: %1</source>
        <translation>La rotation a échoué : %1</translation>
    </message>
    <message>
        <source>Prints the state of the master encryption key rotation.</source>
        <translation>Affiche l&apos;état de la rotation de la clé de chiffrement principale.</translation>
    </message>
    <message>
        <source>--poll-interval takes a number of milliseconds, 50 or more.</source>
        <translation>--poll-interval attend un nombre de millisecondes, 50 ou plus.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>State:             %1</source>
        <translation>État :                 %1</translation>
    </message>
    <message>
        <source>Status:            %1 (%2)</source>
        <translation>Statut :               %1 (%2)</translation>
    </message>
    <message>
        <source>Items left:        %1 of %2</source>
        <translation>Éléments restants :    %1 sur %2</translation>
    </message>
    <message>
        <source>Started (UTC):     %1</source>
        <translation>Démarrée (UTC) :       %1</translation>
    </message>
    <message>
        <source>Last change (UTC): %1</source>
        <translation>Dernier changement (UTC) : %1</translation>
    </message>
    <message>
        <source>Last end (UTC):    %1</source>
        <translation>Dernière fin (UTC) :   %1</translation>
    </message>
    <message>
        <source>Replication:       %1</source>
        <translation>Réplication :          %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Warning:           %1</source>
        <translation>Avertissement :        %1</translation>
    </message>
    <message>
        <source>Error:             %1</source>
        <translation>Erreur :               %1</translation>
    </message>
    <message>
        <source>Starts a master encryption key rotation. It cannot be undone: back up the database and encryption.config on every node first.</source>
        <translation>Démarre une rotation de la clé de chiffrement principale. Elle est irréversible : sauvegardez d&apos;abord la base de données et encryption.config sur chaque nœud.</translation>
    </message>
    <message>
        <source>Confirm that a current backup of the database and encryption.config exists on every node.</source>
        <translation>Confirmer qu&apos;une sauvegarde récente de la base de données et d&apos;encryption.config existe sur chaque nœud.</translation>
    </message>
    <message>
        <source>The server&apos;s host name, typed again to confirm.</source>
        <translation>Le nom d&apos;hôte du serveur, saisi de nouveau pour confirmer.</translation>
    </message>
    <message>
        <source>A rotation needs both --confirm-backup and --confirm-host HOST.</source>
        <translation>Une rotation exige à la fois --confirm-backup et --confirm-host HÔTE.</translation>
    </message>
    <message>
        <source>--confirm-host &quot;%1&quot; does not match the server&apos;s host name &quot;%2&quot;; nothing was sent.</source>
        <translation>--confirm-host « %1 » ne correspond pas au nom d&apos;hôte du serveur « %2 » ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server did not start the rotation: %1</source>
        <translation>Le serveur n&apos;a pas démarré la rotation : %1</translation>
    </message>
    <message>
        <source>Rotation started on %1.</source>
        <translation>Rotation démarrée sur %1.</translation>
    </message>
    <message>
        <source>The server did not retry: %1</source>
        <translation>Le serveur n&apos;a pas relancé : %1</translation>
    </message>
    <message>
        <source>Retrying from %1.</source>
        <translation>Nouvelle tentative à partir de %1.</translation>
    </message>
    <message>
        <source>Only records from this day on (UTC), with --to: the days are exported one by one.</source>
        <translation>Seulement les enregistrements à partir de ce jour (UTC), avec --to : les jours sont exportés un par un.</translation>
    </message>
    <message>
        <source>Only records up to this day (UTC), with --from.</source>
        <translation>Seulement les enregistrements jusqu&apos;à ce jour (UTC), avec --from.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 attend une date au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from and --to go together, and not with --date.</source>
        <translation>--from et --to vont ensemble, et pas avec --date.</translation>
    </message>
    <message numerus="yes">
        <source>--from and --to span more than %n day(s).</source>
        <translation>
            <numerusform>--from et --to couvrent plus de %n jour.</numerusform>
            <numerusform>--from et --to couvrent plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Use the server, user, trusted certificate, proxy and CA of a saved profile.</source>
        <translation>Utiliser le serveur, l&apos;utilisateur, le certificat approuvé, le proxy et l&apos;AC d&apos;un profil enregistré.</translation>
    </message>
    <message>
        <source>A one-time code for a two-factor account, or &quot;push&quot; to approve a Duo push on the phone.</source>
        <translation>Un code à usage unique pour un compte à deux facteurs, ou « push » pour approuver une notification Duo Push sur le téléphone.</translation>
    </message>
    <message>
        <source>Sign in through a Delinea Platform tenant (instead of --server).</source>
        <translation>Se connecter via un locataire Delinea Platform (au lieu de --server).</translation>
    </message>
    <message>
        <source>The platform service account&apos;s client id.</source>
        <translation>L&apos;id client du compte de service de la plateforme.</translation>
    </message>
    <message>
        <source>Read the platform service account&apos;s client secret from the first line of standard input.</source>
        <translation>Lire le secret client du compte de service de la plateforme sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Which of the tenant&apos;s vaults, by name or address, when it has several.</source>
        <translation>Lequel des coffres du locataire, par nom ou adresse, s&apos;il en a plusieurs.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation>Approuver aussi l&apos;autorité de certification de ce fichier PEM.</translation>
    </message>
    <message>
        <source>Proxy: a URL, or &quot;none&quot;; by default the system&apos;s (https_proxy, no_proxy).</source>
        <translation>Proxy : une URL, ou « none » ; par défaut celui du système (https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>Give exactly one of --password-stdin, --token-stdin and --platform-secret-stdin; a secret is never taken from the command line.</source>
        <translation>Indiquez exactement une des options --password-stdin, --token-stdin et --platform-secret-stdin ; un secret n&apos;est jamais pris sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Signing in through the Delinea Platform needs --platform-url and --platform-client-id (or --profile).</source>
        <translation>La connexion via Delinea Platform exige --platform-url et --platform-client-id (ou --profile).</translation>
    </message>
    <message>
        <source>Give the server with --server URL (or --profile).</source>
        <translation>Indiquez le serveur avec --server URL (ou --profile).</translation>
    </message>
    <message>
        <source>If this account uses two-factor authentication, add --otp CODE or --otp push.</source>
        <translation>Si ce compte utilise l&apos;authentification à deux facteurs, ajoutez --otp CODE ou --otp push.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2; SHA-256 %3). Nothing was sent. Trust it in the window&apos;s sign-in (&quot;Always trust&quot; pins it in the profile, used with --profile), or give its CA with --ca-file.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé (%2 ; SHA-256 %3). Rien n&apos;a été envoyé. Approuvez-le lors de la connexion dans la fenêtre (« Toujours approuver » l&apos;épingle dans le profil, utilisé avec --profile), ou indiquez son AC avec --ca-file.</translation>
    </message>
    <message>
        <source>The tenant has several vaults; choose one with --vault: %1</source>
        <translation>Le locataire a plusieurs coffres ; choisissez-en un avec --vault : %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the Duo push to be approved (up to %n seconds)…</source>
        <translation>
            <numerusform>En attente de l&apos;approbation de la notification Duo Push (jusqu&apos;à %n seconde)…</numerusform>
            <numerusform>En attente de l&apos;approbation de la notification Duo Push (jusqu&apos;à %n secondes)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Type:      %1 (id %2)</source>
        <translation>Type :    %1 (id %2)</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(jamais affiché)</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(non communiqué par le serveur)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Prints the key management configuration. Secrets are never printed; fields the server does not report (the Azure Key Vault settings) are said to be so.</source>
        <translation>Affiche la configuration de la gestion des clés. Les secrets ne sont jamais affichés ; les champs que le serveur ne communique pas (les paramètres Azure Key Vault) sont signalés comme tels.</translation>
    </message>
    <message>
        <source>Saves a whole key management configuration. A save replaces the whole configuration and the server never returns secrets, so every field of the type and its secret are needed (--secret-stdin: the line after the password). The server then re-encrypts its secret keys in maintenance mode. Exit 0 saved; 1 refused by the server, a type id not known, or a different type saved; 2 wrong usage (nothing sent).</source>
        <translation>Enregistre une configuration complète de la gestion des clés. Un enregistrement remplace toute la configuration et le serveur ne renvoie jamais les secrets : tous les champs du type et son secret sont donc nécessaires (--secret-stdin : la ligne après le mot de passe). Le serveur rechiffre ensuite ses clés de secrets en mode maintenance. Code de sortie 0 : enregistré ; 1 : refusé par le serveur, id de type inconnu ou autre type enregistré ; 2 : mauvaise utilisation (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>The type: none, aws or azure.</source>
        <translation>Le type : none, aws ou azure.</translation>
    </message>
    <message>
        <source>The server&apos;s numeric id of that type, needed only while the server has not shown it.</source>
        <translation>L&apos;id numérique de ce type sur le serveur, nécessaire uniquement tant que le serveur ne l&apos;a pas indiqué.</translation>
    </message>
    <message>
        <source>Read the type&apos;s secret (AWS secret access key, Azure principal secret) from the line of standard input after the password, token or platform secret.</source>
        <translation>Lire le secret du type (clé d&apos;accès secrète AWS, secret du principal Azure) sur la ligne de l&apos;entrée standard qui suit le mot de passe, le jeton ou le secret de plateforme.</translation>
    </message>
    <message>
        <source>Print the change and send nothing.</source>
        <translation>Afficher la modification sans rien envoyer.</translation>
    </message>
    <message>
        <source>Print the server&apos;s reply as JSON.</source>
        <translation>Afficher la réponse du serveur en JSON.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Give the type with --type none, --type aws or --type azure.</source>
        <translation>Indiquez le type avec --type none, --type aws ou --type azure.</translation>
    </message>
    <message>
        <source>--type-id takes a whole number, 0 or more.</source>
        <translation>--type-id attend un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>Saving a configuration needs --confirm-host HOST: the server re-encrypts its secret keys afterwards.</source>
        <translation>L&apos;enregistrement d&apos;une configuration exige --confirm-host HÔTE : le serveur rechiffre ensuite ses clés de secrets.</translation>
    </message>
    <message>
        <source>--%1 does not belong to the type %2.</source>
        <translation>--%1 n&apos;appartient pas au type %2.</translation>
    </message>
    <message>
        <source>--%1 is needed: a save replaces the whole configuration.</source>
        <translation>--%1 est nécessaire : un enregistrement remplace toute la configuration.</translation>
    </message>
    <message>
        <source>--secret-stdin is needed: the server never returns the stored secret, and a save replaces it.</source>
        <translation>--secret-stdin est nécessaire : le serveur ne renvoie jamais le secret enregistré, et un enregistrement le remplace.</translation>
    </message>
    <message>
        <source>--secret-stdin does not belong to the type %1.</source>
        <translation>--secret-stdin n&apos;appartient pas au type %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1</source>
        <translation>Le serveur a refusé la configuration : %1</translation>
    </message>
    <message>
        <source>Saved. The server now re-encrypts its secret keys in maintenance mode and refuses other changes until that finishes.</source>
        <translation>Enregistré. Le serveur rechiffre maintenant ses clés de secrets en mode maintenance et refuse toute autre modification jusqu&apos;à la fin de cette opération.</translation>
    </message>
    <message>
        <source>Retries the failed step of a master encryption key rotation; it restarts the re-encryption on the server.</source>
        <translation>Relance l&apos;étape en échec d&apos;une rotation de la clé de chiffrement principale ; cela redémarre le rechiffrement sur le serveur.</translation>
    </message>
    <message>
        <source>A retry needs --confirm-host HOST: it restarts the re-encryption on the server.</source>
        <translation>Une relance exige --confirm-host HÔTE : elle redémarre le rechiffrement sur le serveur.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Writes a compliance report: the server, the key-management configuration (never a secret) and its changes in the period, the rotation state, the last completed rotation and the key&apos;s age against the policy, and every rotation of the period with totals. JSON (stable keys, see the README) or PDF.</source>
        <translation>Écrit un rapport de conformité : le serveur, la configuration de la gestion des clés (jamais aucun secret) et ses modifications pendant la période, l&apos;état de la rotation, la dernière rotation terminée et l&apos;âge de la clé au regard de la politique, ainsi que chaque rotation de la période avec des totaux. JSON (noms de clés stables, voir le README) ou PDF.</translation>
    </message>
    <message>
        <source>The file to write, or - for JSON on standard output.</source>
        <translation>Le fichier à écrire, ou - pour du JSON sur la sortie standard.</translation>
    </message>
    <message>
        <source>pdf or json; by default from the file&apos;s extension.</source>
        <translation>pdf ou json ; par défaut d&apos;après l&apos;extension du fichier.</translation>
    </message>
    <message>
        <source>The first day of the period (UTC); by default 365 days ago.</source>
        <translation>Le premier jour de la période (UTC) ; par défaut, il y a 365 jours.</translation>
    </message>
    <message>
        <source>The rotation policy: the key&apos;s greatest allowed age in days (default: the profile&apos;s, else 365).</source>
        <translation>La politique de rotation : l&apos;âge maximal autorisé de la clé, en jours (par défaut : celui du profil, sinon 365).</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (or --out - for JSON on standard output).</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER (ou --out - pour du JSON sur la sortie standard).</translation>
    </message>
    <message>
        <source>The format is pdf or json: give --format, or a file ending in .pdf or .json.</source>
        <translation>Le format est pdf ou json : indiquez --format, ou un fichier se terminant par .pdf ou .json.</translation>
    </message>
    <message>
        <source>A PDF is written to a file: --out - writes JSON only.</source>
        <translation>Un PDF s&apos;écrit dans un fichier : --out - n&apos;écrit que du JSON.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD.</source>
        <translation>--since attend un jour au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 1 or more.</source>
        <translation>--max-age-days attend un nombre de jours, 1 ou plus.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Exit 4 when the last completed rotation is older than N days, or there is none (for monitoring; with --wait a failed rotation&apos;s 2 comes first).</source>
        <translation>Code de sortie 4 si la dernière rotation terminée date de plus de N jours, ou s&apos;il n&apos;y en a aucune (pour la supervision ; avec --wait, le code 2 d&apos;une rotation échouée a la priorité).</translation>
    </message>
    <message>
        <source>Key age:           %1</source>
        <translation>Âge de la clé :        %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Commande « %1 » inconnue. Commandes : %2.</translation>
    </message>
    <message>
        <source>Version:   %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>the server&apos;s reply contradicted the type ids remembered for this address; all of them were forgotten and are learned again from the server.</source>
        <translation>la réponse du serveur contredisait les id de type mémorisés pour cette adresse ; ils ont tous été oubliés et sont de nouveau appris auprès du serveur.</translation>
    </message>
    <message>
        <source>Forgets the key management type ids the console remembers for a server (learned from its replies or given with --type-id), without signing in or contacting it. Use it when another server answers at an address, or a server changed its ids. Exit 0 done; 2 wrong usage.</source>
        <translation>Oublie les id de type de gestion des clés que la console mémorise pour un serveur (appris de ses réponses ou indiqués avec --type-id), sans se connecter ni le contacter. À utiliser quand un autre serveur répond à une adresse, ou qu&apos;un serveur a changé ses id. Code de sortie 0 : fait ; 2 : mauvaise utilisation.</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation>L&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>The saved profile whose server to forget.</source>
        <translation>Le profil enregistré dont le serveur est à oublier.</translation>
    </message>
    <message>
        <source>Every server.</source>
        <translation>Tous les serveurs.</translation>
    </message>
    <message>
        <source>Give exactly one of --server URL, --profile NAME or --all.</source>
        <translation>Indiquez exactement une des options --server URL, --profile NOM ou --all.</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>tous les serveurs</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil nommé « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>%n id de type mémorisé pour %1 oublié.</numerusform>
            <numerusform>%n id de type mémorisés pour %1 oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the saved connection profiles, most recently used first: name, method, server and user, separated by tabs.</source>
        <translation>Liste les profils de connexion enregistrés, les plus récemment utilisés d&apos;abord : nom, méthode, serveur et utilisateur, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Removes a saved connection profile and the secret kept for it in the system keychain.</source>
        <translation>Supprime un profil de connexion enregistré et le secret conservé pour lui dans le trousseau système.</translation>
    </message>
    <message>
        <source>The profile to remove (kmconsole profile list shows them).</source>
        <translation>Le profil à supprimer (kmconsole profile list les affiche).</translation>
    </message>
    <message>
        <source>Give the name of the profile to remove (kmconsole profile list shows them).</source>
        <translation>Indiquez le nom du profil à supprimer (kmconsole profile list les affiche).</translation>
    </message>
    <message>
        <source>The profile was removed, but the system keychain did not answer; its secret may still be kept there.</source>
        <translation>Le profil a été supprimé, mais le trousseau système n&apos;a pas répondu ; son secret y est peut-être encore conservé.</translation>
    </message>
    <message>
        <source>The server&apos;s rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>L&apos;état de la rotation communiqué par le serveur ne contient pas de processState ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>The server reports the rotation state &quot;%1&quot;, which is not published; whether a rotation runs cannot be determined.</source>
        <translation>Le serveur signale l&apos;état de rotation « %1 », qui n&apos;est pas publié ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>While following, stop with exit 1 after the server has failed for this many seconds in a row (default 600). The rotation may still run on the server.</source>
        <translation>Pendant le suivi, s&apos;arrêter avec le code de sortie 1 lorsque le serveur a échoué pendant ce nombre de secondes de suite (600 par défaut). La rotation peut continuer sur le serveur.</translation>
    </message>
    <message>
        <source>The server reports no rotation under way and none completed (state None). Check with &quot;kmconsole rotation status&quot;.</source>
        <translation>Le serveur ne signale aucune rotation en cours ni aucune rotation terminée (état None). Vérifiez avec « kmconsole rotation status ».</translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may still be running on the server; check with &quot;kmconsole rotation status&quot;.</source>
        <translation>
            <numerusform>Suivi de la rotation abandonné : le serveur a échoué pendant %n s de suite (%1). La rotation est peut-être encore en cours sur le serveur ; vérifiez avec « kmconsole rotation status ».</numerusform>
            <numerusform>Suivi de la rotation abandonné : le serveur a échoué pendant %n s de suite (%1). La rotation est peut-être encore en cours sur le serveur ; vérifiez avec « kmconsole rotation status ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server failed, retrying in %n s: %1</source>
        <translation>
            <numerusform>Le serveur a échoué, nouvel essai dans %n s : %1</numerusform>
            <numerusform>Le serveur a échoué, nouvel essai dans %n s : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds, 0 or more.</source>
        <translation>--give-up-after attend un nombre de secondes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;état %1 : %2</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation>Le fichier d&apos;état %1 est inutilisable : %2.</translation>
    </message>
    <message>
        <source>This server keeps no configuration audit (Secret Server 11.7 and later do).</source>
        <translation>Ce serveur ne tient pas d&apos;audit de configuration (Secret Server 11.7 et versions ultérieures le font).</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Échec de l&apos;écriture : %1</translation>
    </message>
    <message>
        <source>The configuration audit could not be read: %1</source>
        <translation>L&apos;audit de configuration n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The export stopped: the server reported %1 matching records when the export began, but its pages held %2 of them.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur a annoncé %1 enregistrements correspondants au début de l&apos;export, mais ses pages en contenaient %2.</translation>
    </message>
    <message>
        <source>Exports every rotation-audit record that matches the filters, in the chosen sort, to RFC 4180 CSV (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), JSON Lines or CEF. Cells that a spreadsheet would run as a formula get a leading apostrophe. The file appears only when the export is complete. With --after-id or --state only records newer than the last exported are written, newest first; with --configuration the configuration audit is exported instead.</source>
        <translation>Exporte chaque enregistrement de l&apos;audit des rotations correspondant aux filtres, dans le tri choisi, en CSV RFC 4180 (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), JSON Lines ou CEF. Les cellules qu&apos;un tableur exécuterait comme formule reçoivent une apostrophe en tête. Le fichier n&apos;apparaît qu&apos;une fois l&apos;export terminé. Avec --after-id ou --state, seuls les enregistrements plus récents que le dernier exporté sont écrits, les plus récents d&apos;abord ; avec --configuration, c&apos;est l&apos;audit de configuration qui est exporté.</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Le fichier à écrire, ou - pour la sortie standard.</translation>
    </message>
    <message>
        <source>csv, jsonl or cef; by default from the file&apos;s extension, else csv.</source>
        <translation>csv, jsonl ou cef ; par défaut d&apos;après l&apos;extension du fichier, sinon csv.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark, for Excel (CSV only).</source>
        <translation>Commencer le fichier par une marque d&apos;ordre des octets UTF-8, pour Excel (CSV uniquement).</translation>
    </message>
    <message>
        <source>Only records with an audit id above N (newest first).</source>
        <translation>Seulement les enregistrements d&apos;id d&apos;audit supérieur à N (les plus récents d&apos;abord).</translation>
    </message>
    <message>
        <source>Keep the last exported id and the filters in FILE, and go on from them next time.</source>
        <translation>Conserver le dernier id exporté et les filtres dans FICHIER, et reprendre à partir d&apos;eux la fois suivante.</translation>
    </message>
    <message>
        <source>Export the configuration audit (Secret Server 11.7 and later) instead.</source>
        <translation>Exporter à la place l&apos;audit de configuration (Secret Server 11.7 et versions ultérieures).</translation>
    </message>
    <message>
        <source>Attempts per request for transient failures.</source>
        <translation>Tentatives par requête en cas d&apos;échecs passagers.</translation>
    </message>
    <message>
        <source>--format takes csv, jsonl or cef.</source>
        <translation>--format accepte csv, jsonl ou cef.</translation>
    </message>
    <message>
        <source>--bom is for CSV only.</source>
        <translation>--bom ne vaut que pour le CSV.</translation>
    </message>
    <message>
        <source>--after-id and --state export newest first by audit id: not with --sort, --desc, --from or --to.</source>
        <translation>--after-id et --state exportent par id d&apos;audit, les plus récents d&apos;abord : pas avec --sort, --desc, --from ni --to.</translation>
    </message>
    <message>
        <source>--configuration takes only --search: the configuration audit has no ids, users, actions or day filter to ask for.</source>
        <translation>--configuration n&apos;accepte que --search : l&apos;audit de configuration n&apos;a ni id, ni utilisateurs, ni actions, ni filtre par jour à demander.</translation>
    </message>
    <message>
        <source>--sort takes one of %1.</source>
        <translation>--sort accepte l&apos;une des valeurs %1.</translation>
    </message>
    <message>
        <source>--after-id takes a whole number from 0.</source>
        <translation>--after-id accepte un nombre entier à partir de 0.</translation>
    </message>
    <message>
        <source>The state file %1 says where to go on from: give --after-id only to start a new one.</source>
        <translation>Le fichier d&apos;état %1 indique où reprendre : ne donnez --after-id que pour en commencer un nouveau.</translation>
    </message>
    <message>
        <source>The state file %1 was made with other filters (%2): give the same ones, or another state file.</source>
        <translation>Le fichier d&apos;état %1 a été créé avec d&apos;autres filtres (%2) : donnez les mêmes, ou un autre fichier d&apos;état.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement exporté.</numerusform>
            <numerusform>%n enregistrements exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to standard output failed.</source>
        <translation>Échec de l&apos;écriture sur la sortie standard.</translation>
    </message>
    <message>
        <source>The state file was left as it was: the next run exports the same records again.</source>
        <translation>Le fichier d&apos;état a été laissé tel quel : la prochaine exécution exportera de nouveau les mêmes enregistrements.</translation>
    </message>
    <message>
        <source>The records were written, but the state file %1 could not be saved (%2): the next run exports them again.</source>
        <translation>Les enregistrements ont été écrits, mais le fichier d&apos;état %1 n&apos;a pas pu être enregistré (%2) : la prochaine exécution les exportera de nouveau.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Give it with --type-id N, or set the type once in the web UI so that the console learns it.</source>
        <translation>%1 Rien n&apos;a été envoyé. Indiquez-le avec --type-id N, ou définissez le type une fois dans l&apos;interface web pour que la console l&apos;apprenne.</translation>
    </message>
    <message>
        <source>Change on %1:</source>
        <translation>Modification sur %1 :</translation>
    </message>
    <message>
        <source>Let this check&apos;s warning through (one of: %1); may be given more than once.</source>
        <translation>Laisser passer l&apos;avertissement de cette vérification (parmi : %1) ; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>Warn when the last successful backup is older than N hours (default %1).</source>
        <translation>Avertir quand la dernière sauvegarde réussie date de plus de N heures (%1 par défaut).</translation>
    </message>
    <message>
        <source>Start even though this check failed or could not be determined (one of: %1); may be given more than once.</source>
        <translation>Démarrer même si cette vérification a échoué ou n&apos;a pas pu être déterminée (parmi : %1) ; peut être donné plusieurs fois.</translation>
    </message>
    <message>
        <source>--max-backup-age-hours takes a number of hours, 1 or more.</source>
        <translation>--max-backup-age-hours accepte un nombre d&apos;heures, 1 ou plus.</translation>
    </message>
    <message>
        <source>There is no check named &quot;%1&quot;; the checks are: %2.</source>
        <translation>Il n&apos;existe pas de vérification nommée « %1 » ; les vérifications sont : %2.</translation>
    </message>
    <message>
        <source>[skipped]</source>
        <translation>[ignorée]</translation>
    </message>
    <message>
        <source>[accepted]</source>
        <translation>[acceptée]</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>Checks, from the server&apos;s published endpoints, what must hold before a master encryption key rotation: health, nodes, the last backup, no rotation running, replication. Exit 0 when every check passes (or its warning is accepted), 1 on a failure or a warning not accepted, 3 when a check could not be determined.</source>
        <translation>Vérifie, à partir des points de terminaison publiés du serveur, ce qui doit être vrai avant une rotation de la clé de chiffrement principale : santé, nœuds, dernière sauvegarde, aucune rotation en cours, réplication. Code de sortie 0 quand chaque vérification réussit (ou que son avertissement est accepté), 1 en cas d&apos;échec ou d&apos;avertissement non accepté, 3 quand une vérification n&apos;a pas pu être déterminée.</translation>
    </message>
    <message>
        <source>Every check passed; a rotation may start.</source>
        <translation>Toutes les vérifications ont réussi ; une rotation peut démarrer.</translation>
    </message>
    <message>
        <source>A check failed, or warned and was not accepted: do not rotate yet.</source>
        <translation>Une vérification a échoué, ou a averti sans que cela soit accepté : ne lancez pas encore la rotation.</translation>
    </message>
    <message>
        <source>A check could not be determined: do not rotate until it is.</source>
        <translation>Une vérification n&apos;a pas pu être déterminée : ne lancez pas la rotation avant qu&apos;elle le soit.</translation>
    </message>
    <message>
        <source>A check before the rotation failed or warned; nothing was sent. Accept a warning with --accept-warning NAME, or skip a check with --skip-check NAME.</source>
        <translation>Une vérification avant la rotation a échoué ou a averti ; rien n&apos;a été envoyé. Acceptez un avertissement avec --accept-warning NOM, ou ignorez une vérification avec --skip-check NOM.</translation>
    </message>
    <message>
        <source>A check before the rotation could not be determined; nothing was sent. Skip it with --skip-check NAME once you have checked it yourself.</source>
        <translation>Une vérification avant la rotation n&apos;a pas pu être déterminée ; rien n&apos;a été envoyé. Ignorez-la avec --skip-check NOM une fois que vous l&apos;avez vérifiée vous-même.</translation>
    </message>
    <message>
        <source>Running:           %1</source>
        <translation>En cours :             %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Progress:          %1</source>
        <translation>Progression :          %1</translation>
    </message>
    <message>
        <source>Server says:       %1</source>
        <translation>Message du serveur :   %1</translation>
    </message>
    <message>
        <source>Changes:           %1</source>
        <translation>Modifications :        %1</translation>
    </message>
    <message>
        <source>Requested (UTC):   %1</source>
        <translation>Demandée (UTC) :       %1</translation>
    </message>
    <message>
        <source>Run (UTC):         %1</source>
        <translation>Exécutée (UTC) :       %1</translation>
    </message>
    <message>
        <source>Last status:       %1</source>
        <translation>Dernier statut :       %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Message:           %1</source>
        <translation>Message :              %1</translation>
    </message>
    <message>
        <source>The secret-key rotation completed before the cancel took effect: %1</source>
        <translation>La rotation des clés de secrets s&apos;est terminée avant que l&apos;annulation ne prenne effet : %1</translation>
    </message>
    <message>
        <source>The secret-key rotation completed: %1</source>
        <translation>La rotation des clés de secrets est terminée : %1</translation>
    </message>
    <message>
        <source>The secret-key rotation was cancelled: %1</source>
        <translation>La rotation des clés de secrets a été annulée : %1</translation>
    </message>
    <message>
        <source>The secret-key rotation failed: %1</source>
        <translation>La rotation des clés de secrets a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may still be running on the server; check with &quot;kmconsole secret-keys status&quot;.</source>
        <translation>
            <numerusform>Suivi de la rotation des clés de secrets abandonné : le serveur a échoué pendant %n s de suite (%1). Elle est peut-être encore en cours sur le serveur ; vérifiez avec « kmconsole secret-keys status ».</numerusform>
            <numerusform>Suivi de la rotation des clés de secrets abandonné : le serveur a échoué pendant %n s de suite (%1). Elle est peut-être encore en cours sur le serveur ; vérifiez avec « kmconsole secret-keys status ».</numerusform>
        </translation>
    </message>
    <message>
        <source>The server failed, retrying: %1</source>
        <translation>Le serveur a échoué, nouvel essai : %1</translation>
    </message>
    <message>
        <source>Starts a secret-key rotation: the server re-encrypts every secret&apos;s key and refuses key-management changes until it has ended.</source>
        <translation>Démarre une rotation des clés de secrets : le serveur rechiffre la clé de chaque secret et refuse les modifications de la gestion des clés jusqu&apos;à ce qu&apos;elle soit terminée.</translation>
    </message>
    <message>
        <source>Cancels the secret-key rotation that is running.</source>
        <translation>Annule la rotation des clés de secrets en cours.</translation>
    </message>
    <message>
        <source>Follow the rotation until it ends; exit 0 when it completes, 2 when it is cancelled or fails, 3 when its status is not one the console knows.</source>
        <translation>Suivre la rotation jusqu&apos;à sa fin ; code de sortie 0 si elle se termine, 2 si elle est annulée ou échoue, 3 si son statut est inconnu de la console.</translation>
    </message>
    <message>
        <source>Follow until the rotation has ended; exit 0 when it was cancelled (or completed first), 2 when it failed, 3 when its status is not one the console knows.</source>
        <translation>Suivre jusqu&apos;à la fin de la rotation ; code de sortie 0 si elle a été annulée (ou s&apos;est terminée avant), 2 si elle a échoué, 3 si son statut est inconnu de la console.</translation>
    </message>
    <message>
        <source>A secret-key rotation needs --confirm-host HOST.</source>
        <translation>Une rotation des clés de secrets exige --confirm-host HÔTE.</translation>
    </message>
    <message>
        <source>A cancel needs --confirm-host HOST.</source>
        <translation>Une annulation exige --confirm-host HÔTE.</translation>
    </message>
    <message>
        <source>The server did not start the secret-key rotation: %1</source>
        <translation>Le serveur n&apos;a pas démarré la rotation des clés de secrets : %1</translation>
    </message>
    <message>
        <source>The server did not cancel the secret-key rotation: %1</source>
        <translation>Le serveur n&apos;a pas annulé la rotation des clés de secrets : %1</translation>
    </message>
    <message>
        <source>Secret-key rotation started on %1 (%2).</source>
        <translation>Rotation des clés de secrets démarrée sur %1 (%2).</translation>
    </message>
    <message>
        <source>Cancel sent to %1; the rotation is cancelling.</source>
        <translation>Annulation envoyée à %1 ; la rotation est en cours d&apos;annulation.</translation>
    </message>
    <message>
        <source>Prints the state of the secret-key rotation: whether one runs, its progress, and the last run.</source>
        <translation>Affiche l&apos;état de la rotation des clés de secrets : si une rotation est en cours, sa progression et la dernière exécution.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not read the credentials file %1: %2</source>
        <translation>Impossible de lire le fichier d&apos;identifiants %1 : %2</translation>
    </message>
    <message>
        <source>no stored secret</source>
        <translation>aucun secret enregistré</translation>
    </message>
    <message>
        <source>Checks a server for a monitoring system: the key&apos;s age against the policy, the rotation state, a failed rotation waiting for a retry, maintenance, the secret-key rotation and the last backup&apos;s age. Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also for wrong usage and a failed sign-in), as monitoring plugins do.</source>
        <translation>Vérifie un serveur pour un système de supervision : l&apos;âge de la clé par rapport à la politique, l&apos;état de la rotation, une rotation échouée en attente d&apos;une relance, le mode maintenance, la rotation des clés de secrets et l&apos;âge de la dernière sauvegarde. Code de sortie 0 : OK, 1 : WARNING, 2 : CRITICAL, 3 : UNKNOWN (également en cas d&apos;utilisation incorrecte ou d&apos;échec de la connexion), comme le font les plugins de supervision.</translation>
    </message>
    <message>
        <source>CRITICAL when the last completed rotation is older than N days (default: the profile&apos;s policy, else 365).</source>
        <translation>CRITICAL si la dernière rotation terminée date de plus de N jours (par défaut : la politique du profil, sinon 365).</translation>
    </message>
    <message>
        <source>WARNING when it is older than N days (default: 30 days less than the maximum).</source>
        <translation>WARNING si elle date de plus de N jours (par défaut : 30 jours de moins que le maximum).</translation>
    </message>
    <message>
        <source>nagios (one status line with performance data, the default), prometheus (the node exporter&apos;s textfile format) or json.</source>
        <translation>nagios (une ligne d&apos;état avec des données de performance, par défaut), prometheus (le format de fichier texte du node exporter) ou json.</translation>
    </message>
    <message>
        <source>Write to FILE, replaced whole only once complete, instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard ; le fichier n&apos;est remplacé, en entier, qu&apos;une fois complet.</translation>
    </message>
    <message numerus="yes">
        <source>Check every saved profile, %n at a time; the worst state is the exit code.</source>
        <translation>
            <numerusform>Vérifier chaque profil enregistré, %n à la fois ; le pire état détermine le code de sortie.</numerusform>
            <numerusform>Vérifier chaque profil enregistré, %n à la fois ; le pire état détermine le code de sortie.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --all-profiles or --profile: the secrets of profiles with none in the keychain, one PROFILE&lt;TAB&gt;SECRET a line, in a file only its owner may read.</source>
        <translation>Avec --all-profiles ou --profile : les secrets des profils qui n&apos;en ont aucun dans le trousseau, un PROFIL&lt;TAB&gt;SECRET par ligne, dans un fichier que seul son propriétaire peut lire.</translation>
    </message>
    <message>
        <source>WARNING when the last successful backup is older than N hours (default %1).</source>
        <translation>WARNING si la dernière sauvegarde réussie date de plus de N heures (%1 par défaut).</translation>
    </message>
    <message>
        <source>Leave out a check this account cannot read: %1 (may be repeated).</source>
        <translation>Omettre une vérification que ce compte ne peut pas lire : %1 (peut être répété).</translation>
    </message>
    <message>
        <source>Wrong usage; see kmconsole check --help.</source>
        <translation>Utilisation incorrecte ; voir kmconsole check --help.</translation>
    </message>
    <message>
        <source>--format takes nagios, prometheus or json.</source>
        <translation>--format attend nagios, prometheus ou json.</translation>
    </message>
    <message>
        <source>--warn-age-days takes a number of days, 0 or more.</source>
        <translation>--warn-age-days attend un nombre de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>--warn-age-days must not be more than --max-age-days.</source>
        <translation>--warn-age-days ne doit pas dépasser --max-age-days.</translation>
    </message>
    <message>
        <source>--skip-check takes %1, not &quot;%2&quot;.</source>
        <translation>--skip-check attend %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>--all-profiles signs in with each saved profile&apos;s own stored secret; it takes no server, profile or secret options.</source>
        <translation>--all-profiles se connecte avec le secret enregistré propre à chaque profil enregistré ; il n&apos;accepte aucune option de serveur, de profil ou de secret.</translation>
    </message>
    <message>
        <source>--credentials goes with --all-profiles, or with --profile NAME instead of a secret on standard input.</source>
        <translation>--credentials s&apos;utilise avec --all-profiles, ou avec --profile NOM au lieu d&apos;un secret sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>A check never signs in with a one-time code or a push: use an account without two-factor authentication, or a token.</source>
        <translation>Une vérification ne se connecte jamais avec un code à usage unique ni une notification push : utilisez un compte sans authentification à deux facteurs, ou un jeton.</translation>
    </message>
    <message>
        <source>There is no saved profile to check.</source>
        <translation>Il n&apos;y a aucun profil enregistré à vérifier.</translation>
    </message>
    <message>
        <source>Not signed in; the reason is on standard error.</source>
        <translation>Non connecté ; la raison figure sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>A rotation is already running (%1); nothing was sent.</source>
        <translation>Une rotation est déjà en cours (%1) ; rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n day(s); nothing was sent.</source>
        <translation>
            <numerusform>Aucune rotation n&apos;est due : la dernière s&apos;est terminée le %1 (UTC), il y a %2 jours, donc dans la limite de %n jour ; rien n&apos;a été envoyé.</numerusform>
            <numerusform>Aucune rotation n&apos;est due : la dernière s&apos;est terminée le %1 (UTC), il y a %2 jours, donc dans la limite de %n jours ; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rotation is due: the last one completed %1 (UTC), more than %n day(s) ago.</source>
        <translation>
            <numerusform>Une rotation est due : la dernière s&apos;est terminée le %1 (UTC), il y a plus de %n jour.</numerusform>
            <numerusform>Une rotation est due : la dernière s&apos;est terminée le %1 (UTC), il y a plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rotation is due: no completed rotation is known.</source>
        <translation>Une rotation est due : aucune rotation terminée n&apos;est connue.</translation>
    </message>
    <message>
        <source>Start only when the last completed rotation is older than DAYS; exit 0 when nothing is due or a rotation is already running.</source>
        <translation>Ne démarrer que si la dernière rotation terminée date de plus de JOURS ; code de sortie 0 si aucune rotation n&apos;est due ou si une rotation est déjà en cours.</translation>
    </message>
    <message>
        <source>--if-older-than takes a number of days, 1 or more.</source>
        <translation>--if-older-than attend un nombre de jours, 1 ou plus.</translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <source>Access key id</source>
        <translation>Id de clé d&apos;accès</translation>
    </message>
    <message>
        <source>20 upper-case letters and digits, starting with AKIA or ASIA.</source>
        <translation>20 majuscules et chiffres, commençant par AKIA ou ASIA.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>40 letters, digits, /, + and =. The server never sends it back, so type it to save.</source>
        <translation>40 lettres, chiffres, /, + et =. Le serveur ne la renvoie jamais : saisissez-la pour enregistrer.</translation>
    </message>
    <message>
        <source>Key ARN</source>
        <translation>ARN de la clé</translation>
    </message>
    <message>
        <source>arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, naming the same key as the key id.</source>
        <translation>arn:aws:kms:RÉGION:COMPTE:key/ID-CLÉ, désignant la même clé que l&apos;id de la clé.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id de la clé</translation>
    </message>
    <message>
        <source>A UUID, or mrk- and 32 hex digits for a multi-Region key.</source>
        <translation>Un UUID, ou mrk- suivi de 32 chiffres hexadécimaux pour une clé multirégion.</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>URL du coffre</translation>
    </message>
    <message>
        <source>https://NAME.vault.azure.net/, or the vault or managed HSM address of another Azure cloud.</source>
        <translation>https://NAME.vault.azure.net/, ou l&apos;adresse du coffre ou du HSM managé d&apos;un autre cloud Azure.</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>1 to 127 letters, digits and dashes.</source>
        <translation>1 à 127 lettres, chiffres et tirets.</translation>
    </message>
    <message>
        <source>Key version</source>
        <translation>Version de la clé</translation>
    </message>
    <message>
        <source>32 hex digits, or empty for the latest version.</source>
        <translation>32 chiffres hexadécimaux, ou vide pour la version la plus récente.</translation>
    </message>
    <message>
        <source>Principal (client) id</source>
        <translation>Id du principal (client)</translation>
    </message>
    <message>
        <source>The application (client) id, a GUID.</source>
        <translation>L&apos;id de l&apos;application (client), un GUID.</translation>
    </message>
    <message>
        <source>Principal secret</source>
        <translation>Secret du principal</translation>
    </message>
    <message>
        <source>The client secret. The server never sends it back, so type it to save.</source>
        <translation>Le secret client. Le serveur ne le renvoie jamais : saisissez-le pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>ConfigValidation</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>An access key id is exactly 20 characters (this one has %n).</source>
        <translation>
            <numerusform>Un id de clé d&apos;accès compte exactement 20 caractères (celui-ci en a %n).</numerusform>
            <numerusform>Un id de clé d&apos;accès compte exactement 20 caractères (celui-ci en a %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>An access key id starts with AKIA (long-term) or ASIA (temporary).</source>
        <translation>Un id de clé d&apos;accès commence par AKIA (longue durée) ou ASIA (temporaire).</translation>
    </message>
    <message>
        <source>An access key id has only upper-case letters and digits.</source>
        <translation>Un id de clé d&apos;accès ne contient que des majuscules et des chiffres.</translation>
    </message>
    <message>
        <source>A key id is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or a multi-Region id mrk- followed by 32 hex digits, in lower case.</source>
        <translation>Un id de clé est un UUID comme 1234abcd-12ab-34cd-56ef-1234567890ab, ou un id multirégion mrk- suivi de 32 chiffres hexadécimaux, en minuscules.</translation>
    </message>
    <message>
        <source>A key ARN has the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, with a 12-digit account.</source>
        <translation>Un ARN de clé a la forme arn:aws:kms:RÉGION:COMPTE:key/ID-CLÉ, avec un compte à 12 chiffres.</translation>
    </message>
    <message>
        <source>The ARN&apos;s key id &quot;%1&quot; is not a key id.</source>
        <translation>L&apos;id de clé « %1 » de l&apos;ARN n&apos;est pas un id de clé.</translation>
    </message>
    <message>
        <source>The ARN names key %1, but the key id field says %2.</source>
        <translation>L&apos;ARN désigne la clé %1, mais le champ Id de la clé indique %2.</translation>
    </message>
    <message>
        <source>The vault URL starts with https://.</source>
        <translation>L&apos;URL du coffre commence par https://.</translation>
    </message>
    <message>
        <source>A key name is 1 to 127 letters, digits and dashes.</source>
        <translation>Un nom de clé compte de 1 à 127 lettres, chiffres et tirets.</translation>
    </message>
    <message>
        <source>A key version is 32 hex digits; leave it empty to use the latest version.</source>
        <translation>Une version de clé compte 32 chiffres hexadécimaux ; laissez vide pour utiliser la version la plus récente.</translation>
    </message>
    <message>
        <source>The principal (client) id is a GUID such as 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21.</source>
        <translation>L&apos;id du principal (client) est un GUID comme 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21.</translation>
    </message>
    <message>
        <source>Required for every save: the server never sends the stored secret back, and a save replaces the whole configuration.</source>
        <translation>Obligatoire à chaque enregistrement : le serveur ne renvoie jamais le secret enregistré, et un enregistrement remplace toute la configuration.</translation>
    </message>
    <message>
        <source>Required for every save: the server does not report this value, and a save replaces the whole configuration.</source>
        <translation>Obligatoire à chaque enregistrement : le serveur ne communique pas cette valeur, et un enregistrement remplace toute la configuration.</translation>
    </message>
    <message numerus="yes">
        <source>A secret access key is exactly 40 characters (this one has %n).</source>
        <translation>
            <numerusform>Une clé d&apos;accès secrète compte exactement 40 caractères (celle-ci en a %n).</numerusform>
            <numerusform>Une clé d&apos;accès secrète compte exactement 40 caractères (celle-ci en a %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret access key has only letters, digits, /, + and =.</source>
        <translation>Une clé d&apos;accès secrète ne contient que des lettres, des chiffres, /, + et =.</translation>
    </message>
    <message>
        <source>The vault URL has the form https://NAME.vault.azure.net/ (in other Azure clouds NAME.vault.usgovcloudapi.net, NAME.vault.azure.cn, …; for a managed HSM NAME.managedhsm.azure.net).</source>
        <translation>L&apos;URL du coffre a la forme https://NAME.vault.azure.net/ (dans d&apos;autres clouds Azure NAME.vault.usgovcloudapi.net, NAME.vault.azure.cn, … ; pour un HSM managé NAME.managedhsm.azure.net).</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>Line %1 of the credentials file is not PROFILE, a tab and the secret.</source>
        <translation>La ligne %1 du fichier d&apos;identifiants n&apos;est pas de la forme PROFIL, une tabulation et le secret.</translation>
    </message>
    <message>
        <source>The credentials file names the profile &quot;%1&quot; twice (line %2).</source>
        <translation>Le fichier d&apos;identifiants nomme le profil « %1 » deux fois (ligne %2).</translation>
    </message>
    <message>
        <source>The credentials file %1 may be read or changed by other accounts; make it readable by its owner only (chmod 600). Nothing was sent.</source>
        <translation>Le fichier d&apos;identifiants %1 peut être lu ou modifié par d&apos;autres comptes ; rendez-le lisible par son seul propriétaire (chmod 600). Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read by its owner.</source>
        <translation>Le fichier d&apos;identifiants %1 ne peut pas être lu par son propriétaire.</translation>
    </message>
    <message>
        <source>The credentials file %1 may be read or changed by other accounts; make it readable by its owner only (icacls FILE /inheritance:r /grant:r %USERNAME%:F). Nothing was sent.</source>
        <translation>Le fichier d&apos;identifiants %1 peut être lu ou modifié par d&apos;autres comptes ; rendez-le lisible par son seul propriétaire (icacls FICHIER /inheritance:r /grant:r %USERNAME%:F). Rien n&apos;a été envoyé.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>KeyManagementTypes</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>AWS KMS</source>
        <translation>AWS KMS</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <source>The console cannot save a type it does not know.</source>
        <translation>La console ne peut pas enregistrer un type qu&apos;elle ne connaît pas.</translation>
    </message>
    <message>
        <source>A type id is a whole number, 0 or more.</source>
        <translation>Un id de type est un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>The server uses id %1 for the type it has now (%2), not for %3.</source>
        <translation>Le serveur utilise l&apos;id %1 pour le type qu&apos;il a actuellement (%2), pas pour %3.</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>The server has shown id %1 for %2, not for %3.</source>
        <translation>Le serveur a indiqué l&apos;id %1 pour %2, pas pour %3.</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>un autre type</translation>
    </message>
    <message>
        <source>The server has shown id %1 for %2, not %3.</source>
        <translation>Le serveur a indiqué l&apos;id %1 pour %2, pas %3.</translation>
    </message>
</context>
<context>
    <name>MonitoringCheck</name>
    <message>
        <source>The server&apos;s rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>L&apos;état de la rotation communiqué par le serveur ne contient pas de processState ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>The server reports the rotation state &quot;%1&quot;, which is not published; whether a rotation runs cannot be determined.</source>
        <translation>Le serveur signale l&apos;état de rotation « %1 », qui n&apos;est pas publié ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>The last rotation failed (%1) and waits for a retry.</source>
        <translation>La dernière rotation a échoué (%1) et attend une relance.</translation>
    </message>
    <message>
        <source>The last rotation failed (%1).</source>
        <translation>La dernière rotation a échoué (%1).</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>A rotation is running: %1.</source>
        <translation>Une rotation est en cours : %1.</translation>
    </message>
    <message>
        <source>%1 of %2 items left.</source>
        <translation>%1 éléments restants sur %2.</translation>
    </message>
    <message>
        <source>No rotation is running.</source>
        <translation>Aucune rotation n&apos;est en cours.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now and gives no reason.</source>
        <translation>Le serveur n&apos;autorise pas de rotation pour le moment et n&apos;en donne pas la raison.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now: %1</source>
        <translation>Le serveur n&apos;autorise pas de rotation pour le moment : %1</translation>
    </message>
    <message>
        <source>The key&apos;s age could not be determined: %1</source>
        <translation>L&apos;âge de la clé n&apos;a pas pu être déterminé : %1</translation>
    </message>
    <message>
        <source>There is no saved profile to check.</source>
        <translation>Il n&apos;y a aucun profil enregistré à vérifier.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n serveur : %1</numerusform>
            <numerusform>%n serveurs : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>the server did not say how many records match (its total was null or missing), so the pages cannot be checked for completeness.</source>
        <translation>le serveur n&apos;a pas indiqué combien d&apos;enregistrements correspondent (son total était null ou absent) ; impossible de vérifier que les pages sont complètes.</translation>
    </message>
    <message>
        <source>the server reported %1 matching records, which cannot be.</source>
        <translation>le serveur a annoncé %1 enregistrements correspondants, ce qui est impossible.</translation>
    </message>
    <message>
        <source>the server reported %1 matching records but had already sent %2.</source>
        <translation>le serveur a annoncé %1 enregistrements correspondants mais en avait déjà envoyé %2.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Give this account the permission the server names, or check it yourself on the server, then check again.</source>
        <translation>Accordez à ce compte l&apos;autorisation que nomme le serveur, ou vérifiez vous-même sur le serveur, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Indéterminée</translation>
    </message>
    <message>
        <source>The server is healthy, its database too, and it is not read-only</source>
        <translation>Le serveur est sain, sa base de données aussi, et il n&apos;est pas en lecture seule</translation>
    </message>
    <message>
        <source>the server reports itself unhealthy</source>
        <translation>le serveur se déclare en mauvaise santé</translation>
    </message>
    <message>
        <source>its database is unhealthy</source>
        <translation>sa base de données est en mauvaise santé</translation>
    </message>
    <message>
        <source>it is in read-only mode</source>
        <translation>il est en mode lecture seule</translation>
    </message>
    <message>
        <source>its service bus is unhealthy</source>
        <translation>son bus de service est en mauvaise santé</translation>
    </message>
    <message>
        <source>its storage account is unhealthy</source>
        <translation>son compte de stockage est en mauvaise santé</translation>
    </message>
    <message>
        <source>it reports a database mismatch</source>
        <translation>il signale une incohérence de base de données</translation>
    </message>
    <message>
        <source>The health check says %1.</source>
        <translation>Le contrôle de santé indique que %1.</translation>
    </message>
    <message>
        <source>Bring the server back to health (its logs and the health page in Secret Server say more), then check again.</source>
        <translation>Rétablissez la santé du serveur (ses journaux et la page de santé de Secret Server en disent plus), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The health check does not say %1, so the server&apos;s health cannot be determined.</source>
        <translation>Le contrôle de santé n&apos;indique pas %1 : la santé du serveur ne peut donc pas être déterminée.</translation>
    </message>
    <message>
        <source>Check the server&apos;s health on the server itself, then check again.</source>
        <translation>Vérifiez la santé du serveur sur le serveur lui-même, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The server and its database are healthy, but %1.</source>
        <translation>Le serveur et sa base de données sont sains, mais %1.</translation>
    </message>
    <message>
        <source>Find out why before rotating; accept this warning only if it cannot harm the rotation.</source>
        <translation>Trouvez-en la raison avant la rotation ; n&apos;acceptez cet avertissement que s&apos;il ne peut pas nuire à la rotation.</translation>
    </message>
    <message>
        <source>The server and its database are healthy, and it is not read-only.</source>
        <translation>Le serveur et sa base de données sont sains, et il n&apos;est pas en lecture seule.</translation>
    </message>
    <message>
        <source>Every node connected recently, runs one version and is not read-only</source>
        <translation>Chaque nœud s&apos;est connecté récemment, exécute la même version et n&apos;est pas en lecture seule</translation>
    </message>
    <message>
        <source>The server listed no nodes.</source>
        <translation>Le serveur n&apos;a listé aucun nœud.</translation>
    </message>
    <message>
        <source>Check the nodes on the server itself, then check again.</source>
        <translation>Vérifiez les nœuds sur le serveur lui-même, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>%1 does not report its version.</source>
        <translation>%1 n&apos;indique pas sa version.</translation>
    </message>
    <message>
        <source>The nodes run different versions: %1.</source>
        <translation>Les nœuds exécutent des versions différentes : %1.</translation>
    </message>
    <message>
        <source>Read-only mode is on for %1.</source>
        <translation>Le mode lecture seule est activé pour %1.</translation>
    </message>
    <message>
        <source>The health check did not say the server&apos;s time (utcNow), so whether each node connected recently cannot be determined.</source>
        <translation>Le contrôle de santé n&apos;a pas indiqué l&apos;heure du serveur (utcNow) : impossible de déterminer si chaque nœud s&apos;est connecté récemment.</translation>
    </message>
    <message>
        <source>The health check could not be read, so the server&apos;s time (utcNow) is not known and whether each node connected recently cannot be determined.</source>
        <translation>Le contrôle de santé n&apos;a pas pu être lu : l&apos;heure du serveur (utcNow) est donc inconnue, et il est impossible de déterminer si chaque nœud s&apos;est connecté récemment.</translation>
    </message>
    <message>
        <source>%1 (no lastConnected)</source>
        <translation>%1 (pas de lastConnected)</translation>
    </message>
    <message>
        <source>%1, last connected %2 before the health check (%3)</source>
        <translation>%1, dernière connexion %2 avant le contrôle de santé (%3)</translation>
    </message>
    <message>
        <source>Not connected in the last %1: %2.</source>
        <translation>Aucune connexion depuis %1 : %2.</translation>
    </message>
    <message>
        <source>When these nodes last connected is not a date: %1.</source>
        <translation>La dernière connexion de ces nœuds n&apos;est pas une date : %1.</translation>
    </message>
    <message>
        <source>These nodes last connected later than the server&apos;s own time (%1): %2.</source>
        <translation>Ces nœuds se sont connectés pour la dernière fois après l&apos;heure du serveur lui-même (%1) : %2.</translation>
    </message>
    <message>
        <source>No node says it answered this console.</source>
        <translation>Aucun nœud n&apos;indique avoir répondu à cette console.</translation>
    </message>
    <message>
        <source>This console is talking to %1.</source>
        <translation>Cette console communique avec %1.</translation>
    </message>
    <message>
        <source>Every node must be running, connected, on one version and writable: start or repair the nodes named, or remove a retired node from the cluster, then check again.</source>
        <translation>Chaque nœud doit être démarré, connecté, sur la même version et accessible en écriture : démarrez ou réparez les nœuds nommés, ou retirez du cluster un nœud mis hors service, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Check the nodes on the server itself (Admin &gt; Server Nodes), then check again.</source>
        <translation>Vérifiez les nœuds sur le serveur lui-même (Admin &gt; Server Nodes), puis vérifiez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), all connected in the last %1, on version %2, none read-only.</source>
        <translation>
            <numerusform>%n nœud, connecté il y a moins de %1, en version %2, pas en lecture seule.</numerusform>
            <numerusform>%n nœuds, tous connectés il y a moins de %1, en version %2, aucun en lecture seule.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recent successful database backup is on record</source>
        <translation>Une sauvegarde récente et réussie de la base de données est enregistrée</translation>
    </message>
    <message>
        <source>The server ignored the requested order (newest first), and its backup log holds more than %1 records, so its last successful backup cannot be found.</source>
        <translation>Le serveur a ignoré l&apos;ordre demandé (les plus récentes d&apos;abord), et son journal des sauvegardes contient plus de %1 enregistrements : sa dernière sauvegarde réussie est donc introuvable.</translation>
    </message>
    <message>
        <source>Check the last backup on the server itself (Admin &gt; Backup), then check again.</source>
        <translation>Vérifiez la dernière sauvegarde sur le serveur lui-même (Admin &gt; Backup), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Back up the database and encryption.config on every node, then check again.</source>
        <translation>Sauvegardez la base de données et encryption.config sur chaque nœud, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The backup log is empty: no successful backup is on record.</source>
        <translation>Le journal des sauvegardes est vide : aucune sauvegarde réussie n&apos;est enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n backup(s) read from the log succeeded.</source>
        <translation>
            <numerusform>Aucune sauvegarde lue dans le journal n&apos;a réussi (%n lue).</numerusform>
            <numerusform>Aucune des %n sauvegardes lues dans le journal n&apos;a réussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last successful backup was made %1 ago (%2).</source>
        <translation>La dernière sauvegarde réussie a été faite il y a %1 (%2).</translation>
    </message>
    <message>
        <source>That is older than the limit of %1 h.</source>
        <translation>Cela dépasse la limite de %1 h.</translation>
    </message>
    <message>
        <source>Back up the database and encryption.config on every node; accept this warning only if that backup is still current.</source>
        <translation>Sauvegardez la base de données et encryption.config sur chaque nœud ; n&apos;acceptez cet avertissement que si cette sauvegarde est encore récente.</translation>
    </message>
    <message>
        <source>No secret-key rotation is running</source>
        <translation>Aucune rotation des clés de secrets en cours</translation>
    </message>
    <message>
        <source>Wait until it has ended (the server accepts key-management changes again then), then check again.</source>
        <translation>Attendez qu&apos;elle soit terminée (le serveur accepte alors de nouveau les modifications de la gestion des clés), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>No secret-key rotation is running.</source>
        <translation>Aucune rotation des clés de secrets n&apos;est en cours.</translation>
    </message>
    <message>
        <source>No master encryption key rotation is running</source>
        <translation>Aucune rotation de la clé de chiffrement principale en cours</translation>
    </message>
    <message>
        <source>The rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>L&apos;état de la rotation ne contient pas de processState ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>The rotation state &quot;%1&quot; is not published; whether a rotation runs cannot be determined.</source>
        <translation>L&apos;état de rotation « %1 » n&apos;est pas publié ; impossible de déterminer si une rotation est en cours.</translation>
    </message>
    <message>
        <source>Check the rotation on the server itself, then check again.</source>
        <translation>Vérifiez la rotation sur le serveur lui-même, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>A rotation is under way: %1.</source>
        <translation>Une rotation est en cours : %1.</translation>
    </message>
    <message>
        <source>Wait for it to end (the Rotation page follows it), then check again.</source>
        <translation>Attendez qu&apos;elle se termine (la page Rotation la suit), puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The last rotation failed and waits for a retry: %1.</source>
        <translation>La dernière rotation a échoué et attend une relance : %1.</translation>
    </message>
    <message>
        <source>Retry the failed step rather than start another rotation.</source>
        <translation>Relancez l&apos;étape en échec plutôt que de démarrer une autre rotation.</translation>
    </message>
    <message>
        <source>No rotation is under way or waiting for a retry.</source>
        <translation>Aucune rotation n&apos;est en cours ni en attente de relance.</translation>
    </message>
    <message>
        <source>Geo-replication is off</source>
        <translation>La géoréplication est désactivée</translation>
    </message>
    <message>
        <source>The rotation state says geo-replication is enabled; a rotation is not allowed while it is.</source>
        <translation>D&apos;après l&apos;état de la rotation, la géoréplication est activée ; aucune rotation n&apos;est permise tant qu&apos;elle l&apos;est.</translation>
    </message>
    <message>
        <source>Turn geo-replication off on the server, then check again.</source>
        <translation>Désactivez la géoréplication sur le serveur, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The rotation state says geo-replication is off.</source>
        <translation>D&apos;après l&apos;état de la rotation, la géoréplication est désactivée.</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Santé du serveur</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Last database backup</source>
        <translation>Dernière sauvegarde de la base de données</translation>
    </message>
    <message>
        <source>Master encryption key rotation</source>
        <translation>Rotation de la clé de chiffrement principale</translation>
    </message>
    <message>
        <source>Geo-replication</source>
        <translation>Géoréplication</translation>
    </message>
    <message>
        <source>Secret-key rotation</source>
        <translation>Rotation des clés de secrets</translation>
    </message>
    <message>
        <source>A secret-key rotation is running: %1.</source>
        <translation>Une rotation des clés de secrets est en cours : %1.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>Approuver &amp;une fois</translation>
    </message>
    <message>
        <source>&amp;Always trust for this server</source>
        <translation>&amp;Toujours approuver pour ce serveur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Saisissez %1 pour confirmer</translation>
    </message>
    <message>
        <source>Type %1 above first.</source>
        <translation>Saisissez d&apos;abord %1 ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Du (UTC) :</translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation>&amp;Au (UTC) :</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Saisissez un nombre entier de %1 à %2.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>Leave the user name and password out of the proxy address; proxies that ask for a password are not supported.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse du proxy ; les proxys qui demandent un mot de passe ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>« %1 » n&apos;est pas une adresse de proxy ; utilisez http://HÔTE:PORT ou socks5://HÔTE:PORT.</translation>
    </message>
    <message>
        <source>An https:// proxy (TLS to the proxy) is not supported; use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Un proxy https:// (TLS vers le proxy) n&apos;est pas pris en charge ; utilisez http://HOST:PORT ou socks5://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Key management compliance report</source>
        <translation>Rapport de conformité de la gestion des clés</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Generated %1 UTC by %2 with kmconsole %3</source>
        <translation>Généré le %1 UTC par %2 avec kmconsole %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (UTC)</source>
        <translation>Période : du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>The master encryption key&apos;s age</source>
        <translation>Âge de la clé de chiffrement principale</translation>
    </message>
    <message>
        <source>Last completed rotation: #%1, requested by %2, started %3 UTC, completed %4 UTC.</source>
        <translation>Dernière rotation terminée : #%1, demandée par %2, démarrée le %3 UTC, terminée le %4 UTC.</translation>
    </message>
    <message>
        <source>The newest rotation failed after the key was changed: a new key exists but is not fully in use; the age counts from the last completed rotation.</source>
        <translation>La rotation la plus récente a échoué après le changement de clé : une nouvelle clé existe mais n&apos;est pas entièrement utilisée ; l&apos;âge est compté à partir de la dernière rotation terminée.</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>État de la rotation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Last ended %1 UTC.</source>
        <translation>Dernière fin : %1 UTC.</translation>
    </message>
    <message>
        <source>The server&apos;s error: %1</source>
        <translation>Erreur du serveur : %1</translation>
    </message>
    <message>
        <source>Rotations in the period</source>
        <translation>Rotations de la période</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s): %1 completed, %2 failed; median duration %3.</source>
        <translation>
            <numerusform>%n rotation (terminées : %1, échouées : %2) ; durée médiane : %3.</numerusform>
            <numerusform>%n rotations (terminées : %1, échouées : %2) ; durée médiane : %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Key management configuration</source>
        <translation>Configuration de la gestion des clés</translation>
    </message>
    <message>
        <source>Type: %1 (id %2). Secrets are never part of this report.</source>
        <translation>Type : %1 (id %2). Les secrets ne font jamais partie de ce rapport.</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(non communiqué par le serveur)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Configuration changes in the period</source>
        <translation>Modifications de la configuration pendant la période</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Key management compliance report: %1</source>
        <translation>Rapport de conformité de la gestion des clés : %1</translation>
    </message>
    <message>
        <source>Secret Server version: %1</source>
        <translation>Version de Secret Server : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>This server keeps no configuration history that the API can read.</source>
        <translation>Ce serveur ne conserve aucun historique de configuration lisible par l&apos;API.</translation>
    </message>
    <message>
        <source>Every rotation in the period</source>
        <translation>Toutes les rotations de la période</translation>
    </message>
    <message>
        <source>Last secret-key rotation</source>
        <translation>Dernière rotation des clés de secrets</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Requested %1; run %2.</source>
        <translation>Demandée le %1 ; exécutée le %2.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>N&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>RotationEligibility</name>
    <message>
        <source>The rotation state has not loaded yet.</source>
        <translation>L&apos;état de la rotation n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the state shown may be out of date.</source>
        <translation>Le serveur est injoignable : l&apos;état affiché n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after a configuration change; it refuses changes until that finishes.</source>
        <translation>Le serveur rechiffre ses clés de secrets après une modification de la configuration ; il refuse les modifications jusqu&apos;à la fin de cette opération.</translation>
    </message>
    <message>
        <source>A request to the server is under way.</source>
        <translation>Une requête au serveur est en cours.</translation>
    </message>
    <message>
        <source>your account may administer key management.</source>
        <translation>votre compte peut administrer la gestion des clés.</translation>
    </message>
    <message>
        <source>Your account lacks the Administer Key Management permission.</source>
        <translation>Votre compte n&apos;a pas l&apos;autorisation « Administrer la gestion des clés ».</translation>
    </message>
    <message>
        <source>no rotation is running.</source>
        <translation>aucune rotation n&apos;est en cours.</translation>
    </message>
    <message>
        <source>A rotation is already running.</source>
        <translation>Une rotation est déjà en cours.</translation>
    </message>
    <message>
        <source>no failed rotation is waiting for a retry.</source>
        <translation>aucune rotation en échec n&apos;attend d&apos;être relancée.</translation>
    </message>
    <message>
        <source>The last rotation failed: retry it first.</source>
        <translation>La dernière rotation a échoué : relancez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>geo-replication is off.</source>
        <translation>la géoréplication est désactivée.</translation>
    </message>
    <message>
        <source>Geo-replication is enabled.</source>
        <translation>La géoréplication est activée.</translation>
    </message>
    <message>
        <source>the server allows a rotation now.</source>
        <translation>le serveur permet une rotation maintenant.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now.</source>
        <translation>Le serveur ne permet pas de rotation pour le moment.</translation>
    </message>
    <message>
        <source>The rotation is running; there is nothing to retry.</source>
        <translation>La rotation est en cours ; il n&apos;y a rien à relancer.</translation>
    </message>
    <message>
        <source>Nothing has failed, so there is nothing to retry.</source>
        <translation>Rien n&apos;a échoué, il n&apos;y a donc rien à relancer.</translation>
    </message>
</context>
<context>
    <name>RotationHistory</name>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed before the key changed</source>
        <translation>Échec avant le changement de clé</translation>
    </message>
    <message>
        <source>Failed after the key changed</source>
        <translation>Échec après le changement de clé</translation>
    </message>
    <message>
        <source>Running or stopped</source>
        <translation>En cours ou arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>No completed rotation is known, so the key&apos;s age is unknown (policy: at most %n day(s)).</source>
        <translation>
            <numerusform>Aucune rotation terminée n&apos;est connue : l&apos;âge de la clé est donc inconnu (politique : au plus %n jour).</numerusform>
            <numerusform>Aucune rotation terminée n&apos;est connue : l&apos;âge de la clé est donc inconnu (politique : au plus %n jours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old; the policy allows %n day(s).</source>
        <translation>
            <numerusform>La clé a %1 jours ; la politique autorise %n jour.</numerusform>
            <numerusform>La clé a %1 jours ; la politique autorise %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old and due for rotation within %n day(s).</source>
        <translation>
            <numerusform>La clé a %1 jours et sa rotation est due d&apos;ici %n jour.</numerusform>
            <numerusform>La clé a %1 jours et sa rotation est due d&apos;ici %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old: OVERDUE, the policy allows %n day(s).</source>
        <translation>
            <numerusform>La clé a %1 jours : EN RETARD, la politique autorise %n jour.</numerusform>
            <numerusform>La clé a %1 jours : EN RETARD, la politique autorise %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationPreflight</name>
    <message>
        <source>the backup log</source>
        <translation>le journal des sauvegardes</translation>
    </message>
    <message>
        <source>%1 was refused because the session ended (%2); sign in again, then check again.</source>
        <translation>%1 a été refusé car la session a pris fin (%2) ; reconnectez-vous, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>This account may not read %1 (%2): it lacks the permission to view %3.</source>
        <translation>Ce compte ne peut pas lire %1 (%2) : il n&apos;a pas l&apos;autorisation de voir %3.</translation>
    </message>
    <message>
        <source>This account may not read %1 (%2): it lacks the permission to view %3. The server said: %4</source>
        <translation>Ce compte ne peut pas lire %1 (%2) : il n&apos;a pas l&apos;autorisation de voir %3. Le serveur a indiqué : %4</translation>
    </message>
    <message>
        <source>This server does not have %1 (404), so %2 cannot be read.</source>
        <translation>Ce serveur n&apos;a pas %1 (404) : %2 ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>The reply of %1 could not be read: %2</source>
        <translation>La réponse de %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>le contrôle de santé</translation>
    </message>
    <message>
        <source>the server nodes</source>
        <translation>les nœuds du serveur</translation>
    </message>
    <message>
        <source>the rotation state</source>
        <translation>l&apos;état de la rotation</translation>
    </message>
    <message>
        <source>the secret-key rotation&apos;s status</source>
        <translation>le statut de la rotation des clés de secrets</translation>
    </message>
</context>
<context>
    <name>RotationText</name>
    <message>
        <source>No master encryption key rotation has run yet.</source>
        <translation>Aucune rotation de la clé de chiffrement principale n&apos;a encore eu lieu.</translation>
    </message>
    <message>
        <source>A rotation was requested and is about to start.</source>
        <translation>Une rotation a été demandée et va commencer.</translation>
    </message>
    <message>
        <source>Creating the new master encryption key.</source>
        <translation>Création de la nouvelle clé de chiffrement principale.</translation>
    </message>
    <message>
        <source>The new master encryption key is in place.</source>
        <translation>La nouvelle clé de chiffrement principale est en place.</translation>
    </message>
    <message>
        <source>Waiting for the application to restart on every node.</source>
        <translation>En attente du redémarrage de l&apos;application sur chaque nœud.</translation>
    </message>
    <message>
        <source>Marking the data that must be re-encrypted.</source>
        <translation>Marquage des données à rechiffrer.</translation>
    </message>
    <message>
        <source>All data to re-encrypt is marked.</source>
        <translation>Toutes les données à rechiffrer sont marquées.</translation>
    </message>
    <message>
        <source>Re-encrypting secrets with the new key.</source>
        <translation>Rechiffrement des secrets avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>All secrets are re-encrypted.</source>
        <translation>Tous les secrets sont rechiffrés.</translation>
    </message>
    <message>
        <source>Re-encrypting session data.</source>
        <translation>Rechiffrement des données de session.</translation>
    </message>
    <message>
        <source>Session data is re-encrypted: the rotation is finished.</source>
        <translation>Les données de session sont rechiffrées : la rotation est terminée.</translation>
    </message>
    <message>
        <source>The rotation stopped with errors before the key was changed; the old key is still in use.</source>
        <translation>La rotation s&apos;est arrêtée avec des erreurs avant le changement de clé ; l&apos;ancienne clé est toujours utilisée.</translation>
    </message>
    <message>
        <source>The rotation failed after the new key was made, so data is only partly re-encrypted. Retry to finish it.</source>
        <translation>La rotation a échoué après la création de la nouvelle clé : les données ne sont que partiellement rechiffrées. Relancez-la pour la terminer.</translation>
    </message>
    <message>
        <source>The server reports a status this console does not know: &quot;%1&quot;.</source>
        <translation>Le serveur signale un statut que cette console ne connaît pas : « %1 ».</translation>
    </message>
    <message>
        <source>Rotation requested</source>
        <translation>Rotation demandée</translation>
    </message>
    <message>
        <source>New key being created</source>
        <translation>Nouvelle clé en création</translation>
    </message>
    <message>
        <source>New key in place</source>
        <translation>Nouvelle clé en place</translation>
    </message>
    <message>
        <source>Application restart</source>
        <translation>Redémarrage de l&apos;application</translation>
    </message>
    <message>
        <source>Marking data</source>
        <translation>Marquage des données</translation>
    </message>
    <message>
        <source>Data marked</source>
        <translation>Données marquées</translation>
    </message>
    <message>
        <source>Re-encrypting secrets</source>
        <translation>Rechiffrement des secrets</translation>
    </message>
    <message>
        <source>Secrets re-encrypted</source>
        <translation>Secrets rechiffrés</translation>
    </message>
    <message>
        <source>Re-encrypting session data</source>
        <translation>Rechiffrement des données de session</translation>
    </message>
    <message>
        <source>Session data re-encrypted</source>
        <translation>Données de session rechiffrées</translation>
    </message>
    <message>
        <source>Stopped before the key changed</source>
        <translation>Arrêtée avant le changement de clé</translation>
    </message>
    <message>
        <source>Failed after the key changed</source>
        <translation>Échec après le changement de clé</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation échouée</translation>
    </message>
    <message>
        <source>Retry requested</source>
        <translation>Relance demandée</translation>
    </message>
    <message>
        <source>Rotation completed</source>
        <translation>Rotation terminée</translation>
    </message>
</context>
<context>
    <name>SaveOutcome</name>
    <message>
        <source>THE SERVER SAVED A DIFFERENT TYPE: you asked for %1 (id %2); the server now reports %3 (id %4). Open the key management settings in the Secret Server web UI now and check them. If the id given was not this server&apos;s id for %1, set the type there; the console then learns the right id.</source>
        <translation>LE SERVEUR A ENREGISTRÉ UN AUTRE TYPE : vous avez demandé %1 (id %2) ; le serveur indique maintenant %3 (id %4). Ouvrez dès maintenant les paramètres de gestion des clés dans l&apos;interface web de Secret Server et vérifiez-les. Si l&apos;id indiqué n&apos;était pas celui de ce serveur pour %1, définissez le type à cet endroit ; la console apprend alors le bon id.</translation>
    </message>
</context>
<context>
    <name>SavePlan</name>
    <message>
        <source>The server has not shown which id it uses for %1, and the ids are published nowhere.</source>
        <translation>Le serveur n&apos;a pas indiqué quel id il utilise pour %1, et ces id ne sont publiés nulle part.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>(sent again; never shown)</source>
        <translation>(renvoyé ; jamais affiché)</translation>
    </message>
    <message>
        <source>(empty: the latest version)</source>
        <translation>(vide : la dernière version)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(non communiqué par le serveur)</translation>
    </message>
    <message>
        <source>The configuration is not whole (%1): a save replaces all of it.</source>
        <translation>La configuration n&apos;est pas complète (%1) : un enregistrement la remplace entièrement.</translation>
    </message>
    <message>
        <source> (id given by you; the server has not shown it)</source>
        <translation> (id indiqué par vous ; le serveur ne l&apos;a pas indiqué)</translation>
    </message>
    <message>
        <source>Type: %1 → %2%3</source>
        <translation>Type : %1 → %2%3</translation>
    </message>
    <message>
        <source>Type: %1, unchanged%2</source>
        <translation>Type : %1, inchangé%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, unchanged</source>
        <translation>%1 : « %2 », inchangé</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
</context>
<context>
    <name>SecretKeyText</name>
    <message>
        <source>%1 of %2 secrets processed</source>
        <translation>%1 secrets traités sur %2</translation>
    </message>
    <message>
        <source>, %1 per second</source>
        <translation>, %1 par seconde</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, environ %1 restant</translation>
    </message>
    <message>
        <source> (cancelling)</source>
        <translation> (annulation en cours)</translation>
    </message>
    <message>
        <source>The server will accept changes once this has ended.</source>
        <translation>Le serveur acceptera les modifications une fois cette opération terminée.</translation>
    </message>
    <message>
        <source>Refused: a secret-key rotation is running on the server (%1). %2</source>
        <translation>Refusé : une rotation des clés de secrets est en cours sur le serveur (%1). %2</translation>
    </message>
    <message>
        <source>No secret-key rotation has run.</source>
        <translation>Aucune rotation des clés de secrets n&apos;a eu lieu.</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(aucun statut)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The secret-key rotation ended with the status &quot;%1&quot;, which is not published; how it ended cannot be determined.</source>
        <translation>La rotation des clés de secrets s&apos;est terminée avec le statut « %1 », qui n&apos;est pas publié ; impossible de déterminer comment elle s&apos;est terminée.</translation>
    </message>
    <message>
        <source>A secret-key rotation is running on the server (%1). %2</source>
        <translation>Une rotation des clés de secrets est en cours sur le serveur (%1). %2</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of the Secret Server.</source>
        <translation>Saisissez l&apos;adresse du Secret Server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur valide.</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, not %1://.</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// ou http://, pas par %1://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>N&apos;incluez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>km::ApiClient</name>
    <message>
        <source>It is not JSON (%1).</source>
        <translation>Ce n&apos;est pas du JSON (%1).</translation>
    </message>
    <message>
        <source>It redirects to %1; use that address instead.</source>
        <translation>Il redirige vers %1 ; utilisez plutôt cette adresse.</translation>
    </message>
    <message>
        <source>The user name, password or domain is not correct.</source>
        <translation>Le nom d&apos;utilisateur, le mot de passe ou le domaine est incorrect.</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>Un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Aucune adresse de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no token endpoint at this address.</source>
        <translation>Il n&apos;y a pas de point de terminaison de jeton à cette adresse.</translation>
    </message>
    <message>
        <source>Expected a JSON array of users.</source>
        <translation>Une liste JSON d&apos;utilisateurs était attendue.</translation>
    </message>
    <message>
        <source>(The limit for this request is %1 KB.)</source>
        <translation>(La limite pour cette requête est de %1 Ko.)</translation>
    </message>
    <message>
        <source>(It stopped sending in the middle of its answer.)</source>
        <translation>(Il a cessé d&apos;envoyer au milieu de sa réponse.)</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived (%1).</source>
        <translation>La connexion a été interrompue avant l&apos;arrivée de la réponse complète (%1).</translation>
    </message>
    <message>
        <source>The server refused this change (HTTP %1): %2 If your session had ended it has been renewed, so trying again will tell.</source>
        <translation>Le serveur a refusé cette modification (HTTP %1) : %2 Si votre session avait pris fin, elle a été renouvelée ; une nouvelle tentative le dira.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>(Severity: %1.)</source>
        <translation>(Gravité : %1.)</translation>
    </message>
    <message>
        <source>Your session had ended, so nothing was changed. Sign in again, then repeat the change.</source>
        <translation>Votre session avait expiré, rien n’a donc été modifié. Reconnectez-vous, puis refaites la modification.</translation>
    </message>
</context>
<context>
    <name>km::AuditExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>L&apos;écriture du fichier a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n attempt(s): %1</source>
        <translation>
            <numerusform>L&apos;export s&apos;est arrêté après %n tentative : %1</numerusform>
            <numerusform>L&apos;export s&apos;est arrêté après %n tentatives : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Le fichier n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n enregistrement exporté.</numerusform>
            <numerusform>%n enregistrements exportés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A range of more than %n day(s) is too long to export at once.</source>
        <translation>
            <numerusform>Une plage de plus de %n jour est trop longue pour être exportée en une fois.</numerusform>
            <numerusform>Une plage de plus de %n jours est trop longue pour être exportée en une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not sort by audit id when asked, so records added during the export cannot be told apart by id; the export fails rather than guess if the total changes.</source>
        <translation>Le serveur n&apos;a pas trié par id d&apos;audit comme demandé : les enregistrements ajoutés pendant l&apos;export ne peuvent donc pas être distingués par leur id ; si le total change, l&apos;export échoue plutôt que de deviner.</translation>
    </message>
    <message>
        <source>The export stopped: the server&apos;s answer could not be read: %1</source>
        <translation>L&apos;export s&apos;est arrêté : la réponse du serveur n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The export stopped: the server reported that the query failed.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur a signalé l&apos;échec de la requête.</translation>
    </message>
    <message>
        <source>The server did not apply the sort it was asked for; the rows are in the order it sent them.</source>
        <translation>Le serveur n&apos;a pas appliqué le tri demandé ; les lignes sont dans l&apos;ordre où il les a envoyées.</translation>
    </message>
    <message>
        <source>The export stopped: the number of matching records changed from %1 to %2 while it ran, and this server does not sort by audit id, so an exact file cannot be made. Try again.</source>
        <translation>L&apos;export s&apos;est arrêté : le nombre d&apos;enregistrements correspondants est passé de %1 à %2 pendant l&apos;export, et ce serveur ne trie pas par id d&apos;audit ; un fichier exact ne peut donc pas être produit. Réessayez.</translation>
    </message>
    <message>
        <source>The export stopped: the server reported %1 matching records when the export began, but its pages held %2 of them.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur a annoncé %1 enregistrements correspondants au début de l&apos;export, mais ses pages en contenaient %2.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped: the server sent records already written %n time(s) in a row; its paging does not advance (%1 of %2 records written).</source>
        <translation>
            <numerusform>L&apos;export s&apos;est arrêté : le serveur a envoyé %n fois de suite des enregistrements déjà écrits ; sa pagination n&apos;avance pas (%1 enregistrements écrits sur %2).</numerusform>
            <numerusform>L&apos;export s&apos;est arrêté : le serveur a envoyé %n fois de suite des enregistrements déjà écrits ; sa pagination n&apos;avance pas (%1 enregistrements écrits sur %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: the server keeps reporting more records (%1, %2 when the export began); its paging does not end.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur annonce sans cesse plus d&apos;enregistrements (%1, contre %2 au début de l&apos;export) ; sa pagination ne se termine pas.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement exporté vers %1.</numerusform>
            <numerusform>%n enregistrements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: the server sent records dated outside %1 (UTC), the day asked for; it may read the day in its own time zone, so an exact file cannot be made.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur a envoyé des enregistrements datés hors du %1 (UTC), le jour demandé ; il lit peut-être le jour dans son propre fuseau horaire : un fichier exact ne peut donc pas être produit.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;export s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The export stopped: the server did not sort the audit by id when asked, so the records after audit id %1 cannot be found. Export without --after-id or --state.</source>
        <translation>L&apos;export s&apos;est arrêté : le serveur n&apos;a pas trié l&apos;audit par id comme demandé ; les enregistrements postérieurs à l&apos;id d&apos;audit %1 sont donc introuvables. Exportez sans --after-id ni --state.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Export without --after-id or --state.</source>
        <translation>L&apos;export s&apos;est arrêté : %1 Exportez sans --after-id ni --state.</translation>
    </message>
    <message>
        <source>audit id %1 is dated %2, after a record with a higher id (dated %3): on this server ids do not grow with time, so records after an id cannot be told apart.</source>
        <translation>L&apos;id d&apos;audit %1 est datée du %2, après un enregistrement d&apos;id supérieur (daté du %3) : sur ce serveur, les id ne croissent pas avec le temps ; les enregistrements postérieurs à un id ne peuvent donc pas être distingués.</translation>
    </message>
    <message>
        <source>audit id %1 (dated %2) is not above %3, the last id exported, yet the export that ended there did not write it: on this server ids do not grow with time, and an export after an id would skip it.</source>
        <translation>L&apos;id d&apos;audit %1 (datée du %2) n&apos;est pas supérieure à %3, le dernier id exporté, et pourtant l&apos;export qui s&apos;est arrêté là ne l&apos;a pas écrite : sur ce serveur, les id ne croissent pas avec le temps, et un export après un id la sauterait.</translation>
    </message>
</context>
<context>
    <name>km::AuditPage</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Filter by day (UTC)</source>
        <translation>Filtrer par jour (UTC)</translation>
    </message>
    <message>
        <source>Search the audit</source>
        <translation>Rechercher dans l&apos;audit</translation>
    </message>
    <message>
        <source>Search user, action or notes (Ctrl+F)</source>
        <translation>Rechercher utilisateur, action ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Rotation audit records</source>
        <translation>Enregistrements d&apos;audit des rotations</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Détails de l&apos;enregistrement sélectionné</translation>
    </message>
    <message>
        <source>Select a record to see all of it here.</source>
        <translation>Sélectionnez un enregistrement pour le voir ici en entier.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivante &gt;</translation>
    </message>
    <message>
        <source>La&amp;st &gt;|</source>
        <translation>&amp;Dernière &gt;|</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Enregistrements par page</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 par page</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM pour Excel</translation>
    </message>
    <message>
        <source>Start the CSV file with a UTF-8 byte order mark, so that Excel reads non-ASCII text right.</source>
        <translation>Commencer le fichier CSV par une marque d&apos;ordre des octets UTF-8, pour qu&apos;Excel lise correctement les caractères non ASCII.</translation>
    </message>
    <message>
        <source>No audit records match.</source>
        <translation>Aucun enregistrement d&apos;audit ne correspond.</translation>
    </message>
    <message>
        <source>The audit could not be loaded: %1</source>
        <translation>L&apos;audit n&apos;a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Aucun enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Page %1 sur %2 · %n enregistrement</numerusform>
            <numerusform>Page %1 sur %2 · %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rotation-audit-%1.csv</source>
        <translation>audit-rotation-%1.csv</translation>
    </message>
    <message>
        <source>Export the rotation audit</source>
        <translation>Exporter l&apos;audit des rotations</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 records…</source>
        <translation>%1 enregistrements exportés sur %2…</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Démarrage de l&apos;export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting the audit</source>
        <translation>Export de l&apos;audit</translation>
    </message>
    <message>
        <source>Shows only the records of this user.</source>
        <translation>N&apos;affiche que les enregistrements de cet utilisateur.</translation>
    </message>
    <message>
        <source>Shows only the records with this action; any action name can be typed.</source>
        <translation>N&apos;affiche que les enregistrements avec cette action ; tout nom d&apos;action peut être saisi.</translation>
    </message>
    <message>
        <source>Shows only the records whose user, action or notes contain this text.</source>
        <translation>N&apos;affiche que les enregistrements dont l&apos;utilisateur, l&apos;action ou les notes contiennent ce texte.</translation>
    </message>
    <message>
        <source>Removes every filter.</source>
        <translation>Retire tous les filtres.</translation>
    </message>
    <message>
        <source>Loads the page again.</source>
        <translation>Recharge la page.</translation>
    </message>
    <message>
        <source>The rotation audit records of this page. Click a column header to sort; Ctrl+C copies the selected rows.</source>
        <translation>Les enregistrements d&apos;audit des rotations de cette page. Cliquez sur un en-tête de colonne pour trier ; Ctrl+C copie les lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Everything about the selected record, notes in full.</source>
        <translation>Tout sur l&apos;enregistrement sélectionné, notes complètes.</translation>
    </message>
    <message>
        <source>Goes to the first page.</source>
        <translation>Va à la première page.</translation>
    </message>
    <message>
        <source>Goes to the previous page (Page Up at the first row).</source>
        <translation>Va à la page précédente (Page préc. sur la première ligne).</translation>
    </message>
    <message>
        <source>Goes to the next page (Page Down at the last row).</source>
        <translation>Va à la page suivante (Page suiv. sur la dernière ligne).</translation>
    </message>
    <message>
        <source>Goes to the last page.</source>
        <translation>Va à la dernière page.</translation>
    </message>
    <message>
        <source>How many records each page shows.</source>
        <translation>Nombre d&apos;enregistrements affichés par page.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Everything that matches the filters…</source>
        <translation>Tout ce qui correspond aux filtres…</translation>
    </message>
    <message>
        <source>A range of days…</source>
        <translation>Une plage de jours…</translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation>&amp;Jour (UTC) :</translation>
    </message>
    <message>
        <source>Shows only the records of one day (UTC), typed as YYYY-MM-DD or picked from the calendar; empty for every day.</source>
        <translation>N&apos;affiche que les enregistrements d&apos;un jour (UTC), saisi au format YYYY-MM-DD ou choisi dans le calendrier ; vide pour tous les jours.</translation>
    </message>
    <message>
        <source>Exports every record that matches the filters, in this sort, or a range of days, to CSV.</source>
        <translation>Exporte en CSV tous les enregistrements qui correspondent aux filtres, dans ce tri, ou une plage de jours.</translation>
    </message>
    <message>
        <source>The server did not apply the sort asked for; the records are in its own order.</source>
        <translation>Le serveur n&apos;a pas appliqué le tri demandé ; les enregistrements sont dans son propre ordre.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Un export est en cours.</translation>
    </message>
    <message>
        <source>The audit has not loaded yet.</source>
        <translation>L&apos;audit n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>Record %1 of rotation %2
Date: %3 (%4)
User: %5 (%6, id %7)
Action: %8
Status: %9

Notes:
%10</source>
        <translation>Enregistrement %1 de la rotation %2
Date : %3 (%4)
Utilisateur : %5 (%6, id %7)
Action : %8
Statut : %9

Notes :
%10</translation>
    </message>
    <message>
        <source>Export a range of days</source>
        <translation>Exporter une plage de jours</translation>
    </message>
    <message>
        <source>The server filters the audit one day at a time, so the export walks the days of this range (UTC), with the other filters and the sort on screen.</source>
        <translation>Le serveur filtre l&apos;audit un jour à la fois : l&apos;export parcourt donc les jours de cette plage (UTC), avec les autres filtres et le tri affichés à l&apos;écran.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>The server sent records dated outside %1 (UTC), the day asked for: it may read the day in its own time zone. The list shows what it sent.</source>
        <translation>Le serveur a envoyé des enregistrements datés hors du %1 (UTC), le jour demandé : il lit peut-être le jour dans son propre fuseau horaire. La liste affiche ce qu&apos;il a envoyé.</translation>
    </message>
    <message>
        <source>|&lt; F&amp;irst</source>
        <translation>|&lt; Prem&amp;ière</translation>
    </message>
    <message>
        <source>Shows every rotation&apos;s records again.</source>
        <translation>Affiche de nouveau les enregistrements de toutes les rotations.</translation>
    </message>
    <message>
        <source>Rotation %1 only ✕</source>
        <translation>Rotation %1 uniquement ✕</translation>
    </message>
    <message>
        <source>Remove the filter: rotation %1 only</source>
        <translation>Retirer le filtre : rotation %1 uniquement</translation>
    </message>
    <message>
        <source>Rotation filter</source>
        <translation>Filtre de rotation</translation>
    </message>
    <message>
        <source>No records are shown until the day is corrected or cleared.</source>
        <translation>Aucun enregistrement n&apos;est affiché tant que le jour n&apos;est pas corrigé ou effacé.</translation>
    </message>
    <message>
        <source>Not filtered: the day is not valid</source>
        <translation>Non filtré : le jour n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Correct or clear the day first.</source>
        <translation>Corrigez ou effacez d&apos;abord le jour.</translation>
    </message>
</context>
<context>
    <name>km::ColumnFitter</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Shows or hides columns; the ones that do not fit are hidden first.</source>
        <translation>Affiche ou masque des colonnes ; celles qui ne tiennent pas sont masquées en premier.</translation>
    </message>
</context>
<context>
    <name>km::ComplianceReportBuilder</name>
    <message>
        <source>Reading the rotation audit</source>
        <translation>Lecture de l&apos;audit des rotations</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Lecture de la configuration</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>La configuration n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Reading the configuration&apos;s changes</source>
        <translation>Lecture des modifications de la configuration</translation>
    </message>
    <message>
        <source>The configuration&apos;s changes could not be read: %1</source>
        <translation>Les modifications de la configuration n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Reading the rotation state</source>
        <translation>Lecture de l&apos;état de la rotation</translation>
    </message>
    <message>
        <source>The rotation state could not be read: %1</source>
        <translation>L&apos;état de la rotation n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Reading the secret-key rotation</source>
        <translation>Lecture de la rotation des clés de secrets</translation>
    </message>
</context>
<context>
    <name>km::ConfigAuditModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>km::ConfigFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>km::ConfigurationPage</name>
    <message>
        <source>Defaults loaded from the server. Nothing is saved until you click Save.</source>
        <translation>Valeurs par défaut chargées depuis le serveur. Rien n&apos;est enregistré avant que vous cliquiez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Your account may view this configuration but not change it (it lacks the Administer Key Management permission).</source>
        <translation>Votre compte peut voir cette configuration mais pas la modifier (il n&apos;a pas l&apos;autorisation « Administrer la gestion des clés »).</translation>
    </message>
    <message>
        <source>External key management</source>
        <translation>Gestion externe des clés</translation>
    </message>
    <message>
        <source>Key management type</source>
        <translation>Type de gestion des clés</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Afficher la saisie</translation>
    </message>
    <message>
        <source>Shows only what you typed here; the stored secret is never sent to this console.</source>
        <translation>N&apos;affiche que ce que vous avez saisi ici ; le secret enregistré n&apos;est jamais envoyé à cette console.</translation>
    </message>
    <message>
        <source>empty: always the latest version</source>
        <translation>vide : toujours la version la plus récente</translation>
    </message>
    <message>
        <source>Load &amp;defaults</source>
        <translation>Charger les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Loading the defaults replaces what you typed.</source>
        <translation>Charger les valeurs par défaut remplace votre saisie.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Search the history…</source>
        <translation>Rechercher dans l&apos;historique…</translation>
    </message>
    <message>
        <source>Search the change history</source>
        <translation>Rechercher dans l&apos;historique des modifications</translation>
    </message>
    <message>
        <source>Configuration change history</source>
        <translation>Historique des modifications de configuration</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivante</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with what the server has.</source>
        <translation>Recharger remplace vos modifications non enregistrées par l&apos;état du serveur.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n change(s))</source>
        <translation>
            <numerusform>Page %1 sur %2 (%n modification)</numerusform>
            <numerusform>Page %1 sur %2 (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The key management configuration has changes that are not saved.</source>
        <translation>La configuration de la gestion des clés comporte des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save the key management configuration</source>
        <translation>Enregistrer la configuration de la gestion des clés</translation>
    </message>
    <message>
        <source>Could not load the configuration: %1</source>
        <translation>Impossible de charger la configuration : %1</translation>
    </message>
    <message>
        <source>Could not load the defaults: %1</source>
        <translation>Impossible de charger les valeurs par défaut : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Your changes are kept; correct them or try Save again.</source>
        <translation>Vos modifications sont conservées ; corrigez-les ou réessayez Enregistrer.</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Impossible de charger l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Your account may not change the configuration.</source>
        <translation>Votre compte ne peut pas modifier la configuration.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Which external key management protects the master encryption key.</source>
        <translation>Quelle gestion externe des clés protège la clé de chiffrement principale.</translation>
    </message>
    <message>
        <source>Puts back the values the server has.</source>
        <translation>Remet les valeurs du serveur.</translation>
    </message>
    <message>
        <source>Shows only the changes whose user, action or notes contain this text.</source>
        <translation>N&apos;affiche que les modifications dont l&apos;utilisateur, l&apos;action ou les notes contiennent ce texte.</translation>
    </message>
    <message>
        <source>Changes made to this configuration, newest first. Click a column header to sort.</source>
        <translation>Les modifications de cette configuration, les plus récentes d&apos;abord. Cliquez sur un en-tête de colonne pour trier.</translation>
    </message>
    <message>
        <source>Goes to the previous page of the history.</source>
        <translation>Va à la page précédente de l&apos;historique.</translation>
    </message>
    <message>
        <source>Goes to the next page of the history.</source>
        <translation>Va à la page suivante de l&apos;historique.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after the configuration change. It refuses changes until it has finished, so Save and Rotate are disabled meanwhile; the console checks every few seconds.</source>
        <translation>Le serveur rechiffre ses clés de secrets après la modification de la configuration. Il refuse les modifications jusqu&apos;à la fin de cette opération : l&apos;enregistrement et la rotation sont donc désactivés entre-temps ; la console vérifie à intervalles de quelques secondes.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Asks the server now whether it has finished re-encrypting.</source>
        <translation>Demande maintenant au serveur s&apos;il a terminé le rechiffrement.</translation>
    </message>
    <message>
        <source>Enter the type &amp;id…</source>
        <translation>Saisir l&apos;&amp;id du type…</translation>
    </message>
    <message>
        <source>Gives the numeric id this server uses for the chosen type, which it has not shown yet.</source>
        <translation>Indique l&apos;id numérique que ce serveur utilise pour le type choisi et qu&apos;il n&apos;a pas encore indiqué.</translation>
    </message>
    <message>
        <source>type it: the server never sends it back</source>
        <translation>à saisir : le serveur ne le renvoie jamais</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Fills in the server&apos;s defaults for a new configuration, without saving.</source>
        <translation>Remplit les valeurs par défaut du serveur pour une nouvelle configuration, sans enregistrer.</translation>
    </message>
    <message>
        <source>Shows what will be sent, then saves it to the server.</source>
        <translation>Affiche ce qui sera envoyé, puis l&apos;enregistre sur le serveur.</translation>
    </message>
    <message>
        <source>Type id for %1</source>
        <translation>Id de type pour %1</translation>
    </message>
    <message>
        <source>Secret Server stores the type as a number, and these numbers are published nowhere. This server has not shown which number it uses for %1 yet, so the console will not guess: a wrong number switches the server to another key provider, or off.

Enter the id only if you know it for certain (from the server&apos;s administrator or its web UI). Once %1 has been set through the web UI, the console learns the id from the server by itself.

The id of %1:</source>
        <translation>Secret Server enregistre le type sous forme de nombre, et ces nombres ne sont publiés nulle part. Ce serveur n&apos;a pas encore indiqué quel nombre il utilise pour %1 : la console ne le devinera donc pas. Un mauvais nombre fait passer le serveur à un autre fournisseur de clés, ou à aucun.

Ne saisissez l&apos;id que si vous le connaissez avec certitude (par l&apos;administrateur du serveur ou son interface web). Une fois %1 défini via l&apos;interface web, la console apprend l&apos;id auprès du serveur d&apos;elle-même.

L&apos;id de %1 :</translation>
    </message>
    <message>
        <source>Save this whole configuration to %1?</source>
        <translation>Enregistrer toute cette configuration sur %1 ?</translation>
    </message>
    <message>
        <source>%1

A save replaces the whole configuration; fields of other types are not sent. After a change the server enters maintenance mode and re-encrypts every secret key. If the new key cannot be reached, Secret Server cannot decrypt secrets: check the values first.</source>
        <translation>%1

Un enregistrement remplace toute la configuration ; les champs des autres types ne sont pas envoyés. Après une modification, le serveur passe en mode maintenance et rechiffre chaque clé de secret. Si la nouvelle clé est inaccessible, Secret Server ne peut pas déchiffrer les secrets : vérifiez d&apos;abord les valeurs.</translation>
    </message>
    <message>
        <source>This server keeps no configuration history that the API can read (it has no config/audit endpoint).</source>
        <translation>Ce serveur ne conserve aucun historique de configuration lisible par l&apos;API (il n&apos;a pas de point de terminaison config/audit).</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Modifié, pas encore enregistré</translation>
    </message>
    <message>
        <source>The server uses &quot;%1&quot;, a type this console cannot edit. It is shown as the server reports it.</source>
        <translation>Le serveur utilise « %1 », un type que cette console ne peut pas modifier. Il est affiché tel que le serveur l&apos;indique.</translation>
    </message>
    <message>
        <source>The server has not shown which id it uses for %1, and the ids are published nowhere. Enter the id, or set the type once in the web UI so that the console learns it.</source>
        <translation>Le serveur n&apos;a pas indiqué quel id il utilise pour %1, et ces id ne sont publiés nulle part. Saisissez l&apos;id, ou définissez le type une fois dans l&apos;interface web pour que la console l&apos;apprenne.</translation>
    </message>
    <message>
        <source>%1 will be sent as id %2, as you gave it; the server has not confirmed it yet.</source>
        <translation>%1 sera envoyé avec l&apos;id %2, tel que vous l&apos;avez indiqué ; le serveur ne l&apos;a pas encore confirmé.</translation>
    </message>
    <message>
        <source>The server does not report its Azure Key Vault settings (the published API has no fields for them), so they start empty. To save, type in every field, the secret included: a save replaces the whole configuration. A tenant id and settings specific to Managed HSM cannot be set through this API; use the web UI for them.</source>
        <translation>Le serveur ne communique pas ses paramètres Azure Key Vault (l&apos;API publiée n&apos;a pas de champs pour eux) : ils sont donc vides au départ. Pour enregistrer, remplissez chaque champ, secret compris : un enregistrement remplace toute la configuration. Un id de locataire et les paramètres propres à Managed HSM ne peuvent pas être définis via cette API ; utilisez pour cela l&apos;interface web.</translation>
    </message>
    <message>
        <source>The server never sends the secret access key back; type it to save, because a save replaces the whole configuration.</source>
        <translation>Le serveur ne renvoie jamais la clé d&apos;accès secrète ; saisissez-la pour enregistrer, car un enregistrement remplace toute la configuration.</translation>
    </message>
    <message>
        <source>The configuration has not loaded yet.</source>
        <translation>La configuration n&apos;est pas encore chargée.</translation>
    </message>
    <message>
        <source>The server&apos;s reply contradicted the type ids remembered for this address (its ids changed, or another server answers here): the console forgot them all and learns them again from the server.</source>
        <translation>La réponse du serveur contredisait les id de type mémorisés pour cette adresse (ses id ont changé, ou un autre serveur répond ici) : la console les a tous oubliés et les apprend de nouveau auprès du serveur.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the configuration changed while you were editing; your edits are kept.</source>
        <translation>La copie de la configuration sur le serveur a changé pendant que vous la modifiiez ; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>&amp;Load the server&apos;s copy</source>
        <translation>&amp;Charger la copie du serveur</translation>
    </message>
    <message>
        <source>Replaces your edits with the configuration the server has now, after asking.</source>
        <translation>Remplace vos modifications par la configuration actuelle du serveur, après confirmation.</translation>
    </message>
    <message>
        <source>Loading the server&apos;s copy replaces your unsaved changes.</source>
        <translation>Charger la copie du serveur remplace vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Forgets the type ids remembered for this server&apos;s address, without contacting it; the console learns them again from its replies.</source>
        <translation>Oublie les id de type mémorisés pour l&apos;adresse de ce serveur, sans le contacter ; la console les apprend de nouveau à partir de ses réponses.</translation>
    </message>
    <message>
        <source>Id not taken: %1</source>
        <translation>Id non retenu : %1</translation>
    </message>
    <message>
        <source>Forget what this server told me</source>
        <translation>Oublier ce que ce serveur m&apos;a indiqué</translation>
    </message>
    <message>
        <source>Forget every type id the console remembers for %1?</source>
        <translation>Oublier tous les id de type que la console mémorise pour %1 ?</translation>
    </message>
    <message>
        <source>The console learns each type&apos;s id from the server&apos;s replies and remembers it for this address. If another server now answers here, or this one changed its ids, forget them: the console then learns them again from the server&apos;s next replies and asks you for any it has not shown. Nothing is sent to the server.</source>
        <translation>La console apprend l&apos;id de chaque type à partir des réponses du serveur et le mémorise pour cette adresse. Si un autre serveur répond désormais ici, ou si celui-ci a changé ses id, oubliez-les : la console les apprend alors de nouveau à partir des prochaines réponses du serveur et vous demande ceux qu&apos;il n&apos;a pas indiqués. Rien n&apos;est envoyé au serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>%n id de type mémorisé pour %1 oublié.</numerusform>
            <numerusform>%n id de type mémorisés pour %1 oubliés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget what this server told &amp;me…</source>
        <translation>&amp;Oublier ce que ce serveur m&apos;a indiqué…</translation>
    </message>
    <message>
        <source>Rev&amp;ert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Non enregistré. %1</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>Vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The AWS &amp;KMS key was rotated…</source>
        <translation>La clé AWS &amp;KMS a été renouvelée…</translation>
    </message>
    <message>
        <source>After the AWS KMS key itself was rotated, Delinea advises a secret-key rotation so that secrets move to the new key version. This offers one; nothing is guessed.</source>
        <translation>Après la rotation de la clé AWS KMS elle-même, Delinea conseille une rotation des clés de secrets pour que les secrets passent à la nouvelle version de la clé. Ce bouton en propose une ; rien n&apos;est deviné.</translation>
    </message>
    <message>
        <source>Rotate secret keys</source>
        <translation>Changer les clés de secrets</translation>
    </message>
</context>
<context>
    <name>km::ConfigurationService</name>
    <message>
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>The configuration has not loaded yet.</source>
        <translation>La configuration n&apos;est pas encore chargée.</translation>
    </message>
    <message>
        <source>Your account may not change the configuration.</source>
        <translation>Votre compte ne peut pas modifier la configuration.</translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation>Un enregistrement est en cours.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after the last change and refuses changes until it has finished.</source>
        <translation>Le serveur rechiffre ses clés de secrets après la dernière modification et refuse les modifications jusqu&apos;à la fin de cette opération.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>This console cannot edit the server&apos;s type &quot;%1&quot;.</source>
        <translation>Cette console ne peut pas modifier le type « %1 » du serveur.</translation>
    </message>
    <message>
        <source>Some fields are not complete or not valid.</source>
        <translation>Certains champs sont incomplets ou non valides.</translation>
    </message>
    <message>
        <source>The server has not shown which id it uses for %1; enter the id first.</source>
        <translation>Le serveur n&apos;a pas indiqué quel id il utilise pour %1 ; saisissez d&apos;abord l&apos;id.</translation>
    </message>
    <message>
        <source>This server&apos;s version has no configuration history.</source>
        <translation>La version de ce serveur n&apos;a pas d&apos;historique de configuration.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>km::ConnectionBanner</name>
    <message>
        <source>Asks the server again now instead of waiting.</source>
        <translation>Interroge de nouveau le serveur maintenant au lieu d&apos;attendre.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Nouvel essai dans %n s.</numerusform>
            <numerusform>Nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Nouvel essai…</translation>
    </message>
    <message>
        <source>Retry no&amp;w</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>The connection to %1 is lost since %2: %3 What is shown may be out of date, and actions that need the server are disabled until it answers again.</source>
        <translation>La connexion à %1 est perdue depuis %2 : %3 Ce qui est affiché n&apos;est peut-être plus à jour, et les actions qui nécessitent le serveur sont désactivées jusqu&apos;à ce qu&apos;il réponde de nouveau.</translation>
    </message>
    <message>
        <source>It has failed for %1. %2</source>
        <translation>Elle est en échec depuis %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: trying again in %n s.</source>
        <translation>
            <numerusform>Le serveur a demandé d&apos;attendre : nouvel essai dans %n s.</numerusform>
            <numerusform>Le serveur a demandé d&apos;attendre : nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::DayEdit</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Clear the day</source>
        <translation>Effacer le jour</translation>
    </message>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>Choisir un jour dans un calendrier</translation>
    </message>
    <message>
        <source>Opens a calendar to pick the day from.</source>
        <translation>Ouvre un calendrier pour y choisir le jour.</translation>
    </message>
    <message>
        <source>A day as YYYY-MM-DD (UTC), typed or picked from the calendar.</source>
        <translation>Un jour au format YYYY-MM-DD (UTC), saisi ou choisi dans le calendrier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as YYYY-MM-DD, for example %2.</source>
        <translation>« %1 » n&apos;est pas une date. Saisissez-la au format YYYY-MM-DD, par exemple %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2 (months go from 01 to 12).</source>
        <translation>« %1 » n&apos;est pas une date : il n&apos;y a pas de mois %2 (les mois vont de 01 à 12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2 has no day %3 (it has %4 days).</source>
        <translation>« %1 » n&apos;est pas une date : le mois %2 n&apos;a pas de jour %3 (il a %4 jours).</translation>
    </message>
</context>
<context>
    <name>km::HistoryPage</name>
    <message>
        <source>Rotation #%1</source>
        <translation>Rotation #%1</translation>
    </message>
    <message>
        <source>Reading the rotation&apos;s events…</source>
        <translation>Lecture des événements de la rotation…</translation>
    </message>
    <message>
        <source>Events of the rotation</source>
        <translation>Événements de la rotation</translation>
    </message>
    <message>
        <source>Every audit event of this rotation, oldest first.</source>
        <translation>Tous les événements d&apos;audit de cette rotation, les plus anciens d&apos;abord.</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Les événements n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n événement, du %1 au %2.</numerusform>
            <numerusform>%n événements, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only its first week is shown.</source>
        <translation>Seule sa première semaine est affichée.</translation>
    </message>
    <message>
        <source>Audit events read</source>
        <translation>Événements d&apos;audit lus</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Reads the whole rotation audit again and rebuilds the history.</source>
        <translation>Relit tout l&apos;audit des rotations et reconstruit l&apos;historique.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stops reading; what was read so far stays.</source>
        <translation>Arrête la lecture ; ce qui a déjà été lu est conservé.</translation>
    </message>
    <message>
        <source>Show its &amp;events…</source>
        <translation>Afficher ses é&amp;vénements…</translation>
    </message>
    <message>
        <source>Shows every audit event of the selected rotation (Enter, or a double click).</source>
        <translation>Affiche tous les événements d&apos;audit de la rotation sélectionnée (Entrée, ou un double-clic).</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Historique des rotations</translation>
    </message>
    <message>
        <source>One row per rotation, newest first; Enter shows its events.</source>
        <translation>Une ligne par rotation, les plus récentes d&apos;abord ; Entrée affiche ses événements.</translation>
    </message>
    <message>
        <source>Reading the audit: %1 of %2 events…</source>
        <translation>Lecture de l&apos;audit : %1 événements sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n event(s) read; the history below is of those only.</source>
        <translation>
            <numerusform>Arrêté : %n événement lu ; l&apos;historique ci-dessous ne porte que sur celui-ci.</numerusform>
            <numerusform>Arrêté : %n événements lus ; l&apos;historique ci-dessous ne porte que sur ceux-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is read from the audit when this page is first shown.</source>
        <translation>L&apos;historique est lu dans l&apos;audit au premier affichage de cette page.</translation>
    </message>
    <message>
        <source>Reading the audit…</source>
        <translation>Lecture de l&apos;audit…</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s), from %1 audit events.</source>
        <translation>
            <numerusform>%n rotation, d&apos;après %1 événements d&apos;audit.</numerusform>
            <numerusform>%n rotations, d&apos;après %1 événements d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Péri&amp;ode :</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Which rotations the chart and the table show, by when they started.</source>
        <translation>Quelles rotations le graphique et le tableau affichent, selon leur début.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Premier jour affiché</translation>
    </message>
    <message>
        <source>Rotations that started on this day or later are shown.</source>
        <translation>Les rotations commencées ce jour-là ou après sont affichées.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Dernier jour affiché</translation>
    </message>
    <message>
        <source>Rotations that started on this day or earlier are shown.</source>
        <translation>Les rotations commencées ce jour-là ou avant sont affichées.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Last secret-key rotation: not read yet.</source>
        <translation>Dernière rotation des clés de secrets : pas encore lue.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last secret-key rotation: requested %1, run %2, status %3, message: %4</source>
        <translation>Dernière rotation des clés de secrets : demandée le %1, exécutée le %2, statut %3, message : %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>(running now: %1)</source>
        <translation>(en cours : %1)</translation>
    </message>
    <message>
        <source>Earlier runs are not published by the server.</source>
        <translation>Le serveur ne publie pas les exécutions antérieures.</translation>
    </message>
</context>
<context>
    <name>km::KeychainSecretStore</name>
    <message>
        <source>Checking for a system keychain…</source>
        <translation>Recherche d&apos;un trousseau système…</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so passwords are not remembered.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1), les mots de passe ne sont donc pas mémorisés.</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so passwords are not remembered.</source>
        <translation>Le trousseau système n&apos;a pas répondu, les mots de passe ne sont donc pas mémorisés.</translation>
    </message>
</context>
<context>
    <name>km::MainWindow</name>
    <message>
        <source>kmconsole</source>
        <translation>kmconsole</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Last request: OK</source>
        <translation>Dernière requête : OK</translation>
    </message>
    <message>
        <source>Last request failed: %1</source>
        <translation>Échec de la dernière requête : %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About kmconsole</source>
        <translation>À &amp;propos de kmconsole</translation>
    </message>
    <message>
        <source>Leaving the page discards your unsaved changes.</source>
        <translation>Quitter la page abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>Signed in with an API token</source>
        <translation>Connecté avec un jeton d&apos;API</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Utilisateur : %1</translation>
    </message>
    <message>
        <source>Signed out: sign in again from File to go on.</source>
        <translation>Déconnecté : reconnectez-vous depuis Fichier pour continuer.</translation>
    </message>
    <message>
        <source>Signing out discards your unsaved changes.</source>
        <translation>Se déconnecter abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>About kmconsole</source>
        <translation>À propos de kmconsole</translation>
    </message>
    <message>
        <source>Quitting discards your unsaved changes.</source>
        <translation>Quitter abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with what the server has.</source>
        <translation>Recharger remplace vos modifications non enregistrées par l&apos;état du serveur.</translation>
    </message>
    <message>
        <source>The console&apos;s pages: Configuration, Rotation, Audit, History and Servers (Ctrl+1 to Ctrl+5).</source>
        <translation>Les pages de la console : Configuration, Rotation, Audit, Historique et Serveurs (Ctrl+1 à Ctrl+5).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Serveurs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;A console for the Key Management API of Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Secret Server version: %3&lt;br&gt;Language: %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;Une console pour l&apos;API de gestion des clés de Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Serveur : %2&lt;br&gt;Version de Secret Server : %3&lt;br&gt;Langue : %4&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version : %1</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>R&amp;echarger</translation>
    </message>
</context>
<context>
    <name>km::ReportDialog</name>
    <message>
        <source>Compliance report</source>
        <translation>Rapport de conformité</translation>
    </message>
    <message>
        <source>A report for auditors: this server&apos;s key-management configuration (never a secret) and its changes, the rotation state, the key&apos;s age against the policy, and every rotation of the period with totals.</source>
        <translation>Un rapport pour les auditeurs : la configuration de la gestion des clés de ce serveur (jamais aucun secret) et ses modifications, l&apos;état de la rotation, l&apos;âge de la clé au regard de la politique, et chaque rotation de la période avec des totaux.</translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation>Début de la période (UTC)</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD (UTC); the period ends now.</source>
        <translation>Le premier jour de la période, au format YYYY-MM-DD (UTC) ; la période se termine maintenant.</translation>
    </message>
    <message>
        <source>Period &amp;from (UTC):</source>
        <translation>&amp;Début de la période (UTC) :</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rotation policy in days</source>
        <translation>Politique de rotation en jours</translation>
    </message>
    <message>
        <source>The key&apos;s greatest allowed age; the report judges the key&apos;s age against it.</source>
        <translation>L&apos;âge maximal autorisé de la clé ; le rapport évalue l&apos;âge de la clé par rapport à celui-ci.</translation>
    </message>
    <message>
        <source>&amp;Policy: at most</source>
        <translation>&amp;Politique : au plus</translation>
    </message>
    <message>
        <source>P&amp;DF, to print or file</source>
        <translation>PD&amp;F, pour imprimer ou archiver</translation>
    </message>
    <message>
        <source>A paginated document with tables and page numbers.</source>
        <translation>Un document paginé avec des tableaux et des numéros de page.</translation>
    </message>
    <message>
        <source>&amp;JSON, for tools</source>
        <translation>&amp;JSON, pour les outils</translation>
    </message>
    <message>
        <source>The same content with stable keys (see the README).</source>
        <translation>Le même contenu avec des noms de clés stables (voir le README).</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Stops gathering the report (nothing is written), or closes this window.</source>
        <translation>Arrête la collecte du rapport (rien n&apos;est écrit), ou ferme cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Asks where to save it, then gathers the report from the server and writes it.</source>
        <translation>Demande où l&apos;enregistrer, puis collecte le rapport auprès du serveur et l&apos;écrit.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Give the first day of the period as YYYY-MM-DD.</source>
        <translation>Indiquez le premier jour de la période au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>%1
No file was written.</source>
        <translation>%1
Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>km::RotationAuditModel</name>
    <message>
        <source>User name: %1 (id %2)</source>
        <translation>Nom d&apos;utilisateur : %1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Rotation %1: every event of one rotation has the same number.</source>
        <translation>Rotation %1 : tous les événements d&apos;une même rotation portent le même numéro.</translation>
    </message>
    <message>
        <source>As the server wrote it: %1</source>
        <translation>Tel que le serveur l&apos;a écrit : %1</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Audit id</source>
        <translation>Id d&apos;audit</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id utilisateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>km::RotationChart</name>
    <message>
        <source>Rotations over time</source>
        <translation>Rotations dans le temps</translation>
    </message>
    <message>
        <source>No rotation is known yet.</source>
        <translation>Aucune rotation n&apos;est encore connue.</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.</source>
        <translation>
            <numerusform>%n rotation du %1 au %2 (terminées : %3, échouées : %4). Plus une marque est haute, plus la rotation a duré.</numerusform>
            <numerusform>%n rotations du %1 au %2 (terminées : %3, échouées : %4). Plus une marque est haute, plus la rotation a duré.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the longest mark)</source>
        <translation>%1 (la marque la plus longue)</translation>
    </message>
    <message>
        <source>Rotation #%1, %2: %3%4</source>
        <translation>Rotation #%1, %2 : %3%4</translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation>, durée %1</translation>
    </message>
    <message>
        <source>%1: no rotation in this period.</source>
        <translation>%1 : aucune rotation dans cette période.</translation>
    </message>
    <message>
        <source>They lie far apart in time, so they are drawn side by side in order, dated below, each long gap shown as a break.</source>
        <translation>Elles sont très espacées dans le temps : elles sont donc dessinées côte à côte dans l&apos;ordre, datées en dessous, chaque long intervalle figurant comme une rupture.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>km::RotationHistoryModel</name>
    <message>
        <source>Not ended; last event %1</source>
        <translation>Non terminée ; dernier événement %1</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Relances</translation>
    </message>
</context>
<context>
    <name>km::RotationHistoryReader</name>
    <message>
        <source>The rotation history could not be read: %1</source>
        <translation>L&apos;historique des rotations n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The server did not sort the audit by id when asked; events added while the history was read may be counted twice.</source>
        <translation>Le serveur n&apos;a pas trié l&apos;audit par id comme demandé ; les événements ajoutés pendant la lecture de l&apos;historique peuvent être comptés deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n event(s) of %1 rotation(s).</source>
        <translation>
            <numerusform>%n événement de %1 rotation(s) lu.</numerusform>
            <numerusform>%n événements de %1 rotation(s) lus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::RotationPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Your account may view the rotation but not start or retry one (it lacks the Administer Key Management permission).</source>
        <translation>Votre compte peut voir la rotation mais pas en démarrer ni en relancer (il n&apos;a pas l&apos;autorisation « Administrer la gestion des clés »).</translation>
    </message>
    <message>
        <source>R&amp;otate master encryption key…</source>
        <translation>Faire &amp;tourner la clé de chiffrement principale…</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Le serveur a refusé : %1</translation>
    </message>
    <message>
        <source>The master encryption key rotation completed.</source>
        <translation>La rotation de la clé de chiffrement principale est terminée.</translation>
    </message>
    <message>
        <source>The master encryption key rotation failed: %1</source>
        <translation>La rotation de la clé de chiffrement principale a échoué : %1</translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation>Rotation de clé</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Started: %1    Last status change: %2    Last ended: %3</source>
        <translation>Démarrée : %1    Dernier changement d&apos;état : %2    Dernière fin : %3</translation>
    </message>
    <message>
        <source>In UTC: started %1, last status change %2, last ended %3</source>
        <translation>En UTC : démarrée %1, dernier changement d&apos;état %2, dernière fin %3</translation>
    </message>
    <message>
        <source>Geo-replication is ON: rotation is not allowed while it is enabled.</source>
        <translation>La géoréplication est ACTIVÉE : la rotation n&apos;est pas permise tant qu&apos;elle l&apos;est.</translation>
    </message>
    <message>
        <source>Geo-replication is off.</source>
        <translation>La géoréplication est désactivée.</translation>
    </message>
    <message>
        <source>Opens a guided rotation with checks and confirmations.</source>
        <translation>Ouvre une rotation guidée avec vérifications et confirmations.</translation>
    </message>
    <message>
        <source>Re&amp;try the failed step…</source>
        <translation>&amp;Relancer l&apos;étape en échec…</translation>
    </message>
    <message>
        <source>%1 (possibly out of date: the server cannot be reached)</source>
        <translation>%1 (peut-être obsolète : le serveur est injoignable)</translation>
    </message>
    <message>
        <source>Retries the failed step after you confirm, and goes on following the rotation.</source>
        <translation>Relance l&apos;étape en échec après votre confirmation, et continue de suivre la rotation.</translation>
    </message>
    <message>
        <source>Retry the failed step</source>
        <translation>Relancer l&apos;étape en échec</translation>
    </message>
    <message>
        <source>Retrying restarts the re-encryption on %1, where the rotation failed. Find the cause first (the server&apos;s logs, the audit). Type the server&apos;s host name to retry.</source>
        <translation>Relancer redémarre le rechiffrement sur %1, là où la rotation a échoué. Trouvez d&apos;abord la cause (journaux du serveur, audit). Saisissez le nom d&apos;hôte du serveur pour relancer.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Policy: rotate at least every</source>
        <translation>&amp;Politique : rotation au moins tous les</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Rotation policy in days</source>
        <translation>Politique de rotation en jours</translation>
    </message>
    <message>
        <source>How old the master encryption key may get before it is overdue; kept in this server&apos;s profile.</source>
        <translation>L&apos;âge que la clé de chiffrement principale peut atteindre avant que sa rotation soit en retard ; conservé dans le profil de ce serveur.</translation>
    </message>
    <message>
        <source>Finding the last completed rotation in the audit…</source>
        <translation>Recherche de la dernière rotation terminée dans l&apos;audit…</translation>
    </message>
    <message>
        <source>Last completed rotation: %1.</source>
        <translation>Dernière rotation terminée : %1.</translation>
    </message>
    <message>
        <source>Your account lacks the Administer Key Management permission.</source>
        <translation>Votre compte n&apos;a pas l&apos;autorisation « Administrer la gestion des clés ».</translation>
    </message>
</context>
<context>
    <name>km::RotationProgressWidget</name>
    <message>
        <source>Items re-encrypted</source>
        <translation>Éléments rechiffrés</translation>
    </message>
    <message>
        <source>%v of %m items re-encrypted</source>
        <translation>%v éléments rechiffrés sur %m</translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation>Étapes de la rotation</translation>
    </message>
    <message>
        <source>Loading the rotation state…</source>
        <translation>Chargement de l&apos;état de la rotation…</translation>
    </message>
    <message>
        <source>%1 items/s, about %2 left</source>
        <translation>%1 éléments/s, environ %2 restant</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Estimation du temps restant…</translation>
    </message>
    <message>
        <source>Took %1.</source>
        <translation>Durée : %1.</translation>
    </message>
    <message>
        <source>The steps of a rotation, each done, running, failed or still to do.</source>
        <translation>Les étapes d&apos;une rotation, chacune faite, en cours, échouée ou encore à faire.</translation>
    </message>
    <message>
        <source>How many items have been re-encrypted with the new key.</source>
        <translation>Nombre d&apos;éléments rechiffrés avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>%1 % of the items re-encrypted.</source>
        <translation>%1 % des éléments rechiffrés.</translation>
    </message>
</context>
<context>
    <name>km::RotationTimelineModel</name>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Seen at %1</source>
        <translation>Observé le %1</translation>
    </message>
    <message>
        <source>failed (inferred from the last status seen)</source>
        <translation>échoué (déduit du dernier statut observé)</translation>
    </message>
</context>
<context>
    <name>km::RotationWizard</name>
    <message>
        <source>Before you rotate</source>
        <translation>Avant la rotation</translation>
    </message>
    <message>
        <source>These checks must pass before a rotation can start.</source>
        <translation>Ces vérifications doivent réussir avant qu&apos;une rotation puisse commencer.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Réussi : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échoué : %1</translation>
    </message>
    <message>
        <source>Check yourself: %1</source>
        <translation>À vérifier vous-même : %1</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Vérification du serveur…</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A rotation cannot be undone. Without a backup of the database and of encryption.config from every node, a failure can leave secrets unreadable.</source>
        <translation>Une rotation est irréversible. Sans sauvegarde de la base de données et d&apos;encryption.config de chaque nœud, un échec peut rendre les secrets illisibles.</translation>
    </message>
    <message>
        <source>The server does not ask for a backup confirmation, because a rotation has completed before. A current backup is still the only way back.</source>
        <translation>Le serveur ne demande pas de confirmation de sauvegarde, car une rotation a déjà abouti. Une sauvegarde récente reste le seul moyen de revenir en arrière.</translation>
    </message>
    <message>
        <source>Confirm the rotation</source>
        <translation>Confirmer la rotation</translation>
    </message>
    <message>
        <source>&amp;Start rotation</source>
        <translation>&amp;Démarrer la rotation</translation>
    </message>
    <message>
        <source>Starting creates a new master encryption key on %1, restarts the application on every node, and re-encrypts every secret with the new key. It cannot be undone or stopped once started.</source>
        <translation>Le démarrage crée une nouvelle clé de chiffrement principale sur %1, redémarre l&apos;application sur chaque nœud et rechiffre chaque secret avec la nouvelle clé. Une fois lancé, cela ne peut être ni annulé ni arrêté.</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Saisissez le nom d&apos;hôte du serveur, &lt;b&gt;%1&lt;/b&gt;, pour confirmer :</translation>
    </message>
    <message>
        <source>Server host name, to confirm</source>
        <translation>Nom d&apos;hôte du serveur, pour confirmer</translation>
    </message>
    <message>
        <source>Rotating the master encryption key</source>
        <translation>Rotation de la clé de chiffrement principale</translation>
    </message>
    <message>
        <source>Closing this window does not stop the rotation; the Rotation page keeps following it.</source>
        <translation>Fermer cette fenêtre n&apos;arrête pas la rotation ; la page Rotation continue de la suivre.</translation>
    </message>
    <message>
        <source>Send the request &amp;again</source>
        <translation>Renvoyer la &amp;demande</translation>
    </message>
    <message>
        <source>The server did not start the rotation: %1
Nothing was changed. Send the request again only once the cause is clear.</source>
        <translation>Le serveur n&apos;a pas démarré la rotation : %1
Rien n&apos;a été modifié. Ne renvoyez la demande qu&apos;une fois la cause éclaircie.</translation>
    </message>
    <message>
        <source>&amp;Retry the failed step</source>
        <translation>&amp;Relancer l&apos;étape en échec</translation>
    </message>
    <message>
        <source>Rotation completed</source>
        <translation>Rotation terminée</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation échouée</translation>
    </message>
    <message>
        <source>The retry was refused: %1</source>
        <translation>La relance a été refusée : %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;audit&quot;&gt;Show this rotation in the audit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;audit&quot;&gt;Afficher cette rotation dans l&apos;audit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Rotate the master encryption key</source>
        <translation>Changer la clé de chiffrement principale</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>What was checked before the rotation, and whether it passed.</source>
        <translation>Ce qui a été vérifié avant la rotation, et si cela a réussi.</translation>
    </message>
    <message>
        <source>Required before a first rotation: a rotation cannot be undone.</source>
        <translation>Obligatoire avant une première rotation : une rotation est irréversible.</translation>
    </message>
    <message>
        <source>Type the host name exactly; Start rotation unlocks when it matches.</source>
        <translation>Saisissez exactement le nom d&apos;hôte ; « Démarrer la rotation » se débloque quand il correspond.</translation>
    </message>
    <message>
        <source>Sends the start request once more.</source>
        <translation>Envoie de nouveau la demande de démarrage.</translation>
    </message>
    <message>
        <source>Retries the step that failed and follows the rotation again.</source>
        <translation>Relance l&apos;étape en échec et suit de nouveau la rotation.</translation>
    </message>
    <message>
        <source>Goes back a page.</source>
        <translation>Revient d&apos;une page.</translation>
    </message>
    <message>
        <source>Goes on to the next page.</source>
        <translation>Passe à la page suivante.</translation>
    </message>
    <message>
        <source>Starts the rotation. It cannot be undone.</source>
        <translation>Démarre la rotation. Elle est irréversible.</translation>
    </message>
    <message>
        <source>Closes the wizard; a rotation that has started goes on.</source>
        <translation>Ferme l&apos;assistant ; une rotation démarrée continue.</translation>
    </message>
    <message>
        <source>Confirm that a current backup exists first.</source>
        <translation>Confirmez d&apos;abord qu&apos;une sauvegarde récente existe.</translation>
    </message>
    <message>
        <source>Type the host name %1 above first.</source>
        <translation>Saisissez d&apos;abord le nom d&apos;hôte %1 ci-dessus.</translation>
    </message>
    <message>
        <source>The rotation did not start</source>
        <translation>La rotation n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Starting the rotation…</source>
        <translation>Démarrage de la rotation…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Retry the failed step</source>
        <translation>Relancer l&apos;étape en échec</translation>
    </message>
    <message>
        <source>Retrying restarts the re-encryption on %1. Type the server&apos;s host name to retry.</source>
        <translation>Relancer redémarre le rechiffrement sur %1. Saisissez le nom d&apos;hôte du serveur pour relancer.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>I have a current backup of the &amp;database and encryption.config on every node</source>
        <translation>J&apos;ai une sauvegarde récente de la base de &amp;données et d&apos;encryption.config sur chaque nœud</translation>
    </message>
    <message>
        <source>It took %1.</source>
        <translation>La rotation a duré %1.</translation>
    </message>
    <message>
        <source>Start rotation stays disabled: &quot;%1&quot; is not this server&apos;s host name, %2.</source>
        <translation>« Démarrer la rotation » reste désactivé : « %1 » n&apos;est pas le nom d&apos;hôte de ce serveur, %2.</translation>
    </message>
    <message>
        <source>%1
The server said: %2
%3
What next: find the cause in the server&apos;s logs (the audit, linked above, names the step), then retry the failed step with the button below.</source>
        <translation>%1
Le serveur a indiqué : %2
%3
À faire ensuite : trouvez la cause dans les journaux du serveur (l&apos;audit, en lien ci-dessus, nomme l&apos;étape), puis relancez l&apos;étape en échec avec le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>It needed a retry of a failed step.</source>
        <translation>Une étape en échec a dû être relancée.</translation>
    </message>
    <message>
        <source>The master encryption key was rotated and every secret re-encrypted. %1%2
What next: check that secrets open as before, and take a new backup of encryption.config on every node.</source>
        <translation>La rotation de la clé de chiffrement principale est faite et chaque secret a été rechiffré. %1%2
À faire ensuite : vérifiez que les secrets s&apos;ouvrent comme avant, et faites une nouvelle sauvegarde d&apos;encryption.config sur chaque nœud.</translation>
    </message>
    <message>
        <source>Checks of the server&apos;s health, nodes and backups</source>
        <translation>Vérifications de la santé, des nœuds et des sauvegardes du serveur</translation>
    </message>
    <message>
        <source>Health, nodes, the last backup, rotations running and replication, as the server reports them. Tick a warning to accept it.</source>
        <translation>Santé, nœuds, dernière sauvegarde, rotations en cours et réplication, tels que le serveur les signale. Cochez un avertissement pour l&apos;accepter.</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation>Avertir si la dernière sauvegarde date de plus de :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The backup check warns past this age; it is checked again when changed.</source>
        <translation>La vérification des sauvegardes avertit au-delà de cet âge ; elle est refaite après une modification.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Reads the health check, the nodes, the backup log and the rotation state again.</source>
        <translation>Relit le contrôle de santé, les nœuds, le journal des sauvegardes et l&apos;état de la rotation.</translation>
    </message>
    <message>
        <source>The checks before the rotation are still being read.</source>
        <translation>Les vérifications avant la rotation sont encore en cours de lecture.</translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation>Échec : %1. %2</translation>
    </message>
    <message>
        <source>Not determined: %1. %2</source>
        <translation>Indéterminé : %1. %2</translation>
    </message>
    <message>
        <source>Tick the warning &quot;%1&quot; to accept it, or deal with it first.</source>
        <translation>Cochez l&apos;avertissement « %1 » pour l&apos;accepter, ou réglez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Reading the health check, the nodes, the backup log and the rotation state…</source>
        <translation>Lecture du contrôle de santé, des nœuds, du journal des sauvegardes et de l&apos;état de la rotation…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>Tick to accept this warning and go on.</source>
        <translation>Cocher pour accepter cet avertissement et continuer.</translation>
    </message>
    <message>
        <source>a current backup of encryption.config exists for every node (the backup log shows only the database&apos;s).</source>
        <translation>une sauvegarde récente d&apos;encryption.config existe pour chaque nœud (le journal des sauvegardes ne montre que celle de la base de données).</translation>
    </message>
    <message>
        <source>DPAPI encryption of the master key is not in use.</source>
        <translation>Le chiffrement DPAPI de la clé principale n&apos;est pas utilisé.</translation>
    </message>
</context>
<context>
    <name>km::SecretKeyMonitor</name>
    <message>
        <source>A request is already on its way to the server.</source>
        <translation>Une requête est déjà en route vers le serveur.</translation>
    </message>
    <message>
        <source>The state of the secret-key rotation has not been read yet.</source>
        <translation>L&apos;état de la rotation des clés de secrets n&apos;a pas encore été lu.</translation>
    </message>
    <message>
        <source>The server cannot be reached; what is shown may be out of date.</source>
        <translation>Le serveur est injoignable ; ce qui est affiché n&apos;est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>A secret-key rotation is already running (%1).</source>
        <translation>Une rotation des clés de secrets est déjà en cours (%1).</translation>
    </message>
    <message>
        <source>No secret-key rotation is running.</source>
        <translation>Aucune rotation des clés de secrets n&apos;est en cours.</translation>
    </message>
    <message>
        <source>The secret-key rotation is already being cancelled.</source>
        <translation>La rotation des clés de secrets est déjà en cours d&apos;annulation.</translation>
    </message>
</context>
<context>
    <name>km::SecretKeyPanel</name>
    <message>
        <source>Secret-key rotation</source>
        <translation>Rotation des clés de secrets</translation>
    </message>
    <message>
        <source>Secrets processed</source>
        <translation>Secrets traités</translation>
    </message>
    <message>
        <source>&amp;Cancel secret-key rotation…</source>
        <translation>A&amp;nnuler la rotation des clés de secrets…</translation>
    </message>
    <message>
        <source>Rotate &amp;secret keys…</source>
        <translation>Changer les c&amp;lés de secrets…</translation>
    </message>
    <message>
        <source>Re-encrypts every secret&apos;s key on the server; it refuses key-management changes until it has ended.</source>
        <translation>Rechiffre la clé de chaque secret sur le serveur ; celui-ci refuse les modifications de la gestion des clés jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>The server did not start the secret-key rotation: %1</source>
        <translation>Le serveur n&apos;a pas démarré la rotation des clés de secrets : %1</translation>
    </message>
    <message>
        <source>The server did not cancel the secret-key rotation: %1</source>
        <translation>Le serveur n&apos;a pas annulé la rotation des clés de secrets : %1</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Inconnu : %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Cancelling: the server has not yet confirmed that the rotation stopped.</source>
        <translation>Annulation en cours : le serveur n&apos;a pas encore confirmé l&apos;arrêt de la rotation.</translation>
    </message>
    <message>
        <source>Running: the server is re-encrypting its secret keys.</source>
        <translation>En cours : le serveur rechiffre ses clés de secrets.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Pas en cours.</translation>
    </message>
    <message>
        <source>%1 (possibly out of date: the server cannot be reached)</source>
        <translation>%1 (peut-être obsolète : le serveur est injoignable)</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last run: requested %1, run %2. %3</source>
        <translation>Dernière exécution : demandée le %1, exécutée le %2. %3</translation>
    </message>
    <message>
        <source>Asks the server to stop the secret-key rotation.</source>
        <translation>Demande au serveur d&apos;arrêter la rotation des clés de secrets.</translation>
    </message>
    <message>
        <source>Rotate secret keys</source>
        <translation>Changer les clés de secrets</translation>
    </message>
    <message>
        <source>%1 will re-encrypt every secret&apos;s key and refuse key-management changes until it has ended. Type the server&apos;s host name to start.</source>
        <translation>%1 va rechiffrer la clé de chaque secret et refuser les modifications de la gestion des clés jusqu&apos;à la fin. Saisissez le nom d&apos;hôte du serveur pour démarrer.</translation>
    </message>
    <message>
        <source>&amp;Rotate secret keys</source>
        <translation>&amp;Changer les clés de secrets</translation>
    </message>
    <message>
        <source>Cancel the secret-key rotation</source>
        <translation>Annuler la rotation des clés de secrets</translation>
    </message>
    <message>
        <source>The secret-key rotation on %1 stops; secrets it has not reached keep their old keys. Type the server&apos;s host name to cancel it.</source>
        <translation>La rotation des clés de secrets sur %1 s&apos;arrête ; les secrets qu&apos;elle n&apos;a pas encore atteints gardent leurs anciennes clés. Saisissez le nom d&apos;hôte du serveur pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>&amp;Cancel the rotation</source>
        <translation>&amp;Annuler la rotation</translation>
    </message>
</context>
<context>
    <name>km::ServerCheck</name>
    <message>
        <source>The profile signs in with a Duo push; a check never asks for one.</source>
        <translation>Le profil se connecte avec une notification Duo Push ; une vérification n&apos;en demande jamais.</translation>
    </message>
    <message>
        <source>The profile signs in with a one-time code; a check never asks for one.</source>
        <translation>Le profil se connecte avec un code à usage unique ; une vérification n&apos;en demande jamais.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Connexion refusée : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2); nothing was sent. Trust it in the window&apos;s sign-in.</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé (SHA-256 %2) ; rien n&apos;a été envoyé. Approuvez-le lors de la connexion dans la fenêtre.</translation>
    </message>
    <message>
        <source>The tenant has several vaults and the profile names none.</source>
        <translation>Le locataire a plusieurs coffres et le profil n&apos;en nomme aucun.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>The rotation state could not be read: %1</source>
        <translation>L&apos;état de la rotation n&apos;a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>km::ServerFleet</name>
    <message>
        <source>The last sign-in failed; it is not tried again by itself (a directory locks accounts after a few).</source>
        <translation>La dernière connexion a échoué ; elle n&apos;est pas retentée automatiquement (un annuaire verrouille les comptes après quelques échecs).</translation>
    </message>
    <message>
        <source>Signs in with a token, which is never kept.</source>
        <translation>Se connecte avec un jeton, qui n&apos;est jamais conservé.</translation>
    </message>
    <message>
        <source>Needs a Duo push: sign in yourself.</source>
        <translation>Nécessite une notification Duo Push : connectez-vous vous-même.</translation>
    </message>
    <message>
        <source>Needs a one-time code: sign in yourself.</source>
        <translation>Nécessite un code à usage unique : connectez-vous vous-même.</translation>
    </message>
    <message>
        <source>No password is kept for it: sign in yourself.</source>
        <translation>Aucun mot de passe n&apos;est conservé pour ce serveur : connectez-vous vous-même.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 It is not tried again by itself.</source>
        <translation>Échec de la connexion : %1 Elle n&apos;est pas retentée automatiquement.</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted.</source>
        <translation>le certificat de %1 n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>the tenant has several vaults; choose one by signing in yourself.</source>
        <translation>le locataire a plusieurs coffres ; choisissez-en un en vous connectant vous-même.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>La configuration n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Key overdue for rotation</source>
        <translation>Rotation de la clé en retard</translation>
    </message>
    <message numerus="yes">
        <source>Key due for rotation within %n day(s)</source>
        <translation>
            <numerusform>Rotation de la clé due d&apos;ici %n jour</numerusform>
            <numerusform>Rotation de la clé due d&apos;ici %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed rotation known</source>
        <translation>Aucune rotation terminée connue</translation>
    </message>
    <message>
        <source>The last rotation failed</source>
        <translation>La dernière rotation a échoué</translation>
    </message>
    <message>
        <source>This account may not administer key management</source>
        <translation>Ce compte ne peut pas administrer la gestion des clés</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>km::ServerFleetModel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>unknown (policy %n day(s))</source>
        <translation>
            <numerusform>inconnu (politique %n jour)</numerusform>
            <numerusform>inconnu (politique %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days (policy %2)</source>
        <translation>%1 jours (politique %2)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Gestion des clés</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Dernière terminée</translation>
    </message>
    <message>
        <source>Key age</source>
        <translation>Âge de la clé</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
</context>
<context>
    <name>km::ServerVersionProbe</name>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>km::ServersPage</name>
    <message>
        <source>Every saved server. Refreshing signs in by itself only where a password is kept in the keychain, never with a one-time code or push, and never again after a failed sign-in.</source>
        <translation>Tous les serveurs enregistrés. Lors de l&apos;actualisation, la console ne se connecte d&apos;elle-même qu&apos;aux serveurs dont le mot de passe est conservé dans le trousseau, jamais avec un code à usage unique ou une notification push, et plus jamais après un échec de connexion.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>One row per saved server; Enter opens it.</source>
        <translation>Une ligne par serveur enregistré ; Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Asks every server for its state, a few at a time.</source>
        <translation>Demande son état à chaque serveur, quelques-uns à la fois.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>Signs in to the selected server, with the sign-in dialog.</source>
        <translation>Se connecte au serveur sélectionné, avec la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Opens the selected server in its own window.</source>
        <translation>Ouvre le serveur sélectionné dans sa propre fenêtre.</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signs out of the selected server; the others stay signed in.</source>
        <translation>Se déconnecte du serveur sélectionné ; les autres restent connectés.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Actualisé à %1.</translation>
    </message>
    <message>
        <source>Already signed in.</source>
        <translation>Déjà connecté.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
</context>
<context>
    <name>km::Session</name>
    <message>
        <source>Host: %1
Problems:
%2

SHA-256 fingerprint:
%3
Subject: %4
Issuer: %5
Valid from %6 to %7</source>
        <translation>Hôte : %1
Problèmes :
%2

Empreinte SHA-256 :
%3
Sujet : %4
Émetteur : %5
Valide du %6 au %7</translation>
    </message>
    <message>
        <source>%1

The certificate you trusted had the fingerprint:
%2</source>
        <translation>%1

Le certificat que vous aviez approuvé avait l&apos;empreinte :
%2</translation>
    </message>
    <message>
        <source>The server %1 is reachable.</source>
        <translation>Le serveur %1 est joignable.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation>Le serveur %1 n&apos;a pas pu être joint : %2</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http): passwords and tokens would cross the network in clear text.</source>
        <translation>La connexion n&apos;est pas chiffrée (http) : les mots de passe et les jetons transiteraient en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Its certificate is trusted.</source>
        <translation>Son certificat est approuvé.</translation>
    </message>
    <message>
        <source>Its certificate is NOT trusted: %1</source>
        <translation>Son certificat n&apos;est PAS approuvé : %1</translation>
    </message>
    <message>
        <source>The Delinea Platform answers at this address.</source>
        <translation>Delinea Platform répond à cette adresse.</translation>
    </message>
    <message>
        <source>No Delinea Platform answers at this address: %1</source>
        <translation>Aucune Delinea Platform ne répond à cette adresse : %1</translation>
    </message>
    <message>
        <source>The Secret Server REST API answers at this address.</source>
        <translation>L&apos;API REST de Secret Server répond à cette adresse.</translation>
    </message>
    <message>
        <source>No Secret Server REST API answers at this address: %1</source>
        <translation>Aucune API REST de Secret Server ne répond à cette adresse : %1</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>Une connexion est déjà en cours.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Paste an API access token.</source>
        <translation>Collez un jeton d&apos;accès d&apos;API.</translation>
    </message>
    <message>
        <source>The Delinea Platform address: %1</source>
        <translation>L&apos;adresse de Delinea Platform : %1</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client id and client secret.</source>
        <translation>Saisissez l&apos;id client et le secret client du compte de service.</translation>
    </message>
    <message>
        <source>The tenant&apos;s list of vaults could not be read (%1). Type the vault&apos;s address instead.</source>
        <translation>La liste des coffres du locataire n&apos;a pas pu être lue (%1). Saisissez plutôt l&apos;adresse du coffre.</translation>
    </message>
    <message>
        <source>The tenant has no active Secret Server vault.</source>
        <translation>Le locataire n&apos;a aucun coffre Secret Server actif.</translation>
    </message>
    <message>
        <source>The tenant has no vault &quot;%1&quot;; it has: %2.</source>
        <translation>Le locataire n&apos;a pas de coffre « %1 » ; il a : %2.</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Non connecté : le certificat du serveur n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Votre session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun profil enregistré nommé « %1 ».</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be removed from the system keychain: %1</source>
        <translation>Le profil a été supprimé, mais son secret n&apos;a pas pu être retiré du trousseau système : %1</translation>
    </message>
</context>
<context>
    <name>km::SignInDialog</name>
    <message>
        <source>New connection…</source>
        <translation>Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Sign in to Secret Server</source>
        <translation>Connexion à Secret Server</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>https://secretserver.example.com/SecretServer</source>
        <translation>https://secretserver.example.com/SecretServer</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Code à usage unique</translation>
    </message>
    <message>
        <source>API access token</source>
        <translation>Jeton d&apos;accès d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>utilisateur@hôte</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again to go on; what you were editing is kept.</source>
        <translation>Votre session sur %1 a pris fin. Reconnectez-vous pour continuer ; ce que vous modifiiez est conservé.</translation>
    </message>
    <message>
        <source>Sign in to the Secret Server whose key management you want to administer.</source>
        <translation>Connectez-vous au Secret Server dont vous voulez administrer la gestion des clés.</translation>
    </message>
    <message>
        <source>Kept by your desktop&apos;s keychain, never in kmconsole&apos;s settings.</source>
        <translation>Conservé par le trousseau de votre bureau, jamais dans les réglages de kmconsole.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>No Secret Server answered at this address (HTTP 404). Check the address, including the path such as /SecretServer.</source>
        <translation>Aucun Secret Server n&apos;a répondu à cette adresse (HTTP 404). Vérifiez l&apos;adresse, y compris le chemin comme /SecretServer.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed since you chose to always trust it. The server may have been given a new certificate, or someone may be intercepting the connection. Trust the new certificate only if you know why it changed.</source>
        <translation>ATTENTION : le certificat de %1 a changé depuis que vous avez choisi de toujours l&apos;approuver. Le serveur a peut-être reçu un nouveau certificat, ou quelqu&apos;un intercepte peut-être la connexion. N&apos;approuvez le nouveau certificat que si vous savez pourquoi il a changé.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connect only if you recognise its fingerprint.</source>
        <translation>Le certificat de %1 n&apos;a pas pu être vérifié. Connectez-vous seulement si vous reconnaissez son empreinte.</translation>
    </message>
    <message>
        <source>Choose a saved connection, or a new one.</source>
        <translation>Choisissez une connexion enregistrée, ou une nouvelle.</translation>
    </message>
    <message>
        <source>The address of the Secret Server, as you use it in a browser.</source>
        <translation>L&apos;adresse du Secret Server, telle que vous l&apos;utilisez dans un navigateur.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Se connecter avec votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in with an API access token you already have.</source>
        <translation>Se connecter avec un jeton d&apos;accès d&apos;API que vous avez déjà.</translation>
    </message>
    <message>
        <source>Your Secret Server user name.</source>
        <translation>Votre nom d&apos;utilisateur Secret Server.</translation>
    </message>
    <message>
        <source>The domain of your account, if it has one.</source>
        <translation>Le domaine de votre compte, s&apos;il en a un.</translation>
    </message>
    <message>
        <source>Your password: sent only to the server, and never stored unless you choose the keychain.</source>
        <translation>Votre mot de passe : envoyé uniquement au serveur, et jamais conservé sauf si vous choisissez le trousseau.</translation>
    </message>
    <message>
        <source>A bearer token for the Secret Server REST API.</source>
        <translation>Un jeton porteur pour l&apos;API REST de Secret Server.</translation>
    </message>
    <message>
        <source>The name under which this connection is offered next time.</source>
        <translation>Le nom sous lequel cette connexion sera proposée la prochaine fois.</translation>
    </message>
    <message>
        <source>Signs in with these details.</source>
        <translation>Se connecte avec ces informations.</translation>
    </message>
    <message numerus="yes">
        <source>Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.</source>
        <translation>
            <numerusform>Approuvez la connexion sur votre téléphone (Duo Push) ; attente jusqu&apos;à %n seconde. « Annuler » arrête l&apos;attente.</numerusform>
            <numerusform>Approuvez la connexion sur votre téléphone (Duo Push) ; attente jusqu&apos;à %n secondes. « Annuler » arrête l&apos;attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delinea P&amp;latform</source>
        <translation>Delinea P&amp;latform</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Authentification à deux facteurs</translation>
    </message>
    <message>
        <source>No one-time code</source>
        <translation>Aucun code à usage unique</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Code à usage unique :</translation>
    </message>
    <message>
        <source>Duo push to my phone</source>
        <translation>Duo Push sur mon téléphone</translation>
    </message>
    <message>
        <source>the code from your authenticator</source>
        <translation>le code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Delinea Platform address</source>
        <translation>Adresse de Delinea Platform</translation>
    </message>
    <message>
        <source>https://TENANT.delinea.app</source>
        <translation>https://LOCATAIRE.delinea.app</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>optional: a vault&apos;s name or address</source>
        <translation>facultatif : nom ou adresse d&apos;un coffre</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>C&amp;offre :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>the system&apos;s (https_proxy); &quot;none&quot;, or http://HOST:PORT</source>
        <translation>celui du système (https_proxy) ; « none », ou http://HÔTE:PORT</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Private certificate authority</source>
        <translation>Autorité de certification privée</translation>
    </message>
    <message>
        <source>optional: a PEM file to trust as well</source>
        <translation>facultatif : un fichier PEM à approuver en plus</translation>
    </message>
    <message>
        <source>Chooses a PEM file of certificate authorities to trust for this server as well as the system&apos;s.</source>
        <translation>Choisit un fichier PEM d&apos;autorités de certification à approuver pour ce serveur en plus de celles du système.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier de l&apos;AC :</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save as a &amp;new profile:</source>
        <translation>Enre&amp;gistrer comme nouveau profil :</translation>
    </message>
    <message>
        <source>Name of the new profile</source>
        <translation>Nom du nouveau profil</translation>
    </message>
    <message>
        <source>Sign in through a Delinea Platform tenant with a service account&apos;s client id and secret.</source>
        <translation>Se connecter via un locataire Delinea Platform avec l&apos;id client et le secret d&apos;un compte de service.</translation>
    </message>
    <message>
        <source>For an account with two-factor authentication: a one-time code, or a Duo push approved on your phone.</source>
        <translation>Pour un compte avec authentification à deux facteurs : un code à usage unique, ou une notification Duo Push approuvée sur votre téléphone.</translation>
    </message>
    <message>
        <source>The one-time code from your authenticator.</source>
        <translation>Le code à usage unique de votre application d&apos;authentification.</translation>
    </message>
    <message>
        <source>The address of your Delinea Platform tenant.</source>
        <translation>L&apos;adresse de votre locataire Delinea Platform.</translation>
    </message>
    <message>
        <source>The client id of the platform service account.</source>
        <translation>L&apos;id client du compte de service de la plateforme.</translation>
    </message>
    <message>
        <source>The service account&apos;s client secret: kept only in the keychain, if at all.</source>
        <translation>Le secret client du compte de service : conservé uniquement dans le trousseau, s&apos;il est conservé.</translation>
    </message>
    <message>
        <source>Which Secret Server vault of the tenant, when it has several; found from the tenant otherwise.</source>
        <translation>Quel coffre Secret Server du locataire, s&apos;il en a plusieurs ; sinon, il est déterminé à partir du locataire.</translation>
    </message>
    <message>
        <source>Shows the proxy and private certificate authority settings of this connection.</source>
        <translation>Affiche les paramètres de proxy et d&apos;autorité de certification privée de cette connexion.</translation>
    </message>
    <message>
        <source>Empty follows the system&apos;s proxy settings; &quot;none&quot; connects directly; or a proxy address.</source>
        <translation>Vide : suit les paramètres de proxy du système ; « none » : connexion directe ; ou une adresse de proxy.</translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s certificate authority, trusted in addition to the system&apos;s.</source>
        <translation>Un fichier PEM avec l&apos;autorité de certification de votre organisation, approuvée en plus de celles du système.</translation>
    </message>
    <message>
        <source>Saves these connection details under a new name; the profile you chose stays as it is.</source>
        <translation>Enregistre ces informations de connexion sous un nouveau nom ; le profil choisi reste tel quel.</translation>
    </message>
    <message>
        <source>Reaches the server without signing in and says what it found: reachable, certificate trusted, the API answering.</source>
        <translation>Contacte le serveur sans se connecter et indique ce qu&apos;il a trouvé : joignable, certificat approuvé, API qui répond.</translation>
    </message>
    <message>
        <source>Stops a sign-in under way, or closes this dialog.</source>
        <translation>Arrête une connexion en cours, ou ferme cette boîte de dialogue.</translation>
    </message>
    <message>
        <source>Keeps the password, token or client secret in your desktop&apos;s keychain, not in kmconsole&apos;s settings.</source>
        <translation>Conserve le mot de passe, le jeton ou le secret client dans le trousseau de votre bureau, pas dans les réglages de kmconsole.</translation>
    </message>
    <message>
        <source>Enter the one-time code, or choose &quot;No one-time code&quot;.</source>
        <translation>Saisissez le code à usage unique, ou choisissez « Aucun code à usage unique ».</translation>
    </message>
    <message>
        <source>Not signed in: you stopped the sign-in.</source>
        <translation>Non connecté : vous avez arrêté la connexion.</translation>
    </message>
    <message>
        <source>If your account uses two-factor authentication, choose a one-time code or a Duo push above.</source>
        <translation>Si votre compte utilise l&apos;authentification à deux facteurs, choisissez ci-dessus un code à usage unique ou une notification Duo Push.</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (par défaut)</translation>
    </message>
    <message>
        <source>Choose a vault</source>
        <translation>Choisir un coffre</translation>
    </message>
    <message>
        <source>The tenant has several Secret Server vaults. Which one?</source>
        <translation>Le locataire a plusieurs coffres Secret Server. Lequel choisir ?</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Removes the chosen profile and the secret kept for it in the keychain, after asking.</source>
        <translation>Supprime le profil choisi et le secret conservé pour lui dans le trousseau, après confirmation.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>The secret kept for it in the system keychain is removed too.</source>
        <translation>Le secret conservé pour lui dans le trousseau système est aussi supprimé.</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>Mot de p&amp;asse</translation>
    </message>
    <message>
        <source>API to&amp;ken</source>
        <translation>Je&amp;ton d&apos;API</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>Tw&amp;o-factor:</source>
        <translation>Dou&amp;ble authentification :</translation>
    </message>
    <message>
        <source>Platfor&amp;m address:</source>
        <translation>Adresse de la platefor&amp;me :</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>I&amp;d client :</translation>
    </message>
    <message>
        <source>Proxy and certificate aut&amp;hority</source>
        <translation>Proxy et autorité de &amp;certification</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Remember the password in the s&amp;ystem keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau s&amp;ystème</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Tester la connex&amp;ion</translation>
    </message>
    <message>
        <source>Remember the token in the s&amp;ystem keychain</source>
        <translation>Mémoriser le jeton dans le trousseau s&amp;ystème</translation>
    </message>
    <message>
        <source>Remember the client secret in the s&amp;ystem keychain</source>
        <translation>Mémoriser le secret client dans le trousseau s&amp;ystème</translation>
    </message>
    <message>
        <source>Save as a profile &amp;named:</source>
        <translation>Enre&amp;gistrer comme profil nommé :</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Secret Server address to prefill.</source>
        <translation>Adresse du Secret Server à préremplir.</translation>
    </message>
    <message>
        <source>User name to prefill.</source>
        <translation>Nom d&apos;utilisateur à préremplir.</translation>
    </message>
    <message>
        <source>Domain to prefill.</source>
        <translation>Domaine à préremplir.</translation>
    </message>
    <message>
        <source>Saved connection profile to choose.</source>
        <translation>Profil de connexion enregistré à choisir.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and sign in at once.</source>
        <translation>Lire le mot de passe sur la première ligne de l&apos;entrée standard et se connecter aussitôt.</translation>
    </message>
    <message>
        <source>Language of the console (de, en, fr); the system&apos;s by default.</source>
        <translation>Langue de la console (de, en, fr) ; celle du système par défaut.</translation>
    </message>
    <message>
        <source>Console for the Secret Server Key Management API.
Commands without a window (add --help to any): %1.</source>
        <translation>Console pour l&apos;API de gestion des clés de Secret Server.
Commandes sans fenêtre (ajoutez --help à chacune) : %1.</translation>
    </message>
</context>
</TS>
