<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApiClient</name>
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
        <source>The server could not be reached.</source>
        <translation>Le serveur est injoignable.</translation>
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
        <source>The server refused the credentials or the permission for this action.</source>
        <translation>Le serveur a refusé les identifiants ou l&apos;autorisation pour cette action.</translation>
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
</context>
<context>
    <name>AuditExporter</name>
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
</context>
<context>
    <name>AuditPage</name>
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
        <source>On &amp;day:</source>
        <translation>Le &amp;jour :</translation>
    </message>
    <message>
        <source>Filter by day (UTC)</source>
        <translation>Filtrer par jour (UTC)</translation>
    </message>
    <message>
        <source>Records of this day in UTC.</source>
        <translation>Enregistrements de ce jour en UTC.</translation>
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
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
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
        <source>|&lt; &amp;First</source>
        <translation>|&lt; &amp;Première</translation>
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
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export every record that matches the filters, in this sort, to CSV.</source>
        <translation>Exporter en CSV tous les enregistrements qui correspondent aux filtres, dans ce tri.</translation>
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
        <source>Record %1 of rotation %2
Date: %3 (%4 UTC)
User: %5 (%6, id %7)
Action: %8
Status: %9

Notes:
%10</source>
        <translation>Enregistrement %1 de la rotation %2
Date : %3 (%4 UTC)
Utilisateur : %5 (%6, id %7)
Action : %8
Statut : %9

Notes :
%10</translation>
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
        <source>Shows only the records of one day (UTC).</source>
        <translation>N&apos;affiche que les enregistrements d&apos;un jour (UTC).</translation>
    </message>
    <message>
        <source>The day whose records are shown, in UTC.</source>
        <translation>Le jour dont les enregistrements sont affichés, en UTC.</translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Exports every rotation-audit record that matches the filters, in the chosen sort, to RFC 4180 CSV (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes). Cells that a spreadsheet would run as a formula get a leading apostrophe. The file appears only when the export is complete.</source>
        <translation>Exporte tous les enregistrements d&apos;audit des rotations qui correspondent aux filtres, dans le tri choisi, en CSV RFC 4180 (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes). Les cellules qu&apos;un tableur exécuterait comme formule reçoivent une apostrophe initiale. Le fichier n&apos;apparaît qu&apos;une fois l&apos;export terminé.</translation>
    </message>
    <message>
        <source>The CSV file to write, or - for standard output.</source>
        <translation>Le fichier CSV à écrire, ou - pour la sortie standard.</translation>
    </message>
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
        <source>Start the file with a UTF-8 byte order mark, for Excel.</source>
        <translation>Commencer le fichier par une marque d&apos;ordre des octets UTF-8, pour Excel.</translation>
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
        <source>--date takes a date as YYYY-MM-DD.</source>
        <translation>--date attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--sort takes one of AuditId, RotationId, Date, UserId, UserName, DisplayName, Action, Status, Notes.</source>
        <translation>--sort attend l&apos;une des valeurs AuditId, RotationId, Date, UserId, UserName, DisplayName, Action, Status, Notes.</translation>
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
        <source>Unknown command &quot;%1&quot;. Commands: config show, rotation status, rotation start, rotation retry, audit export.</source>
        <translation>Commande « %1 » inconnue. Commandes : config show, rotation status, rotation start, rotation retry, audit export.</translation>
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
        <source>Use the server, user and trusted certificate of a saved profile.</source>
        <translation>Utiliser le serveur, l&apos;utilisateur et le certificat approuvé d&apos;un profil enregistré.</translation>
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
        <source>Give exactly one of --password-stdin and --token-stdin; a password is never taken from the command line.</source>
        <translation>Indiquez exactement l&apos;une des options --password-stdin et --token-stdin ; un mot de passe n&apos;est jamais pris sur la ligne de commande.</translation>
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
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Prints the key management configuration. Secrets are never printed.</source>
        <translation>Affiche la configuration de la gestion des clés. Les secrets ne sont jamais affichés.</translation>
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
        <source>Type:      %1</source>
        <translation>Type :    %1</translation>
    </message>
    <message>
        <source>Access key id:      %1</source>
        <translation>Id de clé d&apos;accès :      %1</translation>
    </message>
    <message>
        <source>Key ARN:            %1</source>
        <translation>ARN de la clé :          %1</translation>
    </message>
    <message>
        <source>Key id:             %1</source>
        <translation>Id de la clé :           %1</translation>
    </message>
    <message>
        <source>Secret access key:  (never shown)</source>
        <translation>Clé d&apos;accès secrète :    (jamais affichée)</translation>
    </message>
    <message>
        <source>Vault URL:          %1</source>
        <translation>URL du coffre :          %1</translation>
    </message>
    <message>
        <source>Key name:           %1</source>
        <translation>Nom de la clé :          %1</translation>
    </message>
    <message>
        <source>Key version:        %1</source>
        <translation>Version de la clé :      %1</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(la plus récente)</translation>
    </message>
    <message>
        <source>Principal id:       %1</source>
        <translation>Id du principal :        %1</translation>
    </message>
    <message>
        <source>Principal secret:   (never shown)</source>
        <translation>Secret du principal :    (jamais affiché)</translation>
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
    <message numerus="yes">
        <source>Gave up following the rotation after %n failed attempts: %1</source>
        <translation>
            <numerusform>Suivi de la rotation abandonné après %n tentative échouée : %1</numerusform>
            <numerusform>Suivi de la rotation abandonné après %n tentatives échouées : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost, retrying in %n s: %1</source>
        <translation>
            <numerusform>Connexion perdue, nouvel essai dans %n s : %1</numerusform>
            <numerusform>Connexion perdue, nouvel essai dans %n s : %1</numerusform>
        </translation>
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
        <source>This account lacks the Administer Key Management permission; nothing was sent.</source>
        <translation>Ce compte n&apos;a pas l&apos;autorisation « Administrer la gestion des clés » ; rien n&apos;a été envoyé.</translation>
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
        <source>Retries the failed step of a master encryption key rotation.</source>
        <translation>Relance l&apos;étape en échec d&apos;une rotation de la clé de chiffrement principale.</translation>
    </message>
    <message>
        <source>The server did not retry: %1</source>
        <translation>Le serveur n&apos;a pas relancé : %1</translation>
    </message>
    <message>
        <source>Retrying from %1.</source>
        <translation>Nouvelle tentative à partir de %1.</translation>
    </message>
