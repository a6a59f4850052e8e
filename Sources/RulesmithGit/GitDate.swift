// Parsing the date formats git accepts most often in GIT_AUTHOR_DATE / GIT_COMMITTER_DATE: git's
// internal "<seconds> <+hhmm>" (optionally with '@'), and ISO 8601 "YYYY-MM-DD[T ]HH:MM:SS<zone>".
// git's other, free-form formats are refused rather than guessed.

/// A parsed commit date: seconds since 1970 UTC and the zone offset in minutes.
struct GitDate: Equatable {
    let seconds: Int64
    let offsetMinutes: Int32

    static func parse(_ text: String) -> GitDate? {
        let bytes = Array(text.utf8)
        return parseRaw(bytes) ?? parseISO(bytes)
    }

    /// "1112911993 +0200", "@1112911993 +0200" or "@1112911993".
    private static func parseRaw(_ bytes: [UInt8]) -> GitDate? {
        var scanner = Scanner(bytes)
        let at = scanner.take(UInt8(ascii: "@"))
        guard let seconds = scanner.number(minDigits: 1, maxDigits: 18) else { return nil }
        if scanner.atEnd { return at ? GitDate(seconds: seconds, offsetMinutes: 0) : nil }
        guard scanner.take(UInt8(ascii: " ")), let offset = scanner.zone(colon: false), scanner.atEnd else { return nil }
        return GitDate(seconds: seconds, offsetMinutes: offset)
    }

    /// "2005-04-07T22:13:13+02:00", "2005-04-07 22:13:13 +0200", "2005-04-07T22:13:13Z".
    private static func parseISO(_ bytes: [UInt8]) -> GitDate? {
        var scanner = Scanner(bytes)
        guard let year = scanner.number(minDigits: 4, maxDigits: 4), scanner.take(UInt8(ascii: "-")),
              let month = scanner.number(minDigits: 2, maxDigits: 2), scanner.take(UInt8(ascii: "-")),
              let day = scanner.number(minDigits: 2, maxDigits: 2),
              scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
              let hour = scanner.number(minDigits: 2, maxDigits: 2), scanner.take(UInt8(ascii: ":")),
              let minute = scanner.number(minDigits: 2, maxDigits: 2), scanner.take(UInt8(ascii: ":")),
              let second = scanner.number(minDigits: 2, maxDigits: 2),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        _ = scanner.take(UInt8(ascii: " "))
        let offset: Int32
        if scanner.take(UInt8(ascii: "Z")) {
            offset = 0
        } else if let zone = scanner.zone(colon: true) {
            offset = zone
        } else {
            return nil
        }
        guard scanner.atEnd else { return nil }
        let local = daysFromCivil(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
        return GitDate(seconds: local - Int64(offset) * 60, offsetMinutes: offset)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { position == bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func number(minDigits: Int, maxDigits: Int) -> Int64? {
            var value: Int64 = 0
            var digits = 0
            while position < bytes.count, digits < maxDigits,
                  (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                value = value * 10 + Int64(bytes[position] - UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            return digits >= minDigits ? value : nil
        }

        /// "+hhmm", or "+hh:mm" when `colon` (which also accepts "+hhmm").
        mutating func zone(colon: Bool) -> Int32? {
            let sign: Int32
            if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return nil }
            guard let hours = number(minDigits: 2, maxDigits: 2) else { return nil }
            if colon { _ = take(UInt8(ascii: ":")) }
            guard let minutes = number(minDigits: 2, maxDigits: 2), hours < 24, minutes < 60 else { return nil }
            return sign * Int32(hours * 60 + minutes)
        }
    }
}
