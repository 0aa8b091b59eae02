## Handing profiles over: the import preview, the trust prompt, the browser wait

## インポートのプレビュー（src/ui/import_preview.rs）

handoff-bundled = この Cognito Login には、あらかじめ設定されたプロファイルが含まれています。
handoff-import-from = インポート元: { $source }
handoff-cannot-import = このファイルはインポートできないため、何も変更されません。次の問題があります:
handoff-problem-line = • { $problem }
handoff-profile-line = • { $name }（{ $place }）: { $what }。{ $sends }
handoff-profile-new = 新規
handoff-profile-replaces = 同じ名前のプロファイルを置き換えます
handoff-profile-exists = 同じ名前のプロファイルがすでにあります
handoff-replace-same-name = 同じ名前のプロファイルを置き換える
handoff-tick-to-import = インポートするには、上のチェックボックスをオンにするか、先に既存のプロファイルの名前を変更してください。
handoff-import = インポート
handoff-cancel-import = インポートしない
handoff-imported = { $count } 件のプロファイルをインポートしました: { $names }

## 保存したファイルとファイルダイアログのフィルター

handoff-saved = { $path } に保存しました。
handoff-not-saved = { $path } に保存できませんでした: { $error }
handoff-filter-profile-file = プロファイルファイル
handoff-filter-postman = Postman 環境
handoff-cleared-clipboard = クリップボードをクリアしました。
handoff-settings-not-saved = 設定を保存できませんでした: { $error }

## プロファイルバーでの変更についてステータス行に表示する内容

handoff-deleted-profile = プロファイル「{ $name }」を削除しました。
handoff-name-unusable = その名前は使用できません: { $why }。
handoff-name-taken = 「{ $name }」は使用できません。同じ名前のプロファイルがすでにあります。

## マネージドログインのブラウザー待機（src/ui/browser_wait.rs）

browser-finish = ブラウザーでサインインを完了してください
browser-waits-at = Cognito Login は { $callback } でブラウザーからの応答を待っています。
browser-time-left = 残り時間: { $left }
browser-redirect-mismatch = ブラウザーに redirect_mismatch または「redirect_uri is not allowed」と表示された場合は、{ $callback } をこのアプリクライアントのコールバック URL に登録してから、もう一度やり直してください。
browser-other-browser = ブラウザーが開かない、または別のブラウザーを使いたい場合は、使用するブラウザーでこのページを開いてください:
browser-copy-address = アドレスをコピー
browser-copy-address-hint = サインインページのアドレスをコピーして、別のブラウザーで開きます
browser-open-again = ブラウザーをもう一度開く
browser-cancel = キャンセル
browser-cancel-hint = 待機を中止してポートを閉じます (Esc)
browser-stopped-waiting = 待機を中止しました。{ $callback } ではもう応答を受け付けません。
browser-none-opened = ブラウザーを開けませんでした。下のサインインページのアドレスをコピーして、ブラウザーで開いてください。

## プロファイルの送信先（インポートのプレビューとコマンドライン）

profiles-sends-password = パスワードの送信先: { $to }
profiles-opens-page = ブラウザーで { $domain } のサインインページを開きます
profiles-sends-secret = クライアントシークレットの送信先: { $domain }
profiles-nowhere-yet = 未設定

## プロファイルファイルの問題（src/profiles/file.rs）

