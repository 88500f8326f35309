import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange: what the Notify client needs of the network, so tests and the stand-in
/// can be reached the same way as the real service.
public struct HTTPExchange: Sendable {
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: [UInt8]
    }

    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: [UInt8]?
}

public protocol HTTPTransport: Sendable {
    /// The response, or a thrown error when none arrived (refused, reset, timed out): then the
    /// request may or may not have reached the server.
    func perform(_ exchange: HTTPExchange) throws -> HTTPExchange.Response
}

/// HTTPS (and plain HTTP to a local stand-in) through Foundation's URLSession, one call at a time.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
    private let session: URLSession

    public init(timeoutSeconds: Double = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeoutSeconds
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    public struct NoResponse: Error, CustomStringConvertible {
        public var description: String
    }

    public func perform(_ exchange: HTTPExchange) throws -> HTTPExchange.Response {
        var request = URLRequest(url: exchange.url)
        request.httpMethod = exchange.method
        for (name, value) in exchange.headers { request.setValue(value, forHTTPHeaderField: name) }
        if let body = exchange.body { request.httpBody = Data(body) }
        final class Box: @unchecked Sendable { var result: Result<HTTPExchange.Response, NoResponse>? }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        session.dataTask(with: request) { data, response, error in
            if let http = response as? HTTPURLResponse {
                var headers: [String: String] = [:]
                for (name, value) in http.allHeaderFields { headers[String(describing: name).lowercased()] = String(describing: value) }
                box.result = .success(.init(status: http.statusCode, headers: headers, body: [UInt8](data ?? Data())))
            } else {
                box.result = .failure(NoResponse(description: error?.localizedDescription ?? "no response"))
            }
            done.signal()
        }.resume()
        done.wait()
        return try box.result!.get()
    }
}
