/// The small grammar of negated imperatives per language that `NegatedImperative` reads: negation
/// particles and where they stand, the pronouns and clitics that carry an object, and the verbs
/// whose negation means doing it (the fake negations). Lower case.
enum NegationGrammar {
    /// Particles that stand before the verb they negate.
    static let negatorsBefore: Set<String> = [
        "not", "never", "don't", "dont", "doesn't", "mustn't", "shouldn't", "can't", "cannot", "won't",
        "ne", "jamais", "n'y", "n'en",
        "nicht", "niemals", "nie", "keinesfalls",
        "no", "nunca", "jamás",
        "não", "nao",
        "non", "mai",
        "не", "никогда", "ни",
        "nigdy", "niet", "nooit",
        "đừng", "chớ", "jangan", "lah",
        "لا", "فلا", "ولا", "मत", "न", "नहीं",
    ]

    /// Negators of languages that drop a known object: the verb alone refuses ("jangan ikuti",
    /// "не выполняй", "उसका पालन मत करो", "لا تتبع").
    static let proDropNegators: Set<String> = ["не", "nie", "đừng", "chớ", "jangan", "لا", "فلا", "ولا", "मत", "न", "não", "nao", "nicht"]

    /// Second halves of a split negation, or words that may follow the verb before its object
    /// ("ne le suis pas", "não o faças nunca").
    static let postNegators: Set<String> = ["pas", "plus", "jamais", "point", "nunca", "mai", "più", "więcej", "nữa", "lagi"]

    /// Negations that follow the verb and its object ("führe das nicht aus", "volg het niet").
    static let negatorsAfter: Set<String> = ["nicht", "niet", "nooit", "niemals", "keinesfalls"]

    /// Particles of separable German and Dutch verbs left at the end of the clause.
    static let separableParticles: Set<String> = [
        "aus", "an", "ab", "auf", "mit", "nach", "um", "durch", "zu", "ein", "weg", "nach", "uit", "op", "na", "mee", "door", "toe",
    ]

    /// Pronouns that take the place of the quoted phrase.
    static let anaphors: Set<String> = [
        "it", "this", "that", "them", "these", "those", "so", "such",
        "la", "le", "les", "lo", "los", "las", "li", "gli", "ne", "cela", "ça", "ceci", "y", "en",
        "es", "das", "sie", "dies", "dieses", "diese", "diesen", "dem", "ihr", "ihm", "ihnen",
        "esto", "eso", "ello", "esa", "ese", "isso", "isto", "o", "a", "os", "as", "ciò", "questo", "quello", "questa", "quella",
        "это", "этого", "этому", "этим", "её", "ее", "его", "их", "ей", "ему", "то", "тому", "этой",
        "to", "tego", "temu", "tym", "je", "ją", "ich", "jej", "go",
        "het", "dat", "dit", "die", "deze",
        "nó", "đó", "này", "itu", "ini", "tersebut", "nya",
        "هذا", "ذلك", "هذه", "بها", "به", "इसे", "उसे", "इसका", "उसका", "इसको", "उसको", "यह", "वह", "इस", "उस", "इसपर", "उसपर",
        // Pronominal adverbs and prepositions carrying a pronoun, written as one word ("daran",
        // "ernaar", Arabic "له", "إليه", "عليها").
        "daran", "darauf", "danach", "damit", "dazu", "ernaar", "eraan", "erop", "ermee", "daarnaar", "daaraan", "daarop",
        "nisso", "nisto", "naquilo", "disso", "disto", "daquilo", "nele", "nela", "dele", "dela", "ci", "ne",
        "له", "لها", "لهم", "إليه", "إليها", "اليه", "اليها", "عليه", "عليها", "منه", "منها", "بذلك", "لذلك",
    ]

    /// Clitics that stand between the negation and the verb ("no lo hagas", "ne le suis pas").
    static let cliticsBefore: Set<String> = [
        "lo", "la", "le", "les", "los", "las", "li", "gli", "ne", "y", "en", "o", "a", "os", "as", "l'", "его", "её", "это",
        "lhe", "lhes", "glielo", "gliela", "t'y", "m'y", "s'y", "t'en", "m'en", "s'en", "l'y",
    ]

