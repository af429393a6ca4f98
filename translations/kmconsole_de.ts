<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accessibility</name>
    <message>
        <source>Sorted by %1, ascending.</source>
        <translation>Sortiert nach %1, aufsteigend.</translation>
    </message>
    <message>
        <source>Sorted by %1, descending.</source>
        <translation>Sortiert nach %1, absteigend.</translation>
    </message>
    <message>
        <source>Sort by this column</source>
        <translation>Nach dieser Spalte sortieren</translation>
    </message>
    <message>
        <source>Sort by %1, ascending</source>
        <translation>Nach %1 aufsteigend sortieren</translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
        <translation>Nach %1 absteigend sortieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server&apos;s host name could not be found. Check the server address.</source>
        <translation>Der Hostname des Servers wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The server refused the connection. Check the address and port, and that the server is running.</source>
        <translation>Der Server hat die Verbindung abgelehnt. Prüfen Sie Adresse und Port und ob der Server läuft.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not offer this API at that address. Is it a Secret Server, and is the base path right?</source>
        <translation>Der Server bietet diese API unter dieser Adresse nicht an. Ist es ein Secret Server, und stimmt der Basispfad?</translation>
    </message>
    <message>
        <source>The server failed while handling the request (HTTP %1).</source>
        <translation>Beim Bearbeiten der Anfrage ist auf dem Server ein Fehler aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Der Server hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. Is the address that of a Secret Server?</source>
        <translation>Der Server hat mit einer Webseite statt mit API-Daten geantwortet. Ist das die Adresse eines Secret Servers?</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation>Die Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server refused the credentials or the session.</source>
        <translation>Der Server hat die Anmeldedaten oder die Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>Your account lacks the permission for this (View or Administer Key Management).</source>
        <translation>Ihrem Konto fehlt die Berechtigung dafür („Schlüsselverwaltung anzeigen“ oder „Schlüsselverwaltung administrieren“).</translation>
    </message>
    <message>
        <source>The server is receiving too many requests (HTTP 429).</source>
        <translation>Der Server erhält zu viele Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than this request can need, so it was not read.</source>
        <translation>Die Antwort des Servers ist größer, als diese Anfrage benötigen kann, daher wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The server reported that the query failed.</source>
        <translation>Der Server hat gemeldet, dass die Abfrage fehlgeschlagen ist.</translation>
    </message>
