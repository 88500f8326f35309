#!/usr/bin/env python3
"""A GOV.UK Notify stand-in for tests and demos: API v2 on 127.0.0.1, nothing delivered.

It checks the bearer token as Notify does (HS256 JWT, iss = service id, iat within 30 seconds,
signed with the key's secret), validates request bodies, answers with Notify's shapes and error
bodies, moves notifications through statuses over time, and can be told to fail.

    python3 notify_stand_in.py --key KEY [--key-type live|team|test] [--port 0] [--rate-limit 3000] [--step 2]

Prints "PORT <n>" once listening. Control (no token needed, for tests only):
    POST /_control {"fail_next": N, "fail_status": 400|500|503|429|"drop"}   fail the next N API calls
    POST /_control {"final_status": {"<reference>": "validation-failed"}} where a letter's statuses end
    GET  /_control/notifications                                          everything received
"""
import argparse, base64, binascii, hashlib, hmac, json, re, sys, threading, time, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LETTER_STEPS = ["pending-virus-check", "accepted", "received"]
SMS_STEPS = ["created", "sending", "delivered"]
UUID_RE = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        key = args.key.strip()
        self.service_id, self.secret = key[-73:-37], key[-36:]
        self.key_type = args.key_type
        self.rate_limit = args.rate_limit
        self.step = args.step
        self.requests = []
        self.notifications = []
        self.fail_next = 0
        self.fail_status = 500
        self.final_status = {}


def b64url_decode(part):
    if not re.fullmatch(r"[A-Za-z0-9_-]*", part):
        raise ValueError("bad base64url")
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def check_token(state, header):
    """Notify's rules (notifications-python-client decode_jwt_token and the API's auth)."""
    if not header or not header.startswith("Bearer "):
        return "Unauthorized: authentication token must be provided"
    token = header[len("Bearer "):].strip()
    parts = token.split(".")
    if len(parts) != 3:
        return "Invalid token: signature, api token not found"
    try:
        head = json.loads(b64url_decode(parts[0]))
        claims = json.loads(b64url_decode(parts[1]))
        signature = b64url_decode(parts[2])
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return "Invalid token: signature, api token not found"
    if not isinstance(head, dict) or head.get("alg") != "HS256" or head.get("typ") != "JWT":
        return "Invalid token: algorithm used is not HS256"
    if not isinstance(claims, dict) or "iss" not in claims:
        return "Invalid token: iss field not provided"
    if "iat" not in claims or not isinstance(claims["iat"], int):
        return "Invalid token: iat field not provided"
    if claims["iss"] != state.service_id:
        return "Invalid token: service not found"
    expected = hmac.new(state.secret.encode(), (parts[0] + "." + parts[1]).encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, signature):
        return "Invalid token: signature, api token not found"
    if abs(int(time.time()) - claims["iat"]) > 30:
        return "Error: Your system clock must be accurate to within 30 seconds"
    return None


def status_now(state, n):
    steps = LETTER_STEPS if n["type"] == "letter" else SMS_STEPS
    index = min(int((time.time() - n["created"]) / state.step), len(steps) - 1) if state.step > 0 else len(steps) - 1
    final = state.final_status.get(n["reference"])
    if final and index >= 1:
        return final
    return steps[index]


