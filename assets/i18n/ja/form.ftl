## Sign-in form (the rows of src/ui/form_grid.rs and the buttons of src/ui/form_view.rs)

form-client-id = アプリクライアント ID
form-client-id-hint = 例: 1h2j3k4l5m6n7o8p9q0r1s2t3u
form-client-secret = クライアントシークレット
form-client-secret-required = アプリクライアントのシークレット (必須)
form-client-secret-optional = アプリクライアントにシークレットがある場合のみ
form-username = ユーザー名
form-username-hint = ユーザー名またはメールアドレス
form-password = パスワード
form-show-password = パスワードを表示
form-sign-in = サインイン
form-stop-waiting = Cognito の応答の待機を中止します (Esc)
form-password-goes-to = パスワードは { $destination } に送信されます。
