import Dispatch
import RulesmithLLMS
import RulesmithLint

/// Reads one `http(s)` document: its `.md` variant first when the link names an HTML page and
/// the variant exists, else the page; turns each failure into a `DocumentFailure` that says
/// what happened and where.
struct WebDocumentFetcher: Sendable {
    let client: HTTPClient
    let profile: Profile
    let markdownVariants: Bool

    /// The timeout covers the whole document: `.md` variant attempts, redirects and the page.
    func fetch(_ url: String) -> DocumentResult {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(client.timeout * 1e9)
        func remaining() -> Double {
            let now = DispatchTime.now().uptimeNanoseconds
            return now >= deadline ? 0 : Double(deadline - now) / 1e9
        }
        if markdownVariants {
            variants: for candidate in MarkdownVariants.candidates(for: url, profile: profile) {
                switch client.get(candidate, within: remaining()) {
                case .success(let response) where (200..<300).contains(response.status) && !Self.isHTML(response.contentType):
                    return .document(response.body, fetchedFrom: response.finalURL)
                case .success:
                    // No Markdown copy (404, or an HTML fallback page): try the next, then the page.
                    continue
                case .failure(.tooLarge(let size)):
                    return .failure(tooLarge(candidate, size))
                case .failure:
                    // The server is slow or unreachable: spend what is left on the page itself.
                    break variants
                }
            }
        }
        switch client.get(url, within: remaining()) {
        case .success(let response):
            switch response.status {
            case 200..<300:
                return .document(response.body, fetchedFrom: response.finalURL == url ? nil : response.finalURL)
            case 404, 410:
                return .failure(DocumentFailure(.notFound, "HTTP \(response.status) from \(response.finalURL)", status: response.status))
            case 300..<400:
                return .failure(DocumentFailure(.httpError, "HTTP \(response.status) from \(response.finalURL) without a usable Location", status: response.status))
            default:
                return .failure(DocumentFailure(.httpError, "HTTP \(response.status) from \(response.finalURL)", status: response.status))
            }
        case .failure(.timeout):
            return .failure(DocumentFailure(.timeout, "no complete answer from \(url) within \(Self.seconds(client.timeout)) (\(option: .timeout))"))
        case .failure(.tooLarge(let size)):
            return .failure(tooLarge(url, size))
        case .failure(.redirectLoop):
            return .failure(DocumentFailure(.redirectLoop, "more than \(client.maxRedirects) redirects from \(url) (a redirect loop?)"))
        case .failure(.transport(let reason)):
            return .failure(DocumentFailure(.readError, "cannot read \(url): \(reason)"))
        }
    }

    private func tooLarge(_ url: String, _ size: Int64?) -> DocumentFailure {
        let what = size.map { "is \($0) bytes" } ?? "is larger"
        return DocumentFailure(.tooLarge, "\(url) \(what), over the \(client.maxBytes)-byte cap (\(option: .maxBytes))")
    }

    private static func isHTML(_ contentType: String?) -> Bool {
        guard let contentType else { return false }
        let lowered = contentType.lowercased()
        return lowered.hasPrefix("text/html") || lowered.hasPrefix("application/xhtml")
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
