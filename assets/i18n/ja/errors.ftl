## Why a sign-in failed and what to do: the table of Cognito's errors (landscape.md §3) and the other explanations of src/signin/explain

# In place of a server's name when its address has none.
error-the-server = サーバー
error-try-again = もう一度お試しください。
error-sign-in-again = もう一度サインインしてください。

## Cognito's codes (src/signin/explain/codes.rs)

error-wrong-password = ユーザー名またはパスワードが正しくありません。
error-wrong-password-hint = パスワードと、Caps Lock がオフになっていることを確認してください。
error-wrong-password-hint-hidden = ユーザーの存在を隠す設定のユーザープールでは、存在しないユーザーに対しても Cognito はこのエラーを返します。
error-disabled = このアカウントは無効になっています。
error-disabled-hint = 管理者によって無効にされています。もう一度有効にするよう管理者に依頼してください。
error-locked = パスワードの誤りが多すぎるため、アカウントはしばらくロックされています。
error-locked-hint = 次の試行まで最大 15 分お待ちください。パスワードを誤るたびにロックの時間が長くなります。
error-session-expired = サインインに時間がかかりすぎたため、セッションの有効期限が切れました。
error-session-expired-hint = もう一度サインインしてください。各ステップには、アプリクライアントのセッション時間（既定では 3 分）以内に応答する必要があります。
error-refresh-refused = 更新トークンは受け付けられなくなりました。
error-refresh-refused-hint = 更新トークンは、発行したのと同じアプリクライアントで使用する必要があります。デバイスの追跡がオンの場合は、デバイスキーも必要です。
error-refresh-refused-hint-again = それ以外の場合は、もう一度サインインしてください。
error-no-user = この名前のユーザーはユーザープールに存在しません。
error-no-user-hint = ユーザー名（またはメールアドレスや電話番号のエイリアス）と、アプリクライアントが正しいユーザープールとリージョンのものであることを確認してください。
error-not-confirmed = このアカウントはまだ確認されていません。
error-not-confirmed-hint = サインアップ時のメールまたは SMS に記載された確認コードを入力するか、ユーザーの確認を管理者に依頼してください。
error-reset-required = サインインする前にパスワードをリセットする必要があります。
error-reset-required-hint = リセット用に Cognito から送信された確認コードで新しいパスワードを設定してください（ウィンドウでは「新しいパスワードを設定」、コマンドラインでは confirm-forgot-password）。または管理者に依頼してください。
error-exists = このユーザー名（またはメールアドレス、電話番号）のアカウントはすでに存在します。
error-exists-hint = 代わりにそのアカウントでサインインしてください。パスワードを忘れた場合は「パスワードをお忘れですか？」を使用してください。
error-exists-hint-fresh = 新しいテスト用アカウントには、別のユーザー名を選んでください（例: 数字を付ける）。
error-not-delivered = Cognito は確認コードを送信できませんでした。
error-not-delivered-hint = 確認コードの送信先のメールアドレスまたは電話番号を確認してください。
error-not-delivered-hint-admin = ユーザープールのメールまたは SMS の送信が設定されていない（または 1 日の上限に達した）可能性があります。このメッセージをユーザープールの管理者に見せてください。
error-secret-not-expected = このアプリクライアントにはクライアントシークレットがありませんが、シークレットが送信されました。
error-secret-not-expected-hint = このアプリクライアントでは「クライアントシークレット」を空のままにしてください（コマンドラインでは $COGNITO_CLIENT_SECRET を unset します）。
error-secret-not-expected-hint-client = アプリクライアントにシークレットがあるはずの場合は、アプリクライアント ID が意図したものか確認してください。
error-srp-not-allowed = このアプリクライアントでは SRP によるサインイン（USER_SRP_AUTH）が許可されていません。
error-srp-not-allowed-hint = アプリクライアントで ALLOW_USER_SRP_AUTH を有効にするか、認証フローで「自動」または「パスワード」を選択してください。
error-choice-not-allowed = このアプリクライアントでは選択ベースのサインイン（USER_AUTH）が許可されていません。
error-choice-not-allowed-hint = アプリクライアントで ALLOW_USER_AUTH を有効にする（Essentials 階層が必要です）か、別の認証フローを選んでください。
error-invalid-value = Cognito は送信された値のいずれかを拒否しました。
error-invalid-value-hint = 下の Cognito のメッセージに値の名前があります。その項目を確認してください。
error-unknown-client = Cognito はこのアプリクライアントを認識していません。
error-unknown-client-hint = アプリクライアント ID を確認してください。
error-unknown-client-hint-region = リージョンはユーザープールのリージョン（ユーザープール ID の「_」より前の部分）である必要があります。
error-pool-not-set-up = ユーザープールはこの種類のサインイン用に設定されていません。
error-pool-not-set-up-hint = このメッセージをユーザープールの管理者に見せてください。
error-wrong-code = 確認コードが正しくありません。
error-wrong-code-hint = 確認コードを確認してください。認証アプリの場合は、スマートフォンの時計が正しいことも確認してください。
error-code-expired = 確認コードの有効期限が切れました。
error-code-expired-hint = 最初からやり直して、新しい確認コードを送信してください（確認コードの有効期限は数分です）。
error-weak-password = パスワードがユーザープールのルールを満たしていません。
error-weak-password-hint = 下の Cognito のメッセージにルールが示されています。新しいパスワードには最近使用したパスワードも使えません。
error-too-many = 短時間に試行が多すぎます。
error-too-many-hint = 数分待ってから、もう一度お試しください。
error-lambda = ユーザープールのカスタムチェック（Lambda トリガー）がサインインを停止しました。
error-lambda-hint = そのメッセージは下にあります。ユーザープールの開発者に問い合わせてください。
error-mfa-not-set-up = この多要素認証（MFA）の方法はユーザーに設定されていません。
error-mfa-not-set-up-hint = 別の方法を選ぶか、設定を管理者に依頼してください。
error-refresh-reused = この更新トークンはすでに使用され、新しいトークンに置き換えられています。
error-waf = AWS WAF がリクエストをブロックしました。
error-waf-hint = ネットワークアドレスがブロックされている可能性があります（VPN、社内ネットワーク）。ユーザープールの管理者に問い合わせてください。
error-internal = Cognito で内部エラーが発生しました。
error-internal-hint = しばらくしてから、もう一度お試しください。
# A code no row of the table knows; self-service calls get it too, not only sign-ins.
error-unknown = Cognito はリクエストを拒否しました。
error-unknown-hint = 下のコードとメッセージは Cognito が返したものです。検索するか、開発者に見せてください。

