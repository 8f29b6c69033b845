### 测试环境页面。

title = 测试环境
description = 在{ -brand }的测试环境中测试您的ACME客户端，其速率限制要高得多。

intro = 我们强烈建议您在生产环境中使用ACME客户端之前，先在我们的测试环境中进行测试。测试环境的运行方式与生产环境相同，但其证书不受浏览器信任，速率限制也要高得多。要使用测试环境，请为客户端配置以下目录URL：
# 测试环境的ACME目录URL：请勿翻译。
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = 使用 [Certbot](https://certbot.eff.org/) 时，`--test-cert` 和 `--dry-run` 选项会使用测试环境；其他 ACME 客户端请参阅其文档。ACME 账户按环境区分：测试环境需要单独的账户，Certbot 会为您处理。

rate-limits-heading = 速率限制
rate-limits-intro = 测试环境适用与生产环境相同的限制，其中大多数的数值更高：
# 变量：registrations-per-ip限制的变量，包括$staging-count和$staging-window。
rate-limit-registrations-per-ip = [每个IP地址的注册数](/docs/too-many-registrations-for-this-ip/)：{ $staging-window }内{ $staging-count }个账户（生产环境：{ $window }内{ $count }个）。
# 变量：registrations-per-ipv6-range限制的变量，包括$staging-count和$staging-window。
rate-limit-registrations-per-ipv6-range = [每个IPv6 /48网段的注册数](/docs/new-registrations-per-ipv6-range/)：{ $staging-window }内{ $staging-count }个账户（生产环境：{ $window }内{ $count }个）。
# 变量：orders-per-account限制的变量，包括$staging-count和$staging-window。
rate-limit-orders-per-account = [每个账户的新订单数](/docs/new-orders-per-account/)：{ $staging-window }内{ $staging-count }个订单（生产环境：{ $window }内{ $count }个）。
# 变量：certificates-per-domain限制的变量，包括$staging-count和$staging-window。
rate-limit-certificates-per-domain = [每个注册域名的新证书数](/docs/new-certificates-per-registered-domain/)：{ $staging-window }内{ $staging-count }张证书（生产环境：{ $window }内{ $count }张）。
# 变量：certificates-per-exact-set限制的变量，包括$staging-count和$staging-window。
rate-limit-certificates-per-exact-set = [每组完全相同标识符的新证书数](/docs/new-certificates-per-exact-set-of-identifiers/)：{ $staging-window }内{ $staging-count }张证书（生产环境：{ $window }内{ $count }张）。
# 变量：authorization-failures限制的变量，包括$staging-count和$staging-window。
rate-limit-authorization-failures = [每个账户每个标识符的授权失败数](/docs/authorization-failures-per-identifier-per-account/)：{ $staging-window }内{ $staging-count }次失败（生产环境：{ $window }内{ $count }次）。
# 变量：consecutive-authorization-failures限制的变量，包括$staging-count、
# $staging-window、$refill、$refill-unit和$refill-amount。
rate-limit-consecutive-authorization-failures = [每个账户每个标识符的连续授权失败数](/docs/consecutive-authorization-failures-per-identifier-per-account/)：{ $staging-window }内{ $staging-count }次失败（生产环境：{ $count }次，{ $refill-amount ->
        [1] { $refill-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $refill }
    }恢复一个单位）。

rate-limit-overall-requests = [总体请求数限制](/docs/overall-requests-limit/#description)：请参阅端点表中的测试环境列。
rate-limits-outro = 在测试环境中就达到限制的客户端，在生产环境中会更快达到限制：请在切换环境之前修复它。
