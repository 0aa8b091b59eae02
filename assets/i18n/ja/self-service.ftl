## Create account, confirm, forgot and change password, attributes, remembered devices

## The ways in under the sign-in form (src/ui/desk_view.rs)

desk-create-account = アカウントを作成
desk-create-account-hover = このユーザープールに新しいアカウントを登録します
desk-confirm-with-code = 確認コードでアカウントを確認
desk-confirm-with-code-hover = アカウント作成時に Cognito が送信した確認コードを入力するか、確認コードを再送信します
desk-forgot-password = パスワードをお忘れですか？
desk-forgot-password-hover = メールまたは SMS で確認コードを受け取り、新しいパスワードを設定します

## The rows of the self-service screens

desk-username = ユーザー名
desk-new-username-hint = 新しいユーザー名
desk-new-password = 新しいパスワード
desk-new-password-again = 新しいパスワード (確認)
desk-show-passwords = パスワードを表示
desk-email = メールアドレス
desk-email-hint = 確認コードの送信先
desk-required-hint = ユーザープールで必須です
desk-code = 確認コード
desk-code-hint = メッセージに記載されたコード
desk-current-password = 現在のパスワード

## Headings and buttons

desk-confirm-account = アカウントを確認
desk-forgot-explained = Cognito がこのアカウントのメールアドレスまたは電話番号に確認コードを送信します。そのコードで新しいパスワードを設定できます。
desk-send-me-a-code = 確認コードを送信
desk-have-a-code = 確認コードを持っています
desk-have-a-code-hover = 確認コードと新しいパスワードの入力に直接進みます
desk-choose-new-password = 新しいパスワードの設定
desk-set-new-password = 新しいパスワードを設定
desk-back = 戻る
desk-send-code-again = 確認コードを再送信
# Beside the greyed Send the code again, counting down.
desk-ask-again-in = { $seconds } 秒後に再送信できます。
desk-change-password = パスワードを変更
desk-change-password-hover = このアカウントの新しいパスワードを設定します
desk-my-attributes = 自分の属性
desk-my-attributes-hover = このアカウントの属性を表示・編集し、メールアドレスまたは電話番号を検証します
desk-reading-attributes = 属性を読み込んでいます…
desk-try-again = 再試行
desk-save-changes = 変更を保存
desk-verify = 検証
# The button beside an unverified attribute, and the heading of its screen. $attribute is
# Cognito's name of it (email, phone_number, or another).
desk-verify-attribute = { $attribute ->
    [email] メールアドレスを検証
    [phone_number] 電話番号を検証
   *[other] { $attribute } を検証
}

## Where the code went. $medium: EMAIL or SMS; $destination: as Cognito masked it (a***@e***).
## $purpose: confirm (the account), reset (the password) or verify (the attribute $attribute).

desk-medium = { $medium ->
    [SMS] SMS
   *[EMAIL] メール
}
desk-code-went-to = Cognito が { $medium }で { $destination } に送信した確認コードを入力してください。{ $purpose ->
    [confirm] アカウントが確認されます
    [reset] 新しいパスワードを設定できます
   *[verify] { $attribute }が検証されます
}。
desk-code-went = Cognito が送信した確認コードを入力してください。{ $purpose ->
    [confirm] アカウントが確認されます
    [reset] 新しいパスワードを設定できます
   *[verify] { $attribute }が検証されます
}。
# An attribute as a person calls it; $words is Cognito's name with spaces for underscores.
desk-attribute-words = { $attribute ->
    [email] メールアドレス
    [phone_number] 電話番号
   *[other] 属性 { $words }
}

## What the status line says when a self-service call went through

desk-account-created = アカウントを作成しました。Cognito が送信した確認コードでアカウントを確認してください。
desk-account-created-no-code = アカウントを作成しましたが、Cognito は確認コードを送信したとは応答していません。届かない場合は再送信するか、管理者にアカウントの確認を依頼してください。
desk-code-sent-to = 確認コードを{ $medium }で { $destination } に送信しました。
desk-code-sent = 確認コードを送信しました。
desk-password-changed = パスワードを変更しました。
desk-attribute-verified = { $attribute ->
    [email] メールアドレスを検証しました。
    [phone_number] 電話番号を検証しました。
   *[other] { $words } を検証しました。
}
desk-verified = 検証しました。
desk-saved-type-code = 保存しました。Cognito が送信した確認コードを入力してください。
desk-saved = 保存しました。
desk-done-sign-in = 完了しました。パスワードを入力してサインインしてください。

## Remembered devices (src/ui/device_prompt.rs, This user's devices in src/ui/account_view.rs)

