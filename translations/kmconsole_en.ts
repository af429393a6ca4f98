<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditExporter</name>
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
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n record(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n record</numerusform>
            <numerusform>Page %1 of %2 · %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Gave up following the rotation after %n failed attempts: %1</source>
        <translation>
            <numerusform>Gave up following the rotation after %n failed attempt: %1</numerusform>
            <numerusform>Gave up following the rotation after %n failed attempts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost, retrying in %n s: %1</source>
        <translation>
            <numerusform>Connection lost, retrying in %n s: %1</numerusform>
            <numerusform>Connection lost, retrying in %n s: %1</numerusform>
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
</context>
<context>
    <name>ConfigurationPage</name>
    <message numerus="yes">
        <source>Page %1 of %2 (%n change(s))</source>
        <translation>
            <numerusform>Page %1 of %2 (%n change)</numerusform>
            <numerusform>Page %1 of %2 (%n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotationPage</name>
    <message numerus="yes">
        <source>Connection lost, retrying in %n s: %1</source>
        <translation>
            <numerusform>Connection lost, retrying in %n s: %1</numerusform>
            <numerusform>Connection lost, retrying in %n s: %1</numerusform>
        </translation>
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
</context>
</TS>