def public(state, n):
    out = {"id": n["id"], "reference": n["reference"], "type": n["type"], "status": status_now(state, n),
           "postage": n.get("postage"), "created_at": time.strftime("%Y-%m-%dT%H:%M:%S.000000Z", time.gmtime(n["created"]))}
    if n["type"] == "sms":
        out["phone_number"] = n["recipient"]
    elif n["type"] == "email":
        out["email_address"] = n["recipient"]
    if "template_id" in n:
        out["template"] = {"id": n["template_id"], "version": 1}
        out["personalisation"] = n["personalisation"]
    return out


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "notify-stand-in"

    def log_message(self, *args):
        pass

    def reply(self, code, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def error(self, code, kind, message, headers=None):
        self.reply(code, {"status_code": code, "errors": [{"error": kind, "message": message}]}, headers)

    def body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def do_GET(self):
        self.handle_api("GET", b"")

    def do_POST(self):
        self.handle_api("POST", self.body())

    def handle_api(self, method, raw):
        state = self.server.state
        path, _, query = self.path.partition("?")
        if path.startswith("/_control"):
            return self.control(method, path, raw)
        auth = check_token(state, self.headers.get("Authorization"))
        if auth:
            return self.error(403, "AuthError", auth)
        with state.lock:
            now = time.time()
            state.requests = [t for t in state.requests if t > now - 60]
            if state.rate_limit and len(state.requests) >= state.rate_limit:
                return self.error(429, "RateLimitError",
                                  "Exceeded rate limit for key type %s of %d requests per 60 seconds" % (state.key_type.upper(), state.rate_limit),
                                  {"Retry-After": "1"})
            state.requests.append(now)
            failing = None
            if state.fail_next > 0:
                state.fail_next -= 1
                failing = state.fail_status
        if failing == 429:
            return self.error(429, "RateLimitError", "Exceeded rate limit for key type %s of %d requests per 60 seconds"
                              % (state.key_type.upper(), state.rate_limit or 3000), {"Retry-After": "1"})
        if failing == 400:
            return self.error(400, "ValidationError", "Letter content is not a valid PDF")
        if failing in (500, 502, 503):
            return self.error(failing, "Exception" if failing == 500 else "ServiceUnavailable", "Internal server error")
        if method == "GET":
            return self.get(path, query)
        try:
            body = json.loads(raw or b"null")
        except ValueError:
            return self.error(400, "BadRequestError", "Invalid JSON supplied in POST data")
        if not isinstance(body, dict):
            return self.error(400, "BadRequestError", "Invalid JSON supplied in POST data")
        if path == "/v2/notifications/letter":
            result = self.letter(body)
        elif path in ("/v2/notifications/sms", "/v2/notifications/email"):
            result = self.template_message(path.rsplit("/", 1)[1], body)
        else:
            return self.error(404, "NoResultFound", "No result found")
        if result is None:
            return
        if failing == "drop":       # Notify took it, but the answer is lost on the way back
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self.reply(201, result)

    def letter(self, body):
        state = self.server.state
        if state.key_type == "team":
            return self.error(403, "BadRequestError", "Cannot send letters with a team api key")
        if "reference" not in body:
            return self.error(400, "ValidationError", "reference is a required property")
        if "content" not in body:
            return self.error(400, "ValidationError", "content is a required property")
        postage = body.get("postage", "second")
        if postage not in ("first", "second", "economy"):
            return self.error(400, "ValidationError", "postage invalid. It must be first, second or economy.")
        try:
            pdf = base64.b64decode(body["content"], validate=True)
        except (binascii.Error, TypeError, ValueError):
            return self.error(400, "ValidationError", "Cannot decode letter content (file) from base64 encoding")
        if not pdf.startswith(b"%PDF-"):
            return self.error(400, "ValidationError", "Letter content is not a valid PDF")
        if len(pdf) > 2 * 1024 * 1024:
            return self.error(400, "ValidationError", "Letter content exceeds the 2MB limit")
        n = {"id": str(uuid.uuid4()), "reference": body["reference"], "type": "letter", "postage": postage,
             "created": time.time(), "bytes": len(pdf)}
        with state.lock:
            state.notifications.append(n)
        return {"id": n["id"], "reference": n["reference"], "postage": postage}

    def template_message(self, kind, body):
        state = self.server.state
        field = "phone_number" if kind == "sms" else "email_address"
        for name in (field, "template_id"):
            if name not in body:
                return self.error(400, "ValidationError", "%s is a required property" % name)
        if not UUID_RE.match(str(body["template_id"])):
            return self.error(400, "ValidationError", "template_id is not a valid UUID")
        if kind == "sms" and not re.fullmatch(r"(\+?44|0)7\d{9}", re.sub(r"[\s()-]", "", str(body[field]))):
            return self.error(400, "ValidationError", "phone_number Not a UK mobile number")
        if kind == "email" and not re.fullmatch(r"[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", str(body[field])):
            return self.error(400, "ValidationError", "email_address Not a valid email address")
        personalisation = body.get("personalisation", {})
        if not isinstance(personalisation, dict) or not all(isinstance(v, str) for v in personalisation.values()):
            return self.error(400, "ValidationError", "personalisation is not of type object")
        if "reference" in body and not isinstance(body["reference"], str):
            return self.error(400, "ValidationError", "reference is not of type string")
        n = {"id": str(uuid.uuid4()), "reference": body.get("reference"), "type": kind, "created": time.time(),
             "recipient": body[field], "template_id": body["template_id"], "personalisation": personalisation}
        with state.lock:
            state.notifications.append(n)
        return {"id": n["id"], "reference": n["reference"], "content": {}, "template": {"id": body["template_id"], "version": 1}}

    def get(self, path, query):
        state = self.server.state
        if path == "/v2/notifications":
            params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
            from urllib.parse import unquote
            reference = unquote(params["reference"]) if "reference" in params else None
            with state.lock:
                found = [public(state, n) for n in reversed(state.notifications) if reference is None or n["reference"] == reference]
            return self.reply(200, {"notifications": found, "links": {"current": path}})
        match = re.fullmatch(r"/v2/notifications/([^/]+)", path)
        if match:
            if not UUID_RE.match(match.group(1)):
                return self.error(400, "ValidationError", "notification_id is not a valid UUID")
            with state.lock:
                for n in state.notifications:
                    if n["id"] == match.group(1):
                        return self.reply(200, public(state, n))
        return self.error(404, "NoResultFound", "No result found")

    def control(self, method, path, raw):
        state = self.server.state
        if method == "GET" and path == "/_control/notifications":
            with state.lock:
                return self.reply(200, {"notifications": [public(state, n) for n in state.notifications]})
        body = json.loads(raw or b"{}")
        with state.lock:
            if "fail_next" in body:
                state.fail_next = int(body["fail_next"])
                state.fail_status = body.get("fail_status", 500)
            state.final_status.update(body.get("final_status", {}))
            if "rate_limit" in body:
                state.rate_limit = int(body["rate_limit"])
        self.reply(200, {"ok": True})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", required=True)
    parser.add_argument("--key-type", default="live", choices=["live", "team", "test"])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--rate-limit", type=int, default=3000, help="requests per 60 seconds; 0 for none")
    parser.add_argument("--step", type=float, default=2.0, help="seconds between status changes")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
