/// H2: instructions to act behind the user's back.
extension Lexicon {
    static let concealment: [(Concept, [String])] = [
        (.tellVerb, [
            "tell", "telling", "mention", "mentioning", "reveal", "revealing", "disclose", "disclosing", "inform",
            "informing", "notify", "notifying", "alert", "alerting",
            "dis", "dites", "dire", "mentionne*", "révèle*", "revele*", "divulgue*", "informe*", "préviens", "prévenez",
            "prévenir", "signale*", "avertis*",
            "sag", "sage", "sagt", "sagen", "erzähl*", "erwähn*", "verrat*", "informier*", "benachrichtig*", "teile",
            "mitteil*",
            "digas", "diga", "decir", "decirle", "digan", "menciones", "mencione", "mencionar", "reveles", "revele",
            "revelar", "informes", "informar", "avises", "avise", "avisar", "notifiques", "cuentes", "contar",
            "dizer", "conte", "contes", "notifique",
            "dirlo", "dirgli", "dica", "dirglielo", "menzionare", "menzioni", "rivelare", "riveli", "informare", "informi",
            "avvisare", "avvisi", "segnalare", "notificare", "raccontare",
            "говори", "говорите", "сообщай", "сообщайте", "сообщать", "рассказывай", "рассказывайте", "упоминай",
            "упоминайте", "уведомляй", "уведомляйте", "информируй", "раскрывай", "сообщая", "говоря", "предупреждая",
            "уведомляя", "информируя",
            "告诉", "提及", "透露", "通知", "告知", "提到", "说出",
            "伝え", "知らせ", "言わ", "報告し", "教え", "通知し", "明かさ",
            "알리", "말하", "알려", "보고하", "밝히", "말해",
        ]),
        (.userNoun, [
            "user", "users", "user's", "human", "operator", "developer", "owner", "maintainer", "reviewer",
            // Whoever else might be told: a pronoun or a role ("do not tell them", "never tell the reviewers").
            "them", "him", "her", "humans", "operators", "developers", "owners", "maintainers", "reviewers", "team",
            "customer", "customers", "client", "leur", "lui", "ihnen", "ihm", "им", "ему", "ей", "他们", "她们", "彼ら",
            "그들",
            "utilisateur*", "*benutzer*", "*nutzer*", "anwender*", "entwickler*", "usuario*", "usuário*", "utilizador*",
            "utente", "utenti", "пользовател*", "用户", "使用者", "开发者", "ユーザー", "ユーザ", "利用者", "開発者",
            "사용자", "유저", "개발자",
        ]),
        (.behindBack, [
            "without the user knowing", "without the user noticing", "without the user's knowledge",
            "without their knowledge", "behind the user's back", "secretly", "covertly",
            "keep this between us", "keep it between us", "between you and me", "on the quiet", "on the sly", "quietly and without",
            "entre nous", "unter uns", "entre nosotros", "entre nós", "tra noi", "между нами",
            "à l'insu de l'utilisateur", "à l'insu", "sans que l'utilisateur le sache", "sans que l'utilisateur s'en aperçoive",
            "en secret", "secrètement",
            "ohne dass der benutzer es merkt", "ohne dass der nutzer es merkt", "ohne wissen des benutzers",
            "ohne wissen des nutzers", "heimlich", "insgeheim",
            "sin que el usuario lo sepa", "sin que el usuario se dé cuenta", "a escondidas", "secretamente",
            "sem que o usuário saiba", "sem que o usuário perceba", "às escondidas", "em segredo",
            "senza che l'utente lo sappia", "senza che l'utente se ne accorga", "di nascosto", "in segreto",
            "segretamente",
            "без ведома пользователя", "незаметно для пользователя", "тайно", "втайне", "скрытно",
            "瞒着用户", "不让用户知道", "用户不知情", "偷偷", "秘密地",
            "ユーザーに気づかれないように", "ユーザーに知られずに", "ユーザーに知られないように", "こっそり", "密かに", "内緒で",
            "사용자 몰래", "사용자가 모르게", "몰래", "은밀하게", "비밀리에",
        ]),
        (.showVerb, [
            // Not English "show" or "display": too common in documentation for what they add.
            "montre", "montrez", "affiche", "zeig", "zeige", "zeigt", "muestres", "muestre", "mostrar",
            "mostres", "mostre", "mostrare", "mostrargli", "показывай", "показывайте", "показать", "покажи",
            "見せ", "보여주", "보여 주", "toon", "pokazuj", "pokaż", "hiển thị", "tunjukkan", "perlihatkan", "تُظهر", "تظهر",
            "دکھا", "दिखा*",
        ]),
        (.hideFromVerb, [
            "secret from", "hidden from", "private from", "a secret from", "concealed from",
            "verschweig*", "verheimlich*", "cache-lui", "cache-leur", "cache-les", "dissimule*", "oculta*", "ocultes", "oculte*",
            "ocúlta*", "esconde*", "nascondi*", "tieni nascost*", "скрой", "скрывай", "скрывайте", "утаи*", "умолчи",
            "в секрете от", "в тайне от", "隐瞒", "瞒着", "保密", "隠して", "隠し", "秘密に", "숨겨", "숨기", "비밀로",
            "ukryj*", "ukrywaj*", "zatajaj", "verzwijg*", "verberg*", "gizle", "gizleyin", "أخف*", "اخف*", "छिपा*",
            "sembunyikan", "rahasiakan", "giấu", "che giấu",
        ]),
        (.hideVerb, ["hide", "hiding", "conceal", "concealing", "let the user see", "let the user notice", "let users see"]),
        // The verb with its object ("include this", "leave it"): the phrase needs the pronoun, and
        // the pair is far rarer in ordinary text than the verb alone.
        (.includeVerb, ["include this", "include these", "include it", "include that", "include them", "include any", "include anything", "mention this", "mention these", "mention it", "mention that", "mention them", "mention any", "mention anything", "put this", "put these", "put it", "put that", "put them", "put any", "put anything", "add this", "add these", "add it", "add that", "add them", "add any", "add anything", "record this", "record these", "record it", "record that", "record them", "record any", "record anything", "write this", "write these", "write it", "write that", "write them", "write any", "write anything", "log this", "log these", "log it", "log that", "log them", "log any", "log anything"]),
        (.omitVerb, ["leave", "omit", "exclude", "keep", "strip", "leave this", "leave these", "leave it", "leave that", "leave them", "omit this", "omit these", "omit it", "omit that", "omit them", "keep this", "keep these", "keep it", "keep that", "keep them", "exclude this", "exclude these", "exclude it", "exclude that", "exclude them", "hide this", "hide these", "hide it", "hide that", "hide them", "strip this", "strip these", "strip it", "strip that", "strip them"]),
        (.letUserKnow, [
            "let the user know", "let users know", "let the user find out", "the user finds out", "the user knows",
            "l'utilisateur le sache", "l'utilisateur s'en aperçoive", "l'utilisateur le remarque",
            "der benutzer es merkt", "der nutzer es merkt", "den benutzer wissen lassen",
            "el usuario se entere", "el usuario lo note", "el usuario lo sepa",
            "o usuário perceba", "o usuário saiba", "l'utente se ne accorga", "l'utente lo sappia",
            "пользователь узнал", "пользователь заметил", "让用户知道", "让用户发现", "让用户察觉", "被用户发现",
            "ユーザーに知られ", "ユーザーに気づかれ", "사용자가 알", "사용자가 눈치", "사용자에게 들키",
        ]),
        (.summaryNoun, [
            "summary", "summaries", "commit", "commits", "commit message*", "response", "reply", "output", "changelog",
            "answer", "explanation", "pr description", "report",
        ]),
    ]

