### 每个账户每个标识符的连续授权失败数限制的帮助页面：额度耗尽时，
### 账户会针对该标识符被暂停。
### 变量：consecutive-authorization-failures限制的变量（见errors.ftl）。

title = { consecutive-authorization-failures-title }
description = 为什么在验证反复失败后，您的账户会针对某个域名被暂停，以及如何解除暂停。

# 变量：
#   $count（数字）– 暂停前允许的连续失败数
description-limit = 如果某个标识符的验证一再失败，{ -brand }最终会暂停您的账户针对该标识符的证书申请。暂停发生在连续{ $count }次授权失败之后，其间没有任何一次验证成功。
description-reset = 该标识符只要验证成功一次，计数就会归零。
# 变量：
#   $refill（时长）– 恢复一个单位额度所需的时间（“1天”）
#   $refill-unit（文本）、$refill-amount（数字）– 同一时长，用于语法
description-capacity =
    额度{ $refill-amount ->
        [1] { $refill-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $refill }
    }恢复一个单位：只有比这更频繁的失败，最终才会导致账户被暂停。

pause-table-intro = 达到暂停所需的时间取决于每天的失败次数：
pause-table-failures = 每天失败次数
pause-table-time = 距暂停的时间
# 表格单元格。变量：
#   $days（数字）– 距暂停的天数
pause-days = { $days } 天
pause-never = 永不暂停
description-why = 这种暂停用于阻止那些被遗忘的客户端，使它们不再无休止地为已不指向它们的名称申请证书。
description-meaning = 此错误会列出一个被暂停的标识符，并说明其他标识符也可能被暂停。暂停不会随时间自动解除：它会一直持续到您为账户解除暂停为止。

causes-intro = 只有长期持续验证失败、从未中断的名称才会被暂停。

abandoned-heading = 已弃用的名称
abandoned-body = 该名称已过期、已易主或现在指向另一台服务器，但您的ACME客户端仍在尝试续期其证书。

persistent-heading = 长期存在的配置问题
persistent-body = 防火墙、DNS记录或Web服务器配置长期阻碍验证，而客户端一直在自动重试，却没有人查看它的错误。

unpausing-heading = 为账户解除暂停
unpausing-intro = 暂停作用于您的账户和错误中列出的标识符。要解除暂停：
unpausing-fix = 修复失败的原因：否则账户会再次被暂停。
unpausing-remove = 从客户端配置中删除不再需要的名称。
unpausing-portal = 打开您账户专属的解除暂停链接，该链接包含在 { -brand } 的服务器 Boulder 发送给您的 ACME 客户端的错误消息中（见上文），然后确认解除暂停。翻译后的消息则链接到本说明。
unpausing-again = 账户解除暂停后，您的客户端即可再次为这些标识符申请证书。

recover-watch = 请监控ACME客户端的续期错误：续期连续数天失败时，应当有人收到提醒。
recover-authorization-failures = 反复失败还会触发[每个账户每个标识符的授权失败数限制](/docs/authorization-failures-per-identifier-per-account/)；原因和解决方法相同。