</context>
<context>
    <name>AuditExportState</name>
    <message>
        <source>not a state file of kmconsole audit export</source>
        <translation>keine Zustandsdatei von kmconsole audit export</translation>
    </message>
    <message>
        <source>a state file of another version (%1)</source>
        <translation>eine Zustandsdatei einer anderen Version (%1)</translation>
    </message>
    <message>
        <source>lastId is not a whole number</source>
        <translation>lastId ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>lastDate is not an ISO 8601 date-time</source>
        <translation>lastDate ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Only records with this action.</source>
        <translation>Nur Einträge mit dieser Aktion.</translation>
    </message>
    <message>
        <source>Only records of this user id.</source>
        <translation>Nur Einträge dieser Benutzer-ID.</translation>
    </message>
    <message>
        <source>Only records whose user, action or notes contain TEXT.</source>
        <translation>Nur Einträge, deren Benutzer, Aktion oder Notizen TEXT enthalten.</translation>
    </message>
    <message>
        <source>Only records of this day (UTC).</source>
        <translation>Nur Einträge dieses Tages (UTC).</translation>
    </message>
    <message>
        <source>Sort by this column (default: Date, newest first).</source>
        <translation>Nach dieser Spalte sortieren (Standard: Date, neueste zuerst).</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>Print progress to stderr even when it is not a terminal.</source>
        <translation>Fortschritt auch dann auf stderr ausgeben, wenn es kein Terminal ist.</translation>
    </message>
    <message>
        <source>Records per request (at most 1000).</source>
        <translation>Einträge pro Anfrage (höchstens 1000).</translation>
    </message>
    <message>
        <source>Print the peak memory use to stderr at the end.</source>
        <translation>Am Ende den höchsten Speicherverbrauch auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (or --out - for standard output).</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI an (oder --out - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--user-id takes a whole number.</source>
        <translation>--user-id erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>--page-size takes a number from 1 to 1000.</source>
        <translation>--page-size erwartet eine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>Exported %1 of %2 records.</source>
        <translation>%1 von %2 Einträgen exportiert.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Secret Server address.</source>
        <translation>Adresse des Secret Servers.</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>Domain of the user.</source>
        <translation>Domäne des Benutzers.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read an API access token from the first line of standard input.</source>
        <translation>Ein API-Zugriffstoken aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Language of the messages (de, en, fr).</source>
        <translation>Sprache der Meldungen (de, en, fr).</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Give the user name with --user (or --profile).</source>
        <translation>Geben Sie den Benutzernamen mit --user (oder --profile) an.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Server:    %1</source>
        <translation>Server:    %1</translation>
    </message>
    <message>
        <source>(latest)</source>
        <translation>(neueste)</translation>
    </message>
    <message>
        <source>External key management is off.</source>
        <translation>Die externe Schlüsselverwaltung ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>This console does not know the fields of this type.</source>
        <translation>Diese Konsole kennt die Felder dieses Typs nicht.</translation>
    </message>
    <message>
        <source>(%1 of %2 items left)</source>
        <translation>(%1 von %2 Elementen übrig)</translation>
    </message>
    <message>
        <source>Follow the rotation until it ends; exit 0 when it completes, 2 when it fails.</source>
        <translation>Der Rotation bis zu ihrem Ende folgen; Exit-Code 0, wenn sie abgeschlossen wird, 2, wenn sie fehlschlägt.</translation>
    </message>
    <message>
        <source>Milliseconds between status polls while following (default 2000).</source>
        <translation>Millisekunden zwischen Statusabfragen beim Verfolgen (Standard 2000).</translation>
    </message>
    <message>
        <source>The rotation failed: %1</source>
        <translation>Die Rotation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Prints the state of the master encryption key rotation.</source>
        <translation>Gibt den Stand der Rotation des Master-Verschlüsselungsschlüssels aus.</translation>
    </message>
    <message>
        <source>--poll-interval takes a number of milliseconds, 50 or more.</source>
        <translation>--poll-interval erwartet eine Anzahl Millisekunden, mindestens 50.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>State:             %1</source>
        <translation>Zustand:               %1</translation>
    </message>
    <message>
        <source>Status:            %1 (%2)</source>
        <translation>Status:                %1 (%2)</translation>
    </message>
    <message>
        <source>Items left:        %1 of %2</source>
        <translation>Verbleibende Elemente: %1 von %2</translation>
    </message>
    <message>
        <source>Started (UTC):     %1</source>
        <translation>Gestartet (UTC):       %1</translation>
    </message>
    <message>
        <source>Last change (UTC): %1</source>
        <translation>Letzte Änderung (UTC): %1</translation>
    </message>
    <message>
        <source>Last end (UTC):    %1</source>
        <translation>Letztes Ende (UTC):    %1</translation>
    </message>
    <message>
        <source>Replication:       %1</source>
        <translation>Replikation:           %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Warning:           %1</source>
        <translation>Warnung:               %1</translation>
    </message>
    <message>
        <source>Error:             %1</source>
        <translation>Fehler:                %1</translation>
    </message>
    <message>
        <source>Starts a master encryption key rotation. It cannot be undone: back up the database and encryption.config on every node first.</source>
        <translation>Startet eine Rotation des Master-Verschlüsselungsschlüssels. Sie kann nicht rückgängig gemacht werden: Sichern Sie vorher die Datenbank und encryption.config auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Confirm that a current backup of the database and encryption.config exists on every node.</source>
        <translation>Bestätigen, dass auf jedem Knoten eine aktuelle Sicherung der Datenbank und von encryption.config besteht.</translation>
    </message>
    <message>
        <source>The server&apos;s host name, typed again to confirm.</source>
        <translation>Der Hostname des Servers, zur Bestätigung erneut eingegeben.</translation>
    </message>
    <message>
        <source>A rotation needs both --confirm-backup and --confirm-host HOST.</source>
        <translation>Eine Rotation erfordert sowohl --confirm-backup als auch --confirm-host HOST.</translation>
    </message>
    <message>
        <source>--confirm-host &quot;%1&quot; does not match the server&apos;s host name &quot;%2&quot;; nothing was sent.</source>
        <translation>--confirm-host „%1“ stimmt nicht mit dem Hostnamen des Servers „%2“ überein; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server did not start the rotation: %1</source>
        <translation>Der Server hat die Rotation nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Rotation started on %1.</source>
        <translation>Rotation auf %1 gestartet.</translation>
    </message>
    <message>
        <source>The server did not retry: %1</source>
        <translation>Der Server hat die Wiederholung nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Retrying from %1.</source>
        <translation>Wiederholung ab %1.</translation>
    </message>
    <message>
        <source>Only records from this day on (UTC), with --to: the days are exported one by one.</source>
        <translation>Nur Einträge ab diesem Tag (UTC), zusammen mit --to: Die Tage werden einzeln nacheinander exportiert.</translation>
    </message>
    <message>
        <source>Only records up to this day (UTC), with --from.</source>
        <translation>Nur Einträge bis zu diesem Tag (UTC), zusammen mit --from.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 erwartet ein Datum im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from and --to go together, and not with --date.</source>
        <translation>--from und --to gehören zusammen und lassen sich nicht mit --date kombinieren.</translation>
    </message>
    <message numerus="yes">
        <source>--from and --to span more than %n day(s).</source>
        <translation>
            <numerusform>--from und --to umfassen mehr als %n Tag.</numerusform>
            <numerusform>--from und --to umfassen mehr als %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Use the server, user, trusted certificate, proxy and CA of a saved profile.</source>
        <translation>Server, Benutzer, vertrautes Zertifikat, Proxy und CA eines gespeicherten Profils verwenden.</translation>
    </message>
    <message>
        <source>A one-time code for a two-factor account, or &quot;push&quot; to approve a Duo push on the phone.</source>
        <translation>Ein Einmalcode für ein Konto mit Zwei-Faktor-Authentifizierung, oder „push“, um einen Duo-Push auf dem Telefon zu bestätigen.</translation>
    </message>
    <message>
        <source>Sign in through a Delinea Platform tenant (instead of --server).</source>
        <translation>Über einen Mandanten der Delinea Platform anmelden (statt --server).</translation>
    </message>
    <message>
        <source>The platform service account&apos;s client id.</source>
        <translation>Die Client-ID des Dienstkontos der Plattform.</translation>
    </message>
    <message>
        <source>Read the platform service account&apos;s client secret from the first line of standard input.</source>
        <translation>Das Client-Geheimnis des Dienstkontos der Plattform aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Which of the tenant&apos;s vaults, by name or address, when it has several.</source>
        <translation>Welcher Tresor des Mandanten, nach Name oder Adresse, wenn er mehrere hat.</translation>
    </message>
    <message>
        <source>Also trust the certificate authority in this PEM file.</source>
        <translation>Zusätzlich der Zertifizierungsstelle in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <source>Proxy: a URL, or &quot;none&quot;; by default the system&apos;s (https_proxy, no_proxy).</source>
        <translation>Proxy: eine URL oder „none“; standardmäßig der des Systems (https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>Give exactly one of --password-stdin, --token-stdin and --platform-secret-stdin; a secret is never taken from the command line.</source>
        <translation>Geben Sie genau eine der Optionen --password-stdin, --token-stdin und --platform-secret-stdin an; ein geheimer Wert wird nie von der Befehlszeile übernommen.</translation>
    </message>
    <message>
        <source>Signing in through the Delinea Platform needs --platform-url and --platform-client-id (or --profile).</source>
        <translation>Die Anmeldung über die Delinea Platform erfordert --platform-url und --platform-client-id (oder --profile).</translation>
    </message>
    <message>
        <source>Give the server with --server URL (or --profile).</source>
        <translation>Geben Sie den Server mit --server URL (oder --profile) an.</translation>
    </message>
    <message>
        <source>If this account uses two-factor authentication, add --otp CODE or --otp push.</source>
        <translation>Wenn dieses Konto Zwei-Faktor-Authentifizierung verwendet, ergänzen Sie --otp CODE oder --otp push.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2; SHA-256 %3). Nothing was sent. Trust it in the window&apos;s sign-in (&quot;Always trust&quot; pins it in the profile, used with --profile), or give its CA with --ca-file.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2; SHA-256 %3). Es wurde nichts gesendet. Vertrauen Sie ihm bei der Anmeldung im Fenster („Immer vertrauen“ hinterlegt es im Profil, das mit --profile verwendet wird), oder geben Sie seine CA mit --ca-file an.</translation>
    </message>
    <message>
        <source>The tenant has several vaults; choose one with --vault: %1</source>
        <translation>Der Mandant hat mehrere Tresore; wählen Sie einen mit --vault: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the Duo push to be approved (up to %n seconds)…</source>
        <translation>
            <numerusform>Warten auf die Bestätigung des Duo-Push (bis zu %n Sekunde) …</numerusform>
            <numerusform>Warten auf die Bestätigung des Duo-Push (bis zu %n Sekunden) …</numerusform>
        </translation>
    </message>
    <message>
        <source>Type:      %1 (id %2)</source>
        <translation>Typ:       %1 (ID %2)</translation>
    </message>
    <message>
        <source>(never shown)</source>
        <translation>(nie angezeigt)</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(vom Server nicht gemeldet)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Prints the key management configuration. Secrets are never printed; fields the server does not report (the Azure Key Vault settings) are said to be so.</source>
        <translation>Gibt die Konfiguration der Schlüsselverwaltung aus. Geheime Werte werden nie ausgegeben; Felder, die der Server nicht meldet (die Einstellungen für Azure Key Vault), werden als solche gekennzeichnet.</translation>
    </message>
    <message>
        <source>Saves a whole key management configuration. A save replaces the whole configuration and the server never returns secrets, so every field of the type and its secret are needed (--secret-stdin: the line after the password). The server then re-encrypts its secret keys in maintenance mode. Exit 0 saved; 1 refused by the server, a type id not known, or a different type saved; 2 wrong usage (nothing sent).</source>
        <translation>Speichert eine vollständige Konfiguration der Schlüsselverwaltung. Ein Speichern ersetzt die gesamte Konfiguration, und der Server gibt geheime Werte nie zurück, daher werden alle Felder des Typs und sein geheimer Wert benötigt (--secret-stdin: die Zeile nach dem Kennwort). Der Server verschlüsselt danach seine Secret-Schlüssel im Wartungsmodus neu. Exit-Code 0: gespeichert; 1: vom Server abgelehnt, eine unbekannte Typ-ID oder ein anderer Typ gespeichert; 2: falsche Verwendung (nichts gesendet).</translation>
    </message>
    <message>
        <source>The type: none, aws or azure.</source>
        <translation>Der Typ: none, aws oder azure.</translation>
    </message>
    <message>
        <source>The server&apos;s numeric id of that type, needed only while the server has not shown it.</source>
        <translation>Die numerische ID, die der Server für diesen Typ verwendet; nur nötig, solange der Server sie nicht angezeigt hat.</translation>
    </message>
    <message>
        <source>Read the type&apos;s secret (AWS secret access key, Azure principal secret) from the line of standard input after the password, token or platform secret.</source>
        <translation>Den geheimen Wert des Typs (geheimer AWS-Zugriffsschlüssel, Azure-Prinzipal-Geheimnis) aus der Zeile der Standardeingabe nach dem Kennwort, Token oder Plattform-Geheimnis lesen.</translation>
    </message>
    <message>
        <source>Print the change and send nothing.</source>
        <translation>Die Änderung ausgeben und nichts senden.</translation>
    </message>
    <message>
        <source>Print the server&apos;s reply as JSON.</source>
        <translation>Die Antwort des Servers als JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Give the type with --type none, --type aws or --type azure.</source>
        <translation>Geben Sie den Typ mit --type none, --type aws oder --type azure an.</translation>
    </message>
    <message>
        <source>--type-id takes a whole number, 0 or more.</source>
        <translation>--type-id erwartet eine ganze Zahl, mindestens 0.</translation>
    </message>
    <message>
        <source>Saving a configuration needs --confirm-host HOST: the server re-encrypts its secret keys afterwards.</source>
        <translation>Das Speichern einer Konfiguration erfordert --confirm-host HOST: Der Server verschlüsselt danach seine Secret-Schlüssel neu.</translation>
    </message>
    <message>
        <source>--%1 does not belong to the type %2.</source>
        <translation>--%1 gehört nicht zum Typ %2.</translation>
    </message>
    <message>
        <source>--%1 is needed: a save replaces the whole configuration.</source>
        <translation>--%1 ist erforderlich: Ein Speichern ersetzt die gesamte Konfiguration.</translation>
    </message>
    <message>
        <source>--secret-stdin is needed: the server never returns the stored secret, and a save replaces it.</source>
        <translation>--secret-stdin ist erforderlich: Der Server gibt den gespeicherten geheimen Wert nie zurück, und ein Speichern ersetzt ihn.</translation>
    </message>
    <message>
        <source>--secret-stdin does not belong to the type %1.</source>
        <translation>--secret-stdin gehört nicht zum Typ %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The server refused the configuration: %1</source>
        <translation>Der Server hat die Konfiguration abgelehnt: %1</translation>
    </message>
    <message>
        <source>Saved. The server now re-encrypts its secret keys in maintenance mode and refuses other changes until that finishes.</source>
        <translation>Gespeichert. Der Server verschlüsselt jetzt seine Secret-Schlüssel im Wartungsmodus neu und lehnt bis zum Abschluss weitere Änderungen ab.</translation>
    </message>
    <message>
        <source>Retries the failed step of a master encryption key rotation; it restarts the re-encryption on the server.</source>
        <translation>Wiederholt den fehlgeschlagenen Schritt einer Rotation des Master-Verschlüsselungsschlüssels; dies startet die Neuverschlüsselung auf dem Server erneut.</translation>
    </message>
    <message>
        <source>A retry needs --confirm-host HOST: it restarts the re-encryption on the server.</source>
        <translation>Eine Wiederholung erfordert --confirm-host HOST: Sie startet die Neuverschlüsselung auf dem Server erneut.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent.</source>
        <translation>%1 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Writes a compliance report: the server, the key-management configuration (never a secret) and its changes in the period, the rotation state, the last completed rotation and the key&apos;s age against the policy, and every rotation of the period with totals. JSON (stable keys, see the README) or PDF.</source>
        <translation>Schreibt einen Compliance-Bericht: den Server, die Konfiguration der Schlüsselverwaltung (nie einen geheimen Wert) und ihre Änderungen im Zeitraum, den Zustand der Rotation, die letzte abgeschlossene Rotation und das Alter des Schlüssels gemessen an der Richtlinie sowie jede Rotation des Zeitraums mit Summen. JSON (stabile Schlüsselnamen, siehe README) oder PDF.</translation>
    </message>
    <message>
        <source>The file to write, or - for JSON on standard output.</source>
        <translation>Die zu schreibende Datei, oder - für JSON auf der Standardausgabe.</translation>
    </message>
    <message>
        <source>pdf or json; by default from the file&apos;s extension.</source>
        <translation>pdf oder json; standardmäßig nach der Dateiendung.</translation>
    </message>
    <message>
        <source>The first day of the period (UTC); by default 365 days ago.</source>
        <translation>Der erste Tag des Zeitraums (UTC); standardmäßig vor 365 Tagen.</translation>
    </message>
    <message>
        <source>The rotation policy: the key&apos;s greatest allowed age in days (default: the profile&apos;s, else 365).</source>
        <translation>Die Rotationsrichtlinie: das höchste zulässige Alter des Schlüssels in Tagen (Standard: der Wert des Profils, sonst 365).</translation>
    </message>
    <message>
        <source>Give the file to write with --out FILE (or --out - for JSON on standard output).</source>
        <translation>Geben Sie die zu schreibende Datei mit --out DATEI an (oder --out - für JSON auf der Standardausgabe).</translation>
    </message>
    <message>
        <source>The format is pdf or json: give --format, or a file ending in .pdf or .json.</source>
        <translation>Das Format ist pdf oder json: Geben Sie --format an oder eine Datei mit der Endung .pdf oder .json.</translation>
    </message>
    <message>
        <source>A PDF is written to a file: --out - writes JSON only.</source>
        <translation>Ein PDF wird in eine Datei geschrieben: --out - schreibt nur JSON.</translation>
    </message>
    <message>
        <source>--since takes a day as YYYY-MM-DD.</source>
        <translation>--since erwartet einen Tag im Format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--max-age-days takes a number of days, 1 or more.</source>
        <translation>--max-age-days erwartet eine Anzahl Tage, mindestens 1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Bericht in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Exit 4 when the last completed rotation is older than N days, or there is none (for monitoring; with --wait a failed rotation&apos;s 2 comes first).</source>
        <translation>Exit-Code 4, wenn die letzte abgeschlossene Rotation älter als N Tage ist oder es keine gibt (für die Überwachung; mit --wait hat der Exit-Code 2 einer fehlgeschlagenen Rotation Vorrang).</translation>
    </message>
    <message>
        <source>Key age:           %1</source>
        <translation>Schlüsselalter:        %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Unbekannter Befehl „%1“. Befehle: %2.</translation>
    </message>
    <message>
        <source>Version:   %1</source>
        <translation>Version:   %1</translation>
    </message>
    <message>
        <source>the server&apos;s reply contradicted the type ids remembered for this address; all of them were forgotten and are learned again from the server.</source>
        <translation>Die Antwort des Servers widersprach den für diese Adresse gespeicherten Typ-IDs; alle wurden vergessen und werden erneut vom Server ermittelt.</translation>
    </message>
    <message>
        <source>Forgets the key management type ids the console remembers for a server (learned from its replies or given with --type-id), without signing in or contacting it. Use it when another server answers at an address, or a server changed its ids. Exit 0 done; 2 wrong usage.</source>
        <translation>Vergisst die Typ-IDs der Schlüsselverwaltung, die sich die Konsole für einen Server merkt (aus seinen Antworten erfahren oder mit --type-id angegeben), ohne sich anzumelden oder ihn zu kontaktieren. Verwenden Sie dies, wenn unter einer Adresse ein anderer Server antwortet oder ein Server seine IDs geändert hat. Exit-Code 0: erledigt; 2: falsche Verwendung.</translation>
    </message>
    <message>
        <source>The server&apos;s address.</source>
        <translation>Die Adresse des Servers.</translation>
    </message>
    <message>
        <source>The saved profile whose server to forget.</source>
        <translation>Das gespeicherte Profil, dessen Server vergessen werden soll.</translation>
    </message>
    <message>
        <source>Every server.</source>
        <translation>Alle Server.</translation>
    </message>
    <message>
        <source>Give exactly one of --server URL, --profile NAME or --all.</source>
        <translation>Geben Sie genau eine der Optionen --server URL, --profile NAME oder --all an.</translation>
    </message>
    <message>
        <source>every server</source>
        <translation>alle Server</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>%n für %1 gespeicherte Typ-ID vergessen.</numerusform>
            <numerusform>%n für %1 gespeicherte Typ-IDs vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the saved connection profiles, most recently used first: name, method, server and user, separated by tabs.</source>
        <translation>Listet die gespeicherten Verbindungsprofile auf, zuletzt verwendete zuerst: Name, Methode, Server und Benutzer, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Removes a saved connection profile and the secret kept for it in the system keychain.</source>
        <translation>Entfernt ein gespeichertes Verbindungsprofil und den dafür im Schlüsselbund des Systems verwahrten geheimen Wert.</translation>
    </message>
    <message>
        <source>The profile to remove (kmconsole profile list shows them).</source>
        <translation>Das zu entfernende Profil (kmconsole profile list zeigt sie an).</translation>
    </message>
    <message>
        <source>Give the name of the profile to remove (kmconsole profile list shows them).</source>
        <translation>Geben Sie den Namen des zu entfernenden Profils an (kmconsole profile list zeigt sie an).</translation>
    </message>
    <message>
        <source>The profile was removed, but the system keychain did not answer; its secret may still be kept there.</source>
        <translation>Das Profil wurde entfernt, aber der Schlüsselbund des Systems hat nicht geantwortet; sein geheimer Wert ist dort möglicherweise noch verwahrt.</translation>
    </message>
    <message>
        <source>The server&apos;s rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>Der Rotationszustand des Servers enthält kein processState; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The server reports the rotation state &quot;%1&quot;, which is not published; whether a rotation runs cannot be determined.</source>
        <translation>Der Server meldet den Rotationszustand „%1“, der nicht veröffentlicht ist; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>While following, stop with exit 1 after the server has failed for this many seconds in a row (default 600). The rotation may still run on the server.</source>
        <translation>Beim Verfolgen mit Exit-Code 1 abbrechen, wenn der Server so viele Sekunden hintereinander fehlgeschlagen ist (Standard 600). Die Rotation kann auf dem Server weiterlaufen.</translation>
    </message>
    <message>
        <source>The server reports no rotation under way and none completed (state None). Check with &quot;kmconsole rotation status&quot;.</source>
        <translation>Der Server meldet weder eine laufende noch eine abgeschlossene Rotation (Zustand None). Prüfen Sie mit „kmconsole rotation status“.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may still be running on the server; check with &quot;kmconsole rotation status&quot;.</source>
        <translation>
            <numerusform>Verfolgen der Rotation aufgegeben: Der Server ist %n s hintereinander fehlgeschlagen (%1). Die Rotation läuft auf dem Server möglicherweise noch; prüfen Sie mit „kmconsole rotation status“.</numerusform>
            <numerusform>Verfolgen der Rotation aufgegeben: Der Server ist %n s hintereinander fehlgeschlagen (%1). Die Rotation läuft auf dem Server möglicherweise noch; prüfen Sie mit „kmconsole rotation status“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server failed, retrying in %n s: %1</source>
        <translation>
            <numerusform>Fehler des Servers, neuer Versuch in %n s: %1</numerusform>
            <numerusform>Fehler des Servers, neuer Versuch in %n s: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>--give-up-after takes a number of seconds, 0 or more.</source>
        <translation>--give-up-after erwartet eine Anzahl Sekunden, mindestens 0.</translation>
    </message>
    <message>
        <source>Cannot read the state file %1: %2</source>
        <translation>Die Zustandsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The state file %1 cannot be used: %2.</source>
        <translation>Die Zustandsdatei %1 ist nicht verwendbar: %2.</translation>
    </message>
    <message>
        <source>This server keeps no configuration audit (Secret Server 11.7 and later do).</source>
        <translation>Dieser Server führt kein Konfigurationsprotokoll (Secret Server 11.7 und neuer tun das).</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The configuration audit could not be read: %1</source>
        <translation>Das Konfigurationsprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export stopped: the server reported %1 matching records when the export began, but its pages held %2 of them.</source>
        <translation>Der Export wurde abgebrochen: Der Server hat zu Beginn des Exports %1 passende Einträge gemeldet, seine Seiten enthielten aber %2 davon.</translation>
    </message>
    <message>
        <source>Exports every rotation-audit record that matches the filters, in the chosen sort, to RFC 4180 CSV (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), JSON Lines or CEF. Cells that a spreadsheet would run as a formula get a leading apostrophe. The file appears only when the export is complete. With --after-id or --state only records newer than the last exported are written, newest first; with --configuration the configuration audit is exported instead.</source>
        <translation>Exportiert jeden Eintrag des Rotationsprotokolls, der den Filtern entspricht, in der gewählten Sortierung als CSV nach RFC 4180 (AuditId,Date,UserId,UserName,DisplayName,Action,Status,Notes), JSON Lines oder CEF. Zellen, die eine Tabellenkalkulation als Formel ausführen würde, erhalten einen vorangestellten Apostroph. Die Datei erscheint erst, wenn der Export vollständig ist. Mit --after-id oder --state werden nur Einträge geschrieben, die neuer als der zuletzt exportierte sind, die neuesten zuerst; mit --configuration wird stattdessen das Konfigurationsprotokoll exportiert.</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Die zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>csv, jsonl or cef; by default from the file&apos;s extension, else csv.</source>
        <translation>csv, jsonl oder cef; standardmäßig aus der Dateiendung, sonst csv.</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark, for Excel (CSV only).</source>
        <translation>Die Datei mit einer UTF-8-Bytereihenfolgemarkierung beginnen, für Excel (nur CSV).</translation>
    </message>
    <message>
        <source>Only records with an audit id above N (newest first).</source>
        <translation>Nur Einträge mit einer Audit-ID über N (die neuesten zuerst).</translation>
    </message>
    <message>
        <source>Keep the last exported id and the filters in FILE, and go on from them next time.</source>
        <translation>Die zuletzt exportierte ID und die Filter in DATEI festhalten und beim nächsten Mal dort fortfahren.</translation>
    </message>
    <message>
        <source>Export the configuration audit (Secret Server 11.7 and later) instead.</source>
        <translation>Stattdessen das Konfigurationsprotokoll exportieren (Secret Server 11.7 und neuer).</translation>
    </message>
    <message>
        <source>Attempts per request for transient failures.</source>
        <translation>Versuche pro Anfrage bei vorübergehenden Fehlern.</translation>
    </message>
    <message>
        <source>--format takes csv, jsonl or cef.</source>
        <translation>--format akzeptiert csv, jsonl oder cef.</translation>
    </message>
    <message>
        <source>--bom is for CSV only.</source>
        <translation>--bom gilt nur für CSV.</translation>
    </message>
    <message>
        <source>--after-id and --state export newest first by audit id: not with --sort, --desc, --from or --to.</source>
        <translation>--after-id und --state exportieren nach Audit-ID, die neuesten zuerst: nicht zusammen mit --sort, --desc, --from oder --to.</translation>
    </message>
    <message>
        <source>--configuration takes only --search: the configuration audit has no ids, users, actions or day filter to ask for.</source>
        <translation>--configuration akzeptiert nur --search: Das Konfigurationsprotokoll hat keine IDs, Benutzer, Aktionen oder Tagesfilter, nach denen sich fragen ließe.</translation>
    </message>
    <message>
        <source>--sort takes one of %1.</source>
        <translation>--sort akzeptiert einen der Werte %1.</translation>
    </message>
    <message>
        <source>--after-id takes a whole number from 0.</source>
        <translation>--after-id akzeptiert eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>The state file %1 says where to go on from: give --after-id only to start a new one.</source>
        <translation>Die Zustandsdatei %1 gibt an, wo fortgefahren wird: Geben Sie --after-id nur an, um eine neue zu beginnen.</translation>
    </message>
    <message>
        <source>The state file %1 was made with other filters (%2): give the same ones, or another state file.</source>
        <translation>Die Zustandsdatei %1 wurde mit anderen Filtern erstellt (%2): Geben Sie dieselben an oder eine andere Zustandsdatei.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n Eintrag exportiert.</numerusform>
            <numerusform>%n Einträge exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing to standard output failed.</source>
        <translation>Schreiben in die Standardausgabe fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The state file was left as it was: the next run exports the same records again.</source>
        <translation>Die Zustandsdatei blieb unverändert: Der nächste Lauf exportiert dieselben Einträge erneut.</translation>
    </message>
    <message>
        <source>The records were written, but the state file %1 could not be saved (%2): the next run exports them again.</source>
        <translation>Die Einträge wurden geschrieben, aber die Zustandsdatei %1 konnte nicht gespeichert werden (%2): Der nächste Lauf exportiert sie erneut.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent. Give it with --type-id N, or set the type once in the web UI so that the console learns it.</source>
        <translation>%1 Es wurde nichts gesendet. Geben Sie ihn mit --type-id N an, oder stellen Sie den Typ einmal in der Weboberfläche ein, damit die Konsole ihn erfährt.</translation>
    </message>
    <message>
        <source>Change on %1:</source>
        <translation>Änderung auf %1:</translation>
    </message>
    <message>
        <source>Let this check&apos;s warning through (one of: %1); may be given more than once.</source>
        <translation>Die Warnung dieser Prüfung durchlassen (eine von: %1); kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>Warn when the last successful backup is older than N hours (default %1).</source>
        <translation>Warnen, wenn die letzte erfolgreiche Sicherung älter als N Stunden ist (Standard %1).</translation>
    </message>
    <message>
        <source>Start even though this check failed or could not be determined (one of: %1); may be given more than once.</source>
        <translation>Auch dann starten, wenn diese Prüfung fehlgeschlagen ist oder nicht festgestellt werden konnte (eine von: %1); kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <source>--max-backup-age-hours takes a number of hours, 1 or more.</source>
        <translation>--max-backup-age-hours akzeptiert eine Anzahl Stunden, mindestens 1.</translation>
    </message>
    <message>
        <source>There is no check named &quot;%1&quot;; the checks are: %2.</source>
        <translation>Es gibt keine Prüfung namens „%1“; die Prüfungen sind: %2.</translation>
    </message>
    <message>
        <source>[skipped]</source>
        <translation>[übersprungen]</translation>
    </message>
    <message>
        <source>[accepted]</source>
        <translation>[akzeptiert]</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Checks, from the server&apos;s published endpoints, what must hold before a master encryption key rotation: health, nodes, the last backup, no rotation running, replication. Exit 0 when every check passes (or its warning is accepted), 1 on a failure or a warning not accepted, 3 when a check could not be determined.</source>
        <translation>Prüft anhand der veröffentlichten Endpunkte des Servers, was vor einer Rotation des Master-Verschlüsselungsschlüssels gegeben sein muss: Zustand, Knoten, die letzte Sicherung, keine laufende Rotation, Replikation. Exit-Code 0, wenn jede Prüfung bestanden ist (oder ihre Warnung akzeptiert wurde), 1 bei einem Fehlschlag oder einer nicht akzeptierten Warnung, 3, wenn eine Prüfung nicht festgestellt werden konnte.</translation>
    </message>
    <message>
        <source>Every check passed; a rotation may start.</source>
        <translation>Alle Prüfungen bestanden; eine Rotation kann starten.</translation>
    </message>
    <message>
        <source>A check failed, or warned and was not accepted: do not rotate yet.</source>
        <translation>Eine Prüfung ist fehlgeschlagen oder hat gewarnt, ohne dass die Warnung akzeptiert wurde: Noch nicht rotieren.</translation>
    </message>
    <message>
        <source>A check could not be determined: do not rotate until it is.</source>
        <translation>Eine Prüfung konnte nicht festgestellt werden: Nicht rotieren, bis sie es ist.</translation>
    </message>
    <message>
        <source>A check before the rotation failed or warned; nothing was sent. Accept a warning with --accept-warning NAME, or skip a check with --skip-check NAME.</source>
        <translation>Eine Prüfung vor der Rotation ist fehlgeschlagen oder hat gewarnt; es wurde nichts gesendet. Akzeptieren Sie eine Warnung mit --accept-warning NAME, oder überspringen Sie eine Prüfung mit --skip-check NAME.</translation>
    </message>
    <message>
        <source>A check before the rotation could not be determined; nothing was sent. Skip it with --skip-check NAME once you have checked it yourself.</source>
        <translation>Eine Prüfung vor der Rotation konnte nicht festgestellt werden; es wurde nichts gesendet. Überspringen Sie sie mit --skip-check NAME, sobald Sie sie selbst geprüft haben.</translation>
    </message>
    <message>
        <source>Running:           %1</source>
        <translation>Läuft:                 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Progress:          %1</source>
        <translation>Fortschritt:           %1</translation>
    </message>
    <message>
        <source>Server says:       %1</source>
        <translation>Servermeldung:         %1</translation>
    </message>
    <message>
        <source>Changes:           %1</source>
        <translation>Änderungen:            %1</translation>
    </message>
    <message>
        <source>Requested (UTC):   %1</source>
        <translation>Angefordert (UTC):     %1</translation>
    </message>
    <message>
        <source>Run (UTC):         %1</source>
        <translation>Ausgeführt (UTC):      %1</translation>
    </message>
    <message>
        <source>Last status:       %1</source>
        <translation>Letzter Status:        %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Message:           %1</source>
        <translation>Meldung:               %1</translation>
    </message>
    <message>
        <source>The secret-key rotation completed before the cancel took effect: %1</source>
        <translation>Die Rotation der Secret-Schlüssel wurde abgeschlossen, bevor der Abbruch wirksam wurde: %1</translation>
    </message>
    <message>
        <source>The secret-key rotation completed: %1</source>
        <translation>Die Rotation der Secret-Schlüssel ist abgeschlossen: %1</translation>
    </message>
    <message>
        <source>The secret-key rotation was cancelled: %1</source>
        <translation>Die Rotation der Secret-Schlüssel wurde abgebrochen: %1</translation>
    </message>
    <message>
        <source>The secret-key rotation failed: %1</source>
        <translation>Die Rotation der Secret-Schlüssel ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may still be running on the server; check with &quot;kmconsole secret-keys status&quot;.</source>
        <translation>
            <numerusform>Verfolgen der Rotation der Secret-Schlüssel aufgegeben: Der Server ist %n s hintereinander fehlgeschlagen (%1). Sie läuft auf dem Server möglicherweise noch; prüfen Sie mit „kmconsole secret-keys status“.</numerusform>
            <numerusform>Verfolgen der Rotation der Secret-Schlüssel aufgegeben: Der Server ist %n s hintereinander fehlgeschlagen (%1). Sie läuft auf dem Server möglicherweise noch; prüfen Sie mit „kmconsole secret-keys status“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server failed, retrying: %1</source>
        <translation>Fehler des Servers, neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Starts a secret-key rotation: the server re-encrypts every secret&apos;s key and refuses key-management changes until it has ended.</source>
        <translation>Startet eine Rotation der Secret-Schlüssel: Der Server verschlüsselt den Schlüssel jedes Secrets neu und lehnt Änderungen an der Schlüsselverwaltung ab, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Cancels the secret-key rotation that is running.</source>
        <translation>Bricht die laufende Rotation der Secret-Schlüssel ab.</translation>
    </message>
    <message>
        <source>Follow the rotation until it ends; exit 0 when it completes, 2 when it is cancelled or fails, 3 when its status is not one the console knows.</source>
        <translation>Die Rotation verfolgen, bis sie endet; Exit-Code 0, wenn sie abgeschlossen wird, 2, wenn sie abgebrochen wird oder fehlschlägt, 3, wenn ihr Status der Konsole unbekannt ist.</translation>
    </message>
    <message>
        <source>Follow until the rotation has ended; exit 0 when it was cancelled (or completed first), 2 when it failed, 3 when its status is not one the console knows.</source>
        <translation>Verfolgen, bis die Rotation beendet ist; Exit-Code 0, wenn sie abgebrochen (oder zuvor abgeschlossen) wurde, 2, wenn sie fehlgeschlagen ist, 3, wenn ihr Status der Konsole unbekannt ist.</translation>
    </message>
    <message>
        <source>A secret-key rotation needs --confirm-host HOST.</source>
        <translation>Eine Rotation der Secret-Schlüssel erfordert --confirm-host HOST.</translation>
    </message>
    <message>
        <source>A cancel needs --confirm-host HOST.</source>
        <translation>Ein Abbruch erfordert --confirm-host HOST.</translation>
    </message>
    <message>
        <source>The server did not start the secret-key rotation: %1</source>
        <translation>Der Server hat die Rotation der Secret-Schlüssel nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The server did not cancel the secret-key rotation: %1</source>
        <translation>Der Server hat die Rotation der Secret-Schlüssel nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Secret-key rotation started on %1 (%2).</source>
        <translation>Rotation der Secret-Schlüssel auf %1 gestartet (%2).</translation>
    </message>
    <message>
        <source>Cancel sent to %1; the rotation is cancelling.</source>
        <translation>Abbruch an %1 gesendet; die Rotation wird abgebrochen.</translation>
    </message>
    <message>
        <source>Prints the state of the secret-key rotation: whether one runs, its progress, and the last run.</source>
        <translation>Gibt den Stand der Rotation der Secret-Schlüssel aus: ob eine läuft, ihren Fortschritt und den letzten Lauf.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the credentials file %1: %2</source>
        <translation>Die Datei mit den Anmeldedaten %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no stored secret</source>
        <translation>kein gespeicherter geheimer Wert</translation>
    </message>
    <message>
        <source>Checks a server for a monitoring system: the key&apos;s age against the policy, the rotation state, a failed rotation waiting for a retry, maintenance, the secret-key rotation and the last backup&apos;s age. Exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (also for wrong usage and a failed sign-in), as monitoring plugins do.</source>
        <translation>Prüft einen Server für ein Überwachungssystem: das Alter des Schlüssels gemessen an der Richtlinie, den Zustand der Rotation, eine fehlgeschlagene Rotation, die auf eine Wiederholung wartet, den Wartungsmodus, die Rotation der Secret-Schlüssel und das Alter der letzten Sicherung. Exit-Code 0: OK, 1: WARNING, 2: CRITICAL, 3: UNKNOWN (auch bei falscher Verwendung und fehlgeschlagener Anmeldung), wie bei Überwachungs-Plugins üblich.</translation>
    </message>
    <message>
        <source>CRITICAL when the last completed rotation is older than N days (default: the profile&apos;s policy, else 365).</source>
        <translation>CRITICAL, wenn die letzte abgeschlossene Rotation älter als N Tage ist (Standard: die Richtlinie des Profils, sonst 365).</translation>
    </message>
    <message>
        <source>WARNING when it is older than N days (default: 30 days less than the maximum).</source>
        <translation>WARNING, wenn sie älter als N Tage ist (Standard: 30 Tage weniger als das Maximum).</translation>
    </message>
    <message>
        <source>nagios (one status line with performance data, the default), prometheus (the node exporter&apos;s textfile format) or json.</source>
        <translation>nagios (eine Statuszeile mit Performance-Daten, der Standard), prometheus (das Textdateiformat des Node Exporters) oder json.</translation>
    </message>
    <message>
        <source>Write to FILE, replaced whole only once complete, instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben; die Datei wird erst ersetzt, wenn sie vollständig ist, und dann als Ganzes.</translation>
    </message>
    <message numerus="yes">
        <source>Check every saved profile, %n at a time; the worst state is the exit code.</source>
        <translation>
            <numerusform>Jedes gespeicherte Profil prüfen, %n gleichzeitig; der schlechteste Zustand bestimmt den Exit-Code.</numerusform>
            <numerusform>Jedes gespeicherte Profil prüfen, %n gleichzeitig; der schlechteste Zustand bestimmt den Exit-Code.</numerusform>
        </translation>
    </message>
    <message>
        <source>With --all-profiles or --profile: the secrets of profiles with none in the keychain, one PROFILE&lt;TAB&gt;SECRET a line, in a file only its owner may read.</source>
        <translation>Mit --all-profiles oder --profile: die geheimen Werte der Profile, für die keiner im Schlüsselbund liegt, einer pro Zeile als PROFIL&lt;TAB&gt;GEHEIMNIS, in einer Datei, die nur ihr Eigentümer lesen darf.</translation>
    </message>
    <message>
        <source>WARNING when the last successful backup is older than N hours (default %1).</source>
        <translation>WARNING, wenn die letzte erfolgreiche Sicherung älter als N Stunden ist (Standard %1).</translation>
    </message>
    <message>
        <source>Leave out a check this account cannot read: %1 (may be repeated).</source>
        <translation>Eine Prüfung auslassen, die dieses Konto nicht lesen kann: %1 (kann mehrfach angegeben werden).</translation>
    </message>
    <message>
        <source>Wrong usage; see kmconsole check --help.</source>
        <translation>Falsche Verwendung; siehe kmconsole check --help.</translation>
    </message>
    <message>
        <source>--format takes nagios, prometheus or json.</source>
        <translation>--format erwartet nagios, prometheus oder json.</translation>
    </message>
    <message>
        <source>--warn-age-days takes a number of days, 0 or more.</source>
        <translation>--warn-age-days erwartet eine Anzahl Tage, mindestens 0.</translation>
    </message>
    <message>
        <source>--warn-age-days must not be more than --max-age-days.</source>
        <translation>--warn-age-days darf nicht größer als --max-age-days sein.</translation>
    </message>
    <message>
        <source>--skip-check takes %1, not &quot;%2&quot;.</source>
        <translation>--skip-check erwartet %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--all-profiles signs in with each saved profile&apos;s own stored secret; it takes no server, profile or secret options.</source>
        <translation>--all-profiles meldet sich mit dem eigenen gespeicherten geheimen Wert jedes gespeicherten Profils an; Optionen für Server, Profil oder geheimen Wert sind damit nicht zulässig.</translation>
    </message>
    <message>
        <source>--credentials goes with --all-profiles, or with --profile NAME instead of a secret on standard input.</source>
        <translation>--credentials gehört zu --all-profiles oder zu --profile NAME anstelle eines geheimen Werts auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>A check never signs in with a one-time code or a push: use an account without two-factor authentication, or a token.</source>
        <translation>Eine Prüfung meldet sich nie mit einem Einmalcode oder einem Push an: Verwenden Sie ein Konto ohne Zwei-Faktor-Authentifizierung oder ein Token.</translation>
    </message>
    <message>
        <source>There is no saved profile to check.</source>
        <translation>Es gibt kein gespeichertes Profil, das geprüft werden kann.</translation>
    </message>
    <message>
        <source>Not signed in; the reason is on standard error.</source>
        <translation>Nicht angemeldet; der Grund steht in der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>A rotation is already running (%1); nothing was sent.</source>
        <translation>Es läuft bereits eine Rotation (%1); es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n day(s); nothing was sent.</source>
        <translation>
            <numerusform>Es ist keine Rotation fällig: Die letzte wurde am %1 (UTC) abgeschlossen, vor %2 Tagen, also innerhalb von %n Tag; es wurde nichts gesendet.</numerusform>
            <numerusform>Es ist keine Rotation fällig: Die letzte wurde am %1 (UTC) abgeschlossen, vor %2 Tagen, also innerhalb von %n Tagen; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rotation is due: the last one completed %1 (UTC), more than %n day(s) ago.</source>
        <translation>
            <numerusform>Eine Rotation ist fällig: Die letzte wurde am %1 (UTC) abgeschlossen, vor mehr als %n Tag.</numerusform>
            <numerusform>Eine Rotation ist fällig: Die letzte wurde am %1 (UTC) abgeschlossen, vor mehr als %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A rotation is due: no completed rotation is known.</source>
        <translation>Eine Rotation ist fällig: Es ist keine abgeschlossene Rotation bekannt.</translation>
    </message>
    <message>
        <source>Start only when the last completed rotation is older than DAYS; exit 0 when nothing is due or a rotation is already running.</source>
        <translation>Nur starten, wenn die letzte abgeschlossene Rotation älter als TAGE ist; Exit-Code 0, wenn nichts fällig ist oder bereits eine Rotation läuft.</translation>
    </message>
    <message>
        <source>--if-older-than takes a number of days, 1 or more.</source>
        <translation>--if-older-than erwartet eine Anzahl Tage, mindestens 1.</translation>
    </message>
