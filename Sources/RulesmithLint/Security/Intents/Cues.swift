/// Short words and phrases the intent frames check next to a match rather than through the
/// automaton (they are too common to be worth a keyword hit each): negation, "without",
/// quantifiers, reported speech, refusals, repetition. Lower case; matched at word edges, except
/// Chinese, Japanese and Korean entries, which match anywhere.
enum Cues {
    /// Words that negate the verb they stand before ("do not ignore", "ne pas ignorer", "nicht", "不要").
    static let negationBefore: [String] = [
        "not", "never", "don't", "dont", "do not", "doesn't", "must not", "mustn't", "should not", "shouldn't",
        "cannot", "can't", "won't", "no", "nor", "under no circumstances", "at no point", "in no case", "no need to",
        "stop", "cease", "quit", "arrête de", "arrêtez de", "cesse de", "cessez de", "hör auf", "hört auf", "deja de",
        "dejá de", "para de", "pare de", "deixe de", "pára de", "smetti di", "smettila di", "cessa di", "перестань",
        "перестаньте", "прекрати", "прекратите", "хватит", "不再", "停止", "别再", "不要再", "그만",
        "ne", "n'", "jamais", "ne jamais", "ne pas", "pas",
        "nicht", "nie", "niemals", "keinesfalls", "auf keinen fall",
        "no", "nunca", "jamás", "jamas", "ni", "en ningún caso",
        "não", "nao", "nunca", "jamais", "em nenhum caso",
        "non", "mai", "in nessun caso",
        "не", "никогда", "ни в коем случае", "нельзя",
        "不要", "不", "别", "勿", "切勿", "不得", "绝不", "绝对不要", "不能", "不可", "不可以", "禁止", "从不",
        "永远不要", "千万不要", "请勿", "严禁", "决不",
        "決して", "絶対に",
        "절대", "안", "못", "절대로",
        "niet", "nooit", "nie", "nigdy", "przestań", "đừng", "không", "không được", "chớ", "ngừng", "không bao giờ", "لا", "لن", "لم", "توقف عن", "मत", "न", "नहीं", "कभी नहीं", "कभी मत", "jangan", "tidak", "tak", "berhenti", "jangan pernah",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "ніколи", "inte", "aldrig", "nikdy", "să nu", "nu trebuie", "niciodată", "nicidecum", "μην", "μη", "δεν", "ποτέ", "אל", "לא", "אף פעם", "هرگز", "อย่า", "ไม่", "ห้าม",
        // "No need to" in the languages: a negation of the verb it governs.
        "inutile de", "pas besoin de", "no need to", "don't bother", "never bother", "niet nodig om",
    ]

    /// Negations that follow the verb ("ignoriere nicht", "n'ignore pas", "無視しないで", "무시하지 마").
    static let negationAfter: [String] = [
        "not", "pas", "nicht", "nichts", "nie", "niemals", "keinesfalls", "mai", "jamais",
        "ない", "ません", "するな", "しないで", "せず", "禁止", "いけません", "ダメ", "だめ", "な。", "なよ", "なくて", "なくても", "なく",
        "のをやめて", "るのをやめ", "지 말", "는 것을 그만",
        "지 마", "지 말", "지 않", "지마", "지말", "금지",
        "niet", "niets", "nooit",
    ]

    /// "no", "without" before a noun: the thing is absent ("no restrictions", "sans aucune limite").
    static let lacking: [String] = [
        "no", "without", "without any", "free of", "free from", "freed from", "freed of", "released from",
        "liberated from", "unbound by", "zero", "свободен от", "свободна от", "свободны от", "libre de", "livre de",
        "frei von", "libero da", "affranchi de", "débarrassé de", "解除了", "não tem", "não tens", "non hai", "non avere",
        "no tienes", "no tener", "n'as pas de", "n'as plus de", "n'as aucune", "hast keine", "hättest keine", "нет",
        "never had", "don't have", "do not have", "have no", "sans", "sans aucune", "sans aucun", "aucune",
        "aucun", "ohne", "ohne jede", "keine", "keinerlei", "sin", "sin ningún", "sin ninguna", "ningún", "ninguna",
        "sem", "sem nenhuma", "sem nenhum", "nenhuma", "nenhum", "senza", "senza alcuna", "alcuna", "alcun", "без",
        "без каких-либо", "никаких", "没有", "没有任何", "无", "不受", "毫无", "不受任何",
        "zonder", "geen", "bez", "żadnych", "hiçbir", "không có", "بدون", "دون", "بلا", "बिना", "बिना किसी", "tanpa", "tidak ada",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "utan", "fără", "χωρίς", "בלי", "ללא", "بی", "ไม่มี",
        // Absence across a quantifier.
        "affranchi de toute", "libre de toute", "không có bất kỳ", "không có",
    ]