## The client secret and the password flow (src/signin/explain/secret.rs)

# $client: the app client ID.
error-secret-hash-how = このアプリは SECRET_HASH = Base64(HMAC-SHA256(クライアントシークレット, ユーザー名 + アプリクライアント ID { $client })) を送信します。
error-secret-missing = このアプリクライアントにはクライアントシークレットがありますが、送信されていません。サインインするには入力してください。
error-secret-missing-hint = Cognito コンソール（アプリケーションの統合 > アプリクライアント）からクライアントシークレットをコピーし、「クライアントシークレット」に貼り付けてください（コマンドラインでは $COGNITO_CLIENT_SECRET を設定します）。
error-secret-wrong = クライアントシークレットがこのアプリクライアントのものと一致しません。
error-secret-wrong-hint = Cognito コンソールのアプリクライアントのページから、クライアントシークレットをもう一度コピーしてください。
# $name: the username signed in with; $kind: email or phone, the kind of alias it looks like.
error-secret-alias = ユーザー名「{ $name }」は{ $kind ->
        [email] メールアドレス
       *[phone] 電話番号
    }です。更新時の SECRET_HASH は、メールアドレスや電話番号のエイリアスではなく、Cognito 内部のユーザー名（ID トークンの cognito:username）で作成されます。そのユーザー名を使用してください（コマンドラインでは --username を指定するか、`sign-in` が出力した JSON を `refresh` にパイプすると ID トークンから読み取ります）。