</context>
<context>
    <name>ConfigField</name>
    <message>
        <source>Access key id</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>20 upper-case letters and digits, starting with AKIA or ASIA.</source>
        <translation>20 Großbuchstaben und Ziffern, beginnend mit AKIA oder ASIA.</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>40 letters, digits, /, + and =. The server never sends it back, so type it to save.</source>
        <translation>40 Buchstaben, Ziffern, /, + und =. Der Server sendet ihn nie zurück, geben Sie ihn daher zum Speichern ein.</translation>
    </message>
    <message>
        <source>Key ARN</source>
        <translation>Schlüssel-ARN</translation>
    </message>
    <message>
        <source>arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, naming the same key as the key id.</source>
        <translation>arn:aws:kms:REGION:KONTO:key/SCHLÜSSEL-ID, der denselben Schlüssel bezeichnet wie die Schlüssel-ID.</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>A UUID, or mrk- and 32 hex digits for a multi-Region key.</source>
        <translation>Eine UUID, oder mrk- und 32 Hexadezimalziffern für einen Multi-Region-Schlüssel.</translation>
    </message>
    <message>
        <source>Vault URL</source>
        <translation>Tresor-URL</translation>
    </message>
    <message>
        <source>https://NAME.vault.azure.net/, or the vault or managed HSM address of another Azure cloud.</source>
        <translation>https://NAME.vault.azure.net/, oder die Adresse des Tresors oder verwalteten HSM in einer anderen Azure-Cloud.</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>1 to 127 letters, digits and dashes.</source>
        <translation>1 bis 127 Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>Key version</source>
        <translation>Schlüsselversion</translation>
    </message>
    <message>
        <source>32 hex digits, or empty for the latest version.</source>
        <translation>32 Hexadezimalziffern, oder leer für die neueste Version.</translation>
    </message>
    <message>
        <source>Principal (client) id</source>
        <translation>Prinzipal-ID (Client-ID)</translation>
    </message>
    <message>
        <source>The application (client) id, a GUID.</source>
        <translation>Die Anwendungs-ID (Client-ID), eine GUID.</translation>
    </message>
    <message>
        <source>Principal secret</source>
        <translation>Prinzipal-Geheimnis</translation>
    </message>
    <message>
        <source>The client secret. The server never sends it back, so type it to save.</source>
        <translation>Das Client-Geheimnis. Der Server sendet es nie zurück, geben Sie es daher zum Speichern ein.</translation>
    </message>