    /// Absence written after the noun ("制限のない", "制限もない", "제한 없는").
    static let lackingAfter: [String] = [
        "のない", "もない", "ない", "なし", "なく", "がない", " 없는", "없는", "이 없는", " 없이", "없이", "이 없", "이 없는 척",
    ]

    /// Permission written with a negation after the verb ("無視してかまいません": "you may ignore").
    static let permissionAfter: [String] = [
        "かまいません", "構いません", "てもいい", "ても良い", "てもよい", "도 돼", "도 됩니다", "도 좋", "도 괜찮",
    ]

    /// Words that make a verb at the end of its clause passive or obligatory ("must be
    /// disregarded", "sind zu ignorieren", "devem ser desconsideradas"): its object stands before it.
    static let passiveMarkers: Set<String> = [
        "be", "been", "being", "are", "is", "should", "must", "can", "may", "shall", "to", "now",
        "être", "sont", "doivent", "doit", "à", "peuvent", "sind", "ist", "zu", "werden", "müssen", "sollen", "können",
        "ser", "são", "devem", "deve", "deben", "debe", "son", "sean", "pueden", "podem",
        "vanno", "devono", "sono", "essere", "possono",
        "должны", "быть", "следует", "нужно", "надо", "можно",
    ]

    /// Words that may stand right before "instructions" or "rules" when they are the model's own
    /// ("all previous instructions", "your rules"); any other word ("lint rules", "setup
    /// instructions") makes them some other rules.
    static let instructionDeterminers: Set<String> = [
        "the", "all", "any", "every", "your", "my", "our", "these", "those", "this", "its", "their", "previous", "prior",
        "above", "earlier", "preceding", "foregoing", "original", "initial", "former", "system", "old", "existing",
        "current", "other", "given", "remaining", "of", "safety", "and", "or", "own", "core", "base", "default",
        "les", "la", "le", "des", "ces", "tes", "vos", "nos", "ses", "toutes", "tous", "d", "l", "leurs",
        "die", "der", "den", "dem", "alle", "deine", "ihre", "eure", "bisherigen", "vorherigen", "vorigen", "obigen",
        "fruheren", "samtliche", "ursprunglichen", "genannten", "erwahnten", "angegebenen", "aufgefuhrten", "mentioned",
        "listed", "stated", "aforementioned", "established", "specified", "provided", "any", "each", "every", "qualsiasi", "ogni", "chaque", "cualquier",
        "cada", "qualquer", "jede", "jeder", "jegliche", "toute", "toda", "todo", "tutta", "tutto", "ciascuna",
        "las", "los", "el", "sus", "tus", "todas", "todos", "estas", "esas", "nuestras",
        "gli", "i", "tutte", "tutti", "tue", "tuoi", "queste", "quelle",
        "as", "os", "suas", "seus", "tuas", "teus", "essas", "estas",
        "alle", "eerdere", "vorige", "voorgaande", "bovenstaande", "oorspronkelijke", "je", "jouw", "uw", "de", "het", "deze", "wszystkie", "poprzednie", "twoje", "swoje", "te", "semua", "seluruh", "setiap", "para", "verilen", "sana", "eski", "mevcut", "bu", "ilk", "sistem",
    ]

    /// "without" and its translations: a negation that turns "asking" into not asking.
    static let without: [String] = [
        "without", "sans", "ohne", "sin", "sem", "senza", "без", "无需", "不用", "不必", "无须", "未经", "不经", "不需要",
        "zonder", "bez", "không cần", "بدون", "دون", "बिना", "tanpa",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "utan", "utan att", "fără", "χωρίς", "בלי", "ללא", "โดยไม่",
    ]

    /// "without" written after the verb (Japanese, Korean).
    static let withoutAfter: [String] = ["ずに", "なしで", "せずに", "없이", "않고"]

    /// Words between a negation and its verb that do not break it ("never, under any circumstances, ignore").
    static let negationFillers: Set<String> = [
        "ever", "just", "simply", "blindly", "automatically", "silently", "you", "please", "should", "must", "will",
        "shall", "can", "may", "under", "any", "circumstances", "at", "all", "time", "point", "in", "case", "ever",
        "do", "to", "try", "attempt",
        "would", "we", "i",
        // The passive: "should not be disclosed", "must never be sent".
        "be", "been", "get",
        "tu", "vous", "il", "faut", "jamais", "plus", "doit", "dois", "devez",
        "du", "sie", "solltest", "sollst", "darfst", "musst", "bitte", "einfach", "je", "den", "dem", "der", "die", "das",
        "zu", "al", "el", "ao", "o", "il", "all", "l", "à", "mehr", "more", "longer", "plus", "più", "más", "mais",
        "lo", "la", "las", "los", "le", "les", "se", "te", "debes", "debe", "por", "favor",
        "você", "voce", "deve", "deves",
        "devi", "si", "ti",
        "ты", "вы", "должен", "должны", "следует", "стоит", "пожалуйста",
    ]

