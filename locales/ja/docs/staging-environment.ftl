### ステージング環境のページ。

title = ステージング環境
description = レート制限が大幅に高い { -brand } のステージング環境で、ACME クライアントをテストできます。

intro = ACME クライアントを本番環境で使う前に、ステージング環境でテストすることを強くお勧めします。ステージング環境は本番環境と同じように動作しますが、発行される証明書はブラウザーに信頼されず、レート制限は大幅に高く設定されています。使用するには、クライアントに次のディレクトリ URL を設定してください：
# ステージング環境の ACME ディレクトリ URL：翻訳しないこと。
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = [Certbot](https://certbot.eff.org/) では、`--test-cert` または `--dry-run` オプションでステージング環境を使用します。その他の ACME クライアントについては、それぞれのドキュメントを参照してください。ACME アカウントは環境ごとに分かれているため、ステージング環境には別のアカウントが必要です。Certbot はこれを自動的に処理します。

rate-limits-heading = レート制限
rate-limits-intro = ステージング環境には本番環境と同じ制限が適用されますが、ほとんどの制限は値が高く設定されています：
# 変数：制限 registrations-per-ip の変数（$staging-count と $staging-window を含む）。
rate-limit-registrations-per-ip = [IP アドレスごとの登録数](/docs/too-many-registrations-for-this-ip/)：{ $staging-window }あたりアカウント { $staging-count } 件（本番環境：{ $window }あたり { $count } 件）
# 変数：制限 registrations-per-ipv6-range の変数（$staging-count と $staging-window を含む）。
rate-limit-registrations-per-ipv6-range = [IPv6 /48 範囲ごとの登録数](/docs/new-registrations-per-ipv6-range/)：{ $staging-window }あたりアカウント { $staging-count } 件（本番環境：{ $window }あたり { $count } 件）
# 変数：制限 orders-per-account の変数（$staging-count と $staging-window を含む）。
rate-limit-orders-per-account = [アカウントごとの新規オーダー数](/docs/new-orders-per-account/)：{ $staging-window }あたりオーダー { $staging-count } 件（本番環境：{ $window }あたり { $count } 件）
# 変数：制限 certificates-per-domain の変数（$staging-count と $staging-window を含む）。
rate-limit-certificates-per-domain = [登録ドメインごとの新規証明書数](/docs/new-certificates-per-registered-domain/)：{ $staging-window }あたり証明書 { $staging-count } 枚（本番環境：{ $window }あたり { $count } 枚）
# 変数：制限 certificates-per-exact-set の変数（$staging-count と $staging-window を含む）。
rate-limit-certificates-per-exact-set = [同一の識別子セットごとの新規証明書数](/docs/new-certificates-per-exact-set-of-identifiers/)：{ $staging-window }あたり証明書 { $staging-count } 枚（本番環境：{ $window }あたり { $count } 枚）
# 変数：制限 authorization-failures の変数（$staging-count と $staging-window を含む）。
rate-limit-authorization-failures = [アカウント・識別子ごとの認可失敗数](/docs/authorization-failures-per-identifier-per-account/)：{ $staging-window }あたり失敗 { $staging-count } 回（本番環境：{ $window }あたり { $count } 回）
# 変数：制限 consecutive-authorization-failures の変数（$staging-count、$staging-window、$refill を含む）。
rate-limit-consecutive-authorization-failures = [アカウント・識別子ごとの連続認可失敗数](/docs/consecutive-authorization-failures-per-identifier-per-account/)：{ $staging-window }あたり失敗 { $staging-count } 回（本番環境：{ $count } 回、{ $refill }ごとに一単位回復）

rate-limit-overall-requests = [全体のリクエスト数の制限](/docs/overall-requests-limit/#description)：エンドポイントの表にあるステージング環境の列を参照してください。
rate-limits-outro = ステージング環境で制限に達するクライアントは、本番環境ではもっと早く制限に達します。環境を切り替える前にクライアントを修正してください。