</context>
<context>
    <name>ConfigValidation</name>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>An access key id is exactly 20 characters (this one has %n).</source>
        <translation>
            <numerusform>Eine Zugriffsschlüssel-ID hat genau 20 Zeichen (diese hat %n).</numerusform>
            <numerusform>Eine Zugriffsschlüssel-ID hat genau 20 Zeichen (diese hat %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>An access key id starts with AKIA (long-term) or ASIA (temporary).</source>
        <translation>Eine Zugriffsschlüssel-ID beginnt mit AKIA (dauerhaft) oder ASIA (temporär).</translation>
    </message>
    <message>
        <source>An access key id has only upper-case letters and digits.</source>
        <translation>Eine Zugriffsschlüssel-ID enthält nur Großbuchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>A key id is a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab, or a multi-Region id mrk- followed by 32 hex digits, in lower case.</source>
        <translation>Eine Schlüssel-ID ist eine UUID wie 1234abcd-12ab-34cd-56ef-1234567890ab oder eine Multi-Region-ID aus mrk- und 32 Hexadezimalziffern, in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>A key ARN has the form arn:aws:kms:REGION:ACCOUNT:key/KEY-ID, with a 12-digit account.</source>
        <translation>Ein Schlüssel-ARN hat die Form arn:aws:kms:REGION:KONTO:key/SCHLÜSSEL-ID, mit einem 12-stelligen Konto.</translation>
    </message>
    <message>
        <source>The ARN&apos;s key id &quot;%1&quot; is not a key id.</source>
        <translation>Die Schlüssel-ID „%1“ im ARN ist keine Schlüssel-ID.</translation>
    </message>
    <message>
        <source>The ARN names key %1, but the key id field says %2.</source>
        <translation>Der ARN nennt den Schlüssel %1, das Feld Schlüssel-ID aber %2.</translation>
    </message>
    <message>
        <source>The vault URL starts with https://.</source>
        <translation>Die Tresor-URL beginnt mit https://.</translation>
    </message>
    <message>
        <source>A key name is 1 to 127 letters, digits and dashes.</source>
        <translation>Ein Schlüsselname besteht aus 1 bis 127 Buchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>A key version is 32 hex digits; leave it empty to use the latest version.</source>
        <translation>Eine Schlüsselversion besteht aus 32 Hexadezimalziffern; leer lassen, um die neueste Version zu verwenden.</translation>
    </message>
    <message>
        <source>The principal (client) id is a GUID such as 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21.</source>
        <translation>Die Prinzipal-ID (Client-ID) ist eine GUID wie 5f1c4b3a-2e1d-4c5b-9a8f-7e6d5c4b3a21.</translation>
    </message>
    <message>
        <source>Required for every save: the server never sends the stored secret back, and a save replaces the whole configuration.</source>
        <translation>Bei jedem Speichern erforderlich: Der Server sendet den gespeicherten geheimen Wert nie zurück, und ein Speichern ersetzt die gesamte Konfiguration.</translation>
    </message>
    <message>
        <source>Required for every save: the server does not report this value, and a save replaces the whole configuration.</source>
        <translation>Bei jedem Speichern erforderlich: Der Server meldet diesen Wert nicht, und ein Speichern ersetzt die gesamte Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>A secret access key is exactly 40 characters (this one has %n).</source>
        <translation>
            <numerusform>Ein geheimer Zugriffsschlüssel hat genau 40 Zeichen (dieser hat %n).</numerusform>
            <numerusform>Ein geheimer Zugriffsschlüssel hat genau 40 Zeichen (dieser hat %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>A secret access key has only letters, digits, /, + and =.</source>
        <translation>Ein geheimer Zugriffsschlüssel enthält nur Buchstaben, Ziffern, /, + und =.</translation>
    </message>
    <message>
        <source>The vault URL has the form https://NAME.vault.azure.net/ (in other Azure clouds NAME.vault.usgovcloudapi.net, NAME.vault.azure.cn, …; for a managed HSM NAME.managedhsm.azure.net).</source>
        <translation>Die Tresor-URL hat die Form https://NAME.vault.azure.net/ (in anderen Azure-Clouds NAME.vault.usgovcloudapi.net, NAME.vault.azure.cn, …; für ein verwaltetes HSM NAME.managedhsm.azure.net).</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <source>Line %1 of the credentials file is not PROFILE, a tab and the secret.</source>
        <translation>Zeile %1 der Datei mit den Anmeldedaten besteht nicht aus PROFIL, einem Tabulator und dem geheimen Wert.</translation>
    </message>
    <message>
        <source>The credentials file names the profile &quot;%1&quot; twice (line %2).</source>
        <translation>Die Datei mit den Anmeldedaten nennt das Profil „%1“ zweimal (Zeile %2).</translation>
    </message>
    <message>
        <source>The credentials file %1 may be read or changed by other accounts; make it readable by its owner only (chmod 600). Nothing was sent.</source>
        <translation>Die Datei mit den Anmeldedaten %1 kann von anderen Konten gelesen oder geändert werden; machen Sie sie nur für ihren Eigentümer lesbar (chmod 600). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The credentials file %1 cannot be read by its owner.</source>
        <translation>Die Datei mit den Anmeldedaten %1 kann von ihrem Eigentümer nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The credentials file %1 may be read or changed by other accounts; make it readable by its owner only (icacls FILE /inheritance:r /grant:r %USERNAME%:F). Nothing was sent.</source>
        <translation>Die Datei mit den Anmeldedaten %1 kann von anderen Konten gelesen oder geändert werden; machen Sie sie nur für ihren Eigentümer lesbar (icacls DATEI /inheritance:r /grant:r %USERNAME%:F). Es wurde nichts gesendet.</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
</context>
<context>
    <name>KeyManagementTypes</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <source>The console cannot save a type it does not know.</source>
        <translation>Die Konsole kann keinen Typ speichern, den sie nicht kennt.</translation>
    </message>
    <message>
        <source>A type id is a whole number, 0 or more.</source>
        <translation>Eine Typ-ID ist eine ganze Zahl, mindestens 0.</translation>
    </message>
    <message>
        <source>The server uses id %1 for the type it has now (%2), not for %3.</source>
        <translation>Der Server verwendet die ID %1 für seinen aktuellen Typ (%2), nicht für %3.</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>The server has shown id %1 for %2, not for %3.</source>
        <translation>Der Server hat die ID %1 für %2 angezeigt, nicht für %3.</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>einen anderen Typ</translation>
    </message>
    <message>
        <source>The server has shown id %1 for %2, not %3.</source>
        <translation>Der Server hat für %2 die ID %1 angezeigt, nicht %3.</translation>
    </message>
</context>
<context>
    <name>MonitoringCheck</name>
    <message>
        <source>The server&apos;s rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>Der Rotationszustand des Servers enthält kein processState; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The server reports the rotation state &quot;%1&quot;, which is not published; whether a rotation runs cannot be determined.</source>
        <translation>Der Server meldet den Rotationszustand „%1“, der nicht veröffentlicht ist; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The last rotation failed (%1) and waits for a retry.</source>
        <translation>Die letzte Rotation ist fehlgeschlagen (%1) und wartet auf eine Wiederholung.</translation>
    </message>
    <message>
        <source>The last rotation failed (%1).</source>
        <translation>Die letzte Rotation ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>A rotation is running: %1.</source>
        <translation>Eine Rotation läuft: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 items left.</source>
        <translation>%1 von %2 Elementen übrig.</translation>
    </message>
    <message>
        <source>No rotation is running.</source>
        <translation>Es läuft keine Rotation.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now and gives no reason.</source>
        <translation>Der Server lässt derzeit keine Rotation zu und nennt keinen Grund.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now: %1</source>
        <translation>Der Server lässt derzeit keine Rotation zu: %1</translation>
    </message>
    <message>
        <source>The key&apos;s age could not be determined: %1</source>
        <translation>Das Alter des Schlüssels konnte nicht festgestellt werden: %1</translation>
    </message>
    <message>
        <source>There is no saved profile to check.</source>
        <translation>Es gibt kein gespeichertes Profil, das geprüft werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n Server: %1</numerusform>
            <numerusform>%n Server: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageText</name>
    <message>
        <source>the server did not say how many records match (its total was null or missing), so the pages cannot be checked for completeness.</source>
        <translation>der Server hat nicht angegeben, wie viele Einträge passen (seine Gesamtzahl fehlte oder war null), daher lässt sich die Vollständigkeit der Seiten nicht prüfen.</translation>
    </message>
    <message>
        <source>the server reported %1 matching records, which cannot be.</source>
        <translation>der Server meldete %1 passende Einträge, was nicht sein kann.</translation>
    </message>
    <message>
        <source>the server reported %1 matching records but had already sent %2.</source>
        <translation>der Server meldete %1 passende Einträge, hatte aber bereits %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Give this account the permission the server names, or check it yourself on the server, then check again.</source>
        <translation>Erteilen Sie diesem Konto die Berechtigung, die der Server nennt, oder prüfen Sie es selbst auf dem Server, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not determined</source>
        <translation>Nicht festgestellt</translation>
    </message>
    <message>
        <source>The server is healthy, its database too, and it is not read-only</source>
        <translation>Der Server ist fehlerfrei, seine Datenbank auch, und er ist nicht schreibgeschützt</translation>
    </message>
    <message>
        <source>the server reports itself unhealthy</source>
        <translation>der Server meldet sich als nicht fehlerfrei</translation>
    </message>
    <message>
        <source>its database is unhealthy</source>
        <translation>seine Datenbank ist nicht fehlerfrei</translation>
    </message>
    <message>
        <source>it is in read-only mode</source>
        <translation>er ist im schreibgeschützten Modus</translation>
    </message>
    <message>
        <source>its service bus is unhealthy</source>
        <translation>sein Service Bus ist nicht fehlerfrei</translation>
    </message>
    <message>
        <source>its storage account is unhealthy</source>
        <translation>sein Speicherkonto ist nicht fehlerfrei</translation>
    </message>
    <message>
        <source>it reports a database mismatch</source>
        <translation>er meldet eine Datenbankabweichung</translation>
    </message>
    <message>
        <source>The health check says %1.</source>
        <translation>Die Zustandsprüfung meldet: %1.</translation>
    </message>
    <message>
        <source>Bring the server back to health (its logs and the health page in Secret Server say more), then check again.</source>
        <translation>Bringen Sie den Server wieder in einen fehlerfreien Zustand (seine Logdateien und die Zustandsseite in Secret Server sagen mehr), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The health check does not say %1, so the server&apos;s health cannot be determined.</source>
        <translation>Die Zustandsprüfung nennt %1 nicht, daher lässt sich der Zustand des Servers nicht feststellen.</translation>
    </message>
    <message>
        <source>Check the server&apos;s health on the server itself, then check again.</source>
        <translation>Prüfen Sie den Zustand des Servers auf dem Server selbst, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The server and its database are healthy, but %1.</source>
        <translation>Der Server und seine Datenbank sind fehlerfrei, aber %1.</translation>
    </message>
    <message>
        <source>Find out why before rotating; accept this warning only if it cannot harm the rotation.</source>
        <translation>Klären Sie die Ursache vor dem Rotieren; akzeptieren Sie diese Warnung nur, wenn sie der Rotation nicht schaden kann.</translation>
    </message>
    <message>
        <source>The server and its database are healthy, and it is not read-only.</source>
        <translation>Der Server und seine Datenbank sind fehlerfrei, und er ist nicht schreibgeschützt.</translation>
    </message>
    <message>
        <source>Every node connected recently, runs one version and is not read-only</source>
        <translation>Jeder Knoten war kürzlich verbunden, läuft auf einer Version und ist nicht schreibgeschützt</translation>
    </message>
    <message>
        <source>The server listed no nodes.</source>
        <translation>Der Server hat keine Knoten aufgeführt.</translation>
    </message>
    <message>
        <source>Check the nodes on the server itself, then check again.</source>
        <translation>Prüfen Sie die Knoten auf dem Server selbst, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 does not report its version.</source>
        <translation>%1 meldet seine Version nicht.</translation>
    </message>
    <message>
        <source>The nodes run different versions: %1.</source>
        <translation>Die Knoten laufen auf unterschiedlichen Versionen: %1.</translation>
    </message>
    <message>
        <source>Read-only mode is on for %1.</source>
        <translation>Der schreibgeschützte Modus ist aktiv für %1.</translation>
    </message>
    <message>
        <source>The health check did not say the server&apos;s time (utcNow), so whether each node connected recently cannot be determined.</source>
        <translation>Die Zustandsprüfung hat die Uhrzeit des Servers (utcNow) nicht genannt, daher lässt sich nicht feststellen, ob jeder Knoten kürzlich verbunden war.</translation>
    </message>
    <message>
        <source>The health check could not be read, so the server&apos;s time (utcNow) is not known and whether each node connected recently cannot be determined.</source>
        <translation>Die Zustandsprüfung konnte nicht gelesen werden, daher ist die Uhrzeit des Servers (utcNow) unbekannt, und es lässt sich nicht feststellen, ob jeder Knoten kürzlich verbunden war.</translation>
    </message>
    <message>
        <source>%1 (no lastConnected)</source>
        <translation>%1 (kein lastConnected)</translation>
    </message>
    <message>
        <source>%1, last connected %2 before the health check (%3)</source>
        <translation>%1, zuletzt verbunden %2 vor der Zustandsprüfung (%3)</translation>
    </message>
    <message>
        <source>Not connected in the last %1: %2.</source>
        <translation>Nicht verbunden in den letzten %1: %2.</translation>
    </message>
    <message>
        <source>When these nodes last connected is not a date: %1.</source>
        <translation>Wann diese Knoten zuletzt verbunden waren, ist kein Datum: %1.</translation>
    </message>
    <message>
        <source>These nodes last connected later than the server&apos;s own time (%1): %2.</source>
        <translation>Diese Knoten waren zuletzt später verbunden als die eigene Uhrzeit des Servers (%1): %2.</translation>
    </message>
    <message>
        <source>No node says it answered this console.</source>
        <translation>Kein Knoten gibt an, dieser Konsole geantwortet zu haben.</translation>
    </message>
    <message>
        <source>This console is talking to %1.</source>
        <translation>Diese Konsole spricht mit %1.</translation>
    </message>
    <message>
        <source>Every node must be running, connected, on one version and writable: start or repair the nodes named, or remove a retired node from the cluster, then check again.</source>
        <translation>Jeder Knoten muss laufen, verbunden sein, auf einer Version laufen und beschreibbar sein: Starten oder reparieren Sie die genannten Knoten, oder entfernen Sie einen stillgelegten Knoten aus dem Cluster, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Check the nodes on the server itself (Admin &gt; Server Nodes), then check again.</source>
        <translation>Prüfen Sie die Knoten auf dem Server selbst (Admin &gt; Server Nodes), und prüfen Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s), all connected in the last %1, on version %2, none read-only.</source>
        <translation>
            <numerusform>%n Knoten, in den letzten %1 verbunden, auf Version %2, nicht schreibgeschützt.</numerusform>
            <numerusform>%n Knoten, alle in den letzten %1 verbunden, auf Version %2, keiner schreibgeschützt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A recent successful database backup is on record</source>
        <translation>Eine aktuelle erfolgreiche Datenbanksicherung ist verzeichnet</translation>
    </message>
    <message>
        <source>The server ignored the requested order (newest first), and its backup log holds more than %1 records, so its last successful backup cannot be found.</source>
        <translation>Der Server hat die angeforderte Reihenfolge (neueste zuerst) ignoriert, und sein Sicherungsprotokoll enthält mehr als %1 Einträge, daher lässt sich seine letzte erfolgreiche Sicherung nicht finden.</translation>
    </message>
    <message>
        <source>Check the last backup on the server itself (Admin &gt; Backup), then check again.</source>
        <translation>Prüfen Sie die letzte Sicherung auf dem Server selbst (Admin &gt; Backup), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Back up the database and encryption.config on every node, then check again.</source>
        <translation>Sichern Sie die Datenbank und encryption.config auf jedem Knoten, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The backup log is empty: no successful backup is on record.</source>
        <translation>Das Sicherungsprotokoll ist leer: Es ist keine erfolgreiche Sicherung verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n backup(s) read from the log succeeded.</source>
        <translation>
            <numerusform>Die %n aus dem Protokoll gelesene Sicherung war nicht erfolgreich.</numerusform>
            <numerusform>Keine der %n aus dem Protokoll gelesenen Sicherungen war erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>The last successful backup was made %1 ago (%2).</source>
        <translation>Die letzte erfolgreiche Sicherung wurde vor %1 erstellt (%2).</translation>
    </message>
    <message>
        <source>That is older than the limit of %1 h.</source>
        <translation>Das überschreitet die Grenze von %1 h.</translation>
    </message>
    <message>
        <source>Back up the database and encryption.config on every node; accept this warning only if that backup is still current.</source>
        <translation>Sichern Sie die Datenbank und encryption.config auf jedem Knoten; akzeptieren Sie diese Warnung nur, wenn diese Sicherung noch aktuell ist.</translation>
    </message>
    <message>
        <source>No secret-key rotation is running</source>
        <translation>Keine Rotation der Secret-Schlüssel läuft</translation>
    </message>
    <message>
        <source>Wait until it has ended (the server accepts key-management changes again then), then check again.</source>
        <translation>Warten Sie, bis sie beendet ist (dann nimmt der Server wieder Änderungen an der Schlüsselverwaltung an), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>No secret-key rotation is running.</source>
        <translation>Es läuft keine Rotation der Secret-Schlüssel.</translation>
    </message>
    <message>
        <source>No master encryption key rotation is running</source>
        <translation>Keine Rotation des Master-Verschlüsselungsschlüssels läuft</translation>
    </message>
    <message>
        <source>The rotation state has no processState; whether a rotation runs cannot be determined.</source>
        <translation>Der Rotationszustand enthält kein processState; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The rotation state &quot;%1&quot; is not published; whether a rotation runs cannot be determined.</source>
        <translation>Der Rotationszustand „%1“ ist nicht veröffentlicht; ob eine Rotation läuft, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>Check the rotation on the server itself, then check again.</source>
        <translation>Prüfen Sie die Rotation auf dem Server selbst, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>A rotation is under way: %1.</source>
        <translation>Eine Rotation ist im Gange: %1.</translation>
    </message>
    <message>
        <source>Wait for it to end (the Rotation page follows it), then check again.</source>
        <translation>Warten Sie, bis sie endet (die Seite Rotation verfolgt sie), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The last rotation failed and waits for a retry: %1.</source>
        <translation>Die letzte Rotation ist fehlgeschlagen und wartet auf eine Wiederholung: %1.</translation>
    </message>
    <message>
        <source>Retry the failed step rather than start another rotation.</source>
        <translation>Wiederholen Sie den fehlgeschlagenen Schritt, statt eine weitere Rotation zu starten.</translation>
    </message>
    <message>
        <source>No rotation is under way or waiting for a retry.</source>
        <translation>Keine Rotation ist im Gange oder wartet auf eine Wiederholung.</translation>
    </message>
    <message>
        <source>Geo-replication is off</source>
        <translation>Georeplikation ist aus</translation>
    </message>
    <message>
        <source>The rotation state says geo-replication is enabled; a rotation is not allowed while it is.</source>
        <translation>Laut Rotationszustand ist Georeplikation aktiviert; solange sie es ist, ist keine Rotation erlaubt.</translation>
    </message>
    <message>
        <source>Turn geo-replication off on the server, then check again.</source>
        <translation>Schalten Sie die Georeplikation auf dem Server aus, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>The rotation state says geo-replication is off.</source>
        <translation>Laut Rotationszustand ist Georeplikation aus.</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Zustand des Servers</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Last database backup</source>
        <translation>Letzte Datenbanksicherung</translation>
    </message>
    <message>
        <source>Master encryption key rotation</source>
        <translation>Rotation des Master-Verschlüsselungsschlüssels</translation>
    </message>
    <message>
        <source>Geo-replication</source>
        <translation>Georeplikation</translation>
    </message>
    <message>
        <source>Secret-key rotation</source>
        <translation>Rotation der Secret-Schlüssel</translation>
    </message>
    <message>
        <source>A secret-key rotation is running: %1.</source>
        <translation>Eine Rotation der Secret-Schlüssel läuft: %1.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>&amp;Always trust for this server</source>
        <translation>Für diesen Server &amp;immer vertrauen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Type %1 to confirm</source>
        <translation>Geben Sie zur Bestätigung %1 ein</translation>
    </message>
    <message>
        <source>Type %1 above first.</source>
        <translation>Geben Sie zuerst oben %1 ein.</translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation>&amp;Von (UTC):</translation>
    </message>
    <message>
        <source>&amp;To (UTC):</source>
        <translation>&amp;Bis (UTC):</translation>
    </message>
    <message>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Geben Sie eine ganze Zahl von %1 bis %2 ein.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>Leave the user name and password out of the proxy address; proxies that ask for a password are not supported.</source>
        <translation>Lassen Sie Benutzername und Kennwort aus der Proxy-Adresse heraus; Proxys, die ein Kennwort verlangen, werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy address; use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>„%1“ ist keine Proxy-Adresse; verwenden Sie http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
    <message>
        <source>An https:// proxy (TLS to the proxy) is not supported; use http://HOST:PORT or socks5://HOST:PORT.</source>
        <translation>Ein https://-Proxy (TLS zum Proxy) wird nicht unterstützt; verwenden Sie http://HOST:PORT oder socks5://HOST:PORT.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Key management compliance report</source>
        <translation>Compliance-Bericht zur Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Generated %1 UTC by %2 with kmconsole %3</source>
        <translation>Erstellt am %1 UTC von %2 mit kmconsole %3</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (UTC)</source>
        <translation>Zeitraum: %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>The master encryption key&apos;s age</source>
        <translation>Alter des Master-Verschlüsselungsschlüssels</translation>
    </message>
    <message>
        <source>Last completed rotation: #%1, requested by %2, started %3 UTC, completed %4 UTC.</source>
        <translation>Letzte abgeschlossene Rotation: #%1, angefordert von %2, gestartet %3 UTC, abgeschlossen %4 UTC.</translation>
    </message>
    <message>
        <source>The newest rotation failed after the key was changed: a new key exists but is not fully in use; the age counts from the last completed rotation.</source>
        <translation>Die neueste Rotation ist nach dem Schlüsselwechsel fehlgeschlagen: Ein neuer Schlüssel existiert, ist aber nicht vollständig in Gebrauch; das Alter zählt ab der letzten abgeschlossenen Rotation.</translation>
    </message>
    <message>
        <source>Rotation state</source>
        <translation>Zustand der Rotation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last ended %1 UTC.</source>
        <translation>Zuletzt beendet: %1 UTC.</translation>
    </message>
    <message>
        <source>The server&apos;s error: %1</source>
        <translation>Fehler des Servers: %1</translation>
    </message>
    <message>
        <source>Rotations in the period</source>
        <translation>Rotationen im Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s): %1 completed, %2 failed; median duration %3.</source>
        <translation>
            <numerusform>%n Rotation: %1 abgeschlossen, %2 fehlgeschlagen; mediane Dauer: %3.</numerusform>
            <numerusform>%n Rotationen: %1 abgeschlossen, %2 fehlgeschlagen; mediane Dauer: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <source>Ended (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Key management configuration</source>
        <translation>Konfiguration der Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Type: %1 (id %2). Secrets are never part of this report.</source>
        <translation>Typ: %1 (ID %2). Geheime Werte sind nie Teil dieses Berichts.</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(vom Server nicht gemeldet)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Configuration changes in the period</source>
        <translation>Konfigurationsänderungen im Zeitraum</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Key management compliance report: %1</source>
        <translation>Compliance-Bericht zur Schlüsselverwaltung: %1</translation>
    </message>
    <message>
        <source>Secret Server version: %1</source>
        <translation>Secret-Server-Version: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This server keeps no configuration history that the API can read.</source>
        <translation>Dieser Server führt keinen Konfigurationsverlauf, den die API lesen kann.</translation>
    </message>
    <message>
        <source>Every rotation in the period</source>
        <translation>Alle Rotationen im Zeitraum</translation>
    </message>
    <message>
        <source>Last secret-key rotation</source>
        <translation>Letzte Rotation der Secret-Schlüssel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Requested %1; run %2.</source>
        <translation>Angefordert %1; ausgeführt %2.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RotationEligibility</name>
    <message>
        <source>The rotation state has not loaded yet.</source>
        <translation>Der Zustand der Rotation ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so the state shown may be out of date.</source>
        <translation>Der Server ist nicht erreichbar, daher ist der angezeigte Zustand möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after a configuration change; it refuses changes until that finishes.</source>
        <translation>Der Server verschlüsselt nach einer Konfigurationsänderung seine Secret-Schlüssel neu; bis zum Abschluss lehnt er Änderungen ab.</translation>
    </message>
    <message>
        <source>A request to the server is under way.</source>
        <translation>Eine Anfrage an den Server läuft.</translation>
    </message>
    <message>
        <source>your account may administer key management.</source>
        <translation>Ihr Konto darf die Schlüsselverwaltung administrieren.</translation>
    </message>
    <message>
        <source>Your account lacks the Administer Key Management permission.</source>
        <translation>Ihrem Konto fehlt die Berechtigung „Schlüsselverwaltung administrieren“.</translation>
    </message>
    <message>
        <source>no rotation is running.</source>
        <translation>Es läuft keine Rotation.</translation>
    </message>
    <message>
        <source>A rotation is already running.</source>
        <translation>Es läuft bereits eine Rotation.</translation>
    </message>
    <message>
        <source>no failed rotation is waiting for a retry.</source>
        <translation>Keine fehlgeschlagene Rotation wartet auf eine Wiederholung.</translation>
    </message>
    <message>
        <source>The last rotation failed: retry it first.</source>
        <translation>Die letzte Rotation ist fehlgeschlagen: Wiederholen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>geo-replication is off.</source>
        <translation>Georeplikation ist aus.</translation>
    </message>
    <message>
        <source>Geo-replication is enabled.</source>
        <translation>Georeplikation ist aktiviert.</translation>
    </message>
    <message>
        <source>the server allows a rotation now.</source>
        <translation>Der Server erlaubt jetzt eine Rotation.</translation>
    </message>
    <message>
        <source>The server does not allow a rotation now.</source>
        <translation>Der Server erlaubt derzeit keine Rotation.</translation>
    </message>
    <message>
        <source>The rotation is running; there is nothing to retry.</source>
        <translation>Die Rotation läuft; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Nothing has failed, so there is nothing to retry.</source>
        <translation>Nichts ist fehlgeschlagen, also gibt es nichts zu wiederholen.</translation>
    </message>
</context>
<context>
    <name>RotationHistory</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed before the key changed</source>
        <translation>Vor dem Schlüsselwechsel fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed after the key changed</source>
        <translation>Nach dem Schlüsselwechsel fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running or stopped</source>
        <translation>Läuft oder angehalten</translation>
    </message>
    <message numerus="yes">
        <source>No completed rotation is known, so the key&apos;s age is unknown (policy: at most %n day(s)).</source>
        <translation>
            <numerusform>Es ist keine abgeschlossene Rotation bekannt, daher ist das Alter des Schlüssels unbekannt (Richtlinie: höchstens %n Tag).</numerusform>
            <numerusform>Es ist keine abgeschlossene Rotation bekannt, daher ist das Alter des Schlüssels unbekannt (Richtlinie: höchstens %n Tage).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old; the policy allows %n day(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist %1 Tage alt; die Richtlinie erlaubt %n Tag.</numerusform>
            <numerusform>Der Schlüssel ist %1 Tage alt; die Richtlinie erlaubt %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old and due for rotation within %n day(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist %1 Tage alt und innerhalb von %n Tag zur Rotation fällig.</numerusform>
            <numerusform>Der Schlüssel ist %1 Tage alt und innerhalb von %n Tagen zur Rotation fällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old: OVERDUE, the policy allows %n day(s).</source>
        <translation>
            <numerusform>Der Schlüssel ist %1 Tage alt: ÜBERFÄLLIG, die Richtlinie erlaubt %n Tag.</numerusform>
            <numerusform>Der Schlüssel ist %1 Tage alt: ÜBERFÄLLIG, die Richtlinie erlaubt %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationPreflight</name>
    <message>
        <source>the backup log</source>
        <translation>das Sicherungsprotokoll</translation>
    </message>
    <message>
        <source>%1 was refused because the session ended (%2); sign in again, then check again.</source>
        <translation>%1 wurde abgelehnt, weil die Sitzung beendet ist (%2); melden Sie sich erneut an, und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>This account may not read %1 (%2): it lacks the permission to view %3.</source>
        <translation>Dieses Konto darf %1 nicht lesen (%2): Ihm fehlt die Berechtigung, %3 anzuzeigen.</translation>
    </message>
    <message>
        <source>This account may not read %1 (%2): it lacks the permission to view %3. The server said: %4</source>
        <translation>Dieses Konto darf %1 nicht lesen (%2): Ihm fehlt die Berechtigung, %3 anzuzeigen. Der Server meldete: %4</translation>
    </message>
    <message>
        <source>This server does not have %1 (404), so %2 cannot be read.</source>
        <translation>Dieser Server hat %1 nicht (404), daher kann %2 nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The reply of %1 could not be read: %2</source>
        <translation>Die Antwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the health check</source>
        <translation>die Zustandsprüfung</translation>
    </message>
    <message>
        <source>the server nodes</source>
        <translation>die Serverknoten</translation>
    </message>
    <message>
        <source>the rotation state</source>
        <translation>der Rotationszustand</translation>
    </message>
    <message>
        <source>the secret-key rotation&apos;s status</source>
        <translation>der Status der Rotation der Secret-Schlüssel</translation>
    </message>
</context>
<context>
    <name>RotationText</name>
    <message>
        <source>No master encryption key rotation has run yet.</source>
        <translation>Es wurde noch keine Rotation des Master-Verschlüsselungsschlüssels ausgeführt.</translation>
    </message>
    <message>
        <source>A rotation was requested and is about to start.</source>
        <translation>Eine Rotation wurde angefordert und beginnt gleich.</translation>
    </message>
    <message>
        <source>Creating the new master encryption key.</source>
        <translation>Der neue Master-Verschlüsselungsschlüssel wird erstellt.</translation>
    </message>
    <message>
        <source>The new master encryption key is in place.</source>
        <translation>Der neue Master-Verschlüsselungsschlüssel ist eingesetzt.</translation>
    </message>
    <message>
        <source>Waiting for the application to restart on every node.</source>
        <translation>Warten auf den Neustart der Anwendung auf jedem Knoten.</translation>
    </message>
    <message>
        <source>Marking the data that must be re-encrypted.</source>
        <translation>Die neu zu verschlüsselnden Daten werden markiert.</translation>
    </message>
    <message>
        <source>All data to re-encrypt is marked.</source>
        <translation>Alle neu zu verschlüsselnden Daten sind markiert.</translation>
    </message>
    <message>
        <source>Re-encrypting secrets with the new key.</source>
        <translation>Secrets werden mit dem neuen Schlüssel neu verschlüsselt.</translation>
    </message>
    <message>
        <source>All secrets are re-encrypted.</source>
        <translation>Alle Secrets sind neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Re-encrypting session data.</source>
        <translation>Sitzungsdaten werden neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Session data is re-encrypted: the rotation is finished.</source>
        <translation>Sitzungsdaten sind neu verschlüsselt: Die Rotation ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The rotation stopped with errors before the key was changed; the old key is still in use.</source>
        <translation>Die Rotation wurde mit Fehlern beendet, bevor der Schlüssel gewechselt wurde; der alte Schlüssel ist weiter in Gebrauch.</translation>
    </message>
    <message>
        <source>The rotation failed after the new key was made, so data is only partly re-encrypted. Retry to finish it.</source>
        <translation>Die Rotation ist nach dem Erstellen des neuen Schlüssels fehlgeschlagen, daher sind die Daten nur teilweise neu verschlüsselt. Wiederholen Sie sie, um sie abzuschließen.</translation>
    </message>
    <message>
        <source>The server reports a status this console does not know: &quot;%1&quot;.</source>
        <translation>Der Server meldet einen Status, den diese Konsole nicht kennt: „%1“.</translation>
    </message>
    <message>
        <source>Rotation requested</source>
        <translation>Rotation angefordert</translation>
    </message>
    <message>
        <source>New key being created</source>
        <translation>Neuer Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>New key in place</source>
        <translation>Neuer Schlüssel eingesetzt</translation>
    </message>
    <message>
        <source>Application restart</source>
        <translation>Neustart der Anwendung</translation>
    </message>
    <message>
        <source>Marking data</source>
        <translation>Daten werden markiert</translation>
    </message>
    <message>
        <source>Data marked</source>
        <translation>Daten markiert</translation>
    </message>
    <message>
        <source>Re-encrypting secrets</source>
        <translation>Secrets werden neu verschlüsselt</translation>
    </message>
    <message>
        <source>Secrets re-encrypted</source>
        <translation>Secrets neu verschlüsselt</translation>
    </message>
    <message>
        <source>Re-encrypting session data</source>
        <translation>Sitzungsdaten werden neu verschlüsselt</translation>
    </message>
    <message>
        <source>Session data re-encrypted</source>
        <translation>Sitzungsdaten neu verschlüsselt</translation>
    </message>
    <message>
        <source>Stopped before the key changed</source>
        <translation>Vor dem Schlüsselwechsel beendet</translation>
    </message>
    <message>
        <source>Failed after the key changed</source>
        <translation>Nach dem Schlüsselwechsel fehlgeschlagen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Retry requested</source>
        <translation>Wiederholung angefordert</translation>
    </message>
    <message>
        <source>Rotation completed</source>
        <translation>Rotation abgeschlossen</translation>
    </message>
</context>
<context>
    <name>SaveOutcome</name>
    <message>
        <source>THE SERVER SAVED A DIFFERENT TYPE: you asked for %1 (id %2); the server now reports %3 (id %4). Open the key management settings in the Secret Server web UI now and check them. If the id given was not this server&apos;s id for %1, set the type there; the console then learns the right id.</source>
        <translation>DER SERVER HAT EINEN ANDEREN TYP GESPEICHERT: Angefordert war %1 (ID %2); der Server meldet jetzt %3 (ID %4). Öffnen Sie jetzt die Einstellungen der Schlüsselverwaltung in der Weboberfläche von Secret Server und prüfen Sie sie. Falls die angegebene ID nicht die ID dieses Servers für %1 war, stellen Sie den Typ dort ein; die Konsole erfährt dann die richtige ID.</translation>
    </message>
</context>
<context>
    <name>SavePlan</name>
    <message>
        <source>The server has not shown which id it uses for %1, and the ids are published nowhere.</source>
        <translation>Der Server hat nicht angezeigt, welche ID er für %1 verwendet, und die IDs sind nirgends veröffentlicht.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>(sent again; never shown)</source>
        <translation>(erneut gesendet; nie angezeigt)</translation>
    </message>
    <message>
        <source>(empty: the latest version)</source>
        <translation>(leer: die neueste Version)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not reported by the server)</source>
        <translation>(vom Server nicht gemeldet)</translation>
    </message>
    <message>
        <source>The configuration is not whole (%1): a save replaces all of it.</source>
        <translation>Die Konfiguration ist nicht vollständig (%1): Ein Speichern ersetzt sie ganz.</translation>
    </message>
    <message>
        <source> (id given by you; the server has not shown it)</source>
        <translation> (ID von Ihnen angegeben; der Server hat sie nicht angezeigt)</translation>
    </message>
    <message>
        <source>Type: %1 → %2%3</source>
        <translation>Typ: %1 → %2%3</translation>
    </message>
    <message>
        <source>Type: %1, unchanged%2</source>
        <translation>Typ: %1, unverändert%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; → &quot;%3&quot;</source>
        <translation>%1: „%2“ → „%3“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot;, unchanged</source>
        <translation>%1: „%2“, unverändert</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
</context>
<context>
    <name>SecretKeyText</name>
    <message>
        <source>%1 of %2 secrets processed</source>
        <translation>%1 von %2 Secrets verarbeitet</translation>
    </message>
    <message>
        <source>, %1 per second</source>
        <translation>, %1 pro Sekunde</translation>
    </message>
    <message>
        <source>, about %1 left</source>
        <translation>, noch etwa %1</translation>
    </message>
    <message>
        <source> (cancelling)</source>
        <translation> (wird abgebrochen)</translation>
    </message>
    <message>
        <source>The server will accept changes once this has ended.</source>
        <translation>Der Server nimmt Änderungen an, sobald dies beendet ist.</translation>
    </message>
    <message>
        <source>Refused: a secret-key rotation is running on the server (%1). %2</source>
        <translation>Abgelehnt: Auf dem Server läuft eine Rotation der Secret-Schlüssel (%1). %2</translation>
    </message>
    <message>
        <source>No secret-key rotation has run.</source>
        <translation>Es wurde noch keine Rotation der Secret-Schlüssel ausgeführt.</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The secret-key rotation ended with the status &quot;%1&quot;, which is not published; how it ended cannot be determined.</source>
        <translation>Die Rotation der Secret-Schlüssel endete mit dem Status „%1“, der nicht veröffentlicht ist; wie sie endete, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>A secret-key rotation is running on the server (%1). %2</source>
        <translation>Auf dem Server läuft eine Rotation der Secret-Schlüssel (%1). %2</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>Enter the address of the Secret Server.</source>
        <translation>Geben Sie die Adresse des Secret Servers ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://, not %1://.</source>
        <translation>Die Serveradresse muss mit https:// oder http:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address.</source>
        <translation>Lassen Sie Benutzername und Kennwort aus der Serveradresse heraus.</translation>
    </message>
</context>
<context>
    <name>km::ApiClient</name>
    <message>
        <source>It is not JSON (%1).</source>
        <translation>Sie ist kein JSON (%1).</translation>
    </message>
    <message>
        <source>It redirects to %1; use that address instead.</source>
        <translation>Er leitet auf %1 um; verwenden Sie stattdessen diese Adresse.</translation>
    </message>
    <message>
        <source>The user name, password or domain is not correct.</source>
        <translation>Benutzername, Kennwort oder Domäne ist nicht korrekt.</translation>
    </message>
    <message>
        <source>Expected a JSON object.</source>
        <translation>Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse festgelegt.</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no token endpoint at this address.</source>
        <translation>Unter dieser Adresse gibt es keinen Token-Endpunkt.</translation>
    </message>
    <message>
        <source>Expected a JSON array of users.</source>
        <translation>Eine JSON-Liste von Benutzern wurde erwartet.</translation>
    </message>
    <message>
        <source>(The limit for this request is %1 KB.)</source>
        <translation>(Die Grenze für diese Anfrage liegt bei %1 KB.)</translation>
    </message>
    <message>
        <source>(It stopped sending in the middle of its answer.)</source>
        <translation>(Er hat mitten in seiner Antwort aufgehört zu senden.)</translation>
    </message>
    <message>
        <source>The connection broke before the whole answer arrived (%1).</source>
        <translation>Die Verbindung brach ab, bevor die ganze Antwort angekommen war (%1).</translation>
    </message>
    <message>
        <source>The server refused this change (HTTP %1): %2 If your session had ended it has been renewed, so trying again will tell.</source>
        <translation>Der Server hat diese Änderung abgelehnt (HTTP %1): %2 Falls Ihre Sitzung abgelaufen war, wurde sie erneuert; ein erneuter Versuch wird es zeigen.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>(Severity: %1.)</source>
        <translation>(Schweregrad: %1.)</translation>
    </message>
    <message>
        <source>Your session had ended, so nothing was changed. Sign in again, then repeat the change.</source>
        <translation>Ihre Sitzung war abgelaufen, daher wurde nichts geändert. Melden Sie sich erneut an und wiederholen Sie dann die Änderung.</translation>
    </message>
</context>
<context>
    <name>km::AuditExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation>Das Schreiben der Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n attempt(s): %1</source>
        <translation>
            <numerusform>Der Export wurde nach %n Versuch abgebrochen: %1</numerusform>
            <numerusform>Der Export wurde nach %n Versuchen abgebrochen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Die Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>%n Eintrag exportiert.</numerusform>
            <numerusform>%n Einträge exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A range of more than %n day(s) is too long to export at once.</source>
        <translation>
            <numerusform>Ein Zeitraum von mehr als %n Tag ist zu lang, um ihn auf einmal zu exportieren.</numerusform>
            <numerusform>Ein Zeitraum von mehr als %n Tagen ist zu lang, um ihn auf einmal zu exportieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not sort by audit id when asked, so records added during the export cannot be told apart by id; the export fails rather than guess if the total changes.</source>
        <translation>Der Server hat nicht wie angefordert nach Audit-ID sortiert, daher lassen sich während des Exports hinzugekommene Einträge nicht anhand der ID unterscheiden; ändert sich die Gesamtzahl, schlägt der Export fehl, statt zu raten.</translation>
    </message>
    <message>
        <source>The export stopped: the server&apos;s answer could not be read: %1</source>
        <translation>Der Export wurde abgebrochen: Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export stopped: the server reported that the query failed.</source>
        <translation>Der Export wurde abgebrochen: Der Server hat gemeldet, dass die Abfrage fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The server did not apply the sort it was asked for; the rows are in the order it sent them.</source>
        <translation>Der Server hat die angeforderte Sortierung nicht angewendet; die Zeilen stehen in der Reihenfolge, in der er sie gesendet hat.</translation>
    </message>
    <message>
        <source>The export stopped: the number of matching records changed from %1 to %2 while it ran, and this server does not sort by audit id, so an exact file cannot be made. Try again.</source>
        <translation>Der Export wurde abgebrochen: Die Anzahl der passenden Einträge hat sich während des Exports von %1 auf %2 geändert, und dieser Server sortiert nicht nach Audit-ID, daher lässt sich keine exakte Datei erstellen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The export stopped: the server reported %1 matching records when the export began, but its pages held %2 of them.</source>
        <translation>Der Export wurde abgebrochen: Der Server hat zu Beginn des Exports %1 passende Einträge gemeldet, seine Seiten enthielten aber %2 davon.</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped: the server sent records already written %n time(s) in a row; its paging does not advance (%1 of %2 records written).</source>
        <translation>
            <numerusform>Der Export wurde abgebrochen: Der Server hat %n-mal hintereinander bereits geschriebene Einträge gesendet; seine seitenweise Ausgabe kommt nicht voran (%1 von %2 Einträgen geschrieben).</numerusform>
            <numerusform>Der Export wurde abgebrochen: Der Server hat %n-mal hintereinander bereits geschriebene Einträge gesendet; seine seitenweise Ausgabe kommt nicht voran (%1 von %2 Einträgen geschrieben).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: the server keeps reporting more records (%1, %2 when the export began); its paging does not end.</source>
        <translation>Der Export wurde abgebrochen: Der Server meldet immer mehr Einträge (%1, zu Beginn des Exports %2); seine seitenweise Ausgabe endet nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 exportiert.</numerusform>
            <numerusform>%n Einträge in %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export stopped: the server sent records dated outside %1 (UTC), the day asked for; it may read the day in its own time zone, so an exact file cannot be made.</source>
        <translation>Der Export wurde abgebrochen: Der Server hat Einträge mit einem Datum außerhalb von %1 (UTC), dem angeforderten Tag, gesendet; er liest den Tag möglicherweise in seiner eigenen Zeitzone, daher lässt sich keine exakte Datei erstellen.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>Der Export wurde angehalten: %1</translation>
    </message>
    <message>
        <source>The export stopped: the server did not sort the audit by id when asked, so the records after audit id %1 cannot be found. Export without --after-id or --state.</source>
        <translation>Der Export wurde abgebrochen: Der Server hat das Prüfprotokoll nicht wie angefordert nach Audit-ID sortiert, daher lassen sich die Einträge nach Audit-ID %1 nicht finden. Exportieren Sie ohne --after-id oder --state.</translation>
    </message>
    <message>
        <source>The export stopped: %1 Export without --after-id or --state.</source>
        <translation>Der Export wurde abgebrochen: %1 Exportieren Sie ohne --after-id oder --state.</translation>
    </message>
    <message>
        <source>audit id %1 is dated %2, after a record with a higher id (dated %3): on this server ids do not grow with time, so records after an id cannot be told apart.</source>
        <translation>Audit-ID %1 ist auf %2 datiert, nach einem Eintrag mit höherer ID (datiert auf %3): Auf diesem Server wachsen die IDs nicht mit der Zeit, daher lassen sich Einträge nach einer ID nicht unterscheiden.</translation>
    </message>
    <message>
        <source>audit id %1 (dated %2) is not above %3, the last id exported, yet the export that ended there did not write it: on this server ids do not grow with time, and an export after an id would skip it.</source>
        <translation>Audit-ID %1 (datiert auf %2) liegt nicht über %3, der zuletzt exportierten ID, doch der Export, der dort endete, hat sie nicht geschrieben: Auf diesem Server wachsen die IDs nicht mit der Zeit, und ein Export nach einer ID würde sie überspringen.</translation>
    </message>
</context>
<context>
    <name>km::AuditPage</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Filter by day (UTC)</source>
        <translation>Nach Tag filtern (UTC)</translation>
    </message>
    <message>
        <source>Search the audit</source>
        <translation>Prüfprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search user, action or notes (Ctrl+F)</source>
        <translation>Benutzer, Aktion oder Notizen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Rotation audit records</source>
        <translation>Einträge des Rotationsprotokolls</translation>
    </message>
    <message>
        <source>Details of the selected record</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Select a record to see all of it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; &amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nächste &gt;</translation>
    </message>
    <message>
        <source>La&amp;st &gt;|</source>
        <translation>&amp;Letzte &gt;|</translation>
    </message>
    <message>
        <source>Records per page</source>
        <translation>Einträge pro Seite</translation>
    </message>
    <message>
        <source>%1 per page</source>
        <translation>%1 pro Seite</translation>
    </message>
    <message>
        <source>&amp;BOM for Excel</source>
        <translation>&amp;BOM für Excel</translation>
    </message>
    <message>
        <source>Start the CSV file with a UTF-8 byte order mark, so that Excel reads non-ASCII text right.</source>
        <translation>Die CSV-Datei mit einer UTF-8-Bytereihenfolge-Markierung beginnen, damit Excel Sonderzeichen richtig liest.</translation>
    </message>
    <message>
        <source>No audit records match.</source>
        <translation>Keine Protokolleinträge entsprechen den Filtern.</translation>
    </message>
    <message>
        <source>The audit could not be loaded: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>Keine Einträge</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Seite %1 von %2 · %n Eintrag</numerusform>
            <numerusform>Seite %1 von %2 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>rotation-audit-%1.csv</source>
        <translation>rotationsprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export the rotation audit</source>
        <translation>Rotationsprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 of %2 records…</source>
        <translation>%1 von %2 Einträgen exportiert …</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Export wird gestartet …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting the audit</source>
        <translation>Prüfprotokoll wird exportiert</translation>
    </message>
    <message>
        <source>Shows only the records of this user.</source>
        <translation>Zeigt nur die Einträge dieses Benutzers.</translation>
    </message>
    <message>
        <source>Shows only the records with this action; any action name can be typed.</source>
        <translation>Zeigt nur die Einträge mit dieser Aktion; jeder Aktionsname kann eingegeben werden.</translation>
    </message>
    <message>
        <source>Shows only the records whose user, action or notes contain this text.</source>
        <translation>Zeigt nur die Einträge, deren Benutzer, Aktion oder Notizen diesen Text enthalten.</translation>
    </message>
    <message>
        <source>Removes every filter.</source>
        <translation>Entfernt alle Filter.</translation>
    </message>
    <message>
        <source>Loads the page again.</source>
        <translation>Lädt die Seite erneut.</translation>
    </message>
    <message>
        <source>The rotation audit records of this page. Click a column header to sort; Ctrl+C copies the selected rows.</source>
        <translation>Die Einträge des Rotationsprotokolls auf dieser Seite. Klicken Sie auf einen Spaltenkopf, um zu sortieren; Strg+C kopiert die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <source>Everything about the selected record, notes in full.</source>
        <translation>Alles zum ausgewählten Eintrag, die Notizen vollständig.</translation>
    </message>
    <message>
        <source>Goes to the first page.</source>
        <translation>Geht zur ersten Seite.</translation>
    </message>
    <message>
        <source>Goes to the previous page (Page Up at the first row).</source>
        <translation>Geht zur vorherigen Seite (Bild auf in der ersten Zeile).</translation>
    </message>
    <message>
        <source>Goes to the next page (Page Down at the last row).</source>
        <translation>Geht zur nächsten Seite (Bild ab in der letzten Zeile).</translation>
    </message>
    <message>
        <source>Goes to the last page.</source>
        <translation>Geht zur letzten Seite.</translation>
    </message>
    <message>
        <source>How many records each page shows.</source>
        <translation>Wie viele Einträge jede Seite zeigt.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Everything that matches the filters…</source>
        <translation>Alles, was den Filtern entspricht …</translation>
    </message>
    <message>
        <source>A range of days…</source>
        <translation>Einen Zeitraum von Tagen …</translation>
    </message>
    <message>
        <source>&amp;Day (UTC):</source>
        <translation>&amp;Tag (UTC):</translation>
    </message>
    <message>
        <source>Shows only the records of one day (UTC), typed as YYYY-MM-DD or picked from the calendar; empty for every day.</source>
        <translation>Zeigt nur die Einträge eines Tages (UTC), eingegeben als YYYY-MM-DD oder im Kalender ausgewählt; leer für alle Tage.</translation>
    </message>
    <message>
        <source>Exports every record that matches the filters, in this sort, or a range of days, to CSV.</source>
        <translation>Exportiert alle Einträge, die den Filtern entsprechen, in dieser Sortierung, oder einen Zeitraum von Tagen als CSV.</translation>
    </message>
    <message>
        <source>The server did not apply the sort asked for; the records are in its own order.</source>
        <translation>Der Server hat die angeforderte Sortierung nicht angewendet; die Einträge stehen in seiner eigenen Reihenfolge.</translation>
    </message>
    <message>
        <source>An export is under way.</source>
        <translation>Ein Export läuft.</translation>
    </message>
    <message>
        <source>The audit has not loaded yet.</source>
        <translation>Das Prüfprotokoll ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Record %1 of rotation %2
Date: %3 (%4)
User: %5 (%6, id %7)
Action: %8
Status: %9

Notes:
%10</source>
        <translation>Eintrag %1 der Rotation %2
Datum: %3 (%4)
Benutzer: %5 (%6, ID %7)
Aktion: %8
Status: %9

Notizen:
%10</translation>
    </message>
    <message>
        <source>Export a range of days</source>
        <translation>Zeitraum von Tagen exportieren</translation>
    </message>
    <message>
        <source>The server filters the audit one day at a time, so the export walks the days of this range (UTC), with the other filters and the sort on screen.</source>
        <translation>Der Server filtert das Prüfprotokoll tageweise, daher geht der Export die Tage dieses Zeitraums (UTC) einzeln durch, mit den übrigen Filtern und der Sortierung auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>The server sent records dated outside %1 (UTC), the day asked for: it may read the day in its own time zone. The list shows what it sent.</source>
        <translation>Der Server hat Einträge mit einem Datum außerhalb von %1 (UTC), dem angeforderten Tag, gesendet: Er liest den Tag möglicherweise in seiner eigenen Zeitzone. Die Liste zeigt, was er gesendet hat.</translation>
    </message>
    <message>
        <source>|&lt; F&amp;irst</source>
        <translation>|&lt; E&amp;rste</translation>
    </message>
    <message>
        <source>Shows every rotation&apos;s records again.</source>
        <translation>Zeigt wieder die Einträge aller Rotationen.</translation>
    </message>
    <message>
        <source>Rotation %1 only ✕</source>
        <translation>Nur Rotation %1 ✕</translation>
    </message>
    <message>
        <source>Remove the filter: rotation %1 only</source>
        <translation>Filter entfernen: nur Rotation %1</translation>
    </message>
    <message>
        <source>Rotation filter</source>
        <translation>Rotationsfilter</translation>
    </message>
    <message>
        <source>No records are shown until the day is corrected or cleared.</source>
        <translation>Es werden keine Einträge angezeigt, bis der Tag korrigiert oder gelöscht ist.</translation>
    </message>
    <message>
        <source>Not filtered: the day is not valid</source>
        <translation>Nicht gefiltert: Der Tag ist ungültig</translation>
    </message>
    <message>
        <source>Correct or clear the day first.</source>
        <translation>Korrigieren oder löschen Sie zuerst den Tag.</translation>
    </message>
</context>
<context>
    <name>km::ColumnFitter</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Shows or hides columns; the ones that do not fit are hidden first.</source>
        <translation>Blendet Spalten ein oder aus; die nicht passenden werden zuerst ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>km::ComplianceReportBuilder</name>
    <message>
        <source>Reading the rotation audit</source>
        <translation>Rotationsprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>Reading the configuration</source>
        <translation>Konfiguration wird gelesen</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the configuration&apos;s changes</source>
        <translation>Änderungen der Konfiguration werden gelesen</translation>
    </message>
    <message>
        <source>The configuration&apos;s changes could not be read: %1</source>
        <translation>Die Änderungen der Konfiguration konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the rotation state</source>
        <translation>Zustand der Rotation wird gelesen</translation>
    </message>
    <message>
        <source>The rotation state could not be read: %1</source>
        <translation>Der Zustand der Rotation konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the secret-key rotation</source>
        <translation>Rotation der Secret-Schlüssel wird gelesen</translation>
    </message>
</context>
<context>
    <name>km::ConfigAuditModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>km::ConfigFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>km::ConfigurationPage</name>
    <message>
        <source>Defaults loaded from the server. Nothing is saved until you click Save.</source>
        <translation>Standardwerte vom Server geladen. Gespeichert wird erst, wenn Sie auf Speichern klicken.</translation>
    </message>
    <message>
        <source>Your account may view this configuration but not change it (it lacks the Administer Key Management permission).</source>
        <translation>Ihr Konto darf diese Konfiguration ansehen, aber nicht ändern (ihm fehlt die Berechtigung „Schlüsselverwaltung administrieren“).</translation>
    </message>
    <message>
        <source>External key management</source>
        <translation>Externe Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Key management type</source>
        <translation>Typ der Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show what you typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Shows only what you typed here; the stored secret is never sent to this console.</source>
        <translation>Zeigt nur, was Sie hier eingegeben haben; das gespeicherte Geheimnis wird nie an diese Konsole gesendet.</translation>
    </message>
    <message>
        <source>empty: always the latest version</source>
        <translation>leer: immer die neueste Version</translation>
    </message>
    <message>
        <source>Load &amp;defaults</source>
        <translation>&amp;Standardwerte laden</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>S&amp;peichern …</translation>
    </message>
    <message>
        <source>Loading the defaults replaces what you typed.</source>
        <translation>Das Laden der Standardwerte ersetzt Ihre Eingaben.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Search the history…</source>
        <translation>Verlauf durchsuchen …</translation>
    </message>
    <message>
        <source>Search the change history</source>
        <translation>Änderungsverlauf durchsuchen</translation>
    </message>
    <message>
        <source>Configuration change history</source>
        <translation>Verlauf der Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächste</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with what the server has.</source>
        <translation>Neu laden ersetzt Ihre ungespeicherten Änderungen durch den Stand des Servers.</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 (%n change(s))</source>
        <translation>
            <numerusform>Seite %1 von %2 (%n Änderung)</numerusform>
            <numerusform>Seite %1 von %2 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The key management configuration has changes that are not saved.</source>
        <translation>Die Konfiguration der Schlüsselverwaltung hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save the key management configuration</source>
        <translation>Konfiguration der Schlüsselverwaltung speichern</translation>
    </message>
    <message>
        <source>Could not load the configuration: %1</source>
        <translation>Die Konfiguration konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the defaults: %1</source>
        <translation>Die Standardwerte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Your changes are kept; correct them or try Save again.</source>
        <translation>Ihre Änderungen bleiben erhalten; korrigieren Sie sie oder speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Could not load the history: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Your account may not change the configuration.</source>
        <translation>Ihr Konto darf die Konfiguration nicht ändern.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Which external key management protects the master encryption key.</source>
        <translation>Welche externe Schlüsselverwaltung den Master-Verschlüsselungsschlüssel schützt.</translation>
    </message>
    <message>
        <source>Puts back the values the server has.</source>
        <translation>Stellt die Werte des Servers wieder her.</translation>
    </message>
    <message>
        <source>Shows only the changes whose user, action or notes contain this text.</source>
        <translation>Zeigt nur die Änderungen, deren Benutzer, Aktion oder Notizen diesen Text enthalten.</translation>
    </message>
    <message>
        <source>Changes made to this configuration, newest first. Click a column header to sort.</source>
        <translation>Änderungen an dieser Konfiguration, neueste zuerst. Klicken Sie auf einen Spaltenkopf, um zu sortieren.</translation>
    </message>
    <message>
        <source>Goes to the previous page of the history.</source>
        <translation>Geht zur vorherigen Seite des Verlaufs.</translation>
    </message>
    <message>
        <source>Goes to the next page of the history.</source>
        <translation>Geht zur nächsten Seite des Verlaufs.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after the configuration change. It refuses changes until it has finished, so Save and Rotate are disabled meanwhile; the console checks every few seconds.</source>
        <translation>Der Server verschlüsselt nach der Konfigurationsänderung seine Secret-Schlüssel neu. Bis zum Abschluss lehnt er Änderungen ab, daher sind Speichern und Rotieren so lange deaktiviert; die Konsole prüft alle paar Sekunden.</translation>
    </message>
    <message>
        <source>Chec&amp;k now</source>
        <translation>Jetzt prü&amp;fen</translation>
    </message>
    <message>
        <source>Asks the server now whether it has finished re-encrypting.</source>
        <translation>Fragt den Server jetzt, ob er die Neuverschlüsselung abgeschlossen hat.</translation>
    </message>
    <message>
        <source>Enter the type &amp;id…</source>
        <translation>Typ-&amp;ID eingeben …</translation>
    </message>
    <message>
        <source>Gives the numeric id this server uses for the chosen type, which it has not shown yet.</source>
        <translation>Gibt die numerische ID an, die dieser Server für den gewählten Typ verwendet und noch nicht angezeigt hat.</translation>
    </message>
    <message>
        <source>type it: the server never sends it back</source>
        <translation>eingeben: Der Server sendet den Wert nie zurück</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Fills in the server&apos;s defaults for a new configuration, without saving.</source>
        <translation>Füllt die Standardwerte des Servers für eine neue Konfiguration ein, ohne zu speichern.</translation>
    </message>
    <message>
        <source>Shows what will be sent, then saves it to the server.</source>
        <translation>Zeigt, was gesendet wird, und speichert es dann auf dem Server.</translation>
    </message>
    <message>
        <source>Type id for %1</source>
        <translation>Typ-ID für %1</translation>
    </message>
    <message>
        <source>Secret Server stores the type as a number, and these numbers are published nowhere. This server has not shown which number it uses for %1 yet, so the console will not guess: a wrong number switches the server to another key provider, or off.

Enter the id only if you know it for certain (from the server&apos;s administrator or its web UI). Once %1 has been set through the web UI, the console learns the id from the server by itself.

The id of %1:</source>
        <translation>Secret Server speichert den Typ als Zahl, und diese Zahlen sind nirgends veröffentlicht. Dieser Server hat noch nicht angezeigt, welche Zahl er für %1 verwendet, daher rät die Konsole nicht: Eine falsche Zahl stellt den Server auf einen anderen Schlüsselanbieter oder auf keinen um.

Geben Sie die ID nur ein, wenn Sie sie sicher kennen (vom Administrator des Servers oder aus seiner Weboberfläche). Sobald %1 über die Weboberfläche eingestellt wurde, erfährt die Konsole die ID selbst vom Server.

Die ID von %1:</translation>
    </message>
    <message>
        <source>Save this whole configuration to %1?</source>
        <translation>Diese gesamte Konfiguration auf %1 speichern?</translation>
    </message>
    <message>
        <source>%1

A save replaces the whole configuration; fields of other types are not sent. After a change the server enters maintenance mode and re-encrypts every secret key. If the new key cannot be reached, Secret Server cannot decrypt secrets: check the values first.</source>
        <translation>%1

Ein Speichern ersetzt die gesamte Konfiguration; Felder anderer Typen werden nicht gesendet. Nach einer Änderung wechselt der Server in den Wartungsmodus und verschlüsselt jeden Secret-Schlüssel neu. Ist der neue Schlüssel nicht erreichbar, kann Secret Server keine Secrets entschlüsseln: Prüfen Sie zuerst die Werte.</translation>
    </message>
    <message>
        <source>This server keeps no configuration history that the API can read (it has no config/audit endpoint).</source>
        <translation>Dieser Server führt keinen Konfigurationsverlauf, den die API lesen kann (er hat keinen Endpunkt config/audit).</translation>
    </message>
    <message>
        <source>Changed, not saved yet</source>
        <translation>Geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The server uses &quot;%1&quot;, a type this console cannot edit. It is shown as the server reports it.</source>
        <translation>Der Server verwendet „%1“, einen Typ, den diese Konsole nicht bearbeiten kann. Er wird so angezeigt, wie der Server ihn meldet.</translation>
    </message>
    <message>
        <source>The server has not shown which id it uses for %1, and the ids are published nowhere. Enter the id, or set the type once in the web UI so that the console learns it.</source>
        <translation>Der Server hat nicht angezeigt, welche ID er für %1 verwendet, und die IDs sind nirgends veröffentlicht. Geben Sie die ID ein, oder stellen Sie den Typ einmal in der Weboberfläche ein, damit die Konsole sie erfährt.</translation>
    </message>
    <message>
        <source>%1 will be sent as id %2, as you gave it; the server has not confirmed it yet.</source>
        <translation>%1 wird mit der ID %2 gesendet, wie von Ihnen angegeben; der Server hat sie noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>The server does not report its Azure Key Vault settings (the published API has no fields for them), so they start empty. To save, type in every field, the secret included: a save replaces the whole configuration. A tenant id and settings specific to Managed HSM cannot be set through this API; use the web UI for them.</source>
        <translation>Der Server meldet seine Einstellungen für Azure Key Vault nicht (die veröffentlichte API hat keine Felder dafür), daher sind sie anfangs leer. Füllen Sie zum Speichern jedes Feld aus, auch den geheimen Wert: Ein Speichern ersetzt die gesamte Konfiguration. Eine Mandanten-ID und Einstellungen speziell für Managed HSM lassen sich über diese API nicht festlegen; verwenden Sie dafür die Weboberfläche.</translation>
    </message>
    <message>
        <source>The server never sends the secret access key back; type it to save, because a save replaces the whole configuration.</source>
        <translation>Der Server sendet den geheimen Zugriffsschlüssel nie zurück; geben Sie ihn zum Speichern ein, denn ein Speichern ersetzt die gesamte Konfiguration.</translation>
    </message>
    <message>
        <source>The configuration has not loaded yet.</source>
        <translation>Die Konfiguration ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>The server&apos;s reply contradicted the type ids remembered for this address (its ids changed, or another server answers here): the console forgot them all and learns them again from the server.</source>
        <translation>Die Antwort des Servers widersprach den für diese Adresse gespeicherten Typ-IDs (seine IDs haben sich geändert, oder hier antwortet ein anderer Server): Die Konsole hat sie alle vergessen und erfährt sie erneut vom Server.</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the configuration changed while you were editing; your edits are kept.</source>
        <translation>Die Konfiguration auf dem Server hat sich geändert, während Sie sie bearbeitet haben; Ihre Bearbeitung bleibt erhalten.</translation>
    </message>
    <message>
        <source>&amp;Load the server&apos;s copy</source>
        <translation>Stand des Servers &amp;laden</translation>
    </message>
    <message>
        <source>Replaces your edits with the configuration the server has now, after asking.</source>
        <translation>Ersetzt nach Rückfrage Ihre Bearbeitung durch die Konfiguration, die der Server jetzt hat.</translation>
    </message>
    <message>
        <source>Loading the server&apos;s copy replaces your unsaved changes.</source>
        <translation>Wenn Sie den Stand des Servers laden, werden Ihre ungespeicherten Änderungen ersetzt.</translation>
    </message>
    <message>
        <source>Forgets the type ids remembered for this server&apos;s address, without contacting it; the console learns them again from its replies.</source>
        <translation>Vergisst die für die Adresse dieses Servers gespeicherten Typ-IDs, ohne ihn zu kontaktieren; die Konsole erfährt sie erneut aus seinen Antworten.</translation>
    </message>
    <message>
        <source>Id not taken: %1</source>
        <translation>ID nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Forget what this server told me</source>
        <translation>Angaben dieses Servers vergessen</translation>
    </message>
    <message>
        <source>Forget every type id the console remembers for %1?</source>
        <translation>Alle Typ-IDs vergessen, die sich die Konsole für %1 merkt?</translation>
    </message>
    <message>
        <source>The console learns each type&apos;s id from the server&apos;s replies and remembers it for this address. If another server now answers here, or this one changed its ids, forget them: the console then learns them again from the server&apos;s next replies and asks you for any it has not shown. Nothing is sent to the server.</source>
        <translation>Die Konsole erfährt die ID jedes Typs aus den Antworten des Servers und merkt sie sich für diese Adresse. Wenn hier jetzt ein anderer Server antwortet oder dieser seine IDs geändert hat, vergessen Sie sie: Die Konsole erfährt sie dann erneut aus den nächsten Antworten des Servers und fragt Sie nach jeder, die er nicht angezeigt hat. Es wird nichts an den Server gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>%n für %1 gespeicherte Typ-ID vergessen.</numerusform>
            <numerusform>%n für %1 gespeicherte Typ-IDs vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forget what this server told &amp;me…</source>
        <translation>Angaben dieses Servers ver&amp;gessen …</translation>
    </message>
    <message>
        <source>Rev&amp;ert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>Nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Your changes are kept.</source>
        <translation>Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The AWS &amp;KMS key was rotated…</source>
        <translation>AWS-&amp;KMS-Schlüssel wurde rotiert …</translation>
    </message>
    <message>
        <source>After the AWS KMS key itself was rotated, Delinea advises a secret-key rotation so that secrets move to the new key version. This offers one; nothing is guessed.</source>
        <translation>Nachdem der AWS-KMS-Schlüssel selbst rotiert wurde, empfiehlt Delinea eine Rotation der Secret-Schlüssel, damit die Secrets auf die neue Schlüsselversion umziehen. Hier wird eine angeboten; nichts wird erraten.</translation>
    </message>
    <message>
        <source>Rotate secret keys</source>
        <translation>Secret-Schlüssel rotieren</translation>
    </message>
</context>
<context>
    <name>km::ConfigurationService</name>
    <message>
        <source>Type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>The configuration has not loaded yet.</source>
        <translation>Die Konfiguration ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Your account may not change the configuration.</source>
        <translation>Ihr Konto darf die Konfiguration nicht ändern.</translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation>Ein Speichervorgang läuft.</translation>
    </message>
    <message>
        <source>The server is re-encrypting its secret keys after the last change and refuses changes until it has finished.</source>
        <translation>Der Server verschlüsselt nach der letzten Änderung seine Secret-Schlüssel neu und lehnt bis zum Abschluss Änderungen ab.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This console cannot edit the server&apos;s type &quot;%1&quot;.</source>
        <translation>Diese Konsole kann den Typ „%1“ des Servers nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Some fields are not complete or not valid.</source>
        <translation>Einige Felder sind unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>The server has not shown which id it uses for %1; enter the id first.</source>
        <translation>Der Server hat nicht angezeigt, welche ID er für %1 verwendet; geben Sie zuerst die ID ein.</translation>
    </message>
    <message>
        <source>This server&apos;s version has no configuration history.</source>
        <translation>Die Version dieses Servers hat keinen Konfigurationsverlauf.</translation>
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
        <translation>Fragt den Server sofort erneut, statt zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Neuer Versuch in %n s.</numerusform>
            <numerusform>Neuer Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Neuer Versuch …</translation>
    </message>
    <message>
        <source>Retry no&amp;w</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>The connection to %1 is lost since %2: %3 What is shown may be out of date, and actions that need the server are disabled until it answers again.</source>
        <translation>Die Verbindung zu %1 ist seit %2 unterbrochen: %3 Das Angezeigte ist möglicherweise veraltet, und Aktionen, die den Server benötigen, sind deaktiviert, bis er wieder antwortet.</translation>
    </message>
    <message>
        <source>It has failed for %1. %2</source>
        <translation>Sie ist seit %1 gestört. %2</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: trying again in %n s.</source>
        <translation>
            <numerusform>Der Server hat um Wartezeit gebeten: neuer Versuch in %n s.</numerusform>
            <numerusform>Der Server hat um Wartezeit gebeten: neuer Versuch in %n s.</numerusform>
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
        <translation>Tag löschen</translation>
    </message>
    <message>
        <source>Pick a day from a calendar</source>
        <translation>Tag im Kalender auswählen</translation>
    </message>
    <message>
        <source>Opens a calendar to pick the day from.</source>
        <translation>Öffnet einen Kalender, um den Tag auszuwählen.</translation>
    </message>
    <message>
        <source>A day as YYYY-MM-DD (UTC), typed or picked from the calendar.</source>
        <translation>Ein Tag im Format YYYY-MM-DD (UTC), eingegeben oder im Kalender ausgewählt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Type it as YYYY-MM-DD, for example %2.</source>
        <translation>„%1“ ist kein Datum. Geben Sie es im Format YYYY-MM-DD ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no month %2 (months go from 01 to 12).</source>
        <translation>„%1“ ist kein Datum: Es gibt keinen Monat %2 (die Monate reichen von 01 bis 12).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: %2 has no day %3 (it has %4 days).</source>
        <translation>„%1“ ist kein Datum: Der Monat %2 hat keinen Tag %3 (er hat %4 Tage).</translation>
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
        <translation>Ereignisse der Rotation werden gelesen …</translation>
    </message>
    <message>
        <source>Events of the rotation</source>
        <translation>Ereignisse der Rotation</translation>
    </message>
    <message>
        <source>Every audit event of this rotation, oldest first.</source>
        <translation>Alle Ereignisse dieser Rotation im Prüfprotokoll, älteste zuerst.</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n Ereignis, von %1 bis %2.</numerusform>
            <numerusform>%n Ereignisse, von %1 bis %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only its first week is shown.</source>
        <translation>Nur ihre erste Woche wird angezeigt.</translation>
    </message>
    <message>
        <source>Audit events read</source>
        <translation>Gelesene Ereignisse des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Erneut &amp;lesen</translation>
    </message>
    <message>
        <source>Reads the whole rotation audit again and rebuilds the history.</source>
        <translation>Liest das gesamte Rotationsprotokoll erneut und baut den Verlauf neu auf.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stops reading; what was read so far stays.</source>
        <translation>Beendet das Lesen; was bisher gelesen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Show its &amp;events…</source>
        <translation>&amp;Ereignisse anzeigen …</translation>
    </message>
    <message>
        <source>Shows every audit event of the selected rotation (Enter, or a double click).</source>
        <translation>Zeigt alle Ereignisse der ausgewählten Rotation im Prüfprotokoll (Eingabetaste oder Doppelklick).</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Rotationsverlauf</translation>
    </message>
    <message>
        <source>One row per rotation, newest first; Enter shows its events.</source>
        <translation>Eine Zeile pro Rotation, neueste zuerst; die Eingabetaste zeigt ihre Ereignisse.</translation>
    </message>
    <message>
        <source>Reading the audit: %1 of %2 events…</source>
        <translation>Prüfprotokoll wird gelesen: %1 von %2 Ereignissen …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n event(s) read; the history below is of those only.</source>
        <translation>
            <numerusform>Angehalten: %n Ereignis gelesen; der Verlauf unten beruht nur auf diesem.</numerusform>
            <numerusform>Angehalten: %n Ereignisse gelesen; der Verlauf unten beruht nur auf diesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history is read from the audit when this page is first shown.</source>
        <translation>Der Verlauf wird aus dem Prüfprotokoll gelesen, wenn diese Seite zum ersten Mal angezeigt wird.</translation>
    </message>
    <message>
        <source>Reading the audit…</source>
        <translation>Prüfprotokoll wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s), from %1 audit events.</source>
        <translation>
            <numerusform>%n Rotation, aus %1 Ereignissen des Prüfprotokolls.</numerusform>
            <numerusform>%n Rotationen, aus %1 Ereignissen des Prüfprotokolls.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Which rotations the chart and the table show, by when they started.</source>
        <translation>Welche Rotationen Diagramm und Tabelle zeigen, nach ihrem Beginn.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster angezeigter Tag</translation>
    </message>
    <message>
        <source>Rotations that started on this day or later are shown.</source>
        <translation>Rotationen, die an diesem Tag oder später begonnen haben, werden angezeigt.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter angezeigter Tag</translation>
    </message>
    <message>
        <source>Rotations that started on this day or earlier are shown.</source>
        <translation>Rotationen, die an diesem Tag oder früher begonnen haben, werden angezeigt.</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>Last secret-key rotation: not read yet.</source>
        <translation>Letzte Rotation der Secret-Schlüssel: noch nicht gelesen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last secret-key rotation: requested %1, run %2, status %3, message: %4</source>
        <translation>Letzte Rotation der Secret-Schlüssel: angefordert %1, ausgeführt %2, Status %3, Meldung: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(running now: %1)</source>
        <translation>(läuft gerade: %1)</translation>
    </message>
    <message>
        <source>Earlier runs are not published by the server.</source>
        <translation>Frühere Läufe veröffentlicht der Server nicht.</translation>
    </message>
</context>
<context>
    <name>km::KeychainSecretStore</name>
    <message>
        <source>Checking for a system keychain…</source>
        <translation>Schlüsselbund des Systems wird gesucht …</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so passwords are not remembered.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1), daher werden Kennwörter nicht gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain did not answer, so passwords are not remembered.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet, daher werden Kennwörter nicht gespeichert.</translation>
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
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Last request: OK</source>
        <translation>Letzte Anfrage: OK</translation>
    </message>
    <message>
        <source>Last request failed: %1</source>
        <translation>Letzte Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About kmconsole</source>
        <translation>&amp;Über kmconsole</translation>
    </message>
    <message>
        <source>Leaving the page discards your unsaved changes.</source>
        <translation>Wenn Sie die Seite verlassen, werden Ihre ungespeicherten Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Signed in with an API token</source>
        <translation>Mit einem API-Token angemeldet</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in again from File to go on.</source>
        <translation>Abgemeldet: Melden Sie sich über „Datei“ erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Signing out discards your unsaved changes.</source>
        <translation>Beim Abmelden werden Ihre ungespeicherten Änderungen verworfen.</translation>
    </message>
    <message>
        <source>About kmconsole</source>
        <translation>Über kmconsole</translation>
    </message>
    <message>
        <source>Quitting discards your unsaved changes.</source>
        <translation>Beim Beenden werden Ihre ungespeicherten Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Reloading replaces your unsaved changes with what the server has.</source>
        <translation>Neu laden ersetzt Ihre ungespeicherten Änderungen durch den Stand des Servers.</translation>
    </message>
    <message>
        <source>The console&apos;s pages: Configuration, Rotation, Audit, History and Servers (Ctrl+1 to Ctrl+5).</source>
        <translation>Die Seiten der Konsole: Konfiguration, Rotation, Prüfprotokoll, Verlauf und Server (Strg+1 bis Strg+5).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt …</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;A console for the Key Management API of Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Secret Server version: %3&lt;br&gt;Language: %4&lt;br&gt;Qt %5&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kmconsole %1&lt;/h3&gt;&lt;p&gt;Eine Konsole für die Schlüsselverwaltungs-API von Delinea Secret Server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;br&gt;Secret-Server-Version: %3&lt;br&gt;Sprache: %4&lt;br&gt;Qt %5&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Version: %1</source>
        <translation>Version: %1</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>&amp;Neu laden</translation>
    </message>
