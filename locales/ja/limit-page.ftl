### すべての制限ページに共通のテキスト：セクション見出し、エラー後の対処、ヘルプと制限緩和。
### 制限ページでは、その制限の値を受け取る（errors.ftl を参照）。各ページ固有のテキストは
### docs/<slug>.ftl にある。

description-heading = 説明
causes-heading = よくある原因
recover-heading = 対処方法
help-heading = ヘルプ
override-heading = 制限緩和の申請

# 直後のコードブロックに引用するエラーメッセージを紹介する。
error-intro = この制限を超えると、ACME クライアントに次のようなエラーが表示されます（例）：

# 直後に引用する、Boulder が送信する英語のメッセージの前置き。
boulder-intro = { -brand } の ACME サーバーである Boulder は、現在このメッセージを英語でそのまま送信します：
lookup-certificates = 登録ドメインに発行された証明書の一覧は、公開されている [Certificate Transparency](https://certificate.transparency.dev/) ログを使う [crt.sh](https://crt.sh/) で検索できます。

# 変数：
#   $refill（期間）– 制限がリクエストをもう一件許可するまでの時間（「18 分」）
description-refill = 期間の終わりまで待つ必要はありません。この制限は少しずつ回復し、{ $refill }ごとにリクエストをもう一件受け付けるようになります。

recover-retry-after = 再試行する前に、レスポンスの `Retry-After` ヘッダーが示す時刻まで待ってください。それより前に送ったリクエストは再び失敗します。適切に実装された ACME クライアントは、このヘッダーを読み取って自動的に待機します。[制限に達した後の再試行](/docs/rate-limits/#retrying-after-hitting-rate-limits)を参照してください。

# 変数：
#   $staging-count（数値）– ステージング環境での制限の値
#   $staging-window（期間）– ステージング環境でのウィンドウ（「3 時間」）
recover-staging = テストには[ステージング環境](/docs/staging-environment/#rate-limits)を使用してください。ステージング環境でのこの制限は { $staging-window }あたり { $staging-count } 件で、ステージング環境での操作は本番環境の制限にカウントされません。

recover-reuse-account = ACME アカウントの認証情報をデプロイ間で保持し、再利用してください。既存のアカウントは新規登録としてカウントされません。
recover-one-account = 顧客ごとに一つのアカウントを使うのではなく、[複数の顧客で一つのアカウントを使う](/docs/integration-guide/#one-account-or-many)構成を選んでください。

recover-ari = ARI（*ACME Renewal Information*）が提案する時期に証明書を更新してください。そうした更新はこの制限の対象外です。お使いの ACME クライアントが ARI に対応している場合は、有効にしてください。

help-body = ACME クライアントでステージング環境を使うための設定方法がわからない場合や、デバッグに手助けが必要な場合は、[コミュニティフォーラムで質問してください](https://community.letsencrypt.org/c/help/13)。

# 変数：
#   $overridable（テキスト）– 制限緩和を申請できる場合は yes、できない場合は no
#   $override-form（テキスト）– オーバーライド申請フォームのアドレス
override-body = { $overridable ->
        [yes] 正当な理由がある場合は、{ -brand } の[オーバーライド申請フォーム]({ $override-form })から、この制限のオーバーライドを申請できます。必要な内容を具体的に記載してください。申請の処理には数週間かかります。
       *[no] この制限については、制限緩和を申請することは**できません**。
    }
