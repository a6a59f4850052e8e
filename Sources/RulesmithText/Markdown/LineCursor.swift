/// A position inside one line that understands tab stops, for CommonMark's column rules.
struct LineCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    var offset: Int
    /// Virtual column (tabs advance to the next multiple of 4).
    var column: Int
    /// Columns of a partially consumed tab still owed to the content.
    var pendingTabColumns: Int = 0

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
        self.bytes = bytes
        self.end = end
        offset = start
        column = 0
    }

    var isAtEnd: Bool { offset >= end }
    var current: UInt8? { offset < end ? bytes[offset] : nil }

    func byte(at index: Int) -> UInt8? { index < end ? bytes[index] : nil }

    /// Spaces (tab-expanded) from here to the first non-blank character, without moving.
    func indentation() -> (columns: Int, firstNonBlank: Int) {
        var columns = pendingTabColumns
        var index = offset
        var col = column
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 {
                columns += 1
                col += 1
            } else if byte == 0x09 {
                let width = 4 - (col % 4)
                columns += width
                col += width
            } else {
                break
            }
            index += 1
        }
        return (columns, index)
    }

    /// Whether the rest of the line is only spaces and tabs.
    func restIsBlank() -> Bool {
        var index = offset
        while index < end {
            let byte = bytes[index]
            if byte != 0x20 && byte != 0x09 { return false }
            index += 1
        }
        return true
    }

    /// Consumes up to `count` columns of indentation (splitting a tab when needed).
    mutating func advanceColumns(_ count: Int) {
        var remaining = count
        if pendingTabColumns > 0 {
            let used = min(pendingTabColumns, remaining)
            pendingTabColumns -= used
            remaining -= used
        }
        while remaining > 0, offset < end {
            let byte = bytes[offset]
            if byte == 0x20 {
                offset += 1
                column += 1
                remaining -= 1
            } else if byte == 0x09 {
                let width = 4 - (column % 4)
                offset += 1
                column += width
                if width > remaining {
                    pendingTabColumns = width - remaining
                    remaining = 0
                } else {
                    remaining -= width
                }
            } else {
                break
            }
        }
    }

    /// Consumes all indentation.
    mutating func skipIndentation() {
        pendingTabColumns = 0
        while offset < end {
            let byte = bytes[offset]
            if byte == 0x20 {
                column += 1
            } else if byte == 0x09 {
                column += 4 - (column % 4)
            } else {
                break
            }
            offset += 1
        }
    }

    /// Moves past one non-whitespace byte.
    mutating func advanceByte() {
        pendingTabColumns = 0
        offset += 1
        column += 1
    }
}