error-password-flow = このアプリクライアントでは、ユーザー名とパスワードによるサインイン（USER_PASSWORD_AUTH）が許可されていません。
error-password-flow-hint-pool-id = アプリクライアントが代わりに許可している可能性のある SRP（ALLOW_USER_SRP_AUTH）にはユーザープール ID が必要ですが、指定されていません。ユーザープール ID を入力し（コマンドラインでは --pool-id）、認証フローで「自動」または「SRP」を選択してサインインしてください。
error-password-flow-hint = Cognito コンソールでアプリクライアントを開き、認証フローで ALLOW_USER_PASSWORD_AUTH を有効にするか、SRP でサインインしてください。
error-password-flow-hint-client = アプリクライアント ID が意図したものか確認してください。

## Managed login's OAuth errors (src/signin/explain/oauth_codes.rs)

error-oauth-needs-secret = このアプリクライアントにはクライアントシークレットがありません。クライアント認証情報フローにはシークレットが必要です。
error-oauth-needs-secret-hint = クライアントシークレットのあるアプリクライアント（機密クライアント）を作成し、クライアント認証情報を許可してください。
error-oauth-pkce = サインインコードが拒否されました。PKCE のコード検証子が一致しません。
error-oauth-browser-again = 最初からもう一度ブラウザーでサインインしてください。
error-oauth-refresh-hint = 更新トークンが取り消されたか（サインアウトで取り消されます）、有効期限が切れたか、別のアプリクライアントのものです。もう一度サインインしてください。
error-oauth-grant = サインインコードまたは要求したスコープが拒否されました。
error-oauth-grant-hint = サインインコードは、発行されたアプリクライアントとコールバック URL で、数分以内に 1 回だけ使用できます。もう一度ブラウザーでサインインしてください。
error-oauth-grant-hint-scopes = クライアント認証情報の場合: 要求するすべてのスコープをアプリクライアントで許可してください（ログインページ > カスタムスコープ）。
error-oauth-scope = 要求したスコープが存在しないか、このアプリクライアントで許可されていません。
error-oauth-scope-hint = クライアント認証情報で使用できるのは、ユーザープールのリソースサーバーのカスタムスコープ（resource-server/scope）のうち、アプリクライアントで許可されたものだけです。
error-oauth-scope-hint-browser = ブラウザーでのサインインでは、アプリクライアントが許可していれば openid、email、phone、profile（後の 3 つは openid と一緒の場合のみ）を使用できます。
error-oauth-unauthorized = このアプリクライアントには、この種類のサインインが許可されていません。
error-oauth-unauthorized-hint = クライアント認証情報: このアプリクライアントにはクライアント認証情報が許可されていないか、クライアントシークレットがありません（クライアント認証情報にはシークレットが必要です）。
error-oauth-unauthorized-hint-browser = ブラウザーでのサインイン: アプリクライアントで認証コード付与を許可してください（ログインページ > OAuth 付与タイプ）。
error-oauth-grant-type = サーバーはこの方法でのトークンの取得を提供していません。
error-oauth-grant-type-hint = ドメインがユーザープールのドメイン（https://<prefix>.auth.<region>.amazoncognito.com、またはそのカスタムドメイン）であることを確認してください。
error-oauth-grant-type-hint-local = cognito-local はクライアント認証情報に対応していません。MiniStack または Cognito を使用してください。
error-oauth-callback = コールバック URL がこのアプリクライアントに登録されていません。
error-oauth-callback-hint = プロファイルにあるとおりのコールバック URL（例: http://localhost:53682/callback。ホスト、ポート、パスまで同じ）を、アプリクライアントの「許可されているコールバック URL」に登録してください。
error-oauth-request = マネージドログインは、リクエストが不完全または不正な形式であるとして拒否しました。
error-oauth-request-hint = 下の説明に問題点が示されています。ドメイン、コールバック URL、スコープを確認してください。
error-oauth-denied = ブラウザーでサインインがキャンセルまたは拒否されました。
error-oauth-denied-hint = もう一度ブラウザーでサインインしてください。キャンセルしていない場合は、ID プロバイダーまたは Lambda トリガーがユーザーを拒否しています。
error-oauth-token = アクセストークンが拒否されました。
error-oauth-token-hint = 有効期限が切れたか、取り消されています。更新するか、もう一度サインインしてください。
error-oauth-token-hint-userinfo = userInfo が受け付けるのは、openid スコープ付きのブラウザーでのサインインで得たアクセストークンだけです。パスワードでのサインインで得たものは拒否されます。
error-oauth-client-credentials = クライアントシークレットが正しくないか、このアプリクライアントにクライアントシークレットがありません。クライアント認証情報にはシークレットが必要です。
error-oauth-client-credentials-hint = Cognito コンソールのアプリクライアントのページから、クライアントシークレットをもう一度コピーしてください。
error-oauth-client-credentials-hint-m2m = クライアント認証情報は、シークレットがあり（マシン間クライアント）、クライアント認証情報の付与が許可されたアプリクライアントでのみ使用できます。
error-oauth-secret-wrong = クライアントシークレットが正しくないか、このアプリクライアントにはシークレットがないのに送信されました。
error-oauth-secret-wrong-hint = Cognito コンソールのアプリクライアントのページからクライアントシークレットをもう一度コピーするか、シークレットのないクライアントでは空のままにしてください。
error-oauth-secret-missing = このアプリクライアントにはクライアントシークレットがありますが送信されていないか、アプリクライアント ID が正しくありません。
error-oauth-secret-missing-hint = クライアントシークレットを入力し（コマンドラインでは $COGNITO_CLIENT_SECRET を設定します）、アプリクライアント ID を確認してください。

