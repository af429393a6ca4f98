<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>--from and --to span more than %n day(s).</source>
        <translation>
            <numerusform>--from and --to span more than %n day.</numerusform>
            <numerusform>--from and --to span more than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the Duo push to be approved (up to %n seconds)…</source>
        <translation>
            <numerusform>Waiting for the Duo push to be approved (up to %n second)…</numerusform>
            <numerusform>Waiting for the Duo push to be approved (up to %n seconds)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>Forgot %n type id remembered for %1.</numerusform>
            <numerusform>Forgot %n type ids remembered for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may still be running on the server; check with &quot;kmconsole rotation status&quot;.</source>
        <translation>
            <numerusform>Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may still be running on the server; check with &quot;kmconsole rotation status&quot;.</numerusform>
            <numerusform>Gave up following the rotation: the server has failed for %n s in a row (%1). The rotation may still be running on the server; check with &quot;kmconsole rotation status&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server failed, retrying in %n s: %1</source>
        <translation>
            <numerusform>The server failed, retrying in %n s: %1</numerusform>
            <numerusform>The server failed, retrying in %n s: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may still be running on the server; check with &quot;kmconsole secret-keys status&quot;.</source>
        <translation>
            <numerusform>Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may still be running on the server; check with &quot;kmconsole secret-keys status&quot;.</numerusform>
            <numerusform>Gave up following the secret-key rotation: the server has failed for %n s in a row (%1). It may still be running on the server; check with &quot;kmconsole secret-keys status&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check every saved profile, %n at a time; the worst state is the exit code.</source>
        <translation>
            <numerusform>Check every saved profile, %n at a time; the worst state is the exit code.</numerusform>
            <numerusform>Check every saved profile, %n at a time; the worst state is the exit code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n day(s); nothing was sent.</source>
        <translation>
            <numerusform>Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n day; nothing was sent.</numerusform>
            <numerusform>Nothing is due: the last rotation completed %1 (UTC), %2 days ago, within %n days; nothing was sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A rotation is due: the last one completed %1 (UTC), more than %n day(s) ago.</source>
        <translation>
            <numerusform>A rotation is due: the last one completed %1 (UTC), more than %n day ago.</numerusform>
            <numerusform>A rotation is due: the last one completed %1 (UTC), more than %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConfigValidation</name>
    <message numerus="yes">
        <source>An access key id is exactly 20 characters (this one has %n).</source>
        <translation>
            <numerusform>An access key id is exactly 20 characters (this one has %n).</numerusform>
            <numerusform>An access key id is exactly 20 characters (this one has %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A secret access key is exactly 40 characters (this one has %n).</source>
        <translation>
            <numerusform>A secret access key is exactly 40 characters (this one has %n).</numerusform>
            <numerusform>A secret access key is exactly 40 characters (this one has %n).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonitoringCheck</name>
    <message numerus="yes">
        <source>%n server(s): %1</source>
        <translation>
            <numerusform>%n server: %1</numerusform>
            <numerusform>%n servers: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message numerus="yes">
        <source>%n node(s), all connected in the last %1, on version %2, none read-only.</source>
        <translation>
            <numerusform>%n node, connected in the last %1, on version %2, not read-only.</numerusform>
            <numerusform>%n nodes, all connected in the last %1, on version %2, none read-only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n backup(s) read from the log succeeded.</source>
        <translation>
            <numerusform>The only backup read from the log (%n) did not succeed.</numerusform>
            <numerusform>None of the %n backups read from the log succeeded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message numerus="yes">
        <source>%n rotation(s): %1 completed, %2 failed; median duration %3.</source>
        <translation>
            <numerusform>%n rotation: %1 completed, %2 failed; median duration %3.</numerusform>
            <numerusform>%n rotations: %1 completed, %2 failed; median duration %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationHistory</name>
    <message numerus="yes">
        <source>No completed rotation is known, so the key&apos;s age is unknown (policy: at most %n day(s)).</source>
        <translation>
            <numerusform>No completed rotation is known, so the key&apos;s age is unknown (policy: at most %n day).</numerusform>
            <numerusform>No completed rotation is known, so the key&apos;s age is unknown (policy: at most %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old; the policy allows %n day(s).</source>
        <translation>
            <numerusform>The key is %1 days old; the policy allows %n day.</numerusform>
            <numerusform>The key is %1 days old; the policy allows %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old and due for rotation within %n day(s).</source>
        <translation>
            <numerusform>The key is %1 days old and due for rotation within %n day.</numerusform>
            <numerusform>The key is %1 days old and due for rotation within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key is %1 days old: OVERDUE, the policy allows %n day(s).</source>
        <translation>
            <numerusform>The key is %1 days old: OVERDUE, the policy allows %n day.</numerusform>
            <numerusform>The key is %1 days old: OVERDUE, the policy allows %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::AuditExporter</name>
    <message numerus="yes">
        <source>The export stopped after %n attempt(s): %1</source>
        <translation>
            <numerusform>The export stopped after %n attempt: %1</numerusform>
            <numerusform>The export stopped after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform>
            <numerusform>Exported %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A range of more than %n day(s) is too long to export at once.</source>
        <translation>
            <numerusform>A range of more than %n day is too long to export at once.</numerusform>
            <numerusform>A range of more than %n days is too long to export at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export stopped: the server sent records already written %n time(s) in a row; its paging does not advance (%1 of %2 records written).</source>
        <translation>
            <numerusform>The export stopped: the server sent records already written %n time in a row; its paging does not advance (%1 of %2 records written).</numerusform>
            <numerusform>The export stopped: the server sent records already written %n times in a row; its paging does not advance (%1 of %2 records written).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform>
            <numerusform>Exported %n records to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::AuditPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n record</numerusform>
            <numerusform>Page %1 of %2 · %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::ConfigurationPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 (%n change(s))</source>
        <translation>
            <numerusform>Page %1 of %2 (%n change)</numerusform>
            <numerusform>Page %1 of %2 (%n changes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n type id(s) remembered for %1.</source>
        <translation>
            <numerusform>Forgot %n type id remembered for %1.</numerusform>
            <numerusform>Forgot %n type ids remembered for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::ConnectionBanner</name>
    <message numerus="yes">
        <source>Trying again in %n s.</source>
        <translation>
            <numerusform>Trying again in %n s.</numerusform>
            <numerusform>Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: trying again in %n s.</source>
        <translation>
            <numerusform>The server asked to wait: trying again in %n s.</numerusform>
            <numerusform>The server asked to wait: trying again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::HistoryPage</name>
    <message numerus="yes">
        <source>%n event(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n event, from %1 to %2.</numerusform>
            <numerusform>%n events, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n event(s) read; the history below is of those only.</source>
        <translation>
            <numerusform>Stopped: %n event read; the history below is of that one only.</numerusform>
            <numerusform>Stopped: %n events read; the history below is of those only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s), from %1 audit events.</source>
        <translation>
            <numerusform>%n rotation, from %1 audit events.</numerusform>
            <numerusform>%n rotations, from %1 audit events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::RotationChart</name>
    <message numerus="yes">
        <source>%n rotation(s) from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.</source>
        <translation>
            <numerusform>%n rotation from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.</numerusform>
            <numerusform>%n rotations from %1 to %2: %3 completed, %4 failed. The higher a mark, the longer it took.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::RotationHistoryReader</name>
    <message numerus="yes">
        <source>Read %n event(s) of %1 rotation(s).</source>
        <translation>
            <numerusform>Read %n event of %1 rotation(s).</numerusform>
            <numerusform>Read %n events of %1 rotation(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::ServerFleet</name>
    <message numerus="yes">
        <source>Key due for rotation within %n day(s)</source>
        <translation>
            <numerusform>Key due for rotation within %n day</numerusform>
            <numerusform>Key due for rotation within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::ServerFleetModel</name>
    <message numerus="yes">
        <source>unknown (policy %n day(s))</source>
        <translation>
            <numerusform>unknown (policy %n day)</numerusform>
            <numerusform>unknown (policy %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>km::SignInDialog</name>
    <message numerus="yes">
        <source>Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.</source>
        <translation>
            <numerusform>Approve the sign-in on your phone (Duo push); waiting up to %n second. Cancel stops waiting.</numerusform>
            <numerusform>Approve the sign-in on your phone (Duo push); waiting up to %n seconds. Cancel stops waiting.</numerusform>
        </translation>
    </message>
</context>
</TS>