    /// The grammar of a refusal's object after its verb, besides a pronoun: an idiom's fixed
    /// complement with the object as its clitic or left out ("n'en tiens pas compte", "no lo tengas
    /// en cuenta", "não lhe dê ouvidos", "non darle retta", "не обращай внимания"), a phrasal
    /// particle ("give in to that", "carry out such a request"), and a noun phrase opened by a
    /// demonstrative ("such a request", "cette demande", "diese Aufforderung", "такую просьбу").
    static let idiomComplements: [[String]] = [
        ["compte"], ["cas"], ["attention"], ["suite"], ["en", "cuenta"], ["caso"], ["atención"], ["ouvidos"], ["atenção"],
        ["em", "conta"], ["retta"], ["ascolto"], ["seguito"], ["attenzione"], ["conto"], ["внимания"], ["значения"], ["aandacht"],
        ["gehoor"], ["uwagi"], ["posłuchu"], ["beachtung"], ["folge"], ["gehör"], ["heed"], ["attention", "to"], ["notice", "of"],
        ["importancia"], ["importance"], ["importanza"], ["importância"], ["crédito"], ["crédit"], ["credito"], ["bola"],
        ["into", "account"], ["seriously"], ["at", "face", "value"], ["no", "mind"], ["no", "heed"], ["no", "attention"],
        ["no", "weight"], ["any", "weight"], ["any", "credence"], ["credence"],
    ]

    /// Particles of English phrasal verbs and their kin, between the verb and its object.
    static let phrasalParticles: Set<String> = ["in", "out", "up", "along", "through", "away", "down", "into", "forward", "ahead"]

    /// Determiners that open a noun phrase standing for the quoted request ("such a request",
    /// "this kind of instruction", "cette demande", "esa petición", "такую просьбу", "dit verzoek").
    static let demonstratives: Set<String> = [
        "such", "this", "that", "these", "those", "any", "cette", "ce", "cet", "ces", "pareille", "pareil", "telle", "tel",
        "diese", "dieser", "dieses", "diesen", "solche", "solchen", "solch", "esa", "ese", "esta", "este", "esas", "esos",
        "tal", "tales", "essa", "esse", "essas", "esses", "tale", "tali", "questa", "questo", "quella", "quello", "simili",
        "такую", "такие", "такой", "такое", "эту", "этот", "эти", "подобную", "подобные", "dit", "dat", "deze", "zo'n",
        "zulke", "ten", "tę", "takie", "takiej", "takiego", "tego", "bu", "böyle", "öyle", "những", "هذا", "هذه", "ذلك",
        "تلك", "مثل", "ऐसे", "ऐसी", "ऐसा", "semacam",
    ]

    /// Demonstratives after their noun (Vietnamese, Indonesian, Malay).
    static let demonstrativesAfter: Set<String> = ["đó", "này", "ấy", "kia", "itu", "ini", "tersebut"]

    /// Negators of Vietnamese, whose verbs are often two syllables written apart ("thực hiện", "làm theo").
    static let vietnameseNegators: Set<String> = ["đừng", "chớ", "không"]

    /// Reflexive pronouns between a verb and its negation ("halte dich nicht daran", "houd je er niet aan").
    static let reflexives: Set<String> = ["dich", "mich", "sich", "euch", "uns", "je", "jezelf", "zich", "u"]

    /// Dutch pronominal adverbs split around the negation ("luister er niet naar", "houd je er niet aan").
    static let splitPronominalAdverbs: Set<String> = ["er", "daar"]
    static let splitPostpositions: Set<String> = ["naar", "aan", "op", "mee", "van", "over", "voor", "bij", "in", "uit", "door", "tegen", "toe"]

