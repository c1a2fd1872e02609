#if os(Linux)
    import CPrintfHooks
    import Foundation
    import Testing

    /// CBC loads libquadmath, whose printf hooks would slow every printf in the process
    /// (docs/design.md, "printf hooks"); `CPrintfHooks` refuses them (glibc only).
    @Suite("printf hooks")
    struct PrintfHooksTests {
        @Test("libquadmath's registration reached our definitions and was refused")
        func libquadmathRegistrationIsRefused() {
            // libquadmath is loaded here only through CBC's LAPACK; without it there is
            // nothing to refuse, and the test says so rather than passing.
            #expect(dlopen("libquadmath.so.0", RTLD_NOW | RTLD_NOLOAD) != nil)
            #expect(rounds_printf_hooks_refused() >= 1)
        }

        @Test("printf still formats as before")
        func printfStillFormats() {
            var buffer = [CChar](repeating: 0, count: 32)
            let written = withVaList([2026, 12, 6]) { arguments in
                vsnprintf(&buffer, buffer.count, "%04d%02d%02dT", arguments)
            }
            #expect(written == 9)
            let text = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            #expect(String(decoding: text, as: UTF8.self) == "20261206T")
        }
    }
#endif
