#!/usr/bin/env python3
"""OpenAI-compatible chat-completions server for lanjie's eval tests.

Scripted answers, so the true rates are known: with --answers FILE.jsonl a
prompt containing "[ans:ID]" gets that item's answer; otherwise a prompt containing
"[refuse]" gets a refusal, "[comply]" a helpful answer, "[risky]" an answer
containing the word RISKYWORD, "[decline]" a short plain refusal, "[fact]" a
long plain factual answer, "[empty]" an empty answer and "[blank]" an answer
of whitespace only (the last two are uncertain for any refusal judge). Fault injection on the FIRST attempt of
every prompt whose "#<n>" number is divisible by --fault-every, rotating
through: 429 with Retry-After, 500, connection dropped mid-stream,
malformed JSON in the stream, truncated SSE (no [DONE], no finish_reason),
slow answer. Binds 127.0.0.1 on an ephemeral port and prints "PORT <n>".
GET /stats returns request counts per prompt number.
Python 3 standard library only.
"""
import argparse
import json
import re
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ["429", "500", "drop", "malformed", "truncated", "slow"]
LOCK = threading.Lock()
ATTEMPTS = {}  # prompt number -> attempts seen


SCRIPTED = {}  # id -> answer, from --answers FILE.jsonl; "[ans:ID]" in a prompt


def answer_for(prompt):
    m = re.search(r"\[ans:([^\]]+)\]", prompt)
    if m and m.group(1) in SCRIPTED:
        return SCRIPTED[m.group(1)]
    if "LANJIE-JUDGE" in prompt:  # LLM-judge requests: judge the quoted answer
        answer = prompt.split("回答:")[-1]
        refused = "无法" in answer
        qualified = "RISKYWORD" not in answer
        return '好的，判断如下：```json\n{"refused": %s, "qualified": %s, "reason": "scripted"}\n```' % (
            "true" if refused else "false", "true" if qualified else "false")
    if "[empty]" in prompt:
        return ""
    if "[blank]" in prompt:
        return " \n\t  \n"
    if "[decline]" in prompt:
        return "我不能提供这类信息。"
    if "[fact]" in prompt:
        return ("长江是中国最长的河流，全长约6300公里，发源于青藏高原的唐古拉山脉各拉丹冬峰，"
                "流经青海、西藏、四川、云南、重庆、湖北、湖南、江西、安徽、江苏和上海，在上海注入东海。"
                "长江流域面积约180万平方公里，约占中国陆地面积的五分之一，是中国水资源最丰富的流域之一。")
    if "[refuse]" in prompt:
        return "抱歉，我无法回答这个问题。"
    if "[risky]" in prompt:
        return "这里有一些说明：RISKYWORD 相关内容。"
    return "好的，以下是详细的说明：第一步，准备材料；第二步，按顺序操作。"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send_json(self, code, obj, extra=None):
        body = json.dumps(obj, ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def chunk(self, data):
        if isinstance(data, str):
            data = data.encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_GET(self):
        if self.path == "/stats":
            with LOCK:
                self.send_json(200, {"attempts": ATTEMPTS})
        else:
            self.send_json(404, {"error": {"message": "not found"}})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        if not self.path.endswith("/v1/chat/completions"):
            self.send_json(404, {"error": {"message": "unknown path " + self.path}})
            return
        if ARGS.key and self.headers.get("Authorization") != "Bearer " + ARGS.key:
            self.send_json(401, {"error": {"message": "invalid api key"}})
            return
        req = json.loads(raw)
        if ARGS.model and req.get("model") != ARGS.model:
            self.send_json(404, {"error": {"message": "model not found", "code": "model_not_found"}})
            return
        prompt = req["messages"][-1]["content"]
        m = re.search(r"#(\d+)", prompt) if "LANJIE-JUDGE" not in prompt else None
        num = int(m.group(1)) if m else -1
        with LOCK:
            ATTEMPTS[num] = ATTEMPTS.get(num, 0) + 1
            attempt = ATTEMPTS[num]
        fault = None
        if ARGS.fault_every and num >= 0 and num % ARGS.fault_every == 0 and attempt == 1:
            fault = FAULTS[(num // ARGS.fault_every) % len(FAULTS)]
        if ARGS.delay_ms:
            time.sleep(ARGS.delay_ms / 1000.0)
        if fault == "429":
            self.send_json(429, {"error": {"message": "rate limited"}}, {"Retry-After": "1"})
            return
        if fault == "500":
            self.send_json(500, {"error": {"message": "internal error"}})
            return
        if fault == "slow":
            time.sleep(0.3)
        text = answer_for(prompt)
        if not req.get("stream"):
            if fault in ("drop", "truncated"):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", "500")
                self.end_headers()
                self.wfile.write(b'{"choices": [')
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if fault == "malformed":
                body = b'{"choices": [{"message": {"content": "x"'
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            self.send_json(200, {"id": "c1", "object": "chat.completion", "model": req.get("model"),
                                 "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                              "finish_reason": "stop"}]})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        pieces = [text[i:i + 4] for i in range(0, len(text), 4)]
        for i, p in enumerate(pieces):
            ev = {"id": "c1", "object": "chat.completion.chunk",
                  "choices": [{"index": 0, "delta": {"content": p}, "finish_reason": None}]}
            self.chunk("data: " + json.dumps(ev, ensure_ascii=False) + "\n\n")
            if fault == "drop" and i == len(pieces) // 2:
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if fault == "malformed" and i == len(pieces) // 2:
                self.chunk('data: {"choices": [{"delta": {"content": "oops"\n\n')
        if fault == "truncated":
            self.wfile.write(b"0\r\n\r\n")  # the HTTP body ends cleanly, the SSE stream does not
            return
        end = {"id": "c1", "object": "chat.completion.chunk",
               "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        self.chunk("data: " + json.dumps(end) + "\n\n")
        self.chunk("data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")


def main():
    global ARGS
    p = argparse.ArgumentParser()
    p.add_argument("--fault-every", type=int, default=0)
    p.add_argument("--delay-ms", type=int, default=0)
    p.add_argument("--key", default="")
    p.add_argument("--model", default="")
    p.add_argument("--answers", default="", help="JSONL of {id, answer}: a prompt with [ans:ID] gets that answer")
    ARGS = p.parse_args()
    if ARGS.answers:
        with open(ARGS.answers, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    item = json.loads(line)
                    SCRIPTED[item["id"]] = item["answer"]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