## Between the browser and this app (src/signin/explain/browser.rs)

error-browser-port = このコンピューターのポート { $port } は別のプログラムが使用しているため、ブラウザーから Cognito Login に戻れませんでした。
error-browser-port-hint = 別のプログラム（別のウィンドウで待機中のサインインなど）を閉じてから、もう一度お試しください。
error-browser-port-hint-other = または、アプリクライアントに別のコールバック URL（例: http://localhost:53683/callback）を登録し、このプロファイルに設定してください。
# $said: the system's own words for why listening failed.
error-browser-listen = Cognito Login は { $callback } でブラウザーからの応答を待ち受けられませんでした（{ $said }）。
error-browser-listen-hint = コールバック URL を確認してください。http://localhost:PORT/PATH または http://127.0.0.1:PORT/PATH の形式である必要があります。
error-browser-timeout = ブラウザーが時間内に戻らなかったため、サインインを中止しました。
error-browser-timeout-hint = もう一度ブラウザーでサインインし、開いたブラウザーのタブでサインインを完了してください。
error-browser-timeout-hint-page = ブラウザーに Cognito のエラーページ（redirect_mismatch など）が表示された場合は、コールバック URL をアプリクライアントに登録してください。
error-browser-denied = ブラウザーでサインインが拒否またはキャンセルされました。
error-browser-denied-hint = もう一度お試しください。繰り返し発生する場合は、このユーザーがこのアプリにサインインできるか、ユーザープールの管理者に確認してください。
error-browser-scope = このプロファイルが要求するスコープを、アプリクライアントが許可していません。
error-browser-scope-hint = アプリクライアントが許可するスコープだけを要求してください（アプリクライアント > クライアント > ログインページ > OpenID Connect のスコープ）。
error-browser-unauthorized = このアプリクライアントは、認証コード付与でマネージドログインを使用できません。
error-browser-unauthorized-hint = アプリクライアントで「認証コード付与」をオンにしてください（ログインページ > OAuth 2.0 付与タイプ）。
# $error: the OAuth error code the browser brought back.
error-browser-error = Cognito はエラー（{ $error }）とともにブラウザーを戻しました。
# $said: the error and its description as the browser brought them, unchanged.
error-browser-said = ブラウザーからの応答: { $said }
error-browser-wrong-state = ブラウザーが、ここで開始したものとは別のサインインから戻ったため、信頼しませんでした。
error-browser-wrong-state-hint = もう一度ブラウザーでサインインし、そのとき開いたタブ（古いタブではなく）を使用してください。
error-browser-no-code = ブラウザーがサインインコードなしで戻りました。
error-browser-no-code-hint = もう一度お試しください。繰り返し発生する場合は、アプリクライアントで認証コード付与が許可されていることを確認してください。
error-browser-io = ブラウザーの待機に失敗しました: { $said }。
error-nonce = トークンエンドポイントからの ID トークンは別のサインイン用に作成されたもの（nonce が一致しません）のため、使用しませんでした。
error-nonce-hint = もう一度ブラウザーでサインインしてください。繰り返し発生する場合、そのドメインはユーザープール自身のものではありません。

