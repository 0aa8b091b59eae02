# Someone else's words (a server's, the system's, a library's), shown as they are: Message::said.
said = { $said }

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