</context>
<context>
    <name>ConfigAuditModel</name>
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
    <name>ConfigFieldsModel</name>
    <message>
        <source>Access key id</source>
        <translation>Id de clé d&apos;accès</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Clé d&apos;accès secrète</translation>
    </message>
    <message>
        <source>Key ARN</source>
        <translation>ARN de la clé</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Id de la clé</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>URL du coffre</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <source>Key version</source>
        <translation>Version de la clé</translation>
    </message>
    <message>
        <source>Principal (client) id</source>
        <translation>Id du principal (client)</translation>
    </message>
    <message>
        <source>Principal secret</source>
        <translation>Secret du principal</translation>
    </message>
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
        <source>Type %1</source>
        <translation>Type %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Unchanged: the stored secret is kept.</source>
        <translation>Inchangé : le secret enregistré est conservé.</translation>
    </message>
    <message>
        <source>A new secret will be saved.</source>
        <translation>Un nouveau secret sera enregistré.</translation>
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
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>20 upper-case letters and digits, starting with AKIA or ASIA.</source>
        <translation>20 majuscules et chiffres, commençant par AKIA ou ASIA.</translation>
    </message>
    <message>
        <source>40 characters. Leave it empty to keep the stored secret.</source>
        <translation>40 caractères. Laissez vide pour conserver le secret enregistré.</translation>
    </message>
    <message>
        <source>arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, naming the same key as the key id.</source>
        <translation>arn:aws:kms:RÉGION:COMPTE:key/ID-CLÉ, désignant la même clé que l&apos;id de la clé.</translation>
    </message>
    <message>
        <source>A UUID, or mrk- and 32 hex digits for a multi-Region key.</source>
        <translation>Un UUID, ou mrk- suivi de 32 chiffres hexadécimaux pour une clé multirégion.</translation>
    </message>
    <message>
        <source>https://NAME.vault.azure.net/ or https://NAME.managedhsm.azure.net/</source>
        <translation>https://NOM.vault.azure.net/ ou https://NOM.managedhsm.azure.net/</translation>
    </message>
    <message>
        <source>1 to 127 letters, digits and dashes.</source>
        <translation>1 à 127 lettres, chiffres et tirets.</translation>
    </message>
    <message>
        <source>32 hex digits, or empty for the latest version.</source>
        <translation>32 chiffres hexadécimaux, ou vide pour la version la plus récente.</translation>
    </message>
    <message>
        <source>The application (client) id, a GUID.</source>
        <translation>L&apos;id de l&apos;application (client), un GUID.</translation>
    </message>
    <message>
        <source>The client secret. Leave it empty to keep the stored secret.</source>
        <translation>Le secret du client. Laissez vide pour conserver le secret enregistré.</translation>
    </message>
