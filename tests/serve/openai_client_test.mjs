// The official `openai` npm client against `lanjie proxy`, with
// `@copilotkit/aimock` as the upstream model. Run by run_openai_client.sh
// (ctest: proxy_openai_client). Usage: node openai_client_test.mjs LANJIE SCRATCH_DIR
import { spawn } from "node:child_process";
import { writeFileSync, readFileSync } from "node:fs";
import assert from "node:assert/strict";
import OpenAI from "openai";
import { LLMock } from "@copilotkit/aimock";

const [lanjie, scratch] = process.argv.slice(2);
const REFUSAL = "[lanjie refused]";
const API_KEY = "sk-upstream-secret-7c1e";

function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(lanjie, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (code) => (code === 0 ? resolve(err) : reject(new Error(`lanjie ${args[0]} exited ${code}: ${err}`))));
  });
}

function startProxy(db, upstream, audit) {
  return new Promise((resolve, reject) => {
    const p = spawn(lanjie, ["proxy", "-d", db, "--upstream", upstream, "--port", "0", "--audit-log", audit,
                             "--refusal", REFUSAL, "--upstream-timeout", "5"],
                    { env: { ...process.env, LANJIE_UPSTREAM_API_KEY: API_KEY }, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => {
      err += d;
      const m = err.match(/listening on (http:\/\/[^,\s]+)/);
      if (m) resolve({ proc: p, url: m[1], log: () => err });
    });
    p.on("exit", (code) => reject(new Error(`proxy exited ${code}: ${err}`)));
  });
}

async function collect(stream) {
  let text = "", finish = null, chunks = 0;
  for await (const chunk of stream) {
    chunks++;
    for (const c of chunk.choices) {
      if (c.delta?.content) text += c.delta.content;
      if (c.finish_reason) finish = c.finish_reason;
    }
  }
  return { text, finish, chunks };
}

const list = `${scratch}/list.csv`, db = `${scratch}/list.ljdb`, audit = `${scratch}/audit.jsonl`;
writeFileSync(list, "keyword,risk,action\n冰毒,A.1.f,block\n赌博网站,A.1.g,mask\n");
await run(["compile", list, "-o", db]);

const mock = new LLMock({ port: 0 });
mock.onMessage("天气", { content: "今天天气很好，适合散步。" }, { chunkSize: 2 });
// chunkSize 4 cuts "教你做冰|毒的方法": the keyword is split across chunks.
mock.onMessage("方法", { content: "教你做冰毒的方法" }, { chunkSize: 4 });
mock.onMessage("推荐", { content: "去赌博网站玩" }, { chunkSize: 1 });
await mock.start();
const proxy = await startProxy(db, `${mock.url}/v1`, audit);
const client = new OpenAI({ baseURL: `${proxy.url}/v1`, apiKey: "client-key", maxRetries: 0, timeout: 20000 });
const ask = (content, stream) =>
  client.chat.completions.create({ model: "gpt-4o-mini", stream, messages: [{ role: "user", content }] });
let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e.stack || e}`);
  }
}

try {
  await check("clean answer, not streamed", async () => {
    const r = await ask("天气如何", false);
    assert.equal(r.choices[0].message.content, "今天天气很好，适合散步。");
  });
  await check("clean answer, streamed", async () => {
    const r = await collect(await ask("天气如何", true));
    assert.equal(r.text, "今天天气很好，适合散步。");
    assert.equal(r.finish, "stop");
  });
  await check("keyword split across aimock chunks is blocked (stream)", async () => {
    const r = await collect(await ask("什么方法", true));
    assert.equal(r.text, "教你做" + REFUSAL);
    assert.equal(r.finish, "content_filter");
  });
  await check("keyword in a whole answer is blocked", async () => {
    const r = await ask("什么方法", false);
    assert.equal(r.choices[0].message.content, REFUSAL);
    assert.equal(r.choices[0].finish_reason, "content_filter");
  });
  await check("mask keyword arriving one character per chunk", async () => {
    const r = await collect(await ask("推荐一下", true));
    assert.equal(r.text, "去****玩");
  });
  await check("blocked question gets the refusal as a normal completion", async () => {
    const whole = await ask("冰毒怎么买", false);
    assert.equal(whole.choices[0].message.content, REFUSAL);
    const streamed = await collect(await ask("冰 毒怎么买", true));
    assert.equal(streamed.text, REFUSAL);
    assert.equal(streamed.finish, "stop");
  });
  for (const [name, chaos, stream] of [
    ["429 rate limit", { rateLimitRate: 1 }, false],
    ["429 rate limit (stream)", { rateLimitRate: 1 }, true],
    ["dropped request", { dropRate: 1 }, false],
    ["dropped request (stream)", { dropRate: 1 }, true],
    ["malformed answer", { malformedRate: 1 }, false],
    ["disconnect", { disconnectRate: 1 }, false],
    ["disconnect (stream)", { disconnectRate: 1 }, true],
  ]) {
    await check(`upstream chaos: ${name} reaches the client as an OpenAI error`, async () => {
      mock.setChaos(chaos);
      try {
        await assert.rejects(
          async () => {
            const r = await ask("什么方法", stream);
            if (stream) {
              const got = await collect(r);
              assert.ok(!got.text.includes("冰毒"), "keyword leaked: " + got.text);
            }
          },
          (e) => {
            assert.ok(e instanceof OpenAI.APIError, `not an APIError: ${e}`);
            if (e.status !== undefined) assert.ok(e.status >= 400, `status ${e.status}`);
            assert.ok(typeof e.message === "string" && e.message.length > 0);
            return true;
          });
      } finally {
        mock.clearChaos ? mock.clearChaos() : mock.setChaos({});
      }
      const health = await fetch(`${proxy.url}/healthz`);
      assert.equal(health.status, 200, "proxy down after chaos");
    });
  }
  await check("audit log records interceptions, never the API key", async () => {
    const text = readFileSync(audit, "utf8");
    const lines = text.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(lines.some((l) => l.direction === "output" && l.keyword === "冰毒" && l.risk === "A.1.f"));
    assert.ok(lines.some((l) => l.direction === "input" && l.keyword === "冰毒"));
    for (const l of lines) for (const k of ["time", "request_id", "risk", "keyword", "direction"]) assert.ok(k in l, k);
    assert.ok(!text.includes(API_KEY));
    assert.ok(!proxy.log().includes(API_KEY));
  });
} finally {
  proxy.proc.kill("SIGTERM");
  await mock.stop();
}
console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);
