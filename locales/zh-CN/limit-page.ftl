### 所有限制页面共用的文本：章节标题、出错后的处理、帮助和放宽限制。
### 在限制页面上，它们接收该限制的数值（见errors.ftl）；每个页面自己的文本
### 在docs/<slug>.ftl中。

description-heading = 说明
causes-heading = 常见原因
recover-heading = 解决方法
help-heading = 获取帮助
override-heading = 申请放宽限制

# 引出紧随其后、放在代码块中的错误消息。
error-intro = 超出此限制时，ACME客户端会显示类似下面的错误（示例）：

# 引出紧随其后引用的 Boulder 发送的英文原始消息。
boulder-intro = { -brand } 的 ACME 服务器 Boulder 目前会逐字发送以下英文消息：
lookup-certificates = 要列出为您的注册域名签发的证书，请在 [crt.sh](https://crt.sh/) 上搜索该域名，它使用公开的 [Certificate Transparency](https://certificate.transparency.dev/) 日志。

# 变量：
#   $refill（时长）– 限制多允许一个请求所需的时间（“18分钟”）
#   $refill-unit（文本）– hour、day、week、minute或second；$refill-amount（数字）
description-refill =
    不必等到整个周期结束：此限制会逐步恢复，{ $refill-amount ->
        [1] { $refill-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $refill }
    }就会多允许一个请求。

recover-retry-after = 请等到响应中`Retry-After`响应头给出的时间之后再重试：提前发送的请求会再次失败。设计良好的ACME客户端会读取此响应头并自行等待。请参阅[达到速率限制后重试](/docs/rate-limits/#retrying-after-hitting-rate-limits)。

# 变量：
#   $staging-count（数字）– 测试环境中此限制的数值
#   $staging-window（时长）– 测试环境中的窗口（“3小时”）
#   $staging-window-unit（文本）、$staging-window-amount（数字）– 同一窗口，用于语法
recover-staging =
    请在我们的[测试环境](/docs/staging-environment/#rate-limits)中进行测试：测试环境中此限制为{ $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $staging-window }
    }{ $staging-count }个，而且您在测试环境中的操作不计入生产环境的限制。

recover-reuse-account = 请在部署之间保留并重复使用ACME账户的凭据：已有账户不会被计为新注册。
recover-one-account = 建议[多个客户共用一个账户](/docs/integration-guide/#one-account-or-many)，而不是为每个客户各建一个账户。

recover-ari = 请在ARI（*ACME Renewal Information*）建议的时间续期证书：此类续期不受此限制。如果您的ACME客户端支持ARI，请启用它。

help-body = 如果您不确定如何配置ACME客户端以使用我们的测试环境，或者在调试时需要帮助，欢迎[在我们的社区论坛上求助](https://community.letsencrypt.org/c/help/13)。

# 变量：
#   $overridable（文本）– 可以申请放宽限制时为yes，否则为no
#   $override-form（文本）– 豁免申请表的地址
override-body = { $overridable ->
        [yes] 如果您的使用场景确有需要，可以通过 { -brand } 的[豁免申请表]({ $override-form })申请此限制的豁免。请准确说明您的需求；处理申请需要数周时间。
       *[no] 此限制**不**接受放宽申请。
    }