    /// Words that end a negation's reach ("don't worry and ignore …").
    static let coordinators: Set<String> = [
        "and", "then", "but", "instead", "rather", "et", "puis", "mais", "und", "dann", "aber", "sondern", "y", "luego",
        "pero", "sino", "e", "então", "mas", "poi", "ma", "и", "потом", "затем", "а", "но",
        "dan", "maar", "potem", "ale", "ve", "sonra", "ama", "và", "rồi", "nhưng", "و", "ثم", "لكن", "और", "फिर", "लेकिन", "lalu", "kemudian", "tapi",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "і", "й", "та", "och", "sedan", "men", "pak", "ale", "și", "apoi", "dar", "και", "μετά", "αλλά", "ואז", "אבל", "سپس", "اما", "และ", "แล้ว",
    ]

    /// Verbs that put the agent in a mode ("run in YOLO mode", "switch to", "使用").
    static let enabling: [String] = [
        "run", "use", "enable", "turn on", "switch to", "activate", "start", "go", "stay", "work", "active*", "activez", "utilise*", "passe", "passez", "aktivier*", "nutze", "verwende", "starte", "schalte", "activa", "usa", "ejecuta", "ative", "use", "execute", "attiva", "esegui", "включи*", "используй*", "запусти*", "работай", "启用", "开启", "使用", "打开", "有効", "使用", "オン", "활성화", "사용", "켜",
    ]

    /// Quantifiers that make a generic secret ("tokens") someone's secrets ("all tokens", "your tokens").
    static let quantifiers: [String] = [
        "all", "every", "any", "each", "your", "my", "their", "the user's", "users'", "all the", "all of the",
        "tous", "toutes", "tous les", "toutes les", "tes", "vos", "ses", "leurs", "chaque",
        "alle", "sämtliche", "jede", "jeden", "deine", "ihre", "eure",
        "todos", "todas", "todos los", "todas las", "cada", "tus", "sus",
        "todos os", "todas as", "seus", "suas", "teus", "tuas",
        "tutti", "tutte", "tutti i", "tutte le", "ogni", "tuoi", "tue", "i tuoi", "le tue",
        "все", "всех", "каждый", "свои", "твои", "ваши",
        "所有", "全部", "一切", "你的", "您的", "所有的",
        "すべての", "全ての", "全部の", "あなたの", "すべて", "全て", "全部",
        "모든", "당신의", "너의", "모두", "전부",
        "alle", "al je", "jouw", "elke", "wszystkie", "wszystkich", "twoje", "swoje", "każdy", "tüm", "bütün", "tất cả", "tất cả các", "mọi", "جميع", "كل", "كافة", "सभी", "सारे", "सारी", "अपने", "तुम्हारे", "आपके", "semua", "seluruh", "setiap",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "усі", "всі", "všechny", "všechna", "toate", "όλες", "όλα", "όλους", "כל", "همه", "همه‌ی", "ทั้งหมด", "ทุก",
    ]

    /// Words that make an approval cover everything ("auto-approve every command", "always allow").
    static let universal: [String] = [
        "auto", "automatically", "always", "all", "every", "any", "each", "without review", "without asking", "anything",
        "everything", "ever",
        "automatiquement", "toujours", "tous", "toutes", "chaque", "tout",
        "automatisch", "immer", "alle", "jede", "jeden", "sämtliche", "stets",
        "automáticamente", "automaticamente", "siempre", "todos", "todas", "cada",
        "sempre",
        "tutti", "tutte", "ogni",
        "автоматически", "всегда", "все", "всё", "каждую", "каждый", "любые",
        "自动", "一律", "全部", "所有", "总是", "始终",
        "自動", "すべて", "全て", "常に", "全部",
        "자동", "모두", "모든", "항상", "전부",
        "altijd", "alle", "automatisch", "wszystkie", "zawsze", "automatycznie", "tüm", "her zaman", "otomatik", "luôn", "tất cả", "tự động", "دائمًا", "جميع", "تلقائيًا", "हमेशा", "सभी", "स्वचालित", "selalu", "semua", "otomatis",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "автоматично", "усі", "automatiskt", "všechny", "automaticky", "toate", "automat", "όλες", "αυτόματα", "כל", "אוטומטית", "همه", "خودکار", "ทุก", "ทั้งหมด", "อัตโนมัติ",
        // More words for all and automatically.
        "अपने आप", "स्वतः", "tự động", "mọi", "otomatik olarak", "secara otomatis",
    ]

