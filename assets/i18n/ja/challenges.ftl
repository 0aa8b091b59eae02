## The challenge forms: MFA codes, new password, choosing a factor, setting up MFA


# The heading of a challenge form; $name is Cognito's name of the challenge (SMS_MFA…).
challenge-title-new-password = 新しいパスワードが必要です ({ $name })
challenge-title-authenticator = 認証アプリの確認コードを入力してください ({ $name })
challenge-title-code-sent = 送信された確認コードを入力してください ({ $name })
challenge-title-select-mfa = 確認コードの受け取り方法を選択してください ({ $name })
challenge-title-select-challenge = サインイン方法を選択してください ({ $name })
challenge-title-mfa-setup = 多要素認証 (MFA) を設定してください ({ $name })
challenge-title-custom = カスタムチャレンジに回答してください ({ $name })
challenge-title-other = Cognito が追加の手順を求めています ({ $name })
challenge-time-up = 回答の制限時間が過ぎた可能性があります。Cognito に拒否された場合は、最初からやり直してください。
# $left is minutes:seconds, e.g. 2:05
challenge-time-left = 回答の残り時間: { $left }
challenge-start-over = 最初からやり直す
challenge-start-over-hint = この手順を中止してフォームに戻ります
challenge-continue = 続行
challenge-copied = コピーしました

## A one-time code: $medium is app (authenticator app), sms (text message) or email

challenge-code-sent-to = { $to } に送信された{ $medium ->
        [sms] SMS メッセージ
        [email] メール
       *[app] 認証アプリ
    }の確認コードを入力してください。
challenge-code-from = { $medium ->
        [sms] SMS メッセージ
        [email] メール
       *[app] 認証アプリ
    }の確認コードを入力してください。
challenge-code = 確認コード
challenge-code-hint = 例: 123456

## Choosing an MFA method (SELECT_MFA_TYPE) or a way to sign in (SELECT_CHALLENGE)

challenge-choose-mfa = 確認コードの受け取り方法を選択してください:
challenge-choose-sign-in = サインイン方法を選択してください:
challenge-choice-authenticator = 認証アプリ
challenge-choice-sms = テキストメッセージ (SMS)
challenge-choice-email = メール
challenge-choice-password = パスワード
challenge-choice-password-srp = パスワード (SRP)
challenge-choice-passkey = パスキー
challenge-no-choices = Cognito から選択肢が提示されませんでした。最初からやり直してください。

## Setting up MFA (MFA_SETUP): an authenticator app by QR code or key

# $methods: the methods as Cognito names them, e.g. SMS_MFA, EMAIL_OTP
challenge-mfa-setup-elsewhere = このユーザーは先に多要素認証 (MFA) を設定する必要があります（{ $methods }）。ここで設定できるのは認証アプリのみです。その他の方法を使うには、管理者に電話番号またはメールアドレスの追加を依頼してください。
challenge-totp-intro = 認証アプリを設定します。このコードを認証アプリでスキャンするか、キーを手入力してください。
challenge-qr-code = 認証アプリ用の QR コード
challenge-qr-too-long = このキーは長すぎて QR コードにできません。認証アプリに手入力してください。
# How the authenticator app lists the new entry, e.g. "Cognito Login (alice)"
challenge-totp-entry = 認証アプリには { $issuer } ({ $account }) と表示されます。
challenge-key = キー:
challenge-copy-key = キーをコピー
challenge-totp-then = 次に、認証アプリに表示される確認コードを入力してください。

## A new password is required (NEW_PASSWORD_REQUIRED)

challenge-new-password-intro = 一時パスワードに代わる新しいパスワードを設定してください。
challenge-new-password = 新しいパスワード
challenge-new-password-again = 新しいパスワード (確認)
challenge-required-attributes = ユーザープールでは上記の属性が必須です。
challenge-passwords-differ = 2 つのパスワードが一致しません。

## A custom challenge, and a step this app does not know (response keys typed by hand)

challenge-answer = 回答
challenge-unknown-step = このアプリはこの手順に対応していません。Cognito から送信された内容:
challenge-generic-intro = Cognito が求めるレスポンスキーを追加してください （USERNAME と SECRET_HASH は自動で追加されます）。
# $n counts the rows: Response key 1, Value 1, Response key 2…
challenge-response-key = レスポンスキー { $n }
challenge-response-value = 値 { $n }
challenge-add-response-key = レスポンスキーを追加

## Steps Cognito knows and this app cannot answer

challenge-unsupported-webauthn = パスキー (WEB_AUTHN) によるサインインは、このアプリではまだサポートされていません。最初からやり直して、パスワードなど別のサインイン方法を選択してください。
challenge-unsupported-device-srp = 記憶済みデバイスによるサインイン (DEVICE_SRP_AUTH) は、このアプリではまだサポートされていません。管理者にこのアプリクライアントのデバイス追跡をオフにしてもらうか、デバイスを削除してください。

## An answer refused before it is sent (src/signin/session/answer.rs). Ready for when an
## answer's problem can be a message (failure.rs's answer_problem taking a Message).

challenge-problem-closed = サインインは終了しています。最初からやり直してください。
challenge-problem-does-not-fit = この回答は、表示中のチャレンジに対応していません。
challenge-problem-no-setup-session = 認証アプリの設定用のセッションが Cognito から返されませんでした。最初からやり直してください。
challenge-problem-type-new-password = 新しいパスワードを入力してください。
# $names: the attribute names as the user pool spells them, e.g. name, birthdate
challenge-problem-required-attributes = 必須の属性を入力してください: { $names }。
challenge-problem-passkey = パスキー (WEB_AUTHN) によるサインインは、このアプリではまだサポートされていません。別のサインイン方法を選択してください。
challenge-problem-needs-password = この方法にはパスワードが必要です。最初からやり直して、フォームにパスワードを入力してください。
challenge-problem-srp-needs-pool = SRP にはユーザープール ID が必要です。最初からやり直して入力するか、PASSWORD を選択してください。
challenge-problem-no-response-key = レスポンスキーとその値を 1 つ以上追加してください。
challenge-problem-type-code = 確認コードを入力してください。
challenge-problem-code-not-accepted = 認証アプリのコードが受け付けられませんでした。
