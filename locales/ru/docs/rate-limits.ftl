### Обзорная страница: все лимиты запросов, таблица, затем раздел на каждый лимит
### (постоянные якоря Let’s Encrypt) и что делать после ошибки.
### Сообщения, относящиеся к одному лимиту, получают его параметры (см. errors.ftl).

title = Лимиты запросов
description = Все лимиты запросов { -brand }, их значения и что делать, если вы превысили один из них.

intro = { -brand } ограничивает частоту некоторых запросов, чтобы справедливо обслуживать всех пользователей. Большинство пользователей никогда не достигают этих лимитов. Если лимит превышен, ошибка содержит ссылку на страницу, которая его объясняет.
bucket = Эти лимиты работают по принципу маркерной корзины (*token bucket*), а не скользящего окна: каждый лимит разрешает определённое число запросов за период, и его запас восстанавливается постепенно, а не целиком в конце периода.

how-heading = Как работают наши лимиты
how-no-reset = Если вы достигли лимита, { -brand } не может его сбросить: запас постепенно восстанавливается со временем, без каких-либо действий с вашей стороны. Отзыв сертификатов **не** сбрасывает лимиты, потому что ресурсы, потраченные на их выпуск, уже израсходованы.

overview-heading = Обзор
table-limit = Лимит
table-allowed = Допустимо
table-override = Повышение лимита

# Столбец «Допустимо» в таблице и в разделах: потолок лимита.
# Переменные: переменные лимита registrations-per-ip
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-registrations-per-ip = { $count ->
        [one] { $count } учётная запись
        [few] { $count } учётные записи
        [many] { $count } учётных записей
       *[other] { $count } учётной записи
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные: переменные лимита registrations-per-ipv6-range
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } учётная запись
        [few] { $count } учётные записи
        [many] { $count } учётных записей
       *[other] { $count } учётной записи
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные: переменные лимита orders-per-account
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-orders-per-account = { $count ->
        [one] { $count } новый заказ
        [few] { $count } новых заказа
        [many] { $count } новых заказов
       *[other] { $count } нового заказа
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные: переменные лимита certificates-per-domain
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-certificates-per-domain = { $count ->
        [one] { $count } сертификат
        [few] { $count } сертификата
        [many] { $count } сертификатов
       *[other] { $count } сертификата
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные: переменные лимита certificates-per-exact-set
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } сертификат
        [few] { $count } сертификата
        [many] { $count } сертификатов
       *[other] { $count } сертификата
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные: переменные лимита authorization-failures
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-authorization-failures = { $count ->
        [one] { $count } неудачная авторизация
        [few] { $count } неудачные авторизации
        [many] { $count } неудачных авторизаций
       *[other] { $count } неудачной авторизации
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }
# Переменные:
#   $count (число) — сколько неудач подряд допускается до блокировки
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } неудачная авторизация подряд
        [few] { $count } неудачные авторизации подряд
        [many] { $count } неудачных авторизаций подряд
       *[other] { $count } неудачной авторизации подряд
    }
# Переменные: переменные лимита overall-requests
#   $count (число), $window (длительность), $window-unit (текст), $window-amount (число)
allowed-overall-requests = { $count ->
        [one] { $count } запрос
        [few] { $count } запроса
        [many] { $count } запросов
       *[other] { $count } запроса
    } { $window-amount ->
        [1] { $window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $window-unit ->
            [week] за { $window-amount } неделю
            [minute] за { $window-amount } минуту
            [second] за { $window-amount } секунду
           *[other] за { $window }
        }
        [few] за { $window }
        [many] за { $window }
       *[other] за { $window }
    }

# Столбец «Повышение лимита» в таблице.
# Переменные:
#   $overridable (текст) — yes, если можно запросить повышение лимита, иначе no
overridable = { $overridable ->
        [yes] Возможно
       *[no] Недоступно
    }