    /// Reported speech or an example right before the quoted attack ("a page says", "such as", "例如").
    static let reportBefore: [String] = [
        "says", "say", "said", "saying", "tells you to", "tell you to", "told you to", "told to", "asks you to",
        "ask you to", "asked to", "asking you to", "instructs you to", "instructing you to", "instructions to",
        "like", "such as", "e.g.", "eg", "for example", "for instance", "claims", "contains", "containing", "reading",
        "stating", "requests to", "attempts to", "tries to", "trying to", "phrases", "text", "wording", "language",
        "dit", "disant", "contient", "indique", "écrit", "est écrit", "demande de", "te demande de", "vous demande de", "demande d'", "te demande d'", "vous demande d'", "comme", "tel que", "telle que",
        "par exemple", "du type", "du genre",
        "sagt", "sagen", "steht", "enthält", "heißt es", "auffordert", "fordert", "verlangt", "wie", "etwa", "z. b.", "z.b.", "zum beispiel", "lautet",
        "dice", "diga", "contiene", "aparece", "pone", "pide", "pida", "como", "por ejemplo", "tal como", "del tipo",
        "diz", "disser", "contém", "contiver", "aparecer", "escrito", "dizer", "pede", "peça", "por exemplo", "do tipo",
        "chiede", "chieda", "contiene", "scritto", "compare", "come", "ad esempio", "per esempio", "tipo",
        "говорит", "пишет", "написано", "сказано", "указано", "говорится", "содержит", "содержится", "встретишь", "просит", "требует", "например", "вроде", "типа", "как",
        "要求你", "让你", "包含", "出现", "写有", "提示你", "叫你", "说", "写着", "例如", "比如", "类似", "诸如", "像",
        "ような", "例えば", "含まれ", "書いてあ", "などの",
        "같은", "예를 들어",
        "zegt", "zoals", "mówi", "na przykład", "takie jak", "diyor", "örneğin", "gibi", "nói", "ví dụ", "như", "تقول", "مثل", "مثلا", "कहता", "कहे", "जैसे", "उदाहरण", "mengatakan", "misalnya", "seperti",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "каже", "написано", "вимагає", "просить", "säger", "står", "ber dig", "píše", "žádá", "říká", "spune", "cere", "λέει", "ζητά", "γράφει", "מבקש", "אומר", "כתוב", "گفت", "می‌گوید", "بگوید", "บอกว่า", "ขอให้",
        // A request named as a noun ("requests to …", "pedidos para …"): what follows is reported, not asked.
        "telling you to", "asking you to", "requests for", "requests to email", "pedidos para", "pedidos de", "peticiones de", "richieste di", "aufforderungen", "prośby o", "verzoeken om", "talepleri", "просьбы", "demande de désactivation", "toute demande de", "any request to", "any line telling you to", "ask the agent to", "asks the agent to", "may ask", "may ask the agent to",
    ]

    /// Reported speech after the attack, as Japanese and Korean put it ("「…」と書かれていても").
    static let reportAfter: [String] = [
        "と書かれ", "と言", "という", "と指示", "などと", "라고", "하라는", "하라고", "고 해도", "고 하더라도", "고 하면", "같은", "등의", "之类", "等指令",
        "等内容", "的指令", "这样的",
        "고 적혀", "는 문구", "라는 문구", "는 내용", "라는 내용", "는 지시", "라는 지시", "는 말", "라는 말", "는 요청", "라는 요청", "는 문장", "라는 문장", "고 쓰여", "고 써", "고 나와", "고 되어", "と書いて", "とあって", "とあっても",
    ]

