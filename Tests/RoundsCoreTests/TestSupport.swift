import RoundsCore
import Testing

// Short constructors so test tables stay readable; each fails the test rather than crashing.

func date(_ text: String) throws -> LocalDate { try LocalDate(parsing: text) }

func dateTime(_ text: String) throws -> LocalDateTime { try LocalDateTime(parsing: text) }

func email(_ text: String) throws -> EmailAddress { try EmailAddress(text) }

func roundID(_ number: Int) throws -> RoundID { try #require(RoundID(number: number)) }

/// The error a throwing closure raised, when it is a `RoundsCoreError`.
func coreError(_ body: () throws -> Void) -> RoundsCoreError? {
    do {
        try body()
        return nil
    } catch let error as RoundsCoreError {
        return error
    } catch {
        return nil
    }
}
