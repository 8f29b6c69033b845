### טקסטים משותפים לכל דפי המגבלות: כותרות פרקים, התאוששות מהשגיאה, עזרה
### והחרגות. בדף של מגבלה הם מקבלים את הנתונים של אותה מגבלה (ראו errors.ftl);
### לכל דף יש גם טקסטים משלו ב־docs/<slug>.ftl.

description-heading = תיאור
causes-heading = סיבות נפוצות
recover-heading = מה לעשות?
help-heading = קבלת עזרה
override-heading = בקשת החרגה

# מציג את הודעת השגיאה שמופיעה מיד אחריו, בבלוק קוד.
error-intro = כשאתם חורגים מהמגבלה הזו, לקוח ה־ACME שלכם מציג שגיאה כזו (לדוגמה):

# מציג את ההודעה המדויקת ש־Boulder שולח, באנגלית, שמצוטטת מיד אחריו.
boulder-intro = Boulder, שרת ה־ACME של { -brand }, שולח היום את ההודעה הזו, מילה במילה ובאנגלית:
lookup-certificates = כדי לקבל רשימה של האישורים שהונפקו לדומיין הרשום שלך, חפש אותו ב־[crt.sh](https://crt.sh/), שמשתמש ביומנים הציבוריים של [Certificate Transparency](https://certificate.transparency.dev/).

# משתנים:
#   $refill (משך) – הזמן שאחריו המגבלה מתירה בקשה נוספת ("18 דקות")
#   $refill-unit (טקסט) – hour, day, week, minute או second; $refill-amount (מספר)
description-refill =
    אין צורך לחכות עד שכל התקופה תחלוף: המגבלה מתמלאת מחדש בהדרגה ומתירה בקשה נוספת { $refill-amount ->
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
    }.

recover-retry-after = לפני שתנסו שוב, המתינו עד המועד שמופיע בכותרת `Retry-After` של התגובה: בקשה שתישלח מוקדם יותר תיכשל שוב. לקוח ACME שבנוי היטב קורא את הכותרת הזו וממתין בעצמו. ראו [ניסיון חוזר אחרי חריגה מהגבלת קצב](/docs/rate-limits/#retrying-after-hitting-rate-limits).

# משתנים:
#   $staging-count (מספר) – ערך המגבלה בסביבת הבדיקות
#   $staging-window (משך) – חלון הזמן בסביבת הבדיקות ("3 שעות")
#   $staging-window-unit (טקסט), $staging-window-amount (מספר) – אותו חלון, לדקדוק
recover-staging =
    ערכו את הבדיקות שלכם מול [סביבת הבדיקות](/docs/staging-environment/#rate-limits) שלנו: בסביבה הזו המגבלה עומדת על { $staging-count } { $staging-window-amount ->
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
    }, ומה שאתם עושים בה אינו נספר במגבלות שלכם בסביבת הייצור.

recover-reuse-account = שמרו את פרטי הגישה של חשבון ה־ACME שלכם בין פריסה לפריסה והשתמשו בהם שוב: חשבון קיים אינו נספר כרישום חדש.
recover-one-account = העדיפו [חשבון אחד עבור לקוחות רבים](/docs/integration-guide/#one-account-or-many) על פני חשבון נפרד לכל לקוח.

recover-ari = חדשו את התעודות שלכם במועד ש־ARI (*ACME Renewal Information*) מציע: חידושים כאלה פטורים מהמגבלה הזו. אם לקוח ה־ACME שלכם תומך ב־ARI, הפעילו אותו.

help-body = אם אינכם בטוחים איך להגדיר את לקוח ה־ACME שלכם לעבודה מול סביבת הבדיקות שלנו, או שאתם זקוקים לעזרה באיתור תקלות, [בקשו עזרה בפורום הקהילה שלנו](https://community.letsencrypt.org/c/help/13).

# משתנים:
#   $overridable (טקסט) – yes אם אפשר לבקש החרגה, אחרת no
#   $override-form (טקסט) – הכתובת של טופס בקשת המעקף
override-body = { $overridable ->
        [yes] אם השימוש שלך מצדיק זאת, אפשר לבקש מעקף למגבלה הזו באמצעות [טופס בקשת המעקף]({ $override-form }) של { -brand }. תאר את הצורך שלך במדויק; הטיפול בבקשה נמשך כמה שבועות.
       *[no] החרגות **אינן** זמינות למגבלה הזו.
    }
