internal import CICU

/// Maps the Windows time-zone names found in Outlook and Exchange exports to IANA names.
///
/// ICU carries the Unicode CLDR mapping, so nobody keeps a table by hand here.
public enum WindowsZoneNames {
    /// The IANA zone for a Windows zone name, such as `Europe/London` for
    /// `GMT Standard Time`; nil when ICU does not know the name.
    ///
    /// `region` picks a country's zone where one Windows zone covers several (`US` for
    /// `Eastern Standard Time` gives `America/New_York`); nil gives CLDR's main zone.
    public static func ianaIdentifier(for windowsName: String, region: String? = nil) -> String? {
        let name = Array(windowsName.utf16)
        guard !name.isEmpty, name.count < 256 else { return nil }
        var result = [UInt16](repeating: 0, count: 128)
        var status: Int32 = 0
        let length = name.withUnsafeBufferPointer { input in
            result.withUnsafeMutableBufferPointer { output in
                if let region {
                    return region.withCString { regionCode in
                        rounds_icu_timezone_id_for_windows_id(
                            input.baseAddress, Int32(input.count), regionCode,
                            output.baseAddress, Int32(output.count), &status)
                    }
                }
                return rounds_icu_timezone_id_for_windows_id(
                    input.baseAddress, Int32(input.count), nil,
                    output.baseAddress, Int32(output.count), &status)
            }
        }
        // ICU signals failure with a status above U_ZERO_ERROR and "not found" with length 0.
        guard status <= 0, length > 0, length <= result.count else {
            return nil
        }
        return String(decoding: result[0..<Int(length)], as: UTF16.self)
    }
}
