### すべてのページに共通のテキスト：ナビゲーション、フッター、お知らせ。

-brand = Let’s Encrypt

# 言語名。その言語自身で書く（言語切り替えに表示）。
language-name = 日本語

site-name = { -brand } のレート制限
skip-to-content = 本文へスキップ
nav-home = ホーム
nav-languages = 言語
# 変数：
#   $url（テキスト）– このページのフランス語の原文
notice-untranslated = このページの一部はまだ翻訳されていないため、フランス語で表示しています。[原文を読む]({ $url })

# 翻訳がフランス語の原文の変更に追いついていないページに表示。
# 変数：
#   $url（テキスト）– このページのフランス語の原文
notice-outdated = このページのフランス語の原文は、翻訳後に変更されています。[原文を読む]({ $url })
# ページが読者の言語でまだ公開されておらず、別の言語で表示するときに、読者の言語で表示。
notice-not-published = このページはまだ日本語で公開されていないため、別の言語で表示しています。

home-title = { -brand } のレート制限
home-description = { -brand } のレート制限エラーのヘルプページを日本語でご覧いただけます。
home-intro = レート制限のエラーには、それぞれを解説するページへのリンクが含まれています。エラーの意味、発生する理由、回避する方法をそのページで確認できます。
home-pages-heading = ヘルプページ

not-found-title = ページが見つかりません
not-found-description = お探しのページは存在しません。
not-found-body = このページは存在しないか、移動しました。[ホームに戻る](/)

# 全言語を案内する言語中立のページ：各言語がこれらのテキストを自分の言語で表示する。
chooser-title = 言語を選択してください
chooser-description = このページは複数の言語で提供されています。
chooser-prompt = このページを日本語で読む

alias-title = このページは移動しました
alias-body = このページのアドレスが変更されました。

footer-source = これらのページは、errdocs によって単一のソース（Fluent カタログと各制限の値）から生成されています。

# プレビューサーバー（errdocs serve --watch）：再構築に失敗したとき、各ページの上にエラー本文とともに表示されます。
serve-rebuild-failed-title = サイトの再構築に失敗しました
serve-rebuild-failed-body = サーバーは最後に正常に構築されたサイトを表示し続けています。下のエラーを修正してください。ページは自動的に再読み込みされます。
