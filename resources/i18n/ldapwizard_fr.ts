<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système ; le mot de passe ne peut donc pas être mémorisé : saisissez-le à chaque démarrage de l&apos;assistant.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>Le mot de passe de ce profil a été mémorisé dans un trousseau système, mais cet ordinateur n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Saisissez le mot de passe pour vous connecter.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Déverrouillez le trousseau système (le gestionnaire de mots de passe de votre bureau) et choisissez à nouveau le profil, ou saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système où mémoriser le mot de passe.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>Le profil est enregistré sans lui : saisissez le mot de passe à chaque démarrage de l&apos;assistant. Pour qu&apos;il soit mémorisé, installez un trousseau (Gestionnaire d&apos;identification Windows, Trousseau macOS, ou un Secret Service comme GNOME Keyring ou KWallet) et cochez de nouveau « Mémoriser ».</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Déverrouillez le trousseau système (le gestionnaire de mots de passe de votre bureau) et réessayez, ou décochez « Mémoriser dans le trousseau système » et saisissez le mot de passe à chaque fois.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>Un problème est survenu dans ldapwizard ; l&apos;opération en cours ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>Rien n&apos;a été écrit, sauf si la page l&apos;indique. Le journal (bouton « Journal… ») contient les détails ; joignez-les à un rapport de bogue.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Listez d&apos;abord les utilisateurs : seule une liste complète peut être exportée.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, séparé par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, séparé par des points-virgules (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exporter l&apos;aperçu</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>%n ligne (telle qu&apos;affichée) exportée vers %1.</numerusform>
            <numerusform>%n lignes (telles qu&apos;affichées) exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>%n ligne (toutes les entrées) exportée vers %1.</numerusform>
            <numerusform>%n lignes (toutes les entrées) exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>créés : {0}, mis à jour : {1}, réactivés : {2}, désactivés : {3}, supprimés : {4}, ignorés : {5}, en échec : {6} ; listes de diffusion : créées : {7}, modifiées : {8}, supprimées : {9}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>créés : {0}, mis à jour : {1}, réactivés : {2}, désactivés : {3}, supprimés : {4}, ignorés : {5}, en échec : {6}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (relevez la limite « Au plus » si c&apos;est voulu)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>Ce que ferait une synchronisation, et pourquoi</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Utilisateurs sortis de l&apos;annuaire ou modifiés</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Sortis de l&apos;annuaire : désactivés par une synchronisation, supprimés par une suivante ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Désactivés dans l&apos;annuaire : désactivés dans la messagerie par une synchronisation ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Réactivés dans l&apos;annuaire : réactivés par une synchronisation ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Modifiés dans l&apos;annuaire : mis à jour par une synchronisation ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Écartés par le choix des personnes à importer ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Sortis ou &amp;modifiés depuis la dernière importation ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Depuis la dernière importation de ce profil, {0} de ses utilisateurs sont sortis de l&apos;annuaire et {1} ont changé ({3} désactivés dans l&apos;annuaire, {4} réactivés). Une synchronisation (« Synchroniser maintenant » à la page suivante, ou la tâche planifiée) les traiterait comme indiqué ici, et créerait aussi les nouvelles entrées ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Une synchronisation ne désactiverait ni ne supprimerait personne pour l&apos;instant : {0}.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>Les propres termes du serveur et, le cas échéant, le certificat</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>&amp;Importations et synchronisations dans {0}, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Annuler le lot…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>Annuler &amp;quand même…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Supprimer aussi ce qui a été modifié ou fait référence au lot depuis l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Il n&apos;y a pas encore de base d&apos;utilisateurs à {0}.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Lecture des lots…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Annuler quand même</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>Annuler quand même le lot {0} ?

Les lignes nommées dans la fenêtre ont été modifiées à la main ou sont référencées par des alias ou des listes de diffusion créés depuis l&apos;importation. Elles sont supprimées aussi, avec ces références. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Annulation du lot {0}…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>forcé : {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Lot {0} annulé. Supprimés : utilisateurs {1}, alias {2}, listes de diffusion {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Résolvez ces points et annulez de nouveau, ou choisissez « Annuler quand même… » pour les supprimer aussi.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé le</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>synchronisation</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Peut être annulé</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Choisissez le serveur d&apos;annuaire et la façon de vous connecter, puis testez la connexion.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 ou un nom de domaine AD</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificat d&apos;AC (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com ou CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Mémoriser dans le trousseau système</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil :</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>&amp;Type de serveur :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Vérification du certificat :</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>F&amp;ichier d&apos;AC :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>&amp;Utilisateur de liaison :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Détecter</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Trouver la sécurité et le DN de base : d&apos;abord le port ci-dessus, puis LDAPS sur 636 et StartTLS sur 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Arrêter le test</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats du test</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>Paramètres modifiés : testez de nouveau la connexion.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>Les paramètres ont changé pendant le test : testez de nouveau la connexion.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Connecté et authentifié. Choisissez « Suivant ».</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ Le test de connexion a échoué à l&apos;étape : {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Saisissez d&apos;abord l&apos;hôte.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Détection en cours…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>DN de base : {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>DN de base : aucun annoncé par le serveur.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;AC</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Profil enregistré.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS dès le départ)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Aucune (LDAP non chiffré)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Avec le magasin de confiance du système</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Avec un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Désactivée — ne pas vérifier (dangereux)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Liaison simple (DN ou utilisateur@domaine)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (session actuelle)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>LDAP générique</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>Mot de pa&amp;sse…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Conserver le mot de passe de la base PostgreSQL dans le trousseau système (vérifié d&apos;abord auprès du serveur)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ Le mot de passe de {0} sur {1}:{2} fonctionne et se trouve dans le trousseau système.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Mot de passe de {0} pour {1} :</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Vérification du mot de passe auprès du serveur…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>Indiquez où se trouvent les utilisateurs dans l&apos;annuaire et vers quel domaine de messagerie et quelle base d&apos;utilisateurs ils vont.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>&amp;Détecter le DN de base</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Cette entrée et tout ce qui est en dessous</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Seulement les entrées juste en dessous</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Inclure les comptes désac&amp;tivés</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>Inclure les &amp;contacts à extension messagerie</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Permettre aux entrées de &amp;prendre des adresses de rôle (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>aucune limite (p. ex. 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>Le quota de boîte aux lettres des utilisateurs créés par une importation ou une synchronisation de cette tâche ; Dovecot l&apos;applique. Modifiez celui d&apos;un utilisateur avec `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Filtre des utilisateurs :</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Attribut du nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Attribut de l&apos;adresse e-mail :</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Attribut du nom affiché :</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Attribut des alias :</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Quota des nouveaux utilisateurs :</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Taille de pa&amp;ge :</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>Chaîne de l&amp;iaison :</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Portée :</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Noms d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Retirez le serveur de la chaîne de liaison (un DN seul suffit), ou revenez en arrière et modifiez-le sur la page « Connexion ».</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>Lecture du RootDSE du serveur…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ DN de base fourni par le serveur : {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>Le serveur n&apos;annonce aucun DN de base.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Ce DN n&apos;existe pas sur le serveur (ou l&apos;utilisateur de liaison ne peut pas le voir).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ Le DN existe ; %n utilisateur en dessous correspond au filtre.</numerusform>
            <numerusform>✓ Le DN existe ; %n utilisateurs en dessous correspondent au filtre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>une partie du nom ou de l&apos;adresse d&apos;un groupe</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Chercher des groupes</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>C&amp;hercher :</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Groupes trouvés</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Ajouter →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>Ajouter le groupe sélectionné</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Groupes dont les membres sont importés</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Retirer le groupe sélectionné</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>In&amp;clure les membres des groupes imbriqués</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>vide : tout l&apos;annuaire (le contexte de nommage du DN de base)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Chercher des groupes sous ce DN</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Où les groupes sont recherchés pour l&apos;appartenance, les règles d&apos;exclusion et les listes de diffusion ; cela peut différer de l&apos;emplacement des utilisateurs (p. ex. ou=Groups à côté de ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Groupes sous :</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Trouvés :</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>Importer les membres de :</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>Aucun groupe trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>Le premier groupe ; tapez davantage du nom pour affiner.</numerusform>
            <numerusform>Les %n premiers groupes ; tapez davantage du nom pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Aucun groupe choisi : l&apos;appartenance à un groupe ne restreint pas l&apos;importation.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Décompte des membres…</translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n utilisateur est membre des groupes choisis.</numerusform>
            <numerusform>%n utilisateurs sont membres des groupes choisis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Ils comprennent %n groupe imbriqué.</numerusform>
            <numerusform>Ils comprennent %n groupes imbriqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n entrée de membre n&apos;a pas pu être lue.</numerusform>
            <numerusform>%n entrées de membres n&apos;ont pas pu être lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>Vérifiez les chiffres, puis importez. L&apos;importation est une seule transaction : elle aboutit entièrement ou pas du tout.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Enregistrer le rapport en CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Annuler cette i&amp;mportation</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Enregistrer comme &amp;tâche planifiée…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Lots…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>Ce que ldapwizard a fait dans cette base, et l&apos;annulation de toute importation qui peut encore l&apos;être</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>Configuration du serveur de &amp;messagerie…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Comment Postfix et Dovecot lisent cette base</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>Non disponible pour cet annuaire</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>La base a changé depuis la liste de la page « Utilisateurs » : revenez à « Utilisateurs » et choisissez « Lister les utilisateurs » avant d&apos;importer davantage.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>Seront créés dans {3}, dans la base d&apos;utilisateurs {4} : utilisateurs {0}, alias {1}, listes de diffusion {2} (plan {5}).
Masquées car déjà existantes : {6} ; écartées par le choix des personnes à importer : {7} ; impossibles à importer : {8} ; non cochées : {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Lot {0} : créés : utilisateurs {1}, alias {2}, listes de diffusion {3} ; ignorés : {4}, en échec : {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>Le lot {0} a créé dans {4}, dans la base d&apos;utilisateurs {5} : utilisateurs {1}, alias {2}, listes de diffusion {3}. Pour importer davantage, revenez à « Utilisateurs » et relancez la liste.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Envoi des messages de bienvenue…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>La base d&apos;utilisateurs a changé depuis l&apos;affichage de ces chiffres (une autre importation, une annulation ou une adresse créée à la main) ; rien n&apos;a donc été importé. Une importation maintenant créerait : utilisateurs {0}, alias {1}, listes de diffusion {2}. Revenez à « Utilisateurs », qui relance la liste et le plan ; vérifiez les entrées, puis importez.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Lot {0} annulé. Supprimés : utilisateurs {1}, alias {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>La liste n&apos;est plus à jour : revenez à « Utilisateurs » et relancez la liste.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>Rien n&apos;est coché sur la page « Utilisateurs » : il n&apos;y a donc rien à importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Résolvez ces points et annulez de nouveau, ou choisissez « Lots… » pour l&apos;annuler quand même (la confirmation est demandée deux fois).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Annulation du lot {0}…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>Le lot {0} a été annulé : il n&apos;en reste rien dans {1}. Pour importer de nouveau, revenez à « Utilisateurs » et relancez la liste.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>Le lot de synchronisation {0} est affiché ci-dessous. Une synchronisation ne peut pas être annulée : elle a aussi mis à jour, désactivé ou supprimé des utilisateurs.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>Le fichier {0} n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Rapport enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Enregistrer cette tâche sous</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>L&apos;importation enregistre d&apos;abord la tâche sous ce nom : le prochain démarrage, « Synchroniser maintenant » et une tâche planifiée l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Enregistrer cette tâche &amp;sous :</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>La fenêtre utilisera la langue choisie à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — importer des utilisateurs depuis LDAP</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>Ouvrir le dossier des fichiers journaux de ldapwizard</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>Arrêter l&apos;importation et fermer ? Rien ne sera importé.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>Arrêter la synchronisation et fermer ? Rien ne sera modifié.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>Arrêter la liste des utilisateurs et fermer ?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>Arrêter le test de connexion et fermer ?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>Fermer ldapwizard</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>L&apos;exécution avait déjà écrit dans la base d&apos;utilisateurs quand son arrêt a été demandé : ce qu&apos;elle a fait est affiché sur la page « Importation ». Fermez de nouveau la fenêtre après l&apos;avoir lu.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>La tâche « {0} » a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Liste de diffusion</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Ajouter un membre à la main : chaque synchronisation le conserve</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Membres des listes de diffusion</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Il n&apos;y a pas encore de base d&apos;utilisateurs à {0}.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>Lecture des listes de diffusion…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>Il n&apos;y a pas de liste de diffusion {0} dans la base.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>Il n&apos;y a aucune liste de diffusion dans {0}.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Membres de {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>créée à partir du groupe d&apos;annuaire {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>créée à la main</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Membres de {0} ({1}, {2}) : {3}, dont ajoutés à la main : {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Adresse à ajouter à la main à {0} (un utilisateur, un alias ou une liste de cette base, ou toute autre adresse) :</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>Retirer {0} de {1} ? Le courrier adressé à la liste ne lui parviendra plus.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Retirer le membre sélectionné ajouté à la main</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Listes de diffusion créées à partir des groupes de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Double-clic : ses membres dans la base, et les membres ajoutés ou retirés à la main</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>Groupes à extension messagerie : {0}. Nouvelles listes de diffusion, que l&apos;importation crée avec les utilisateurs si elles sont cochées : {1} (non cochées en raison d&apos;un problème : {4}) ; masquées (déjà importées, ou adresse prise) : {2} ; impossibles à créer : {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Listes de &amp;diffusion ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu être ouvert ici. Les fichiers journaux de ldapwizard (ldapwizard.log, et sync-….log pour chaque synchronisation planifiée) sont dans ce dossier :</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>Configuration du serveur de messagerie</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix et Dovecot lisent cette base directement, au travers de ses vues documentées : Postfix pour accepter le courrier des utilisateurs, alias et listes de diffusion ; Dovecot pour le distribuer et permettre aux utilisateurs de se connecter — les utilisateurs de l&apos;annuaire avec leur mot de passe d&apos;annuaire, vérifié auprès de l&apos;annuaire dont ils proviennent.

</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>C&amp;ommande :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ Il n&apos;y a pas encore de base à {0} : importez d&apos;abord.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Pour aller plus loin : docs/mail-server.md décrit les vues colonne par colonne ; la section « Serving the imported users with Postfix and Dovecot » du README passe en revue les commandes pas à pas, dont `ldapwizard mailstack check`, qui demande aux serveurs en marche s&apos;ils voient les utilisateurs tels que la base les contient.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Sur le serveur de messagerie, où se trouve la base, cette commande écrit leur configuration (tables de correspondance Postfix et réglages de main.cf, réglages SQL et LDAP de Dovecot, un paquet d&apos;AC) et un README qui indique où va chaque fichier. Elle demande le mot de passe du compte en lecture seule avec lequel Dovecot interroge l&apos;annuaire, et ne l&apos;écrit que dans un fichier lisible par son seul propriétaire. (Les démons de messagerie doivent aussi pouvoir lire la base, sans jamais la modifier : `ldapwizard db init --db FILE --group postfix` le met en place, avec le fichier dans un dossier à lui.) IMAP et la soumission ne sont servis qu&apos;en TLS : mettez le certificat et la clé de votre serveur de messagerie à la place de --tls-cert et --tls-key.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Sur chaque serveur de messagerie, cette commande écrit leur configuration (tables de correspondance pgsql de Postfix et réglages de main.cf, réglages SQL et LDAP de Dovecot, fichiers d&apos;AC) et un README qui indique où va chaque fichier. Les serveurs de messagerie se connectent à PostgreSQL avec un rôle qui leur est propre, ici {0}, qui peut lire les vues de messagerie et rien d&apos;autre : créez-le, puis `ldapwizard db init --db URL --reader {0}` lui donne accès aux vues ; le pg_hba.conf du serveur de base de données doit l&apos;accepter depuis les serveurs de messagerie, en TLS (sslmode verify-full avec l&apos;AC, pour un serveur distant). La commande demande le mot de passe de ce rôle et celui du compte en lecture seule avec lequel Dovecot interroge l&apos;annuaire, et ne les écrit que dans des fichiers lisibles par leur seul propriétaire. IMAP et la soumission ne sont servis qu&apos;en TLS : mettez le certificat et la clé de votre serveur de messagerie à la place de --tls-cert et --tls-key.</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ Copié.</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>Serveur de messagerie pour les messages</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (le Postfix de cet ordinateur)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automatique (aucune sur cet ordinateur, sinon STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
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
        <translation>postmaster@ le domaine des utilisateurs</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP :</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Expé&amp;diteur :</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Arborescence de l&apos;annuaire : cochez les OU à importer</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>Inclure &amp;tout ce qui est sous l&apos;OU sélectionnée (ses sous-OU)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>Inclure les sous-OU de l&apos;OU sélectionnée</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>Recharger l&apos;arborescence de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>Lecture des contextes de nommage de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Cochée mais absente de l&apos;annuaire : {0}. Décochez-la dans l&apos;arborescence (marquée manquante, après les contextes de nommage), ou cochez son nouvel emplacement.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>L&apos;entrée du contexte de nommage n&apos;a pas pu être lue ({0}) ; elle est affichée par son DN.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>Le serveur n&apos;indique aucun contexte de nommage ; donnez le DN de base dans la chaîne de liaison.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>Il n&apos;a pas été possible de vérifier si les OU cochées existent encore.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>L&apos;arborescence de l&apos;annuaire n&apos;a pas pu être lue.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU ou conteneur</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Avec les sous-OU</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (manquante : absente de l&apos;annuaire)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Cette OU cochée n&apos;est plus dans l&apos;annuaire (supprimée, renommée ou déplacée) : ses utilisateurs ne sont pas listés. Décochez-la et cochez son nouvel emplacement.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Si les OU en dessous sont importées aussi</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>manquante, </translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>cochée</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>non cochée</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>avec les sous-OU</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>sans les sous-OU</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Reprendre des importations antérieures</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>Avant l&apos;enregistrement de cette tâche, ont été importés de {4} dans {3} : utilisateurs {0}, listes de diffusion {1}, lots {2}. La tâche « {5} » doit-elle les reprendre ? Sa synchronisation les mettra alors à jour et supprimera ceux qui sortent de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Profil enregistré</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(nouveau profil)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>Supprimer le profil « {0} » et le mot de passe éventuellement mémorisé pour lui ?</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Liste modifiée</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Liste conservée</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Liste laissée telle quelle</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Liste supprimée</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Sera créé</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Sera ignoré</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Échouerait</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Sera mis à jour</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Sera réactivé</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Sera désactivé</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Sera supprimé</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Sera conservé</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>La liste sera modifiée</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>La liste sera conservée</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>La liste sera supprimée</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Enregistrer comme tâche planifiée</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>&amp;Supprimer les comptes qui ne sont plus dans l&apos;annuaire (d&apos;abord désactivés, supprimés lors d&apos;une exécution ultérieure avec une nouvelle liste)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, de 1 à 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>Au plus ce nombre de suppressions par exécution : un nombre (25) ou une part des utilisateurs importés (5%) ; vide : {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Chaque exécution liste l&apos;annuaire et importe TOUTES les nouvelles entrées retenues par le choix des personnes à importer de la tâche — pas seulement celles cochées sur la page « Utilisateurs » —, met à jour les utilisateurs qu&apos;elle a importés et suit l&apos;état désactivé de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>seulement si le planificateur n&apos;accède pas au trousseau (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Commande exécutée par la tâche</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Tâches installées</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>&amp;Installer dans {0}</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>Supprimer la &amp;tâche de ce profil</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Exécuter &amp;toutes les :</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>&amp;Fichier de mot de passe :</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>La tâche exécute exactement ceci (sans mot de passe) :</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Tâches installées par ldapwizard :</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Enregistrez d&apos;abord la connexion comme profil (page « Connexion », « Enregistrer ») : la tâche exécute un profil enregistré.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>Le mot de passe du profil n&apos;est pas dans le trousseau : cochez « Mémoriser » sur la page « Connexion » et enregistrez, ou indiquez un fichier de mot de passe.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>Les tâches cron n&apos;accèdent généralement pas au trousseau du bureau ; si la tâche ne peut pas se connecter, indiquez un fichier de mot de passe (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Installée : {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Supprimée.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Ce profil n&apos;avait pas de tâche.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Synchroniser avec l&apos;annuaire</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>Ce que ferait une synchronisation</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>&amp;Supprimer les comptes sortis de l&apos;annuaire (désactivés maintenant, supprimés lors d&apos;une synchronisation ultérieure)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, de 1 à 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>Au plus ce nombre de suppressions par synchronisation : un nombre (25) ou une part des utilisateurs importés (5%) ; vide : {0}. Enregistré avec la tâche : la tâche planifiée l&apos;utilise aussi.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Au plus :</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>Synchroniser &amp;maintenant…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Arrêter &amp;la synchronisation</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>M&amp;embres des listes de diffusion…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>Les membres des listes de diffusion de cette base, et les membres ajoutés ou retirés à la main</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Synchronisation annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>Le profil « {0} » a déjà importé dans cette base. Une synchronisation liste de nouveau l&apos;annuaire et aligne ses utilisateurs sur lui : elle crée chaque nouvelle entrée (cochée ou non, comme la tâche planifiée), met à jour les noms, DN et alias, désactive les utilisateurs que l&apos;annuaire a désactivés (et les réactive quand il le fait) et, avec « Supprimer les comptes », désactive les utilisateurs sortis. « Supprimer les comptes » et « Au plus » sont enregistrés avec la tâche. Une synchronisation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Calcul de ce que ferait une synchronisation…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>Liste de l&apos;annuaire pour calculer ce que ferait une synchronisation…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Aperçu annulé : modifiez une option pour le recalculer.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>liste établie à {0}, il y a {1} s</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Rien à faire : la base correspond à l&apos;annuaire ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Une synchronisation maintenant donnerait : {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Synchronisation : nouvelle liste de l&apos;annuaire, %n entrée jusqu&apos;ici…</numerusform>
            <numerusform>Synchronisation : nouvelle liste de l&apos;annuaire, %n entrées jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Liste de l&apos;annuaire : %n entrée jusqu&apos;ici…</numerusform>
            <numerusform>Liste de l&apos;annuaire : %n entrées jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n utilisateur importé par ce profil est sorti de l&apos;annuaire.</numerusform>
            <numerusform>%n utilisateurs importés par ce profil sont sortis de l&apos;annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n utilisateur importé par ce profil est écarté par le choix des personnes à importer.</numerusform>
            <numerusform>%n utilisateurs importés par ce profil sont écartés par le choix des personnes à importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Cochez « Supprimer les comptes » pour les désactiver.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ Les suppressions s&apos;arrêteraient : {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>L&apos;annuaire ou la base a changé depuis la question ; rien n&apos;a été modifié. Synchroniser le profil {0} dans {1} ? Résultat désormais : {2}.
Une synchronisation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>Synchroniser le profil {0} dans {1} ? Résultat : {2}.
L&apos;annuaire a été {3} ; la synchronisation le liste de nouveau et ne fait rien si cela a changé.
Une synchronisation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>Rien n&apos;a été modifié : l&apos;annuaire ou la base a changé depuis la question. Une synchronisation maintenant donnerait : {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Lot de synchronisation {0} : {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Arrêté par une limite de sécurité : {0}. Le reste a été écrit.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Arrêté par une limite de sécurité : {0}. Rien d&apos;autre à faire : rien n&apos;a été modifié et aucun lot n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Rien à faire : la base correspond à l&apos;annuaire ; aucun lot n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>un fichier, ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Do&amp;maine de messagerie cible :</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Base d&apos;utili&amp;sateurs :</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Base d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases d&apos;utilisateurs (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>Partie l&amp;ocale de l&apos;adresse e-mail (jdoe pour jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>Le nom d&apos;&amp;utilisateur de l&apos;annuaire (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>L&apos;adresse &amp;e-mail complète (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>le nom d&apos;utilisateur de l&apos;annuaire</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>l&apos;UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Les utilisateurs peuvent aussi se connecter avec :</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Noms de connexion supplémentaires</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
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
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Impossible à importer : {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Masquée, non importée : {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Hors de {0}, non importée : {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Listez les utilisateurs de l&apos;annuaire et cochez ceux à importer. Les entrées qui existent déjà sont masquées.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>&amp;Lister les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Filtrer par nom, adresse, DN…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Entries in the directory</source>
        <translation>Entrées de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Ne rien sélecti&amp;onner</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>Sélectionner les filt&amp;rées</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>&amp;Exporter l&apos;aperçu en CSV</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Toutes les entrées, les masquées avec leurs raisons…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>Telles qu&apos;a&amp;ffichées : ce filtre, cette bascule et cet ordre de tri…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Les afficher, avec la raison</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>Afficher &amp;lesquelles</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Afficher seulement ces entrées (les adresses sont dans l&apos;infobulle de chaque ligne) ; une seconde fois pour tout afficher</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Liste en cours…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ La liste est complète : {0} entrées.</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Depuis la dernière importation, {0} des utilisateurs importés par ce profil sont sortis de l&apos;annuaire et {1} ont changé : voir l&apos;onglet « Sortis ou modifiés depuis la dernière importation ».</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>Ce que changerait une synchronisation n&apos;a pas pu être calculé : </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>La liste ci-dessus est incomplète et ne peut donc pas être importée. Corrigez le problème et relancez la liste.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Liste annulée ; elle est incomplète. Choisissez « Lister les utilisateurs » pour recommencer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>%n entrée listée jusqu&apos;ici…</numerusform>
            <numerusform>%n entrées listées jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n écartée par le choix des personnes à importer —</numerusform>
            <numerusform>%n écartées par le choix des personnes à importer —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Masquées : {0} déjà existantes, {1} écartées par le choix des personnes à importer —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n masquée car déjà existante —</numerusform>
            <numerusform>%n masquées car déjà existantes —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n entrée a des adresses hors de {0}, non importée</numerusform>
            <numerusform>%n entrées ont des adresses hors de {0}, non importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Sélectionnées : {0} · affichées : {1} · impossibles à importer : {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Tout a&amp;fficher</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>Utilisateurs de l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Envoyer un message de &amp;bienvenue aux utilisateurs nouvellement importés</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Chaque utilisateur créé par cette importation reçoit un message dans sa nouvelle boîte : son adresse, comment se connecter et comment configurer son logiciel de messagerie.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Serveur de messagerie pour les messages…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Messages de bienvenue : envoyés {0}, en échec {1} (renvoyés par la prochaine importation ou synchronisation).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Envoyé à : {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>Non envoyé à {0} : {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Arrêté : {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Message de bienvenue à {0}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>Le message a aussi une partie HTML.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;Qui importer : OU, groupes, règles d&apos;exclusion, listes de diffusion</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Règles d&apos;exclusion, une par ligne</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Une règle par ligne, essayées dans l&apos;ordre ; la première qui correspond écarte l&apos;entrée (affichée masquée, avec la règle). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, ou memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>Arbo&amp;rescence de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Membres de &amp;groupes</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>Règles d&apos;e&amp;xclusion</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>Reprendre les groupes à extension messagerie comme &amp;listes de diffusion</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>Groupes de distribution AD et groupes de sécurité à extension messagerie, groupes OpenLDAP avec une adresse : chacun devient une liste des adresses de ses membres</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Aucune OU cochée : le DN de base de la chaîne de liaison est listé ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (seulement ses propres entrées)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU cochée, listée à la place du DN de base de la chaîne de liaison : {0}</numerusform>
            <numerusform>%n OU cochées, listées à la place du DN de base de la chaîne de liaison : {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n autre)</numerusform>
            <numerusform>(et %n autres)</numerusform>
        </translation>
    </message>
</context>
</TS>
