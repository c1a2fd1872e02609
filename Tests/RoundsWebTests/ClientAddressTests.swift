import RoundsWeb
import Testing

/// Which address a rate limit counts: the connecting one, or behind a trusted proxy the
/// right-most address of `X-Forwarded-For` that no trusted proxy vouches for.
@Suite struct ClientAddressTests {
    let nginx: Set<String> = ["127.0.0.1", "::1"]

    @Test func withoutATrustedProxyTheConnectingAddressCounts() {
        #expect(
            ClientAddress.resolve(peer: "10.0.0.7", forwardedFor: ["1.2.3.4"], trusted: [])
                == "10.0.0.7")
        // A header from a client that is not a trusted proxy is ignored.
        #expect(
            ClientAddress.resolve(peer: "10.0.0.7", forwardedFor: ["1.2.3.4"], trusted: nginx)
                == "10.0.0.7")
    }

    @Test func behindATrustedProxyTheRightMostUntrustedAddressCounts() {
        #expect(
            ClientAddress.resolve(peer: "127.0.0.1", forwardedFor: ["10.1.2.3"], trusted: nginx)
                == "10.1.2.3")
        // A client that sends its own header cannot choose its address: nginx appends the one
        // it saw, and that is the right-most.
        #expect(
            ClientAddress.resolve(
                peer: "127.0.0.1", forwardedFor: ["6.6.6.6, 10.1.2.3"], trusted: nginx)
                == "10.1.2.3")
        // Two proxies: the second trusted hop is skipped; repeated headers join in order.
        #expect(
            ClientAddress.resolve(
                peer: "127.0.0.1", forwardedFor: ["6.6.6.6", "10.1.2.3 , ::1"], trusted: nginx)
                == "10.1.2.3")
    }

    @Test func aTrustedProxyWithoutTheHeaderCountsAsItself() {
        #expect(ClientAddress.resolve(peer: "::1", forwardedFor: [], trusted: nginx) == "::1")
        #expect(ClientAddress.resolve(peer: "::1", forwardedFor: [" , "], trusted: nginx) == "::1")
        #expect(
            ClientAddress.resolve(peer: "::1", forwardedFor: ["127.0.0.1"], trusted: nginx)
                == "127.0.0.1")
    }
}
