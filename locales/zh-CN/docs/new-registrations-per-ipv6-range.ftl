### 每个IPv6 /48网段的新注册数限制的帮助页面。
### 变量：registrations-per-ipv6-range限制的变量（见errors.ftl）。

title = { registrations-per-ipv6-range-title }
description = 每个 IPv6 网段的新注册数限制错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 每个窗口允许的账户数
#   $window（时长）– 窗口（“3小时”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    同一个 IPv6 /48 网段{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可注册 { $count } 个新账户。
description-range = 此限制是对[每个 IP 地址的注册数限制](/docs/too-many-registrations-for-this-ip/)的补充：一个/48 网段包含数量极其庞大的地址，即使客户端每次注册都更换 IPv6 地址，仍会受到其所在网段的限制。
description-meaning = “注册”是指通过 { -brand } API 创建新账户的请求。此错误表示最近从包含您 IPv6 地址的/48 网段创建的账户过多，与每个请求的具体地址无关。

causes-intro = 与每个 IP 地址的限制一样，原因几乎总是环境在不断创建新账户，而不是重复使用已有账户。

repeat-deployments-heading = 重复部署
repeat-deployments-body = 如果容器、虚拟机或云实例各自从同一网段获得一个 IPv6 地址，并在启动时各自创建一个账户，就会很快耗尽此限制。请将账户凭据保存在部署后仍会保留的存储中，或在各实例之间共用一个账户。

too-many-accounts-heading = 账户过多
too-many-accounts-body = 为每个客户创建一个账户的托管服务商和大型集成商，只要其服务器共用一个/48 网段，就会很快达到此限制。一个账户即可管理您所有客户的证书。

shared-range-heading = 与他人共用的网段
shared-range-body = 您的托管服务商可能会把同一/48 网段中的地址分配给许多客户。这样一来，即使您几乎没有创建账户，邻居创建的账户也会计入此限制。
