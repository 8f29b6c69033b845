### 每个账户每个标识符的授权失败数限制的帮助页面。
### 变量：authorization-failures限制的变量（见errors.ftl）。

title = { authorization-failures-title }
description = 授权失败数限制（原“验证失败限制”）错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 每个窗口允许的失败数
#   $window（时长）– 窗口（“1小时”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    每个账户针对每个标识符{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可有 { $count } 次授权失败。超出后，此账户针对此标识符的新请求会在一段时间内被拒绝。
description-authorization = 授权用于证明您控制某个标识符（域名或 IP 地址）。{ -brand } 通过 ACME 质询进行核实：在您的 Web 服务器上发布一个文件、添加一条 DNS 记录或提供一个临时 TLS 证书。如果 { -brand } 没有找到预期的内容，授权就会失败。
description-former-name = 此限制以前称为“验证失败限制”（*Failed Validation limit*）。
description-meaning = 此错误会列出在您的账户下验证失败次数过多的标识符。其他标识符和其他账户不受影响。

causes-intro = 反复失败几乎总是由配置问题引起的，重试无法解决。

dns-heading = DNS 配置错误
dns-body = 该名称的 DNS 记录指向的服务器并不是运行 ACME 客户端的那台服务器：旧服务器、被遗忘的 IPv6 地址、负载均衡器。于是 { -brand } 会对错误的服务器进行验证。

blocked-heading = 无法访问质询
blocked-body = 尽管您的客户端已经发布了质询响应，但防火墙、CDN、重定向或选错的 Web 目录使 { -brand } 无法读取它。

propagation-heading = DNS 尚未传播
propagation-body = 使用 DNS 质询时，如果客户端在记录出现在该域名所有权威 DNS 服务器上之前就请求验证，验证就会失败，随后客户端又会过早重试。

recover-fix-first = 请先找出并修复原因，然后再重试：客户端日志中失败授权的消息会说明 { -brand } 看到了什么。
recover-pausing = 不要让客户端无休止地失败：连续失败次数过多后，您的账户会[针对此标识符被暂停](/docs/consecutive-authorization-failures-per-identifier-per-account/)。
