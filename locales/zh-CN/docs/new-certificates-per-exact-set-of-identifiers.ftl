### 每组完全相同标识符的新证书数限制的帮助页面。
### 变量：certificates-per-exact-set限制的变量（见errors.ftl）。

title = { certificates-per-exact-set-title }
description = 完全相同标识符集合的证书数限制（原“重复证书限制”）错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 同一集合每个窗口允许的证书数
#   $window（时长）– 窗口（“7天”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    同一组完全相同的标识符{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可签发 { $count } 张证书。
description-set = 证书的标识符集合是指其中的域名和 IP 地址列表，不区分顺序和大小写：`example.com`与`www.example.com`构成一个集合，单独的`example.com`则构成另一个集合。
description-former-name = 此限制以前称为“重复证书限制”（*Duplicate Certificate limit*）。
description-meaning = 此错误表示您最近已经为完全相同的标识符获取了多张证书。这些证书仍然有效：重复使用其中一张即可。

causes-intro = 达到此限制的，几乎总是丢弃证书后又重新申请的系统。

reinstalls-heading = 重新安装和重复部署
reinstalls-body = 如果服务器、容器或虚拟机由于获取的证书没有在部署之间保留下来，而在每次启动时都申请新证书，就会一再申请同一组名称。

testing-heading = 在生产环境中测试
testing-body = 在生产环境中调试 ACME 客户端的配置、每次尝试都重新申请证书，会很快耗尽这些名称的限制。

recover-keep = 请将证书及其私钥保存在部署后仍会保留的存储中，并在续期之前一直重复使用。
recover-other-set = 如果您急需证书，不同的标识符集合（多一个或少一个名称）不受此限制影响，但仍受[每个注册域名的新证书数限制](/docs/new-certificates-per-registered-domain/)约束。
