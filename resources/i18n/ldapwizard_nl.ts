<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Deze computer heeft geen systeemsleutelhanger, dus het wachtwoord kan niet worden onthouden: typ het elke keer dat u de wizard start.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>Het wachtwoord van dit profiel is in een systeemsleutelhanger onthouden, maar deze computer heeft er geen.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Typ het wachtwoord om u aan te melden.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Ontgrendel de systeemsleutelhanger (de wachtwoordbeheerder van uw bureaublad) en kies het profiel opnieuw, of typ het wachtwoord.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Deze computer heeft geen systeemsleutelhanger om het wachtwoord in te onthouden.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>Het profiel wordt zonder wachtwoord opgeslagen: typ het elke keer dat u de wizard start. Om het te laten onthouden, installeert u een sleutelhanger (Windows Referentiebeheer, macOS-sleutelhanger of een Secret Service zoals GNOME Keyring of KWallet) en vinkt u „Onthouden” opnieuw aan.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Ontgrendel de systeemsleutelhanger (de wachtwoordbeheerder van uw bureaublad) en probeer het opnieuw, of vink „Onthouden in de systeemsleutelhanger” uit en typ het wachtwoord elke keer.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>Er ging iets mis in ldapwizard; wat u aan het doen was, is niet voltooid.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>Er is niets geschreven, tenzij de pagina dat zegt. Het logboek (knop „Logboek…”) bevat de details; stuur ze mee met een foutrapport.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Toon eerst de gebruikers: alleen een volledige lijst kan worden geëxporteerd.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, gescheiden door komma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, gescheiden door puntkomma&apos;s (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Voorbeeld exporteren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>%n rij (zoals getoond) geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen (zoals getoond) geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>%n rij (alle items) geëxporteerd naar %1.</numerusform>
            <numerusform>%n rijen (alle items) geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>aangemaakt: {0}, bijgewerkt: {1}, opnieuw ingeschakeld: {2}, uitgeschakeld: {3}, verwijderd: {4}, overgeslagen: {5}, mislukt: {6}; mailinglijsten: aangemaakt: {7}, gewijzigd: {8}, verwijderd: {9}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>aangemaakt: {0}, bijgewerkt: {1}, opnieuw ingeschakeld: {2}, uitgeschakeld: {3}, verwijderd: {4}, overgeslagen: {5}, mislukt: {6}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (verhoog de grens „Hoogstens” als dit de bedoeling is)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>Wat een synchronisatie zou doen, en waarom</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Gebruikers die de directory verlieten of gewijzigd zijn</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Directory verlaten: uitgeschakeld door een synchronisatie, verwijderd door een latere ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Uitgeschakeld in de directory: in het mailsysteem uitgeschakeld door een synchronisatie ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Opnieuw ingeschakeld in de directory: opnieuw ingeschakeld door een synchronisatie ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Gewijzigd in de directory: bijgewerkt door een synchronisatie ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Weggelaten door de keuze wie te importeren ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Vertrokken of ge&amp;wijzigd sinds de laatste import ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Sinds de laatste import van dit profiel hebben {0} van zijn gebruikers de directory verlaten en zijn er {1} gewijzigd ({3} uitgeschakeld in de directory, {4} opnieuw ingeschakeld). Een synchronisatie („Nu synchroniseren” op de volgende pagina, of de geplande taak) zou ze behandelen zoals hier vermeld, en ook de nieuwe items aanmaken ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Een synchronisatie zou nu niemand uitschakelen of verwijderen: {0}.</translation>
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
        <translation>De letterlijke woorden van de server en eventueel het certificaat</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>Batches</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>&amp;Imports en synchronisaties in {0}, nieuwste eerst:</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>Batch &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>Toch &amp;ongedaan maken…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Ook verwijderen wat sinds de import is gewijzigd of naar de batch verwijst</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Er is nog geen gebruikersdatabase op {0}.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>De batches worden gelezen…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Batch ongedaan maken</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Toch ongedaan maken</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>Batch {0} toch ongedaan maken?

De rijen in het venster zijn met de hand gewijzigd of er wordt naar verwezen door aliassen of mailinglijsten die sinds de import zijn gemaakt. Ze worden ook verwijderd, met die verwijzingen. Dit kan niet worden teruggedraaid.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Batch {0} wordt ongedaan gemaakt…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>geforceerd: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Batch {0} ongedaan gemaakt. Verwijderd: gebruikers {1}, aliassen {2}, mailinglijsten {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Los dit op en maak opnieuw ongedaan, of kies „Toch ongedaan maken…” om ze ook te verwijderen.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Tijdstip (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisatie</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Kan ongedaan worden gemaakt</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Kies de directoryserver en hoe u zich aanmeldt, en test dan de verbinding.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 of een AD-domeinnaam</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA-certificaat (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Bl&amp;aderen…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com of CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Onthouden in de systeemsleutelhanger</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fiel:</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>Server&amp;type:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>B&amp;eveiliging:</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Certificaatcontrole:</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA-bes&amp;tand:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authenticatie:</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>Bind-&amp;gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detecteren</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Beveiliging en basis-DN bepalen: eerst de poort hierboven, dan LDAPS op 636 en StartTLS op 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Test annuleren</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testresultaten</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>Instellingen gewijzigd: test de verbinding opnieuw.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Bezig met testen…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>De instellingen zijn tijdens de test gewijzigd: test de verbinding opnieuw.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Verbonden en aangemeld. Kies „Volgende”.</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ De verbindingstest mislukte bij: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Voer eerst de host in.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Bezig met detecteren…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>Basis-DN: {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>Basis-DN: de server geeft er geen op.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certificaat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profiel opgeslagen.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS vanaf het begin)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Geen (onversleuteld LDAP)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Met het vertrouwensarchief van het systeem</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Met een CA-bestand</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Uit — niet controleren (onveilig)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Eenvoudige binding (DN of gebruiker@domein)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (huidige aanmelding)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>Algemeen LDAP</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Wat te doen:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>&amp;Wachtwoord…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Het wachtwoord van de PostgreSQL-database in de systeemsleutelhanger bewaren (eerst bij de server gecontroleerd)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ Het wachtwoord van {0} op {1}:{2} werkt en staat in de systeemsleutelhanger.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>de gebruiker</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasewachtwoord</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Wachtwoord van {0} voor {1}:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Het wachtwoord wordt bij de server gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>Geef aan waar de gebruikers in de directory staan en naar welk maildomein en welke gebruikersdatabase ze gaan.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>Basis-DN &amp;detecteren</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Dit item en alles eronder</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Alleen items direct eronder</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Geavanceerd</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Uitgeschakelde accoun&amp;ts opnemen</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>Mailingeschakelde &amp;contactpersonen opnemen</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Items rol&amp;adressen laten krijgen (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>geen limiet (bijv. 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>Het postvakquotum van de gebruikers die een import of synchronisatie van deze taak aanmaakt; Dovecot handhaaft het. Wijzig dat van één gebruiker met `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>Gebruikers&amp;filter:</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Attribuut voor de gebruikersnaam:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Attribuut voor het e-mailadres:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Attribuut voor de weergavenaam:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Attribuut voor aliassen:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Quotum voor nieuwe gebruikers:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Pagina&amp;grootte:</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>B&amp;indingstekenreeks:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Bereik:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Gebruikersnamen:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Laat de server weg uit de bindingstekenreeks (een DN volstaat), of ga terug en wijzig hem op de pagina „Verbinding”.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>De RootDSE van de server wordt gelezen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ Basis-DN van de server: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>De server geeft geen basis-DN op.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Die DN bestaat niet op de server (of de bind-gebruiker mag hem niet zien).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ De DN bestaat; %n gebruiker eronder voldoet aan het filter.</numerusform>
            <numerusform>✓ De DN bestaat; %n gebruikers eronder voldoen aan het filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>deel van de naam of het adres van een groep</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Groepen zoeken</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>&amp;Zoeken naar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Gevonden groepen</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Toevoegen →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>De geselecteerde groep toevoegen</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Groepen waarvan de leden worden geïmporteerd</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>De geselecteerde groep verwijderen</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>Leden van geneste groepen &amp;opnemen</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>leeg: de hele directory (de naamgevingscontext van de basis-DN)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Groepen onder deze DN zoeken</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Waar groepen worden opgezocht voor lidmaatschap, uitsluitingsregels en mailinglijsten; dit kan verschillen van waar de gebruikers staan (bijv. ou=Groups naast ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Groepen onder:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>De leden importeren van:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>Geen groep gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>De eerste groep; typ meer van de naam om te verfijnen.</numerusform>
            <numerusform>De eerste %n groepen; typ meer van de naam om te verfijnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Geen groep gekozen: groepslidmaatschap beperkt de import niet.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>De leden worden geteld…</translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n gebruiker is lid van de gekozen groepen.</numerusform>
            <numerusform>%n gebruikers zijn lid van de gekozen groepen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Daaronder is %n geneste groep.</numerusform>
            <numerusform>Daaronder zijn %n geneste groepen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n lidvermelding kon niet worden gelezen.</numerusform>
            <numerusform>%n lidvermeldingen konden niet worden gelezen.</numerusform>
        </translation>
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
        <translation>Controleer de aantallen en importeer dan. De import is één transactie: hij wordt helemaal of helemaal niet uitgevoerd.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>Rapport als CSV op&amp;slaan…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Deze import &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Opslaan als geplande &amp;taak…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Batches…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>Wat ldapwizard met deze database heeft gedaan, en het ongedaan maken van elke import waarbij dat nog kan</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>&amp;Mailserver instellen…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Hoe Postfix en Dovecot deze database lezen</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>Niet beschikbaar voor deze directory</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>De database is gewijzigd sinds de lijst op de pagina „Gebruikers”: ga terug naar „Gebruikers” en kies „Gebruikers tonen” voordat u meer importeert.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>In {3}, in de gebruikersdatabase {4}, worden aangemaakt: gebruikers {0}, aliassen {1}, mailinglijsten {2} (plan {5}).
Verborgen omdat ze al bestaan: {6}; weggelaten door de keuze wie te importeren: {7}; niet te importeren: {8}; niet aangevinkt: {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Batch {0}: aangemaakt: gebruikers {1}, aliassen {2}, mailinglijsten {3}; overgeslagen: {4}, mislukt: {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>Batch {0} heeft in {4}, in de gebruikersdatabase {5}, aangemaakt: gebruikers {1}, aliassen {2}, mailinglijsten {3}. Om meer te importeren, gaat u terug naar „Gebruikers” en toont u opnieuw.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Welkomstberichten worden verzonden…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>De gebruikersdatabase is gewijzigd sinds deze aantallen werden getoond (een andere import, een ongedaan gemaakte batch of een met de hand gemaakt adres), dus er is niets geïmporteerd. Een import zou nu aanmaken: gebruikers {0}, aliassen {1}, mailinglijsten {2}. Ga terug naar „Gebruikers”, dat opnieuw toont en plant; controleer de items en importeer dan.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Batch {0} ongedaan gemaakt. Verwijderd: gebruikers {1}, aliassen {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Er is nog niets geschreven.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>De lijst is verouderd: ga terug naar „Gebruikers” en toon opnieuw.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>Op de pagina „Gebruikers” is niets aangevinkt, dus er is niets te importeren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Los dit op en maak opnieuw ongedaan, of kies „Batches…” om het toch ongedaan te maken (er wordt twee keer gevraagd).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import ongedaan maken</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Batch {0} wordt ongedaan gemaakt…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>Batch {0} is ongedaan gemaakt: er is niets meer van over in {1}. Om opnieuw te importeren, gaat u terug naar „Gebruikers” en toont u opnieuw.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>Synchronisatiebatch {0} wordt hieronder getoond. Een synchronisatie kan niet ongedaan worden gemaakt: ze heeft ook gebruikers bijgewerkt, uitgeschakeld of verwijderd.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>Het bestand {0} kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Rapport opgeslagen in {0}.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Deze taak opslaan als</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>De import slaat de taak eerst onder deze naam op: de volgende start, „Nu synchroniseren” en een geplande taak gebruiken hem.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Deze taak opslaan &amp;als:</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Ta&amp;al:</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>Het venster gebruikt de gekozen taal vanaf de volgende start.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — gebruikers uit LDAP importeren</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>Log&amp;boek…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>De map met de logbestanden van ldapwizard openen</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>De import stoppen en sluiten? Er wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>De synchronisatie stoppen en sluiten? Er wordt niets gewijzigd.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>Het tonen van de gebruikers stoppen en sluiten?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>De verbindingstest stoppen en sluiten?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>ldapwizard sluiten</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>De uitvoering had al naar de gebruikersdatabase geschreven toen werd gevraagd te stoppen: wat ze heeft gedaan, staat op de pagina „Import”. Sluit het venster opnieuw wanneer u het hebt gelezen.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>De taak „{0}” heeft wijzigingen die niet zijn opgeslagen. Opslaan voor het sluiten?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Mailinglijst</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Lid</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkomst</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Een lid met de hand toevoegen: elke synchronisatie behoudt het</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Leden van mailinglijsten</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Er is nog geen gebruikersdatabase op {0}.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>De mailinglijsten worden gelezen…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>Er is geen mailinglijst {0} in de database.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>Er is geen mailinglijst in {0}.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Leden van {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>gemaakt van de directorygroep {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>met de hand gemaakt</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Leden van {0} ({1}, {2}): {3}, waarvan met de hand toegevoegd: {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Adres om met de hand aan {0} toe te voegen (een gebruiker, alias of lijst van deze database, of een ander adres):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>{0} uit {1} verwijderen? Mail aan de lijst bereikt dit adres dan niet meer.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Het geselecteerde, met de hand toegevoegde lid verwijderen</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Mailinglijsten gemaakt van directorygroepen</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Dubbelklik: haar leden in de database, en met de hand toegevoegde of verwijderde leden</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>Mailingeschakelde groepen: {0}. Nieuwe mailinglijsten, die de import samen met de gebruikers aanmaakt als ze zijn aangevinkt: {1} (niet aangevinkt wegens een probleem: {4}); verborgen (eerder geïmporteerd, of het adres is bezet): {2}; niet aan te maken: {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Mailin&amp;glijsten ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>Logbestanden</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>Hier kon geen bestandsbeheerder worden geopend. De logbestanden van ldapwizard (ldapwizard.log, en sync-….log voor elke geplande synchronisatie) staan in deze map:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Logmap</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>Pad &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>Mailserver instellen</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix en Dovecot lezen deze database rechtstreeks, via de gedocumenteerde views: Postfix om mail voor de gebruikers, aliassen en mailinglijsten aan te nemen; Dovecot om die af te leveren en de gebruikers te laten aanmelden — directorygebruikers met hun directorywachtwoord, gecontroleerd tegen de directory waar ze vandaan komen.

</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>&amp;Opdracht:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ Er is nog geen database op {0}: importeer eerst.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Meer lezen: docs/mail-server.md beschrijft de views kolom voor kolom; de sectie „Serving the imported users with Postfix and Dovecot” van de README loopt de opdrachten stap voor stap door, waaronder `ldapwizard mailstack check`, dat de draaiende servers vraagt of ze de gebruikers zien zoals de database ze heeft.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Op de mailserver, waar de database staat, schrijft deze opdracht hun configuratie (Postfix-opzoektabellen en main.cf-instellingen, de SQL- en LDAP-instellingen van Dovecot, een CA-bundel) en een README die zegt waar elk bestand hoort. Ze vraagt het wachtwoord van het alleen-lezenaccount waarmee Dovecot de directory doorzoekt, en schrijft het alleen in een bestand dat alleen de eigenaar kan lezen. (De maildaemons moeten de database ook kunnen lezen, en nooit wijzigen: `ldapwizard db init --db FILE --group postfix` regelt dat, met het bestand in een eigen map.) IMAP en submission worden alleen via TLS aangeboden: zet het certificaat en de sleutel van uw mailserver in plaats van --tls-cert en --tls-key.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Op elke mailserver schrijft deze opdracht hun configuratie (Postfix-pgsql-opzoektabellen en main.cf-instellingen, de SQL- en LDAP-instellingen van Dovecot, CA-bestanden) en een README die zegt waar elk bestand hoort. De mailservers melden zich bij PostgreSQL aan met een eigen rol, hier {0}, die de mailviews mag lezen en verder niets: maak die aan, waarna `ldapwizard db init --db URL --reader {0}` haar de views toekent; de pg_hba.conf van de databaseserver moet haar vanaf de mailservers binnenlaten, via TLS (sslmode verify-full met de CA, voor een server via het netwerk). De opdracht vraagt het wachtwoord van die rol en dat van het alleen-lezenaccount waarmee Dovecot de directory doorzoekt, en schrijft ze alleen in bestanden die alleen de eigenaar kan lezen. IMAP en submission worden alleen via TLS aangeboden: zet het certificaat en de sleutel van uw mailserver in plaats van --tls-cert en --tls-key.</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ Gekopieerd.</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>Mailserver voor berichten</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (de Postfix op deze computer)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automatisch (geen op deze computer, anders STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
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
        <translation>postmaster@ het domein van de gebruikers</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;server:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>B&amp;eveiliging:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Af&amp;zender:</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Directorystructuur: vink de te importeren OU&apos;s aan</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>Alles &amp;onder de geselecteerde OU opnemen (haar sub-OU&apos;s)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>De sub-OU&apos;s van de geselecteerde OU opnemen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>De directorystructuur opnieuw laden</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>De naamgevingscontexten van de directory worden gelezen…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Aangevinkt maar niet meer in de directory: {0}. Vink haar uit in de structuur (gemarkeerd als ontbrekend, na de naamgevingscontexten), of vink aan waar ze naartoe is verplaatst.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>Het item van de naamgevingscontext kon niet worden gelezen ({0}); het wordt getoond met zijn DN.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>De server noemt geen naamgevingscontext; geef de basis-DN op in de bindingstekenreeks.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>Of de aangevinkte OU&apos;s nog bestaan, kon niet worden gecontroleerd.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>De directorystructuur kon niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU of container</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Met sub-OU&apos;s</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (ontbreekt: niet meer in de directory)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Deze aangevinkte OU staat niet meer in de directory (verwijderd, hernoemd of verplaatst): haar gebruikers worden niet getoond. Vink haar uit, en vink aan waar ze naartoe is verplaatst.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Of de OU&apos;s eronder ook worden geïmporteerd</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>ontbreekt, </translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>niet aangevinkt</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>met sub-OU&apos;s</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>zonder sub-OU&apos;s</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Eerdere imports overnemen</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>Voordat deze taak werd opgeslagen, is uit {4} in {3} geïmporteerd: gebruikers {0}, mailinglijsten {1}, batches {2}. Moet de taak „{5}” ze overnemen? De synchronisatie ervan werkt ze dan bij en verwijdert wie de directory verlaat.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Opgeslagen profiel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nieuw profiel)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profiel opslaan</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profielnaam:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Naam van profiel wijzigen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>Het profiel „{0}” en een eventueel onthouden wachtwoord verwijderen?</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Opnieuw ingeschakeld</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Lijst gewijzigd</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Lijst behouden</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Lijst ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Lijst verwijderd</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Wordt aangemaakt</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Wordt overgeslagen</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Zou mislukken</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Wordt bijgewerkt</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Wordt opnieuw ingeschakeld</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Wordt uitgeschakeld</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Wordt verwijderd</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Wordt behouden</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>Lijst wordt gewijzigd</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>Lijst wordt behouden</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>Lijst wordt verwijderd</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Opslaan als geplande taak</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>Accounts die niet meer in de directory staan ve&amp;rwijderen (eerst uitschakelen, verwijderen bij een latere uitvoering met een nieuwe lijst)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, 1 tot 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>Hoogstens zoveel verwijderingen per uitvoering: een aantal (25) of een deel van de geïmporteerde gebruikers (5%); leeg: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Elke uitvoering toont de directory en importeert ELK nieuw item dat de keuze wie te importeren van de taak selecteert — niet alleen de op de pagina „Gebruikers” aangevinkte —, werkt de geïmporteerde gebruikers bij en volgt de uitgeschakelde status van de directory.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>alleen als de planner de sleutelhanger niet bereikt (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Opdracht die de taak uitvoert</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Geïnstalleerde taken</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>&amp;Installeren in {0}</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>De &amp;taak van dit profiel verwijderen</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Uitvoeren &amp;elke:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Hoogstens:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>&amp;Wachtwoordbestand:</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>De taak voert precies dit uit (zonder wachtwoord):</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Door ldapwizard geïnstalleerde taken:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Sla de verbinding eerst op als profiel (pagina „Verbinding”, „Opslaan”): de taak voert een opgeslagen profiel uit.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>Het wachtwoord van het profiel staat niet in de sleutelhanger: vink „Onthouden” aan op de pagina „Verbinding” en sla op, of geef een wachtwoordbestand op.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>cron-taken kunnen de sleutelhanger van het bureaublad meestal niet bereiken; als de taak zich niet kan aanmelden, geef dan een wachtwoordbestand op (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Geïnstalleerd: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Verwijderd.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Dit profiel had geen taak.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Synchroniseren met de directory</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>Wat een synchronisatie zou doen</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>Accounts die de directory verlieten ve&amp;rwijderen (nu uitschakelen, verwijderen bij een latere synchronisatie)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, 1 tot 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>Hoogstens zoveel verwijderingen per synchronisatie: een aantal (25) of een deel van de geïmporteerde gebruikers (5%); leeg: {0}. Opgeslagen met de taak: de geplande taak gebruikt het ook.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Hoogstens:</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>&amp;Nu synchroniseren…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Synchronisatie annu&amp;leren</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>L&amp;eden van mailinglijsten…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>De leden van de mailinglijsten van deze database, en met de hand toegevoegde of verwijderde leden</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Synchronisatie geannuleerd; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>Profiel „{0}” heeft eerder in deze database geïmporteerd. Een synchronisatie toont de directory opnieuw en brengt de gebruikers ermee in lijn: ze maakt elk nieuw item aan (aangevinkt of niet, zoals de geplande taak), werkt namen, DN&apos;s en aliassen bij, schakelt de gebruikers uit die de directory uitschakelde (en weer in als die dat doet), en schakelt met „Accounts verwijderen” de vertrokken gebruikers uit. „Accounts verwijderen” en „Hoogstens” worden met de taak opgeslagen. Een synchronisatie kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Bepalen wat een synchronisatie zou doen…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>De directory wordt getoond om te bepalen wat een synchronisatie zou doen…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Voorbeeld geannuleerd: wijzig een optie om het opnieuw te bepalen.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>getoond om {0}, {1} s geleden</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Niets te doen: de database komt overeen met de directory ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Een synchronisatie zou nu: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Synchroniseren: de directory wordt opnieuw getoond, tot nu toe %n item…</numerusform>
            <numerusform>Synchroniseren: de directory wordt opnieuw getoond, tot nu toe %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>De directory wordt getoond: tot nu toe %n item…</numerusform>
            <numerusform>De directory wordt getoond: tot nu toe %n items…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n door dit profiel geïmporteerde gebruiker heeft de directory verlaten.</numerusform>
            <numerusform>%n door dit profiel geïmporteerde gebruikers hebben de directory verlaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n door dit profiel geïmporteerde gebruiker wordt weggelaten door de keuze wie te importeren.</numerusform>
            <numerusform>%n door dit profiel geïmporteerde gebruikers worden weggelaten door de keuze wie te importeren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Vink „Accounts verwijderen” aan om ze uit te schakelen.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ De verwijderingen zouden stoppen: {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>De directory of de database is sinds de vraag gewijzigd; er is niets gewijzigd. Profiel {0} synchroniseren naar {1}? Het zou nu: {2}.
Een synchronisatie kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>Profiel {0} synchroniseren naar {1}? Het zou: {2}.
De directory werd {3}; de synchronisatie toont haar opnieuw en doet niets als dit is gewijzigd.
Een synchronisatie kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>Er is niets gewijzigd: de directory of de database is sinds de vraag gewijzigd. Een synchronisatie zou nu: {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Bezig met synchroniseren…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Synchronisatiebatch {0}: {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Gestopt door een veiligheidsgrens: {0}. De rest is geschreven.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Gestopt door een veiligheidsgrens: {0}. Verder niets te doen: er is niets gewijzigd en geen batch vastgelegd.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Niets te doen: de database komt overeen met de directory; er is geen batch vastgelegd.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>een bestand, of postgresql://gebruiker@host/database</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Doelmail&amp;domein:</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Gebruikersdata&amp;base:</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Gebruikersdatabase</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Gebruikersdatabases (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>L&amp;okaal deel van het e-mailadres (jdoe voor jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>De &amp;gebruikersnaam in de directory (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>Het volledige &amp;e-mailadres (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Gebruikersnamen</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>de gebruikersnaam in de directory</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>de UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Gebruikers kunnen zich ook aanmelden met:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Extra aanmeldnamen</translation>
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
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliassen</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Kan niet worden geïmporteerd: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Verborgen, niet geïmporteerd: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Buiten {0}, niet geïmporteerd: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Toon de gebruikers van de directory en vink aan wie geïmporteerd moet worden. Items die al bestaan, zijn verborgen.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>Gebruikers &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Filteren op naam, adres, DN…</translation>
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
        <translation>Items in de directory</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>&amp;Niets selecteren</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>Gefil&amp;terde selecteren</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>Voorbeeld naar CSV &amp;exporteren</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Alle items, verborgen items met hun reden…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>Zoals &amp;getoond: dit filter, deze schakelaar en sortering…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Tonen, met de reden</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>&amp;Welke tonen</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Alleen deze items tonen (de adressen staan in de knopinfo van elke rij); nogmaals om alle te tonen</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Bezig met tonen…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ De lijst is volledig: {0} items.</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Sinds de laatste import hebben {0} van de door dit profiel geïmporteerde gebruikers de directory verlaten en zijn er {1} gewijzigd: zie het tabblad „Vertrokken of gewijzigd sinds de laatste import”.</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>Wat een synchronisatie zou wijzigen, kon niet worden bepaald: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>De lijst hierboven is onvolledig en kan dus niet worden geïmporteerd. Los het probleem op en toon opnieuw.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Tonen geannuleerd; de lijst is onvolledig. Kies „Gebruikers tonen” om opnieuw te beginnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>Tot nu toe %n item getoond…</numerusform>
            <numerusform>Tot nu toe %n items getoond…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n weggelaten door de keuze wie te importeren —</numerusform>
            <numerusform>%n weggelaten door de keuze wie te importeren —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Verborgen: {0} bestaan al, {1} weggelaten door de keuze wie te importeren —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n verborgen omdat het al bestaat —</numerusform>
            <numerusform>%n verborgen omdat ze al bestaan —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n item heeft adressen buiten {0}, niet geïmporteerd</numerusform>
            <numerusform>%n items hebben adressen buiten {0}, niet geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Geselecteerd: {0} · getoond: {1} · niet te importeren: {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Alles tonen</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>Directorygebruikers</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Nieuw geïmporteerde gebruikers een &amp;welkomstbericht sturen</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Elke gebruiker die deze import aanmaakt, krijgt één bericht in zijn nieuwe postvak: zijn adres, hoe hij zich aanmeldt en hoe hij zijn mailprogramma instelt.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Voorbeeld…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Mailserver voor berichten…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Welkomstberichten: verzonden {0}, mislukt {1} (opnieuw verzonden bij de volgende import of synchronisatie).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Verzonden aan: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>Niet verzonden aan {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Gestopt: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Welkomstbericht aan {0}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Van:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Aan:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Berichttekst</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>Het bericht heeft ook een HTML-deel.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;Wie importeren: OU&apos;s, groepen, uitsluitingsregels, mailinglijsten</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Uitsluitingsregels, één per regel</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Eén regel per regel, op volgorde geprobeerd; de eerste die past laat het item weg (verborgen getoond, met de regel). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, of memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>Director&amp;ystructuur</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Leden van &amp;groepen</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>Uitsluitings&amp;regels</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>Mailingeschakelde groepen als mailing&amp;lijsten meenemen</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>AD-distributiegroepen en mailingeschakelde beveiligingsgroepen, OpenLDAP-groepen met een mailadres: elk wordt een lijst van de adressen van zijn leden</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Geen OU aangevinkt: de basis-DN van de bindingstekenreeks wordt getoond ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (alleen haar eigen items)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU aangevinkt, getoond in plaats van de basis-DN van de bindingstekenreeks: {0}</numerusform>
            <numerusform>%n OU&apos;s aangevinkt, getoond in plaats van de basis-DN van de bindingstekenreeks: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(en nog %n)</numerusform>
            <numerusform>(en nog %n)</numerusform>
        </translation>
    </message>
</context>
</TS>
