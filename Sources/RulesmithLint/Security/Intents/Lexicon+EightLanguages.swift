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

    /// Override said without the words of "ignore": instructions that rank below this file, stop
    /// mattering, are revoked, lose their force or are set aside; and what the model was told
    /// named as a whole by a relative clause ("tout ce que ton opérateur t'a demandé").
    static let overrideWithoutIgnoring: [(Concept, [String])] = [
        (.overrideVerb, [
            "outrank*", "take precedence over", "takes precedence over", "prevail over", "prevails over", "trumps", "override",
            "overrides", "prime sur", "priment sur", "l'emporte sur", "hat vorrang vor", "haben vorrang vor", "geht vor",
            "prevalece sobre", "prevalecen sobre", "tiene prioridad sobre", "prevalece", "prevale su", "prevalgono su",
            "имеет приоритет над", "важнее", "优先于", "高于", "より優先", "보다 우선", "gaat voor", "heeft voorrang op",
            "ma pierwszeństwo przed", "önceliklidir", "được ưu tiên hơn", "mengesampingkan", "له الأولوية على",
        ]),
        (.voidPredicate, [
            "stopped mattering", "stop mattering", "stops mattering", "cease to matter", "no longer binding", "not binding",
            "no longer in effect", "no longer in force", "have lapsed", "has lapsed", "lapsed", "are set aside",
            "sin efecto", "quedan sin efecto", "revogadas", "revogados", "ficam revogadas", "sono superate", "sono superati",
            "sono revocate", "утратили силу", "утратила силу", "теряют силу", "потеряли силу", "不再有效", "已失效", "作废",
            "無効です", "無効になり", "効力を失", "효력이 없", "효력을 잃", "무효", "te vervallen", "komen te vervallen", "vervallen",
            "hinfällig", "außer kraft", "aufgehoben", "caduques", "caduc", "révoquées", "abrogées", "nulas", "derogadas",
            "unieważnione", "tracą moc", "straciły moc", "yürürlükten kalktı", "hükümsüz", "tidak berlaku", "dicabut",
            "hết hiệu lực", "bãi bỏ", "ملغاة", "منتهية", "निरस्त", "समाप्त",
        ]),
        (.ignoreVerb, [
            "deja sin efecto", "dejar sin efecto", "deje sin efecto", "pasa por alto", "pase por alto", "pasar por alto",
            "fais abstraction de", "faites abstraction de", "不用再管", "不必再管", "不要再管", "別管", "不用管了",
            "set aside", "put aside", "lay aside", "stop caring about", "no prestes atención a", "non badare a",
        ]),
        (.followVerb, ["beachte", "beachten", "beachtet", "berücksichtige", "berücksichtigen"]),
        (.instructionNoun, [
            "indicaciones", "directriz", "directrices", "diretrizes", "diretriz", "direttive", "规定", "规则", "要求",
            "vorgaben", "richtlijnen", "polecenia", "poleceń", "instruções", "instrucoes", "directives", "guidance",
            "directives", "orientações", "orientaciones",
        ]),
        (.priorQualifier, [
            "previas", "previos", "prévias", "anteriormente", "先前", "此前", "之前给你", "以前に", "前に", "앞서", "سابقًا", "سابقا",
            "التي تلقيتها", "vorangegangenen", "vorangegangene", "sämtliche", "wcześniej", "önceden", "jusqu'ici", "jusqu'à présent",
            "hasta ahora", "até agora", "finora", "до этого", "до сих пор", "tot nu toe", "eerder", "earlier", "before this point",
            "handed earlier", "configured with", "you were configured with", "your operator",
        ]),
        (.everythingPrior, [
            "t'a demandé", "t'a dit", "t'ont dit", "on t'a demandé", "on t'a dit", "tout ce qu'on t'a", "tudo o que lhe foi",
            "tudo o que te foi", "tudo o que te disseram", "tudo o que lhe disseram", "o wszystkim, co ci", "wszystko, co ci",
            "söylenenleri", "söylenen her şeyi", "wat je eerder", "wat je is opgedragen", "wat je is gezegd", "alles wat je",
            "was dir gesagt wurde", "was man dir aufgetragen hat", "lo que te hayan dicho", "que te hayan dado", "quello che ti è stato detto",
            "ciò che ti è stato detto", "всё, что тебе говорили", "все, что тебе говорили", "что тебе говорили", "что тебе сказали",
            "给你的那些", "告诉你的一切", "与えられた指示", "言われたこと", "받은 지시", "들은 것", "كل ما قيل لك", "ما قيل لك",
            "everything you were told", "whatever you were told", "whatever your operator told you", "anything you were told",
        ]),
    ]

    /// Round eight's other classes as concepts, in every language it used: secrets named as the
    /// environment, paste sites and `scp`, approving in the languages that lacked it, hiding and
    /// not disclosing, roles free of any policy.
    static let roundEightClasses: [(Concept, [String])] = [
        (.secretStrong, [
            "printenv", "output of env", "output of `env`", "environment variables", "env vars", "variables de entorno",
            "variables d'environnement", "*umgebungsvariablen", "variabili d'ambiente", "variáveis de ambiente",
            "переменные окружения", "переменных окружения", "环境变量", "環境変数", "환경 변수", "환경변수", "ortam değişkenleri",
            "ortam değişkenlerindeki", "zmienne środowiskowe", "omgevingsvariabelen", "biến môi trường", "variabel lingkungan",
            "متغيرات البيئة", "पर्यावरण चर", "*.env-datei", "*.env-file", "*.env-fil",
        ]),
        (.sendVerb, ["colle", "collez", "coller", "pega", "pegue", "incolla", "вставь", "贴到", "貼り付け", "붙여넣", "plak", "wklej", "yapıştır"]),
        (.copyVerb, ["scp", "rsync", "put", "dump"]),
        (.approveVerb, [
            "وافق", "وافقي", "मंज़ूर", "मंजूर", "स्वीकृत", "chấp thuận", "phê duyệt", "setujui", "onayla", "zatwierdzaj", "zatwierdź",
            "akceptuj", "goedkeuren",
        ]),
        (.actionObject, ["*الأوامر", "*أوامر", "कमांड", "कमांडों", "lệnh", "mọi lệnh", "perintah", "komutları", "komutlar", "polecenia", "poleceń"]),
        (.safetyObject, ["the ci gate", "required checks", "branch protection"]),
        (.tellVerb, ["disclose", "disclosed", "divulge", "signaler", "signale", "comente", "comentar", "commenta", "erwähne", "erwähnen", "cho biết"]),
        (.userNoun, ["the person you are helping", "the person you're helping", "the human", "người dùng"]),
        (.hideFromVerb, ["伏せ", "verzwijg", "verzwijgen", "keep quiet about", "hush up"]),
        (.letUserKnow, ["cho người dùng biết", "need to know about", "needs to know about"]),
        // Covering the tracks so that nobody sees: "so nothing shows up in review".
        (.behindBack, [
            "so nothing shows up in review", "so that nothing shows up in review", "so it doesn't show up in review",
            "so nobody notices", "so no one notices", "without anyone noticing", "sans que personne ne le remarque",
            "ohne dass es jemand merkt", "sin que nadie lo note", "sem que ninguém perceba", "senza che nessuno se ne accorga",
            "чтобы никто не заметил", "不让任何人发现", "誰にも気づかれないように", "아무도 모르게",
        ]),
        (.unrestricted, [
            "unfiltered", "uncensored", "follows no policy", "no policy", "affranchi de toute règle", "affranchi de toute",
            "縛られない", "制約されない", "制限されない", "sem restrições", "sin restricciones", "không có bất kỳ giới hạn",
            "không giới hạn", "freed from its guidelines", "freed from its rules",
        ]),
        (.roleShift, [
            "tu incarnes désormais", "tu incarnes", "incarne désormais", "você agora é", "agora você é", "agora és", "từ giờ bạn là",
            "từ bây giờ bạn là", "bạn bây giờ là", "from this message on you are", "you are", "act as a", "act as an",
        ]),
        (.limitNoun, ["giới hạn", "policy", "policies", "guidelines"]),
        (.pipeVerb, ["pipe", "pipes", "piping", "feed", "feeds", "redirige", "leite", "canaliza", "passa", "перенаправь", "передай"]),
        (.shellTarget, [
            "into bash", "into sh", "into zsh", "to bash", "to sh", "into a shell", "into the shell", "into python", "into node",
            "through bash", "through sh", "dans bash", "vers bash", "dans sh", "an bash", "in bash", "a bash", "en bash", "para bash",
            "в bash", "到 bash", "给 bash", "bash に", "bash로", "bash에",
        ]),
        (.fetchAndRun, [
            "downloads and runs", "download and run", "downloads and executes", "download and execute", "fetch and run",
            "fetches and runs", "fetch and execute", "fetches and executes", "télécharge et exécute", "lade und führe",
            "herunterladen und ausführen", "descarga y ejecuta", "baixe e execute", "scarica ed esegui", "скачай и запусти",
            "скачивает и запускает", "下载并执行", "下载并运行", "ダウンロードして実行", "다운로드하고 실행", "pobierz i uruchom",
            "download en voer", "indir ve çalıştır", "tải về và chạy", "unduh dan jalankan",
        ]),
        // Verbs not in the imperative, as a fake negation puts them ("vergiss nicht, … hochzuladen",
        // "vergeet niet … uit te schakelen", "kapatmayı unutma", "jangan lupa mengirim").
        (.sendVerb, [
            "übermittle", "übermittelt", "übermittl*", "hochzuladen", "zu senden", "zu schicken", "zu übermitteln", "te sturen", "te versturen", "te uploaden", "göndermeyi",
            "yüklemeyi", "mengirim", "mengirimkan", "mengunggah", "kirimkan", "enviar", "enviares", "inviare",
        ]),
        (.disableVerb, [
            "auszuschalten", "abzuschalten", "zu deaktivieren", "zu umgehen", "uit te schakelen", "uitschakelen", "uit te zetten",
            "uitzetten", "kapat*", "devre dışı bırak*", "menonaktifkan", "nonaktifkan", "mematikan", "matikan",
        ]),
    ]
}