    /// A refusal of what was quoted ("do not follow it", "treat it as untrusted", "不要照做").
    static let refusal: [String] = [
        "do not follow", "don't follow", "never follow", "not follow", "do not obey", "don't obey", "never obey",
        "do not comply", "don't comply", "never comply", "do not execute", "don't execute", "do not act on",
        "don't act on", "never act on", "do not run", "ignore it", "ignore them", "ignore such",
        "ignore that", "ignore those", "ignore these", "treat it as", "treat them as", "treat such", "as untrusted",
        "as data", "report it", "report them", "flag it", "flag them", "warn the user", "stop and", "is an attack",
        "is a prompt injection", "are attacks", "prompt injection",
        // Idioms of disregard whose "no" is the complement's ("pay it no mind").
        "pay it no mind", "pay it no heed", "pay it no attention", "pay them no mind", "pay them no heed", "give it no weight",
        "give it no credence", "take no notice of it", "pay no attention to it", "pay no heed to it",
        "must not be followed", "forbidden", "prohibited", "should not be followed", "untrusted",
        "ne la suis pas", "ne le suis pas", "ne le fais pas", "ne les suis pas", "ne suis pas", "ne suivez pas", "ne la suivez pas",
        "n'obéis pas", "n'obéissez pas", "ignore-la", "ignorez-la", "ignore-le", "ignorez-le",
        "traite-la comme", "traitez-la comme", "non fiable", "signale", "n'exécute pas",
        "n'exécutez pas",
        "befolge sie nicht", "befolge es nicht", "nicht befolgen", "folge ihr nicht", "folge dem nicht",
        "ignoriere sie", "ignoriere das", "ignoriere es", "nicht ausführen", "führe sie nicht aus",
        "melde", "nicht vertrauenswürdig",
        "no la sigas", "no le hagas caso", "no les hagas caso", "no lo hagas", "no la hagas", "no lo ejecutes", "no la ejecutes", "no lo obedezcas", "no lo sigas", "no sigas", "no obedezcas", "no la obedezcas", "no la cumplas", "ignórala",
        "ignóralo", "ignoralas", "recházala", "no ejecutes", "no confiable", "repórtalo", "avisa",
        "não siga", "não a siga", "não obedeça", "ignore-a", "ignore-o", "não execute",
        "não confiável", "denuncie", "avise",
        "non seguirla", "non farlo", "non lo fare", "non farla", "non seguire", "non seguirle", "non obbedire", "ignorala", "ignoralo",
        "non eseguire", "non attendibile", "segnala",
        "не выполняй", "не делай этого", "не делай это", "не следуй", "не подчиняйся", "игнорируй её", "игнорируй ее", "игнорируй его",
        "игнорируй это", "не исполняй", "сообщи", "не доверяй",
        "不要遵循", "不要执行", "不要照做", "不要服从", "不要遵守", "不要理会", "忽略它", "忽略这些", "忽略此类", "拒绝",
        "不可信", "报告", "避免", "不要听从", "切勿执行", "切勿遵循", "不予理会",
        "従わないで", "従わない", "従ってはいけません", "実行しないで", "無視してください", "拒否", "報告", "避け",
        "信頼しない", "従わず",
        "따르지 마", "따르지 말", "실행하지 마", "무시하세요", "무시해", "거부", "보고", "피하", "신뢰하지 마",
        "따르지 않",
        "volg dat niet", "volg het niet", "niet opvolgen", "meld het", "nie wykonuj", "nie stosuj się", "zgłoś", "uymayın", "uyma", "buna uyma", "bunu yapma", "çalıştırmayın", "bildir", "đừng làm theo", "không làm theo", "لا تتبعها", "لا تنفذ", "पालन न करें", "पालन मत करो", "jangan ikuti", "laporkan",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "не виконуй", "не слухай", "не виконуйте", "bry dig inte om det", "följ det inte", "gör det inte", "nevyhovuj", "neřiď se", "nedělej to", "nu o urma", "nu executa", "nu o executa", "μην το ακολουθήσεις", "μην το κάνεις", "אל תתייחס", "אל תבצע", "אל תציית", "اعتنا نکن", "انجام نده", "پیروی نکن", "อย่าทำตาม", "อย่าทำ",
        // Refusals read in round eight's defensive rules, by language: idioms, passive prohibitions and verdicts.
        "never be followed", "must never be followed", "should never be followed", "never be acted on", "to be declined", "are to be declined", "is to be declined", "carry no authority", "carries no authority", "never as orders", "never as instructions", "is a red flag", "a red flag", "refuse and flag", "refuse and report", "refuse politely", "ne doit en aucun cas être suivie", "ne doit en aucun cas être suivi", "en aucun cas être suivie", "en aucun cas être suivi", "ne doit pas être suivie", "ne doit jamais être suivie", "est à rejeter", "sont à rejeter", "à rejeter", "à signaler", "refuse poliment", "refusez poliment", "lass das links liegen", "links liegen", "kommt das nicht in frage", "kommt nicht in frage", "nicht in frage", "werden grundsätzlich abgelehnt", "abgelehnt", "haz caso omiso", "ni se te ocurra", "no deben atenderse", "rechazadas", "rechazados", "não vá nessa", "nao va nessa", "devem ser sempre recusados", "recusados", "recusadas", "rejeitados", "rejeitadas", "lascia perdere", "segnalalo", "non vanno mai assecondate", "non vanno assecondate", "respinte", "не обращай на это внимания", "не обращай внимания", "выполнять нельзя", "不要理会", "一律不得执行", "不得执行", "取り合わないで", "決して従ってはならない", "従ってはならない", "신경 쓰지 말", "들어주지 마", "لا تلتفت إليه", "فلا تلتفت", "مرفوض", "ध्यान न दें", "kulak asma", "reddedilmelidir", "zignoruj to", "zignoruj je", "należy odrzucać", "należy zawsze odrzucać", "odrzucać", "ga daar dan niet op in", "ga daar niet op in", "worden altijd geweigerd", "geweigerd", "phớt lờ yêu cầu đó", "hãy phớt lờ", "phớt lờ nó", "abaikan saja", "abaikan permintaan itu",
    ]