    /// Skipping confirmation (H12, info) is a negated request for approval.
    static let confirmation: [(Concept, [String])] = [
        (.askVerb, [
            "ask", "asking", "request", "requesting", "wait", "waiting", "seek", "seeking", "prompt", "prompting",
            "demander", "demande", "demandez", "attendre", "attends",
            "fragen", "frage", "nachfragen", "nachzufragen", "warten", "einholen", "einzuholen",
            "pedir", "pide", "preguntar", "esperar", "solicitar",
            "peça", "perguntar", "aguardar",
            "chiedere", "chiedi", "attendere", "aspettare",
            "спрашива*", "запрашива*", "ждать", "жди", "спросить", "запросить",
            "请求", "询问", "等待", "征求",
            "求め", "尋ね", "待た", "聞か",
            "묻", "요청", "기다리",
        ]),
        (.confirmNoun, [
            "confirmation", "permission", "approval", "consent", "sign-off",
            "autorisation", "approbation", "accord",
            "bestätigung", "erlaubnis", "genehmigung", "zustimmung", "freigabe",
            "confirmación", "permiso", "aprobación", "autorización",
            "confirmação", "permissão", "aprovação", "autorização",
            "conferma", "permesso", "approvazione", "autorizzazione",
            "подтвержден*", "разрешени*", "одобрени*", "согласи*",
            "确认", "许可", "批准", "同意",
            "確認", "許可", "承認",
            "확인", "허가", "승인", "동의",
        ]),
    ]
}
