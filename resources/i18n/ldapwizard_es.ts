<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Este equipo no tiene llavero del sistema, así que la contraseña no se puede recordar: escríbala cada vez que inicie el asistente.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>La contraseña de este perfil se guardó en un llavero del sistema, pero este equipo no tiene ninguno.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Escriba la contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Desbloquee el llavero del sistema (el gestor de contraseñas de su escritorio) y vuelva a elegir el perfil, o escriba la contraseña.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Este equipo no tiene un llavero del sistema donde recordar la contraseña.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>El perfil se guarda sin ella: escriba la contraseña cada vez que inicie el asistente. Para que se recuerde, instale un llavero (Administrador de credenciales de Windows, Llavero de macOS o un Secret Service como GNOME Keyring o KWallet) y vuelva a marcar «Recordar».</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Desbloquee el llavero del sistema (el gestor de contraseñas de su escritorio) y vuelva a intentarlo, o desmarque «Recordar en el llavero del sistema» y escriba la contraseña cada vez.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>Algo falló dentro de ldapwizard; la operación en curso no terminó.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>No se escribió nada salvo que la página lo indique. El registro (botón «Registro…») tiene los detalles; envíelos con el informe de error.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Liste primero los usuarios: solo se puede exportar una lista completa.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, separado por punto y coma (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportar vista previa</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila (tal como se muestra) a %1.</numerusform>
            <numerusform>Se exportaron %n filas (tal como se muestran) a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila (todas las entradas) a %1.</numerusform>
            <numerusform>Se exportaron %n filas (todas las entradas) a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>creados: {0}, actualizados: {1}, reactivados: {2}, desactivados: {3}, eliminados: {4}, omitidos: {5}, fallidos: {6}; listas de correo: creadas: {7}, cambiadas: {8}, eliminadas: {9}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>creados: {0}, actualizados: {1}, reactivados: {2}, desactivados: {3}, eliminados: {4}, omitidos: {5}, fallidos: {6}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (suba el límite «Como máximo» si es lo que pretende)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>Qué haría una sincronización, y por qué</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Usuarios que salieron del directorio o cambiaron</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Salieron del directorio: desactivados por una sincronización, eliminados por otra posterior ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Desactivados en el directorio: desactivados en el correo por una sincronización ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Reactivados en el directorio: reactivados por una sincronización ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Cambiados en el directorio: actualizados por una sincronización ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Excluidos por la elección de a quién importar ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Salidos o &amp;cambiados desde la última importación ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Desde la última importación de este perfil, {0} de sus usuarios salieron del directorio y {1} cambiaron ({3} desactivados en el directorio, {4} reactivados). Una sincronización («Sincronizar ahora» en la página siguiente, o la tarea programada) los trataría como se indica aquí y crearía también las entradas nuevas ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Ahora una sincronización no desactivaría ni eliminaría a nadie: {0}.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>Las palabras exactas del servidor y, si lo hay, el certificado</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>&amp;Importaciones y sincronizaciones en {0}, las más recientes primero:</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Deshacer lote…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>Deshacer de &amp;todos modos…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Eliminar también lo que se cambió o hace referencia al lote desde la importación</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Todavía no hay una base de datos de usuarios en {0}.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Leyendo los lotes…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Deshacer lote</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Deshacer de todos modos</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>¿Deshacer el lote {0} de todos modos?

Las filas indicadas en la ventana se cambiaron a mano o las referencian alias o listas de correo creados desde la importación. También se eliminan, junto con esas referencias. Esto no se puede revertir.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Deshaciendo el lote {0}…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>forzado: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Lote {0} deshecho. Eliminados: usuarios {1}, alias {2}, listas de correo {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Resuélvalo y vuelva a deshacer, o elija «Deshacer de todos modos…» para eliminarlos también.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Cantidades</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho el</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronización</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Se puede deshacer</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Elija el servidor de directorio y cómo iniciar sesión, y luego pruebe la conexión.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 o un nombre de dominio de AD</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificado de CA (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com o CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Per&amp;fil:</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>&amp;Tipo de servidor:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Comprobación del certificado:</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>Arch&amp;ivo de CA:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>&amp;Usuario de enlace:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detectar</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Averiguar la seguridad y el DN base: primero el puerto de arriba, luego LDAPS en 636 y StartTLS en 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar prueba</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Resultados de la prueba</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>La configuración cambió: vuelva a probar la conexión.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>La configuración cambió durante la prueba: vuelva a probar la conexión.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Conectado y con sesión iniciada. Elija «Siguiente».</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ La prueba de conexión falló en: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Escriba primero el host.</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Detectando…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>DN base: {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>DN base: el servidor no anuncia ninguno.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS desde el inicio)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Ninguna (LDAP sin cifrar)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Con el almacén de confianza del sistema</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Con un archivo de CA</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Desactivada — no verificar (inseguro)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Enlace simple (DN o usuario@dominio)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (sesión actual)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anónimo</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>LDAP genérico</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>Contrase&amp;ña…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Guardar la contraseña de la base de datos PostgreSQL en el llavero del sistema (comprobada antes con el servidor)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ La contraseña de {0} en {1}:{2} funciona y está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Contraseña de {0} para {1}:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Comprobando la contraseña con el servidor…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>Indique dónde están los usuarios en el directorio y a qué dominio de correo y base de datos de usuarios van.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>&amp;Detectar DN base</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Esta entrada y todo lo que hay debajo</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Solo las entradas directamente debajo</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Incluir cuen&amp;tas desactivadas</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>Incluir &amp;contactos con correo habilitado</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Permitir que las entradas &amp;tomen direcciones de función (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>sin límite (p. ej. 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>La cuota de buzón de los usuarios que crea una importación o sincronización de esta tarea; Dovecot la aplica. Cambie la de un usuario con `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Filtro de usuarios:</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Atributo del nombre de usuario:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Atributo del correo electrónico:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Atributo del nombre para mostrar:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Atributo de los alias:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Cuota de los usuarios nuevos:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>Cadena de &amp;enlace:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Al&amp;cance:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Nombres de usuario:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Quite el servidor de la cadena de enlace (basta con el DN), o vuelva atrás y cámbielo en la página «Conexión».</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>Leyendo el RootDSE del servidor…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ DN base del servidor: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>El servidor no anuncia ningún DN base.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Ese DN no existe en el servidor (o el usuario de enlace no puede verlo).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ El DN existe; %n usuario por debajo coincide con el filtro.</numerusform>
            <numerusform>✓ El DN existe; %n usuarios por debajo coinciden con el filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>parte del nombre o la dirección de un grupo</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Buscar grupos</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>B&amp;uscar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Grupos encontrados</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Añadir →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>Añadir el grupo seleccionado</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Grupos cuyos miembros se importan</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Quitar el grupo seleccionado</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>In&amp;cluir los miembros de los grupos anidados</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>vacío: todo el directorio (el contexto de nombres del DN base)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Buscar grupos por debajo de este DN</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Dónde se buscan los grupos para la pertenencia, las reglas de exclusión y las listas de correo; puede ser distinto de dónde están los usuarios (p. ej. ou=Groups junto a ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Grupos por debajo de:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrados:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>Importar los miembros de:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>No se encontró ningún grupo.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>El primer grupo; escriba más del nombre para acotar.</numerusform>
            <numerusform>Los %n primeros grupos; escriba más del nombre para acotar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Ningún grupo elegido: la pertenencia a grupos no restringe la importación.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Contando los miembros…</translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n usuario es miembro de los grupos elegidos.</numerusform>
            <numerusform>%n usuarios son miembros de los grupos elegidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Incluyen %n grupo anidado.</numerusform>
            <numerusform>Incluyen %n grupos anidados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>No se pudo leer %n entrada de miembro.</numerusform>
            <numerusform>No se pudieron leer %n entradas de miembros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>Compruebe las cifras y luego importe. La importación es una sola transacción: se aplica entera o no se aplica.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Guardar informe como CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Guardar como &amp;tarea programada…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Lotes…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>Lo que ldapwizard hizo en esta base de datos, y deshacer cualquier importación que aún se pueda</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>Configuración del servidor de &amp;correo…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Cómo leen Postfix y Dovecot esta base de datos</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>No disponible para este directorio</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>La base de datos cambió desde que se listó en la página «Usuarios»: vuelva a «Usuarios» y elija «Listar usuarios» antes de importar más.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>Se crearán en {3}, en la base de datos de usuarios {4}: usuarios {0}, alias {1}, listas de correo {2} (plan {5}).
Ocultas porque ya existen: {6}; excluidas por la elección de a quién importar: {7}; no importables: {8}; sin marcar: {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Lote {0}: creados: usuarios {1}, alias {2}, listas de correo {3}; omitidos: {4}, fallidos: {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>El lote {0} creó en {4}, en la base de datos de usuarios {5}: usuarios {1}, alias {2}, listas de correo {3}. Para importar más, vuelva a «Usuarios» y liste de nuevo.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Enviando mensajes de bienvenida…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>La base de datos de usuarios cambió desde que se mostraron estas cifras (otra importación, un deshacer o una dirección creada a mano), así que no se importó nada. Una importación ahora crearía: usuarios {0}, alias {1}, listas de correo {2}. Vuelva a «Usuarios», que lista y planifica de nuevo; compruebe las entradas y luego importe.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Lote {0} deshecho. Eliminados: usuarios {1}, alias {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>La lista no está actualizada: vuelva a «Usuarios» y liste de nuevo.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>No hay nada marcado en la página «Usuarios», así que no hay nada que importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Resuélvalo y vuelva a deshacer, o elija «Lotes…» para deshacerlo de todos modos (se pide confirmación dos veces).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Deshaciendo el lote {0}…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>El lote {0} se deshizo: no queda nada de él en {1}. Para importar de nuevo, vuelva a «Usuarios» y liste de nuevo.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>El lote de sincronización {0} se muestra abajo. Una sincronización no se puede deshacer: también actualizó, desactivó o eliminó usuarios.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>No se pudo escribir el archivo {0}.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Informe guardado en {0}.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Guardar esta tarea como</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>La importación guarda primero la tarea con este nombre: el próximo inicio, «Sincronizar ahora» y una tarea programada lo usan.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Guardar esta tarea &amp;como:</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>La ventana usará el idioma elegido a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — importar usuarios desde LDAP</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>Re&amp;gistro…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>Abrir la carpeta con los archivos de registro de ldapwizard</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>¿Detener la importación y cerrar? No se importará nada.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>¿Detener la sincronización y cerrar? No se cambiará nada.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>¿Dejar de listar los usuarios y cerrar?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>¿Detener la prueba de conexión y cerrar?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>Cerrar ldapwizard</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>La ejecución ya había escrito en la base de datos de usuarios cuando se pidió detenerla: lo que hizo se muestra en la página «Importación». Vuelva a cerrar la ventana cuando lo haya leído.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>La tarea «{0}» tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Lista de correo</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Añadir un miembro a mano: cada sincronización lo conserva</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Miembros de las listas de correo</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Todavía no hay una base de datos de usuarios en {0}.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>Leyendo las listas de correo…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>No hay ninguna lista de correo {0} en la base de datos.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>No hay ninguna lista de correo en {0}.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Miembros de {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>creada a partir del grupo del directorio {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>creada a mano</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Miembros de {0} ({1}, {2}): {3}, de ellos añadidos a mano: {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Dirección que añadir a mano a {0} (un usuario, alias o lista de esta base de datos, o cualquier otra dirección):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Quitar miembro</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>¿Quitar {0} de {1}? El correo enviado a la lista ya no le llegará.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Quitar el miembro seleccionado añadido a mano</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Listas de correo creadas a partir de grupos del directorio</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Doble clic: sus miembros en la base de datos, y los miembros añadidos o quitados a mano</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>Grupos con correo habilitado: {0}. Listas de correo nuevas, que la importación crea con los usuarios si están marcadas: {1} (sin marcar por un problema: {4}); ocultas (ya importadas, o la dirección está ocupada): {2}; no se pueden crear: {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Listas de &amp;correo ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>No se pudo abrir ningún gestor de archivos. Los archivos de registro de ldapwizard (ldapwizard.log, y sync-….log por cada sincronización programada) están en esta carpeta:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>Configuración del servidor de correo</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix y Dovecot leen esta base de datos directamente, a través de sus vistas documentadas: Postfix para aceptar el correo de los usuarios, alias y listas de correo; Dovecot para entregarlo y permitir que los usuarios inicien sesión — los usuarios del directorio con su contraseña del directorio, comprobada con el directorio del que proceden.

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
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ Todavía no hay base de datos en {0}: importe primero.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Más información: docs/mail-server.md describe las vistas columna por columna; la sección «Serving the imported users with Postfix and Dovecot» del README recorre los comandos paso a paso, incluido `ldapwizard mailstack check`, que pregunta a los servidores en marcha si ven a los usuarios tal como los tiene la base de datos.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>En el servidor de correo, donde está la base de datos, este comando escribe su configuración (tablas de búsqueda de Postfix y ajustes de main.cf, ajustes SQL y LDAP de Dovecot, un paquete de CA) y un README que indica dónde va cada archivo. Pide la contraseña de la cuenta de solo lectura con la que Dovecot consulta el directorio, y solo la escribe en un archivo que únicamente su propietario puede leer. (Los servicios de correo también deben poder leer la base de datos, y nunca cambiarla: `ldapwizard db init --db FILE --group postfix` lo prepara, con el archivo en una carpeta propia.) IMAP y el envío solo se sirven por TLS: ponga el certificado y la clave de su servidor de correo en lugar de --tls-cert y --tls-key.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>En cada servidor de correo, este comando escribe su configuración (tablas de búsqueda pgsql de Postfix y ajustes de main.cf, ajustes SQL y LDAP de Dovecot, archivos de CA) y un README que indica dónde va cada archivo. Los servidores de correo se conectan a PostgreSQL con un rol propio, aquí {0}, que puede leer las vistas de correo y nada más: créelo y luego `ldapwizard db init --db URL --reader {0}` le concede las vistas; el pg_hba.conf del servidor de base de datos debe permitirle la entrada desde los servidores de correo, por TLS (sslmode verify-full con la CA, para un servidor en la red). El comando pide la contraseña de ese rol y la de la cuenta de solo lectura con la que Dovecot consulta el directorio, y solo las escribe en archivos que únicamente su propietario puede leer. IMAP y el envío solo se sirven por TLS: ponga el certificado y la clave de su servidor de correo en lugar de --tls-cert y --tls-key.</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ Copiado.</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>Servidor de correo para los mensajes</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (el Postfix de este equipo)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automática (ninguna en este equipo, si no STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
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
        <translation>postmaster@ el dominio de los usuarios</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Re&amp;mitente:</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Árbol del directorio: marque las OU que se importarán</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>Incluir &amp;todo lo que hay bajo la OU seleccionada (sus sub-OU)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>Incluir las sub-OU de la OU seleccionada</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>Recargar el árbol del directorio</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>Leyendo los contextos de nombres del directorio…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Marcada pero ya no está en el directorio: {0}. Desmárquela en el árbol (marcada como ausente, tras los contextos de nombres), o marque su nueva ubicación.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>No se pudo leer la entrada del contexto de nombres ({0}); se muestra por su DN.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>El servidor no indica ningún contexto de nombres; indique el DN base en la cadena de enlace.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>No se pudo comprobar si las OU marcadas siguen existiendo.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>No se pudo leer el árbol del directorio.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU o contenedor</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Con sub-OU</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (ausente: ya no está en el directorio)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Esta OU marcada ya no está en el directorio (eliminada, renombrada o movida): sus usuarios no se listan. Desmárquela y marque su nueva ubicación.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Si también se importan las OU que tiene debajo</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>ausente, </translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>con sub-OU</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>sin sub-OU</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Asumir importaciones anteriores</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>Antes de guardar esta tarea se importaron desde {4} en {3}: usuarios {0}, listas de correo {1}, lotes {2}. ¿Debe la tarea «{5}» asumirlos? Su sincronización los actualizará y eliminará los que salgan del directorio.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Perfil guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(perfil nuevo)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar el nombre del perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>¿Eliminar el perfil «{0}» y la contraseña que se haya recordado para él?</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
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
        <translation>Creado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Reactivado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salió</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Lista cambiada</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Lista conservada</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Lista sin cambios</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Lista eliminada</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Se creará</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Se omitirá</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Fallaría</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Se actualizará</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Se reactivará</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Se desactivará</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Se eliminará</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Se conservará</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>La lista cambiará</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>La lista se conservará</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>La lista se eliminará</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Guardar como tarea programada</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>&amp;Eliminar las cuentas que ya no están en el directorio (primero se desactivan, se eliminan en una ejecución posterior con una lista nueva)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, de 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>Como máximo esta cantidad de eliminaciones por ejecución: un número (25) o una parte de los usuarios importados (5%); vacío: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Cada ejecución lista el directorio e importa TODAS las entradas nuevas que selecciona la elección de a quién importar de la tarea — no solo las marcadas en la página «Usuarios» —, actualiza los usuarios que importó y sigue el estado desactivado del directorio.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>solo si el programador no puede acceder al llavero (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Comando que ejecuta la tarea</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Tareas instaladas</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>&amp;Instalar en {0}</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>Quitar la &amp;tarea de este perfil</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Ejecutar &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>Archivo de &amp;contraseña:</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>La tarea ejecuta exactamente esto (sin contraseña):</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Tareas instaladas por ldapwizard:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Guarde primero la conexión como perfil (página «Conexión», «Guardar»): la tarea ejecuta un perfil guardado.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>La contraseña del perfil no está en el llavero: marque «Recordar» en la página «Conexión» y guarde, o indique un archivo de contraseña.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>Las tareas de cron no suelen poder acceder al llavero del escritorio; si la tarea no puede iniciar sesión, indique un archivo de contraseña (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Instalada: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Quitada.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Este perfil no tenía tarea.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Sincronizar con el directorio</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>Qué haría una sincronización</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>&amp;Eliminar las cuentas que salieron del directorio (desactivar ahora, eliminar en una sincronización posterior)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10 %, de 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>Como máximo esta cantidad de eliminaciones en una sincronización: un número (25) o una parte de los usuarios importados (5%); vacío: {0}. Se guarda con la tarea: la tarea programada también lo usa.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>Sincronizar a&amp;hora…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Cance&amp;lar sincronización</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>M&amp;iembros de las listas de correo…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>Los miembros de las listas de correo de esta base de datos, y los miembros añadidos o quitados a mano</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Sincronización cancelada; no se cambió nada.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>El perfil «{0}» ya importó antes en esta base de datos. Una sincronización lista de nuevo el directorio y pone sus usuarios al día con él: crea todas las entradas nuevas (marcadas o no, como la tarea programada), actualiza nombres, DN y alias, desactiva los usuarios que el directorio desactivó (y los reactiva cuando este lo hace) y, con «Eliminar las cuentas», desactiva los usuarios que salieron. «Eliminar las cuentas» y «Como máximo» se guardan con la tarea. Una sincronización no se puede deshacer.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Calculando qué haría una sincronización…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>Listando el directorio para calcular qué haría una sincronización…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Vista previa cancelada: cambie una opción para volver a calcularla.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>listado a las {0}, hace {1} s</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Nada que hacer: la base de datos coincide con el directorio ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Una sincronización ahora daría: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Sincronizando: listando de nuevo el directorio, %n entrada hasta ahora…</numerusform>
            <numerusform>Sincronizando: listando de nuevo el directorio, %n entradas hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Listando el directorio: %n entrada hasta ahora…</numerusform>
            <numerusform>Listando el directorio: %n entradas hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n usuario importado por este perfil salió del directorio.</numerusform>
            <numerusform>%n usuarios importados por este perfil salieron del directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n usuario importado por este perfil queda excluido por la elección de a quién importar.</numerusform>
            <numerusform>%n usuarios importados por este perfil quedan excluidos por la elección de a quién importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Marque «Eliminar las cuentas» para desactivarlos.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ Las eliminaciones se detendrían: {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>El directorio o la base de datos cambió desde la pregunta; no se cambió nada. ¿Sincronizar el perfil {0} en {1}? Ahora daría: {2}.
Una sincronización no se puede deshacer.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>¿Sincronizar el perfil {0} en {1}? Daría: {2}.
El directorio se ha {3}; la sincronización lo lista de nuevo y no hace nada si esto cambió.
Una sincronización no se puede deshacer.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>No se cambió nada: el directorio o la base de datos cambió desde la pregunta. Una sincronización ahora daría: {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Lote de sincronización {0}: {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Detenido por un límite de seguridad: {0}. El resto se escribió.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Detenido por un límite de seguridad: {0}. No hay nada más que hacer: no se cambió nada y no se registró ningún lote.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Nada que hacer: la base de datos coincide con el directorio; no se registró ningún lote.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>un archivo, o postgresql://usuario@host/base</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Do&amp;minio de correo de destino:</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Base de datos de u&amp;suarios:</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Base de datos de usuarios</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de usuarios (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>Parte l&amp;ocal de la dirección de correo (jdoe para jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>El nombre de &amp;usuario del directorio (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>La dirección de &amp;correo completa (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nombres de usuario</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>el nombre de usuario del directorio</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>el UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Los usuarios también pueden iniciar sesión con:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Nombres de inicio de sesión adicionales</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>No se puede importar: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Oculta, no se importa: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Fuera de {0}, no se importa: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Liste los usuarios del directorio y marque los que se importarán. Las entradas que ya existen están ocultas.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>&amp;Listar usuarios</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Filtrar por nombre, dirección, DN…</translation>
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
        <translation>Entradas del directorio</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>No seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>Seleccionar &amp;filtradas</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>&amp;Exportar vista previa a CSV</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Todas las entradas, las ocultas con sus motivos…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>Tal como se &amp;muestran: este filtro, esta opción y este orden…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Mostrarlas, con el motivo</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>Mostrar &amp;cuáles</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Mostrar solo estas entradas (las direcciones están en la información emergente de cada fila); de nuevo para mostrar todas</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ La lista está completa: {0} entradas.</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Desde la última importación, {0} de los usuarios que importó este perfil salieron del directorio y {1} cambiaron: vea la pestaña «Salidos o cambiados desde la última importación».</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>No se pudo calcular qué cambiaría una sincronización: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>La lista de arriba está incompleta, así que no se puede importar. Corrija el problema y liste de nuevo.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Lista cancelada; está incompleta. Elija «Listar usuarios» para empezar de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>%n entrada listada hasta ahora…</numerusform>
            <numerusform>%n entradas listadas hasta ahora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>%n excluida por la elección de a quién importar —</numerusform>
            <numerusform>%n excluidas por la elección de a quién importar —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Ocultas: {0} ya existen, {1} excluidas por la elección de a quién importar —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n oculta porque ya existe —</numerusform>
            <numerusform>%n ocultas porque ya existen —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n entrada tiene direcciones fuera de {0}, no se importa</numerusform>
            <numerusform>%n entradas tienen direcciones fuera de {0}, no se importan</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Seleccionadas: {0} · mostradas: {1} · no importables: {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todas</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>Usuarios del directorio</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Enviar un mensaje de &amp;bienvenida a los usuarios recién importados</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Cada usuario que crea esta importación recibe un mensaje en su buzón nuevo: su dirección, cómo iniciar sesión y cómo configurar su programa de correo.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Servidor de correo para los mensajes…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Mensajes de bienvenida: enviados {0}, fallidos {1} (se reenvían en la próxima importación o sincronización).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Enviado a: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>No enviado a {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Detenido: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Mensaje de bienvenida para {0}</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>El mensaje también tiene una parte HTML.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;A quién importar: OU, grupos, reglas de exclusión, listas de correo</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Reglas de exclusión, una por línea</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Una regla por línea, probadas en orden; la primera que coincide excluye la entrada (se muestra oculta, con la regla). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, o memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>Árbol del &amp;directorio</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Miembros de &amp;grupos</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>Reglas de e&amp;xclusión</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>Traer los grupos con correo habilitado como &amp;listas de correo</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>Grupos de distribución de AD y grupos de seguridad con correo habilitado, grupos de OpenLDAP con dirección de correo: cada uno se convierte en una lista de las direcciones de sus miembros</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Ninguna OU marcada: se lista el DN base de la cadena de enlace ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (solo sus propias entradas)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU marcada, listada en lugar del DN base de la cadena de enlace: {0}</numerusform>
            <numerusform>%n OU marcadas, listadas en lugar del DN base de la cadena de enlace: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
</context>
</TS>
