// The CLI sees the core's values (diagnostics, reporters, rules) through the kit.
@_exported import RulesmithCore
