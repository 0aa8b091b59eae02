## The token panel: tokens, claims, copy buttons, AWS credentials, the token cache


## The heading of the token panel

token-signed-in = サインインしました
token-got-access-token = アプリクライアントのアクセストークンを取得しました
# $flow: the sign-in flow as Cognito names it (USER_SRP_AUTH…)
token-flow-used = 使用した認証フロー: { $flow }
token-scopes = スコープ: { $scopes }
token-which = どちらを使いますか？ API Gateway の Cognito オーソライザーは、OAuth スコープが設定されていなければ ID トークンを受け取ります。スコープで保護された API と Cognito 自身のユーザー API (aws.cognito.signin.user.admin) はアクセストークンを受け取ります。

## Each token with its Copy button, in the chosen preset

token-name-id = ID トークン
token-name-access = アクセストークン
token-name-refresh = 更新トークン
token-copy-id = ID トークンをコピー
token-copy-access = アクセストークンをコピー
token-copy-refresh = 更新トークンをコピー
# A Copy button's tooltip: $copy is the button's name, $preset the chosen "Copy as", $n its shortcut key
token-copy-tip = { $copy } (形式:「{ $preset }」、Ctrl+{ $n })
token-copy-all-tip = Ctrl+1、2、3
token-copied = コピーしました
token-copy-as = コピー形式
token-preset-raw = トークンのみ
token-preset-bearer = Bearer <トークン>
token-preset-authorization = Authorization: Bearer <トークン>
token-preset-curl = curl コマンド
token-preset-env = .env の行 (すべてのトークン)
token-preset-postman = Postman 環境
token-copy-all-env = すべて .env 形式でコピー
token-copy-all-postman = すべて Postman 環境としてコピー

## When the tokens expire. $tokens is both (ID and access tokens) or access (client credentials: an access token alone)

token-expiry-unknown = サーバーからトークンの有効期限が返されませんでした。
token-expired-at = { $tokens ->
        [both] ID トークンとアクセストークン
       *[access] アクセストークン
    }の有効期限は { $when } に切れました。更新するか、もう一度サインインしてください。
token-expires-far = { $tokens ->
        [both] ID トークンとアクセストークン
       *[access] アクセストークン
    }の有効期限はずっと先です。
# $left is one of the token-left-… messages
token-expires-at = { $tokens ->
        [both] ID トークンとアクセストークン
       *[access] アクセストークン
    }の有効期限は { $when } です（残り { $left }）。
token-left-under-a-minute = 1 分未満
token-left-minutes = { $minutes } 分
# $minutes is two digits (05)
token-left-hours = { $hours } 時間 { $minutes } 分
token-far-future = ずっと先
# The countdown beside exp in a token's details: $clock is minutes:seconds (59:12), $minutes two digits
token-expires-in-clock = 有効期限まで残り { $clock }
token-expires-in-hours = 有効期限まで残り { $hours } 時間 { $minutes } 分
token-expired-seconds-ago = { $seconds } 秒前に有効期限切れ
token-expired-minutes-ago = { $minutes } 分前に有効期限切れ

## A token's details

token-details-id = ID トークンの詳細
token-details-access = アクセストークンの詳細
token-details-refresh = 更新トークンの詳細
token-signature-checking = 署名: 確認中…
token-signature-valid = 署名: 有効 (ユーザープールのキーで確認済み。発行者、対象者、用途、有効期限が一致しています)
# $server: where the keys came from, a server that is not Amazon Cognito
token-signature-valid-from = 署名: 有効 (Amazon Cognito ではない { $server } のキーで確認済み。発行者、対象者、用途、有効期限が一致しています)
# $reason: why, in English as the check said it (also in the command line's JSON)
token-signature-invalid = 署名: 無効: { $reason }
token-signature-unchecked = 署名: 確認できませんでした: { $reason }
token-not-a-jwt = 読み取れる JWT ではありません: { $error }。
token-header = ヘッダー
token-claims = クレーム
token-copy-claims-id = ID トークンのクレームをコピー
token-copy-claims-access = アクセストークンのクレームをコピー
token-copy-claims-refresh = 更新トークンのクレームをコピー

