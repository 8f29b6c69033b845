### הודעות מגביל הקצב: הטקסט המדויק שלקוח ה־ACME מציג למנוי.
### לכל מגבלה יש כותרת (`<limit>-title`) והודעה (`<limit>-exceeded`).
### הכותרת אינה משתנה ממקרה למקרה: היא מקבלת רק את נתוני המגבלה. ההודעה עשויה לקבל
### בנוסף את ערכי המקרה הספציפי.
### משתנים של כל מגבלה:
###   $count (מספר) – בקשות מותרות בכל חלון זמן
###   $window (משך) – חלון הזמן, כבר מעוצב ("3 שעות", "שעתיים")
###   $window-unit (טקסט) – hour, day, week, minute או second; $window-amount (מספר)
###   $url (טקסט) – כתובת דף העזרה; אסור להשמיט אותה
### משתנים שהמגביל מספק בכל מקרה (להודעות שמשתמשות בהם):
###   $retry-after (תאריך ושעה, UTC) – מתי המגבלה תתיר בקשה חדשה, כבר מעוצב לפי השפה;
###     יש לכתוב "UTC" אחריו
###   $identifier (טקסט) – הדומיין הרשום, כתובת ה־IP או המזהה הרלוונטי
### ההודעות האלה הן טקסט פשוט: בלי Markdown, ורק מירכאות ASCII ישרות, כי לקוחות
### וחיפושים בפורומים משווים אותן. אין להוסיף לפני משתנה אות שימוש (ב, ל, מ):
### הערכים עשויים להיות מילים ("שעתיים").

registrations-per-ip-title = מגבלת רישומים חדשים לכתובת IP
# משתנים:
#   $url (טקסט) – כתובת דף העזרה
registrations-per-ip-exceeded = יותר מדי רישומים מכתובת ה־IP הזו: ראו { $url }

registrations-per-ipv6-range-title = מגבלת רישומים חדשים לטווח IPv6
# משתנים:
#   $count (מספר) – רישומים מותרים בכל חלון זמן
#   $window (משך) – חלון הזמן ("3 שעות"); $window-unit, $window-amount – לדקדוק
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
registrations-per-ipv6-range-exceeded = יותר מדי רישומים חדשים ({ $count }) מרשת המשנה /48 הזו של כתובות IPv6 { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }

orders-per-account-title = מגבלת הזמנות חדשות לחשבון
# משתנים:
#   $count (מספר) – הזמנות מותרות בכל חלון זמן
#   $window (משך) – חלון הזמן ("3 שעות"); $window-unit, $window-amount – לדקדוק
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
orders-per-account-exceeded = יותר מדי הזמנות חדשות ({ $count }) מהחשבון הזה { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }

certificates-per-domain-title = מגבלת תעודות חדשות לדומיין רשום
# משתנים:
#   $count (מספר) – תעודות מותרות בכל חלון זמן
#   $window (משך) – חלון הזמן ("7 ימים"); $window-unit, $window-amount – לדקדוק
#   $identifier (טקסט) – הדומיין הרשום (או כתובת ה־IP, טווח ה־IPv6) הרלוונטי
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
certificates-per-domain-exceeded = כבר הונפקו יותר מדי תעודות ({ $count }) עבור "{ $identifier }" { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }

certificates-per-exact-set-title = מגבלת תעודות חדשות לקבוצת מזהים זהה
# משתנים:
#   $count (מספר) – תעודות מותרות בכל חלון זמן לאותה קבוצת מזהים
#   $window (משך) – חלון הזמן ("7 ימים"); $window-unit, $window-amount – לדקדוק
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
certificates-per-exact-set-exceeded = כבר הונפקו יותר מדי תעודות ({ $count }) עבור קבוצת המזהים הזו בדיוק { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }

authorization-failures-title = מגבלת כשלי הרשאה למזהה ולחשבון
# משתנים:
#   $count (מספר) – כשלים מותרים בכל חלון זמן
#   $window (משך) – חלון הזמן ("1 שעה"); $window-unit, $window-amount – לדקדוק
#   $identifier (טקסט) – המזהה (שם דומיין או כתובת IP) שהאימות שלו נכשל
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
authorization-failures-exceeded = יותר מדי כשלי הרשאה ({ $count }) עבור "{ $identifier }" { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }

consecutive-authorization-failures-title = מגבלת כשלי הרשאה רצופים למזהה ולחשבון
# משתנים:
#   $identifier (טקסט) – המזהה (שם דומיין או כתובת IP) שהושהה
#   $url (טקסט) – כתובת ההוראות לביטול ההשהיה של החשבון
# בלי תאריך: ההשהיה נמשכת עד שהמנוי מבטל אותה.
consecutive-authorization-failures-exceeded = החשבון שלכם מנוע זמנית מלבקש תעודות עבור { $identifier } ואולי גם עבור מזהים אחרים. היכנסו אל: { $url }

overall-requests-title = מגבלת בקשות כוללת
# משתנים:
#   $count (מספר) – בקשות מותרות בכל חלון זמן בנקודת הקצה הזו
#   $window (משך) – חלון הזמן ("1 שנייה"); $window-unit, $window-amount – לדקדוק
#   $retry-after (תאריך ושעה) – מתי לנסות שוב, ב־UTC
#   $url (טקסט) – כתובת דף העזרה
overall-requests-exceeded = יותר מדי בקשות ({ $count }) מכתובת ה־IP הזו { $window-amount ->
        [1] { $window-unit ->
            [day] בתוך יום
            [week] בתוך שבוע
            [minute] בתוך דקה
            [second] בתוך שנייה
           *[hour] בתוך שעה
        }
        [two] בתוך { $window }
        [many] בתוך { $window }
       *[other] בתוך { $window }
    }, נסו שוב אחרי { $retry-after } UTC: ראו { $url }