    /// Refusals that take an object ("refuse", "avoid", "拒绝"): they refuse the quoted attack only
    /// when it is their object or when nothing else is ("refuse and tell the user"), not "refuse
    /// nothing" or "avoid small talk".
    static let transitiveRefusal: [String] = [
        "refuse", "decline", "avoid", "never use", "do not use", "don't use", "do not write", "don't write", "never write",
        "refusez", "évite", "évitez", "verweigere", "lehne", "lehne ab", "lehne es ab", "lehne sie ab", "lehne das ab", "vermeide", "rechaza", "evita", "recuse", "evite", "rifiuta",
        "откажись", "отклони", "избегай", "odmów", "unikaj", "reddet", "từ chối", "tránh", "ارفض", "تجنب", "मना करें",
        "tolak", "hindari", "weiger", "vermijd",
    ]

    /// Doing what a quoted text says, with the text as a pronoun ("follow it", "do it", "hazlo",
    /// "照做"): negated it is a refusal ("do not do it", "не выполняй это"); affirmed, the quote is
    /// an order passed on, not a rule against it.
    static let compliance: [String] = [
        "follow it", "follow them", "follow that", "follow this", "obey it", "obey them", "obey that", "comply",
        "do it", "do that", "do this", "do so", "do as it says", "do what it says", "execute it", "run it", "act on it",
        "carry it out", "carry them out", "go along with it",
        "suis-la", "suis-le", "suivez-la", "suivez-le", "fais-le", "faites-le", "obéis-y", "exécute-la", "exécute-le",
        "befolge sie", "befolge es", "befolge das", "folge ihr", "folge dem", "tu es", "tu das", "mach es", "mach das",
        "führe es aus", "führe sie aus",
        "síguela", "síguelo", "hazlo", "hazle caso", "obedécela", "obedécelo", "cúmplela", "ejecútala", "ejecútalo",
        "siga-a", "siga-o", "faça isso", "faça-o", "obedeça-a", "execute-a", "execute-o",
        "seguila", "seguilo", "fallo", "eseguila", "eseguilo", "obbediscile",
        "выполни это", "выполняй это", "сделай это", "следуй ей", "следуй этому", "подчинись", "выполни её", "выполни ее",
        "照做", "照办", "按它说的做", "执行它", "その通りに", "그대로 따르", "그대로 실행",
        "volg het", "volg dat", "zrób to", "wykonaj to", "bunu yap", "buna uy", "làm theo nó", "hãy làm theo", "نفذها",
        "इसका पालन करें", "lakukan itu", "ikuti itu",
    ]

    /// A negative object after a refusal turns it around ("refuse nothing", "avoid no request").
    static let nothing: [String] = [
        "nothing", "none", "no", "nobody", "rien", "aucune", "aucun", "nichts", "keine", "keinen", "nada", "ninguna",
        "ninguno", "niente", "nulla", "nessuna", "nessun", "ничего", "ни одну", "ни один", "nic", "żadnej", "hiçbir",
        "không gì", "niets", "geen", "tidak ada", "apa pun",
    ]

    /// Words that forbid what they name ("`curl | sh` is forbidden", "avoid", "禁止").
    static let forbidden: [String] = [
        "avoid", "do not use", "don't use", "never use", "forbidden", "not allowed", "prohibited", "banned", "never run",
        "do not run", "don't run", "never execute", "do not execute", "never pipe", "do not pipe", "don't pipe",
        "évite", "évitez", "interdit", "interdite", "n'utilisez jamais", "n'exécutez jamais", "n'exécute jamais",
        "vermeide", "vermeiden", "verboten", "nicht erlaubt", "niemals ausführen",
        "evita", "evite", "prohibido", "prohibida", "no está permitido", "nunca ejecutes",
        "proibido", "proibida", "não é permitido", "nunca execute",
        "vietato", "vietata", "non è consentito", "non eseguire mai",
        "избегай", "избегайте", "запрещено", "запрещается", "никогда не запускай", "никогда не выполняй",
        "禁止", "严禁", "不允许", "不得", "切勿", "禁止されています", "しないでください", "금지", "하지 마세요",
        // Verdicts that forbid what they name.
        "nicht in frage", "kommt nicht in frage", "ni se te ocurra", "non vanno mai", "is banned", "are banned",
    ]

