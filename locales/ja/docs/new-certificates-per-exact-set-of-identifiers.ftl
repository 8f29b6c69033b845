### 同一の識別子セットごとの新規証明書数の制限のヘルプページ。
### 変数：制限 certificates-per-exact-set の変数（errors.ftl を参照）。

title = { certificates-per-exact-set-title }
description = まったく同じ識別子セットに対する証明書数の制限（旧「重複証明書の制限」）のエラーについて、その意味、発生する理由、回避する方法を説明します。

# 変数：
#   $count（数値）– 同一のセットに対するウィンドウあたりの許容証明書数
#   $window（期間）– ウィンドウ（「7 日」）
description-limit = まったく同じ識別子セットに対して発行できる証明書は、{ $window }あたり最大 { $count } 枚です。
description-set = 証明書の識別子セットとは、その証明書に含まれるドメイン名と IP アドレスの一覧のことで、順序や大文字・小文字の違いは考慮されません。`example.com` と `www.example.com` の組み合わせで一つのセット、`example.com` 単独で別のセットになります。
description-former-name = この制限は、以前は「重複証明書の制限」（*Duplicate Certificate limit*）と呼ばれていました。
description-meaning = このエラーは、まったく同じ識別子に対して、最近すでに複数の証明書を取得していることを示しています。それらの証明書は引き続き有効なので、そのうちの一つを再利用してください。

causes-intro = この制限に達するのは、ほとんどの場合、証明書を破棄しては申請し直すシステムです。

reinstalls-heading = 再インストールとデプロイの繰り返し
reinstalls-body = 取得した証明書がデプロイをまたいで保持されないために、起動のたびに新しい証明書を申請するサーバー、コンテナー、仮想マシンは、同じ名前のセットを何度も申請することになります。

testing-heading = 本番環境でのテスト
testing-body = ACME クライアントの設定を本番環境で調整し、試すたびに証明書を申請し直すと、それらの名前に対する制限をすぐに使い果たします。

recover-keep = 証明書とその秘密鍵をデプロイ後も残るストレージに保存し、更新するまで再利用してください。
recover-other-set = すぐに証明書が必要な場合、異なる識別子セット（名前を一つ増やした、または減らしたもの）であれば、この制限の対象になりません。ただし、[登録ドメインごとの新規証明書数の制限](/docs/new-certificates-per-registered-domain/)は引き続き適用されます。
