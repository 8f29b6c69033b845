### 总体请求数限制的帮助页面，按IP地址和ACME API的端点分别执行。
### 变量：overall-requests限制的变量（见errors.ftl），包括$burst。

title = { overall-requests-title }
description = 每个IP地址可向{ -brand } ACME API发送请求的速率，以及超出时的处理方法。

description-limit = 为了保护服务，{ -brand }限制每个IP地址可向ACME API发送的请求数量。此限制按端点分别适用。
description-endpoints = 每个端点都有各自的速率。`/acme/*`表示表中没有单独列出的所有API端点。

table-endpoint = 端点
# 列标题：每个窗口允许的速率。
# 变量：
#   $window（时长）– 窗口（“1秒钟”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天速率
            [week] 每周速率
            [minute] 每分钟速率
            [hour] 每小时速率
           *[second] 每秒速率
        }
       *[other] 每{ $window }速率
    }
table-burst = 突发量

table-staging-rate = 测试环境速率
table-staging-burst = 测试环境突发量
# 表格单元格：请求数。
# 变量：
#   $count（数字）– 请求数
table-requests = { $count }个请求
# 表格单元格：没有单独列出的端点的突发量。
# 变量：
#   $burst（数字）– 请求数
table-burst-requests = { $burst }个请求

new-account-note = 表中列出的是 Boulder 的路径：{ -brand } 的页面将 Boulder 在 `/acme/new-acct` 提供的端点写作 `/acme/new-account`。测试环境列给出的是[测试环境](/docs/staging-environment/#rate-limits)的数值。

description-burst = 突发量是指在速率生效之前可以一次性接受的请求数：客户端可以短暂超过速率，但随后必须放慢速度。
description-enforcement = 此限制在服务入口处执行，早于任何ACME处理：被拒绝的请求会收到带有`Retry-After`响应头的HTTP 503（*Service Unavailable*）响应。

causes-intro = 普通的ACME客户端为每张证书只发送少量请求。达到此限制的，是过于急切的客户端，或者同一地址后面的客户端太多。

polling-heading = 不间断轮询
polling-body = 如果客户端在轮询订单或授权的状态时，两次请求之间不作等待，就会很快超出此限制。客户端应遵循响应中的`Retry-After`响应头，或拉长轮询间隔。

nonces-heading = 浪费的nonce
nonces-body = 每个API响应都会在`Replay-Nonce`响应头中提供一个新的nonce。如果客户端在每次请求前都向`new-nonce`端点请求nonce，就会白白使请求数量翻倍。

synchronized-heading = 同步请求
synchronized-body = 位于同一IP地址后面的大量服务器（地址转换、代理），或安排在整点运行的计划任务，会在同一时刻发送请求。

recover-spread = 为计划任务的启动时间加上随机延迟，使请求在时间上分散开来。
recover-directory = 将ACME目录（`/directory`）保存在内存中，而不是每次请求前都重新获取。
