<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>Exported %n row (as shown) to %1.</numerusform>
            <numerusform>Exported %n rows (as shown) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>Exported %n row (all entries) to %1.</numerusform>
            <numerusform>Exported %n rows (all entries) to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ The DN exists; %n user below it matches the filter.</numerusform>
            <numerusform>✓ The DN exists; %n users below it match the filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>The first group; type more of the name to narrow them.</numerusform>
            <numerusform>The first %n groups; type more of the name to narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n user is a member of the chosen groups.</numerusform>
            <numerusform>%n users are members of the chosen groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>They include %n nested group.</numerusform>
            <numerusform>They include %n nested groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n member entry could not be read.</numerusform>
            <numerusform>%n member entries could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmaster@ the users&apos; domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Syncing: listing the directory again, %n entry so far…</numerusform>
            <numerusform>Syncing: listing the directory again, %n entries so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Listing the directory: %n entry so far…</numerusform>
            <numerusform>Listing the directory: %n entries so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n user this profile imported left the directory.</numerusform>
            <numerusform>%n users this profile imported left the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n user this profile imported is left out by the choice of who to import.</numerusform>
            <numerusform>%n users this profile imported are left out by the choice of who to import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n entry has addresses outside {0}, not imported</numerusform>
            <numerusform>%n entries have addresses outside {0}, not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>%n entry listed so far…</numerusform>
            <numerusform>%n entries listed so far…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n left out by the choice of who to import —</numerusform>
            <numerusform>%n left out by the choice of who to import —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n hidden because it already exists —</numerusform>
            <numerusform>%n hidden because they already exist —</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU ticked, listed instead of the binding string&apos;s base DN: {0}</numerusform>
            <numerusform>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
