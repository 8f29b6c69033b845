### アカウント・識別子ごとの認可失敗数の制限のヘルプページ。
### 変数：制限 authorization-failures の変数（errors.ftl を参照）。

title = { authorization-failures-title }
description = 認可失敗数の制限（旧「検証失敗の制限」）のエラーについて、その意味、発生する理由、回避する方法を説明します。

# 変数：
#   $count（数値）– ウィンドウあたりの許容失敗数
#   $window（期間）– ウィンドウ（「1 時間」）
description-limit = 各アカウントで許容される認可の失敗は、識別子ごとに { $window }あたり最大 { $count } 回です。これを超えると、このアカウントからのこの識別子に対する新しいリクエストは、しばらくの間拒否されます。
description-authorization = 認可とは、識別子（ドメイン名または IP アドレス）を管理していることの証明です。{ -brand } は、ACME チャレンジによってこれを確認します。チャレンジには、Web サーバーに公開するファイル、DNS レコード、一時的な TLS 証明書があります。{ -brand } が期待するものを見つけられない場合、認可は失敗します。
description-former-name = この制限は、以前は「検証失敗の制限」（*Failed Validation limit*）と呼ばれていました。
description-meaning = エラーには、お使いのアカウントで検証の失敗が多すぎた識別子が示されます。他の識別子や他のアカウントには影響しません。

causes-intro = 失敗の繰り返しは、ほぼ例外なく設定の問題が原因であり、再試行しても解決しません。

dns-heading = DNS の設定ミス
dns-body = その名前の DNS レコードが、ACME クライアントが動作しているサーバーとは別のサーバー（古いサーバー、見落とされた IPv6 アドレス、ロードバランサー）を指しています。その結果、{ -brand } は誤ったサーバーに対して検証を行います。

blocked-heading = チャレンジに到達できない
blocked-body = クライアントがチャレンジへの応答を正しく公開していても、ファイアウォール、CDN、リダイレクト、または誤った Web フォルダーのために、{ -brand } がその応答を読み取れません。

propagation-heading = DNS の反映前
propagation-body = DNS チャレンジでは、ドメインのすべての権威 DNS サーバーでレコードが見えるようになる前に検証を要求したクライアントは失敗し、その後も早すぎるタイミングで再試行してしまいます。

recover-fix-first = 再試行する前に、原因を特定して修正してください。クライアントのログにある、失敗した認可のメッセージに、{ -brand } が確認した内容が示されています。
recover-pausing = クライアントが失敗し続ける状態を放置しないでください。連続した失敗が多すぎると、アカウントは[その識別子について一時停止されます](/docs/consecutive-authorization-failures-per-identifier-per-account/)。
