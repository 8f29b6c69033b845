### 每个注册域名的新证书数限制的帮助页面。
### 变量：certificates-per-domain限制的变量（见errors.ftl）。

title = { certificates-per-domain-title }
description = 每个注册域名的新证书数限制错误的含义、出现原因及避免方法。

# 变量：
#   $count（数字）– 每个窗口允许的证书数
#   $window（时长）– 窗口（“7天”）
#   $window-unit（文本）、$window-amount（数字）– 同一窗口，用于语法
description-limit =
    每个注册域名{ $window-amount ->
        [1] { $window-unit ->
            [day] 每天
            [week] 每周
            [minute] 每分钟
            [second] 每秒
           *[hour] 每小时
        }
       *[other] 每{ $window }
    }最多可签发 { $count } 张证书，所有账户合并计算。
description-registered-domain = 注册域名是您在域名注册商处注册的那部分名称：无论是`www.example.com`还是`blog.example.com`，注册域名都是`example.com`。注册域名根据[公共后缀列表](https://publicsuffix.org/)确定。
description-ip-addresses = 对于 IP 地址证书，同样的限制按每个 IPv4 地址和每个 IPv6 /64 网段计算。
description-meaning = 此错误会列出相关的注册域名：最近为其下名称签发的证书过多，可能来自您的账户，也可能来自其他账户。已签发的证书仍然有效。

causes-intro = 此限制由注册域名下的所有子域名共享：主要是在同一域名下管理大量名称的用户会达到此限制。

many-subdomains-heading = 每个子域名一张证书
many-subdomains-body = 为子域名申请的每张证书都计入其注册域名。子域名较多时，请将多个名称放在同一张证书中，或使用通配符证书（`*.example.com`，通过 DNS 验证）。

repeat-deployments-heading = 重复部署
repeat-deployments-body = 如果系统在每次部署时都申请新证书，而不是保留已有的证书，就会白白消耗此限制。请将证书及其密钥保存在部署后仍会保留的存储中。

shared-domain-heading = 由众多用户共享的域名
shared-domain-body = 向用户分配子域名的服务（动态 DNS、托管平台）会让所有用户共享同一个限制。如果每个用户都控制着自己的子域名，域名所有者可以申请将该域名加入[公共后缀列表](https://publicsuffix.org/)：这样每个子域名都会成为一个独立的注册域名。

recover-combine = 请将同一台服务器的名称放在一张证书中，而不是为每个名称各申请一张。

# 变量：
#   $overridable（文本）– 可以申请豁免时为yes，否则为no
override-who = { $overridable ->
        [yes] 豁免面向在同一注册域名下合理管理大量名称的托管服务商和大型组织。
       *[no] 如果您的正常业务量超出此限制，请将这些名称合并到更少的证书中。
    }