device-remember-question = このコンピューターを記憶しますか？
device-remember-explained = 次回からこのコンピューターでサインインするとき、Cognito は MFA コードを省略します。共有のコンピューターでは「記憶しない」を選んでください。
device-remember-it = このコンピューターを記憶
device-dont-remember-it = 記憶しない
device-proven = このコンピューターは記憶済みです。Cognito は MFA コードを省略しました。
device-remembered = このコンピューターを記憶しました。次回からここでのサインインでは MFA コードが省略されます。
device-not-remembered = このコンピューターは記憶されていません。Cognito は毎回 MFA コードを要求します。
device-telling-cognito = このコンピューターを Cognito に登録しています…
device-users-devices = このユーザーのデバイス
device-users-devices-hover = Cognito がこのユーザーについて追跡しているコンピューターを表示し、削除します
device-none-tracked = Cognito はこのユーザーのデバイスを追跡していません。
device-more-than = Cognito はここに表示した { $count } 台より多くのデバイスを追跡しています。残りを表示するには、いくつか削除してください。
device-reading = デバイスを読み込んでいます…
device-forget-this-computer = このコンピューターの記憶を削除
device-forget-this-computer-hover = このコンピューター上の記憶済みデバイスだけを削除します。Cognito 側で削除するまで、一覧には表示され続けます
device-column-device = デバイス
device-column-last-sign-in = 最終サインイン
device-column-remembered = 記憶
device-this-computer = { $device } (このコンピューター)
device-never = なし
device-status-remembered = 記憶済み (MFA を省略)
device-status-not-remembered = 記憶されていません
device-status-not-said = 不明
device-forget = { $device } を削除
device-forgotten = デバイスを削除しました。
device-forgotten-here-too = Cognito からこのコンピューターを削除し、このコンピューターからもデバイスを削除しました。
device-forgotten-by-cognito = Cognito からデバイス { $device } を削除しました。
device-none-kept = このコンピューターには、このユーザーの記憶済みデバイスはありません。
device-forgotten-here = このコンピューターから記憶済みデバイスを削除しました。Cognito 側で削除するまで、Cognito の一覧には表示され続けます。

## AWS credentials (src/ui/aws_credentials_view.rs)

aws-credentials = AWS 認証情報
aws-identity-pool-id = ID プール ID
aws-identity-pool-id-hover = ID トークンを一時的な AWS 認証情報と交換する ID プールです（Cognito コンソール > ID プール）
aws-get-credentials = AWS 認証情報を取得
aws-get-credentials-hover = ID トークンで GetId を呼び出し、続けて GetCredentialsForIdentity を呼び出します
aws-getting = AWS 認証情報を取得しています…
aws-got = AWS 認証情報を取得しました。下に表示しています。
aws-identity-id = アイデンティティ ID
aws-access-key-id = アクセスキー ID
aws-secret-access-key = シークレットアクセスキー
aws-session-token = セッショントークン
aws-hidden = •••••••• (非表示: 下のボタンでコピーしてください)
aws-expires = 有効期限
# The expiry: the local date and time, and how long is left ($left, already in words).
aws-expires-at = { $at } ({ $left })
aws-copy-shell = export 行をコピー
aws-copy-powershell = PowerShell 用の行をコピー
aws-copy-credentials-file = ~/.aws/credentials 用のブロックをコピー
aws-copy-credential-process = credential_process 用の JSON をコピー
aws-copy-shell-hover = bash または zsh 用の export AWS_ACCESS_KEY_ID=… 行
aws-copy-powershell-hover = PowerShell 用の $env:AWS_ACCESS_KEY_ID="…" 行
aws-copy-credentials-file-hover = ~/.aws/credentials 用の [profile] ブロック (このプロファイルの名前で)
aws-copy-credential-process-hover = AWS CLI の credential_process の出力 (Version 1、有効期限付き)
aws-copied = コピーしました
# $problem: why the credentials could not be put in that form.
aws-not-copied = コピーしませんでした: { $problem }。

## The trust prompt before a profile from a file sends a secret to a server that is not Cognito
## (src/ui/trust_prompt.rs). $sends: password, browser (the person signs in there) or secret.

desk-trust-warning = このプロファイルは{ $sends ->
    [password] パスワード
    [browser] サインイン情報 (ブラウザーで入力するパスワードを含む)
   *[secret] クライアントシークレット
}を { $host } に送信しますが、これは Amazon Cognito ではありません。このサーバーをチームが運用している場合にのみ続行してください。
desk-trust-go-on = 続行: このサーバーはチームが運用しています
desk-trust-dont = サインインしない

## Cognito's refusals of self-service calls, in the words of the screen they happen on
## (src/signin/self_service/words.rs, missing.rs)

desk-code-wrong = 確認コードが正しくありません。
desk-code-wrong-newest = 最新のメッセージに記載された確認コードを入力してください。確認コードは送信するたびに前のものと置き換わります。
desk-code-wrong-spam = 確認コードはメールまたは SMS で届きます。迷惑メールフォルダーも確認してください。
desk-code-expired = 確認コードの有効期限が切れているか、すでに使用されています。
desk-code-expired-send-again = 確認コードを再送信し、新しいコードを入力してください。
desk-current-password-wrong = 現在のパスワードが正しくありません。
desk-current-password-hint = サインインしたときのパスワードを入力してください。
desk-password-rules = パスワードがユーザープールのルールを満たしていません。
desk-password-rules-hint = 下の Cognito のメッセージにルールが記載されています。
# $names: Cognito's attribute names (email, name), as it spells them.
desk-attributes-required = このユーザープールでは次の属性が必須です: { $names }。
desk-attributes-fill-in = { $names } を入力してから（コマンドラインでは { $example }）、もう一度アカウントを作成してください。

## Problems found before anything is sent

desk-passwords-differ = 送信していません。2 つの新しいパスワードが一致しません。同じパスワードを 2 回入力してください。
desk-needs-sign-in = 送信していません。サインインのアクセストークンが必要です。先にサインインしてください。
desk-unexpected-answer = Cognito から、この呼び出しに対する応答とは異なる応答が返されました。
desk-type-account-password = 新しいアカウントのパスワードを 1～256 文字で入力してください。
desk-type-code = Cognito が送信した確認コードを入力してください。
desk-type-new-password = 新しいパスワードを 1～256 文字で入力してください。
desk-needs-access-token = サインインのアクセストークンが必要です。先にサインインしてください。
desk-nothing-to-save = 変更がないため、保存するものはありません。
desk-type-both-passwords = 現在のパスワードと、新しいパスワード（1～256 文字）を入力してください。
