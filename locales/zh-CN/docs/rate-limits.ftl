### 概览页面：所有速率限制的表格，然后每项限制一节（Let’s Encrypt的固定锚点），
### 以及出错后的处理方法。
### 涉及某项限制的消息接收该限制的数值（见errors.ftl）。

title = 速率限制
description = { -brand }的所有速率限制、其数值，以及达到限制时的处理方法。

intro = { -brand }会限制某些请求的频率，以便公平地为所有用户提供服务。大多数用户永远不会达到这些限制。一旦达到某项限制，错误中会附带解释该限制的页面链接。
bucket = 这些限制的工作方式类似令牌桶，而不是滑动窗口：每项限制在一个周期内允许一定数量的请求，其额度会逐步恢复，而不是在周期结束时一次性全部恢复。

how-heading = 速率限制的工作方式
how-no-reset = 一旦达到某项限制，{ -brand } 无法将其重置：限制的额度会随时间逐渐恢复，您无需采取任何操作。吊销证书**不会**重置限制，因为签发这些证书所用的资源已经消耗。

overview-heading = 概览
table-limit = 限制
table-allowed = 上限
table-override = 放宽限制

# 表格和各节的“上限”栏：一项限制的上限。
# 变量：registrations-per-ip限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-registrations-per-ip = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }个账户
# 变量：registrations-per-ipv6-range限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-registrations-per-ipv6-range = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }个账户
# 变量：orders-per-account限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-orders-per-account = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }个新订单
# 变量：certificates-per-domain限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-certificates-per-domain = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }张证书
# 变量：certificates-per-exact-set限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-certificates-per-exact-set = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }张证书
# 变量：authorization-failures限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-authorization-failures = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }次失败
# 变量：
#   $count（数字）– 暂停前允许的连续失败数
allowed-consecutive-authorization-failures = 连续失败{ $count }次
# 变量：overall-requests限制的变量
#   $count（数字）、$window（时长）、$window-unit（文本）、$window-amount（数字）
allowed-overall-requests = { $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }{ $count }个请求

# 表格的“放宽限制”栏。
# 变量：
#   $overridable（文本）– 可以申请放宽限制时为yes，否则为no
overridable = { $overridable ->
        [yes] 可申请
       *[no] 不可申请
    }

