/// Whether a generic secret word ("credentials", "tokens", "トークン") is named: by its service or
/// kind ("AWS credentials", "credenciales de AWS", "tokens de acesso", "API 키", "環境変数のトークン")
/// or spelled as an environment variable (`GITHUB_TOKEN`). A named secret is someone's real
/// secret, as a quantified one is ("all tokens"); "the token" alone may be a page's example.
enum SecretNaming {
    /// Words that name a secret's service or kind, before it or after "of", "de", "di", "von" ….
    private static let namers: Set<String> = [
        "aws", "github", "gitlab", "bitbucket", "gcp", "google", "gcloud", "azure", "npm", "pypi", "docker", "dockerhub",
        "slack", "stripe", "openai", "anthropic", "heroku", "vercel", "netlify", "cloudflare", "firebase", "supabase",
        "twilio", "sendgrid", "jira", "huggingface", "access", "api", "auth", "oauth", "bearer", "session", "deploy",
        "deployment", "admin", "root", "production", "prod", "database", "db", "ssh", "gpg", "cloud", "service", "ci",
        "acceso", "acesso", "accès", "acces", "accesso", "zugriff", "zugangs", "доступа", "erişim", "dostępu", "toegang",
        "akses", "environment", "env", "entorno", "ambiente", "environnement", "umgebung", "окружения", "github's", "aws's",
        "môi", "lingkungan", "ortam", "środowiskowe", "среды", "datenbank", "données", "datos", "dados", "dati", "базы", "данных", "database's", "smtp", "mail", "vault", "signing",
    ]

    /// Prepositions between a secret and the name after it ("credenciales de AWS", "tokens of the CI").
    private static let linkers: Set<String> = [
        "of", "for", "de", "do", "da", "des", "du", "di", "del", "della", "dei", "von", "der", "для", "от", "z", "van", "của",
        "dari", "untuk", "the", "la", "le", "el", "o", "a", "d'accès", "d'api", "d'aws",
    ]

    /// Names written without spaces (CJK) or in other scripts, found in the bytes around the secret.
    private static let boundNamers = [
        "环境变量", "環境変数", "환경 변수", "访问", "アクセス", "액세스", "접근", "api", "aws", "github", "الوصول", "एक्सेस",
        "truy cập", "api-", "-api", "aws-", "github-", "datenbank-", "数据库", "データベース", "데이터베이스", "база данных",
        "veritaban", "cơ sở dữ liệu", "قاعدة البيانات", "डेटाबेस",
    ].map { Array($0.utf8) }

    /// Prepositions that make the secret the means, not the thing sent ("upload the report with
    /// the CODECOV_TOKEN", "authenticate using GITHUB_TOKEN").
    private static let instruments: Set<String> = [
        "with", "using", "via", "by", "through", "avec", "mit", "con", "com", "usando", "utilisant", "mittels", "через",
        "используя", "met", "przy", "ile", "bằng", "dengan", "بواسطة", "باستخدام",
    ]

    private static let determiners: Set<String> = ["the", "your", "a", "an", "le", "la", "les", "el", "los", "las", "o", "os", "il", "i", "den", "die", "das", "dem", "de", "het"]

    static func named(_ bytes: UnsafeBufferPointer<UInt8>, hit: Range<Int>, clause: Range<Int>) -> Bool {
        // A stem may start inside its word (`*_token` in `CODECOV_TOKEN`): read from the word's start.
        var wordStart = hit.lowerBound
        while wordStart > clause.lowerBound, hit.lowerBound - wordStart < 48, bytes[wordStart - 1] < 0x80, LineView.isWordByte(bytes[wordStart - 1]) {
            wordStart -= 1
        }
        if usedAsCredential(bytes, wordStart: wordStart, hitEnd: hit.upperBound) { return false }
        let preceding = Words.list(bytes, max(clause.lowerBound, wordStart - 48)..<wordStart)
        if let means = preceding.reversed().first(where: { !determiners.contains($0.text) && !namers.contains($0.text) && !$0.text.contains("_") }),
           instruments.contains(means.text) {
            return false
        }
        if isVariable(bytes, hit) { return true }
        let window = max(clause.lowerBound, hit.lowerBound - 24)..<min(clause.upperBound, hit.upperBound + 12)
        if boundNamers.contains(where: { ScriptClass.contains($0, in: bytes, window) }) { return true }
        let before = Words.list(bytes, max(clause.lowerBound, hit.lowerBound - 32)..<hit.lowerBound).suffix(2)
        if before.contains(where: { namers.contains($0.text) }) { return true }
        if Words.list(bytes, hit).contains(where: { namers.contains($0.text) }) { return true }
        // A stem may end inside its word ("парол" in "пароль"): read from the word's end.
        var wordEnd = hit.upperBound
        while wordEnd < clause.upperBound, wordEnd - hit.upperBound < 24, ScriptClass.wordAt(bytes, wordEnd), !ScriptClass.isIdeographic(UTF8Scalar.decode(bytes, at: wordEnd, end: bytes.count).value) {
            wordEnd += UTF8Scalar.decode(bytes, at: wordEnd, end: bytes.count).length
        }
        // A hit starts inside its clause but may end past it.
        let afterStart = min(wordEnd, clause.upperBound)
        let after = Words.list(bytes, afterStart..<min(clause.upperBound, afterStart + 40)).prefix(3)
        if let first = after.first, namers.contains(first.text) { return true }
        guard let first = after.first, linkers.contains(first.text) else { return false }
        return after.dropFirst().contains { namers.contains($0.text) } || after.contains { $0.text.hasPrefix("d'") && namers.contains(String($0.text.dropFirst(2))) }
    }

