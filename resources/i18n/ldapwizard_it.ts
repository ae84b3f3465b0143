<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Questo computer non ha un portachiavi di sistema, quindi la password non può essere memorizzata: digitala ogni volta che avvii la procedura guidata.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>La password di questo profilo è stata memorizzata in un portachiavi di sistema, ma questo computer non ne ha uno.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Digita la password per accedere.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Sblocca il portachiavi di sistema (il gestore di password del desktop) e scegli di nuovo il profilo, oppure digita la password.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Su questo computer non c&apos;è un portachiavi di sistema in cui memorizzare la password.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>Il profilo viene salvato senza: digita la password ogni volta che avvii la procedura guidata. Per farla memorizzare, installa un portachiavi (Gestione credenziali di Windows, Portachiavi di macOS o un Secret Service come GNOME Keyring o KWallet) e seleziona di nuovo «Memorizza».</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Sblocca il portachiavi di sistema (il gestore di password del desktop) e riprova, oppure deseleziona «Memorizza nel portachiavi di sistema» e digita la password ogni volta.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>Qualcosa è andato storto in ldapwizard; l&apos;operazione in corso non è stata completata.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>Non è stato scritto nulla, a meno che la pagina non lo dica. Il registro (pulsante «Registro…») contiene i dettagli; inviali con la segnalazione del problema.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Elenca prima gli utenti: si può esportare solo un elenco completo.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separato da virgole (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, separato da punto e virgola (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Esporta anteprima</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>Esportata %n riga (come mostrata) in %1.</numerusform>
            <numerusform>Esportate %n righe (come mostrate) in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>Esportata %n riga (tutte le voci) in %1.</numerusform>
            <numerusform>Esportate %n righe (tutte le voci) in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>creati: {0}, aggiornati: {1}, riattivati: {2}, disattivati: {3}, rimossi: {4}, saltati: {5}, non riusciti: {6}; mailing list: create: {7}, modificate: {8}, rimosse: {9}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>creati: {0}, aggiornati: {1}, riattivati: {2}, disattivati: {3}, rimossi: {4}, saltati: {5}, non riusciti: {6}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (alza il limite «Al massimo» se è voluto)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>Cosa farebbe una sincronizzazione, e perché</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Utenti usciti dalla directory o modificati</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Usciti dalla directory: disattivati da una sincronizzazione, rimossi da una successiva ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Disattivati nella directory: disattivati nel sistema di posta da una sincronizzazione ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Riattivati nella directory: riattivati da una sincronizzazione ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Modificati nella directory: aggiornati da una sincronizzazione ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Esclusi dalla scelta di chi importare ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Usciti o &amp;modificati dall&apos;ultima importazione ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Dall&apos;ultima importazione di questo profilo, {0} dei suoi utenti sono usciti dalla directory e {1} sono cambiati ({3} disattivati nella directory, {4} riattivati). Una sincronizzazione («Sincronizza ora» nella pagina successiva, o l&apos;attività pianificata) li tratterebbe come elencato qui e creerebbe anche le nuove voci ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Ora una sincronizzazione non disattiverebbe né rimuoverebbe nessuno: {0}.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>Le parole esatte del server e l&apos;eventuale certificato</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>Lotti</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>&amp;Importazioni e sincronizzazioni in {0}, dalla più recente:</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Annulla lotto…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>Annulla &amp;comunque…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Rimuovi anche ciò che è stato modificato o fa riferimento al lotto dall&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>In {0} non c&apos;è ancora un database utenti.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Lettura dei lotti…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Annulla lotto</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Annulla comunque</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>Annullare comunque il lotto {0}?

Le righe indicate nella finestra sono state modificate a mano o sono citate da alias o mailing list creati dopo l&apos;importazione. Vengono rimosse anche loro, insieme a quei riferimenti. L&apos;operazione è irreversibile.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Annullamento del lotto {0}…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>forzato: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Lotto {0} annullato. Rimossi: utenti {1}, alias {2}, mailing list {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Risolvi e annulla di nuovo, oppure scegli «Annulla comunque…» per rimuovere anche quelle.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>Lotto</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Quantità</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato il</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronizzazione</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Può essere annullato</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Scegli il server di directory e come accedere, poi prova la connessione.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 o un nome di dominio AD</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificato CA (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com o CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Memorizza nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;filo:</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>&amp;Tipo di server:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;curezza:</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Verifica del certificato:</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>F&amp;ile CA:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticazione:</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>&amp;Utente di bind:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>P&amp;rova connessione</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>Ri&amp;leva</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Trova la sicurezza e il DN di base: prima la porta sopra, poi LDAPS sulla 636 e StartTLS sulla 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Interrompi prova</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Risultati della prova</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>Impostazioni cambiate: prova di nuovo la connessione.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Prova in corso…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>Le impostazioni sono cambiate durante la prova: prova di nuovo la connessione.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Connesso e autenticato. Scegli «Avanti».</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ La prova di connessione non è riuscita al passo: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Inserisci prima l&apos;host.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Rilevamento…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>DN di base: {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>DN di base: nessuno annunciato dal server.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificato CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificati (*.pem *.crt *.cer);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profilo salvato.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS dall&apos;inizio)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Nessuna (LDAP non cifrato)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Con l&apos;archivio attendibile del sistema</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Con un file CA</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Disattivata — non verificare (non sicuro)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Bind semplice (DN o utente@dominio)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (accesso attuale)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>LDAP generico</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Cosa fare:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>Pass&amp;word…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Conserva la password del database PostgreSQL nel portachiavi di sistema (verificata prima con il server)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ La password di {0} su {1}:{2} funziona ed è nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utente</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Password del database</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Password di {0} per {1}:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Verifica della password con il server…</translation>
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
        <translation>Indica dove si trovano gli utenti nella directory e in quale dominio di posta e database utenti vanno.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>Ri&amp;leva DN di base</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Verifica</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Questa voce e tutto ciò che sta sotto</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Solo le voci direttamente sotto</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzate</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Includi gli accoun&amp;t disattivati</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>Includi i &amp;contatti abilitati alla posta</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Consenti alle voci di &amp;prendere indirizzi di ruolo (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>nessun limite (es. 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>La quota della casella degli utenti creati da un&apos;importazione o sincronizzazione di questa attività; Dovecot la applica. Per cambiare quella di un utente usa `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Filtro utenti:</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Attributo del nome utente:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Attributo dell&apos;e-mail:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Attributo del nome visualizzato:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Attributo degli alias:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Quota per i nuovi utenti:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Dimensione &amp;pagina:</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>Stringa di &amp;binding:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>A&amp;mbito:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Nomi utente:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Togli il server dalla stringa di binding (basta il DN), oppure torna indietro e cambialo nella pagina «Connessione».</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>Lettura del RootDSE del server…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ DN di base dal server: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>Il server non annuncia alcun DN di base.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Quel DN non esiste sul server (oppure l&apos;utente di bind non può vederlo).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ Il DN esiste; %n utente al suo interno corrisponde al filtro.</numerusform>
            <numerusform>✓ Il DN esiste; %n utenti al suo interno corrispondono al filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>parte del nome o dell&apos;indirizzo di un gruppo</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Cerca gruppi</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Gruppi trovati</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Aggiungi →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>Aggiungi il gruppo selezionato</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Gruppi i cui membri vengono importati</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Rimuovi il gruppo selezionato</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>In&amp;cludi i membri dei gruppi annidati</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>vuoto: l&apos;intera directory (il contesto di denominazione del DN di base)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Cerca gruppi sotto questo DN</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Dove si cercano i gruppi per l&apos;appartenenza, le regole di esclusione e le mailing list; può essere diverso da dove si trovano gli utenti (es. ou=Groups accanto a ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Gruppi sotto:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trovati:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>Importa i membri di:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>Nessun gruppo trovato.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>Il primo gruppo; digita altro del nome per restringere.</numerusform>
            <numerusform>I primi %n gruppi; digita altro del nome per restringere.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Nessun gruppo scelto: l&apos;appartenenza ai gruppi non restringe l&apos;importazione.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Conteggio dei membri…</translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n utente è membro dei gruppi scelti.</numerusform>
            <numerusform>%n utenti sono membri dei gruppi scelti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Includono %n gruppo annidato.</numerusform>
            <numerusform>Includono %n gruppi annidati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>Non è stato possibile leggere %n voce di membro.</numerusform>
            <numerusform>Non è stato possibile leggere %n voci di membri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>Controlla i numeri, poi importa. L&apos;importazione è un&apos;unica transazione: viene applicata per intero o per niente.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapporto di importazione</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Salva rapporto come CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>A&amp;nnulla questa importazione</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Salva come attività &amp;pianificata…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Lotti…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>Cosa ha fatto ldapwizard in questo database, e l&apos;annullamento delle importazioni che si possono ancora annullare</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>Configurazione del server di &amp;posta…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Come Postfix e Dovecot leggono questo database</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>Non disponibile per questa directory</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>Il database è cambiato dall&apos;elenco della pagina «Utenti»: torna a «Utenti» e scegli «Elenca utenti» prima di importare altro.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>Verranno creati in {3}, nel database utenti {4}: utenti {0}, alias {1}, mailing list {2} (piano {5}).
Nascoste perché già esistenti: {6}; escluse dalla scelta di chi importare: {7}; non importabili: {8}; non selezionate: {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Lotto {0}: creati utenti {1}, alias {2}, mailing list {3}; saltati: {4}, non riusciti: {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>Il lotto {0} ha creato in {4}, nel database utenti {5}: utenti {1}, alias {2}, mailing list {3}. Per importare altro, torna a «Utenti» ed elenca di nuovo.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Invio dei messaggi di benvenuto…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>Il database utenti è cambiato da quando sono stati mostrati questi numeri (un&apos;altra importazione, un annullamento o un indirizzo creato a mano), quindi non è stato importato nulla. Un&apos;importazione ora creerebbe: utenti {0}, alias {1}, mailing list {2}. Torna a «Utenti», che elenca e pianifica di nuovo; controlla le voci, poi importa.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Lotto {0} annullato. Rimossi: utenti {1}, alias {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Non è stato ancora scritto nulla.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>L&apos;elenco non è aggiornato: torna a «Utenti» ed elenca di nuovo.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>Nella pagina «Utenti» non è selezionato nulla, quindi non c&apos;è nulla da importare.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annullato; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Risolvi e annulla di nuovo, oppure scegli «Lotti…» per annullarlo comunque (chiede conferma due volte).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annulla importazione</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Annullamento del lotto {0}…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>Il lotto {0} è stato annullato: in {1} non ne resta nulla. Per importare di nuovo, torna a «Utenti» ed elenca di nuovo.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>Il lotto di sincronizzazione {0} è mostrato qui sotto. Una sincronizzazione non si può annullare: ha anche aggiornato, disattivato o rimosso utenti.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salva rapporto</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>Non è stato possibile scrivere il file {0}.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Rapporto salvato in {0}.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Salva questa attività come</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>L&apos;importazione salva prima l&apos;attività con questo nome: il prossimo avvio, «Sincronizza ora» e un&apos;attività pianificata lo usano.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Sal&amp;va questa attività come:</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>La finestra userà la lingua scelta dal prossimo avvio.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — importa utenti da LDAP</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>Re&amp;gistro…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>Apri la cartella con i file di registro di ldapwizard</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>Fermare l&apos;importazione e chiudere? Non verrà importato nulla.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>Fermare la sincronizzazione e chiudere? Non verrà modificato nulla.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>Smettere di elencare gli utenti e chiudere?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>Fermare la prova di connessione e chiudere?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>Chiudi ldapwizard</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>L&apos;esecuzione aveva già scritto nel database utenti quando le è stato chiesto di fermarsi: ciò che ha fatto è mostrato nella pagina «Importazione». Chiudi di nuovo la finestra dopo averlo letto.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>L&apos;attività «{0}» ha modifiche non salvate. Salvarle prima di chiudere?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Mailing list</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membri</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Aggiungi un membro a mano: ogni sincronizzazione lo mantiene</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Membri delle mailing list</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>In {0} non c&apos;è ancora un database utenti.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>Lettura delle mailing list…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>Nel database non c&apos;è la mailing list {0}.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>In {0} non c&apos;è alcuna mailing list.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Membri di {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>creata dal gruppo della directory {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>creata a mano</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Membri di {0} ({1}, {2}): {3}, di cui aggiunti a mano: {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Aggiungi un membro</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Indirizzo da aggiungere a mano a {0} (un utente, alias o lista di questo database, o qualsiasi altro indirizzo):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Rimuovi membro</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>Rimuovere {0} da {1}? La posta inviata alla lista non gli arriverà più.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Rimuovi il membro selezionato aggiunto a mano</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Mailing list create dai gruppi della directory</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Doppio clic: i suoi membri nel database, e i membri aggiunti o rimossi a mano</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>Gruppi abilitati alla posta: {0}. Nuove mailing list, che l&apos;importazione crea con gli utenti se selezionate: {1} (non selezionate per un problema: {4}); nascoste (già importate, o indirizzo occupato): {2}; non creabili: {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Mailin&amp;g list ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>File di registro</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>Non è stato possibile aprire un gestore di file. I file di registro di ldapwizard (ldapwizard.log, e sync-….log per ogni sincronizzazione pianificata) sono in questa cartella:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Cartella dei registri</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copia percorso</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>Configurazione del server di posta</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix e Dovecot leggono questo database direttamente, tramite le sue viste documentate: Postfix per accettare la posta di utenti, alias e mailing list; Dovecot per consegnarla e per far accedere gli utenti — gli utenti della directory con la loro password della directory, verificata sulla directory da cui provengono.

</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;omando:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ In {0} non c&apos;è ancora un database: importa prima.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Per approfondire: docs/mail-server.md descrive le viste colonna per colonna; la sezione «Serving the imported users with Postfix and Dovecot» del README illustra i comandi passo per passo, compreso `ldapwizard mailstack check`, che chiede ai server in esecuzione se vedono gli utenti come li ha il database.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Sul server di posta, dove si trova il database, questo comando scrive la loro configurazione (tabelle di lookup di Postfix e impostazioni di main.cf, impostazioni SQL e LDAP di Dovecot, un bundle di CA) e un README che indica dove va ogni file. Chiede la password dell&apos;account di sola lettura con cui Dovecot interroga la directory, e la scrive solo in un file leggibile dal solo proprietario. (I demoni di posta devono anche poter leggere il database, senza mai modificarlo: `ldapwizard db init --db FILE --group postfix` lo predispone, con il file in una cartella propria.) IMAP e submission sono serviti solo su TLS: metti il certificato e la chiave del tuo server di posta al posto di --tls-cert e --tls-key.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Su ogni server di posta, questo comando scrive la loro configurazione (tabelle di lookup pgsql di Postfix e impostazioni di main.cf, impostazioni SQL e LDAP di Dovecot, file CA) e un README che indica dove va ogni file. I server di posta accedono a PostgreSQL con un ruolo proprio, qui {0}, che può leggere le viste di posta e nient&apos;altro: crealo, poi `ldapwizard db init --db URL --reader {0}` gli concede le viste; il pg_hba.conf del server di database deve farlo entrare dai server di posta, su TLS (sslmode verify-full con la CA, per un server in rete). Il comando chiede la password di quel ruolo e quella dell&apos;account di sola lettura con cui Dovecot interroga la directory, e le scrive solo in file leggibili dal solo proprietario. IMAP e submission sono serviti solo su TLS: metti il certificato e la chiave del tuo server di posta al posto di --tls-cert e --tls-key.</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ Copiato.</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>Server di posta per i messaggi</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (il Postfix di questo computer)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automatica (nessuna su questo computer, altrimenti STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
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
        <translation>postmaster@ il dominio degli utenti</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Server SMTP:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;curezza:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Mitte&amp;nte:</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Albero della directory: seleziona le OU da importare</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>Includi &amp;tutto ciò che sta sotto l&apos;OU selezionata (le sue sotto-OU)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>Includi le sotto-OU dell&apos;OU selezionata</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>Ricarica l&apos;albero della directory</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>Lettura dei contesti di denominazione della directory…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Selezionata ma non più nella directory: {0}. Deselezionala nell&apos;albero (indicata come mancante, dopo i contesti di denominazione), oppure seleziona la sua nuova posizione.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>Non è stato possibile leggere la voce del contesto di denominazione ({0}); viene mostrata con il suo DN.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>Il server non indica alcun contesto di denominazione; indica il DN di base nella stringa di binding.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>Non è stato possibile verificare se le OU selezionate esistono ancora.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>Non è stato possibile leggere l&apos;albero della directory.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU o contenitore</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Con le sotto-OU</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (mancante: non più nella directory)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Questa OU selezionata non è più nella directory (eliminata, rinominata o spostata): i suoi utenti non vengono elencati. Deselezionala e seleziona la sua nuova posizione.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Se vengono importate anche le OU sottostanti</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>mancante, </translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>selezionata</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non selezionata</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>con le sotto-OU</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>senza le sotto-OU</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Prendi in carico importazioni precedenti</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>Prima del salvataggio di questa attività sono stati importati da {4} in {3}: utenti {0}, mailing list {1}, lotti {2}. L&apos;attività «{5}» deve prenderli in carico? La sua sincronizzazione li aggiornerà e rimuoverà quelli che escono dalla directory.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Profilo salvato</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Rino&amp;mina…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nuovo profilo)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salva profilo</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome del profilo:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Rinomina profilo</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Elimina profilo</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>Eliminare il profilo «{0}» e l&apos;eventuale password memorizzata per esso?</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Riattivato</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Rimosso</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantenuto</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Uscito</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Lista modificata</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Lista mantenuta</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Lista lasciata com&apos;è</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Lista rimossa</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Sarà creato</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Sarà saltato</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Non riuscirebbe</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Sarà aggiornato</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Sarà riattivato</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Sarà disattivato</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Sarà rimosso</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Sarà mantenuto</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>La lista cambierà</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>La lista sarà mantenuta</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>La lista sarà rimossa</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Salva come attività pianificata</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ore</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>&amp;Rimuovi gli account che non sono più nella directory (prima disattivati, rimossi in un&apos;esecuzione successiva con un nuovo elenco)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, da 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>Al massimo questo numero di rimozioni per esecuzione: un numero (25) o una quota degli utenti importati (5%); vuoto: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Ogni esecuzione elenca la directory e importa OGNI nuova voce selezionata dalla scelta di chi importare dell&apos;attività — non solo quelle selezionate nella pagina «Utenti» —, aggiorna gli utenti che ha importato e segue lo stato disattivato della directory.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>solo se il pianificatore non raggiunge il portachiavi (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Comando eseguito dall&apos;attività</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Attività installate</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>&amp;Installa in {0}</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>Rimuovi l&apos;&amp;attività di questo profilo</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Esegui &amp;ogni:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Al massimo:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>File della &amp;password:</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>L&apos;attività esegue esattamente questo (senza password):</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Attività installate da ldapwizard:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Salva prima la connessione come profilo (pagina «Connessione», «Salva»): l&apos;attività esegue un profilo salvato.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>La password del profilo non è nel portachiavi: seleziona «Memorizza» nella pagina «Connessione» e salva, oppure indica un file della password.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>Le attività di cron di solito non raggiungono il portachiavi del desktop; se l&apos;attività non riesce ad accedere, indica un file della password (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Installata: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Rimossa.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Questo profilo non aveva attività.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Sincronizza con la directory</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>Cosa farebbe una sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>&amp;Rimuovi gli account usciti dalla directory (disattivati ora, rimossi in una sincronizzazione successiva)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, da 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>Al massimo questo numero di rimozioni per sincronizzazione: un numero (25) o una quota degli utenti importati (5%); vuoto: {0}. Salvato con l&apos;attività: lo usa anche l&apos;attività pianificata.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Al massimo:</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>Sincronizza &amp;ora…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Interrompi sincronizzazi&amp;one</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>M&amp;embri delle mailing list…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>I membri delle mailing list di questo database, e i membri aggiunti o rimossi a mano</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Sincronizzazione annullata; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>Il profilo «{0}» ha già importato in questo database. Una sincronizzazione elenca di nuovo la directory e allinea i suoi utenti: crea ogni nuova voce (selezionata o no, come l&apos;attività pianificata), aggiorna nomi, DN e alias, disattiva gli utenti che la directory ha disattivato (e li riattiva quando lo fa) e, con «Rimuovi gli account», disattiva gli utenti usciti. «Rimuovi gli account» e «Al massimo» vengono salvati con l&apos;attività. Una sincronizzazione non si può annullare.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Calcolo di cosa farebbe una sincronizzazione…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>Elenco della directory per calcolare cosa farebbe una sincronizzazione…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Anteprima annullata: cambia un&apos;opzione per ricalcolarla.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>elencata alle {0}, {1} s fa</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Niente da fare: il database corrisponde alla directory ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Una sincronizzazione ora darebbe: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Sincronizzazione: nuovo elenco della directory, %n voce finora…</numerusform>
            <numerusform>Sincronizzazione: nuovo elenco della directory, %n voci finora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Elenco della directory: %n voce finora…</numerusform>
            <numerusform>Elenco della directory: %n voci finora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n utente importato da questo profilo è uscito dalla directory.</numerusform>
            <numerusform>%n utenti importati da questo profilo sono usciti dalla directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n utente importato da questo profilo è escluso dalla scelta di chi importare.</numerusform>
            <numerusform>%n utenti importati da questo profilo sono esclusi dalla scelta di chi importare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Seleziona «Rimuovi gli account» per disattivarli.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ Le rimozioni si fermerebbero: {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>La directory o il database sono cambiati dalla domanda; non è stato modificato nulla. Sincronizzare il profilo {0} in {1}? Ora darebbe: {2}.
Una sincronizzazione non si può annullare.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>Sincronizzare il profilo {0} in {1}? Darebbe: {2}.
La directory è stata {3}; la sincronizzazione la elenca di nuovo e non fa nulla se questo è cambiato.
Una sincronizzazione non si può annullare.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>Non è stato modificato nulla: la directory o il database sono cambiati dalla domanda. Una sincronizzazione ora darebbe: {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Lotto di sincronizzazione {0}: {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Fermato da un limite di sicurezza: {0}. Il resto è stato scritto.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Fermato da un limite di sicurezza: {0}. Nient&apos;altro da fare: non è stato modificato nulla e non è stato registrato alcun lotto.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Niente da fare: il database corrisponde alla directory; non è stato registrato alcun lotto.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>un file, o postgresql://utente@host/database</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Do&amp;minio di posta di destinazione:</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Data&amp;base utenti:</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Database utenti</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database utenti (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>Parte l&amp;ocale dell&apos;indirizzo e-mail (jdoe per jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>Il nome &amp;utente della directory (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>L&apos;indirizzo &amp;e-mail completo (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomi utente</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>il nome utente della directory</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>l&apos;UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Gli utenti possono accedere anche con:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Nomi di accesso aggiuntivi</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome visualizzato</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Non importabile: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Nascosta, non importata: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Fuori da {0}, non importata: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Elenca gli utenti della directory e seleziona quelli da importare. Le voci già esistenti sono nascoste.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>&amp;Elenca utenti</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Filtra per nome, indirizzo, DN…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Entries in the directory</source>
        <translation>Voci della directory</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleziona &amp;tutto</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Seleziona &amp;nulla</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>Seleziona le filt&amp;rate</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>&amp;Esporta anteprima in CSV</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Tutte le voci, le nascoste con i loro motivi…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>Come &amp;mostrate: questo filtro, questa opzione e questo ordinamento…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Mostrale, con il motivo</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>Mostra &amp;quali</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Mostra solo queste voci (gli indirizzi sono nel suggerimento di ogni riga); di nuovo per mostrarle tutte</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Elenco in corso…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ L&apos;elenco è completo: {0} voci.</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Dall&apos;ultima importazione, {0} degli utenti importati da questo profilo sono usciti dalla directory e {1} sono cambiati: vedi la scheda «Usciti o modificati dall&apos;ultima importazione».</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>Non è stato possibile calcolare cosa cambierebbe una sincronizzazione: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>L&apos;elenco sopra è incompleto, quindi non può essere importato. Risolvi il problema ed elenca di nuovo.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Elenco annullato; è incompleto. Scegli «Elenca utenti» per ricominciare.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>%n voce elencata finora…</numerusform>
            <numerusform>%n voci elencate finora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n voce</numerusform>
            <numerusform>%n voci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n esclusa dalla scelta di chi importare —</numerusform>
            <numerusform>%n escluse dalla scelta di chi importare —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Nascoste: {0} già esistenti, {1} escluse dalla scelta di chi importare —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n nascosta perché già esistente —</numerusform>
            <numerusform>%n nascoste perché già esistenti —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n voce ha indirizzi fuori da {0}, non importata</numerusform>
            <numerusform>%n voci hanno indirizzi fuori da {0}, non importate</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Selezionate: {0} · mostrate: {1} · non importabili: {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostra &amp;tutte</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>Utenti della directory</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Invia un messaggio di &amp;benvenuto agli utenti appena importati</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Ogni utente creato da questa importazione riceve un messaggio nella nuova casella: il suo indirizzo, come accedere e come configurare il programma di posta.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Anteprima…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Server di posta per i messaggi…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Messaggi di benvenuto: inviati {0}, non riusciti {1} (reinviati alla prossima importazione o sincronizzazione).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Inviato a: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>Non inviato a {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Fermato: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Messaggio di benvenuto a {0}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Testo del messaggio</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>Il messaggio ha anche una parte HTML.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;Chi importare: OU, gruppi, regole di esclusione, mailing list</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Regole di esclusione, una per riga</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Una regola per riga, provate in ordine; la prima che corrisponde esclude la voce (mostrata nascosta, con la regola). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, o memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>Albero della director&amp;y</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Membri di &amp;gruppi</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>Regole di e&amp;sclusione</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>Porta i gruppi abilitati alla posta come mailing &amp;list</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>Gruppi di distribuzione AD e gruppi di sicurezza abilitati alla posta, gruppi OpenLDAP con un indirizzo: ognuno diventa una lista degli indirizzi dei suoi membri</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Nessuna OU selezionata: viene elencato il DN di base della stringa di binding ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nessuna per ora</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (solo le sue voci)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU selezionata, elencata al posto del DN di base della stringa di binding: {0}</numerusform>
            <numerusform>%n OU selezionate, elencate al posto del DN di base della stringa di binding: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e %n altra)</numerusform>
            <numerusform>(e altre %n)</numerusform>
        </translation>
    </message>
</context>
</TS>