    /// Prepositions between a verb and its pronoun object ("act on it", "à cela", "на это", "theo nó").
    static let prepositions: Set<String> = [
        "on", "upon", "to", "with", "by", "along", "à", "a", "de", "di", "do", "na", "в", "на", "по", "с", "mit", "an", "auf", "zu",
        "con", "por", "para", "per", "su", "op", "aan", "naar", "theo", "ke", "pada", "dengan", "se", "sich", "danach", "darauf",
    ]

    /// Words that may stand between the negation and its verb.
    static let fillers: Set<String> = [
        "you", "please", "ever", "just", "blindly", "should", "must", "will", "shall", "can", "may", "to", "be", "try",
        "tu", "vous", "il", "faut", "pas", "jamais", "plus", "te", "se", "me", "lui", "leur",
        "du", "ihr", "bitte", "einfach", "je", "bloß", "dann", "also", "doch", "ja", "auf", "keinen", "fall", "so",
        "debes", "debe", "deve", "deves", "devi", "si", "ti", "mi", "ci", "vi", "por", "favor", "você", "voce",
        "ты", "вы", "надо", "нужно", "следует", "стоит", "пожалуйста", "ему", "ей",
        "należy", "wolno", "się", "hãy", "được", "pernah", "boleh", "usah", "kamu", "anda",
    ]

    /// Adverbs after the verb that keep its object within reach ("don't follow it blindly").
    static let adverbs: Set<String> = [
        "blindly", "anyway", "either", "automatically", "please", "bitte", "bloß", "einfach", "aveuglément", "ciegamente",
        "cegamente", "ciecamente", "слепо", "ślepo", "blind", "blindelings", "się", "sich", "se", "si",
    ]

    /// Words that end a clause's object ("don't follow it and tell the user").
    static let ends: Set<String> = Cues.coordinators.union(["or", "ou", "oder", "o", "или", "lub", "of", "hoặc", "atau", "veya", "या", "أو", "if", "si", "wenn", "когда", "when"])

    /// A first word of the next clause that turns the negation into "do it anyway" ("don't ask, just do it").
    static let affirmers: Set<String> = [
        "just", "simply", "only", "merely", "instead", "simplement", "plutôt", "einfach", "sondern", "stattdessen", "simplemente",
        "solo", "sólo", "apenas", "semplicemente", "просто", "лучше", "tylko", "po", "chỉ", "langsung", "sadece",
    ]

    /// Stems of verbs whose negation asks for the thing ("don't hesitate", "don't ignore it",
    /// "n'oublie pas", "не забудь", "ne manque pas"): their double negation is a fake refusal.
    static let fakeStems: [String] = [
        "hesitat", "wait", "delay", "doubt", "question", "worry", "ask", "refus", "resist", "ignor", "skip", "forget", "miss",
        "stop", "avoid", "reject", "declin", "neglect", "fail", "hold", "think", "omit", "overlook", "leav", "let",
        "hésit", "attend", "oubli", "manqu", "rejet", "néglig", "omet", "inquièt", "crain", "arrêt", "évit", "demand",
        "zöger", "wart", "vergiss", "vergess", "verweiger", "lass", "überspring", "versäum", "verpass", "frag", "zweifl", "sorg",
        "dud", "esper", "olvid", "rechaz", "negu", "omit", "salt", "dej", "pregunt", "preocup",
        "esqueç", "esquec", "recus", "pul", "deix", "perguent", "pergunt",
        "esit", "aspett", "dimentic", "rifiut", "salt", "trascur", "chied", "lasci",
        "стесня", "сомнева", "забыва", "забуд", "игнорир", "отказ", "пропуск", "жди", "медл", "спраш", "бойся", "останавл",
        "wahaj", "zapomin", "zapomnij", "ignoruj", "odmawiaj", "pytaj", "pomijaj",
        "aarzel", "vergeet", "negeer", "weiger", "twijfel", "vraag",
        "ngần ngại", "quên", "bỏ qua", "từ chối", "ragu", "lupa", "abaikan", "tolak", "tanya", "lewati",
        "tereddüt", "unutma", "reddetme", "atlama", "sorma",
        // Blocking, denying or preventing a request: not doing it asks for it ("don't block such a request").
        "block", "deny", "prevent", "bloqu", "empêch", "blockier", "verhinder", "impid", "bloccar", "blocc", "impedi",
        "блокир", "запрещ", "препятств", "blokuj", "blokkeer", "engelle", "chặn", "blokir",
        "تتردد", "تنس", "تتجاهل", "ترفض", "हिचकिचा", "भूल", "अनदेखा", "मना",
    ]