    /// A secret used where it belongs: expanded by the shell (`$ANTHROPIC_API_KEY`), a header's or
    /// a parameter's name (`x-api-key:`, `token=`), or after `-H`, `Authorization`, `Bearer`.
    private static func usedAsCredential(_ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, hitEnd: Int) -> Bool {
        if wordStart > 0, bytes[wordStart - 1] == 0x24 || bytes[wordStart - 1] == 0x7B { return true }
        var end = hitEnd
        while end < bytes.count, end - hitEnd < 48, bytes[end] < 0x80, LineView.isWordByte(bytes[end]) || bytes[end] == 0x2D { end += 1 }
        if end < bytes.count, bytes[end] == 0x3A || bytes[end] == 0x3D { return true }
        let before = max(0, wordStart - 24)..<wordStart
        return credentialMarks.contains { ScriptClass.contains($0, in: bytes, before) }
    }

    private static let credentialMarks = ["-h ", "--header", "authorization", "bearer", "x-"].map { Array($0.utf8) }

    /// `GITHUB_TOKEN`, `$API_KEY`, `aws_secret_access_key`: a secret spelled as a variable.
    static func isVariable(_ bytes: UnsafeBufferPointer<UInt8>, _ hit: Range<Int>) -> Bool {
        var start = hit.lowerBound
        while start > 0, start > hit.lowerBound - 48, bytes[start - 1] < 0x80, LineView.isWordByte(bytes[start - 1]) { start -= 1 }
        let word = bytes[start..<hit.upperBound]
        return word.contains(0x5F) || (start > 0 && bytes[start - 1] == 0x24)
    }

    /// Secret nouns in several languages: a clause that names one hides a secret, not the work.
    private static let secretWords: Set<String> = [
        "secret", "secrets", "key", "keys", "token", "tokens", "password", "passwords", "credentials", "credential",
        "clé", "clés", "jeton", "jetons", "identifiants", "schlüssel", "passwort", "passwörter", "zugangsdaten",
        "clave", "claves", "contraseña", "contraseñas", "credenciales", "chave", "chaves", "senha", "senhas", "chiave",
        "chiavi", "ключ", "ключи", "пароль", "пароли", "токен", "токены", "sleutel", "sleutels", "wachtwoord", "hasło",
        "hasła", "klucz", "klucze", "şifre", "anahtar", "mật", "khẩu", "khóa", "sandi", "kunci",
    ]

    private static let boundSecretWords = ["密钥", "密码", "令牌", "鍵", "パスワード", "トークン", "비밀번호", "토큰", "키를", "كلمة المرور", "مفتاح", "पासवर्ड"]
        .map { Array($0.utf8) }

    /// The agent's own work in several languages: what concealment keeps from the user.
    private static let workWords: Set<String> = [
        "commands", "command", "changes", "edits", "files", "uploads", "uploaded", "requests", "calls", "actions", "steps",
        "commandes", "fichiers", "modifications", "befehle", "dateien", "änderungen", "comandos", "archivos", "cambios",
        "ficheiros", "arquivos", "alterações", "comandi", "file", "modifiche", "команды", "файлы", "изменения", "opdrachten",
        "bestanden", "wijzigingen", "polecenia", "pliki", "zmiany", "komutlar", "dosyalar", "lệnh", "perintah", "berkas",
        "executed", "exécutées", "ausgeführten", "ejecutas", "ejecutados", "hochgeladen", "envoyés", "enviaste",
    ]

    private static let boundWorkWords = ["命令", "更改", "文件", "コマンド", "変更", "ファイル", "명령", "변경", "파일", "الأوامر", "कमांड"]
        .map { Array($0.utf8) }

    static func namesWork(_ bytes: UnsafeBufferPointer<UInt8>, _ clause: Range<Int>) -> Bool {
        if Words.list(bytes, clause).contains(where: { workWords.contains($0.text) }) { return true }
        return boundWorkWords.contains { ScriptClass.contains($0, in: bytes, clause) }
    }

    static func namesASecret(_ bytes: UnsafeBufferPointer<UInt8>, _ clause: Range<Int>, besides trigger: Range<Int>) -> Bool {
        let words = Words.list(bytes, clause)
        if words.contains(where: { !$0.range.overlaps(trigger) && secretWords.contains($0.text) }) { return true }
        return boundSecretWords.contains { ScriptClass.contains($0, in: bytes, clause) }
    }
}