# 与 Let’s Encrypt 页面一样，对各项限制分组的章节。
registration-heading = 账户注册限制
registration-intro = 用户通过 API 的 `new-account` 端点申请新账户时，适用以下限制。超出这些限制的情况非常少见；我们建议大型集成商采用[一个账户服务多个客户](/docs/integration-guide/#one-account-or-many)的设计。
issuance-heading = 证书签发限制
issuance-intro = 用户通过 API 的 `new-order` 端点申请新证书时，适用以下限制。超出这些限制的情况较为常见，尤其是大型托管服务商和为大量名称签发证书的组织。
# 变量：
#   $identifiers（数字）– 单个证书可包含的标识符数量
identifiers-note = 根据所选的[证书配置文件](https://letsencrypt.org/docs/profiles/)，单个证书最多可包含 { $identifiers } 个标识符（DNS 名称或 IP 地址）。出于性能考虑，请让每个证书包含尽可能少的标识符。

renewals-heading = 续期的限制豁免
renewals-intro = { -brand } 通过两种方式识别续期：首选通过 ARI（*ACME Renewal Information*），其续期不受任何速率限制的约束；否则通过旧的续期检测，将标识符集合完全相同的订单视为续期，但仍受部分限制的约束。
ari-heading = ARI 续期

ari = 由 ARI 协调的续期不受**任何**速率限制的约束。支持 ARI 的客户端会定期向 { -brand } 的服务器询问证书是否应当续期；时机到来时，它会申请一个新订单，并明确指出所替换的证书（`replaces` 字段）。如果该订单至少包含被替换证书中的一个标识符，且该证书尚未通过 ARI 被替换，则该订单不受任何速率限制的约束。

non-ari-heading = 非 ARI 续期
non-ari = 如果您的客户端或托管服务商尚不支持 ARI，只要订单包含与之前证书完全相同的标识符集合（不区分大小写和顺序），该订单仍会被视为之前证书的续期。此时它不受[每个账户的新订单数](#new-orders-per-account)和[每个注册域名的新证书数](#new-certificates-per-registered-domain)限制的约束。但与 ARI 续期不同，它仍受[每组完全相同标识符的新证书数](#new-certificates-per-exact-set-of-identifiers)和[每个账户每个标识符的授权失败数](#authorization-failures-per-identifier-per-account)限制的约束。

# 每项限制一节的摘要：该限制计算什么，不写数字（数字在后面的要点列表中）。
summary-registrations-per-ip = 限制从同一IP地址可创建的新ACME账户数量。
summary-registrations-per-ipv6-range = 限制从同一IPv6 /48网段可创建的新ACME账户数量，与每个请求的具体地址无关。
summary-orders-per-account = 限制单个账户可创建的新订单（证书申请）数量。
summary-certificates-per-domain = 限制为同一注册域名下的名称签发的证书数量，所有账户合并计算。此限制也按每个IPv4地址和每个IPv6 /64网段计算。
summary-certificates-per-exact-set = 限制为完全相同的一组域名和IP地址签发的证书数量。此限制以前称为“重复证书限制”。
summary-authorization-failures = 限制同一标识符在同一账户下验证失败的次数。此限制以前称为“验证失败限制”。
summary-consecutive-authorization-failures = 如果某个标识符的验证长期持续失败，账户会针对该标识符被暂停，直到您解除暂停为止。只要验证成功一次，计数就会归零。
summary-overall-requests = 限制每个IP地址向ACME API各端点发送请求的速率。

# 一节的要点列表。变量：
#   $allowed（文本）– 上限，已格式化（一条allowed-*消息）
facts-allowed = **上限**：{ $allowed }
# 变量：
#   $refill（时长）– 恢复一个单位额度所需的时间
#   $refill-unit（文本）、$refill-amount（数字）– 同一时长，用于语法
facts-refill = **恢复**：{ $refill-amount ->
        [1] { $refill-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $refill }
    }恢复一个单位
# 变量：
#   $burst（数字）– 一次性接受的请求数
facts-burst = **突发量**：默认{ $burst }个请求，因端点而异
# 变量：
#   $overridable（文本）– 可以申请放宽限制时为yes，否则为no
facts-override = **放宽限制**：{ $overridable ->
        [yes] 可申请
       *[no] 不可申请
    }
# 指向一项限制完整页面的链接。变量：
#   $name（文本）– 页面标题
read-more = 阅读“{ $name }”

retrying-heading = 达到速率限制后重试
retrying-error = 当请求超出某项限制时，服务器会返回类型为`urn:ietf:params:acme:error:rateLimited`的ACME错误，并附带`Retry-After`响应头，即该请求重新被接受的时间。

retrying-format = { -brand } 的 ACME 服务器 Boulder 的速率限制错误消息都采用相同的英文格式。例如：
retrying-several = 如果请求超出多项限制，错误会描述其中最晚重置的那一项，而`Retry-After`给出所有限制都再次允许该请求的时间。

retry-after-heading = Retry-After 标头
retrying-wait = 请等到该时间后再重试：提前发送的请求会再次失败。自动化的ACME客户端应读取此响应头，而不是按固定间隔重试。
retrying-staging = 调试客户端或部署时，请使用我们的[测试环境](/docs/staging-environment/#rate-limits)：测试环境的限制与生产环境相互独立。

# 变量：
#   $override-form（文本）– 豁免申请表的地址
override-request = 如果您是大型托管服务商或正在集成 { -brand } 的组织，可以通过[豁免申请表]({ $override-form })申请更高的速率限制。处理申请需要数周时间，因此如果您只是希望限制比自然恢复更快地重置，此表并不适用。
