### Страница тестовой среды.

title = Тестовая среда
description = Проверяйте свой ACME-клиент в тестовой среде { -brand }, где лимиты запросов намного выше.

intro = Настоятельно рекомендуем проверить ваш ACME-клиент в нашей тестовой среде (staging), прежде чем использовать его в рабочей среде (production). Тестовая среда работает так же, как рабочая, но браузеры не доверяют её сертификатам, а лимиты запросов в ней намного выше. Чтобы ею воспользоваться, укажите в настройках клиента следующий адрес каталога ACME (directory):
# Адрес каталога ACME тестовой среды: не переводить.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = В [Certbot](https://certbot.eff.org/) тестовое окружение включают флаги `--test-cert` и `--dry-run`; для других ACME-клиентов см. их документацию. ACME-аккаунты привязаны к окружению: для тестового окружения нужен отдельный аккаунт, и Certbot создаёт его за вас.

rate-limits-heading = Лимиты запросов
rate-limits-intro = В тестовой среде действуют те же лимиты, что и в рабочей, но в большинстве случаев с более высокими значениями:
# Переменные: переменные лимита registrations-per-ip, в том числе $staging-count и $staging-window.
rate-limit-registrations-per-ip = [Регистрации на IP-адрес](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } учётная запись
        [few] { $staging-count } учётные записи
        [many] { $staging-count } учётных записей
       *[other] { $staging-count } учётной записи
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита registrations-per-ipv6-range, в том числе $staging-count и $staging-window.
rate-limit-registrations-per-ipv6-range = [Регистрации на диапазон IPv6 /48](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } учётная запись
        [few] { $staging-count } учётные записи
        [many] { $staging-count } учётных записей
       *[other] { $staging-count } учётной записи
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита orders-per-account, в том числе $staging-count и $staging-window.
rate-limit-orders-per-account = [Новые заказы на учётную запись](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } новый заказ
        [few] { $staging-count } новых заказа
        [many] { $staging-count } новых заказов
       *[other] { $staging-count } нового заказа
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита certificates-per-domain, в том числе $staging-count и $staging-window.
rate-limit-certificates-per-domain = [Новые сертификаты на зарегистрированный домен](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } сертификат
        [few] { $staging-count } сертификата
        [many] { $staging-count } сертификатов
       *[other] { $staging-count } сертификата
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита certificates-per-exact-set, в том числе $staging-count и $staging-window.
rate-limit-certificates-per-exact-set = [Новые сертификаты на один и тот же набор идентификаторов](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } сертификат
        [few] { $staging-count } сертификата
        [many] { $staging-count } сертификатов
       *[other] { $staging-count } сертификата
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита authorization-failures, в том числе $staging-count и $staging-window.
rate-limit-authorization-failures = [Неудачные авторизации на идентификатор и учётную запись](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } неудачная авторизация
        [few] { $staging-count } неудачные авторизации
        [many] { $staging-count } неудачных авторизаций
       *[other] { $staging-count } неудачной авторизации
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count } { $window-amount ->
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
    }).
# Переменные: переменные лимита consecutive-authorization-failures, в том числе $staging-count,
# $staging-window, $refill, $refill-unit и $refill-amount.
rate-limit-consecutive-authorization-failures = [Неудачные авторизации подряд на идентификатор и учётную запись](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } неудачная авторизация
        [few] { $staging-count } неудачные авторизации
        [many] { $staging-count } неудачных авторизаций
       *[other] { $staging-count } неудачной авторизации
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] в день
            [week] в неделю
            [minute] в минуту
            [second] в секунду
           *[hour] в час
        }
        [one] { $staging-window-unit ->
            [week] за { $staging-window-amount } неделю
            [minute] за { $staging-window-amount } минуту
            [second] за { $staging-window-amount } секунду
           *[other] за { $staging-window }
        }
        [few] за { $staging-window }
        [many] за { $staging-window }
       *[other] за { $staging-window }
    } (в рабочей среде: { $count }, с восстановлением на одну единицу { $refill-amount ->
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
    }).

rate-limit-overall-requests = [Общий лимит запросов](/docs/overall-requests-limit/#description): см. столбцы тестового окружения в таблице конечных точек.
rate-limits-outro = Клиент, который превышает лимит в тестовой среде, в рабочей среде превысил бы его намного раньше: исправьте его, прежде чем переходить на рабочую среду.
