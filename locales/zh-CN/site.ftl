### 所有页面共用的文本：导航、页脚、提示。

-brand = Let’s Encrypt

# 语言名称，用该语言本身书写（语言切换器）。
language-name = 简体中文

site-name = { -brand } 速率限制
skip-to-content = 跳到正文
nav-home = 首页
nav-languages = 语言
# 变量：
#   $url（文本）– 本页的法语原文
notice-untranslated = 本页部分内容尚未翻译，以法语显示。[阅读原文]({ $url })

# 显示在译文落后于法语原文的页面上。
# 变量：
#   $url（文本）– 本页的法语原文
notice-outdated = 本页的法语原文在翻译后已有更改。[阅读原文]({ $url })
# 当页面尚未以读者的语言发布、改以其他语言显示时，以读者的语言显示。
notice-not-published = 本页尚无简体中文版本，现以其他语言显示。

home-title = { -brand } 速率限制
home-description = { -brand } 速率限制错误的帮助页面，提供简体中文版本。
home-intro = 每个速率限制错误都会链接到一个说明页面，介绍该错误的含义、出现原因以及避免方法。
home-pages-heading = 帮助页面

not-found-title = 页面不存在
not-found-description = 您请求的页面不存在。
not-found-body = 此页面不存在或已被移动。[返回首页](/)

# 提供所有语言的中立页面：每种语言用自己的语言显示这些文本。
chooser-title = 选择语言
chooser-description = 本页提供多种语言版本。
chooser-prompt = 阅读本页的简体中文版本

alias-title = 本页已迁移
alias-body = 本页已有新地址。

footer-source = 这些页面由 errdocs 从单一来源生成：Fluent 目录和各项限制的数值。

# 预览服务器（errdocs serve --watch）：重新构建失败时显示在每个页面上方，位于错误原文之上。
serve-rebuild-failed-title = 网站重新构建失败
serve-rebuild-failed-body = 服务器仍在显示网站最后一个有效版本。请修正下面的错误，页面会自动重新加载。
