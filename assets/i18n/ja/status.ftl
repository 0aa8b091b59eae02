## The status line and the notes the sign-in core reports

status-retrying = { $activity } — 再試行しています（{ $of } 回中 { $attempt } 回目）

## トークンと一緒に表示する注記（コマンドラインでは note: 行）

note-used-password-auth = USER_PASSWORD_AUTH を使用しました: { $why }。
note-srp-needs-pool-id = SRP にはユーザープール ID が必要ですが、指定されていません
note-srp-challenge-is-a-stub = サーバーの SRP チャレンジが Cognito のものではありません（SRP_B が短すぎます。moto は SRP を模倣しているだけです）
note-srp-challenge-unusable = サーバーの SRP チャレンジを使用できませんでした（{ $error }）
note-srp-not-allowed = アプリクライアントで SRP が許可されていません。SRP を使うには、アプリクライアントで ALLOW_USER_SRP_AUTH を有効にしてください
note-srp-not-allowed-said = アプリクライアントで SRP が許可されていません（Cognito の応答: { $code }: { $said }）。SRP を使うには、アプリクライアントで ALLOW_USER_SRP_AUTH を有効にしてください
note-nonce-checked = ID トークンには、このサインインの nonce が含まれています。
note-device-forgotten-by-cognito = このコンピューターの記憶済みデバイスは Cognito にもう登録されていません。このコンピューターからも削除し、デバイスなしでサインインを続けました。
note-from-token-cache = これらのトークンはトークンキャッシュから読み込みました。更新トークンはキーチェーンから読み込みました
note-from-token-cache-no-refresh = これらのトークンはトークンキャッシュから読み込みました。更新トークンがないため、更新できません

## 呼び出し中にアプリが行っていること（スピナーの横）

activity-signing-in = サインインしています…
activity-checking = 確認しています…
activity-setting-up-mfa = 認証アプリを設定しています…
activity-refreshing = 更新しています…
activity-asking-cognito = Cognito に問い合わせています…
activity-waiting-for-browser = ブラウザーでの操作を待っています…

## フォームのコードがステータス行に表示するもの

status-settings-not-saved = 設定を保存できませんでした: { $problem }

## フォームの接続先が変わったために削除した保存済みシークレット（src/ui/saved_secrets.rs）

status-secrets-not-sent = 「{ $profile }」に保存されていた{ $what ->
        [client-secret] クライアントシークレット
        [refresh-token] 更新トークン
       *[both] クライアントシークレットと更新トークン
    }は、{ $to-server } のアプリクライアント { $to-client } ではなく、{ $from-server } のアプリクライアント { $from-client } 用でした。そのため削除し、送信しませんでした。
status-type-client-secret-again = { $said }このアプリクライアントのクライアントシークレットを入力し（シークレットがない場合は空欄のまま）、もう一度サインインしてください。
status-secrets-removed = 「{ $profile }」に保存されていた{ $what ->
        [client-secret] クライアントシークレット
        [refresh-token] 更新トークン
       *[both] クライアントシークレットと更新トークン
    }を削除しました。別のサーバーまたはアプリクライアント用に保存されたものでした。
status-keychain-kept-old-name = { $problem } キーチェーンでは、シークレットは以前の名前「{ $old-name }」のまま保存されています。
status-not-sent-fix-fields = 送信していません。各入力欄の下に赤字で表示されている問題を修正してから、もう一度お試しください。