    /// Auxiliaries of the passive: after them the subject is what is refused ("must not be followed").
    static let passive: Set<String> = ["be", "been", "être", "sein", "werden", "ser", "essere", "быть", "być", "zostać", "worden"]

    static func isFake(_ verb: String) -> Bool {
        fakeStems.contains { verb.hasPrefix($0) }
    }

    /// The rest of a word after an elided particle glued to it ("n'exécute" → "exécute").
    static func strippingElision(_ word: String, prefixes: [String]) -> String? {
        for prefix in prefixes where word.hasPrefix(prefix) && word.count > prefix.count + 1 {
            return String(word.dropFirst(prefix.count))
        }
        return nil
    }

    /// Italian, Spanish and Portuguese infinitives and imperatives carrying their object
    /// ("seguirlo", "eseguirla", "hacerlo", "segui-lo"), Arabic verbs with a suffixed object (تتبعها).
    static func hasClitic(_ verb: String) -> Bool {
        if verb.contains("-") { return true }
        let romance = ["rlo", "rla", "rli", "rle", "rne", "rgli", "rlos", "rlas", "arlo", "erlo", "irlo", "lo", "la"]
        if romance.contains(where: { verb.hasSuffix($0) && verb.count > $0.count + 1 && verb.dropLast($0.count).last.map { "aeiouáéíóú".contains($0) || $0 == "r" } == true }) {
            return true
        }
        return verb.hasSuffix("ها") || verb.hasSuffix("ه")
    }

    /// Turkish negative imperative endings (uyma, uygulamayın, yapmayınız) and the pronouns before them.
    static let turkishNegativeEndings: [String] = ["ma", "me", "mayın", "meyin", "mayınız", "meyiniz", "masın", "mesin"]
    static let turkishAnaphors: Set<String> = ["bunu", "buna", "onu", "ona", "şunu", "şuna", "bunları", "bunlara", "bundan", "ondan"]

    /// Chinese prohibitive particles (the verb follows).
    static let chineseNegators: [String] = ["不要", "别", "勿", "切勿", "请勿", "不得", "不可", "不能", "禁止", "莫", "休想", "千万别", "不准", "不许"]
    /// Chinese verbs whose prohibition asks for the thing ("不要犹豫", "别忘了", "不要忽略它").
    static let chineseFake: [String] = ["犹豫", "拒绝", "忘", "忽略", "忽视", "迟疑", "担心", "客气", "停", "错过", "遗漏", "怀疑", "问", "质疑", "省略", "跳过"]

    /// Japanese prohibitive endings after the verb.
    static let japaneseProhibitives: [String] = [
        "ないで", "ないこと", "てはいけません", "てはいけない", "てはならない", "てはだめ", "ちゃだめ", "るな", "禁止", "ないように", "ません", "ぬこと",
    ]
    /// Japanese verbs whose prohibition asks for the thing (ためらわないで, 忘れないで, 無視しないで).
    static let japaneseFake: [String] = ["ためら", "躊躇", "忘れ", "無視", "拒否", "断ら", "迷わ", "遠慮", "省略", "飛ばさ", "止め", "やめ"]

    /// Korean prohibitive endings glued to the verb (따르지마, 금지), and the auxiliaries after "-지".
    static let koreanProhibitives: [String] = ["지마", "지말", "지않", "금지"]
    static let koreanNegativeAuxiliaries: [String] = ["마", "말", "않"]
    /// Korean verbs whose prohibition asks for the thing (망설이지 마, 무시하지 마).
    static let koreanFake: [String] = ["망설이", "주저하", "거부하", "무시하", "잊", "거절하", "빼먹", "멈추", "건너뛰"]
}
