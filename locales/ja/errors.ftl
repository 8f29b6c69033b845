### リミッターのメッセージ：ACME クライアントが利用者に表示するテキストそのもの。
### 各制限にタイトル（`<制限>-title`）とメッセージ（`<制限>-exceeded`）がある。
### タイトルは発生ごとに変わらず、制限の値だけを受け取る。メッセージは発生ごとの値も受け取る。
### 各制限で使える変数：
###   $count（数値）– ウィンドウあたりの許容リクエスト数
###   $window（期間）– ウィンドウ。書式設定済み（「3 時間」）
###   $url（テキスト）– ヘルプページのアドレス。絶対に省略しないこと
### リミッターが発生ごとに渡す変数（使うメッセージのみ）：
###   $retry-after（UTC の日時）– 次のリクエストが許可される時刻。書式設定済み。後に「 UTC」を書く
###   $identifier（テキスト）– 対象の登録ドメイン、IP アドレス、または識別子
### これらのメッセージはプレーンテキスト：Markdown は使わない。簡潔な常体で書く。

registrations-per-ip-title = IP アドレスごとの新規登録数の制限
# 変数：
#   $url（テキスト）– ヘルプページのアドレス
registrations-per-ip-exceeded = この IP アドレスからの登録が多すぎる。詳細：{ $url }

registrations-per-ipv6-range-title = IPv6 範囲ごとの新規登録数の制限
# 変数：
#   $count（数値）– ウィンドウあたりの許容登録数
#   $window（期間）– ウィンドウ（「3 時間」）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
registrations-per-ipv6-range-exceeded = この IPv6 /48 サブネットからの新規登録が直近 { $window }で多すぎる（{ $count } 件）。再試行は { $retry-after } UTC 以降。詳細：{ $url }

orders-per-account-title = アカウントごとの新規オーダー数の制限
# 変数：
#   $count（数値）– ウィンドウあたりの許容オーダー数
#   $window（期間）– ウィンドウ（「3 時間」）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
orders-per-account-exceeded = このアカウントの新規オーダーが直近 { $window }で多すぎる（{ $count } 件）。再試行は { $retry-after } UTC 以降。詳細：{ $url }

certificates-per-domain-title = 登録ドメインごとの新規証明書数の制限
# 変数：
#   $count（数値）– ウィンドウあたりの許容証明書数
#   $window（期間）– ウィンドウ（「7 日」）
#   $identifier（テキスト）– 対象の登録ドメイン（または IP アドレス、IPv6 範囲）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
certificates-per-domain-exceeded = 「{ $identifier }」に対して直近 { $window }で発行済みの証明書が多すぎる（{ $count } 枚）。再試行は { $retry-after } UTC 以降。詳細：{ $url }

certificates-per-exact-set-title = 同一の識別子セットごとの新規証明書数の制限
# 変数：
#   $count（数値）– 同一の識別子セットに対するウィンドウあたりの許容証明書数
#   $window（期間）– ウィンドウ（「7 日」）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
certificates-per-exact-set-exceeded = まったく同じ識別子セットに対して直近 { $window }で発行済みの証明書が多すぎる（{ $count } 枚）。再試行は { $retry-after } UTC 以降。詳細：{ $url }

authorization-failures-title = アカウント・識別子ごとの認可失敗数の制限
# 変数：
#   $count（数値）– ウィンドウあたりの許容失敗数
#   $window（期間）– ウィンドウ（「1 時間」）
#   $identifier（テキスト）– 検証に失敗している識別子（ドメイン名または IP アドレス）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
authorization-failures-exceeded = 「{ $identifier }」の認可の失敗が直近 { $window }で多すぎる（{ $count } 回）。再試行は { $retry-after } UTC 以降。詳細：{ $url }

consecutive-authorization-failures-title = アカウント・識別子ごとの連続認可失敗数の制限
# 変数：
#   $identifier（テキスト）– 一時停止された識別子（ドメイン名または IP アドレス）
#   $url（テキスト）– アカウントの一時停止を解除する手順のアドレス
# 日時なし：一時停止は利用者が解除するまで続く。
consecutive-authorization-failures-exceeded = このアカウントは { $identifier } の証明書の申請を一時的に停止されている（他の識別子も停止されている可能性あり）。詳細：{ $url }

overall-requests-title = 全体のリクエスト数の制限
# 変数：
#   $count（数値）– このエンドポイントでのウィンドウあたりの許容リクエスト数
#   $window（期間）– ウィンドウ（「1 秒」）
#   $retry-after（日時）– 再試行できる時刻（UTC）
#   $url（テキスト）– ヘルプページのアドレス
overall-requests-exceeded = この IP アドレスからのリクエストが直近 { $window }で多すぎる（{ $count } 件）。再試行は { $retry-after } UTC 以降。詳細：{ $url }
