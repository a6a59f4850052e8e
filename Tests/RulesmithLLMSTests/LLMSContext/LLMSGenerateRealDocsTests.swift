import RulesmithLint
import RulesmithText
import Testing
@testable import RulesmithLLMS

/// `llms generate` on a documentation tree as real projects write them (issue 19 item 6):
/// translation folders, CJK sentences, a README that opens with language links.
struct LLMSGenerateRealDocsTests {
    static let readme = LLMSTxtSourceDocument(path: "README.md", text: """
        # Widget

        English | [简体中文](README.zh-CN.md) | [日本語](README.ja.md) | [한국어](README.ko.md)

        [![CI](https://x.dev/ci.svg)](https://x.dev/ci)

        Widget makes widgets from gadgets. It is fast.

        """)

    static let documents = [
        LLMSTxtSourceDocument(path: "docs/guide.md", text: "# Guide\n\nStart here. Then read the rest.\n"),
        LLMSTxtSourceDocument(path: "docs/api/calls.md", text: "# Calls\n\nEvery call.\n"),
        LLMSTxtSourceDocument(path: "docs/ja/guide.md", text: "# ガイド\n\nここから始めます。次に残りを読みます。\n"),
        LLMSTxtSourceDocument(path: "docs/ko/guide.md", text: "# 가이드\n\n여기서 시작하세요.\n"),
        LLMSTxtSourceDocument(path: "docs/zh-CN/guide.md", text: "# 指南\n\n从这里开始。\n"),
        LLMSTxtSourceDocument(path: "docs/faq.de.md", text: "# FAQ\n\nFragen.\n"),
        LLMSTxtSourceDocument(path: "docs/faq.md", text: "# FAQ\n\nQuestions.\n"),
    ]

    static func generate(_ documents: [LLMSTxtSourceDocument] = documents, readme: LLMSTxtSourceDocument? = readme) -> String {
        LLMSTxtGenerator.generate(readme: readme, documents: documents, settings: LLMSTxtSettings(), projectName: "widget")
    }

    @Test func translationFoldersAreLeftOutNotMadeSections() {
        let text = Self.generate()
        #expect(!text.contains("## Ja"))
        #expect(!text.contains("## Ko"))
        #expect(!text.contains("## Zh"))
        #expect(!text.contains("faq.de.md"))
        #expect(text.contains("- [FAQ](docs/faq.md): Questions.\n"))
        #expect(text.contains("## Api\n"))
        #expect(LLMSTxtGenerator.translations(Self.documents, docsFolder: "docs") == ["de", "ja", "ko", "zh-CN"])
    }

    @Test func anEnglishFolderIsTheDocsThemselves() {
        let documents = [
            LLMSTxtSourceDocument(path: "docs/en/guide.md", text: "# Guide\n\nStart here.\n"),
            LLMSTxtSourceDocument(path: "docs/en/api/calls.md", text: "# Calls\n\nEvery call.\n"),
            LLMSTxtSourceDocument(path: "docs/ja/guide.md", text: "# ガイド\n\nここから。\n"),
        ]
        let text = Self.generate(documents)
        #expect(text.contains("## Docs\n\n- [README](README.md)"))
        #expect(text.contains("- [Guide](docs/en/guide.md): Start here.\n"))
        #expect(text.contains("## Api\n\n- [Calls](docs/en/api/calls.md): Every call.\n"))
        #expect(!text.contains("## En"))
        #expect(!text.contains("ガイド"))
    }

    @Test func languageCodesAreRecognisedDeliberately() {
        #expect(DocumentLanguage.placement(of: "zh-Hans/a.md") == .translation("zh-Hans"))
        #expect(DocumentLanguage.placement(of: "pt_BR/a.md") == .translation("pt_BR"))
        #expect(DocumentLanguage.placement(of: "en-US/a/b.md") == .original("a/b.md"))
        // Folders that are not languages, even when short.
        for folder in ["api", "ml", "ts", "go", "os", "zh-toolong", "cli"] {
            #expect(DocumentLanguage.placement(of: "\(folder)/a.md") == .original("\(folder)/a.md"))
        }
        #expect(DocumentLanguage.placement(of: "ja.md") == .original("ja.md"))
        #expect(DocumentLanguage.placement(of: "v1.2.md") == .original("v1.2.md"))
    }

