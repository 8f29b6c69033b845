### דף סביבת הבדיקות.

title = סביבת הבדיקות
description = בדקו את לקוח ה־ACME שלכם מול סביבת הבדיקות של { -brand }, שהגבלות הקצב בה גבוהות בהרבה.

intro = אנחנו ממליצים בחום לבדוק את לקוח ה־ACME שלכם מול סביבת הבדיקות שלנו לפני שמשתמשים בו בסביבת הייצור. היא פועלת כמו סביבת הייצור, אבל הדפדפנים אינם סומכים על התעודות שלה, והגבלות הקצב בה גבוהות בהרבה. כדי להשתמש בה, הגדירו בלקוח שלכם את כתובת ה־directory הזו:
# כתובת ה־directory של ACME בסביבת הבדיקות: אין לתרגם.
directory-url = https://acme-staging-v02.api.letsencrypt.org/directory

certbot = ב־[Certbot](https://certbot.eff.org/), האפשרויות `--test-cert` ו־`--dry-run` משתמשות בסביבת ההכנה להקמה; ללקוחות ACME אחרים, עיין בתיעוד שלהם. חשבונות ACME שייכים לסביבה אחת: סביבת ההכנה להקמה דורשת חשבון נפרד, ו־Certbot מטפל בזה בשבילך.

rate-limits-heading = הגבלות קצב
rate-limits-intro = סביבת הבדיקות מחילה את אותן מגבלות כמו סביבת הייצור, רובן עם ערכים גבוהים יותר:
# משתנים: אלה של המגבלה registrations-per-ip, כולל $staging-count ו־$staging-window.
rate-limit-registrations-per-ip = [רישומים לכתובת IP](/docs/too-many-registrations-for-this-ip/): { $staging-count ->
        [one] { $staging-count } חשבון
        [two] { $staging-count } חשבונות
        [many] { $staging-count } חשבונות
       *[other] { $staging-count } חשבונות
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה registrations-per-ipv6-range, כולל $staging-count ו־$staging-window.
rate-limit-registrations-per-ipv6-range = [רישומים לטווח IPv6 /48](/docs/new-registrations-per-ipv6-range/): { $staging-count ->
        [one] { $staging-count } חשבון
        [two] { $staging-count } חשבונות
        [many] { $staging-count } חשבונות
       *[other] { $staging-count } חשבונות
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה orders-per-account, כולל $staging-count ו־$staging-window.
rate-limit-orders-per-account = [הזמנות חדשות לחשבון](/docs/new-orders-per-account/): { $staging-count ->
        [one] { $staging-count } הזמנה
        [two] { $staging-count } הזמנות
        [many] { $staging-count } הזמנות
       *[other] { $staging-count } הזמנות
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה certificates-per-domain, כולל $staging-count ו־$staging-window.
rate-limit-certificates-per-domain = [תעודות חדשות לדומיין רשום](/docs/new-certificates-per-registered-domain/): { $staging-count ->
        [one] { $staging-count } תעודה
        [two] { $staging-count } תעודות
        [many] { $staging-count } תעודות
       *[other] { $staging-count } תעודות
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה certificates-per-exact-set, כולל $staging-count ו־$staging-window.
rate-limit-certificates-per-exact-set = [תעודות חדשות לקבוצת מזהים זהה](/docs/new-certificates-per-exact-set-of-identifiers/): { $staging-count ->
        [one] { $staging-count } תעודה
        [two] { $staging-count } תעודות
        [many] { $staging-count } תעודות
       *[other] { $staging-count } תעודות
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה authorization-failures, כולל $staging-count ו־$staging-window.
rate-limit-authorization-failures = [כשלי הרשאה למזהה ולחשבון](/docs/authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } כשל
        [two] { $staging-count } כשלים
        [many] { $staging-count } כשלים
       *[other] { $staging-count } כשלים
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count } { $window-amount ->
        [1] { $window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $window }
        [many] לכל { $window }
       *[other] לכל { $window }
    }).
# משתנים: אלה של המגבלה consecutive-authorization-failures, כולל $staging-count,
# $staging-window, $refill, $refill-unit ו־$refill-amount.
rate-limit-consecutive-authorization-failures = [כשלי הרשאה רצופים למזהה ולחשבון](/docs/consecutive-authorization-failures-per-identifier-per-account/): { $staging-count ->
        [one] { $staging-count } כשל
        [two] { $staging-count } כשלים
        [many] { $staging-count } כשלים
       *[other] { $staging-count } כשלים
    } { $staging-window-amount ->
        [1] { $staging-window-unit ->
            [day] ליום
            [week] לשבוע
            [minute] לדקה
            [second] לשנייה
           *[hour] לשעה
        }
        [two] לכל { $staging-window }
        [many] לכל { $staging-window }
       *[other] לכל { $staging-window }
    } (בסביבת הייצור: { $count }, עם מילוי מחדש של יחידה אחת { $refill-amount ->
        [1] { $refill-unit ->
            [day] כל יום
            [week] כל שבוע
            [minute] כל דקה
            [second] כל שנייה
           *[hour] כל שעה
        }
        [two] כל { $refill }
        [many] כל { $refill }
       *[other] כל { $refill }
    }).

rate-limit-overall-requests = [מגבלת בקשות כוללת](/docs/overall-requests-limit/#description): ראה את עמודות סביבת ההכנה להקמה בטבלת נקודות הקצה.
rate-limits-outro = לקוח שמגיע למגבלה בסביבת הבדיקות היה מגיע אליה הרבה יותר מוקדם בסביבת הייצור: תקנו אותו לפני שאתם עוברים סביבה.