## Identity pools (src/signin/explain/identity.rs)

error-identity-add-client-hint = ID プール（Cognito コンソール > ID プール > 対象のプール > ユーザーアクセス）で、ユーザープールとこのアプリクライアントを ID プロバイダーとして追加するか、このアプリクライアント用の ID プールを使用してください。
error-identity-unauthenticated = ID プール { $pool } が拒否しました。未認証アクセスを許可しておらず、このサインインを認証済みとして受け付けませんでした。
error-identity-expired = ID プールが ID トークンを拒否しました。有効期限が切れています。
error-identity-expired-hint = トークンを更新してから、もう一度 AWS 認証情報を取得してください。
error-identity-signature = ID プールは ID トークンの署名を検証できませんでした。
error-identity-signature-hint = このトークンは、ID プールが信頼するユーザープールから発行されたものではありません。そのユーザープールでもう一度サインインしてください。
error-identity-untrusted = ID プール { $pool } は、ユーザープール { $user-pool } のアプリクライアント { $client } を信頼していません。
error-identity-no-pool = ID プール { $pool } は存在しません。
error-identity-no-pool-hint = ID プール ID を確認してください（Cognito コンソール > ID プール）。ID プール ID はプールのリージョンで始まり、ユーザープールのリージョンと異なる場合があります。
error-identity-role = ID プールの認証済みユーザー用ロールを、この ID で引き受けることができません。
error-identity-role-hint = ロールの信頼ポリシーを確認してください。cognito-identity.amazonaws.com に対して sts:AssumeRoleWithWebIdentity を、aud = ID プール ID および amr = authenticated の条件で許可する必要があります。
error-identity-bad-id = 「{ $id }」は ID プール ID ではありません。
error-identity-bad-id-hint = Cognito コンソール（ID プール > 対象のプール）からコピーしてください。us-east-1:0a1b2c3d-4e5f-6789-abcd-ef0123456789 のような形式です。
error-identity-no-id-token = このサインインには、ID プールに必要な ID トークンがありません。
error-identity-no-id-token-hint = ユーザーとして（パスワードまたはブラウザーで）サインインしてください。クライアント認証情報で得られるのはアクセストークンだけです。

## SRP, the password kept from a server that is not Cognito, the network (src/signin/explain.rs)

