### 概要ページ：すべてのレート制限の表、制限ごとのセクション（Let’s Encrypt の固定アンカー）、
### エラー後の対処。
### 特定の制限に関するメッセージは、その制限の値を受け取る（errors.ftl を参照）。

title = レート制限
description = { -brand } のすべてのレート制限とその値、制限に達したときの対処方法を説明します。

intro = { -brand } は、すべての利用者に公平にサービスを提供するため、一部のリクエストの頻度を制限しています。ほとんどの利用者は、これらの制限に達することはありません。制限に達した場合は、エラーにその制限を説明するページへのリンクが含まれています。
bucket = これらの制限は、スライディングウィンドウではなくトークンバケットのように動作します。各制限は一定期間に一定数のリクエストを許可し、その許容量は期間の終わりに一度に戻るのではなく、少しずつ回復します。

how-heading = レート制限の仕組み
how-no-reset = 制限に達した場合、{ -brand } はその制限をリセットする手段を持っていません。制限の容量は時間とともに少しずつ回復し、何もする必要はありません。証明書を失効させても制限はリセット**されません**。発行に使われたリソースはすでに消費されているためです。

overview-heading = 概要
table-limit = 制限
table-allowed = 上限
table-override = 制限緩和

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

# 表の「制限緩和」列。
# 変数：
#   $overridable（テキスト）– 制限緩和を申請できる場合は yes、できない場合は no
overridable = { $overridable ->
        [yes] 申請可能
       *[no] 申請不可
    }

# Let’s Encrypt のページと同じく、制限をまとめるセクション。
registration-heading = アカウント登録の制限
registration-intro = これらの制限は、利用者が API の `new-account` エンドポイントで新しいアカウントを申請するときに適用されます。超えることはめったにありません。大規模なインテグレーターには、[多数の顧客に 1 つのアカウント](/docs/integration-guide/#one-account-or-many)を使う設計をお勧めします。
issuance-heading = 証明書発行の制限
issuance-intro = これらの制限は、利用者が API の `new-order` エンドポイントで新しい証明書を申請するときに適用されます。特に大規模なホスティング事業者や、多数の名前の証明書を発行する組織では、超えることが比較的よくあります。
# 変数：
#   $identifiers（数値）– 1 枚の証明書に含められる識別子の数
identifiers-note = 選択した[証明書プロファイル](https://letsencrypt.org/docs/profiles/)によって、1 枚の証明書に最大 { $identifiers } 個の識別子（DNS 名または IP アドレス）を含められます。パフォーマンスのため、証明書ごとの識別子はできるだけ少なくしてください。

renewals-heading = 更新に対する制限の免除
renewals-intro = { -brand } は 2 つの方法で更新を認識します。推奨されるのは ARI（*ACME Renewal Information*）による方法で、その更新はすべてのレート制限の対象外です。もう 1 つは以前からの更新検出で、識別子の組み合わせがまったく同じオーダーを更新とみなしますが、一部の制限は引き続き適用されます。
ari-heading = ARI による更新

ari = ARI が調整する更新は、**すべての**レート制限の対象外です。ARI に対応したクライアントは、証明書を更新すべきかどうかを定期的に { -brand } のサーバーに問い合わせ、その時期が来ると、置き換える証明書を明示した新規オーダー（`replaces` フィールド）を申請します。そのオーダーに置き換え対象の証明書の識別子が 1 つ以上含まれ、その証明書がまだ ARI で置き換えられていなければ、オーダーはどのレート制限も受けません。

non-ari-heading = ARI を使わない更新
non-ari = クライアントやホスティング事業者がまだ ARI に対応していない場合でも、識別子の組み合わせが以前の証明書とまったく同じオーダー（大文字と小文字の違いや順序は問いません）は、その証明書の更新とみなされます。その場合、[アカウントごとの新規オーダー数](#new-orders-per-account)と[登録ドメインごとの新規証明書数](#new-certificates-per-registered-domain)の制限は免除されます。ただし ARI による更新と異なり、[同一の識別子セットごとの新規証明書数](#new-certificates-per-exact-set-of-identifiers)と[アカウント・識別子ごとの認可失敗数](#authorization-failures-per-identifier-per-account)の制限は引き続き適用されます。

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
#   $overridable（テキスト）– 制限緩和を申請できる場合は yes、できない場合は no
facts-override = **制限緩和**：{ $overridable ->
        [yes] 申請可能
       *[no] 申請不可
    }
# 制限の詳しいページへのリンク。変数：
#   $name（テキスト）– ページのタイトル
read-more = 「{ $name }」のページを読む

retrying-heading = 制限に達した後の再試行
retrying-error = リクエストが制限を超えると、サーバーは `urn:ietf:params:acme:error:rateLimited` タイプの ACME エラーと `Retry-After` ヘッダーを返します。このヘッダーは、リクエストが再び受け付けられるようになる時刻を示します。

retrying-format = { -brand } の ACME サーバーである Boulder のレート制限エラーメッセージは、すべて同じ形式の英語です。例：
retrying-several = リクエストが複数の制限を超えた場合、エラーはリセットが最も遅い制限について説明し、`Retry-After` はすべての制限が再びリクエストを許可する時刻を示します。

retry-after-heading = Retry-After ヘッダー
retrying-wait = その時刻まで待ってから再試行してください。それより前に送ったリクエストは再び失敗します。自動化された ACME クライアントは、一定の間隔で再試行するのではなく、このヘッダーを読み取る必要があります。
retrying-staging = クライアントやデプロイを調整するときは、[ステージング環境](/docs/staging-environment/#rate-limits)を使用してください。ステージング環境の制限は、本番環境の制限とは別に設定されています。

# 変数：
#   $override-form（テキスト）– オーバーライド申請フォームのアドレス
override-request = 大規模なホスティング事業者や { -brand } を組み込む組織は、[オーバーライド申請フォーム]({ $override-form })からより高い制限を申請できます。申請の処理には数週間かかるため、制限が自然に回復するより早くリセットしたいだけの場合には向きません。
