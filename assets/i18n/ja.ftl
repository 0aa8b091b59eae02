# Cognito Login の日本語の文言。キーとプレースホルダーは en.ftl と同じにします
# （src/messages/catalogue_tests.rs が確認します）。

## タイトル行

app-name = Cognito Login
about-button = バージョン情報

## バージョン情報ウィンドウ

about-window-title = Cognito Login について
about-summary = フォームから Amazon Cognito のユーザープールにサインインし、トークンをコピーします。
about-version = バージョン
about-commit = コミット
about-license = ライセンス
about-home-page = ホームページ
about-privacy = パスワード、クライアントシークレット、トークンは、Cognito のエンドポイントに送る以外にこのコンピューターの外へ出ることはなく、ファイルにも書き込まれません。
language = 言語
language-system = システムの設定
language-english = English
language-japanese = 日本語

## プロファイルバー

profile = プロファイル
profile-none = （まだありません）
profile-new = 新規作成
profile-rename = 名前を変更
profile-duplicate = 複製
profile-delete = 削除
profile-export = エクスポート…
profile-export-hint = このプロファイルをファイルに保存して、テスターに渡します（シークレットは含まれません）
profile-export-all = すべてエクスポート…
profile-import = インポート…
profile-import-hint = プロファイルファイルからプロファイルを追加します（ファイルをウィンドウにドロップしても追加できます）
tester-view = テスター表示
tester-view-hint = テスターに必要な項目だけを表示します
leave-tester-view = すべて表示
new-name = 新しい名前
ok = OK
cancel = キャンセル
delete-question = プロファイル「{ $name }」を削除しますか？
confirm-delete = 削除する
keep-it = 削除しない
no-dialog-save = ファイルダイアログが開かなかったか、閉じられました。保存先のパスを入力してください。
no-dialog-open = ファイルダイアログが開かなかったか、閉じられました。プロファイルファイルのパスを入力してください。
save-to = 保存先
file-to-import = インポートするファイル
save-here = ここに保存
import-this-file = このファイルをインポート
not-now = 今はしない

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
