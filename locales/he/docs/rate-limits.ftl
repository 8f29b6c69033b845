### דף הסקירה: כל הגבלות הקצב, טבלה, ואחריה פרק לכל מגבלה (העוגנים הקבועים של
### Let’s Encrypt) ומה לעשות אחרי שגיאה.
### הודעות שעוסקות במגבלה אחת מקבלות את הנתונים שלה (ראו errors.ftl).

title = הגבלות קצב
description = כל הגבלות הקצב של { -brand }, הערכים שלהן, ומה לעשות כשמגיעים לאחת מהן.

intro = { -brand } מגביל את התדירות של בקשות מסוימות כדי לשרת את כל המנויים שלו בהגינות. רוב המנויים אף פעם לא מגיעים למגבלות האלה. כשמגיעים לאחת מהן, השגיאה מפנה לדף שמסביר אותה.
bucket = המגבלות האלה פועלות כמו דלי אסימונים (token bucket), ולא כמו חלונות זמן נעים: כל מגבלה מתירה מספר מסוים של בקשות בפרק זמן נתון, והקיבולת שלה מתמלאת מחדש בהדרגה, במקום להתחדש בבת אחת בסוף התקופה.

how-heading = איך המגבלות שלנו פועלות
how-no-reset = אם הגעת למגבלה, אין ל־{ -brand } דרך לאפס אותה: הקיבולת שלה מתמלאת בהדרגה עם הזמן, בלי שום פעולה מצדך. ביטול אישורים **לא** מאפס את המגבלות, כי המשאבים ששימשו להנפקתם כבר נוצלו.

overview-heading = סקירה כללית
table-limit = מגבלה
table-allowed = מותר
table-override = החרגה

# העמודה "מותר" בטבלה ובפרקים: התקרה של מגבלה.
# משתנים: אלה של המגבלה registrations-per-ip
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-registrations-per-ip = { $count ->
        [one] { $count } חשבון
        [two] { $count } חשבונות
        [many] { $count } חשבונות
       *[other] { $count } חשבונות
    } { $window-amount ->
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
    }
# משתנים: אלה של המגבלה registrations-per-ipv6-range
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-registrations-per-ipv6-range = { $count ->
        [one] { $count } חשבון
        [two] { $count } חשבונות
        [many] { $count } חשבונות
       *[other] { $count } חשבונות
    } { $window-amount ->
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
    }
# משתנים: אלה של המגבלה orders-per-account
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-orders-per-account = { $count ->
        [one] { $count } הזמנה חדשה
        [two] { $count } הזמנות חדשות
        [many] { $count } הזמנות חדשות
       *[other] { $count } הזמנות חדשות
    } { $window-amount ->
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
    }
# משתנים: אלה של המגבלה certificates-per-domain
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-certificates-per-domain = { $count ->
        [one] { $count } תעודה
        [two] { $count } תעודות
        [many] { $count } תעודות
       *[other] { $count } תעודות
    } { $window-amount ->
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
    }
# משתנים: אלה של המגבלה certificates-per-exact-set
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-certificates-per-exact-set = { $count ->
        [one] { $count } תעודה
        [two] { $count } תעודות
        [many] { $count } תעודות
       *[other] { $count } תעודות
    } { $window-amount ->
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
    }
# משתנים: אלה של המגבלה authorization-failures
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-authorization-failures = { $count ->
        [one] { $count } כשל
        [two] { $count } כשלים
        [many] { $count } כשלים
       *[other] { $count } כשלים
    } { $window-amount ->
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
    }
# משתנים:
#   $count (מספר) – כשלים רצופים שמותרים לפני ההשהיה
allowed-consecutive-authorization-failures = { $count ->
        [one] { $count } כשל רצוף
        [two] { $count } כשלים רצופים
        [many] { $count } כשלים רצופים
       *[other] { $count } כשלים רצופים
    }
# משתנים: אלה של המגבלה overall-requests
#   $count (מספר), $window (משך), $window-unit (טקסט), $window-amount (מספר)
allowed-overall-requests = { $count ->
        [one] { $count } בקשה
        [two] { $count } בקשות
        [many] { $count } בקשות
       *[other] { $count } בקשות
    } { $window-amount ->
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
    }

