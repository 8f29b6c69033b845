### 每个账户的新订单数限制的帮助页面。
### 变量：orders-per-account限制的变量（见errors.ftl）。

title = { orders-per-account-title }
description = 每个账户的新订单数限制错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 每个窗口允许的订单数
#   $window（时长）– 窗口（“3小时”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    每个账户{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可创建 { $count } 个新订单。
description-order = 订单（*order*）是 ACME 客户端为申请证书而创建的对象：它列出证书将包含的标识符（域名、IP 地址）。每次申请证书都从创建新订单开始。
description-meaning = 此错误表示您的账户最近创建的订单过多。订单一经创建即被计数，即使最终没有签发证书。

causes-intro = 普通用户永远不会接近此限制。一旦达到此限制，通常是某个客户端在不停地创建订单。

retry-loops-heading = 循环重试
retry-loops-body = 如果客户端每次尝试都创建一个新订单，例如每次验证失败后都创建，或由运行过于频繁的计划任务创建，就会在始终拿不到证书的情况下耗尽此限制。请修复失败的原因，而不是一味重试。

one-order-per-name-heading = 每个名称一个订单
one-order-per-name-body = 为每个子域名单独申请证书会使订单数量成倍增加。如果这些名称由同一台服务器提供服务，一张证书即可涵盖全部名称。

large-volumes-heading = 合理的大批量需求
large-volumes-body = 使用单个账户管理大量客户证书的托管服务商和大型集成商，在正常运行中也可能达到此限制。

recover-fix-loops = 请检查客户端的日志，确认它没有在循环创建订单，并在失败后拉长重试的间隔。

# 变量：
#   $overridable（文本）– 可以申请豁免时为yes，否则为no
override-who = { $overridable ->
        [yes] 豁免主要面向正常业务量超出此限制的托管服务商和大型集成商。豁免无法修复陷入循环的客户端：请先修复客户端。
       *[no] 如果您的正常业务量超出此限制，请将请求分散到不同时间发送。
    }