</context>
<context>
    <name>km::ReportDialog</name>
    <message>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <source>A report for auditors: this server&apos;s key-management configuration (never a secret) and its changes, the rotation state, the key&apos;s age against the policy, and every rotation of the period with totals.</source>
        <translation>Ein Bericht für Prüfer: die Konfiguration der Schlüsselverwaltung dieses Servers (nie ein geheimer Wert) und ihre Änderungen, der Zustand der Rotation, das Alter des Schlüssels gemessen an der Richtlinie und jede Rotation des Zeitraums mit Summen.</translation>
    </message>
    <message>
        <source>Period from (UTC)</source>
        <translation>Zeitraum ab (UTC)</translation>
    </message>
    <message>
        <source>The first day of the period, as YYYY-MM-DD (UTC); the period ends now.</source>
        <translation>Der erste Tag des Zeitraums im Format YYYY-MM-DD (UTC); der Zeitraum endet jetzt.</translation>
    </message>
    <message>
        <source>Period &amp;from (UTC):</source>
        <translation>Zeitraum &amp;ab (UTC):</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation policy in days</source>
        <translation>Rotationsrichtlinie in Tagen</translation>
    </message>
    <message>
        <source>The key&apos;s greatest allowed age; the report judges the key&apos;s age against it.</source>
        <translation>Das höchste zulässige Alter des Schlüssels; der Bericht misst das Alter des Schlüssels daran.</translation>
    </message>
    <message>
        <source>&amp;Policy: at most</source>
        <translation>&amp;Richtlinie: höchstens</translation>
    </message>
    <message>
        <source>P&amp;DF, to print or file</source>
        <translation>P&amp;DF, zum Drucken oder Ablegen</translation>
    </message>
    <message>
        <source>A paginated document with tables and page numbers.</source>
        <translation>Ein paginiertes Dokument mit Tabellen und Seitenzahlen.</translation>
    </message>
    <message>
        <source>&amp;JSON, for tools</source>
        <translation>&amp;JSON, für Werkzeuge</translation>
    </message>
    <message>
        <source>The same content with stable keys (see the README).</source>
        <translation>Derselbe Inhalt mit stabilen Schlüsselnamen (siehe README).</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Stops gathering the report (nothing is written), or closes this window.</source>
        <translation>Bricht das Zusammenstellen des Berichts ab (es wird nichts geschrieben) oder schließt dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>Asks where to save it, then gathers the report from the server and writes it.</source>
        <translation>Fragt, wo er gespeichert werden soll, stellt dann den Bericht vom Server zusammen und schreibt ihn.</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Give the first day of the period as YYYY-MM-DD.</source>
        <translation>Geben Sie den ersten Tag des Zeitraums im Format YYYY-MM-DD an.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>%1