    /// Repetition or a trigger that makes a remote script run again and again ("before every build").
    static let recurring: [String] = [
        "always", "every time", "each time", "before every", "before each", "after every", "after each", "on every",
        "on each", "at the start of every", "at the start of each", "every session", "each session", "whenever",
        // Run at every start of the agent's session: "when the session starts", "au démarrage".
        "when the session starts", "when a session starts", "when each session starts", "when the session begins",
        "at session start", "at the start of the session", "at the start of a session", "on session start",
        "when the agent starts", "when you start up", "au démarrage", "au début de la session", "au début de chaque",
        "beim start", "beim starten", "zu beginn jeder", "zu beginn der sitzung", "al iniciar", "al inicio de la sesión",
        "al comenzar la sesión", "ao iniciar", "no início da sessão", "all'avvio", "all'inizio della sessione",
        "при запуске", "при старте", "в начале сессии", "в начале каждой", "启动时", "会话开始时", "起動時", "セッション開始時",
        "시작할 때", "세션 시작 시", "bij het starten", "bij de start", "przy starcie", "przy uruchomieniu", "başlangıçta",
        "oturum başladığında", "khi khởi động", "khi bắt đầu phiên", "عند البدء", "عند بدء", "शुरू होने पर", "saat memulai",
        "saat sesi dimulai",
        "every build", "every run", "every commit", "on startup", "at startup", "at login", "on login", "every", "each",
        "at the beginning of", "first thing", "chaque", "jede", "jeden", "jedem", "jeder", "cada", "ogni", "каждый",
        "каждого", "каждом", "каждую", "每", "毎", "매",
        "toujours", "à chaque", "a chaque", "avant chaque", "après chaque", "chaque fois", "systématiquement",
        "immer", "jedes mal", "vor jedem", "vor jeder", "bei jedem", "bei jeder", "nach jedem", "stets",
        "siempre", "cada vez", "antes de cada", "en cada", "después de cada",
        "sempre", "toda vez", "antes de cada", "em cada",
        "ogni volta", "prima di ogni", "ad ogni", "a ogni", "dopo ogni",
        "всегда", "каждый раз", "перед каждым", "перед каждой", "при каждом", "при каждой", "после каждого",
        "每次", "总是", "始终", "一律", "每当", "每一次", "之前都", "务必",
        "毎回", "常に", "必ず", "いつも", "たびに", "前に毎回",
        "항상", "매번", "언제나", "마다",
        "altijd", "elke keer", "voor elke", "bij elke", "na elke", "telkens", "elke", "zawsze", "za każdym razem", "przed każdym", "przed każdą", "po każdym", "każdym", "każdą", "każdej", "her zaman", "daima", "her seferinde", "her derlemeden", "her committen", "her çalıştırmada", "luôn", "luôn luôn", "mỗi", "mỗi lần", "trước mỗi", "sau mỗi", "دائمًا", "دائما", "دائماً", "في كل مرة", "قبل كل", "بعد كل", "हमेशा", "हर", "हर बार", "प्रत्येक", "selalu", "setiap", "tiap", "setiap kali", "sebelum setiap",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "щоразу", "перед кожним", "varje gång", "före varje", "pokaždé", "před každým", "de fiecare dată", "înainte de fiecare", "κάθε φορά", "πριν από κάθε", "בכל פעם", "לפני כל", "هر بار", "قبل از هر", "ทุกครั้ง", "ก่อนทุก",
    ]

    /// Places that run a command again in every later session (a remote script written there persists).
    static let persistence: [String] = [
        ".bashrc", ".zshrc", ".bash_profile", ".zprofile", ".profile", ".zshenv", ".config/fish", "crontab", "cron job",
        "launchctl", "launchagents", "launchdaemons", ".git/hooks", "core.hookspath", "systemctl enable", "@reboot",
        "autostart", "rc.local", "init.d", "shell profile", "login script", "startup script", "git hook", "pre-commit hook",
        "post-checkout hook", "post-merge hook", "rc file", ".bash_login", "profile.d", "autorun", "login item",
    ]

