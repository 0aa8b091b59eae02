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

# プロキシとタイムアウトを折りたたんだセクション。
form-advanced = 詳細設定

## 「ユーザープールの場所」と、その選択で切り替わる行（src/ui/place_rows.rs）

form-where-is-the-pool = ユーザープールの場所
form-in-an-aws-region = Amazon Cognito（AWS リージョン）
form-at-an-endpoint = ローカルエミュレーターまたはカスタムエンドポイント
form-endpoint = エンドポイント URL
form-endpoint-hint = 例: http://127.0.0.1:9229
form-endpoint-missing = エンドポイント URL を入力してください（例: http://127.0.0.1:9229）。
form-region = リージョン
form-region-hint = 例: eu-west-1
form-region-hint-optional = エンドポイント指定時は省略可
form-pick-region = リージョンを選択
form-pool-id = ユーザープール ID
form-pool-id-hint = 省略可。例: eu-west-1_AbC123
form-pool-elsewhere = このユーザープールは { $region } ではなく { $pool-region } にあります。

## トークンの取得方法とマネージドログインの行（src/ui/domain_rows.rs）

form-sign-in-with = サインイン方法
form-kind-password = ユーザー名とパスワード
form-kind-browser = ブラウザーでマネージドログイン
form-kind-client-credentials = クライアント認証情報（マシン間）
form-domain = ドメイン
form-domain-hint = 例: https://myapp.auth.eu-west-1.amazoncognito.com
form-scopes = スコープ
form-scopes-hint-machine = リソースサーバーのスコープ。例: orders/read orders/write
form-scopes-hint-browser = 空欄の場合は openid email profile
form-callback-url = コールバック URL
form-callback-url-hint = 空欄の場合は http://localhost:53682/callback
form-identity-provider = ID プロバイダー
form-identity-provider-hint = 省略可: Google、または SAML/OIDC プロバイダーの名前
form-page-language = ページの言語
form-page-language-hint = 省略可: サインインページの言語（例: ja）
form-sign-out-url = サインアウト URL
form-sign-out-url-hint = 省略可: アプリクライアントのサインアウト URL

## 認証フローと詳細設定（src/ui/form_grid.rs）

form-flow = 認証フロー
form-flow-auto = 自動（SRP、使えない場合はパスワード）
form-flow-srp = SRP (USER_SRP_AUTH)
form-flow-password = パスワード (USER_PASSWORD_AUTH)
form-flow-choice = 選択ベース (USER_AUTH)
form-preferred-challenge = 優先するチャレンジ
form-let-cognito-ask = （Cognito に選択肢を提示させる）
form-proxy = プロキシ
form-proxy-hint = 空欄の場合はシステムの設定 (HTTPS_PROXY)。例: http://proxy.example.com:3128
form-timeout = リクエストのタイムアウト（秒）

## フォームのボタンと、ロック中の 1 行（src/ui/form_view.rs）

form-sign-in-with-browser = ブラウザーでサインイン
form-get-token = トークンを取得
form-button-hover = { $button } (Enter)
form-browser-goes-to = サインインページがブラウザーで { $domain } に開きます。パスワードはそこに送信されます。
form-secret-goes-to = クライアントシークレットは { $domain } に送信されます。
form-no-place = ユーザープールの場所が入力されていません。「戻る」でフォームに戻り、リージョンまたはエンドポイントと、アプリクライアント ID を入力してください。
form-summary = { $place } の { $who }、アプリクライアント { $client }

## リージョンの選択肢: AWS コンソールでの名前