No file was written.</source>
        <translation>%1
Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Bericht in %1 geschrieben.</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>km::RotationAuditModel</name>
    <message>
        <source>User name: %1 (id %2)</source>
        <translation>Benutzername: %1 (ID %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Rotation %1: every event of one rotation has the same number.</source>
        <translation>Rotation %1: Alle Ereignisse einer Rotation haben dieselbe Nummer.</translation>
    </message>
    <message>
        <source>As the server wrote it: %1</source>
        <translation>Wie vom Server geschrieben: %1</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Audit id</source>
        <translation>Audit-ID</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
</context>
<context>
    <name>km::RotationChart</name>
    <message>
        <source>Rotations over time</source>
        <translation>Rotationen im Zeitverlauf</translation>
    </message>
    <message>
        <source>No rotation is known yet.</source>
        <translation>Es ist noch keine Rotation bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.</source>
        <translation>
            <numerusform>%n Rotation von %1 bis %2: %3 abgeschlossen, %4 fehlgeschlagen. Je höher eine Markierung, desto länger hat die Rotation gedauert.</numerusform>
            <numerusform>%n Rotationen von %1 bis %2: %3 abgeschlossen, %4 fehlgeschlagen. Je höher eine Markierung, desto länger hat die Rotation gedauert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the longest mark)</source>
        <translation>%1 (die längste Markierung)</translation>
    </message>
    <message>
        <source>Rotation #%1, %2: %3%4</source>
        <translation>Rotation #%1, %2: %3%4</translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation>, Dauer %1</translation>
    </message>
    <message>
        <source>%1: no rotation in this period.</source>
        <translation>%1: keine Rotation in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>They lie far apart in time, so they are drawn side by side in order, dated below, each long gap shown as a break.</source>
        <translation>Sie liegen zeitlich weit auseinander und werden daher der Reihe nach nebeneinander gezeichnet, darunter datiert, jede lange Lücke als Unterbrechung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>km::RotationHistoryModel</name>
    <message>
        <source>Not ended; last event %1</source>
        <translation>Nicht beendet; letztes Ereignis %1</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>km::RotationHistoryReader</name>
    <message>
        <source>The rotation history could not be read: %1</source>
        <translation>Der Rotationsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server did not sort the audit by id when asked; events added while the history was read may be counted twice.</source>
        <translation>Der Server hat das Prüfprotokoll nicht wie angefordert nach ID sortiert; Ereignisse, die während des Lesens des Verlaufs hinzugekommen sind, werden möglicherweise doppelt gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n event(s) of %1 rotation(s).</source>
        <translation>
            <numerusform>%n Ereignis aus %1 Rotation(en) gelesen.</numerusform>
            <numerusform>%n Ereignisse aus %1 Rotation(en) gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::RotationPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Your account may view the rotation but not start or retry one (it lacks the Administer Key Management permission).</source>
        <translation>Ihr Konto darf die Rotation ansehen, aber keine starten oder wiederholen (ihm fehlt die Berechtigung „Schlüsselverwaltung administrieren“).</translation>
    </message>
    <message>
        <source>R&amp;otate master encryption key…</source>
        <translation>Master-Verschlüsselungsschlüssel r&amp;otieren …</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The master encryption key rotation completed.</source>
        <translation>Die Rotation des Master-Verschlüsselungsschlüssels ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The master encryption key rotation failed: %1</source>
        <translation>Die Rotation des Master-Verschlüsselungsschlüssels ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation>Schlüsselrotation</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Started: %1    Last status change: %2    Last ended: %3</source>
        <translation>Gestartet: %1    Letzte Statusänderung: %2    Zuletzt beendet: %3</translation>
    </message>
    <message>
        <source>In UTC: started %1, last status change %2, last ended %3</source>
        <translation>In UTC: gestartet %1, letzte Statusänderung %2, zuletzt beendet %3</translation>
    </message>
    <message>
        <source>Geo-replication is ON: rotation is not allowed while it is enabled.</source>
        <translation>Georeplikation ist EIN: Eine Rotation ist nicht erlaubt, solange sie aktiviert ist.</translation>
    </message>
    <message>
        <source>Geo-replication is off.</source>
        <translation>Georeplikation ist aus.</translation>
    </message>
    <message>
        <source>Opens a guided rotation with checks and confirmations.</source>
        <translation>Öffnet eine geführte Rotation mit Prüfungen und Bestätigungen.</translation>
    </message>
    <message>
        <source>Re&amp;try the failed step…</source>
        <translation>Fehlgeschlagenen Schritt &amp;wiederholen …</translation>
    </message>
    <message>
        <source>%1 (possibly out of date: the server cannot be reached)</source>
        <translation>%1 (möglicherweise veraltet: Der Server ist nicht erreichbar)</translation>
    </message>
    <message>
        <source>Retries the failed step after you confirm, and goes on following the rotation.</source>
        <translation>Wiederholt nach Ihrer Bestätigung den fehlgeschlagenen Schritt und verfolgt die Rotation weiter.</translation>
    </message>
    <message>
        <source>Retry the failed step</source>
        <translation>Fehlgeschlagenen Schritt wiederholen</translation>
    </message>
    <message>
        <source>Retrying restarts the re-encryption on %1, where the rotation failed. Find the cause first (the server&apos;s logs, the audit). Type the server&apos;s host name to retry.</source>
        <translation>Eine Wiederholung startet die Neuverschlüsselung auf %1 erneut, wo die Rotation fehlgeschlagen ist. Ermitteln Sie zuerst die Ursache (Logdateien des Servers, Prüfprotokoll). Geben Sie zum Wiederholen den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Policy: rotate at least every</source>
        <translation>&amp;Richtlinie: Rotation mindestens alle</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Rotation policy in days</source>
        <translation>Rotationsrichtlinie in Tagen</translation>
    </message>
    <message>
        <source>How old the master encryption key may get before it is overdue; kept in this server&apos;s profile.</source>
        <translation>Wie alt der Master-Verschlüsselungsschlüssel werden darf, bevor er überfällig ist; wird im Profil dieses Servers gespeichert.</translation>
    </message>
    <message>
        <source>Finding the last completed rotation in the audit…</source>
        <translation>Letzte abgeschlossene Rotation wird im Prüfprotokoll gesucht …</translation>
    </message>
    <message>
        <source>Last completed rotation: %1.</source>
        <translation>Letzte abgeschlossene Rotation: %1.</translation>
    </message>
    <message>
        <source>Your account lacks the Administer Key Management permission.</source>
        <translation>Ihrem Konto fehlt die Berechtigung „Schlüsselverwaltung administrieren“.</translation>
    </message>