</context>
<context>
    <name>ConfigValidation</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Required: the server keeps no secret for this type yet.</source>
        <translation>Obligatoire : le serveur ne conserve encore aucun secret pour ce type.</translation>
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
        <source>The vault URL has the form https://NAME.vault.azure.net/ (or https://NAME.managedhsm.azure.net/ for a managed HSM).</source>
        <translation>L&apos;URL du coffre a la forme https://NOM.vault.azure.net/ (ou https://NOM.managedhsm.azure.net/ pour un HSM managé).</translation>
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
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Defaults loaded from the server. Nothing is saved until you click Save.</source>
        <translation>Valeurs par défaut chargées depuis le serveur. Rien n&apos;est enregistré avant que vous cliquiez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Saved. The server now enters maintenance mode and re-encrypts the secret keys; another change is refused until that finishes.</source>
        <translation>Enregistré. Le serveur passe maintenant en mode maintenance et rechiffre les clés des secrets ; toute autre modification est refusée jusqu&apos;à la fin.</translation>
    </message>
    <message>
        <source>Configuration messages</source>
        <translation>Messages de configuration</translation>
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
        <source>None (off)</source>
        <translation>Aucune (désactivée)</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problème avec %1</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
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
        <source>Fill in the server&apos;s defaults for a new configuration, without saving.</source>
        <translation>Remplir avec les valeurs par défaut du serveur pour une nouvelle configuration, sans enregistrer.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
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
        <source>%1: changed</source>
        <translation>%1 : modifié</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1 : « %2 » → « %3 »</translation>
    </message>
    <message>
        <source>Save the key management configuration</source>
        <translation>Enregistrer la configuration de la gestion des clés</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Enregistrer ces modifications sur %1 ?</translation>
    </message>
    <message>
        <source>%1

After a change the server enters maintenance mode and re-encrypts every secret key. If the new key cannot be reached, Secret Server cannot decrypt secrets: check the values first.</source>
        <translation>%1

