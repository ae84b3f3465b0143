<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Dieser Computer hat keinen Systemschlüsselbund, daher kann das Kennwort nicht gespeichert werden: Geben Sie es bei jedem Start des Assistenten ein.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>Das Kennwort dieses Profils wurde in einem Systemschlüsselbund gespeichert, aber dieser Computer hat keinen.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Geben Sie das Kennwort ein, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Entsperren Sie den Systemschlüsselbund (die Kennwortverwaltung Ihres Desktops) und wählen Sie das Profil erneut, oder geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Auf diesem Computer gibt es keinen Systemschlüsselbund, in dem das Kennwort gespeichert werden kann.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>Das Profil wird ohne Kennwort gespeichert: Geben Sie es bei jedem Start des Assistenten ein. Damit es gespeichert wird, installieren Sie einen Schlüsselbund (Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund oder einen Secret Service wie GNOME Keyring oder KWallet) und setzen Sie das Häkchen bei „Speichern“ erneut.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Entsperren Sie den Systemschlüsselbund (die Kennwortverwaltung Ihres Desktops) und versuchen Sie es erneut, oder entfernen Sie das Häkchen bei „Im Systemschlüsselbund speichern“ und geben Sie das Kennwort jedes Mal ein.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>In ldapwizard ist ein Fehler aufgetreten; der laufende Vorgang wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>Es wurde nichts geschrieben, außer die Seite sagt es. Das Protokoll (Schaltfläche „Protokoll…“) enthält die Einzelheiten; bitte senden Sie sie mit einer Fehlermeldung.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Listen Sie zuerst die Benutzer auf: Nur eine vollständige Liste kann exportiert werden.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, durch Kommas getrennt (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, durch Semikolons getrennt (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>%n Zeile (wie angezeigt) nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen (wie angezeigt) nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>%n Zeile (alle Einträge) nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen (alle Einträge) nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>angelegt: {0}, aktualisiert: {1}, wieder aktiviert: {2}, deaktiviert: {3}, entfernt: {4}, übersprungen: {5}, fehlgeschlagen: {6}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>angelegt: {0}, aktualisiert: {1}, wieder aktiviert: {2}, deaktiviert: {3}, entfernt: {4}, übersprungen: {5}, fehlgeschlagen: {6}; Mailinglisten: angelegt: {7}, geändert: {8}, entfernt: {9}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (erhöhen Sie die Grenze „Höchstens“, wenn das beabsichtigt ist)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>Was ein Abgleich tun würde, und warum</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Benutzer, die das Verzeichnis verlassen haben oder sich geändert haben</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Aus dem Verzeichnis entfernt: von einem Abgleich deaktiviert, von einem späteren entfernt ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Im Verzeichnis deaktiviert: von einem Abgleich im Mailsystem deaktiviert ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Im Verzeichnis wieder aktiviert: von einem Abgleich wieder aktiviert ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Im Verzeichnis geändert: von einem Abgleich aktualisiert ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Durch die Auswahl, wer importiert wird, ausgelassen ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Seit dem letzten Import entfernt oder ge&amp;ändert ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Seit dem letzten Import dieses Profils haben {0} seiner Benutzer das Verzeichnis verlassen und {1} sich geändert ({3} im Verzeichnis deaktiviert, {4} wieder aktiviert). Ein Abgleich („Jetzt abgleichen“ auf der nächsten Seite oder der geplante Auftrag) würde sie wie hier aufgeführt behandeln und auch die neuen Einträge anlegen ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Ein Abgleich würde jetzt niemanden deaktivieren oder entfernen: {0}.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>Die Meldung des Servers im Wortlaut und gegebenenfalls das Zertifikat</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>&amp;Importe und Abgleiche in {0}, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>Vorgang &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>&amp;Trotzdem rückgängig machen…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Auch entfernen, was seit dem Import geändert wurde oder auf den Vorgang verweist</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Unter {0} gibt es noch keine Benutzerdatenbank.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Die Vorgänge werden gelesen…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Vorgang rückgängig machen</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Trotzdem rückgängig machen</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>Vorgang {0} trotzdem rückgängig machen?

Die im Fenster genannten Zeilen wurden von Hand geändert, oder seit dem Import angelegte Aliasse oder Mailinglisten verweisen auf sie. Sie werden mitsamt diesen Verweisen ebenfalls entfernt. Das lässt sich nicht zurücknehmen.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Vorgang {0} wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>erzwungen: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Vorgang {0} rückgängig gemacht. Entfernt: Benutzer {1}, Aliasse {2}, Mailinglisten {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Beheben Sie das und machen Sie den Vorgang erneut rückgängig, oder wählen Sie „Trotzdem rückgängig machen…“, um auch diese zu entfernen.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Kann rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Wählen Sie den Verzeichnisserver und die Anmeldung, und testen Sie dann die Verbindung.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 oder ein AD-Domänenname</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com oder CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im Systemschlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>Server&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Zertifikatsprüfung:</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>Bind-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kenn&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Erkennen</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Sicherheit und Basis-DN ermitteln: zuerst der Port oben, dann LDAPS auf 636 und StartTLS auf 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>Einstellungen geändert: Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>Die Einstellungen wurden während des Tests geändert: Testen Sie die Verbindung erneut.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Verbunden und angemeldet. Wählen Sie „Weiter“.</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ Der Verbindungstest ist bei diesem Schritt gescheitert: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Geben Sie zuerst den Host ein.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Erkennung läuft…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>Basis-DN: {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>Basis-DN: vom Server keiner angegeben.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil gespeichert.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS von Anfang an)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Keine (unverschlüsseltes LDAP)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Gegen den Zertifikatspeicher des Systems</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Gegen eine CA-Datei</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Aus — nicht prüfen (unsicher)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Einfache Anmeldung (DN oder benutzer@domäne)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (aktuelle Anmeldung)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>Allgemeines LDAP</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>Kenn&amp;wort…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Das Kennwort der PostgreSQL-Datenbank im Systemschlüsselbund speichern (zuvor beim Server geprüft)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ Das Kennwort von {0} auf {1}:{2} funktioniert und ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>dem Benutzer</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankkennwort</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Kennwort von {0} für {1}:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Das Kennwort wird beim Server geprüft…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>Geben Sie an, wo die Benutzer im Verzeichnis liegen und in welche Maildomäne und Benutzerdatenbank sie kommen.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>Basis-DN &amp;erkennen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Dieser Eintrag und alles darunter</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Nur Einträge direkt darunter</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Deaktivierte Kon&amp;ten einbeziehen</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>E-Mail-aktivierte K&amp;ontakte einbeziehen</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Einträge dürfen Rollenadressen &amp;erhalten (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>keine Grenze (z. B. 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>Das Postfachkontingent der Benutzer, die ein Import oder Abgleich dieses Auftrags anlegt; Dovecot setzt es durch. Das eines einzelnen Benutzers ändern Sie mit `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>Benutzer&amp;filter:</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Attribut für den Benutzernamen:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Attribut für die E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Attribut für den Anzeigenamen:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Attribut für Aliasse:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Kontingent für neue Benutzer:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>&amp;Bindungszeichenfolge:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Benutzernamen:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Lassen Sie den Server in der Bindungszeichenfolge weg (ein DN allein genügt), oder gehen Sie zurück und ändern Sie ihn auf der Seite „Verbindung“.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>Das RootDSE des Servers wird gelesen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ Basis-DN vom Server: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>Der Server gibt keinen Basis-DN an.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Dieser DN existiert auf dem Server nicht (oder der Bind-Benutzer darf ihn nicht sehen).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ Der DN existiert; %n Benutzer darunter passt zum Filter.</numerusform>
            <numerusform>✓ Der DN existiert; %n Benutzer darunter passen zum Filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>Teil des Namens oder der Adresse einer Gruppe</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Gruppen suchen</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>Su&amp;chen nach:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Gefundene Gruppen</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Hinzufügen →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>Die ausgewählte Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Gruppen, deren Mitglieder importiert werden</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Die ausgewählte Gruppe entfernen</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>Mitglieder verschachtelter Gruppen ein&amp;beziehen</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>leer: das ganze Verzeichnis (der Namenskontext des Basis-DN)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Gruppen unterhalb dieses DN suchen</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Wo Gruppen für Mitgliedschaft, Ausschlussregeln und Mailinglisten gesucht werden; das kann sich vom Ort der Benutzer unterscheiden (z. B. ou=Groups neben ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Gruppen unterhalb von:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>Die Mitglieder importieren von:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>Keine Gruppe gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>Die erste Gruppe; geben Sie mehr vom Namen ein, um die Auswahl einzugrenzen.</numerusform>
            <numerusform>Die ersten %n Gruppen; geben Sie mehr vom Namen ein, um die Auswahl einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n Benutzer ist Mitglied der gewählten Gruppen.</numerusform>
            <numerusform>%n Benutzer sind Mitglieder der gewählten Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Darunter ist %n verschachtelte Gruppe.</numerusform>
            <numerusform>Darunter sind %n verschachtelte Gruppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n Mitgliedseintrag konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Mitgliedseinträge konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Keine Gruppe gewählt: Die Gruppenmitgliedschaft schränkt den Import nicht ein.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Die Mitglieder werden gezählt…</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>Prüfen Sie die Zahlen und importieren Sie dann. Der Import ist eine einzige Transaktion: Er wird ganz oder gar nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>Bericht als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Als geplanten Auf&amp;trag speichern…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Vorgänge…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>Was ldapwizard mit dieser Datenbank getan hat, und das Rückgängigmachen jedes Imports, bei dem das noch geht</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>&amp;Mailserver einrichten…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Wie Postfix und Dovecot diese Datenbank lesen</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>Für dieses Verzeichnis nicht verfügbar</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>Die Datenbank hat sich seit der Auflistung auf der Seite „Benutzer“ geändert: Gehen Sie zurück zu „Benutzer“ und wählen Sie „Benutzer auflisten“, bevor Sie weiter importieren.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>In {3} werden in der Benutzerdatenbank {4} angelegt: Benutzer {0}, Aliasse {1}, Mailinglisten {2} (Plan {5}).
Ausgeblendet, weil bereits vorhanden: {6}; durch die Auswahl, wer importiert wird, ausgelassen: {7}; nicht importierbar: {8}; nicht angehakt: {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Vorgang {0}: angelegt Benutzer {1}, Aliasse {2}, Mailinglisten {3}; übersprungen {4}, fehlgeschlagen {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>Vorgang {0} hat in {4}, in der Benutzerdatenbank {5}, angelegt: Benutzer {1}, Aliasse {2}, Mailinglisten {3}. Um mehr zu importieren, gehen Sie zurück zu „Benutzer“ und listen Sie erneut auf.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Willkommensnachrichten werden gesendet…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>Die Benutzerdatenbank hat sich geändert, seit diese Zahlen angezeigt wurden (ein anderer Import, ein Rückgängigmachen oder eine von Hand angelegte Adresse), daher wurde nichts importiert. Ein Import würde jetzt anlegen: Benutzer {0}, Aliasse {1}, Mailinglisten {2}. Gehen Sie zurück zu „Benutzer“; dort wird neu aufgelistet und geplant. Prüfen Sie die Einträge und importieren Sie dann.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Vorgang {0} rückgängig gemacht. Entfernt: Benutzer {1}, Aliasse {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>Die Liste ist veraltet: Gehen Sie zurück zu „Benutzer“ und listen Sie erneut auf.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>Auf der Seite „Benutzer“ ist nichts angehakt, also gibt es nichts zu importieren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Beheben Sie das und machen Sie den Vorgang erneut rückgängig, oder wählen Sie „Vorgänge…“, um ihn trotzdem rückgängig zu machen (es wird zweimal nachgefragt).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Vorgang {0} wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>Vorgang {0} wurde rückgängig gemacht: In {1} ist nichts mehr davon vorhanden. Um erneut zu importieren, gehen Sie zurück zu „Benutzer“ und listen Sie erneut auf.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>Der Abgleichsvorgang {0} ist unten zu sehen. Ein Abgleich kann nicht rückgängig gemacht werden: Er hat auch Benutzer aktualisiert, deaktiviert oder entfernt.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>Die Datei {0} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Bericht unter {0} gespeichert.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Diesen Auftrag speichern als</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>Der Import speichert den Auftrag zuerst unter diesem Namen: Der nächste Start, „Jetzt abgleichen“ und ein geplanter Auftrag verwenden ihn.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Auftrag spei&amp;chern als:</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Das Fenster verwendet die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — Benutzer aus LDAP importieren</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>Proto&amp;koll…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>Den Ordner mit den Protokolldateien von ldapwizard öffnen</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>Den Import anhalten und schließen? Es wird nichts importiert.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>Den Abgleich anhalten und schließen? Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>Das Auflisten der Benutzer anhalten und schließen?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>Den Verbindungstest anhalten und schließen?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>ldapwizard schließen</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>Der Lauf hatte bereits in die Benutzerdatenbank geschrieben, als er angehalten werden sollte: Was er getan hat, steht auf der Seite „Import“. Schließen Sie das Fenster erneut, wenn Sie es gelesen haben.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>Der Auftrag „{0}“ hat nicht gespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Mailingliste</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Ein Mitglied von Hand hinzufügen: Jeder Abgleich behält es</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Mitglieder von Mailinglisten</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Unter {0} gibt es noch keine Benutzerdatenbank.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>Die Mailinglisten werden gelesen…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>In der Datenbank gibt es keine Mailingliste {0}.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>In {0} gibt es keine Mailingliste.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Mitglieder von {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>aus der Verzeichnisgruppe {0} erstellt</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>von Hand erstellt</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Mitglieder von {0} ({1}, {2}): {3}, davon von Hand hinzugefügt: {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Adresse, die {0} von Hand hinzugefügt wird (ein Benutzer, Alias oder eine Liste dieser Datenbank, oder eine beliebige andere Adresse):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>{0} aus {1} entfernen? E-Mails an die Liste erreichen diese Adresse dann nicht mehr.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Das ausgewählte, von Hand hinzugefügte Mitglied entfernen</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Aus Verzeichnisgruppen erstellte Mailinglisten</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Doppelklick: ihre Mitglieder in der Datenbank, und von Hand hinzugefügte oder entfernte Mitglieder</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>E-Mail-aktivierte Gruppen: {0}. Neue Mailinglisten, die der Import mit den Benutzern anlegt, wenn sie angehakt sind: {1} (wegen eines Problems nicht angehakt: {4}); ausgeblendet (früher importiert oder die Adresse ist vergeben): {2}; nicht anlegbar: {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Mailin&amp;glisten ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>Protokolldateien</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>Hier ließ sich kein Dateimanager öffnen. Die Protokolldateien von ldapwizard (ldapwizard.log und sync-….log für jeden geplanten Abgleich) liegen in diesem Ordner:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>Mailserver einrichten</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix und Dovecot lesen diese Datenbank direkt, über ihre dokumentierten Sichten: Postfix, um E-Mails für die Benutzer, Aliasse und Mailinglisten anzunehmen; Dovecot, um sie zuzustellen und die Benutzer anmelden zu lassen — Verzeichnisbenutzer mit ihrem Verzeichniskennwort, geprüft gegen das Verzeichnis, aus dem sie stammen.

</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>Be&amp;fehl:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ Unter {0} gibt es noch keine Datenbank: Importieren Sie zuerst.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Weiterlesen: docs/mail-server.md beschreibt die Sichten Spalte für Spalte; der Abschnitt „Serving the imported users with Postfix and Dovecot“ der README geht die Befehle Schritt für Schritt durch, auch `ldapwizard mailstack check`, das die laufenden Server fragt, ob sie die Benutzer so sehen, wie die Datenbank sie enthält.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Auf dem Mailserver, wo die Datenbank liegt, schreibt dieser Befehl deren Konfiguration (Postfix-Lookup-Tabellen und main.cf-Einstellungen, die SQL- und LDAP-Einstellungen von Dovecot, ein CA-Bündel) und eine README, die sagt, wohin jede Datei gehört. Er fragt nach dem Kennwort des Nur-Lese-Kontos, mit dem Dovecot das Verzeichnis durchsucht, und schreibt es nur in eine Datei, die allein ihr Besitzer lesen kann. (Die Mail-Dienste müssen die Datenbank außerdem lesen, aber nie ändern können: `ldapwizard db init --db FILE --group postfix` richtet das ein, mit der Datei in einem eigenen Ordner.) IMAP und Submission werden nur über TLS angeboten: Setzen Sie das Zertifikat und den Schlüssel Ihres Mailservers anstelle von --tls-cert und --tls-key ein.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Auf jedem Mailserver schreibt dieser Befehl deren Konfiguration (Postfix-pgsql-Lookup-Tabellen und main.cf-Einstellungen, die SQL- und LDAP-Einstellungen von Dovecot, CA-Dateien) und eine README, die sagt, wohin jede Datei gehört. Die Mailserver melden sich bei PostgreSQL mit einer eigenen Rolle an, hier {0}, die die Mail-Sichten lesen darf und sonst nichts: Legen Sie sie an, dann gibt ihr `ldapwizard db init --db URL --reader {0}` die Sichten frei; die pg_hba.conf des Datenbankservers muss sie von den Mailservern aus über TLS zulassen (sslmode verify-full mit der CA, für einen Server im Netz). Der Befehl fragt nach dem Kennwort dieser Rolle und dem des Nur-Lese-Kontos, mit dem Dovecot das Verzeichnis durchsucht, und schreibt sie nur in Dateien, die allein ihr Besitzer lesen kann. IMAP und Submission werden nur über TLS angeboten: Setzen Sie das Zertifikat und den Schlüssel Ihres Mailservers anstelle von --tls-cert und --tls-key ein.</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ Kopiert.</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>Mailserver für Nachrichten</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (das Postfix auf diesem Computer)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automatisch (keine auf diesem Computer, sonst STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <source>postmaster@ the users&apos; domain</source>
        <translation>postmaster@ die Domäne der Benutzer</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Abse&amp;nder:</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Verzeichnisbaum: Haken Sie die zu importierenden OUs an</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>&amp;Alles unterhalb der ausgewählten OU einbeziehen (ihre Unter-OUs)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>Die Unter-OUs der ausgewählten OU einbeziehen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>Den Verzeichnisbaum neu laden</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>Die Namenskontexte des Verzeichnisses werden gelesen…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Angehakt, aber nicht mehr im Verzeichnis: {0}. Entfernen Sie den Haken im Baum (als fehlend markiert, nach den Namenskontexten), oder haken Sie den neuen Ort an.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>Der Eintrag des Namenskontexts konnte nicht gelesen werden ({0}); er wird mit seinem DN angezeigt.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>Der Server nennt keinen Namenskontext; geben Sie den Basis-DN in der Bindungszeichenfolge an.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>Ob die angehakten OUs noch existieren, konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>Der Verzeichnisbaum konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU oder Container</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Mit Unter-OUs</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (fehlt: nicht mehr im Verzeichnis)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Diese angehakte OU ist nicht mehr im Verzeichnis (gelöscht, umbenannt oder verschoben): Ihre Benutzer werden nicht aufgelistet. Entfernen Sie den Haken und haken Sie den neuen Ort an.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Ob die OUs darunter auch importiert werden</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>fehlt, </translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>angehakt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>nicht angehakt</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>mit Unter-OUs</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>ohne Unter-OUs</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Frühere Importe übernehmen</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>In {3} wurden aus {4} importiert, bevor dieser Auftrag gespeichert wurde: Benutzer {0}, Mailinglisten {1}, Vorgänge {2}. Soll der Auftrag „{5}“ sie übernehmen? Sein Abgleich aktualisiert sie dann und entfernt die, die das Verzeichnis verlassen.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(neues Profil)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>Das Profil „{0}“ und ein dafür gespeichertes Kennwort löschen?</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Wieder aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Liste geändert</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Liste behalten</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Liste unverändert gelassen</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Liste entfernt</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Wird angelegt</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Wird übersprungen</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Würde fehlschlagen</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Wird wieder aktiviert</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Wird deaktiviert</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Wird behalten</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>Liste wird geändert</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>Liste wird behalten</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>Liste wird entfernt</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Als geplanten Auftrag speichern</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>Konten ent&amp;fernen, die nicht mehr im Verzeichnis sind (zuerst deaktivieren, bei einem späteren Lauf mit neuer Liste entfernen)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, 1 bis 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>Höchstens so viele Entfernungen pro Lauf: eine Anzahl (25) oder ein Anteil der importierten Benutzer (5%); leer: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Jeder Lauf listet das Verzeichnis auf und importiert JEDEN neuen Eintrag, den die Auswahl des Auftrags erfasst — nicht nur die auf der Seite „Benutzer“ angehakten —, aktualisiert die von ihm importierten Benutzer und übernimmt den Deaktiviert-Zustand aus dem Verzeichnis.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>nur, wenn der Planer den Schlüsselbund nicht erreicht (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Befehl, den der Auftrag ausführt</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Installierte Aufträge</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>In {0} &amp;installieren</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>&amp;Auftrag dieses Profils entfernen</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Ausführen &amp;alle:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>&amp;Kennwortdatei:</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>Der Auftrag führt genau dies aus (ohne Kennwort):</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Von ldapwizard installierte Aufträge:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Speichern Sie die Verbindung zuerst als Profil (Seite „Verbindung“, „Speichern“): Der Auftrag führt ein gespeichertes Profil aus.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>Das Kennwort des Profils ist nicht im Schlüsselbund: Setzen Sie auf der Seite „Verbindung“ das Häkchen bei „Speichern“ und speichern Sie, oder geben Sie eine Kennwortdatei an.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>cron-Aufträge erreichen den Schlüsselbund des Desktops meist nicht; wenn sich der Auftrag nicht anmelden kann, geben Sie eine Kennwortdatei an (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Installiert: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Entfernt.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Dieses Profil hatte keinen Auftrag.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Mit dem Verzeichnis abgleichen</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>Was ein Abgleich tun würde</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>Konten ent&amp;fernen, die das Verzeichnis verlassen haben (jetzt deaktivieren, bei einem späteren Abgleich entfernen)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, 1 bis 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>Höchstens so viele Entfernungen in einem Abgleich: eine Anzahl (25) oder ein Anteil der importierten Benutzer (5%); leer: {0}. Wird mit dem Auftrag gespeichert: Der geplante Auftrag verwendet sie auch.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>Jetzt a&amp;bgleichen…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Abgleich abbre&amp;chen</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>Mitglieder der Mailing&amp;listen…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>Die Mitglieder der Mailinglisten dieser Datenbank, und von Hand hinzugefügte oder entfernte Mitglieder</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Abgleich abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>Das Profil „{0}“ hat schon früher in diese Datenbank importiert. Ein Abgleich listet das Verzeichnis erneut auf und bringt dessen Benutzer auf den aktuellen Stand: Er legt jeden neuen Eintrag an (angehakt oder nicht, wie der geplante Auftrag), aktualisiert Namen, DNs und Aliasse, deaktiviert die Benutzer, die das Verzeichnis deaktiviert hat (und aktiviert sie wieder, wenn es das tut), und deaktiviert mit „Konten entfernen“ die Benutzer, die es verlassen haben. „Konten entfernen“ und „Höchstens“ werden mit dem Auftrag gespeichert. Ein Abgleich kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Es wird ermittelt, was ein Abgleich tun würde…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>Das Verzeichnis wird aufgelistet, um zu ermitteln, was ein Abgleich tun würde…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Vorschau abgebrochen: Ändern Sie eine Option, um sie neu zu ermitteln.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>aufgelistet um {0}, vor {1} s</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Nichts zu tun: Die Datenbank stimmt mit dem Verzeichnis überein ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Ein Abgleich würde jetzt: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Abgleich: Das Verzeichnis wird erneut aufgelistet, bisher %n Eintrag…</numerusform>
            <numerusform>Abgleich: Das Verzeichnis wird erneut aufgelistet, bisher %n Einträge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Das Verzeichnis wird aufgelistet, bisher %n Eintrag…</numerusform>
            <numerusform>Das Verzeichnis wird aufgelistet, bisher %n Einträge…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n von diesem Profil importierter Benutzer hat das Verzeichnis verlassen.</numerusform>
            <numerusform>%n von diesem Profil importierte Benutzer haben das Verzeichnis verlassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n von diesem Profil importierter Benutzer wird durch die Auswahl, wer importiert wird, ausgelassen.</numerusform>
            <numerusform>%n von diesem Profil importierte Benutzer werden durch die Auswahl, wer importiert wird, ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Setzen Sie das Häkchen bei „Konten entfernen“, um sie zu deaktivieren.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ Die Entfernungen würden anhalten: {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>Das Verzeichnis oder die Datenbank hat sich seit der Frage geändert; es wurde nichts geändert. Profil {0} in {1} abgleichen? Es würde jetzt: {2}.
Ein Abgleich kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>Profil {0} in {1} abgleichen? Es würde: {2}.
Das Verzeichnis wurde {3}; der Abgleich listet es erneut auf und tut nichts, falls sich das geändert hat.
Ein Abgleich kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>Es wurde nichts geändert: Das Verzeichnis oder die Datenbank hat sich seit der Frage geändert. Ein Abgleich würde jetzt: {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Abgleichsvorgang {0}: {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Von einer Sicherheitsgrenze angehalten: {0}. Der Rest wurde geschrieben.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Von einer Sicherheitsgrenze angehalten: {0}. Sonst gibt es nichts zu tun: Es wurde nichts geändert und kein Vorgang aufgezeichnet.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Nichts zu tun: Die Datenbank stimmt mit dem Verzeichnis überein; es wurde kein Vorgang aufgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>eine Datei oder postgresql://benutzer@host/dbname</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Ziel-Mail&amp;domäne:</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Benutzerdaten&amp;bank:</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Benutzerdatenbank</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Benutzerdatenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>L&amp;okaler Teil der E-Mail-Adresse (jdoe für jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>Der &amp;Benutzername im Verzeichnis (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>Die vollständige &amp;E-Mail-Adresse (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>der Benutzername im Verzeichnis</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>der UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Benutzer können sich auch anmelden mit:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Weitere Anmeldenamen</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Kann nicht importiert werden: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Ausgeblendet, nicht importiert: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Außerhalb von {0}, nicht importiert: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Listen Sie die Benutzer des Verzeichnisses auf und haken Sie die zu importierenden an. Bereits vorhandene Einträge sind ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>Benutzer auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Nach Name, Adresse, DN filtern…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Entries in the directory</source>
        <translation>Einträge im Verzeichnis</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>&amp;Gefilterte auswählen</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>Vorschau als CSV e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Alle Einträge, ausgeblendete mit ihren Gründen…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>&amp;Wie angezeigt: dieser Filter, diese Umschaltung und Sortierung…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Anzeigen, mit dem Grund</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>&amp;Welche anzeigen</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Nur diese Einträge anzeigen (die Adressen stehen im Tooltip jeder Zeile); erneut, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Auflistung läuft…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ Die Auflistung ist vollständig: Einträge: {0}.</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>Was ein Abgleich ändern würde, konnte nicht ermittelt werden: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>Die Liste oben ist unvollständig und kann daher nicht importiert werden. Beheben Sie das Problem und listen Sie erneut auf.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Auflistung abgebrochen; die Liste ist unvollständig. Wählen Sie „Benutzer auflisten“, um neu zu beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n durch die Auswahl, wer importiert wird, ausgelassen —</numerusform>
            <numerusform>%n durch die Auswahl, wer importiert wird, ausgelassen —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n ausgeblendet, weil bereits vorhanden —</numerusform>
            <numerusform>%n ausgeblendet, weil bereits vorhanden —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Ausgeblendet: {0} bereits vorhanden, {1} durch die Auswahl, wer importiert wird, ausgelassen —</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Seit dem letzten Import haben {0} der von diesem Profil importierten Benutzer das Verzeichnis verlassen und {1} sich geändert: siehe die Registerkarte „Seit dem letzten Import entfernt oder geändert“.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>Bisher %n Eintrag aufgelistet…</numerusform>
            <numerusform>Bisher %n Einträge aufgelistet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n Eintrag mit Adressen außerhalb von {0}, nicht importiert</numerusform>
            <numerusform>%n Einträge mit Adressen außerhalb von {0}, nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Ausgewählt: {0} · angezeigt: {1} · nicht importierbar: {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>Verzeichnisbenutzer</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Neu importierten Benutzern eine &amp;Willkommensnachricht senden</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Jeder Benutzer, den dieser Import anlegt, erhält eine Nachricht in seinem neuen Postfach: seine Adresse, wie er sich anmeldet und wie er sein Mailprogramm einrichtet.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Mailserver für Nachrichten…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Willkommensnachrichten: gesendet {0}, fehlgeschlagen {1} (werden beim nächsten Import oder Abgleich erneut gesendet).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Gesendet an: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>Nicht gesendet an {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Angehalten: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Willkommensnachricht an {0}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>Die Nachricht hat auch einen HTML-Teil.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;Wer importiert wird: OUs, Gruppen, Ausschlussregeln, Mailinglisten</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Ausschlussregeln, eine pro Zeile</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Eine Regel pro Zeile, der Reihe nach geprüft; die erste passende lässt den Eintrag aus (ausgeblendet angezeigt, mit der Regel). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent oder memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>&amp;Verzeichnisbaum</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Mitglieder von &amp;Gruppen</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>A&amp;usschlussregeln</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>E-Mail-aktivierte Gruppen als Mailing&amp;listen übernehmen</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>AD-Verteilergruppen und E-Mail-aktivierte Sicherheitsgruppen, OpenLDAP-Gruppen mit einer Mailadresse: Jede wird zu einer Liste der Adressen ihrer Mitglieder</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Keine OU angehakt: Der Basis-DN der Bindungszeichenfolge wird aufgelistet ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (nur ihre eigenen Einträge)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU angehakt, wird statt des Basis-DN der Bindungszeichenfolge aufgelistet: {0}</numerusform>
            <numerusform>%n OUs angehakt, werden statt des Basis-DN der Bindungszeichenfolge aufgelistet: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
</TS>