# העמודה "החרגה" בטבלה.
# משתנים:
#   $overridable (טקסט) – yes אם אפשר לבקש החרגה, אחרת no
overridable = { $overridable ->
        [yes] אפשרית
       *[no] לא זמינה
    }

# סעיפים שמקבצים את המגבלות, כמו בדף של Let’s Encrypt.
registration-heading = מגבלות רישום חשבונות
registration-intro = המגבלות האלה חלות כשמנוי מבקש חשבון חדש דרך נקודת הקצה `new-account` של ה־API. חריגה מהן נדירה מאוד; למשלבים גדולים אנחנו ממליצים על תכנון של [חשבון אחד להרבה לקוחות](/docs/integration-guide/#one-account-or-many).
issuance-heading = מגבלות הנפקת אישורים
issuance-intro = המגבלות האלה חלות כשמנוי מבקש אישור חדש דרך נקודת הקצה `new-order` של ה־API. חריגה מהן נפוצה יותר, במיוחד אצל ספקי אחסון גדולים וארגונים שמנפיקים אישורים להרבה שמות.
# משתנים:
#   $identifiers (מספר) – מספר המזהים שאישור אחד יכול לכלול
identifiers-note = אישור אחד יכול לכלול עד { $identifiers } מזהים (שמות DNS או כתובות IP), בהתאם ל[פרופיל האישור](https://letsencrypt.org/docs/profiles/) שנבחר. מטעמי ביצועים, כדאי לכלול כמה שפחות מזהים בכל אישור.

renewals-heading = פטורים ממגבלות לחידושים
renewals-intro = { -brand } מזהה חידוש בשתי דרכים: עדיף באמצעות ARI (*ACME Renewal Information*), שהחידושים דרכו פטורים מכל המגבלות; אחרת באמצעות הזיהוי הישן, שמחשיב כחידוש הזמנה עם אותה קבוצת מזהים בדיוק, אבל משאיר אותה כפופה לחלק מהמגבלות.
ari-heading = חידושים באמצעות ARI

ari = חידושים בתיאום ARI פטורים מ**כל** המגבלות. לקוח שתומך ב־ARI שואל מדי פעם את השרתים של { -brand } אם הגיע הזמן לחדש אישור; כשהזמן מגיע, הוא מבקש הזמנה חדשה שמציינת במפורש את האישור שהיא מחליפה (השדה `replaces`). אם ההזמנה כוללת לפחות מזהה אחד של האישור המוחלף, והאישור הזה עוד לא הוחלף באמצעות ARI, ההזמנה אינה כפופה לאף מגבלה.

non-ari-heading = חידושים בלי ARI
non-ari = אם הלקוח או ספק האחסון שלך עדיין לא תומכים ב־ARI, הזמנה עדיין נחשבת לחידוש של אישור קודם כשהיא כוללת בדיוק את אותה קבוצת מזהים, בלי קשר לאותיות גדולות או קטנות ולסדר. היא פטורה אז ממגבלות [ההזמנות החדשות לחשבון](#new-orders-per-account) ו[האישורים החדשים לדומיין רשום](#new-certificates-per-registered-domain). בניגוד לחידוש באמצעות ARI, היא עדיין כפופה למגבלות [האישורים החדשים לקבוצת מזהים זהה](#new-certificates-per-exact-set-of-identifiers) ו[כשלי ההרשאה למזהה ולחשבון](#authorization-failures-per-identifier-per-account).

# תקציר לכל פרק של מגבלה: מה המגבלה סופרת, בלי מספרים (המספרים מופיעים ברשימת
# הנתונים שאחריו).
summary-registrations-per-ip = מגבילה את מספר חשבונות ה־ACME החדשים שאפשר ליצור מכתובת IP אחת.
summary-registrations-per-ipv6-range = מגבילה את מספר חשבונות ה־ACME החדשים שאפשר ליצור מטווח /48 אחד של כתובות IPv6, בלי קשר לכתובת המדויקת של כל בקשה.
summary-orders-per-account = מגבילה את מספר ההזמנות החדשות (בקשות לתעודה) שחשבון אחד יכול ליצור.
summary-certificates-per-domain = מגבילה את מספר התעודות שמונפקות עבור השמות של דומיין רשום אחד, בכל החשבונות יחד. היא חלה גם על כל כתובת IPv4 ועל כל טווח /64 של כתובות IPv6.
summary-certificates-per-exact-set = מגבילה את מספר התעודות שמונפקות עבור אותה קבוצה בדיוק של שמות דומיין וכתובות IP. בעבר היא נקראה "מגבלת התעודות הכפולות".
summary-authorization-failures = מגבילה את מספר האימותים שיכולים להיכשל עבור מזהה אחד וחשבון אחד. בעבר היא נקראה "מגבלת האימותים הכושלים".
summary-consecutive-authorization-failures = כשהאימות של מזהה נכשל ברציפות במשך זמן רב, החשבון מושהה עבור המזהה הזה עד שתבטלו את ההשהיה. אימות מוצלח מאפס את המונה.
summary-overall-requests = מגבילה את קצב הבקשות שכל כתובת IP יכולה לשלוח לכל נקודת קצה של ה־ACME API.

# רשימת הנתונים של פרק. משתנים:
#   $allowed (טקסט) – התקרה, כבר מעוצבת (אחת מהודעות allowed-*)
facts-allowed = **מותר:** { $allowed }
# משתנים:
#   $refill (משך) – הזמן שאחריו חוזרת יחידת קיבולת אחת
#   $refill-unit (טקסט), $refill-amount (מספר) – אותו משך, לדקדוק
facts-refill = **מילוי מחדש:** יחידה אחת { $refill-amount ->
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
    }
# משתנים:
#   $burst (מספר) – בקשות שמתקבלות בבת אחת
facts-burst = **פרץ:** { $burst ->
        [one] { $burst } בקשה
        [two] { $burst } בקשות
        [many] { $burst } בקשות
       *[other] { $burst } בקשות
    } כברירת מחדל, בהתאם לנקודת הקצה
# משתנים:
#   $overridable (טקסט) – yes אם אפשר לבקש החרגה, אחרת no
facts-override = **החרגה:** { $overridable ->
        [yes] אפשרית
       *[no] לא זמינה
    }
# קישור לדף המלא של מגבלה. משתנים:
#   $name (טקסט) – כותרת הדף
read-more = לקריאת הדף "{ $name }"

retrying-heading = ניסיון חוזר אחרי חריגה מהגבלת קצב
retrying-error = כשבקשה חורגת ממגבלה, השרת משיב בשגיאת ACME מסוג `urn:ietf:params:acme:error:rateLimited`, יחד עם כותרת `Retry-After`: המועד שממנו הבקשה תתקבל שוב.

retrying-format = הודעות השגיאה של המגבלות ב־Boulder, שרת ה־ACME של { -brand }, בנויות כולן באותה תבנית, באנגלית. לדוגמה:
retrying-several = כשבקשה חורגת מכמה מגבלות, השגיאה מתארת את זו שמתאפסת אחרונה, וכותרת `Retry-After` מציינת את המועד שבו כולן יתירו אותה שוב.

retry-after-heading = הכותרת Retry-After
retrying-wait = המתינו עד המועד הזה לפני שתנסו שוב: בקשה שתישלח מוקדם יותר תיכשל שוב. לקוח ACME אוטומטי צריך לקרוא את הכותרת הזו במקום לנסות שוב במרווח קבוע.
retrying-staging = כדי לכוונן לקוח או פריסה, עבדו מול [סביבת הבדיקות](/docs/staging-environment/#rate-limits) שלנו: המגבלות שלה נפרדות מאלה של סביבת הייצור.

# משתנים:
#   $override-form (טקסט) – הכתובת של טופס בקשת המעקף
override-request = אם אתה ספק אחסון גדול או ארגון שמשלב את { -brand }, אפשר לבקש מגבלות גבוהות יותר באמצעות [טופס בקשת המעקף]({ $override-form }). הטיפול בבקשה נמשך כמה שבועות, ולכן הטופס לא מתאים אם צריך רק שמגבלה תתאפס מהר יותר משהיא מתאפסת מעצמה.