Après une modification, le serveur passe en mode maintenance et rechiffre chaque clé de secret. Si la nouvelle clé est injoignable, Secret Server ne peut plus déchiffrer les secrets : vérifiez d&apos;abord les valeurs.</translation>
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
        <source>The server uses &quot;%1&quot;, a type this console cannot edit. It is shown as it is.</source>
        <translation>Le serveur utilise « %1 », un type que cette console ne sait pas modifier. Il est affiché tel quel.</translation>
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
        <source>Correct the marked fields to save.</source>
        <translation>Corrigez les champs signalés pour enregistrer.</translation>
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
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
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
        <source>Shows what will change, then saves it to the server.</source>
        <translation>Montre ce qui va changer, puis l&apos;enregistre sur le serveur.</translation>
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
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
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
        <source>kmconsole — %1</source>
        <translation>kmconsole — %1</translation>
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
        <source>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;A console for the Key Management API of Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Language: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;Une console pour l&apos;API de gestion des clés de Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Serveur : %2&lt;br&gt;Langue : %3&lt;br&gt;Qt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quitting discards your unsaved changes.</source>
        <translation>Quitter abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The console&apos;s pages: Configuration, Rotation and Audit (Ctrl+1, Ctrl+2, Ctrl+3).</source>
        <translation>Les pages de la console : Configuration, Rotation et Audit (Ctrl+1, Ctrl+2, Ctrl+3).</translation>
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
</context>
<context>
    <name>RotationAuditModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
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
</context>
<context>
    <name>RotationPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>État de la rotation</translation>
    </message>
    <message>
        <source>Your account may view the rotation but not start or retry one (it lacks the Administer Key Management permission).</source>
        <translation>Votre compte peut voir la rotation mais pas en démarrer ni en relancer (il n&apos;a pas l&apos;autorisation « Administrer la gestion des clés »).</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Relancer</translation>
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
    <message numerus="yes">
        <source>Connection lost, retrying in %n s: %1</source>
        <translation>
            <numerusform>Connexion perdue, nouvel essai dans %n s : %1</numerusform>
            <numerusform>Connexion perdue, nouvel essai dans %n s : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Connexion perdue : %1</translation>
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
        <source>The rotation state has not loaded yet.</source>
        <translation>L&apos;état de la rotation n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>Your account lacks the Administer Key Management permission.</source>
        <translation>Votre compte n&apos;a pas l&apos;autorisation « Administrer la gestion des clés ».</translation>
    </message>
    <message>
        <source>A rotation is already running.</source>
        <translation>Une rotation est déjà en cours.</translation>
    </message>
    <message>
        <source>The last rotation failed: retry it first.</source>
        <translation>La dernière rotation a échoué : relancez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Geo-replication is enabled.</source>
        <translation>La géoréplication est activée.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now.</source>
        <translation>Le serveur ne permet pas de rotation pour le moment.</translation>
    </message>
    <message>
        <source>Opens a guided rotation with checks and confirmations.</source>
        <translation>Ouvre une rotation guidée avec vérifications et confirmations.</translation>
    </message>
    <message>
        <source>The rotation is running; there is nothing to retry.</source>
        <translation>La rotation est en cours ; il n&apos;y a rien à relancer.</translation>
    </message>
    <message>
        <source>Nothing has failed, so there is nothing to retry.</source>
        <translation>Rien n&apos;a échoué, il n&apos;y a donc rien à relancer.</translation>
    </message>
    <message>
        <source>Retries the failed step and goes on following the rotation.</source>
        <translation>Relance l&apos;étape en échec et continue de suivre la rotation.</translation>
    </message>
    <message>
        <source>Asks the server again now instead of waiting.</source>
        <translation>Interroge de nouveau le serveur maintenant au lieu d&apos;attendre.</translation>
    </message>
</context>
<context>
    <name>RotationProgressWidget</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
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
        <source>Current rotation status</source>
        <translation>Statut actuel de la rotation</translation>
    </message>
    <message>
        <source>Items re-encrypted</source>
        <translation>Éléments rechiffrés</translation>
    </message>
    <message>
        <source>%v of %m items re-encrypted</source>
        <translation>%v éléments rechiffrés sur %m</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>Débit et temps restant</translation>
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
</context>
<context>
    <name>RotationTimelineModel</name>
    <message>
        <source>Seen at %1 UTC</source>
        <translation>Vu à %1 UTC</translation>
    </message>
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
</context>
<context>
    <name>RotationWizard</name>
    <message>
        <source>It took %1 min %2 s.</source>
        <translation>Elle a duré %1 min %2 s.</translation>
    </message>
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
        <source>your account may administer key management.</source>
        <translation>votre compte peut administrer la gestion des clés.</translation>
    </message>
    <message>
        <source>no rotation is running.</source>
        <translation>aucune rotation n&apos;est en cours.</translation>
    </message>
    <message>
        <source>no failed rotation is waiting for a retry.</source>
        <translation>aucune rotation en échec n&apos;attend d&apos;être relancée.</translation>
    </message>
    <message>
        <source>geo-replication is off.</source>
        <translation>la géoréplication est désactivée.</translation>
    </message>
    <message>
        <source>the server allows a rotation now.</source>
        <translation>le serveur permet une rotation maintenant.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Le serveur indique : %1</translation>
    </message>
    <message>
        <source>a current backup of the database and of encryption.config exists for every node.</source>
        <translation>une sauvegarde récente de la base de données et d&apos;encryption.config existe pour chaque nœud.</translation>
    </message>
    <message>
        <source>DPAPI encryption of the master key is not in use, and no secret key rotation is running.</source>
        <translation>le chiffrement DPAPI de la clé principale n&apos;est pas utilisé, et aucune rotation des clés de secrets n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>I have a current &amp;backup of the database and encryption.config on every node</source>
        <translation>J&apos;ai une &amp;sauvegarde récente de la base de données et d&apos;encryption.config sur chaque nœud</translation>
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
        <source>Rotation under way</source>
        <translation>Rotation en cours</translation>
    </message>
    <message>
        <source>The master encryption key was rotated and every secret re-encrypted. %1</source>
        <translation>La clé de chiffrement principale a été changée et chaque secret rechiffré. %1</translation>
    </message>
    <message>
        <source>%1
