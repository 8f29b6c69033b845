### דף העזרה של מגבלת הרישומים לכתובת IP.
### משתנים: אלה של המגבלה registrations-per-ip (ראו errors.ftl).

title = { registrations-per-ip-title }
description = מה פירוש השגיאות "too many new registrations (…) from this IP address" ו־"too many registrations for this IP", למה הן מתרחשות ואיך להימנע מהן.

# משתנים:
#   $count (מספר) – חשבונות מותרים בכל חלון זמן
#   $window (משך) – חלון הזמן ("3 שעות")
#   $window-unit (טקסט), $window-amount (מספר) – אותו חלון, לדקדוק
description-limit =
    מנויים יכולים לרשום עד { $count ->
        [one] { $count } חשבון
        [two] { $count } חשבונות
        [many] { $count } חשבונות
       *[other] { $count } חשבונות
    } מכל כתובת IP { $window-amount ->
        [1] { $window-unit ->
            [day] ביום
            [week] בשבוע
            [minute] בדקה
            [second] בשנייה
           *[hour] בשעה
        }
        [two] בכל { $window }
        [many] בכל { $window }
       *[other] בכל { $window }
    }. לקוח ה־ACME שלכם מציג את השגיאה הבאה אחרי שחרגתם ממגבלת *הרישומים לכתובת IP*:

# מציג את ההודעה הישנה של Boulder, באנגלית, שמצוטטת מיד אחריו.
boulder-legacy-intro = בעבר Boulder שלח את ההודעה הישנה הזו, שהפנתה לדף הזה:
# משתנים:
#   $count (מספר) – חשבונות מותרים בכל חלון זמן
#   $window-unit (טקסט), $window-amount (מספר) – חלון הזמן, לדקדוק
description-meaning =
    ה"רישומים" שהשגיאה הזו מתייחסת אליהם הם בקשות, שנשלחות מכתובת ה־IP שלכם, לרישום חשבון חדש ב־API של { -brand }. השגיאה מציינת { $count ->
        [one] שכבר נרשם לפחות { $count } חשבון
        [two] שכבר נרשמו לפחות { $count } חשבונות
        [many] שכבר נרשמו לפחות { $count } חשבונות
       *[other] שכבר נרשמו לפחות { $count } חשבונות
    } מכתובת ה־IP הזו { $window-amount ->
        [1] { $window-unit ->
            [day] ביום האחרון
            [week] בשבוע האחרון
            [minute] בדקה האחרונה
            [second] בשנייה האחרונה
           *[hour] בשעה האחרונה
        }
        [two] { $window-unit ->
            [day] ביומיים האחרונים
            [week] בשבועיים האחרונים
            [minute] בשתי הדקות האחרונות
            [second] בשתי השניות האחרונות
           *[hour] בשעתיים האחרונות
        }
        [many] { $window-unit ->
            [day] ב־{ $window-amount } הימים האחרונים
            [week] ב־{ $window-amount } השבועות האחרונים
            [minute] ב־{ $window-amount } הדקות האחרונות
            [second] ב־{ $window-amount } השניות האחרונות
           *[hour] ב־{ $window-amount } השעות האחרונות
        }
       *[other] { $window-unit ->
            [day] ב־{ $window-amount } הימים האחרונים
            [week] ב־{ $window-amount } השבועות האחרונים
            [minute] ב־{ $window-amount } הדקות האחרונות
            [second] ב־{ $window-amount } השניות האחרונות
           *[hour] ב־{ $window-amount } השעות האחרונות
        }
    }.

causes-intro = מנויים שמגיעים למגבלת הרישומים לכתובת IP עושים זאת בדרך כלל בגלל סביבה שמוגדרת לא נכון.

repeat-deployments-heading = פריסות חוזרות
repeat-deployments-body =
    נדיר מאוד שמנוי בודד נתקל במגבלת הרישומים לכתובת IP. זה קורה לרוב כשמערכת או אפליקציה נפרסות שוב ושוב: או שלקוח ה־ACME שלכם אינו שומר את פרטי הגישה של החשבון ואינו משתמש בהם שוב, או שמערכת הקבצים שבה הם אמורים להישמר נמחקת בין פריסה לפריסה (קונטיינרים, מכונות וירטואליות, מופעי ענן). כשאתם בודקים את הפריסה של המערכת או האפליקציה שלכם, ודאו שלקוח ה־ACME שלכם מוגדר לעבוד מול סביבת הבדיקות שלנו. הגבלות הקצב בסביבת הבדיקות [גבוהות משמעותית](/docs/staging-environment/#rate-limits).

too-many-accounts-heading = יותר מדי חשבונות
too-many-accounts-body =
    ספקי אירוח ואינטגרטורים גדולים אחרים מגיעים בדרך כלל למגבלת הרישומים לכתובת IP כשהם מבקשים חשבון נפרד לכל לקוח. אנחנו ממליצים לאינטגרטורים גדולים להעדיף תכנון שמבוסס על [חשבון אחד עבור לקוחות רבים](/docs/integration-guide/#one-account-or-many). בזמן הבדיקות, ודאו שמימוש ה־ACME שלכם מוגדר לעבוד מול סביבת הבדיקות שלנו. הגבלות הקצב בסביבת הבדיקות [גבוהות משמעותית](/docs/staging-environment/#rate-limits).