# Разделы, объединяющие лимиты, как на странице Let’s Encrypt.
registration-heading = Лимиты регистрации аккаунтов
registration-intro = Эти лимиты действуют, когда подписчик запрашивает новый аккаунт через конечную точку API `new-account`. Превысить их удаётся очень редко; крупным интеграторам мы рекомендуем схему [с одним аккаунтом на многих клиентов](/docs/integration-guide/#one-account-or-many).
issuance-heading = Лимиты выпуска сертификатов
issuance-intro = Эти лимиты действуют, когда подписчик запрашивает новый сертификат через конечную точку API `new-order`. Их превышают чаще, особенно крупные хостинг-провайдеры и организации, выпускающие сертификаты для множества имён.
# Переменные:
#   $identifiers (число) – сколько идентификаторов может содержать один сертификат
identifiers-note = Один сертификат может содержать до { $identifiers ->
        [one] { $identifiers } идентификатора
        [few] { $identifiers } идентификаторов
        [many] { $identifiers } идентификаторов
       *[other] { $identifiers } идентификатора
    } (DNS-имён или IP-адресов) в зависимости от выбранного [профиля сертификата](https://letsencrypt.org/docs/profiles/). Ради производительности включайте в сертификат как можно меньше идентификаторов.

renewals-heading = Исключения из лимитов для продлений
renewals-intro = { -brand } распознаёт продление двумя способами: предпочтительно через ARI (*ACME Renewal Information*), продления через который не подпадают ни под какие лимиты; иначе через прежний механизм, который считает продлением заказ с точно тем же набором идентификаторов, но оставляет его под действием некоторых лимитов.
ari-heading = Продления через ARI

ari = Продления, согласованные через ARI, не подпадают **ни под какие** лимиты. Клиент с поддержкой ARI периодически спрашивает у серверов { -brand }, пора ли продлевать сертификат; когда время приходит, он запрашивает новый заказ, в котором явно указан заменяемый сертификат (поле `replaces`). Если заказ содержит хотя бы один идентификатор заменяемого сертификата и этот сертификат ещё не был заменён через ARI, заказ не подпадает ни под один лимит.

non-ari-heading = Продления без ARI
non-ari = Если ваш клиент или хостинг-провайдер ещё не поддерживает ARI, заказ всё равно считается продлением прежнего сертификата, если содержит точно тот же набор идентификаторов, без учёта регистра и порядка. Тогда на него не действуют лимиты [новых заказов на аккаунт](#new-orders-per-account) и [новых сертификатов на зарегистрированный домен](#new-certificates-per-registered-domain). В отличие от продления через ARI, на него по-прежнему действуют лимиты [новых сертификатов на один и тот же набор идентификаторов](#new-certificates-per-exact-set-of-identifiers) и [неудачных авторизаций на идентификатор и аккаунт](#authorization-failures-per-identifier-per-account).

# Краткое описание каждого лимита: что он считает, без чисел (числа приводятся ниже,
# в списке параметров).
summary-registrations-per-ip = Ограничивает число новых учётных записей ACME, которые можно создать с одного IP-адреса.
summary-registrations-per-ipv6-range = Ограничивает число новых учётных записей ACME, которые можно создать из одного диапазона IPv6 /48, независимо от точного адреса каждого запроса.
summary-orders-per-account = Ограничивает число новых заказов (запросов сертификатов), которые может создать одна учётная запись.
summary-certificates-per-domain = Ограничивает число сертификатов, выпускаемых для имён одного зарегистрированного домена, суммарно по всем учётным записям. Действует также на каждый адрес IPv4 и каждый диапазон IPv6 /64.
summary-certificates-per-exact-set = Ограничивает число сертификатов, выпускаемых для одного и того же набора доменных имён и IP-адресов. Раньше назывался «лимит дубликатов сертификатов».
summary-authorization-failures = Ограничивает число неудачных проверок для одного идентификатора и одной учётной записи. Раньше назывался «лимит неудачных проверок».
summary-consecutive-authorization-failures = Если проверка идентификатора долго и непрерывно завершается неудачей, учётная запись блокируется для этого идентификатора, пока вы её не разблокируете. Успешная проверка обнуляет счётчик.
summary-overall-requests = Ограничивает частоту запросов, которые каждый IP-адрес может отправлять к каждой конечной точке ACME API.

# Список параметров раздела. Переменные:
#   $allowed (текст) — потолок, уже отформатированный (одно из сообщений allowed-*)
facts-allowed = **Допустимо:** { $allowed }
# Переменные:
#   $refill (длительность) — через сколько возвращается одна единица запаса
#   $refill-unit (текст), $refill-amount (число) — та же длительность, для грамматики
facts-refill = **Восстановление:** по одной единице { $refill-amount ->
        [1] { $refill-unit ->
            [day] каждый день
            [week] каждую неделю
            [minute] каждую минуту
            [second] каждую секунду
           *[hour] каждый час
        }
        [one] { $refill-unit ->
            [week] каждую { $refill-amount } неделю
            [minute] каждую { $refill-amount } минуту
            [second] каждую { $refill-amount } секунду
           *[other] каждый { $refill }
        }
        [few] каждые { $refill }
        [many] каждые { $refill }
       *[other] каждые { $refill }
    }
# Переменные:
#   $burst (число) — сколько запросов принимается сразу
facts-burst = **Всплеск:** { $burst ->
        [one] { $burst } запрос
        [few] { $burst } запроса
        [many] { $burst } запросов
       *[other] { $burst } запроса
    } по умолчанию, в зависимости от конечной точки
# Переменные:
#   $overridable (текст) — yes, если можно запросить повышение лимита, иначе no
facts-override = **Повышение лимита:** { $overridable ->
        [yes] возможно
       *[no] недоступно
    }
# Ссылка на полную страницу лимита. Переменные:
#   $name (текст) — заголовок страницы
read-more = Подробнее: «{ $name }»

retrying-heading = Повторные попытки после превышения лимита
retrying-error = Когда запрос превышает лимит, сервер отвечает ошибкой ACME типа `urn:ietf:params:acme:error:rateLimited` с заголовком `Retry-After`, где указан момент, начиная с которого запрос снова будет принят.

retrying-format = Сообщения об ошибках лимитов Boulder, ACME-сервера { -brand }, имеют один и тот же формат и написаны по-английски. Например:
retrying-several = Если запрос превышает сразу несколько лимитов, ошибка описывает тот из них, который сбросится позже всех, а `Retry-After` указывает момент, когда запрос снова разрешат все лимиты.

retry-after-heading = Заголовок Retry-After
retrying-wait = Дождитесь этого момента, прежде чем повторять попытку: запрос, отправленный раньше, снова завершится ошибкой. Автоматический ACME-клиент должен читать этот заголовок, а не повторять попытки через фиксированный интервал.
retrying-staging = Для отладки клиента или развёртывания используйте нашу [тестовую среду](/docs/staging-environment/#rate-limits): её лимиты не зависят от лимитов рабочей среды.

# Переменные:
#   $override-form (текст) – адрес формы запроса на переопределение ограничений
override-request = Если вы крупный хостинг-провайдер или организация, интегрирующая { -brand }, вы можете запросить более высокие лимиты через [форму запроса на переопределение ограничений]({ $override-form }). Рассмотрение запроса занимает несколько недель, поэтому форма не подходит, если нужно лишь, чтобы лимит сбросился быстрее, чем он сбросится сам.
