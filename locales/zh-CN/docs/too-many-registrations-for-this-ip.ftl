### 每个IP地址的注册数限制的帮助页面。
### 变量：registrations-per-ip限制的变量（见errors.ftl）。

title = { registrations-per-ip-title }
description = “too many new registrations (…) from this IP address”和“too many registrations for this IP”错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 每个窗口允许的账户数
#   $window（时长）– 窗口（“3小时”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    每个IP地址{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可注册{ $count }个账户。超出“每个IP地址的注册数”限制后，ACME客户端会显示以下错误：

# 引出紧随其后引用的 Boulder 旧版英文消息。
boulder-legacy-intro = Boulder 以前发送的是以下旧消息，它链接到本页面：
# 变量：
#   $count（数字）– 每个窗口允许的账户数
#   $window（时长）– 窗口（“3小时”）
description-meaning = 此错误所说的“注册”，是指从您的IP地址发出、通过{ -brand } API注册新账户的请求。此错误表示最近{ $window }内已从此IP地址注册了至少{ $count }个账户。

causes-intro = 达到每个IP地址注册数限制的用户，通常是因为其环境配置有误。

repeat-deployments-heading = 重复部署
repeat-deployments-body = 单个用户极少会遇到每个IP地址的注册数限制。这种情况最常发生在反复部署系统或应用程序时：要么是ACME客户端没有保存并重复使用您的账户凭据，要么是本应保存凭据的文件系统在每次部署之间被销毁（容器、虚拟机、云实例）。测试系统或应用程序的部署时，请确保已将ACME客户端配置为使用我们的测试环境。测试环境的速率限制[要高得多](/docs/staging-environment/#rate-limits)。

too-many-accounts-heading = 账户过多
too-many-accounts-body = 托管服务商和其他大型集成商通常是因为尝试为每个客户申请一个账户，才达到每个IP地址的注册数限制。我们建议大型集成商优先采用[多个客户共用一个账户](/docs/integration-guide/#one-account-or-many)的设计。测试时，请确保已将您的ACME实现配置为使用我们的测试环境。测试环境的速率限制[要高得多](/docs/staging-environment/#rate-limits)。