The server said: %2</source>
        <translation>%1
Le serveur a indiqué : %2</translation>
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
        <source>Closes the wizard.</source>
        <translation>Ferme l&apos;assistant.</translation>
    </message>
    <message>
        <source>Closes the wizard; a rotation that has started goes on.</source>
        <translation>Ferme l&apos;assistant ; une rotation démarrée continue.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
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
    <name>SignInDialog</name>
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
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Jeton d&apos;API</translation>
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
        <source>&amp;One-time code:</source>
        <translation>Code à usage &amp;unique :</translation>
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
        <source>Save as profile</source>
        <translation>Enregistrer comme profil</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>utilisateur@hôte</translation>
    </message>
    <message>
        <source>Save as p&amp;rofile:</source>
        <translation>Enregistrer comme p&amp;rofil :</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau système</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Remember the token in the system &amp;keychain</source>
        <translation>Mémoriser le jeton dans le &amp;trousseau système</translation>
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
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Paste an API access token.</source>
        <translation>Collez un jeton d&apos;accès d&apos;API.</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Non connecté : le certificat du serveur n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <source>The server asks for a one-time code. Enter it and sign in again. (%1)</source>
        <translation>Le serveur demande un code à usage unique. Saisissez-le et reconnectez-vous. (%1)</translation>
    </message>
    <message>
        <source>No Secret Server answered at this address (HTTP 404). Check the address, including the path such as /SecretServer.</source>
        <translation>Aucun Secret Server n&apos;a répondu à cette adresse (HTTP 404). Vérifiez l&apos;adresse, y compris le chemin comme /SecretServer.</translation>
    </message>
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
        <source>Untrusted certificate</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed since you chose to always trust it. The server may have been given a new certificate, or someone may be intercepting the connection. Trust the new certificate only if you know why it changed.</source>
        <translation>ATTENTION : le certificat de %1 a changé depuis que vous avez choisi de toujours l&apos;approuver. Le serveur a peut-être reçu un nouveau certificat, ou quelqu&apos;un intercepte peut-être la connexion. N&apos;approuvez le nouveau certificat que si vous savez pourquoi il a changé.</translation>
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
        <source>The one-time code from your authenticator, when the server asks for one.</source>
        <translation>Le code à usage unique de votre application d&apos;authentification, quand le serveur le demande.</translation>
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
    <message>
        <source>Closes this dialog without signing in.</source>
        <translation>Ferme cette boîte de dialogue sans se connecter.</translation>
    </message>
    <message>
        <source>Keeps the password or token in your desktop&apos;s keychain, not in kmconsole&apos;s settings.</source>
        <translation>Conserve le mot de passe ou le jeton dans le trousseau de votre bureau, pas dans les réglages de kmconsole.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Console for the Secret Server Key Management API.
Commands without a window (add --help to any): config show, rotation status, rotation start, rotation retry, audit export.</source>
        <translation>Console pour l&apos;API de gestion des clés de Secret Server.
Commandes sans fenêtre (ajoutez --help à chacune) : config show, rotation status, rotation start, rotation retry, audit export.</translation>
    </message>
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
</context>
</TS>
