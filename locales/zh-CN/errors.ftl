### 限制器的消息：ACME客户端向用户显示的原文。
### 每项限制都有一个标题（`<限制>-title`）和一条消息（`<限制>-exceeded`）。
### 标题不随每次发生而变化：只接收限制的数值。消息还可以接收每次发生时的值。
### 每项限制可用的变量：
###   $count（数字）– 每个窗口允许的请求数
###   $window（时长）– 窗口，已格式化（“3小时”）
###   $url（文本）– 帮助页面的地址，绝不能省略
### 限制器在每次发生时提供的变量（仅用于使用它们的消息）：
###   $retry-after（UTC日期和时间）– 限制再次允许请求的时间，已按语言格式化；后面写“ UTC”
###   $identifier（文本）– 相关的注册域名、IP地址或标识符
### 这些消息是纯文本：不使用Markdown。措辞简洁。

registrations-per-ip-title = 每个 IP 地址的新注册数限制
# 变量：
#   $url（文本）– 帮助页面的地址
registrations-per-ip-exceeded = 来自此IP地址的注册过多。详见：{ $url }

registrations-per-ipv6-range-title = 每个IPv6网段的新注册数限制
# 变量：
#   $count（数字）– 每个窗口允许的注册数
#   $window（时长）– 窗口（“3小时”）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
registrations-per-ipv6-range-exceeded = 最近{ $window }内来自此IPv6 /48子网的新注册过多（{ $count }次），请于{ $retry-after } UTC之后重试。详见：{ $url }

orders-per-account-title = 每个账户的新订单数限制
# 变量：
#   $count（数字）– 每个窗口允许的订单数
#   $window（时长）– 窗口（“3小时”）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
orders-per-account-exceeded = 最近{ $window }内此账户的新订单过多（{ $count }个），请于{ $retry-after } UTC之后重试。详见：{ $url }

certificates-per-domain-title = 每个注册域名的新证书数限制
# 变量：
#   $count（数字）– 每个窗口允许的证书数
#   $window（时长）– 窗口（“7天”）
#   $identifier（文本）– 相关的注册域名（或IP地址、IPv6网段）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
certificates-per-domain-exceeded = 最近{ $window }内已为“{ $identifier }”签发的证书过多（{ $count }张），请于{ $retry-after } UTC之后重试。详见：{ $url }

certificates-per-exact-set-title = 每组完全相同标识符的新证书数限制
# 变量：
#   $count（数字）– 同一组标识符每个窗口允许的证书数
#   $window（时长）– 窗口（“7天”）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
certificates-per-exact-set-exceeded = 最近{ $window }内已为这组完全相同的标识符签发的证书过多（{ $count }张），请于{ $retry-after } UTC之后重试。详见：{ $url }

authorization-failures-title = 每个账户每个标识符的授权失败数限制
# 变量：
#   $count（数字）– 每个窗口允许的失败数
#   $window（时长）– 窗口（“1小时”）
#   $identifier（文本）– 验证失败的标识符（域名或IP地址）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
authorization-failures-exceeded = 最近{ $window }内“{ $identifier }”的授权失败过多（{ $count }次），请于{ $retry-after } UTC之后重试。详见：{ $url }

consecutive-authorization-failures-title = 每个账户每个标识符的连续授权失败数限制
# 变量：
#   $identifier（文本）– 被暂停的标识符（域名或IP地址）
#   $url（文本）– 解除账户暂停的说明地址
# 没有日期：暂停会一直持续到用户为账户解除暂停。
consecutive-authorization-failures-exceeded = 您的账户已被暂时禁止为{ $identifier }申请证书，其他标识符也可能受到影响。详见：{ $url }

overall-requests-title = 总体请求数限制
# 变量：
#   $count（数字）– 此端点每个窗口允许的请求数
#   $window（时长）– 窗口（“1秒钟”）
#   $retry-after（日期和时间）– 何时重试，UTC
#   $url（文本）– 帮助页面的地址
overall-requests-exceeded = 最近{ $window }内来自此IP地址的请求过多（{ $count }个），请于{ $retry-after } UTC之后重试。详见：{ $url }
