### 概要ページ：すべてのレート制限の表、制限ごとのセクション（Let’s Encrypt の固定アンカー）、
### エラー後の対処。
### 特定の制限に関するメッセージは、その制限の値を受け取る（errors.ftl を参照）。

title = レート制限
description = { -brand } のすべてのレート制限とその値、制限に達したときの対処方法を説明します。

intro = { -brand } は、すべての利用者に公平にサービスを提供するため、一部のリクエストの頻度を制限しています。ほとんどの利用者は、これらの制限に達することはありません。制限に達した場合は、エラーにその制限を説明するページへのリンクが含まれています。
bucket = これらの制限は、スライディングウィンドウではなくトークンバケットのように動作します。各制限は一定期間に一定数のリクエストを許可し、その許容量は期間の終わりに一度に戻るのではなく、少しずつ回復します。

overview-heading = 概要
table-limit = 制限
table-allowed = 上限
table-override = オーバーライド

# 表とセクションの「上限」列：制限の上限値。
# 変数：制限 registrations-per-ip の $count（数値）、$window（期間）
allowed-registrations-per-ip = { $window }あたりアカウント { $count } 件
# 変数：制限 registrations-per-ipv6-range の $count（数値）、$window（期間）
allowed-registrations-per-ipv6-range = { $window }あたりアカウント { $count } 件
# 変数：制限 orders-per-account の $count（数値）、$window（期間）
allowed-orders-per-account = { $window }あたり新規オーダー { $count } 件
# 変数：制限 certificates-per-domain の $count（数値）、$window（期間）
allowed-certificates-per-domain = { $window }あたり証明書 { $count } 枚
# 変数：制限 certificates-per-exact-set の $count（数値）、$window（期間）
allowed-certificates-per-exact-set = { $window }あたり証明書 { $count } 枚
# 変数：制限 authorization-failures の $count（数値）、$window（期間）
allowed-authorization-failures = { $window }あたり失敗 { $count } 回
# 変数：
#   $count（数値）– 一時停止までに許容される連続失敗数
allowed-consecutive-authorization-failures = 連続失敗 { $count } 回
# 変数：制限 overall-requests の $count（数値）、$window（期間）
allowed-overall-requests = { $window }あたり { $count } リクエスト

# 表の「オーバーライド」列。
# 変数：
#   $overridable（テキスト）– オーバーライドを申請できる場合は yes、できない場合は no
overridable = { $overridable ->
        [yes] 申請可能
       *[no] 申請不可
    }

ari = ARI（*ACME Renewal Information*）が提案する時期に申請された更新は、新規オーダー数と新規証明書数の制限の対象外です。各制限が該当するかどうかは、それぞれのページに記載しています。

# 制限ごとのセクションの概要：その制限が何を数えるか。数値は書かない（数値は次の一覧に続く）。
summary-registrations-per-ip = 同一の IP アドレスから作成できる新しい ACME アカウントの数を制限します。
summary-registrations-per-ipv6-range = 同一の IPv6 /48 範囲から作成できる新しい ACME アカウントの数を、個々のリクエストのアドレスにかかわらず制限します。
summary-orders-per-account = 一つのアカウントが作成できる新規オーダー（証明書の申請）の数を制限します。
summary-certificates-per-domain = 一つの登録ドメインの名前に対して発行される証明書の数を、すべてのアカウントの合計で制限します。IPv4 アドレスごと、および IPv6 の /64 範囲ごとにも適用されます。
summary-certificates-per-exact-set = まったく同じドメイン名と IP アドレスのセットに対して発行される証明書の数を制限します。以前は「重複証明書の制限」と呼ばれていました。
summary-authorization-failures = 一つの識別子と一つのアカウントについて、検証に失敗できる回数を制限します。以前は「検証失敗の制限」と呼ばれていました。
summary-consecutive-authorization-failures = ある識別子の検証が長期間途切れることなく失敗し続けると、アカウントはその識別子について一時停止され、お客様が解除するまでその状態が続きます。検証に一度成功すると、カウントはゼロに戻ります。
summary-overall-requests = 各 IP アドレスが ACME API の各エンドポイントに送信できるリクエストのレートを制限します。

# セクションの値の一覧。変数：
#   $allowed（テキスト）– 上限値。書式設定済み（allowed-* メッセージ）
facts-allowed = **上限**：{ $allowed }
# 変数：
#   $refill（期間）– 許容量が一単位回復するまでの時間
facts-refill = **回復**：{ $refill }ごとに一単位
# 変数：
#   $burst（数値）– 一度に受け付けられるリクエスト数
facts-burst = **バースト**：既定で { $burst } リクエスト（エンドポイントによって異なります）
# 変数：
#   $overridable（テキスト）– オーバーライドを申請できる場合は yes、できない場合は no
facts-override = **オーバーライド**：{ $overridable ->
        [yes] 申請可能
       *[no] 申請不可
    }
# 制限の詳しいページへのリンク。変数：
#   $name（テキスト）– ページのタイトル
read-more = 「{ $name }」のページを読む

retrying-heading = 制限に達した後の再試行
retrying-error = リクエストが制限を超えると、サーバーは `urn:ietf:params:acme:error:rateLimited` タイプの ACME エラーと `Retry-After` ヘッダーを返します。このヘッダーは、リクエストが再び受け付けられるようになる時刻を示します。
retrying-several = リクエストが複数の制限を超えた場合、エラーはリセットが最も遅い制限について説明し、`Retry-After` はすべての制限が再びリクエストを許可する時刻を示します。
retrying-wait = その時刻まで待ってから再試行してください。それより前に送ったリクエストは再び失敗します。自動化された ACME クライアントは、一定の間隔で再試行するのではなく、このヘッダーを読み取る必要があります。
retrying-staging = クライアントやデプロイを調整するときは、[ステージング環境](/docs/staging-environment/#rate-limits)を使用してください。ステージング環境の制限は、本番環境の制限とは別に設定されています。
