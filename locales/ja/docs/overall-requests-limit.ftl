### 全体のリクエスト数の制限のヘルプページ。IP アドレスごと、ACME API の
### エンドポイントごとに適用される。
### 変数：制限 overall-requests の変数（errors.ftl を参照）。$burst を含む。

title = { overall-requests-title }
description = 各 IP アドレスが { -brand } の ACME API に送信できるリクエストのレートと、それを超えた場合の対処方法を説明します。

description-limit = サービスを保護するため、{ -brand } は各 IP アドレスが ACME API に送信できるリクエストの数を制限しています。この制限はエンドポイントごとに適用されます。
description-endpoints = エンドポイントごとに独自のレートがあります。`/acme/*` は、表に個別の行がない API エンドポイントすべてを表します。

table-endpoint = エンドポイント
# 列見出し：ウィンドウあたりの許容レート。
# 変数：
#   $window（期間）– ウィンドウ（「1 秒」）
table-rate = { $window }あたりのレート
table-burst = バースト

table-staging-rate = ステージング環境のレート
table-staging-burst = ステージング環境のバースト
# 表のセル：リクエスト数。
# 変数：
#   $count（数値）– リクエスト数
table-requests = { $count } リクエスト
# 表のセル：個別の行がないエンドポイントのバースト。
# 変数：
#   $burst（数値）– リクエスト数
table-burst-requests = { $burst } リクエスト

new-account-note = 表のパスは Boulder のものです。{ -brand } のページでは、Boulder が `/acme/new-acct` で提供するエンドポイントを `/acme/new-account` と表記しています。ステージング環境の列は[ステージング環境](/docs/staging-environment/#rate-limits)の値です。

description-burst = バーストとは、レートが適用される前に一度に受け付けられるリクエストの数です。クライアントは一時的にレートを超えることができますが、その後はペースを落とす必要があります。
description-enforcement = この制限は、ACME の処理が行われる前の、サービスの入口で適用されます。拒否されたリクエストには、`Retry-After` ヘッダー付きの HTTP 503（*Service Unavailable*）レスポンスが返されます。

causes-intro = 通常の ACME クライアントが証明書一枚あたりに送信するリクエストは、ごくわずかです。この制限に達するのは、リクエストを急ぎすぎるクライアントや、同じアドレスの背後に多数のクライアントがある場合です。

polling-heading = 間隔を空けないポーリング
polling-body = リクエストの間に待機せずにオーダーや認可の状態をポーリングするクライアントは、すぐに制限を超えます。クライアントは、レスポンスの `Retry-After` ヘッダーに従うか、ポーリングの間隔を空ける必要があります。

nonces-heading = 無駄な nonce
nonces-body = API のレスポンスには、毎回 `Replay-Nonce` ヘッダーで新しい nonce が含まれています。リクエストのたびに `new-nonce` エンドポイントに nonce を要求するクライアントは、無駄にリクエスト数を倍増させています。

synchronized-heading = 同時に集中するリクエスト
synchronized-body = 同じ IP アドレスの背後にある多数のサーバー（アドレス変換、プロキシ）や、正時ちょうどに実行されるようスケジュールされたジョブは、同じ瞬間にリクエストを送信します。

recover-spread = スケジュールされたジョブの開始にランダムな遅延を加えて、リクエストを時間的に分散させてください。
recover-directory = ACME ディレクトリ（`/directory`）は、リクエストのたびに取得し直すのではなく、メモリに保持してください。