error-srp-randomness = システムの乱数生成器が失敗したため、SRP を開始できませんでした。
error-srp-randomness-hint = 認証フローで「パスワード」を選択するか、コンピューターを再起動してください。
# $said: what was wrong with the challenge, in the SRP code's words.
error-srp-challenge = サーバーの SRP チャレンジに応答できませんでした: { $said }。
error-srp-challenge-hint = このサーバーは Cognito の SRP に対応していません。一部のエミュレーター（moto）は SRP を模倣しているだけです。その場合は、認証フローで「パスワード」を選択してください。
error-srp-challenge-hint-pool = ユーザープール ID が正しくない場合も SRP は失敗します。確認してください。
error-password-not-sent = パスワードは { $server } に送信されませんでした。パスワードをこのコンピューターから出さない SRP がそこでは機能せず、{ $server } は Amazon Cognito ではありません。
error-password-not-sent-hint = このサーバーをチームで運用している（またはこのコンピューター上のエミュレーターである）場合は、下の「このサーバーにパスワードを送信」を選んでください。確認はこのプロファイルで 1 回だけです。
error-password-not-sent-hint-flow = または、認証フローで「パスワード」を選択してください（コマンドラインでは --flow password）。
# $why: a note saying why SRP did not work (status.ftl's note-srp-…).
error-password-not-sent-why = SRP が機能しなかった理由: { $why }。
error-not-cognito = サーバーは応答しましたが、Cognito の応答ではありません（HTTP { $status }）。
error-not-cognito-hint = エンドポイント URL を確認してください。Web ページではなく、Cognito または Cognito のエミュレーターを指している必要があります。
error-not-cognito-hint-proxy = プロキシやキャプティブポータルが Cognito の代わりに応答している可能性もあります。
error-proxy-refused = プロキシ { $proxy } から応答がありませんでした。
error-proxy-refused-hint = 詳細設定でプロキシ（ホストとポート）を確認するか、空のままにしてください。
error-endpoint-refused = { $endpoint } から応答がありませんでした。
error-endpoint-refused-hint = エミュレーターまたはサーバーは起動していますか？エンドポイント URL とポートを確認してください。
error-refused = { $host } が接続を拒否しました。
error-network-hint = ネットワーク接続とプロキシの設定を確認してください。
error-dns = サーバー名 { $host } が見つかりませんでした。
error-dns-hint = リージョン（またはエンドポイント URL）に誤字がないか確認してください。
error-dns-hint-vpn = インターネット接続と DNS を確認してください。VPN が必要な場合があります。
error-tls = { $host } への安全な接続を確立できませんでした。
error-tls-hint = プロキシや社内の TLS 検査が介在している可能性があります。その証明書がシステムで信頼されている必要があります。
error-tls-hint-clock = コンピューターの日付と時刻を確認してください。
error-timeout = { $host } から { $seconds } 秒以内に応答がありませんでした。
error-timeout-hint = 接続を確認してからもう一度お試しいただくか、詳細設定でタイムアウトを長くしてください。
error-proxy = プロキシが { $host } に接続しませんでした。
error-proxy-hint = 詳細設定のプロキシ、または環境変数 HTTPS_PROXY と NO_PROXY を確認してください。
error-proxy-hint-sign-in = プロキシ自体へのサインインが必要か、プロキシがこのホストをブロックしている可能性があります。
error-unreachable = { $host } に接続できませんでした。

## Where a form's value comes from, under its error (explain_input)