## What to do with the tokens

token-refresh = トークンを更新
token-refresh-hint = 更新トークンを使って新しい ID トークンとアクセストークンを取得します
token-refresh-hint-client = クライアント認証情報で新しいアクセストークンを要求します
token-refreshing = 更新しています…
token-who-am-i = ユーザー情報を表示
token-who-am-i-hint = このユーザーの属性を Cognito に問い合わせます (GetUser)
token-asking-who = Cognito にユーザー情報を問い合わせています…
token-user = ユーザー { $username }
token-save-postman = Postman 環境を保存…
token-save-postman-hint = トークンを含む Postman 環境ファイルを保存します（Environments > Import で読み込めます）
token-include-refresh = Postman ファイルに更新トークンを含める
token-include-refresh-hint = 更新トークンがあれば数日間サインインし直せます。共有するファイルには含めないでください
token-auto-refresh = 有効期限が切れる前に自動で更新する
token-auto-refresh-hint = ウィンドウを開いている間、トークンの有効期限の 1 分前に更新します
token-remember-refresh = 更新トークンをシステムのキーチェーンに保存する
token-remember-refresh-hint = 次回はパスワードなしでサインインできます。サインアウトすると削除されます
token-sign-out = サインアウト
token-sign-out-hint = Cognito で更新トークンを取り消し、ここにあるトークンを破棄します
token-sign-out-everywhere = すべてのデバイスからサインアウト
token-sign-out-everywhere-hint = このユーザーのすべてのデバイスのセッションを終了します (GlobalSignOut)
token-sign-out-everywhere-says = このユーザーのすべてのデバイスのセッションを終了します。サインインしているすべてのアプリとブラウザーで、もう一度サインインが必要になります。ここにあるトークンも破棄されます。
token-cancel = キャンセル

## The panel's own choices (src/ui/panel_choices.rs) and resuming with the saved refresh token

token-curl-url = curl の URL
token-curl-needs-url = curl コマンドで呼び出す URL を入力してください。入力するまで、ID トークンとアクセストークンのコピーボタンは使用できません。
# A checkbox followed by a number of seconds and token-seconds-after: "Clear the clipboard after [60] s"
token-clear-clipboard = クリップボードを自動で消去:
token-seconds-after = 秒後
token-clear-clipboard-hint = クリップボードの内容がこのアプリでコピーしたもののままの場合にのみ消去します
token-resume = 保存された更新トークンでサインイン
token-resume-hint = キーチェーンに保存された更新トークンを使って、パスワードなしで新しいトークンを取得します

## トークンの署名やクレームの確認に失敗した理由（src/workbench/verify.rs）

token-verdict-valid = 署名とクレームは正しいです
token-verdict-not-signed = 署名付き JWT ではありません: { $error }
token-verdict-not-a-jwt = JWT ではありません: { $error }
token-verdict-wrong-algorithm = { $algorithm } で署名されていますが、Cognito は RS256 で署名します
token-verdict-jwks-unreadable = 発行者の JWKS を読み取れません: { $error }
token-verdict-no-such-key = 発行者の JWKS にキー「{ $kid }」がありません。このユーザープールが署名したトークンではありません
token-verdict-key-unusable = 発行者のキー「{ $kid }」を使用できません: { $error }
token-verdict-forged = 署名が発行者のキーと一致しません。トークンが変更されたか、偽造されています
token-verdict-other-issuer = 発行者が「{ $issuer }」で、このユーザープールではありません
token-verdict-not-id-or-access = token_use が「{ $token-use }」で、id でも access でもありません
token-verdict-wrong-kind = { $expected } トークンのはずの場所に { $token-use } トークンがあります
token-verdict-other-client = { $claim } が「{ $value }」で、このアプリクライアント ({ $client }) ではありません
token-verdict-no-expiry = トークンに有効期限 (exp) がありません
token-verdict-expired = { $at } に有効期限が切れています
