### דף העזרה של מגבלת הבקשות הכוללת, שנאכפת לכל כתובת IP ולכל נקודת קצה של
### ה־ACME API.
### משתנים: אלה של המגבלה overall-requests (ראו errors.ftl), כולל $burst.

title = { overall-requests-title }
description = קצב הבקשות שכל כתובת IP רשאית לשלוח ל־ACME API של { -brand }, ומה לעשות כשחורגים ממנו.

description-limit = כדי להגן על השירות, { -brand } מגביל את מספר הבקשות שכל כתובת IP יכולה לשלוח ל־ACME API. המגבלה חלה על כל נקודת קצה בנפרד.
description-endpoints = לכל נקודת קצה יש קצב משלה. `/acme/*` מייצג את כל נקודות הקצה של ה־API שאין להן שורה משלהן בטבלה.

table-endpoint = נקודת קצה
# כותרת עמודה: הקצב המותר בכל חלון זמן.
# משתנים:
#   $window (משך) – חלון הזמן ("1 שנייה")
#   $window-unit (טקסט), $window-amount (מספר) – אותו חלון, לדקדוק
table-rate = { $window-amount ->
        [1] { $window-unit ->
            [day] קצב ליום
            [week] קצב לשבוע
            [minute] קצב לדקה
            [hour] קצב לשעה
           *[second] קצב לשנייה
        }
        [two] קצב לכל { $window }
        [many] קצב לכל { $window }
       *[other] קצב לכל { $window }
    }
table-burst = פרץ

table-staging-rate = קצב בסביבת ההכנה להקמה
table-staging-burst = פרץ בסביבת ההכנה להקמה
# תא בטבלה: מספר בקשות.
# משתנים:
#   $count (מספר) – מספר הבקשות
table-requests = { $count ->
        [one] { $count } בקשה
        [two] { $count } בקשות
        [many] { $count } בקשות
       *[other] { $count } בקשות
    }
# תא בטבלה: הפרץ של נקודות הקצה שאין להן שורה משלהן.
# משתנים:
#   $burst (מספר) – מספר הבקשות
table-burst-requests = { $burst ->
        [one] { $burst } בקשה
        [two] { $burst } בקשות
        [many] { $burst } בקשות
       *[other] { $burst } בקשות
    }

new-account-note = הטבלה מציגה את הנתיבים של Boulder: בדף של { -brand } כתוב `/acme/new-account` עבור נקודת הקצה ש־Boulder מגיש בנתיב `/acme/new-acct`. עמודות סביבת ההכנה להקמה מציגות את הערכים של [סביבת ההכנה להקמה](/docs/staging-environment/#rate-limits).

description-burst = הפרץ (burst) הוא מספר הבקשות שמתקבלות בבת אחת לפני שהקצב נאכף: לקוח יכול לחרוג מהקצב לזמן קצר, ואז עליו להאט.
description-enforcement = המגבלה נאכפת בכניסה לשירות, לפני כל עיבוד ACME: בקשה שנדחית מקבלת תגובת HTTP 503 (*Service Unavailable*) עם כותרת `Retry-After`.

causes-intro = לקוח ACME רגיל שולח רק כמה בקשות לכל תעודה. למגבלה הזו מגיעים לקוחות שממהרים מדי, או לקוחות רבים מדי מאחורי אותה כתובת.

polling-heading = תשאול בלי הפסקה
polling-body = לקוח שמתשאל את המצב של הזמנה או של הרשאה בלי להמתין בין בקשה לבקשה חורג מהר מהמגבלה. עליו לכבד את כותרת `Retry-After` בתגובות, או להגדיל את המרווח בין התשאולים.

nonces-heading = בזבוז nonces
nonces-body = כל תגובה של ה־API מספקת nonce חדש בכותרת `Replay-Nonce`. לקוח שמבקש nonce מנקודת הקצה `new-nonce` לפני כל בקשה מכפיל את מספר הבקשות שלו לשווא.

synchronized-heading = בקשות מסונכרנות
synchronized-body = שרתים רבים מאחורי אותה כתובת IP (תרגום כתובות, פרוקסי), או משימות שמתוזמנות לשעה עגולה, שולחים את הבקשות שלהם באותו רגע.

recover-spread = הוסיפו עיכוב אקראי לתחילת המשימות המתוזמנות שלכם כדי לפזר את הבקשות לאורך זמן.
recover-directory = שמרו בזיכרון את ה־directory של ACME (`/directory`) במקום לטעון אותו מחדש לפני כל בקשה.
