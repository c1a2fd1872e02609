import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes the connection once a response carrying `Connection: close` has been written.
///
/// Hummingbird keeps a connection open after any response unless the *request* asked to close
/// it, and drains whatever body the client goes on sending. For a body over the limit (413)
/// that would let a client keep pouring bytes in; the error page says `Connection: close`
/// (AccessLogMiddleware) and this handler, in the channel pipeline after the HTTP codec,
/// closes the connection when that response's last part is out.
final class CloseAfterResponse: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// True between the head of a response that says `Connection: close` and its end.
    private var closing = false

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            closing = head.headerFields[.connection]?.lowercased() == "close"
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            guard closing else {
                context.write(data, promise: promise)
                return
            }
            closing = false
            let written = context.eventLoop.makePromise(of: Void.self)
            let channel = context.channel
            written.futureResult.whenComplete { _ in channel.close(promise: nil) }
            if let promise { written.futureResult.cascade(to: promise) }
            context.writeAndFlush(data, promise: written)
        }
    }
}