</context>
<context>
    <name>km::RotationProgressWidget</name>
    <message>
        <source>Items re-encrypted</source>
        <translation>Neu verschlüsselte Elemente</translation>
    </message>
    <message>
        <source>%v of %m items re-encrypted</source>
        <translation>%v von %m Elementen neu verschlüsselt</translation>
    </message>
    <message>
        <source>Rotation steps</source>
        <translation>Schritte der Rotation</translation>
    </message>
    <message>
        <source>Loading the rotation state…</source>
        <translation>Zustand der Rotation wird geladen …</translation>
    </message>
    <message>
        <source>%1 items/s, about %2 left</source>
        <translation>%1 Elemente/s, noch etwa %2</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Verbleibende Zeit wird geschätzt …</translation>
    </message>
    <message>
        <source>Took %1.</source>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <source>The steps of a rotation, each done, running, failed or still to do.</source>
        <translation>Die Schritte einer Rotation, jeweils erledigt, laufend, fehlgeschlagen oder noch ausstehend.</translation>
    </message>
    <message>
        <source>How many items have been re-encrypted with the new key.</source>
        <translation>Wie viele Elemente mit dem neuen Schlüssel neu verschlüsselt wurden.</translation>
    </message>
    <message>
        <source>%1 % of the items re-encrypted.</source>
        <translation>%1 % der Elemente neu verschlüsselt.</translation>
    </message>
</context>
<context>
    <name>km::RotationTimelineModel</name>
    <message>
        <source>to do</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Seen at %1</source>
        <translation>Beobachtet am %1</translation>
    </message>
    <message>
        <source>failed (inferred from the last status seen)</source>
        <translation>fehlgeschlagen (abgeleitet aus dem zuletzt beobachteten Status)</translation>
    </message>
</context>
<context>
    <name>km::RotationWizard</name>
    <message>
        <source>Before you rotate</source>
        <translation>Vor der Rotation</translation>
    </message>
    <message>
        <source>These checks must pass before a rotation can start.</source>
        <translation>Diese Prüfungen müssen bestanden sein, bevor eine Rotation beginnen kann.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Bestanden: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Check yourself: %1</source>
        <translation>Selbst prüfen: %1</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A rotation cannot be undone. Without a backup of the database and of encryption.config from every node, a failure can leave secrets unreadable.</source>
        <translation>Eine Rotation kann nicht rückgängig gemacht werden. Ohne eine Sicherung der Datenbank und von encryption.config jedes Knotens kann ein Fehler Secrets unlesbar machen.</translation>
    </message>
    <message>
        <source>The server does not ask for a backup confirmation, because a rotation has completed before. A current backup is still the only way back.</source>
        <translation>Der Server verlangt keine Bestätigung der Sicherung, weil schon einmal eine Rotation abgeschlossen wurde. Eine aktuelle Sicherung bleibt der einzige Weg zurück.</translation>
    </message>
    <message>
        <source>Confirm the rotation</source>
        <translation>Rotation bestätigen</translation>
    </message>
    <message>
        <source>&amp;Start rotation</source>
        <translation>Rotation &amp;starten</translation>
    </message>
    <message>
        <source>Starting creates a new master encryption key on %1, restarts the application on every node, and re-encrypts every secret with the new key. It cannot be undone or stopped once started.</source>
        <translation>Der Start erstellt auf %1 einen neuen Master-Verschlüsselungsschlüssel, startet die Anwendung auf jedem Knoten neu und verschlüsselt jedes Secret mit dem neuen Schlüssel neu. Einmal gestartet, kann das weder rückgängig gemacht noch angehalten werden.</translation>
    </message>
    <message>
        <source>Type the server&apos;s host name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Hostnamen des Servers ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Server host name, to confirm</source>
        <translation>Hostname des Servers, zur Bestätigung</translation>
    </message>
    <message>
        <source>Rotating the master encryption key</source>
        <translation>Der Master-Verschlüsselungsschlüssel wird rotiert</translation>
    </message>
    <message>
        <source>Closing this window does not stop the rotation; the Rotation page keeps following it.</source>
        <translation>Das Schließen dieses Fensters hält die Rotation nicht an; die Seite „Rotation“ verfolgt sie weiter.</translation>
    </message>
    <message>
        <source>Send the request &amp;again</source>
        <translation>Anfrage &amp;erneut senden</translation>
    </message>
    <message>
        <source>The server did not start the rotation: %1
Nothing was changed. Send the request again only once the cause is clear.</source>
        <translation>Der Server hat die Rotation nicht gestartet: %1
Es wurde nichts geändert. Senden Sie die Anfrage erst erneut, wenn die Ursache geklärt ist.</translation>
    </message>
    <message>
        <source>&amp;Retry the failed step</source>
        <translation>Fehlgeschlagenen Schritt &amp;wiederholen</translation>
    </message>
    <message>
        <source>Rotation completed</source>
        <translation>Rotation abgeschlossen</translation>
    </message>
    <message>
        <source>Rotation failed</source>
        <translation>Rotation fehlgeschlagen</translation>
    </message>
    <message>
        <source>The retry was refused: %1</source>
        <translation>Die Wiederholung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;audit&quot;&gt;Show this rotation in the audit&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;audit&quot;&gt;Diese Rotation im Prüfprotokoll zeigen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Rotate the master encryption key</source>
        <translation>Master-Verschlüsselungsschlüssel rotieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>What was checked before the rotation, and whether it passed.</source>
        <translation>Was vor der Rotation geprüft wurde und ob es bestanden ist.</translation>
    </message>
    <message>
        <source>Required before a first rotation: a rotation cannot be undone.</source>
        <translation>Vor einer ersten Rotation erforderlich: Eine Rotation kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Type the host name exactly; Start rotation unlocks when it matches.</source>
        <translation>Geben Sie den Hostnamen genau ein; „Rotation starten“ wird freigegeben, sobald er übereinstimmt.</translation>
    </message>
    <message>
        <source>Sends the start request once more.</source>
        <translation>Sendet die Startanfrage noch einmal.</translation>
    </message>
    <message>
        <source>Retries the step that failed and follows the rotation again.</source>
        <translation>Wiederholt den fehlgeschlagenen Schritt und verfolgt die Rotation erneut.</translation>
    </message>
    <message>
        <source>Goes back a page.</source>
        <translation>Geht eine Seite zurück.</translation>
    </message>
    <message>
        <source>Goes on to the next page.</source>
        <translation>Geht weiter zur nächsten Seite.</translation>
    </message>
    <message>
        <source>Starts the rotation. It cannot be undone.</source>
        <translation>Startet die Rotation. Sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Closes the wizard; a rotation that has started goes on.</source>
        <translation>Schließt den Assistenten; eine gestartete Rotation läuft weiter.</translation>
    </message>
    <message>
        <source>Confirm that a current backup exists first.</source>
        <translation>Bestätigen Sie zuerst, dass eine aktuelle Sicherung besteht.</translation>
    </message>
    <message>
        <source>Type the host name %1 above first.</source>
        <translation>Geben Sie zuerst oben den Hostnamen %1 ein.</translation>
    </message>
    <message>
        <source>The rotation did not start</source>
        <translation>Die Rotation wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Starting the rotation…</source>
        <translation>Rotation wird gestartet …</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Retry the failed step</source>
        <translation>Fehlgeschlagenen Schritt wiederholen</translation>
    </message>
    <message>
        <source>Retrying restarts the re-encryption on %1. Type the server&apos;s host name to retry.</source>
        <translation>Eine Wiederholung startet die Neuverschlüsselung auf %1 erneut. Geben Sie zum Wiederholen den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>I have a current backup of the &amp;database and encryption.config on every node</source>
        <translation>Ich habe auf jedem Knoten eine aktuelle &amp;Sicherung der Datenbank und von encryption.config</translation>
    </message>
    <message>
        <source>It took %1.</source>
        <translation>Die Rotation dauerte %1.</translation>
    </message>
    <message>
        <source>Start rotation stays disabled: &quot;%1&quot; is not this server&apos;s host name, %2.</source>
        <translation>„Rotation starten“ bleibt deaktiviert: „%1“ ist nicht der Hostname dieses Servers, %2.</translation>
    </message>
    <message>
        <source>%1
The server said: %2
%3
What next: find the cause in the server&apos;s logs (the audit, linked above, names the step), then retry the failed step with the button below.</source>
        <translation>%1
Der Server meldete: %2
%3
Nächste Schritte: Ermitteln Sie die Ursache in den Logdateien des Servers (das oben verlinkte Prüfprotokoll nennt den Schritt), und wiederholen Sie dann den fehlgeschlagenen Schritt mit der Schaltfläche unten.</translation>
    </message>
    <message>
        <source>It needed a retry of a failed step.</source>
        <translation>Ein fehlgeschlagener Schritt musste wiederholt werden.</translation>
    </message>
    <message>
        <source>The master encryption key was rotated and every secret re-encrypted. %1%2
What next: check that secrets open as before, and take a new backup of encryption.config on every node.</source>
        <translation>Der Master-Verschlüsselungsschlüssel wurde rotiert und jedes Secret neu verschlüsselt. %1%2
Nächste Schritte: Prüfen Sie, ob sich Secrets wie bisher öffnen lassen, und erstellen Sie auf jedem Knoten eine neue Sicherung von encryption.config.</translation>
    </message>
    <message>
        <source>Checks of the server&apos;s health, nodes and backups</source>
        <translation>Prüfungen von Zustand, Knoten und Sicherungen des Servers</translation>
    </message>
    <message>
        <source>Health, nodes, the last backup, rotations running and replication, as the server reports them. Tick a warning to accept it.</source>
        <translation>Zustand, Knoten, die letzte Sicherung, laufende Rotationen und Replikation, wie der Server sie meldet. Setzen Sie bei einer Warnung ein Häkchen, um sie zu akzeptieren.</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation>Warnen, wenn die letzte Sicherung älter ist als:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The backup check warns past this age; it is checked again when changed.</source>
        <translation>Die Sicherungsprüfung warnt ab diesem Alter; nach einer Änderung wird erneut geprüft.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Reads the health check, the nodes, the backup log and the rotation state again.</source>
        <translation>Liest Zustandsprüfung, Knoten, Sicherungsprotokoll und Rotationszustand erneut.</translation>
    </message>
    <message>
        <source>The checks before the rotation are still being read.</source>
        <translation>Die Prüfungen vor der Rotation werden noch gelesen.</translation>
    </message>
    <message>
        <source>Failed: %1. %2</source>
        <translation>Fehlgeschlagen: %1. %2</translation>
    </message>
    <message>
        <source>Not determined: %1. %2</source>
        <translation>Nicht festgestellt: %1. %2</translation>
    </message>
    <message>
        <source>Tick the warning &quot;%1&quot; to accept it, or deal with it first.</source>
        <translation>Setzen Sie bei der Warnung „%1“ ein Häkchen, um sie zu akzeptieren, oder beheben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Reading the health check, the nodes, the backup log and the rotation state…</source>
        <translation>Zustandsprüfung, Knoten, Sicherungsprotokoll und Rotationszustand werden gelesen …</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Tick to accept this warning and go on.</source>
        <translation>Ankreuzen, um diese Warnung zu akzeptieren und fortzufahren.</translation>
    </message>
    <message>
        <source>a current backup of encryption.config exists for every node (the backup log shows only the database&apos;s).</source>
        <translation>für jeden Knoten besteht eine aktuelle Sicherung von encryption.config (das Sicherungsprotokoll zeigt nur die der Datenbank).</translation>
    </message>
    <message>
        <source>DPAPI encryption of the master key is not in use.</source>
        <translation>Die DPAPI-Verschlüsselung des Master-Schlüssels wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>km::SecretKeyMonitor</name>
    <message>
        <source>A request is already on its way to the server.</source>
        <translation>Eine Anfrage ist bereits unterwegs zum Server.</translation>
    </message>
    <message>
        <source>The state of the secret-key rotation has not been read yet.</source>
        <translation>Der Stand der Rotation der Secret-Schlüssel wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>The server cannot be reached; what is shown may be out of date.</source>
        <translation>Der Server ist nicht erreichbar; die Anzeige ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>A secret-key rotation is already running (%1).</source>
        <translation>Es läuft bereits eine Rotation der Secret-Schlüssel (%1).</translation>
    </message>
    <message>
        <source>No secret-key rotation is running.</source>
        <translation>Es läuft keine Rotation der Secret-Schlüssel.</translation>
    </message>
    <message>
        <source>The secret-key rotation is already being cancelled.</source>
        <translation>Die Rotation der Secret-Schlüssel wird bereits abgebrochen.</translation>
    </message>
</context>
<context>
    <name>km::SecretKeyPanel</name>
    <message>
        <source>Secret-key rotation</source>
        <translation>Rotation der Secret-Schlüssel</translation>
    </message>
    <message>
        <source>Secrets processed</source>
        <translation>Verarbeitete Secrets</translation>
    </message>
    <message>
        <source>&amp;Cancel secret-key rotation…</source>
        <translation>Rotation der Secret-Schlüssel a&amp;bbrechen …</translation>
    </message>
    <message>
        <source>Rotate &amp;secret keys…</source>
        <translation>S&amp;ecret-Schlüssel rotieren …</translation>
    </message>
    <message>
        <source>Re-encrypts every secret&apos;s key on the server; it refuses key-management changes until it has ended.</source>
        <translation>Verschlüsselt den Schlüssel jedes Secrets auf dem Server neu; bis zum Ende lehnt der Server Änderungen an der Schlüsselverwaltung ab.</translation>
    </message>
    <message>
        <source>The server did not start the secret-key rotation: %1</source>
        <translation>Der Server hat die Rotation der Secret-Schlüssel nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The server did not cancel the secret-key rotation: %1</source>
        <translation>Der Server hat die Rotation der Secret-Schlüssel nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>Not known: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Cancelling: the server has not yet confirmed that the rotation stopped.</source>
        <translation>Wird abgebrochen: Der Server hat noch nicht bestätigt, dass die Rotation angehalten wurde.</translation>
    </message>
    <message>
        <source>Running: the server is re-encrypting its secret keys.</source>
        <translation>Läuft: Der Server verschlüsselt seine Secret-Schlüssel neu.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <source>%1 (possibly out of date: the server cannot be reached)</source>
        <translation>%1 (möglicherweise veraltet: Der Server ist nicht erreichbar)</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server meldet: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last run: requested %1, run %2. %3</source>
        <translation>Letzter Lauf: angefordert %1, ausgeführt %2. %3</translation>
    </message>
    <message>
        <source>Asks the server to stop the secret-key rotation.</source>
        <translation>Fordert den Server auf, die Rotation der Secret-Schlüssel anzuhalten.</translation>
    </message>
    <message>
        <source>Rotate secret keys</source>
        <translation>Secret-Schlüssel rotieren</translation>
    </message>
    <message>
        <source>%1 will re-encrypt every secret&apos;s key and refuse key-management changes until it has ended. Type the server&apos;s host name to start.</source>
        <translation>%1 verschlüsselt den Schlüssel jedes Secrets neu und lehnt bis zum Ende Änderungen an der Schlüsselverwaltung ab. Geben Sie zum Starten den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>&amp;Rotate secret keys</source>
        <translation>Secret-Schlüssel &amp;rotieren</translation>
    </message>
    <message>
        <source>Cancel the secret-key rotation</source>
        <translation>Rotation der Secret-Schlüssel abbrechen</translation>
    </message>
    <message>
        <source>The secret-key rotation on %1 stops; secrets it has not reached keep their old keys. Type the server&apos;s host name to cancel it.</source>
        <translation>Die Rotation der Secret-Schlüssel auf %1 wird angehalten; Secrets, die sie noch nicht erreicht hat, behalten ihre alten Schlüssel. Geben Sie zum Abbrechen den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <source>&amp;Cancel the rotation</source>
        <translation>Rotation a&amp;bbrechen</translation>
    </message>