form-region-listed = { $region } — { $place }
form-region-us-east-1 = 米国東部 (バージニア北部)
form-region-us-east-2 = 米国東部 (オハイオ)
form-region-us-west-1 = 米国西部 (北カリフォルニア)
form-region-us-west-2 = 米国西部 (オレゴン)
form-region-af-south-1 = アフリカ (ケープタウン)
form-region-ap-east-1 = アジアパシフィック (香港)
form-region-ap-south-1 = アジアパシフィック (ムンバイ)
form-region-ap-south-2 = アジアパシフィック (ハイデラバード)
form-region-ap-southeast-1 = アジアパシフィック (シンガポール)
form-region-ap-southeast-2 = アジアパシフィック (シドニー)
form-region-ap-southeast-3 = アジアパシフィック (ジャカルタ)
form-region-ap-southeast-4 = アジアパシフィック (メルボルン)
form-region-ap-southeast-5 = アジアパシフィック (マレーシア)
form-region-ap-northeast-1 = アジアパシフィック (東京)
form-region-ap-northeast-2 = アジアパシフィック (ソウル)
form-region-ap-northeast-3 = アジアパシフィック (大阪)
form-region-ca-central-1 = カナダ (中部)
form-region-ca-west-1 = カナダ西部 (カルガリー)
form-region-eu-central-1 = 欧州 (フランクフルト)
form-region-eu-central-2 = 欧州 (チューリッヒ)
form-region-eu-west-1 = 欧州 (アイルランド)
form-region-eu-west-2 = 欧州 (ロンドン)
form-region-eu-west-3 = 欧州 (パリ)
form-region-eu-north-1 = 欧州 (ストックホルム)
form-region-eu-south-1 = 欧州 (ミラノ)
form-region-eu-south-2 = 欧州 (スペイン)
form-region-il-central-1 = イスラエル (テルアビブ)
form-region-me-central-1 = 中東 (アラブ首長国連邦)
form-region-me-south-1 = 中東 (バーレーン)
form-region-mx-central-1 = メキシコ (中部)
form-region-sa-east-1 = 南米 (サンパウロ)
form-region-us-gov-east-1 = AWS GovCloud (米国東部)
form-region-us-gov-west-1 = AWS GovCloud (米国西部)
form-region-cn-north-1 = 中国 (北京)
form-region-cn-northwest-1 = 中国 (寧夏)

## 入力欄の下に表示する、入力内容の問題

form-error-missing-client-id = アプリクライアント ID を入力してください。
form-error-bad-client-id = アプリクライアント ID に使用できるのは英字、数字、_ と + のみです（128 文字まで）。
form-error-bad-client-secret = クライアントシークレットに空白は使用できません（128 文字まで）。
form-error-missing-username = ユーザー名を入力してください。
form-error-missing-password = パスワードを入力してください。
form-error-long-username = ユーザー名が Cognito の上限（{ $max } 文字）を超えています。
form-error-long-password = パスワードが Cognito の上限（{ $max } 文字）を超えています。
form-error-pool-id-needed-for-srp = SRP によるサインインにはユーザープール ID が必要です（ユーザープール ID なしでサインインするには、認証フローで「パスワード」を選択してください）。
form-error-bad-preferred-challenge = 優先するチャレンジは { $choices } のいずれかにしてください。
form-error-missing-domain = ユーザープールのドメインを入力してください（例: https://myapp.auth.eu-west-1.amazoncognito.com）。
form-error-domain = ドメイン: { $problem }
form-error-callback = このコールバック URL は使用できません: { $why }
form-error-missing-scopes = 要求するスコープを入力してください（リソースサーバーのスコープ。例: orders/read）。
form-error-bad-scope = 「{ $scope }」はスコープではありません。空白、引用符、バックスラッシュは使用できません。
form-error-secret-needed-for-machine = クライアントシークレットを入力してください。クライアント認証情報は、アプリクライアント自身のサインインです。
form-error-bad-timeout = タイムアウトは 1～{ $max } 秒にしてください（指定値: { $given }）。
form-error-missing-region = リージョンを選択してください（またはカスタムエンドポイント URL を指定してください）。
form-error-bad-region = 「{ $region }」は AWS リージョン名ではありません（us-east-1 のような名前を指定してください）。
form-error-bad-pool-id = 「{ $pool-id }」はユーザープール ID ではありません（<リージョン>_<ID> の形式です。例: eu-west-1_AbCdEf123）。
form-error-region-mismatch = ユーザープール ID は { $pool-region } のものですが、リージョンは { $region } です。ユーザープールには、そのユーザープールのリージョンでのみアクセスできます。
form-error-bad-url = 「{ $url }」は有効な URL ではありません。
form-error-plain-http = { $url } は、ローカル以外のホストで暗号化されない http:// を使用しています。https:// を使用してください。http:// を使用できるのは 127.0.0.1、::1、localhost のみです。
form-error-unsupported-scheme = { $url } は https://（ローカルエミュレーターの場合は http://）で始まる必要があります。
form-error-credentials-in-url = エンドポイント URL にユーザー名やパスワード (user:password@) を含めることはできません。
form-error-bad-proxy = 「{ $proxy }」はプロキシ URL ではありません（http://host:port または https://host:port の形式で指定してください）。
form-error-proxy-credentials = プロキシ URL にユーザー名やパスワードを含めることはできません。認証が必要なプロキシは、環境変数 HTTPS_PROXY で指定できます。
form-error-query-in-url = { $url } にクエリ (?…) やフラグメント (#…) を含めることはできません。スキーム、ホスト、ポート、パスのみを指定してください。

## Where a password goes (Endpoint::destination_message), inside form-password-goes-to and the import preview

form-destination-cognito = Amazon Cognito ({ $region })
form-destination-this-computer = このコンピューター ({ $host })
form-destination-address = { $address }
