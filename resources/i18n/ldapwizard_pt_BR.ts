<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>Este computador não tem chaveiro do sistema, então a senha não pode ser lembrada: digite-a sempre que iniciar o assistente.</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>A senha deste perfil foi lembrada em um chaveiro do sistema, mas este computador não tem nenhum.</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>Digite a senha para entrar.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>Desbloqueie o chaveiro do sistema (o gerenciador de senhas da sua área de trabalho) e escolha o perfil de novo, ou digite a senha.</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>Este computador não tem um chaveiro do sistema onde lembrar a senha.</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>O perfil é salvo sem ela: digite a senha sempre que iniciar o assistente. Para que ela seja lembrada, instale um chaveiro (Gerenciador de Credenciais do Windows, Chaves do macOS ou um Secret Service como GNOME Keyring ou KWallet) e marque “Lembrar” de novo.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>Desbloqueie o chaveiro do sistema (o gerenciador de senhas da sua área de trabalho) e tente de novo, ou desmarque “Lembrar no chaveiro do sistema” e digite a senha todas as vezes.</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>Algo deu errado no ldapwizard; o que você estava fazendo não terminou.</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>Nada foi gravado, a menos que a página diga o contrário. O registro (botão “Registro…”) tem os detalhes; envie-os com o relatório de erro.</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>Liste os usuários primeiro: só uma listagem completa pode ser exportada.</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, separado por vírgulas (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV, separado por ponto e vírgula (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>Exportar prévia</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>%n linha exportada (como exibida) para %1.</numerusform>
            <numerusform>%n linhas exportadas (como exibidas) para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>%n linha exportada (todas as entradas) para %1.</numerusform>
            <numerusform>%n linhas exportadas (todas as entradas) para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>criados: {0}, atualizados: {1}, reativados: {2}, desativados: {3}, removidos: {4}, ignorados: {5}, com falha: {6}; listas de e-mail: criadas: {7}, alteradas: {8}, removidas: {9}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>criados: {0}, atualizados: {1}, reativados: {2}, desativados: {3}, removidos: {4}, ignorados: {5}, com falha: {6}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0} (aumente o limite “No máximo” se for intencional)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>O que uma sincronização faria, e por quê</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>Usuários que saíram do diretório ou mudaram</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>Saíram do diretório: desativados por uma sincronização, removidos por uma posterior ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>Desativados no diretório: desativados no sistema de e-mail por uma sincronização ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>Reativados no diretório: reativados por uma sincronização ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>Alterados no diretório: atualizados por uma sincronização ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>Deixados de fora pela escolha de quem importar ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>Saíram ou &amp;mudaram desde a última importação ({0})</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>Desde a última importação deste perfil, {0} de seus usuários saíram do diretório e {1} mudaram ({3} desativados no diretório, {4} reativados). Uma sincronização (“Sincronizar agora” na próxima página, ou a tarefa agendada) os trataria como listado aqui e também criaria as novas entradas ({2}).</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ Agora uma sincronização não desativaria nem removeria ninguém: {0}.</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>As palavras do próprio servidor e o certificado, se houver</translation>
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
        <translation>&amp;Importações e sincronizações em {0}, mais recentes primeiro:</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>&amp;Desfazer lote…</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>Desfazer &amp;mesmo assim…</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>Remover também o que foi alterado ou se refere ao lote desde a importação</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Ainda não há banco de dados de usuários em {0}.</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>Lendo os lotes…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>Desfazer lote</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>Desfazer mesmo assim</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>Desfazer o lote {0} mesmo assim?

As linhas indicadas na janela foram alteradas à mão ou são referenciadas por aliases ou listas de e-mail criados desde a importação. Elas também são removidas, junto com essas referências. Isso não pode ser revertido.</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Desfazendo o lote {0}…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>forçado: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ Lote {0} desfeito. Removidos: usuários {1}, aliases {2}, listas de e-mail {3}.</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>Resolva e desfaça de novo, ou escolha “Desfazer mesmo assim…” para removê-las também.</translation>
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
        <translation>Quando (UTC)</translation>
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
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contagens</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeito em</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sincronização</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>Pode ser desfeito</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>Escolha o servidor de diretório e como entrar, depois teste a conexão.</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com, 10.0.0.5 ou um nome de domínio do AD</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificado da CA (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com ou CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
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
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>&amp;Verificação do certificado:</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>Arqu&amp;ivo da CA:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>&amp;Usuário de bind:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>&amp;Detectar</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>Descobrir a segurança e o DN base: primeiro a porta acima, depois LDAPS na 636 e StartTLS na 389</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>Cancelar teste</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Resultados do teste</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>As configurações mudaram: teste a conexão de novo.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>As configurações mudaram durante o teste: teste a conexão de novo.</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ Conectado e autenticado. Escolha “Avançar”.</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ O teste de conexão falhou em: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>Informe o host primeiro.</translation>
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
        <translation>DN base: o servidor não anuncia nenhum.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado da CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil salvo.</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (TLS desde o início)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>Nenhuma (LDAP sem criptografia)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>Com o repositório confiável do sistema</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>Com um arquivo de CA</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>Desativada — não verificar (inseguro)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>Bind simples (DN ou usuario@dominio)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (login atual)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anônimo</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>LDAP genérico</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>O que fazer:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>Sen&amp;ha…</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>Guardar a senha do banco PostgreSQL no chaveiro do sistema (verificada antes com o servidor)</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ A senha de {0} em {1}:{2} funciona e está no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>o usuário</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Senha do banco de dados</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>Senha de {0} para {1}:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>Verificando a senha com o servidor…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>Informe onde os usuários estão no diretório e para qual domínio de e-mail e banco de dados de usuários eles vão.</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>&amp;Detectar DN base</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>Esta entrada e tudo abaixo dela</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>Apenas as entradas diretamente abaixo</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avançado</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>Incluir con&amp;tas desativadas</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>Incluir &amp;contatos habilitados para e-mail</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>Permitir que as entradas &amp;recebam endereços de função (postmaster, abuse, root…)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>sem limite (ex.: 500M, 2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>A cota de caixa postal dos usuários que uma importação ou sincronização desta tarefa cria; o Dovecot a aplica. Altere a de um usuário com `ldapwizard db set-quota`.</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>&amp;Filtro de usuários:</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>Atributo do nome de usuário:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>Atributo do e-mail:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>Atributo do nome de exibição:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>Atributo dos aliases:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>&amp;Cota para novos usuários:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Tamanho da página:</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>String de &amp;ligação:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Esco&amp;po:</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>Nomes de usuário:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>Tire o servidor da string de ligação (basta o DN), ou volte e altere-o na página “Conexão”.</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>Lendo o RootDSE do servidor…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ DN base do servidor: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>O servidor não anuncia nenhum DN base.</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ Esse DN não existe no servidor (ou o usuário de bind não pode vê-lo).</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ O DN existe; %n usuário abaixo dele corresponde ao filtro.</numerusform>
            <numerusform>✓ O DN existe; %n usuários abaixo dele correspondem ao filtro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>parte do nome ou do endereço de um grupo</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>Procurar grupos</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>Pro&amp;curar:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>Grupos encontrados</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>Adicionar →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>Adicionar o grupo selecionado</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>Grupos cujos membros são importados</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ver</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>Remover o grupo selecionado</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>In&amp;cluir os membros de grupos aninhados</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>vazio: o diretório inteiro (o contexto de nomes do DN base)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>Procurar grupos abaixo deste DN</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>Onde os grupos são procurados para associação, regras de exclusão e listas de e-mail; pode ser diferente de onde estão os usuários (ex.: ou=Groups ao lado de ou=People).</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>Grupos abaixo de:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Encontrados:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>Importar os membros de:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>Nenhum grupo encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>O primeiro grupo; digite mais do nome para refinar.</numerusform>
            <numerusform>Os primeiros %n grupos; digite mais do nome para refinar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>Nenhum grupo escolhido: a associação a grupos não restringe a importação.</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>Contando os membros…</translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>%n usuário é membro dos grupos escolhidos.</numerusform>
            <numerusform>%n usuários são membros dos grupos escolhidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>Eles incluem %n grupo aninhado.</numerusform>
            <numerusform>Eles incluem %n grupos aninhados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n entrada de membro não pôde ser lida.</numerusform>
            <numerusform>%n entradas de membros não puderam ser lidas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>Confira os números e depois importe. A importação é uma única transação: é aplicada inteira ou não é aplicada.</translation>
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
        <translation>Relatório da importação</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>&amp;Salvar relatório como CSV…</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>Salvar como &amp;tarefa agendada…</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>&amp;Lotes…</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>O que o ldapwizard fez neste banco de dados, e desfazer qualquer importação que ainda possa ser desfeita</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>Configuração do servidor de &amp;e-mail…</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Como o Postfix e o Dovecot leem este banco de dados</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>Não disponível para este diretório</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>O banco de dados mudou desde a listagem da página “Usuários”: volte a “Usuários” e escolha “Listar usuários” antes de importar mais.</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>Serão criados em {3}, no banco de dados de usuários {4}: usuários {0}, aliases {1}, listas de e-mail {2} (plano {5}).
Ocultas porque já existem: {6}; deixadas de fora pela escolha de quem importar: {7}; não importáveis: {8}; não marcadas: {9}.</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ Lote {0}: criados usuários {1}, aliases {2}, listas de e-mail {3}; ignorados: {4}, com falha: {5}.</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>O lote {0} criou em {4}, no banco de dados de usuários {5}: usuários {1}, aliases {2}, listas de e-mail {3}. Para importar mais, volte a “Usuários” e liste de novo.</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>Enviando mensagens de boas-vindas…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>O banco de dados de usuários mudou desde que estes números foram exibidos (outra importação, um desfazer ou um endereço criado à mão), então nada foi importado. Uma importação agora criaria: usuários {0}, aliases {1}, listas de e-mail {2}. Volte a “Usuários”, que lista e planeja de novo; confira as entradas e depois importe.</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ Lote {0} desfeito. Removidos: usuários {1}, aliases {2}.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Nada foi gravado ainda.</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>A lista está desatualizada: volte a “Usuários” e liste de novo.</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>Nada está marcado na página “Usuários”, então não há nada para importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>Resolva e desfaça de novo, ou escolha “Lotes…” para desfazê-lo mesmo assim (a confirmação é pedida duas vezes).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Desfazer importação</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>Desfazendo o lote {0}…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>O lote {0} foi desfeito: nada dele resta em {1}. Para importar de novo, volte a “Usuários” e liste de novo.</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>O lote de sincronização {0} aparece abaixo. Uma sincronização não pode ser desfeita: ela também atualizou, desativou ou removeu usuários.</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>Não foi possível gravar o arquivo {0}.</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>Relatório salvo em {0}.</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>Salvar esta tarefa como</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>A importação salva primeiro a tarefa com este nome: a próxima inicialização, “Sincronizar agora” e uma tarefa agendada o usam.</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>Sal&amp;var esta tarefa como:</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
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
        <translation>A janela usará o idioma escolhido a partir da próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — importar usuários do LDAP</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>Re&amp;gistro…</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>Abrir a pasta com os arquivos de registro do ldapwizard</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>Parar a importação e fechar? Nada será importado.</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>Parar a sincronização e fechar? Nada será alterado.</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>Parar de listar os usuários e fechar?</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>Parar o teste de conexão e fechar?</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>Fechar o ldapwizard</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>A execução já tinha gravado no banco de dados de usuários quando foi pedido que parasse: o que ela fez aparece na página “Importação”. Feche a janela de novo depois de ler.</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>A tarefa “{0}” tem alterações não salvas. Salvá-las antes de fechar?</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>Lista de e-mail</translation>
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
        <translation>Origem</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>Adicionar um membro à mão: toda sincronização o mantém</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>Membros das listas de e-mail</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>Ainda não há banco de dados de usuários em {0}.</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>Lendo as listas de e-mail…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>Não há lista de e-mail {0} no banco de dados.</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>Não há nenhuma lista de e-mail em {0}.</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>Membros de {0}</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>criada a partir do grupo do diretório {0}</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>criada à mão</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>Membros de {0} ({1}, {2}): {3}, dos quais adicionados à mão: {4}.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Adicionar um membro</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>Endereço a adicionar à mão em {0} (um usuário, alias ou lista deste banco de dados, ou qualquer outro endereço):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Remover membro</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>Remover {0} de {1}? E-mails para a lista não chegarão mais a ele.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>Remover o membro selecionado adicionado à mão</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>Listas de e-mail criadas a partir de grupos do diretório</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>Clique duplo: seus membros no banco de dados, e membros adicionados ou removidos à mão</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>Grupos habilitados para e-mail: {0}. Novas listas de e-mail, que a importação cria com os usuários quando marcadas: {1} (não marcadas por causa de um problema: {4}); ocultas (já importadas, ou endereço em uso): {2}; não podem ser criadas: {3}.</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>Listas de e-mai&amp;l ({0})</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>Arquivos de registro</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>Nenhum gerenciador de arquivos pôde ser aberto aqui. Os arquivos de registro do ldapwizard (ldapwizard.log, e sync-….log para cada sincronização agendada) estão nesta pasta:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Pasta de registros</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
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
        <translation>Configuração do servidor de e-mail</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>O Postfix e o Dovecot leem este banco de dados diretamente, por meio das suas visões documentadas: o Postfix para aceitar e-mails dos usuários, aliases e listas de e-mail; o Dovecot para entregá-los e deixar os usuários entrarem — usuários do diretório com a senha do diretório, verificada no diretório de onde vieram.

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
        <translation>⚠ Ainda não há banco de dados em {0}: importe primeiro.</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>Saiba mais: docs/mail-server.md descreve as visões coluna por coluna; a seção “Serving the imported users with Postfix and Dovecot” do README percorre os comandos passo a passo, incluindo `ldapwizard mailstack check`, que pergunta aos servidores em execução se eles veem os usuários como o banco de dados os tem.</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>No servidor de e-mail, onde está o banco de dados, este comando grava a configuração deles (tabelas de consulta do Postfix e ajustes do main.cf, ajustes SQL e LDAP do Dovecot, um pacote de CA) e um README dizendo onde vai cada arquivo. Ele pede a senha da conta somente leitura com a qual o Dovecot consulta o diretório, e a grava apenas em um arquivo legível só pelo dono. (Os daemons de e-mail também precisam poder ler o banco de dados, e nunca alterá-lo: `ldapwizard db init --db FILE --group postfix` prepara isso, com o arquivo em uma pasta própria.) IMAP e submission são servidos apenas via TLS: coloque o certificado e a chave do seu servidor de e-mail no lugar de --tls-cert e --tls-key.</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>Em cada servidor de e-mail, este comando grava a configuração deles (tabelas de consulta pgsql do Postfix e ajustes do main.cf, ajustes SQL e LDAP do Dovecot, arquivos de CA) e um README dizendo onde vai cada arquivo. Os servidores de e-mail entram no PostgreSQL com um papel próprio, aqui {0}, que pode ler as visões de e-mail e nada mais: crie-o, e então `ldapwizard db init --db URL --reader {0}` concede a ele as visões; o pg_hba.conf do servidor de banco de dados precisa deixá-lo entrar a partir dos servidores de e-mail, via TLS (sslmode verify-full com a CA, para um servidor pela rede). O comando pede a senha desse papel e a da conta somente leitura com a qual o Dovecot consulta o diretório, e as grava apenas em arquivos legíveis só pelo dono. IMAP e submission são servidos apenas via TLS: coloque o certificado e a chave do seu servidor de e-mail no lugar de --tls-cert e --tls-key.</translation>
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
        <translation>Servidor de e-mail para as mensagens</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (o Postfix deste computador)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>Automática (nenhuma neste computador, senão STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
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
        <translation>postmaster@ o domínio dos usuários</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;egurança:</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>Reme&amp;tente:</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>Árvore do diretório: marque as OUs a importar</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>Incluir &amp;tudo abaixo da OU selecionada (suas sub-OUs)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>Incluir as sub-OUs da OU selecionada</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>Recarregar a árvore do diretório</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>Lendo os contextos de nomes do diretório…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>Marcada, mas não está mais no diretório: {0}. Desmarque-a na árvore (marcada como ausente, após os contextos de nomes), ou marque para onde ela foi movida.</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>A entrada do contexto de nomes não pôde ser lida ({0}); ela é exibida pelo seu DN.</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>O servidor não informa nenhum contexto de nomes; informe o DN base na string de ligação.</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>Não foi possível verificar se as OUs marcadas ainda existem.</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>A árvore do diretório não pôde ser lida.</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU ou contêiner</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>Com sub-OUs</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0} (ausente: não está mais no diretório)</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>Esta OU marcada não está mais no diretório (excluída, renomeada ou movida): seus usuários não são listados. Desmarque-a e marque para onde ela foi movida.</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>Se as OUs abaixo dela também são importadas</translation>
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
        <translation>não marcada</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>com sub-OUs</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>sem sub-OUs</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>Assumir importações anteriores</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>Antes de esta tarefa ser salva, foram importados de {4} em {3}: usuários {0}, listas de e-mail {1}, lotes {2}. A tarefa “{5}” deve assumi-los? A sincronização dela então os atualiza e remove os que saírem do diretório.</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Perfil salvo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(novo perfil)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Excluir perfil</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>Excluir o perfil “{0}” e a senha lembrada para ele, se houver?</translation>
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
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
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
        <translation>Criado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>Reativado</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removido</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Saiu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>Lista alterada</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>Lista mantida</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>Lista deixada como está</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>Lista removida</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Será criado</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Será ignorado</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>Falharia</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Será atualizado</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>Será reativado</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>Será desativado</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>Será removido</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>Será mantido</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>A lista mudará</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>A lista será mantida</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>A lista será removida</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>Salvar como tarefa agendada</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>&amp;Remover contas que não estão mais no diretório (desativar primeiro, remover em uma execução posterior com nova listagem)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, de 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>No máximo esta quantidade de remoções por execução: um número (25) ou uma parcela dos usuários importados (5%); vazio: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>Cada execução lista o diretório e importa TODAS as novas entradas que a escolha de quem importar da tarefa seleciona — não só as marcadas na página “Usuários” —, atualiza os usuários que importou e segue o estado desativado do diretório.</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>só se o agendador não alcançar o chaveiro (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>Comando que a tarefa executa</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>Tarefas instaladas</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>&amp;Instalar em {0}</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>Remover a &amp;tarefa deste perfil</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>Executar a &amp;cada:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>No &amp;máximo:</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>Arquivo de &amp;senha:</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>A tarefa executa exatamente isto (sem senha):</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>Tarefas instaladas pelo ldapwizard:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>Salve primeiro a conexão como perfil (página “Conexão”, “Salvar”): a tarefa executa um perfil salvo.</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>A senha do perfil não está no chaveiro: marque “Lembrar” na página “Conexão” e salve, ou informe um arquivo de senha.</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>Tarefas do cron geralmente não alcançam o chaveiro da área de trabalho; se a tarefa não conseguir entrar, informe um arquivo de senha (chmod 600).</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ Instalada: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ Removida.</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>Este perfil não tinha tarefa.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>Sincronizar com o diretório</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>O que uma sincronização faria</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>&amp;Remover contas que saíram do diretório (desativar agora, remover em uma sincronização posterior)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%, de 1 a 500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>No máximo esta quantidade de remoções por sincronização: um número (25) ou uma parcela dos usuários importados (5%); vazio: {0}. Salvo com a tarefa: a tarefa agendada também o usa.</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>No &amp;máximo:</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>Sincronizar ag&amp;ora…</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>Cance&amp;lar sincronização</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>M&amp;embros das listas de e-mail…</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>Os membros das listas de e-mail deste banco de dados, e membros adicionados ou removidos à mão</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>Sincronização cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>O perfil “{0}” já importou para este banco de dados antes. Uma sincronização lista o diretório de novo e alinha seus usuários a ele: cria todas as novas entradas (marcadas ou não, como a tarefa agendada), atualiza nomes, DNs e aliases, desativa os usuários que o diretório desativou (e os reativa quando ele o faz) e, com “Remover contas”, desativa os usuários que saíram. “Remover contas” e “No máximo” são salvos com a tarefa. Uma sincronização não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>Calculando o que uma sincronização faria…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>Listando o diretório para calcular o que uma sincronização faria…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>Prévia cancelada: altere uma opção para recalculá-la.</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>listado às {0}, há {1} s</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>Nada a fazer: o banco de dados corresponde ao diretório ({0}).</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>Uma sincronização agora daria: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>Sincronizando: listando o diretório de novo, %n entrada até agora…</numerusform>
            <numerusform>Sincronizando: listando o diretório de novo, %n entradas até agora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>Listando o diretório: %n entrada até agora…</numerusform>
            <numerusform>Listando o diretório: %n entradas até agora…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>%n usuário importado por este perfil saiu do diretório.</numerusform>
            <numerusform>%n usuários importados por este perfil saíram do diretório.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>%n usuário importado por este perfil fica de fora pela escolha de quem importar.</numerusform>
            <numerusform>%n usuários importados por este perfil ficam de fora pela escolha de quem importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>Marque “Remover contas” para desativá-los.</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ As remoções parariam: {0}.</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>O diretório ou o banco de dados mudou desde a pergunta; nada foi alterado. Sincronizar o perfil {0} em {1}? Agora daria: {2}.
Uma sincronização não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>Sincronizar o perfil {0} em {1}? Daria: {2}.
O diretório foi {3}; a sincronização o lista de novo e não faz nada se isso mudou.
Uma sincronização não pode ser desfeita.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>Nada foi alterado: o diretório ou o banco de dados mudou desde a pergunta. Uma sincronização agora daria: {0}.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ Lote de sincronização {0}: {1}.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ Parado por um limite de segurança: {0}. O restante foi gravado.</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ Parado por um limite de segurança: {0}. Nada mais a fazer: nada foi alterado e nenhum lote foi registrado.</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ Nada a fazer: o banco de dados corresponde ao diretório; nenhum lote foi registrado.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>um arquivo, ou postgresql://usuario@host/banco</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>Do&amp;mínio de e-mail de destino:</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>Banco de dados de u&amp;suários:</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>Banco de dados de usuários</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bancos de dados de usuários (*.sqlite *.db);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>Parte l&amp;ocal do endereço de e-mail (jdoe para jdoe@example.com)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>O nome de &amp;usuário do diretório (sAMAccountName / uid)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>O endereço de &amp;e-mail completo (jdoe@example.com)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomes de usuário</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>o nome de usuário do diretório</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>o UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>Os usuários também podem entrar com:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>Nomes de login adicionais</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nome de exibição</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>Não pode ser importada: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>Oculta, não importada: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>Fora de {0}, não importada: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>Liste os usuários do diretório e marque os que serão importados. As entradas que já existem ficam ocultas.</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>&amp;Listar usuários</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>Filtrar por nome, endereço, DN…</translation>
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
        <translation>Entradas do diretório</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>Selecionar &amp;nenhum</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>Selecionar &amp;filtradas</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>&amp;Exportar prévia para CSV</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>&amp;Todas as entradas, as ocultas com seus motivos…</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>Como e&amp;xibidas: este filtro, esta opção e esta ordenação…</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>&amp;Mostrá-las, com o motivo</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>Mostrar &amp;quais</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>Mostrar só estas entradas (os endereços estão na dica de cada linha); de novo para mostrar todas</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ A listagem está completa: {0} entradas.</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>Desde a última importação, {0} dos usuários que este perfil importou saíram do diretório e {1} mudaram: veja a aba “Saíram ou mudaram desde a última importação”.</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>Não foi possível calcular o que uma sincronização mudaria: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>A lista acima está incompleta, então não pode ser importada. Corrija o problema e liste de novo.</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>Listagem cancelada; a lista está incompleta. Escolha “Listar usuários” para recomeçar.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>%n entrada listada até agora…</numerusform>
            <numerusform>%n entradas listadas até agora…</numerusform>
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
            <numerusform>%n deixada de fora pela escolha de quem importar —</numerusform>
            <numerusform>%n deixadas de fora pela escolha de quem importar —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>Ocultas: {0} já existem, {1} deixadas de fora pela escolha de quem importar —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>%n oculta porque já existe —</numerusform>
            <numerusform>%n ocultas porque já existem —</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>%n entrada tem endereços fora de {0}, não importada</numerusform>
            <numerusform>%n entradas têm endereços fora de {0}, não importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>Selecionadas: {0} · exibidas: {1} · não importáveis: {2}</translation>
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
        <translation>Usuários do diretório</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>Enviar uma mensagem de &amp;boas-vindas aos usuários recém-importados</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>Cada usuário criado por esta importação recebe uma mensagem na nova caixa postal: seu endereço, como entrar e como configurar seu programa de e-mail.</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Prévia…</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>Servidor de e-mail para as mensagens…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>Mensagens de boas-vindas: enviadas {0}, com falha {1} (reenviadas na próxima importação ou sincronização).</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>Enviado para: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>Não enviado para {0}: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Parado: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>Mensagem de boas-vindas para {0}</translation>
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
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>A mensagem também tem uma parte HTML.</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>&amp;Quem importar: OUs, grupos, regras de exclusão, listas de e-mail</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>Regras de exclusão, uma por linha</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>Uma regra por linha, testadas em ordem; a primeira que corresponder deixa a entrada de fora (exibida oculta, com a regra). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, ou memberof GROUP.</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>Árvore do &amp;diretório</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>Membros de &amp;grupos</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>Regras de e&amp;xclusão</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>Trazer grupos habilitados para e-mail como &amp;listas de e-mail</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>Grupos de distribuição do AD e grupos de segurança habilitados para e-mail, grupos do OpenLDAP com endereço de e-mail: cada um vira uma lista dos endereços de seus membros</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>Nenhuma OU marcada: o DN base da string de ligação é listado ({0}).</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhuma ainda</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0} (só as próprias entradas)</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n OU marcada, listada no lugar do DN base da string de ligação: {0}</numerusform>
            <numerusform>%n OUs marcadas, listadas no lugar do DN base da string de ligação: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e mais %n)</numerusform>
            <numerusform>(e mais %n)</numerusform>
        </translation>
    </message>
</context>
</TS>
