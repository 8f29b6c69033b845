### IP アドレスごとの登録数の制限のヘルプページ。
### 変数：制限 registrations-per-ip の変数（errors.ftl を参照）。

title = { registrations-per-ip-title }
description = 「too many new registrations (…) from this IP address」と「too many registrations for this IP」エラーの意味、発生する理由、回避する方法を説明します。

# 変数：
#   $count（数値）– ウィンドウあたりの許容アカウント数
#   $window（期間）– ウィンドウ（「3 時間」）
description-limit = 利用者が同一の IP アドレスから登録できるアカウントは、{ $window }あたり最大 { $count } 件です。「IP アドレスごとの登録数」の制限を超えると、ACME クライアントに次のエラーが表示されます：

# 直後に引用する、Boulder の以前の英語メッセージの前置き。
boulder-legacy-intro = 以前の Boulder は、このページへリンクする次のメッセージを送信していました：
# 変数：
#   $count（数値）– ウィンドウあたりの許容アカウント数
#   $window（期間）– ウィンドウ（「3 時間」）
description-meaning = このエラーでいう「登録」とは、お使いの IP アドレスから送信された、{ -brand } の API で新しいアカウントを登録するリクエストのことです。このエラーは、直近 { $window }の間に、この IP アドレスからすでに { $count } 件以上のアカウントが登録されたことを示しています。

causes-intro = IP アドレスごとの登録数の制限に達する利用者の多くは、環境の設定に問題があります。

repeat-deployments-heading = デプロイの繰り返し
repeat-deployments-body = 個々の利用者が IP アドレスごとの登録数の制限に達することは、ほとんどありません。この制限に達するのは、多くの場合、システムやアプリケーションを何度もデプロイしているときです。ACME クライアントがアカウントの認証情報を保存・再利用していないか、認証情報を保存すべきファイルシステムがデプロイのたびに破棄されている（コンテナー、仮想マシン、クラウドインスタンス）ことが原因です。システムやアプリケーションのデプロイをテストするときは、ACME クライアントがステージング環境を使うように設定してください。ステージング環境のレート制限は[大幅に高く設定されています](/docs/staging-environment/#rate-limits)。

too-many-accounts-heading = アカウントが多すぎる
too-many-accounts-body = ホスティング事業者などの大規模なインテグレーターは、通常、顧客ごとにアカウントを作成しようとして IP アドレスごとの登録数の制限に達します。大規模なインテグレーターには、[複数の顧客で一つのアカウントを使う](/docs/integration-guide/#one-account-or-many)設計をお勧めします。テストの際は、お使いの ACME 実装がステージング環境を使うように設定してください。ステージング環境のレート制限は[大幅に高く設定されています](/docs/staging-environment/#rate-limits)。
