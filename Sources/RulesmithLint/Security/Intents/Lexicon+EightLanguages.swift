/// The concepts spelled in Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian and Thai,
/// the languages added after round eight showed the scan blind outside its first seventeen.
/// Hebrew glues its article and prepositions to the noun ("מההוראות"), Persian its plural and
/// ezafe ("دستورالعمل‌های"), so their nouns open at both ends; Thai does not space words, so its
/// stems match anywhere, like Chinese.
extension Lexicon {
    static let eightLanguages: [(Concept, [String])] = [
        (.ignoreVerb, [
            "ігноруй*", "проігноруй*", "не зважай на", "не зважайте на", "відкинь", "знехтуй*",
            "ignorera", "ignorerar", "bortse från", "glöm", "strunta i", "bortse",
            "zapomeň", "zapomeňte", "nevšímej si", "nedbej",
            "ignoră", "ignorați", "uită", "uitați", "neglijează",
            "αγνόησε", "αγνοήστε", "αγνόησ*", "ξέχασε", "ξεχάστε", "παράβλεψε",
            "התעלם*", "תתעלם*", "להתעלם*", "שכח", "שכחי", "תשכח",
            "نادیده بگیر*", "نادیده گرفت*", "فراموش کن*", "بی\u{200C}خیال", "بیخیال",
            "ไม่ต้องสนใจ", "เพิกเฉย", "ลืม", "ละเลย",
        ]),
        (.followVerb, [
            "дотримуйся", "виконуй", "följ", "följa", "dodržuj", "řiď se", "urmează", "respectă", "ακολούθησε", "ακολουθήστε",
            "פעל לפי", "ציית", "پیروی کن*", "ทำตาม",
        ]),
        (.voidPredicate, [
            "скасовано", "скасовані", "недійсн*", "втратили чинність", "більше не діють",
            "upphävda", "ogiltiga", "gäller inte längre", "neplatné", "zrušeny", "už neplatí", "anulate", "nu mai sunt valabile",
            "καταργούνται", "άκυρες", "δεν ισχύουν πλέον", "בטלות", "מבוטלות", "باطل", "لغو شده", "ยกเลิก",
        ]),
        (.priorQualifier, [
            "попередн*", "раніше", "вище", "системн*",
            "tidigare", "föregående", "ovanstående", "ursprungliga",
            "předchozí", "dřívější", "výše uvedené", "systémov*",
            "anterioare", "anterior", "precedente", "de mai sus", "sistemului",
            "προηγούμεν*", "παραπάνω", "συστήματος",
            "*הקודמות", "*הקודמים", "קודמות", "קודמים", "*המערכת",
            "*قبلی", "پیشین", "سیستمی", "سیستم",
            "ก่อนหน้า", "ก่อนหน้านี้", "ระบบ",
        ]),
        (.instructionNoun, [
            "інструкці*", "вказівк*", "правил*", "настанов*",
            "instruktioner*", "regler*", "regel", "anvisningar*", "riktlinjer*",
            "pokyn*", "instrukc*", "pravidl*",
            "instrucțiuni*", "instrucţiuni*", "instructiuni*", "reguli*", "regulile", "directive*",
            "οδηγί*", "κανόν*", "εντολ*",
            "*הוראות*", "*הנחיות*", "*כללים*",
            "*دستورالعمل*", "*دستورها*", "*دستورات*", "*قوانین*", "*قواعد*",
            "คำสั่ง", "คำแนะนำ", "กฎ",
        ]),
        (.sendVerb, [
            "надішли", "надішліть", "відправ*", "перешли", "вивантаж*",
            "skicka", "ladda upp", "posta", "vidarebefordra",
            "odešli", "odešlete", "pošli", "pošlete", "nahraj", "nahrajte",
            "trimite", "trimiteți", "încarcă", "incarca",
            "στείλε", "στείλτε", "ανέβασε", "προώθησε",
            "שלח", "שלחי", "תשלח", "העלה",
            "بفرست*", "ارسال کن*", "آپلود کن*",
            "ส่ง", "อัปโหลด",
        ]),
        (.disableVerb, [
            "вимкни", "вимкніть", "вимкнути", "відключи*", "обійди", "пропусти*",
            "stäng av", "inaktivera", "avaktivera", "kringgå", "hoppa över",
            "vypni", "vypněte", "vypnout", "deaktivuj*", "obejdi", "přeskoč*",
            "dezactivează", "dezactivati", "dezactivați", "ocolește", "sari peste",
            "απενεργοποίησε", "απενεργοποιήστε", "παράκαμψε", "κλείσε",
            "כבה", "השבת", "עקוף", "דלג על",
            "غیرفعال کن*", "خاموش کن*", "دور بزن*",
            "ปิด", "ข้าม",
        ]),
        (.safetyObject, [
            "пісочниц*", "перевірки безпеки", "перевірку безпеки", "перевірок безпеки", "захист",
            "sandlåda*", "säkerhetskontroll*", "skyddsräcken",
            "bezpečnostní kontrol*", "pískoviště",
            "verificările de securitate", "verificarile de securitate",
            "ελέγχους ασφαλείας", "δικλείδες ασφαλείας",
            "ארגז החול", "בדיקות האבטחה", "בדיקות אבטחה",
            "سندباکس", "*سندباکس", "بررسی\u{200C}های امنیتی",
            "แซนด์บ็อกซ์", "การตรวจสอบความปลอดภัย",
        ]),
        (.approveVerb, [
            "схвалюй", "схвали", "підтверджуй", "godkänn", "schvaluj", "schval", "aprobă", "aprobați", "ενέκρινε", "εγκρίνετε",
            "אשר", "تأیید کن*", "อนุมัติ",
        ]),
        (.actionObject, [
            "kommandon", "kommandona", "příkazy", "příkazů", "comenzile", "comenzi", "εντολές", "פקודה", "פקודות",
            "دستورها", "คำสั่ง",
        ]),
        (.roleShift, [
            "відтепер ти", "тепер ти", "від цього моменту ти", "från och med nu är du", "nu är du", "od teď jsi",
            "nyní jsi", "de acum înainte ești", "acum ești", "από τώρα είσαι", "τώρα είσαι", "מעכשיו אתה", "עכשיו אתה",
            "از این به بعد تو", "اکنون تو", "ตอนนี้คุณคือ", "จากนี้ไปคุณ",
        ]),
        (.limitNoun, [
            "обмежен*", "правил", "begränsningar", "regler", "omezení", "pravidel", "restricții", "reguli", "περιορισμούς",
            "κανόνες", "הגבלות", "כללים", "محدودیت", "قانون", "ข้อจำกัด",
        ]),
        (.tellVerb, [
            "кажи", "повідомляй", "розповідай", "berätta", "säg", "říkej", "říkejte", "informuj", "spune",
            "spuneți", "informa", "πεις", "πείτε", "ενημερώσεις", "תספר", "תגיד", "نگو", "اطلاع نده", "บอก",
        ]),
        (.userNoun, [
            "користувач*", "användaren", "användare", "uživatel*", "utilizatorul*", "utilizator*", "χρήστη", "χρήστες",
            "*המשתמש", "משתמש", "*کاربر", "ผู้ใช้",
        ]),
        (.hideFromVerb, ["приховай", "приховуй", "dölj", "skryj", "ascunde", "απόκρυψε", "הסתר", "پنهان کن*", "ซ่อน"]),
    ]
}