</context>
<context>
    <name>km::ServerCheck</name>
    <message>
        <source>The profile signs in with a Duo push; a check never asks for one.</source>
        <translation>Das Profil meldet sich mit einem Duo-Push an; eine Prüfung fordert nie einen an.</translation>
    </message>
    <message>
        <source>The profile signs in with a one-time code; a check never asks for one.</source>
        <translation>Das Profil meldet sich mit einem Einmalcode an; eine Prüfung fordert nie einen an.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (SHA-256 %2); nothing was sent. Trust it in the window&apos;s sign-in.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (SHA-256 %2); es wurde nichts gesendet. Vertrauen Sie ihm bei der Anmeldung im Fenster.</translation>
    </message>
    <message>
        <source>The tenant has several vaults and the profile names none.</source>
        <translation>Der Mandant hat mehrere Tresore, und das Profil nennt keinen.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The rotation state could not be read: %1</source>
        <translation>Der Zustand der Rotation konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>km::ServerFleet</name>
    <message>
        <source>The last sign-in failed; it is not tried again by itself (a directory locks accounts after a few).</source>
        <translation>Die letzte Anmeldung ist fehlgeschlagen; sie wird nicht von selbst wiederholt (ein Verzeichnisdienst sperrt Konten nach einigen Fehlversuchen).</translation>
    </message>
    <message>
        <source>Signs in with a token, which is never kept.</source>
        <translation>Meldet sich mit einem Token an, das nie aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Needs a Duo push: sign in yourself.</source>
        <translation>Erfordert einen Duo-Push: Melden Sie sich selbst an.</translation>
    </message>
    <message>
        <source>Needs a one-time code: sign in yourself.</source>
        <translation>Erfordert einen Einmalcode: Melden Sie sich selbst an.</translation>
    </message>
    <message>
        <source>No password is kept for it: sign in yourself.</source>
        <translation>Für diesen Server ist kein Kennwort hinterlegt: Melden Sie sich selbst an.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1 It is not tried again by itself.</source>
        <translation>Anmeldung fehlgeschlagen: %1 Sie wird nicht von selbst wiederholt.</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut.</translation>
    </message>
    <message>
        <source>the tenant has several vaults; choose one by signing in yourself.</source>
        <translation>Der Mandant hat mehrere Tresore; wählen Sie einen aus, indem Sie sich selbst anmelden.</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Key overdue for rotation</source>
        <translation>Schlüsselrotation überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Key due for rotation within %n day(s)</source>
        <translation>
            <numerusform>Schlüsselrotation innerhalb von %n Tag fällig</numerusform>
            <numerusform>Schlüsselrotation innerhalb von %n Tagen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No completed rotation known</source>
        <translation>Keine abgeschlossene Rotation bekannt</translation>
    </message>
    <message>
        <source>The last rotation failed</source>
        <translation>Die letzte Rotation ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This account may not administer key management</source>
        <translation>Dieses Konto darf die Schlüsselverwaltung nicht administrieren</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>km::ServerFleetModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmeldung nötig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>unknown (policy %n day(s))</source>
        <translation>
            <numerusform>unbekannt (Richtlinie %n Tag)</numerusform>
            <numerusform>unbekannt (Richtlinie %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days (policy %2)</source>
        <translation>%1 Tage (Richtlinie %2)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Key management</source>
        <translation>Schlüsselverwaltung</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Last completed</source>
        <translation>Letzter Abschluss</translation>
    </message>
    <message>
        <source>Key age</source>
        <translation>Schlüsselalter</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>km::ServerVersionProbe</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>km::ServersPage</name>
    <message>
        <source>Every saved server. Refreshing signs in by itself only where a password is kept in the keychain, never with a one-time code or push, and never again after a failed sign-in.</source>
        <translation>Alle gespeicherten Server. Beim Aktualisieren meldet sich die Konsole nur dort von selbst an, wo ein Kennwort im Schlüsselbund hinterlegt ist, nie mit einem Einmalcode oder Push und nach einer fehlgeschlagenen Anmeldung nie wieder.</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>One row per saved server; Enter opens it.</source>
        <translation>Eine Zeile pro gespeichertem Server; die Eingabetaste öffnet ihn.</translation>
    </message>
    <message>
        <source>&amp;Refresh all</source>
        <translation>Alle a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Asks every server for its state, a few at a time.</source>
        <translation>Fragt jeden Server nach seinem Zustand, jeweils einige gleichzeitig.</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>A&amp;nmelden …</translation>
    </message>
    <message>
        <source>Signs in to the selected server, with the sign-in dialog.</source>
        <translation>Meldet sich über den Anmeldedialog beim ausgewählten Server an.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the selected server in its own window.</source>
        <translation>Öffnet den ausgewählten Server in einem eigenen Fenster.</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Signs out of the selected server; the others stay signed in.</source>
        <translation>Meldet sich vom ausgewählten Server ab; die anderen bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Refreshed %1.</source>
        <translation>Aktualisiert um %1.</translation>
    </message>
    <message>
        <source>Already signed in.</source>
        <translation>Bereits angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
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
        <translation>Host: %1
Probleme:
%2

SHA-256-Fingerabdruck:
%3
Antragsteller: %4
Aussteller: %5
Gültig von %6 bis %7</translation>
    </message>
    <message>
        <source>%1

The certificate you trusted had the fingerprint:
%2</source>
        <translation>%1

Das Zertifikat, dem Sie vertraut haben, hatte den Fingerabdruck:
%2</translation>
    </message>
    <message>
        <source>The server %1 is reachable.</source>
        <translation>Der Server %1 ist erreichbar.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached: %2</source>
        <translation>Der Server %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection is not encrypted (http): passwords and tokens would cross the network in clear text.</source>
        <translation>Die Verbindung ist nicht verschlüsselt (http): Kennwörter und Tokens würden im Klartext über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <source>Its certificate is trusted.</source>
        <translation>Seinem Zertifikat wird vertraut.</translation>
    </message>
    <message>
        <source>Its certificate is NOT trusted: %1</source>
        <translation>Seinem Zertifikat wird NICHT vertraut: %1</translation>
    </message>
    <message>
        <source>The Delinea Platform answers at this address.</source>
        <translation>Unter dieser Adresse antwortet die Delinea Platform.</translation>
    </message>
    <message>
        <source>No Delinea Platform answers at this address: %1</source>
        <translation>Unter dieser Adresse antwortet keine Delinea Platform: %1</translation>
    </message>
    <message>
        <source>The Secret Server REST API answers at this address.</source>
        <translation>Unter dieser Adresse antwortet die REST-API von Secret Server.</translation>
    </message>
    <message>
        <source>No Secret Server REST API answers at this address: %1</source>
        <translation>Unter dieser Adresse antwortet keine REST-API von Secret Server: %1</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Paste an API access token.</source>
        <translation>Fügen Sie ein API-Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The Delinea Platform address: %1</source>
        <translation>Die Adresse der Delinea Platform: %1</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client id and client secret.</source>
        <translation>Geben Sie die Client-ID und das Client-Geheimnis des Dienstkontos ein.</translation>
    </message>
    <message>
        <source>The tenant&apos;s list of vaults could not be read (%1). Type the vault&apos;s address instead.</source>
        <translation>Die Liste der Tresore des Mandanten konnte nicht gelesen werden (%1). Geben Sie stattdessen die Adresse des Tresors ein.</translation>
    </message>
    <message>
        <source>The tenant has no active Secret Server vault.</source>
        <translation>Der Mandant hat keinen aktiven Secret-Server-Tresor.</translation>
    </message>
    <message>
        <source>The tenant has no vault &quot;%1&quot;; it has: %2.</source>
        <translation>Der Mandant hat keinen Tresor „%1“; er hat: %2.</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht angemeldet: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The profile was removed, but its secret could not be removed from the system keychain: %1</source>
        <translation>Das Profil wurde entfernt, aber sein geheimer Wert konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>km::SignInDialog</name>
    <message>
        <source>New connection…</source>
        <translation>Neue Verbindung …</translation>
    </message>
    <message>
        <source>Sign in to Secret Server</source>
        <translation>Bei Secret Server anmelden</translation>
    </message>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://secretserver.example.com/SecretServer</source>
        <translation>https://secretserver.example.com/SecretServer</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Einmalcode</translation>
    </message>
    <message>
        <source>API access token</source>
        <translation>API-Zugriffstoken</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>user@host</source>
        <translation>benutzer@host</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again to go on; what you were editing is kept.</source>
        <translation>Ihre Sitzung auf %1 ist beendet. Melden Sie sich erneut an, um fortzufahren; Ihre Bearbeitung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Sign in to the Secret Server whose key management you want to administer.</source>
        <translation>Melden Sie sich bei dem Secret Server an, dessen Schlüsselverwaltung Sie administrieren möchten.</translation>
    </message>
    <message>
        <source>Kept by your desktop&apos;s keychain, never in kmconsole&apos;s settings.</source>
        <translation>Wird vom Schlüsselbund Ihres Desktops verwahrt, nie in den Einstellungen von kmconsole.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <source>No Secret Server answered at this address (HTTP 404). Check the address, including the path such as /SecretServer.</source>
        <translation>Unter dieser Adresse hat kein Secret Server geantwortet (HTTP 404). Prüfen Sie die Adresse samt Pfad, etwa /SecretServer.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>WARNING: the certificate of %1 has changed since you chose to always trust it. The server may have been given a new certificate, or someone may be intercepting the connection. Trust the new certificate only if you know why it changed.</source>
        <translation>WARNUNG: Das Zertifikat von %1 hat sich geändert, seit Sie ihm dauerhaft vertrauen. Der Server hat vielleicht ein neues Zertifikat erhalten, oder jemand fängt die Verbindung ab. Vertrauen Sie dem neuen Zertifikat nur, wenn Sie wissen, warum es sich geändert hat.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified. Connect only if you recognise its fingerprint.</source>
        <translation>Das Zertifikat von %1 konnte nicht überprüft werden. Verbinden Sie sich nur, wenn Sie seinen Fingerabdruck erkennen.</translation>
    </message>
    <message>
        <source>Choose a saved connection, or a new one.</source>
        <translation>Wählen Sie eine gespeicherte Verbindung oder eine neue.</translation>
    </message>
    <message>
        <source>The address of the Secret Server, as you use it in a browser.</source>
        <translation>Die Adresse des Secret Servers, wie Sie sie im Browser verwenden.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Mit Benutzername und Kennwort anmelden.</translation>
    </message>
    <message>
        <source>Sign in with an API access token you already have.</source>
        <translation>Mit einem vorhandenen API-Zugriffstoken anmelden.</translation>
    </message>
    <message>
        <source>Your Secret Server user name.</source>
        <translation>Ihr Secret-Server-Benutzername.</translation>
    </message>
    <message>
        <source>The domain of your account, if it has one.</source>
        <translation>Die Domäne Ihres Kontos, falls es eine hat.</translation>
    </message>
    <message>
        <source>Your password: sent only to the server, and never stored unless you choose the keychain.</source>
        <translation>Ihr Kennwort: Es wird nur an den Server gesendet und nie gespeichert, außer Sie wählen den Schlüsselbund.</translation>
    </message>
    <message>
        <source>A bearer token for the Secret Server REST API.</source>
        <translation>Ein Bearer-Token für die REST-API von Secret Server.</translation>
    </message>
    <message>
        <source>The name under which this connection is offered next time.</source>
        <translation>Der Name, unter dem diese Verbindung beim nächsten Mal angeboten wird.</translation>
    </message>
    <message>
        <source>Signs in with these details.</source>
        <translation>Meldet sich mit diesen Angaben an.</translation>
    </message>
    <message numerus="yes">
        <source>Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.</source>
        <translation>
            <numerusform>Bestätigen Sie die Anmeldung auf Ihrem Telefon (Duo-Push); es wird bis zu %n Sekunde gewartet. „Abbrechen“ beendet das Warten.</numerusform>
            <numerusform>Bestätigen Sie die Anmeldung auf Ihrem Telefon (Duo-Push); es wird bis zu %n Sekunden gewartet. „Abbrechen“ beendet das Warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delinea P&amp;latform</source>
        <translation>Delinea P&amp;latform</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>Zwei-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <source>No one-time code</source>
        <translation>Kein Einmalcode</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Einmalcode:</translation>
    </message>
    <message>
        <source>Duo push to my phone</source>
        <translation>Duo-Push an mein Telefon</translation>
    </message>
    <message>
        <source>the code from your authenticator</source>
        <translation>der Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Delinea Platform address</source>
        <translation>Adresse der Delinea Platform</translation>
    </message>
    <message>
        <source>https://TENANT.delinea.app</source>
        <translation>https://MANDANT.delinea.app</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>optional: a vault&apos;s name or address</source>
        <translation>optional: Name oder Adresse eines Tresors</translation>
    </message>
    <message>
        <source>&amp;Vault:</source>
        <translation>T&amp;resor:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>the system&apos;s (https_proxy); &quot;none&quot;, or http://HOST:PORT</source>
        <translation>der des Systems (https_proxy); „none“ oder http://HOST:PORT</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>Private certificate authority</source>
        <translation>Private Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>optional: a PEM file to trust as well</source>
        <translation>optional: eine PEM-Datei, der zusätzlich vertraut wird</translation>
    </message>
    <message>
        <source>Chooses a PEM file of certificate authorities to trust for this server as well as the system&apos;s.</source>
        <translation>Wählt eine PEM-Datei mit Zertifizierungsstellen, denen für diesen Server zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Date&amp;i:</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save as a &amp;new profile:</source>
        <translation>Als &amp;neues Profil speichern:</translation>
    </message>
    <message>
        <source>Name of the new profile</source>
        <translation>Name des neuen Profils</translation>
    </message>
    <message>
        <source>Sign in through a Delinea Platform tenant with a service account&apos;s client id and secret.</source>
        <translation>Über einen Mandanten der Delinea Platform mit Client-ID und Client-Geheimnis eines Dienstkontos anmelden.</translation>
    </message>
    <message>
        <source>For an account with two-factor authentication: a one-time code, or a Duo push approved on your phone.</source>
        <translation>Für ein Konto mit Zwei-Faktor-Authentifizierung: ein Einmalcode oder ein auf Ihrem Telefon bestätigter Duo-Push.</translation>
    </message>
    <message>
        <source>The one-time code from your authenticator.</source>
        <translation>Der Einmalcode aus Ihrer Authenticator-App.</translation>
    </message>
    <message>
        <source>The address of your Delinea Platform tenant.</source>
        <translation>Die Adresse Ihres Mandanten der Delinea Platform.</translation>
    </message>
    <message>
        <source>The client id of the platform service account.</source>
        <translation>Die Client-ID des Dienstkontos der Plattform.</translation>
    </message>
    <message>
        <source>The service account&apos;s client secret: kept only in the keychain, if at all.</source>
        <translation>Das Client-Geheimnis des Dienstkontos: Es wird, wenn überhaupt, nur im Schlüsselbund verwahrt.</translation>
    </message>
    <message>
        <source>Which Secret Server vault of the tenant, when it has several; found from the tenant otherwise.</source>
        <translation>Welcher Secret-Server-Tresor des Mandanten, wenn er mehrere hat; sonst wird er über den Mandanten ermittelt.</translation>
    </message>
    <message>
        <source>Shows the proxy and private certificate authority settings of this connection.</source>
        <translation>Zeigt die Einstellungen für Proxy und private Zertifizierungsstelle dieser Verbindung.</translation>
    </message>
    <message>
        <source>Empty follows the system&apos;s proxy settings; &quot;none&quot; connects directly; or a proxy address.</source>
        <translation>Leer folgt den Proxy-Einstellungen des Systems; „none“ verbindet direkt; oder eine Proxy-Adresse.</translation>
    </message>
    <message>
        <source>A PEM file with your organisation&apos;s certificate authority, trusted in addition to the system&apos;s.</source>
        <translation>Eine PEM-Datei mit der Zertifizierungsstelle Ihrer Organisation, der zusätzlich zu denen des Systems vertraut wird.</translation>
    </message>
    <message>
        <source>Saves these connection details under a new name; the profile you chose stays as it is.</source>
        <translation>Speichert diese Verbindungsdaten unter einem neuen Namen; das gewählte Profil bleibt unverändert.</translation>
    </message>
    <message>
        <source>Reaches the server without signing in and says what it found: reachable, certificate trusted, the API answering.</source>
        <translation>Kontaktiert den Server ohne Anmeldung und meldet, was er vorgefunden hat: erreichbar, Zertifikat vertrauenswürdig, API antwortet.</translation>
    </message>
    <message>
        <source>Stops a sign-in under way, or closes this dialog.</source>
        <translation>Bricht eine laufende Anmeldung ab oder schließt diesen Dialog.</translation>
    </message>
    <message>
        <source>Keeps the password, token or client secret in your desktop&apos;s keychain, not in kmconsole&apos;s settings.</source>
        <translation>Verwahrt Kennwort, Token oder Client-Geheimnis im Schlüsselbund Ihres Desktops, nicht in den Einstellungen von kmconsole.</translation>
    </message>
    <message>
        <source>Enter the one-time code, or choose &quot;No one-time code&quot;.</source>
        <translation>Geben Sie den Einmalcode ein, oder wählen Sie „Kein Einmalcode“.</translation>
    </message>
    <message>
        <source>Not signed in: you stopped the sign-in.</source>
        <translation>Nicht angemeldet: Sie haben die Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>If your account uses two-factor authentication, choose a one-time code or a Duo push above.</source>
        <translation>Wenn Ihr Konto Zwei-Faktor-Authentifizierung verwendet, wählen Sie oben einen Einmalcode oder einen Duo-Push.</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 – %2%3</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>Choose a vault</source>
        <translation>Tresor auswählen</translation>
    </message>
    <message>
        <source>The tenant has several Secret Server vaults. Which one?</source>
        <translation>Der Mandant hat mehrere Secret-Server-Tresore. Welcher soll es sein?</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Removes the chosen profile and the secret kept for it in the keychain, after asking.</source>
        <translation>Entfernt nach Rückfrage das gewählte Profil und den dafür im Schlüsselbund verwahrten geheimen Wert.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ entfernen?</translation>
    </message>
    <message>
        <source>The secret kept for it in the system keychain is removed too.</source>
        <translation>Der dafür im Schlüsselbund des Systems verwahrte geheime Wert wird ebenfalls entfernt.</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>Kenn&amp;wort</translation>
    </message>
    <message>
        <source>API to&amp;ken</source>
        <translation>API-T&amp;oken</translation>
    </message>
    <message>
        <source>S&amp;erver:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Tw&amp;o-factor:</source>
        <translation>Zweiter &amp;Faktor:</translation>
    </message>
    <message>
        <source>Platfor&amp;m address:</source>
        <translation>Plattfor&amp;madresse:</translation>
    </message>
    <message>
        <source>Client i&amp;d:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Proxy and certificate aut&amp;hority</source>
        <translation>Proxy und &amp;Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuc&amp;hen …</translation>
    </message>
    <message>
        <source>Remember the password in the s&amp;ystem keychain</source>
        <translation>Kennwort im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Remember the token in the s&amp;ystem keychain</source>
        <translation>Token im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <source>Remember the client secret in the s&amp;ystem keychain</source>
        <translation>Client-Geheimnis im Schlüsselbund des S&amp;ystems merken</translation>
    </message>
    <message>
        <source>Save as a profile &amp;named:</source>
        <translation>Als Profil speichern unter dem &amp;Namen:</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>Der Server hat den Benutzernamen oder das Kennwort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Secret Server address to prefill.</source>
        <translation>Vorauszufüllende Adresse des Secret Servers.</translation>
    </message>
    <message>
        <source>User name to prefill.</source>
        <translation>Vorauszufüllender Benutzername.</translation>
    </message>
    <message>
        <source>Domain to prefill.</source>
        <translation>Vorauszufüllende Domäne.</translation>
    </message>
    <message>
        <source>Saved connection profile to choose.</source>
        <translation>Auszuwählendes gespeichertes Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input and sign in at once.</source>
        <translation>Das Kennwort aus der ersten Zeile der Standardeingabe lesen und sofort anmelden.</translation>
    </message>
    <message>
        <source>Language of the console (de, en, fr); the system&apos;s by default.</source>
        <translation>Sprache der Konsole (de, en, fr); standardmäßig die des Systems.</translation>
    </message>
    <message>
        <source>Console for the Secret Server Key Management API.
Commands without a window (add --help to any): %1.</source>
        <translation>Konsole für die Schlüsselverwaltungs-API von Secret Server.
Befehle ohne Fenster (--help ist bei jedem möglich): %1.</translation>
    </message>
</context>
</TS>