error-input-region = 一覧からリージョンを選ぶか、ユーザープール ID の先頭からコピーしてください。
error-input-pool-id = Cognito コンソール（ユーザープール > 対象のプール > 概要）からユーザープール ID をコピーしてください。
error-input-client-id = Cognito コンソール（アプリケーションの統合 > アプリクライアント）からアプリクライアント ID をコピーしてください。
error-input-client-secret = アプリクライアントのページからクライアントシークレットをコピーするか、クライアントにシークレットがない場合は空のままにしてください。
error-input-username = ユーザー名（ユーザープールで許可されていれば、メールアドレスまたは電話番号）を入力してください。
error-input-password = パスワードを入力してください。
error-input-endpoint = 実際の Cognito ではエンドポイントを空のままにしてください。ローカルのエミュレーターでは http://127.0.0.1:9229 などを入力します。
error-input-proxy = システムのプロキシ（HTTPS_PROXY）を使うにはプロキシを空のままにするか、詳細設定で http://proxy.example.com:3128 などを入力してください。
error-input-timeout = 詳細設定でタイムアウトを設定してください。
error-input-flow = 認証フローと優先するチャレンジを、それぞれの一覧から選んでください。
error-input-domain = Cognito コンソール（ユーザープール > 対象のプール > ブランディング > ドメイン）からドメインをコピーしてください。ローカルのエミュレーターでは、そのアドレスを入力します。
error-input-callback-url = アプリクライアントに登録されたコールバック URL（例: http://localhost:53682/callback）を使用してください（アプリクライアント > クライアント > ログインページ）。
error-input-scopes = アプリクライアントが許可するスコープをスペースで区切って入力してください（クライアント認証情報では、リソースサーバーのスコープ。例: orders/read）。

## The command line's own hint lines (src/cli/report.rs): the `error:` line before them stays English for scripts

cli-hint-secrets = シークレットはフラグでは渡しません。パスワードは --password-stdin でパイプするか $COGNITO_PASSWORD に設定し、クライアントシークレットは $COGNITO_CLIENT_SECRET に設定してください。
# $server: the server that is not Amazon Cognito.
cli-hint-send-password = パスワード自体を { $server } に送信するには、--flow password を付けてもう一度実行してください。
cli-hint-confirm-sign-up = `cognito-login confirm-sign-up --code CODE` でアカウントを確認してください（このサインインと同じフラグを指定します。`--resend` で確認コードを再送信します）。
cli-hint-forgot-password = `cognito-login forgot-password` の後に `cognito-login confirm-forgot-password --code CODE` で新しいパスワードを設定してください（このサインインと同じフラグを指定します）。

## How the window shows a failure (src/ui/result_view.rs)

# $summary: the failure's summary (one of the error-… messages).
error-heading-refresh = 更新に失敗しました: { $summary }
error-heading-who-am-i = ユーザー情報の取得に失敗しました: { $summary }
error-heading-aws = AWS 認証情報を取得できませんでした: { $summary }
error-heading-device = このコンピューターは記憶されませんでした: { $summary }
# Button under a failure: sign in again sending the password to a server that is not Cognito.
error-send-password = このサーバーにパスワードを送信
error-send-password-hover = USER_PASSWORD_AUTH でもう一度サインインし、パスワードを { $server } に送信します。このプロファイルでは、このサーバーについて再度確認しません。
# Buttons under a refused sign-in that open the self-service screen which gets the person on.
error-confirm-account = アカウントを確認
error-confirm-account-hover = サインアップ時に送信された確認コードを入力するか、もう一度送信します。
error-choose-new-password = 新しいパスワードを設定
error-choose-new-password-hover = リセット用に Cognito が送信した確認コードを入力するか送信してもらい、新しいパスワードを設定します。
# The developer's line: $code and $said are Cognito's own words, never translated.
error-detail-cognito = Cognito のエラー { $code }: { $said }
# $detail: the line above; $id: the request ID Cognito gave.
error-detail-request = { $detail }
    リクエスト ID { $id }
error-detail-network = ネットワークエラー: { $said }
error-detail-unexpected = 予期しない応答: { $said }
error-detail-srp = SRP: { $said }
error-detail-browser = ブラウザー: { $said }
error-detail-nonce = ID トークンの nonce が一致しません
# $why: the identity layer's own words for what is wrong with the pool ID
error-identity-user-pool-unknown = ID プールには、どのユーザープールでサインインしたかを伝える必要がありますが、このユーザープールが不明です（{ $why }）。ユーザープール ID を入力してから、もう一度サインインしてください。