profiles-problem-in = プロファイル { $profile }: { $problem }
profiles-problem-unreadable = 読み込めませんでした: { $error }
profiles-problem-too-big = ファイルのサイズが { $bytes } バイトあります。プロファイルファイルは { $max } KiB までです
profiles-problem-not-utf8 = ファイルが UTF-8 のテキストではありません
profiles-problem-not-toml = TOML として正しくありません（{ $line } 行目）: { $error }
profiles-problem-version-newer = version { $version } は、このアプリが対応するバージョン（{ $known }）より新しいです。Cognito Login を更新してください
profiles-problem-version-wrong = version は { $known } である必要があります（{ $version } ではありません）
profiles-problem-version-missing = ファイルの先頭に `version = { $known }` が必要です
profiles-problem-no-profile = ファイルに [[profile]] がありません
profiles-problem-not-tables = プロファイルは [[profile]] テーブルとして記述します
profiles-problem-not-a-table = キーのテーブルではありません
profiles-problem-name-twice = この名前はファイル内で 2 回使われています
profiles-problem-looks-secret = `{ $key }` はシークレットのようです。シークレットはプロファイルファイルに記述しません（アプリが入力を求めるか、システムのキーチェーンに保存します）
profiles-problem-unknown-key = 不明なキー `{ $key }` です（使用できるキー: { $known }）
profiles-problem-not-a-string = `{ $key }` は引用符で囲んだ文字列にしてください（{ $type } ではありません）
profiles-problem-bad-flow = flow は auto、srp、password、user-auth のいずれかにしてください（"{ $flow }" ではありません）
profiles-problem-bad-preset = copy_preset は raw、bearer、authorization-header、curl、env、postman-env のいずれかにしてください（"{ $preset }" ではありません）
profiles-problem-name-required = `name` は必須です
profiles-problem-name-bad = `name`: { $why }
profiles-problem-client-id-required = `client_id` は必須です
profiles-problem-client-id-bad = `client_id` に使用できるのは英字、数字、_ と + のみです（128 文字まで）
profiles-problem-region-required = `endpoint` を指定しない場合、`region` は必須です
profiles-problem-identity-pool = `identity_pool_id`: { $error }
profiles-problem-username-long = `username` が Cognito の上限（128 文字）を超えています
profiles-problem-tag-long = `tag` は 16 文字までの短いラベルです
profiles-problem-bad-kind = kind は password、browser、client-credentials のいずれかにしてください（"{ $kind }" ではありません）
profiles-problem-scopes-not-strings = `scopes` は引用符で囲んだ文字列のリストにしてください
profiles-problem-scopes-not-list = `scopes` は文字列のリストにしてください（{ $type } ではありません）
profiles-problem-bad-scope = `scopes`: "{ $scope }" はスコープではありません（OAuth 2.0 で使用できるのは英字、数字と !#$%&'()*+-./:<=>?@[]^_`{ "{|}" }~ です）
profiles-problem-domain-required = kind = "{ $kind }" には `domain` が必須です（ユーザープールのドメイン。例: https://myapp.auth.eu-west-1.amazoncognito.com）
profiles-problem-domain-bad = `domain`: { $error }
profiles-problem-scopes-required = kind = "client-credentials" には `scopes` が必須です（リソースサーバーのスコープ。例: ["orders/read"]）
profiles-problem-not-a-name = `{ $key }` は名前ではありません（128 文字まで、1 行）

## 設定ファイルを使用できなかった場合（src/settings/store.rs）

profiles-settings-no-folder = 設定フォルダーが見つかりません。設定は保存されません。
profiles-settings-unreadable = 設定ファイル { $path } を読み込めませんでした（{ $error }）。{ $kept }。既定の設定で開始します。
profiles-settings-not-text = 設定ファイル { $path } はテキストではありません。{ $kept }。既定の設定で開始します。
profiles-settings-damaged = 設定ファイル { $path } が破損しています（{ $error }）。{ $kept }。既定の設定で開始します。
profiles-settings-newer = 設定ファイル { $path } は新しいバージョンの Cognito Login で作成されています（設定バージョン { $version }。このバージョンが読み込めるのは { $reads } までです）。{ $kept }。既定の設定で開始します。
profiles-settings-kept-as = 元のファイルは { $backup } として保存しました
profiles-settings-left-where-it-is = 元のファイルはそのまま残しています
profiles-settings-not-kept = 元のファイルを別名で保存できませんでした（{ $error }）

## Cognito の呼び出しが終わったときのステータス行（src/ui/requests.rs）

handoff-signed-in = サインインしました。トークンは下に表示しています。
handoff-refresh-failed = トークンを更新できませんでした。詳細は下をご覧ください。
handoff-refreshed-at = { $time } に { $operation } でトークンを更新しました。

## プロファイル名に使用できない理由（src/profiles/names.rs）

profiles-name-needed = プロファイルには名前が必要です
profiles-name-too-long = プロファイル名は 64 文字までです
profiles-name-hidden-characters = プロファイル名には、見えない文字や文字の方向を変える文字（U+200B や U+202E など）は使用できません