    @Test func cjkSentencesEndAtFullWidthMarks() {
        #expect(LeadSentence.first("ここから始めます。次に残りを読みます。") == "ここから始めます。")
        #expect(LeadSentence.first("本当ですか？はい。") == "本当ですか？")
        #expect(LeadSentence.first("「始めます。」次へ。") == "「始めます。」")
        #expect(LeadSentence.first("从这里开始！然后继续。") == "从这里开始！")
        let japanese = LLMSTxtSourceDocument(
            path: "docs/guide.md", text: "# ガイド\n\n" + String(repeating: "これは説明です", count: 3) + "。" + String(repeating: "次の文はとても長いです", count: 30) + "。\n")
        let text = Self.generate([japanese], readme: nil)
        #expect(text.contains("- [ガイド](docs/guide.md): これは説明ですこれは説明ですこれは説明です。\n"), "\(text)")
    }

    @Test func theSummarySkipsLanguageLinksAndBadges() {
        let text = Self.generate()
        #expect(text.hasPrefix("# Widget\n\n> Widget makes widgets from gadgets. It is fast.\n"), "\(text)")
        let onlyLinks = LLMSTxtSourceDocument(path: "README.md", text: "# W\n\n[Docs](https://x.dev) · [Blog](https://x.dev/blog)\n\nW does things.\n")
        #expect(Self.generate([], readme: onlyLinks).hasPrefix("# W\n\n> W does things.\n"))
        let htmlLinks = LLMSTxtSourceDocument(path: "README.md", text: "# W\n\n<a href=\"README.md\">English</a> | <a href=\"README.zh.md\">中文</a>\n\nW does things.\n")
        #expect(Self.generate([], readme: htmlLinks).hasPrefix("# W\n\n> W does things.\n"))
        // A sentence with a link is prose.
        let prose = LLMSTxtSourceDocument(path: "README.md", text: "# W\n\nSee [the guide](docs/guide.md) first.\n")
        #expect(Self.generate([], readme: prose).hasPrefix("# W\n\n> See the guide first.\n"))
    }

    @Test func linksAreRelativeToTheFolderOfTheLLMSTxt() {
        let text = LLMSTxtGenerator.generate(
            readme: Self.readme, documents: [Self.documents[0]], settings: LLMSTxtSettings(), projectName: "widget", linkFolder: "docs")
        #expect(text.contains("- [README](../README.md)"))
        #expect(text.contains("- [Guide](guide.md)"))
    }

    @Test func aBaseURLFromTheRemote() {
        #expect(RemoteBaseURL.base(remote: "git@github.com:me/widget.git", branch: "main") == "https://raw.githubusercontent.com/me/widget/main/")
        #expect(RemoteBaseURL.base(remote: "https://token@github.com/me/widget", branch: "dev") == "https://raw.githubusercontent.com/me/widget/dev/")
        #expect(RemoteBaseURL.base(remote: "ssh://git@gitlab.com:22/group/sub/tool.git", branch: "main") == "https://gitlab.com/group/sub/tool/-/raw/main/")
        #expect(RemoteBaseURL.base(remote: "https://codeberg.org/me/w.git", branch: "main") == "https://codeberg.org/me/w/raw/branch/main/")
        #expect(RemoteBaseURL.base(remote: "https://git.internal/me/w.git", branch: "main") == nil)
        #expect(RemoteBaseURL.base(remote: "/srv/git/w.git", branch: "main") == nil)
        #expect(RemoteBaseURL.base(remote: "git@github.com:me/widget.git", branch: "feature/x") == nil)
        #expect(RemoteBaseURL.base(remote: "git@github.com:me/../x.git", branch: "main") == nil)
    }
}
