<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>This computer has no system keyring, so the password cannot be remembered: type it each time you start the wizard.</source>
        <translation>このコンピューターにはシステムのキーリングがないため、パスワードを保存できません。ウィザードを起動するたびに入力してください。</translation>
    </message>
    <message>
        <source>This profile&apos;s password was remembered in a system keyring, but this computer has none.</source>
        <translation>このプロファイルのパスワードはシステムのキーリングに保存されていましたが、このコンピューターにはキーリングがありません。</translation>
    </message>
    <message>
        <source>Type the password to sign in.</source>
        <translation>サインインするにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and choose the profile again, or type the password.</source>
        <translation>システムのキーリング（デスクトップのパスワード マネージャー）のロックを解除してプロファイルを選び直すか、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>There is no system keyring on this computer to remember the password in.</source>
        <translation>このコンピューターには、パスワードを保存するシステムのキーリングがありません。</translation>
    </message>
    <message>
        <source>The profile is saved without it: type the password each time you start the wizard. To have it remembered, install a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet) and tick “Remember” again.</source>
        <translation>プロファイルはパスワードなしで保存されます。ウィザードを起動するたびにパスワードを入力してください。保存するには、キーリング（Windows 資格情報マネージャー、macOS キーチェーン、または GNOME Keyring や KWallet などの Secret Service）をインストールし、もう一度「保存」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Unlock the system keyring (your desktop&apos;s password manager) and try again, or untick “Remember in the system keyring” and type the password each time.</source>
        <translation>システムのキーリング（デスクトップのパスワード マネージャー）のロックを解除してやり直すか、「システムのキーリングに保存」のチェックを外して毎回パスワードを入力してください。</translation>
    </message>
    <message>
        <source>ldapwizard</source>
        <translation>ldapwizard</translation>
    </message>
    <message>
        <source>Something went wrong inside ldapwizard; what you were doing did not finish.</source>
        <translation>ldapwizard の内部で問題が発生しました。実行中の操作は完了していません。</translation>
    </message>
    <message>
        <source>Nothing was written unless the page says so. The log (Log… button) has the details; please send them with a bug report.</source>
        <translation>ページに表示がない限り、何も書き込まれていません。詳細はログ（［ログ…］ボタン）にあります。不具合の報告に添えて送ってください。</translation>
    </message>
    <message>
        <source>List the users first: only a complete listing can be exported.</source>
        <translation>先にユーザーを一覧表示してください。エクスポートできるのは完全な一覧だけです。</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV、カンマ区切り (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV、セミコロン区切り (*.csv)</translation>
    </message>
    <message>
        <source>Export preview</source>
        <translation>プレビューのエクスポート</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (as shown) to %1.</source>
        <translation>
            <numerusform>表示どおりの %n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n rows (all entries) to %1.</source>
        <translation>
            <numerusform>すべてのエントリ %n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed</source>
        <translation>作成 {0}、更新 {1}、再有効化 {2}、無効化 {3}、削除 {4}、スキップ {5}、失敗 {6}</translation>
    </message>
    <message>
        <source>{0} created, {1} updated, {2} re-enabled, {3} disabled, {4} removed, {5} skipped, {6} failed; mailing lists: {7} created, {8} changed, {9} removed</source>
        <translation>作成 {0}、更新 {1}、再有効化 {2}、無効化 {3}、削除 {4}、スキップ {5}、失敗 {6}。メーリング リスト: 作成 {7}、変更 {8}、削除 {9}</translation>
    </message>
    <message>
        <source>{0} (raise the At most limit if this is intended)</source>
        <translation>{0}（意図したものであれば「上限」を引き上げてください）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>What a sync would do, and why</source>
        <translation>同期で行われる内容とその理由</translation>
    </message>
    <message>
        <source>Users who left the directory or changed</source>
        <translation>ディレクトリから外れたユーザー、または変更されたユーザー</translation>
    </message>
    <message>
        <source>Left the directory: disabled by a sync, removed by a later one ({0})</source>
        <translation>ディレクトリから外れた: 同期で無効化し、その後の同期で削除 ({0})</translation>
    </message>
    <message>
        <source>Disabled in the directory: disabled in the mail system by a sync ({0})</source>
        <translation>ディレクトリで無効: 同期でメール システムでも無効化 ({0})</translation>
    </message>
    <message>
        <source>Enabled again in the directory: enabled again by a sync ({0})</source>
        <translation>ディレクトリで再び有効: 同期で再び有効化 ({0})</translation>
    </message>
    <message>
        <source>Changed in the directory: updated by a sync ({0})</source>
        <translation>ディレクトリで変更: 同期で更新 ({0})</translation>
    </message>
    <message>
        <source>Left out by the choice of who to import ({0})</source>
        <translation>インポート対象の選択で除外 ({0})</translation>
    </message>
    <message>
        <source>Left or c&amp;hanged since the last import ({0})</source>
        <translation>前回のインポート以降に外れた・変更された項目 ({0})(&amp;H)</translation>
    </message>
    <message>
        <source>Since this profile&apos;s last import, {0} of its users left the directory and {1} changed ({3} disabled in the directory, {4} enabled again). A sync (Sync now on the next page, or the scheduled job) would treat them as listed here, and also create the new entries ({2}).</source>
        <translation>このプロファイルの前回のインポート以降、ユーザーのうち {0} 人がディレクトリから外れ、{1} 人が変更されました（ディレクトリで無効化 {3} 人、再有効化 {4} 人）。同期（次のページの［今すぐ同期］またはスケジュールされたジョブ）は、ここに示したとおりに処理し、新しいエントリ ({2}) も作成します。</translation>
    </message>
    <message>
        <source>⚠ A sync would disable and remove no one now: {0}.</source>
        <translation>⚠ 現在、同期では誰も無効化・削除されません: {0}。</translation>
    </message>
</context>
<context>
    <name>BasePage</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>The server&apos;s own words and the certificate, if any</source>
        <translation>サーバーからの原文のメッセージと、あれば証明書</translation>
    </message>
</context>
<context>
    <name>BatchesDialog</name>
    <message>
        <source>Batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>&amp;Imports and syncs in {0}, newest first:</source>
        <translation>{0} のインポートと同期（新しい順）(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Undo batch…</source>
        <translation>バッチを元に戻す…(&amp;U)</translation>
    </message>
    <message>
        <source>Undo &amp;anyway…</source>
        <translation>強制的に元に戻す…(&amp;A)</translation>
    </message>
    <message>
        <source>Also remove what was changed or refers to the batch since the import</source>
        <translation>インポート以降に変更されたもの、またはバッチを参照しているものも削除します</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>{0} にはまだユーザー データベースがありません。</translation>
    </message>
    <message>
        <source>Reading the batches…</source>
        <translation>バッチを読み込んでいます…</translation>
    </message>
    <message>
        <source>Undo batch</source>
        <translation>バッチを元に戻す</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>強制的に元に戻す</translation>
    </message>
    <message>
        <source>Undo batch {0} anyway?

The rows named in the window were changed by hand or are referred to by aliases or mailing lists made since the import. They are removed too, with those references. This cannot be taken back.</source>
        <translation>バッチ {0} を強制的に元に戻しますか？

ウィンドウに示した行は、手動で変更されたか、インポート以降に作成されたエイリアスやメーリング リストから参照されています。それらの参照とともに、これらの行も削除されます。この操作は取り消せません。</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>バッチ {0} を元に戻しています…</translation>
    </message>
    <message>
        <source>forced: {0}</source>
        <translation>強制: {0}</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}, mailing lists {3}.</source>
        <translation>✓ バッチ {0} を元に戻しました。削除: ユーザー {1}、エイリアス {2}、メーリング リスト {3}。</translation>
    </message>
    <message>
        <source>✗ {0}</source>
        <translation>✗ {0}</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Undo anyway… to remove them too.</source>
        <translation>問題を解決してからもう一度元に戻すか、［強制的に元に戻す…］を選んでそれらも削除してください。</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>日時 (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>元に戻した日時</translation>
    </message>
    <message>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Can be undone</source>
        <translation>元に戻せます</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Choose the directory server and how to sign in, then test the connection.</source>
        <translation>ディレクトリ サーバーとサインイン方法を選び、接続をテストしてください。</translation>
    </message>
    <message>
        <source>dc1.corp.example.com, 10.0.0.5 or an AD domain name</source>
        <translation>dc1.corp.example.com、10.0.0.5、または AD ドメイン名</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA 証明書 (PEM)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照…(&amp;O)</translation>
    </message>
    <message>
        <source>svc-import@corp.example.com or CN=svc-import,OU=…</source>
        <translation>svc-import@corp.example.com または CN=svc-import,OU=…</translation>
    </message>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>システムのキーリングに保存(&amp;R)</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>プロファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Server t&amp;ype:</source>
        <translation>サーバーの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>セキュリティ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Certificate check:</source>
        <translation>証明書の検証(&amp;C):</translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation>CA ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>認証(&amp;A):</translation>
    </message>
    <message>
        <source>Bind &amp;user:</source>
        <translation>バインド ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Detect</source>
        <translation>検出(&amp;D)</translation>
    </message>
    <message>
        <source>Find the security and the base DN: the port above first, then LDAPS on 636 and StartTLS on 389</source>
        <translation>セキュリティとベース DN を調べます。まず上のポート、次に 636 番の LDAPS、389 番の StartTLS の順に試します</translation>
    </message>
    <message>
        <source>Cancel test</source>
        <translation>テストを中止</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>Settings changed: test the connection again.</source>
        <translation>設定が変更されました。もう一度接続をテストしてください。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>テストしています…</translation>
    </message>
    <message>
        <source>Settings changed during the test: test the connection again.</source>
        <translation>テスト中に設定が変更されました。もう一度接続をテストしてください。</translation>
    </message>
    <message>
        <source>✓ Connected and signed in. Choose Next.</source>
        <translation>✓ 接続してサインインしました。［次へ］を選んでください。</translation>
    </message>
    <message>
        <source>✗ The connection test failed at: {0}</source>
        <translation>✗ 接続テストが次の段階で失敗しました: {0}</translation>
    </message>
    <message>
        <source>Enter the host first.</source>
        <translation>先にホストを入力してください。</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>検出しています…</translation>
    </message>
    <message>
        <source>Base DN: {0}</source>
        <translation>ベース DN: {0}</translation>
    </message>
    <message>
        <source>Base DN: none advertised.</source>
        <translation>ベース DN: サーバーからの通知はありません。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>プロファイルを保存しました。</translation>
    </message>
    <message>
        <source>LDAPS (TLS from the start)</source>
        <translation>LDAPS (最初から TLS)</translation>
    </message>
    <message>
        <source>None (plain LDAP)</source>
        <translation>なし (暗号化しない LDAP)</translation>
    </message>
    <message>
        <source>Against the system trust store</source>
        <translation>システムの信頼ストアで検証</translation>
    </message>
    <message>
        <source>Against a CA file</source>
        <translation>CA ファイルで検証</translation>
    </message>
    <message>
        <source>Off — do not verify (unsafe)</source>
        <translation>オフ — 検証しない (安全ではありません)</translation>
    </message>
    <message>
        <source>Simple bind (DN or user@domain)</source>
        <translation>簡易バインド (DN または user@domain)</translation>
    </message>
    <message>
        <source>Kerberos (current sign-in)</source>
        <translation>Kerberos (現在のサインイン)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Generic LDAP</source>
        <translation>汎用 LDAP</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
</context>
<context>
    <name>DatabasePasswordButton</name>
    <message>
        <source>Pass&amp;word…</source>
        <translation>パスワード…(&amp;W)</translation>
    </message>
    <message>
        <source>Keep the PostgreSQL database&apos;s password in the system keyring (checked with the server first)</source>
        <translation>PostgreSQL データベースのパスワードをシステムのキーリングに保存します（先にサーバーで確認します）</translation>
    </message>
    <message>
        <source>✓ The password of {0} at {1}:{2} works and is in the system keyring.</source>
        <translation>✓ {1}:{2} の {0} のパスワードは有効で、システムのキーリングに保存されました。</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>Password of {0} for {1}:</source>
        <translation>{1} の {0} のパスワード:</translation>
    </message>
    <message>
        <source>Checking the password with the server…</source>
        <translation>サーバーでパスワードを確認しています…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Say where the users are in the directory and which mail domain and user database they go to.</source>
        <translation>ディレクトリ内のユーザーの場所と、取り込み先のメール ドメインおよびユーザー データベースを指定してください。</translation>
    </message>
    <message>
        <source>&amp;Detect base DN</source>
        <translation>ベース DN を検出(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>This entry and everything below it</source>
        <translation>このエントリとその配下すべて</translation>
    </message>
    <message>
        <source>Only entries directly below it</source>
        <translation>直下のエントリのみ</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>詳細設定(&amp;A)</translation>
    </message>
    <message>
        <source>Include disabled accoun&amp;ts</source>
        <translation>無効なアカウントを含める(&amp;T)</translation>
    </message>
    <message>
        <source>Include mail-enabled &amp;contacts</source>
        <translation>メールが有効な連絡先を含める(&amp;C)</translation>
    </message>
    <message>
        <source>Let entries ta&amp;ke role addresses (postmaster, abuse, root…)</source>
        <translation>役割アドレス (postmaster、abuse、root…) の使用を許可する(&amp;K)</translation>
    </message>
    <message>
        <source>no limit (e.g. 500M, 2G)</source>
        <translation>制限なし (例: 500M、2G)</translation>
    </message>
    <message>
        <source>The mailbox quota of the users an import or sync of this job creates; Dovecot enforces it. Change one user&apos;s with `ldapwizard db set-quota`.</source>
        <translation>このジョブのインポートまたは同期で作成されるユーザーのメールボックス容量制限です。Dovecot が適用します。個々のユーザーの制限は `ldapwizard db set-quota` で変更できます。</translation>
    </message>
    <message>
        <source>User &amp;filter:</source>
        <translation>ユーザー フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Username attribute:</source>
        <translation>ユーザー名の属性:</translation>
    </message>
    <message>
        <source>Email attribute:</source>
        <translation>メール アドレスの属性:</translation>
    </message>
    <message>
        <source>Display name attribute:</source>
        <translation>表示名の属性:</translation>
    </message>
    <message>
        <source>Alias attribute:</source>
        <translation>エイリアスの属性:</translation>
    </message>
    <message>
        <source>&amp;Quota for new users:</source>
        <translation>新しいユーザーの容量制限(&amp;Q):</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>ページ サイズ(&amp;Z):</translation>
    </message>
    <message>
        <source>B&amp;inding string:</source>
        <translation>バインド文字列(&amp;I):</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>範囲(&amp;P):</translation>
    </message>
    <message>
        <source>Usernames:</source>
        <translation>ユーザー名:</translation>
    </message>
    <message>
        <source>Leave the server out of the binding string (a bare DN is enough), or go Back and change it on the Connection page.</source>
        <translation>バインド文字列からサーバーを省いてください（DN だけで十分です）。または［戻る］で接続ページに戻って変更してください。</translation>
    </message>
    <message>
        <source>Reading the server&apos;s RootDSE…</source>
        <translation>サーバーの RootDSE を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>✓ Base DN from the server: {0}</source>
        <translation>✓ サーバーから取得したベース DN: {0}</translation>
    </message>
    <message>
        <source>The server advertises no base DN.</source>
        <translation>サーバーはベース DN を通知していません。</translation>
    </message>
    <message>
        <source>✗ That DN does not exist on the server (or the bind user may not see it).</source>
        <translation>✗ その DN はサーバーに存在しません（またはバインド ユーザーから見えません）。</translation>
    </message>
    <message numerus="yes">
        <source>✓ The DN exists; %n users below it match the filter.</source>
        <translation>
            <numerusform>✓ DN は存在します。その配下の %n 人のユーザーがフィルターに一致します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupPicker</name>
    <message>
        <source>part of a group&apos;s name or address</source>
        <translation>グループ名またはアドレスの一部</translation>
    </message>
    <message>
        <source>Look for groups</source>
        <translation>グループを検索</translation>
    </message>
    <message>
        <source>Loo&amp;k for:</source>
        <translation>検索語(&amp;K):</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Groups found</source>
        <translation>見つかったグループ</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>追加 →</translation>
    </message>
    <message>
        <source>Add the selected group</source>
        <translation>選択したグループを追加</translation>
    </message>
    <message>
        <source>Groups whose members are imported</source>
        <translation>メンバーをインポートするグループ</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected group</source>
        <translation>選択したグループを削除</translation>
    </message>
    <message>
        <source>In&amp;clude the members of nested groups</source>
        <translation>入れ子になったグループのメンバーを含める(&amp;C)</translation>
    </message>
    <message>
        <source>empty: the whole directory (the base DN&apos;s naming context)</source>
        <translation>空欄: ディレクトリ全体 (ベース DN の名前付けコンテキスト)</translation>
    </message>
    <message>
        <source>Look for groups below this DN</source>
        <translation>この DN の配下でグループを検索</translation>
    </message>
    <message>
        <source>Where groups are looked up for membership, exclusion rules and mailing lists; it may differ from where the users are (e.g. ou=Groups beside ou=People).</source>
        <translation>メンバーシップ、除外ルール、メーリング リストのためにグループを検索する場所です。ユーザーの場所とは異なる場合があります（例: ou=People と並ぶ ou=Groups）。</translation>
    </message>
    <message>
        <source>Groups below:</source>
        <translation>グループの検索場所:</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>検索結果:</translation>
    </message>
    <message>
        <source>Import the members of:</source>
        <translation>次のグループのメンバーをインポート:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>No group found.</source>
        <translation>グループが見つかりません。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n groups; type more of the name to narrow them.</source>
        <translation>
            <numerusform>最初の %n 件のグループです。名前をさらに入力して絞り込んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users are members of the chosen groups.</source>
        <translation>
            <numerusform>選んだグループのメンバーであるユーザーは %n 人です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They include %n nested groups.</source>
        <translation>
            <numerusform>入れ子のグループが %n 個含まれます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member entries could not be read.</source>
        <translation>
            <numerusform>%n 件のメンバー エントリを読み取れませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>No group chosen: group membership does not narrow the import.</source>
        <translation>グループが選ばれていません。グループのメンバーシップでインポート対象は絞り込まれません。</translation>
    </message>
    <message>
        <source>Counting the members…</source>
        <translation>メンバーを数えています…</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Check the numbers, then import. The import is one transaction: it lands whole or not at all.</source>
        <translation>件数を確認してからインポートしてください。インポートは 1 つのトランザクションで、すべて反映されるか、何も反映されないかのどちらかです。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>インポート レポート</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>レポートを CSV で保存…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>このインポートを元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Save as scheduled &amp;job…</source>
        <translation>スケジュール ジョブとして保存…(&amp;J)</translation>
    </message>
    <message>
        <source>Ba&amp;tches…</source>
        <translation>バッチ…(&amp;T)</translation>
    </message>
    <message>
        <source>What ldapwizard did to this database, and undo of any import that still can be</source>
        <translation>ldapwizard がこのデータベースに行った操作と、まだ元に戻せるインポートの取り消し</translation>
    </message>
    <message>
        <source>&amp;Mail server set-up…</source>
        <translation>メール サーバーの設定…(&amp;M)</translation>
    </message>
    <message>
        <source>How Postfix and Dovecot read this database</source>
        <translation>Postfix と Dovecot がこのデータベースを読み取る方法</translation>
    </message>
    <message>
        <source>Not available for this directory</source>
        <translation>このディレクトリでは使用できません</translation>
    </message>
    <message>
        <source>The database changed since the Users page listed: go back to Users and choose List users before importing more.</source>
        <translation>ユーザー ページで一覧表示した後にデータベースが変更されました。さらにインポートする前に、ユーザー ページに戻って［ユーザーを一覧表示］を選んでください。</translation>
    </message>
    <message>
        <source>These will be created in {3}, in the user database {4} (plan {5}): users {0}, aliases {1}, mailing lists {2}.
Hidden because they already exist: {6}; left out by the choice of who to import: {7}; cannot be imported: {8}; not ticked: {9}.</source>
        <translation>{3} のユーザー データベース {4} に、ユーザー {0}、エイリアス {1}、メーリング リスト {2} を作成します (計画 {5})。
既に存在するため非表示: {6}、インポート対象の選択で除外: {7}、インポート不可: {8}、チェックなし: {9}。</translation>
    </message>
    <message>
        <source>✓ Batch {0}: created users {1}, aliases {2}, mailing lists {3}; skipped {4}, failed {5}.</source>
        <translation>✓ バッチ {0}: 作成 ユーザー {1}、エイリアス {2}、メーリング リスト {3}。スキップ {4}、失敗 {5}。</translation>
    </message>
    <message>
        <source>Batch {0} created in {4}, in the user database {5}: users {1}, aliases {2}, mailing lists {3}. To import more, go back to Users and list again.</source>
        <translation>バッチ {0} で、{4} のユーザー データベース {5} に ユーザー {1}、エイリアス {2}、メーリング リスト {3} を作成しました。さらにインポートするには、ユーザー ページに戻ってもう一度一覧表示してください。</translation>
    </message>
    <message>
        <source>Sending welcome messages…</source>
        <translation>ウェルカム メッセージを送信しています…</translation>
    </message>
    <message>
        <source>The user database changed since these numbers were shown (another import, an undo or a hand-made address), so nothing was imported. An import now would create: users {0}, aliases {1}, mailing lists {2}. Go back to Users, which lists and plans again; check the entries, then import.</source>
        <translation>これらの件数を表示した後にユーザー データベースが変更された（別のインポート、取り消し、または手動で作成したアドレス）ため、何もインポートしませんでした。今インポートすると、ユーザー {0}、エイリアス {1}、メーリング リスト {2} が作成されます。ユーザー ページに戻ると一覧と計画が作り直されます。エントリを確認してからインポートしてください。</translation>
    </message>
    <message>
        <source>✓ Batch {0} undone. Removed: users {1}, aliases {2}.</source>
        <translation>✓ バッチ {0} を元に戻しました。削除: ユーザー {1}、エイリアス {2}。</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <source>The list is out of date: go back to Users and list again.</source>
        <translation>一覧が古くなっています。ユーザー ページに戻って、もう一度一覧表示してください。</translation>
    </message>
    <message>
        <source>Nothing is ticked on the Users page, so there is nothing to import.</source>
        <translation>ユーザー ページで何もチェックされていないため、インポートするものはありません。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Resolve them and undo again, or choose Batches… to undo it anyway (it asks twice).</source>
        <translation>問題を解決してからもう一度元に戻すか、［バッチ…］を選んで強制的に元に戻してください（2 回確認されます）。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>インポートを元に戻す</translation>
    </message>
    <message>
        <source>Undoing batch {0}…</source>
        <translation>バッチ {0} を元に戻しています…</translation>
    </message>
    <message>
        <source>Batch {0} was undone: nothing of it is left in {1}. To import again, go back to Users and list again.</source>
        <translation>バッチ {0} を元に戻しました。{1} にはその内容は何も残っていません。もう一度インポートするには、ユーザー ページに戻って一覧表示し直してください。</translation>
    </message>
    <message>
        <source>Sync batch {0} is shown below. A sync cannot be undone: it also updated, disabled or removed users.</source>
        <translation>同期バッチ {0} を下に示します。同期は元に戻せません。ユーザーの更新、無効化、削除も行われているためです。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file {0} could not be written.</source>
        <translation>ファイル {0} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Report saved to {0}.</source>
        <translation>レポートを {0} に保存しました。</translation>
    </message>
</context>
<context>
    <name>JobNameField</name>
    <message>
        <source>Save this job as</source>
        <translation>このジョブの保存名</translation>
    </message>
    <message>
        <source>Import saves the job under this name first: the next start, Sync now and a scheduled job use it.</source>
        <translation>インポートは最初にこの名前でジョブを保存します。次回の起動、［今すぐ同期］、スケジュール ジョブがこれを使います。</translation>
    </message>
    <message>
        <source>Sa&amp;ve this job as:</source>
        <translation>このジョブの保存名(&amp;V):</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The window speaks the chosen language from its next start.</source>
        <translation>選んだ言語は次回の起動時から表示されます。</translation>
    </message>
</context>
<context>
    <name>LdapWizard</name>
    <message>
        <source>ldapwizard — import users from LDAP</source>
        <translation>ldapwizard — LDAP からユーザーをインポート</translation>
    </message>
    <message>
        <source>Lo&amp;g…</source>
        <translation>ログ…(&amp;G)</translation>
    </message>
    <message>
        <source>Open the folder with ldapwizard&apos;s log files</source>
        <translation>ldapwizard のログ ファイルがあるフォルダーを開きます</translation>
    </message>
    <message>
        <source>Stop the import and close? Nothing will be imported.</source>
        <translation>インポートを中止して閉じますか？ 何もインポートされません。</translation>
    </message>
    <message>
        <source>Stop the sync and close? Nothing will be changed.</source>
        <translation>同期を中止して閉じますか？ 何も変更されません。</translation>
    </message>
    <message>
        <source>Stop listing the users and close?</source>
        <translation>ユーザーの一覧表示を中止して閉じますか？</translation>
    </message>
    <message>
        <source>Stop the connection test and close?</source>
        <translation>接続テストを中止して閉じますか？</translation>
    </message>
    <message>
        <source>Close ldapwizard</source>
        <translation>ldapwizard を閉じる</translation>
    </message>
    <message>
        <source>The run had already written to the user database when it was asked to stop: what it did is shown on the Import page. Close the window again when you have read it.</source>
        <translation>中止を求められたとき、処理は既にユーザー データベースに書き込んでいました。行われた内容はインポート ページに表示されています。確認したら、もう一度ウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>The job “{0}” has changes that are not saved. Save them before closing?</source>
        <translation>ジョブ「{0}」に保存されていない変更があります。閉じる前に保存しますか？</translation>
    </message>
</context>
<context>
    <name>ListMembersDialog</name>
    <message>
        <source>Mailing list</source>
        <translation>メーリング リスト</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>リスト(&amp;L):</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出所</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加…(&amp;A)</translation>
    </message>
    <message>
        <source>Add a member by hand: every sync keeps it</source>
        <translation>メンバーを手動で追加します。同期しても保持されます</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Members of mailing lists</source>
        <translation>メーリング リストのメンバー</translation>
    </message>
    <message>
        <source>There is no user database at {0} yet.</source>
        <translation>{0} にはまだユーザー データベースがありません。</translation>
    </message>
    <message>
        <source>Reading the mailing lists…</source>
        <translation>メーリング リストを読み込んでいます…</translation>
    </message>
    <message>
        <source>There is no mailing list {0} in the database.</source>
        <translation>データベースにメーリング リスト {0} はありません。</translation>
    </message>
    <message>
        <source>There is no mailing list in {0}.</source>
        <translation>{0} にメーリング リストはありません。</translation>
    </message>
    <message>
        <source>Members of {0}</source>
        <translation>{0} のメンバー</translation>
    </message>
    <message>
        <source>made from the directory group {0}</source>
        <translation>ディレクトリのグループ {0} から作成</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>手動で作成</translation>
    </message>
    <message>
        <source>Members of {0} ({1}, {2}): {3}, of which {4} added by hand.</source>
        <translation>{0} のメンバー ({1}、{2}): {3}、うち手動で追加 {4}。</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>メンバーの追加</translation>
    </message>
    <message>
        <source>Address to add to {0} by hand (a user, alias or list of this database, or any address elsewhere):</source>
        <translation>{0} に手動で追加するアドレス (このデータベースのユーザー、エイリアス、リスト、または任意の外部アドレス):</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>メンバーの削除</translation>
    </message>
    <message>
        <source>Remove {0} from {1}? Mail to the list no longer reaches it.</source>
        <translation>{1} から {0} を削除しますか？ リスト宛てのメールはこのアドレスに届かなくなります。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Remove the selected member added by hand</source>
        <translation>手動で追加した、選択中のメンバーを削除します</translation>
    </message>
</context>
<context>
    <name>ListsView</name>
    <message>
        <source>Mailing lists made from directory groups</source>
        <translation>ディレクトリのグループから作成するメーリング リスト</translation>
    </message>
    <message>
        <source>Double-click: its members in the database, and members added or removed by hand</source>
        <translation>ダブルクリック: データベース内のメンバーと、手動で追加・削除したメンバー</translation>
    </message>
    <message>
        <source>Mail-enabled groups: {0}. New mailing lists, which the import creates with the users when ticked: {1} (not ticked because of a problem: {4}); hidden (imported before, or the address is taken): {2}; cannot be created: {3}.</source>
        <translation>メールが有効なグループ: {0}。チェックするとユーザーと一緒にインポートで作成される新しいメーリング リスト: {1} (問題があるためチェックなし: {4})、非表示 (インポート済み、またはアドレスが使用中): {2}、作成不可: {3}。</translation>
    </message>
    <message>
        <source>Mailin&amp;g lists ({0})</source>
        <translation>メーリング リスト ({0})(&amp;G)</translation>
    </message>
</context>
<context>
    <name>LogFolderDialog</name>
    <message>
        <source>Log files</source>
        <translation>ログ ファイル</translation>
    </message>
    <message>
        <source>No file manager could be opened here. ldapwizard&apos;s log files (ldapwizard.log, and sync-….log for each scheduled sync) are in this folder:</source>
        <translation>ファイル マネージャーを開けませんでした。ldapwizard のログ ファイル（ldapwizard.log と、スケジュールされた同期ごとの sync-….log）は次のフォルダーにあります:</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>ログ フォルダー</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>パスをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>MailServerDialog</name>
    <message>
        <source>Mail server set-up</source>
        <translation>メール サーバーの設定</translation>
    </message>
    <message>
        <source>Postfix and Dovecot read this database directly, through its documented views: Postfix to accept mail for the users, aliases and mailing lists; Dovecot to deliver it and to let the users sign in — directory users with their directory password, checked against the directory they came from.

</source>
        <translation>Postfix と Dovecot は、文書化されたビューを通じてこのデータベースを直接読み取ります。Postfix はユーザー、エイリアス、メーリング リスト宛てのメールを受け付け、Dovecot はメールを配送してユーザーのサインインを処理します。ディレクトリのユーザーは、取り込み元のディレクトリで確認されるディレクトリのパスワードでサインインします。

</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>⚠ There is no database at {0} yet: import first.</source>
        <translation>⚠ {0} にはまだデータベースがありません。先にインポートしてください。</translation>
    </message>
    <message>
        <source>Read on: docs/mail-server.md describes the views column by column; the README&apos;s section &quot;Serving the imported users with Postfix and Dovecot&quot; goes through the commands step by step, including `ldapwizard mailstack check`, which asks the running servers whether they see the users as the database has them.</source>
        <translation>詳しくは: docs/mail-server.md にビューの列ごとの説明があります。README の「Serving the imported users with Postfix and Dovecot」の節では、稼働中のサーバーがデータベースどおりにユーザーを認識しているかを確認する `ldapwizard mailstack check` を含め、コマンドを順を追って説明しています。</translation>
    </message>
    <message>
        <source>On the mail server, where the database is, this command writes their configuration (Postfix lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, a CA bundle) and a README saying where each file goes. It asks for the password of the read-only account Dovecot searches the directory with, and writes it only into a file readable by its owner. (The mail daemons must also be able to read the database, and never change it: `ldapwizard db init --db FILE --group postfix` sets that up, with the file in a folder of its own.) IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>データベースのあるメール サーバー上で、このコマンドはそれらの設定（Postfix のルックアップ テーブルと main.cf の設定、Dovecot の SQL と LDAP の設定、CA バンドル）と、各ファイルの配置先を説明する README を書き出します。Dovecot がディレクトリを検索する読み取り専用アカウントのパスワードを尋ね、所有者だけが読めるファイルにのみ書き込みます。（メール デーモンはデータベースを読み取れる必要があり、変更してはなりません。`ldapwizard db init --db FILE --group postfix` で、ファイルを専用のフォルダーに置いてそのように設定できます。）IMAP とサブミッションは TLS でのみ提供されます。--tls-cert と --tls-key には、お使いのメール サーバーの証明書と鍵を指定してください。</translation>
    </message>
    <message>
        <source>On each mail server, this command writes their configuration (Postfix pgsql lookup tables and main.cf settings, Dovecot&apos;s SQL and LDAP settings, CA files) and a README saying where each file goes. The mail servers log in to PostgreSQL as a role of their own, here {0}, which may read the mail views and nothing else: create it, then `ldapwizard db init --db URL --reader {0}` grants it the views; the database server&apos;s pg_hba.conf must let it in from the mail servers, over TLS (sslmode verify-full with the CA, for a server over the network). The command asks for that role&apos;s password and for the read-only account&apos;s Dovecot searches the directory with, and writes them only into files readable by their owner. IMAP and submission are served over TLS only: put your mail server&apos;s certificate and key in place of --tls-cert and --tls-key.</source>
        <translation>各メール サーバー上で、このコマンドはそれらの設定（Postfix の pgsql ルックアップ テーブルと main.cf の設定、Dovecot の SQL と LDAP の設定、CA ファイル）と、各ファイルの配置先を説明する README を書き出します。メール サーバーは専用のロール（ここでは {0}）で PostgreSQL にログインし、このロールはメールのビューだけを読み取れます。ロールを作成してから `ldapwizard db init --db URL --reader {0}` でビューへのアクセスを許可してください。データベース サーバーの pg_hba.conf で、メール サーバーからの TLS 接続を許可する必要があります（ネットワーク越しのサーバーでは CA を指定した sslmode verify-full）。コマンドはそのロールのパスワードと、Dovecot がディレクトリを検索する読み取り専用アカウントのパスワードを尋ね、所有者だけが読めるファイルにのみ書き込みます。IMAP とサブミッションは TLS でのみ提供されます。--tls-cert と --tls-key には、お使いのメール サーバーの証明書と鍵を指定してください。</translation>
    </message>
    <message>
        <source>✓ Copied.</source>
        <translation>✓ コピーしました。</translation>
    </message>
</context>
<context>
    <name>MailServerForMessages</name>
    <message>
        <source>Mail server for messages</source>
        <translation>メッセージ用メール サーバー</translation>
    </message>
    <message>
        <source>{0} (the Postfix on this computer)</source>
        <translation>{0} (このコンピューターの Postfix)</translation>
    </message>
    <message>
        <source>Automatic (none on this computer, else STARTTLS)</source>
        <translation>自動 (このコンピューターではなし、それ以外は STARTTLS)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
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
        <translation>postmaster@ ユーザーのドメイン</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>SMTP サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>セキュリティ(&amp;E):</translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation>送信者(&amp;N):</translation>
    </message>
</context>
<context>
    <name>OuTreeBox</name>
    <message>
        <source>Directory tree: tick the OUs to import</source>
        <translation>ディレクトリ ツリー: インポートする OU にチェックを入れてください</translation>
    </message>
    <message>
        <source>Include e&amp;verything below the selected OU (its sub-OUs)</source>
        <translation>選択した OU の配下すべて (サブ OU) を含める(&amp;V)</translation>
    </message>
    <message>
        <source>Include the sub-OUs of the selected OU</source>
        <translation>選択した OU のサブ OU を含めます</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Reload the directory tree</source>
        <translation>ディレクトリ ツリーを再読み込みします</translation>
    </message>
    <message>
        <source>Reading the directory&apos;s naming contexts…</source>
        <translation>ディレクトリの名前付けコンテキストを読み込んでいます…</translation>
    </message>
    <message>
        <source>Ticked but no longer in the directory: {0}. Untick it in the tree (marked missing, after the naming contexts), or tick where it moved to.</source>
        <translation>チェックされていますがディレクトリにはもうありません: {0}。ツリー（名前付けコンテキストの後に「見つかりません」と表示）でチェックを外すか、移動先にチェックを入れてください。</translation>
    </message>
    <message>
        <source>The naming context&apos;s entry could not be read ({0}); it is shown by its DN.</source>
        <translation>名前付けコンテキストのエントリを読み取れませんでした ({0})。DN で表示しています。</translation>
    </message>
    <message>
        <source>The server names no naming context; give the base DN in the binding string.</source>
        <translation>サーバーが名前付けコンテキストを示していません。バインド文字列でベース DN を指定してください。</translation>
    </message>
    <message>
        <source>Whether the ticked OUs still exist could not be checked.</source>
        <translation>チェックした OU がまだ存在するかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <source>The directory tree could not be read.</source>
        <translation>ディレクトリ ツリーを読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>OuTreeModel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>OU or container</source>
        <translation>OU またはコンテナー</translation>
    </message>
    <message>
        <source>With sub-OUs</source>
        <translation>サブ OU を含む</translation>
    </message>
    <message>
        <source>{0} (missing: no longer in the directory)</source>
        <translation>{0}（見つかりません: ディレクトリにもうありません）</translation>
    </message>
    <message>
        <source>This ticked OU is no longer in the directory (deleted, renamed or moved): its users are not listed. Untick it, and tick where it moved to.</source>
        <translation>チェックしたこの OU はディレクトリにもうありません（削除、名前変更、または移動）。そのユーザーは一覧に含まれません。チェックを外し、移動先にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Whether the OUs below it are imported too</source>
        <translation>配下の OU もインポートするかどうか</translation>
    </message>
    <message>
        <source>missing, </source>
        <translation>見つかりません、</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>チェックあり</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>チェックなし</translation>
    </message>
    <message>
        <source>with sub-OUs</source>
        <translation>サブ OU を含む</translation>
    </message>
    <message>
        <source>without sub-OUs</source>
        <translation>サブ OU を含まない</translation>
    </message>
</context>
<context>
    <name>ProfileBar</name>
    <message>
        <source>Take over earlier imports</source>
        <translation>以前のインポートを引き継ぐ</translation>
    </message>
    <message>
        <source>Before this job was saved, these were imported from {4} into {3}: users {0}, mailing lists {1}, batches {2}. Should the job “{5}” take them over? Its sync then updates them and removes those that leave the directory.</source>
        <translation>このジョブを保存する前に、{4} から {3} へインポートされたもの: ユーザー {0}、メーリング リスト {1}、バッチ {2}。ジョブ「{5}」でこれらを引き継ぎますか？ 引き継ぐと、同期でこれらを更新し、ディレクトリから外れたものを削除します。</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>保存したプロファイル</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>名前の変更…(&amp;M)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>（新しいプロファイル）</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>プロファイル名:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>プロファイル名の変更</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新しい名前:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile “{0}” and any password remembered for it?</source>
        <translation>プロファイル「{0}」と、保存されているそのパスワードを削除しますか？</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Re-enabled</source>
        <translation>再有効化</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>外れた</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>List changed</source>
        <translation>リスト変更</translation>
    </message>
    <message>
        <source>List kept</source>
        <translation>リスト保持</translation>
    </message>
    <message>
        <source>List left as it is</source>
        <translation>リストはそのまま</translation>
    </message>
    <message>
        <source>List removed</source>
        <translation>リスト削除</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>作成予定</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>スキップ予定</translation>
    </message>
    <message>
        <source>Would fail</source>
        <translation>失敗の見込み</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>更新予定</translation>
    </message>
    <message>
        <source>Will be re-enabled</source>
        <translation>再有効化予定</translation>
    </message>
    <message>
        <source>Will be disabled</source>
        <translation>無効化予定</translation>
    </message>
    <message>
        <source>Will be removed</source>
        <translation>削除予定</translation>
    </message>
    <message>
        <source>Will be kept</source>
        <translation>保持予定</translation>
    </message>
    <message>
        <source>List will change</source>
        <translation>リスト変更予定</translation>
    </message>
    <message>
        <source>List will be kept</source>
        <translation>リスト保持予定</translation>
    </message>
    <message>
        <source>List will be removed</source>
        <translation>リスト削除予定</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Save as scheduled job</source>
        <translation>スケジュール ジョブとして保存</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that are no longer in the directory (disable first, remove on a later run with a new listing)</source>
        <translation>ディレクトリにもうないアカウントを削除する（まず無効化し、新しい一覧による後の実行で削除）(&amp;R)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%、1〜500</translation>
    </message>
    <message>
        <source>At most this many removals a run: a count (25) or a share of the imported users (5%); empty: {0}</source>
        <translation>1 回の実行での削除の上限: 件数 (25) またはインポートしたユーザーの割合 (5%)。空欄: {0}</translation>
    </message>
    <message>
        <source>Each run lists the directory and imports EVERY new entry the job&apos;s choice of who to import selects — not only the ones ticked on the Users page — updates the users it imported, and follows the directory&apos;s disabled state.</source>
        <translation>実行のたびにディレクトリを一覧表示し、ジョブのインポート対象の選択に該当する新しいエントリを「すべて」インポートします（ユーザー ページでチェックしたものだけではありません）。また、インポートしたユーザーを更新し、ディレクトリの無効状態に従います。</translation>
    </message>
    <message>
        <source>only if the scheduler cannot reach the keyring (chmod 600)</source>
        <translation>スケジューラーがキーリングにアクセスできない場合のみ (chmod 600)</translation>
    </message>
    <message>
        <source>Command the job runs</source>
        <translation>ジョブが実行するコマンド</translation>
    </message>
    <message>
        <source>Installed jobs</source>
        <translation>インストール済みのジョブ</translation>
    </message>
    <message>
        <source>&amp;Install in {0}</source>
        <translation>{0} にインストール(&amp;I)</translation>
    </message>
    <message>
        <source>Remove this profile&apos;s &amp;job</source>
        <translation>このプロファイルのジョブを削除(&amp;J)</translation>
    </message>
    <message>
        <source>Run &amp;every:</source>
        <translation>実行間隔(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>上限(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation>パスワード ファイル(&amp;P):</translation>
    </message>
    <message>
        <source>The job runs exactly this (no password in it):</source>
        <translation>ジョブは次のとおりに実行されます（パスワードは含まれません）:</translation>
    </message>
    <message>
        <source>Jobs ldapwizard installed:</source>
        <translation>ldapwizard がインストールしたジョブ:</translation>
    </message>
    <message>
        <source>Save the connection as a profile first (Connection page, Save): the job runs a saved profile.</source>
        <translation>先に接続をプロファイルとして保存してください（接続ページの［保存］）。ジョブは保存されたプロファイルを実行します。</translation>
    </message>
    <message>
        <source>The profile&apos;s password is not in the keyring: tick Remember on the Connection page and save, or give a password file.</source>
        <translation>プロファイルのパスワードがキーリングにありません。接続ページで［保存］にチェックを入れて保存するか、パスワード ファイルを指定してください。</translation>
    </message>
    <message>
        <source>cron jobs usually cannot reach the desktop keyring; if the job cannot sign in, give a password file (chmod 600).</source>
        <translation>cron のジョブは通常デスクトップのキーリングにアクセスできません。ジョブがサインインできない場合は、パスワード ファイル (chmod 600) を指定してください。</translation>
    </message>
    <message>
        <source>✓ Installed: {0}</source>
        <translation>✓ インストールしました: {0}</translation>
    </message>
    <message>
        <source>✓ Removed.</source>
        <translation>✓ 削除しました。</translation>
    </message>
    <message>
        <source>This profile had no job.</source>
        <translation>このプロファイルにはジョブがありませんでした。</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync with the directory</source>
        <translation>ディレクトリとの同期</translation>
    </message>
    <message>
        <source>What a sync would do</source>
        <translation>同期で行われる内容</translation>
    </message>
    <message>
        <source>&amp;Remove accounts that left the directory (disable now, remove on a later sync)</source>
        <translation>ディレクトリから外れたアカウントを削除する（今回は無効化し、後の同期で削除）(&amp;R)</translation>
    </message>
    <message>
        <source>10%, 1 to 500</source>
        <translation>10%、1〜500</translation>
    </message>
    <message>
        <source>At most this many removals in one sync: a count (25) or a share of the imported users (5%); empty: {0}. Saved with the job: the scheduled job uses it too.</source>
        <translation>1 回の同期での削除の上限: 件数 (25) またはインポートしたユーザーの割合 (5%)。空欄: {0}。ジョブと一緒に保存され、スケジュール ジョブでも使われます。</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>上限(&amp;A):</translation>
    </message>
    <message>
        <source>Sync n&amp;ow…</source>
        <translation>今すぐ同期…(&amp;O)</translation>
    </message>
    <message>
        <source>Cance&amp;l sync</source>
        <translation>同期を中止(&amp;L)</translation>
    </message>
    <message>
        <source>Mailing list m&amp;embers…</source>
        <translation>メーリング リストのメンバー…(&amp;E)</translation>
    </message>
    <message>
        <source>The members of this database&apos;s mailing lists, and members added or removed by hand</source>
        <translation>このデータベースのメーリング リストのメンバーと、手動で追加・削除したメンバー</translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was changed.</source>
        <translation>同期を中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Profile &quot;{0}&quot; imported into this database before. A sync lists the directory again and brings its users in step with it: it creates every new entry (ticked or not, as the scheduled job does), updates names, DNs and aliases, disables the users the directory disabled (and enables them again when it does), and with Remove accounts disables the users who left. Remove accounts and At most are saved with the job. A sync cannot be undone.</source>
        <translation>プロファイル「{0}」は以前にこのデータベースへインポートしています。同期はディレクトリを再度一覧表示し、ユーザーをディレクトリに合わせます。新しいエントリをすべて作成し（スケジュール ジョブと同様、チェックの有無にかかわらず）、名前・DN・エイリアスを更新し、ディレクトリで無効化されたユーザーを無効化し（ディレクトリで有効に戻れば再度有効化し）、［アカウントを削除］がオンなら外れたユーザーを無効化します。［アカウントを削除］と［上限］はジョブと一緒に保存されます。同期は元に戻せません。</translation>
    </message>
    <message>
        <source>Working out what a sync would do…</source>
        <translation>同期で行われる内容を調べています…</translation>
    </message>
    <message>
        <source>Listing the directory to work out what a sync would do…</source>
        <translation>同期で行われる内容を調べるため、ディレクトリを一覧表示しています…</translation>
    </message>
    <message>
        <source>Preview cancelled: change an option to work it out again.</source>
        <translation>プレビューを中止しました。オプションを変更すると再計算します。</translation>
    </message>
    <message>
        <source>listed at {0}, {1} s ago</source>
        <translation>{0} に一覧表示（{1} 秒前）</translation>
    </message>
    <message>
        <source>Nothing to do: the database matches the directory ({0}).</source>
        <translation>処理は不要です。データベースはディレクトリと一致しています ({0})。</translation>
    </message>
    <message>
        <source>A sync now would: {0} ({1}).</source>
        <translation>今同期すると: {0} ({1})。</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: listing the directory again, %n entries so far…</source>
        <translation>
            <numerusform>同期中: ディレクトリを再度一覧表示しています (これまで %n 件)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing the directory: %n entries so far…</source>
        <translation>
            <numerusform>ディレクトリを一覧表示しています (これまで %n 件)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported left the directory.</source>
        <translation>
            <numerusform>このプロファイルでインポートしたユーザーのうち %n 人がディレクトリから外れました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n users this profile imported are left out by the choice of who to import.</source>
        <translation>
            <numerusform>このプロファイルでインポートしたユーザーのうち %n 人が、インポート対象の選択で除外されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick Remove accounts to disable them.</source>
        <translation>それらを無効化するには［アカウントを削除］にチェックを入れてください。</translation>
    </message>
    <message>
        <source>⚠ Removals would stop: {0}.</source>
        <translation>⚠ 削除は停止されます: {0}。</translation>
    </message>
    <message>
        <source>The directory or the database changed since the question was asked; nothing was changed. Sync profile {0} into {1}? It would now: {2}.
A sync cannot be undone.</source>
        <translation>確認の後にディレクトリまたはデータベースが変更されたため、何も変更していません。プロファイル {0} を {1} に同期しますか？ 今同期すると: {2}。
同期は元に戻せません。</translation>
    </message>
    <message>
        <source>Sync profile {0} into {1}? It would: {2}.
The directory was {3}; the sync lists it again and does nothing if this changed.
A sync cannot be undone.</source>
        <translation>プロファイル {0} を {1} に同期しますか？ 同期すると: {2}。
ディレクトリは {3}。同期時にもう一度一覧表示し、内容が変わっていれば何もしません。
同期は元に戻せません。</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Nothing was changed: the directory or the database changed since the question. A sync now would: {0}.</source>
        <translation>何も変更していません。確認の後にディレクトリまたはデータベースが変更されました。今同期すると: {0}。</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <source>✓ Sync batch {0}: {1}.</source>
        <translation>✓ 同期バッチ {0}: {1}。</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. The rest was written.</source>
        <translation>⚠ 安全上の制限で停止しました: {0}。それ以外は書き込まれました。</translation>
    </message>
    <message>
        <source>⚠ Stopped by a safety limit: {0}. Nothing else to do: nothing was changed and no batch was recorded.</source>
        <translation>⚠ 安全上の制限で停止しました: {0}。ほかに処理はありません。何も変更されず、バッチも記録されていません。</translation>
    </message>
    <message>
        <source>✓ Nothing to do: the database matches the directory; no batch was recorded.</source>
        <translation>✓ 処理は不要です。データベースはディレクトリと一致しています。バッチは記録されていません。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>TargetFields</name>
    <message>
        <source>a file, or postgresql://user@host/dbname</source>
        <translation>ファイル、または postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照…(&amp;R)</translation>
    </message>
    <message>
        <source>Target mail do&amp;main:</source>
        <translation>対象のメール ドメイン(&amp;M):</translation>
    </message>
    <message>
        <source>User databa&amp;se:</source>
        <translation>ユーザー データベース(&amp;S):</translation>
    </message>
    <message>
        <source>User database</source>
        <translation>ユーザー データベース</translation>
    </message>
    <message>
        <source>User databases (*.sqlite *.db);;All files (*)</source>
        <translation>ユーザー データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>UsernameChoice</name>
    <message>
        <source>L&amp;ocal part of the email address (jdoe for jdoe@example.com)</source>
        <translation>メール アドレスのローカル部 (jdoe@example.com なら jdoe)(&amp;O)</translation>
    </message>
    <message>
        <source>The directory&apos;s &amp;username (sAMAccountName / uid)</source>
        <translation>ディレクトリのユーザー名 (sAMAccountName / uid)(&amp;U)</translation>
    </message>
    <message>
        <source>The full &amp;email address (jdoe@example.com)</source>
        <translation>完全なメール アドレス (jdoe@example.com)(&amp;E)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>the directory&apos;s username</source>
        <translation>ディレクトリのユーザー名</translation>
    </message>
    <message>
        <source>the UPN (Active Directory)</source>
        <translation>UPN (Active Directory)</translation>
    </message>
    <message>
        <source>Users may also sign in with:</source>
        <translation>次の名前でもサインイン可能:</translation>
    </message>
    <message>
        <source>Extra sign-in names</source>
        <translation>追加のサインイン名</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Cannot be imported: {0}</source>
        <translation>インポートできません: {0}</translation>
    </message>
    <message>
        <source>Hidden, not imported: {0}</source>
        <translation>非表示、インポートしません: {0}</translation>
    </message>
    <message>
        <source>Outside {0}, not imported: {1}</source>
        <translation>{0} の外、インポートしません: {1}</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>List the directory&apos;s users, tick the ones to import. Entries that already exist are hidden.</source>
        <translation>ディレクトリのユーザーを一覧表示し、インポートするユーザーにチェックを入れてください。既に存在するエントリは非表示です。</translation>
    </message>
    <message>
        <source>&amp;List users</source>
        <translation>ユーザーを一覧表示(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Filter by name, address, DN…</source>
        <translation>名前、アドレス、DN で絞り込み…</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Entries in the directory</source>
        <translation>ディレクトリのエントリ</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <source>Select n&amp;one</source>
        <translation>選択を解除(&amp;O)</translation>
    </message>
    <message>
        <source>Select fil&amp;tered</source>
        <translation>絞り込んだ項目を選択(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Export preview to CSV</source>
        <translation>プレビューを CSV にエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;All entries, hidden ones with their reasons…</source>
        <translation>すべてのエントリ（非表示のものは理由付き）…(&amp;A)</translation>
    </message>
    <message>
        <source>As &amp;shown: this filter, toggle and sort order…</source>
        <translation>表示どおり（このフィルター、切り替え、並べ替え順）…(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Show them, with the reason</source>
        <translation>理由付きで表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;which</source>
        <translation>対象を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show only these entries (the addresses are in each row&apos;s tool tip); again to show all</source>
        <translation>これらのエントリだけを表示します（アドレスは各行のツールヒントにあります）。もう一度押すとすべて表示します</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>一覧表示しています…</translation>
    </message>
    <message>
        <source>✓ The listing is complete: {0} entries.</source>
        <translation>✓ 一覧表示が完了しました: {0} 件のエントリ。</translation>
    </message>
    <message>
        <source>Since the last import, {0} of the users this profile imported left the directory and {1} changed: see the tab “Left or changed”.</source>
        <translation>前回のインポート以降、このプロファイルでインポートしたユーザーのうち {0} 人がディレクトリから外れ、{1} 人が変更されました。「前回のインポート以降に外れた・変更された項目」タブを参照してください。</translation>
    </message>
    <message>
        <source>What a sync would change could not be worked out: </source>
        <translation>同期による変更内容を調べられませんでした: </translation>
    </message>
    <message>
        <source>The list above is incomplete, so it cannot be imported. Fix the problem and list again.</source>
        <translation>上の一覧は不完全なため、インポートできません。問題を解決してもう一度一覧表示してください。</translation>
    </message>
    <message>
        <source>Listing cancelled; the list is incomplete. Choose List users to start again.</source>
        <translation>一覧表示を中止しました。一覧は不完全です。やり直すには［ユーザーを一覧表示］を選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed so far…</source>
        <translation>
            <numerusform>これまでに %n 件のエントリを一覧表示…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件のエントリ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries have addresses outside {0}, not imported</source>
        <translation>
            <numerusform>{0} の外のアドレスを持つ %n 件のエントリはインポートしません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the choice of who to import —</source>
        <translation>
            <numerusform>インポート対象の選択で %n 件を除外 —</numerusform>
        </translation>
    </message>
    <message>
        <source>Hidden: {0} already exist, {1} left out by the choice of who to import —</source>
        <translation>非表示: 既存 {0} 件、インポート対象の選択で除外 {1} 件 —</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden because they already exist —</source>
        <translation>
            <numerusform>既に存在するため %n 件を非表示 —</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: {0} · shown: {1} · cannot be imported: {2}</source>
        <translation>選択: {0} · 表示: {1} · インポート不可: {2}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>すべて表示(&amp;A)</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Directory users</source>
        <translation>ディレクトリのユーザー</translation>
    </message>
</context>
<context>
    <name>WelcomeBox</name>
    <message>
        <source>Send a &amp;welcome message to newly imported users</source>
        <translation>新しくインポートしたユーザーにウェルカム メッセージを送る(&amp;W)</translation>
    </message>
    <message>
        <source>Each user this import creates is sent one message in their new mailbox: their address, how they sign in and how to set up their mail program.</source>
        <translation>このインポートで作成される各ユーザーに、新しいメールボックスへメッセージを 1 通送ります。内容はアドレス、サインイン方法、メール ソフトの設定方法です。</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>プレビュー…(&amp;P)</translation>
    </message>
    <message>
        <source>Mail server for messages…</source>
        <translation>メッセージ用メール サーバー…</translation>
    </message>
    <message>
        <source>Welcome messages: {0} sent, {1} failed (sent again by the next import or sync).</source>
        <translation>ウェルカム メッセージ: 送信 {0}、失敗 {1} (次のインポートまたは同期で再送されます)。</translation>
    </message>
    <message>
        <source>Sent to: {0}</source>
        <translation>送信先: {0}</translation>
    </message>
    <message>
        <source>Not sent to {0}: {1}</source>
        <translation>{0} に送信できませんでした: {1}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>停止: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePreviewDialog</name>
    <message>
        <source>Welcome message to {0}</source>
        <translation>{0} へのウェルカム メッセージ</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>差出人:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>宛先:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The message also has an HTML part.</source>
        <translation>このメッセージには HTML 部分もあります。</translation>
    </message>
</context>
<context>
    <name>WhoPanel</name>
    <message>
        <source>&amp;Who to import: OUs, groups, exclusion rules, mailing lists</source>
        <translation>インポート対象: OU、グループ、除外ルール、メーリング リスト(&amp;W)</translation>
    </message>
    <message>
        <source>Exclusion rules, one a line</source>
        <translation>除外ルール（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>One rule a line, tried in order; the first that matches leaves the entry out (shown hidden, with the rule). ATTRIBUTE is|contains|glob|regex VALUE, ATTRIBUTE present|absent, or memberof GROUP.</source>
        <translation>1 行に 1 つのルールを書き、上から順に試します。最初に一致したルールでエントリが除外されます（ルール付きで非表示として表示）。ATTRIBUTE is|contains|glob|regex VALUE、ATTRIBUTE present|absent、または memberof GROUP。</translation>
    </message>
    <message>
        <source>Director&amp;y tree</source>
        <translation>ディレクトリ ツリー(&amp;Y)</translation>
    </message>
    <message>
        <source>Members of &amp;groups</source>
        <translation>グループのメンバー(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xclusion rules</source>
        <translation>除外ルール(&amp;X)</translation>
    </message>
    <message>
        <source>Bring mail-enabled groups as mailing &amp;lists</source>
        <translation>メールが有効なグループをメーリング リストとして取り込む(&amp;L)</translation>
    </message>
    <message>
        <source>AD distribution and mail-enabled security groups, OpenLDAP groups with a mail address: each becomes a list of its members&apos; addresses</source>
        <translation>AD の配布グループとメールが有効なセキュリティ グループ、メール アドレスを持つ OpenLDAP のグループ: それぞれがメンバーのアドレスのリストになります</translation>
    </message>
    <message>
        <source>No OU ticked: the binding string&apos;s base DN is listed ({0}).</source>
        <translation>OU がチェックされていません。バインド文字列のベース DN を一覧表示します ({0})。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>{0} (only its own entries)</source>
        <translation>{0}（その OU 自身のエントリのみ）</translation>
    </message>
    <message numerus="yes">
        <source>%n OUs ticked, listed instead of the binding string&apos;s base DN: {0}</source>
        <translation>
            <numerusform>%n 個の OU にチェック。バインド文字列のベース DN の代わりに一覧表示: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（ほか %n 個）</numerusform>
        </translation>
    </message>
</context>
</TS>