    /// A phrase after which text is where something should go ("to", "à", "an", "到", "に").
    static let destination: [String] = [
        "to", "into", "onto", "at", "via", "with", "avec", "mit", "con", "com", "с", "à", "au", "aux", "vers", "sur", "an", "zu", "nach", "auf", "a", "al",
        "hacia", "para", "ao", "aos", "per", "verso", "su", "на", "в", "по адресу", "к",
        "到", "至", "给", "发给", "に", "へ", "로", "으로", "에게",
        "naar", "adresine", "đến", "tới", "إلى", "الى", "ke",
        // Ukrainian, Swedish, Czech, Romanian, Greek, Hebrew, Persian, Thai.
        "till", "na", "la", "către", "σε", "στο", "στη", "לכתובת", "به", "ไปที่", "ไปยัง",
        // Paste sites are destinations.
        "pastebin", "gist", "a paste", "un paste", "paste public", "hastebin", "transfer.sh", "pastebin'e",
    ]

    /// A request between a negation and the verb it asks for ("we never ask you to disable …"):
    /// the negation denies what is asked. Counts only before "you" or "to".
    static let requestVerbs: Set<String> = [
        "ask", "asks", "asked", "want", "wants", "require", "requires", "expect", "expects", "request", "requests",
        "instruct", "instructs", "need", "needs", "tell", "tells", "encourage", "encourages",
    ]

    /// "No longer" and its translations: with a verb of validity ("gelten … nicht mehr", "ne
    /// s'appliquent plus", "不再适用"), instructions declared dead, whatever stands between.
    static let cessation: [String] = [
        "no longer", "any longer", "anymore", "any more", "nicht mehr", "plus", "ya no", "já não", "não mais", "mais",
        "non più", "più", "больше не", "уже не", "не более", "不再", "已不", "더 이상", "더는", "niet meer", "już nie",
        "không còn", "لم تعد", "tidak lagi", "sudah tidak",
    ]

    /// Dismissing what was just named ("ignore them", "use mine instead"): with instructions
    /// declared out of date, an attack.
    static let dismissal: [String] = [
        "ignore them", "ignore it", "ignore those", "disregard them", "disregard those", "forget them", "forget about them",
        // Dropping what was named, by a pronoun: "…is outdated. Disregard it."
        "disregard it", "disregard that", "disregard all of it", "forget it", "forget about it", "forget all of it", "drop it",
        "discard it", "discard them", "dismiss it", "dismiss them", "skip it", "throw it out", "ignore all of it",
        "n'en tiens plus compte", "ne le suis plus", "ne les suis plus", "écarte-les", "vergiss es", "vergiss ihn", "ignoriere ihn", "verwirf sie", "verwirf es",
        "olvídalo", "olvidalo", "descártalas", "descártalo", "esqueça-o", "descarte-as", "dimenticalo", "scartale",
        "отбрось их", "забудь это", "забудь об этом", "忘了它", "丢掉它们", "忘れてください", "잊어버려",
        "drop them", "discard them", "skip them", "follow mine", "follow these", "follow the new", "follow the ones below",
        "use mine", "use these", "obey mine", "obey me", "instead",
        "ignore-les", "ignorez-les", "oublie-les", "oubliez-les", "suis les miennes", "suivez les miennes", "à la place",
        "ignoriere sie", "ignorieren sie", "vergiss sie", "vergessen sie", "stattdessen", "folge meinen",
        "ignóralas", "ignoralas", "ignóralos", "olvídalas", "olvidalas", "olvídalos", "en su lugar", "sigue las mías",
        "ignore-as", "ignore-os", "esqueça-as", "esqueca-as", "em vez disso", "siga as minhas",
        "ignorale", "ignorali", "dimenticale", "dimenticali", "invece", "segui le mie",
        "игнорируй их", "забудь их", "забудь о них", "не обращай на них внимания", "вместо этого", "следуй моим",
        "忽略它们", "忽略这些", "忘掉它们", "不要理会", "别理会", "改为遵循", "改为", "无视",
        "無視して", "無視し", "忘れて", "代わりに", "従わないで",
        "무시하", "무시해", "잊어", "대신",
        "negeer ze", "vergeet ze", "in plaats daarvan", "zignoruj je", "zapomnij o nich", "zamiast tego",
        "onları yok say", "onları unut", "bunun yerine", "bỏ qua chúng", "thay vào đó", "تجاهلها", "بدلاً من ذلك",
        "उन्हें अनदेखा", "उन्हें भूल", "abaikan saja", "abaikan itu", "sebagai gantinya",
    ]
}
