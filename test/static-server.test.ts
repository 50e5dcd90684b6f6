import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createStaticHandler } from "../scripts/static-server.cjs";

/** The dist/ server behind npm start and the browser tests. */

let base: string;
let server: Server;
let port: number;

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "presend-static-"));
  const root = join(base, "dist");
  mkdirSync(join(root, "playground"), { recursive: true });
  writeFileSync(join(root, "taskpane.html"), "<!doctype html>");
  writeFileSync(join(root, "taskpane.js"), "void 0;");
  writeFileSync(join(root, "policy.json"), "{}");
  writeFileSync(join(root, "manifest.xml"), "<x/>");
  writeFileSync(join(root, "playground", "index.html"), "<p>playground</p>");
  writeFileSync(join(base, "secret.txt"), "outside the root");
  server = createServer(createStaticHandler(root));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

/** A raw request: the path is sent exactly as given (no client-side normalisation of ".."). */
function get(path: string, method = "GET"): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

it.each([
  ["/taskpane.html", "text/html; charset=utf-8"],
  ["/taskpane.js", "text/javascript; charset=utf-8"],
  ["/policy.json", "application/json; charset=utf-8"],
  ["/manifest.xml", "application/xml; charset=utf-8"],
])("serves %s as %s", async (path, type) => {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe(type);
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
});

it("serves a folder's index.html, redirecting to the slash first so relative URLs work", async () => {
  const redirect = await get("/playground");
  expect(redirect.status).toBe(301);
  expect(redirect.headers.location).toBe("/playground/");
  const page = await get("/playground/");
  expect(page.status).toBe(200);
  expect(page.body).toBe("<p>playground</p>");
});

it.each([
  ["/%2Fplayground", "/%2Fplayground/"],
  ["/%2F%2Fplayground", "/%2F%2Fplayground/"],
  ["/.//playground", "/playground/"],
  ["//127.0.0.1/%2Fplayground", "/%2Fplayground/"],
])(
  "redirects %s to %s on this server, never to another host",
  async (path, expected) => {
    const redirect = await get(path);
    expect(redirect.status).toBe(301);
    const location = String(redirect.headers.location);
    // "//host/..." or "/\\host/..." would send the browser to another site.
    expect(location).toMatch(/^\/[^/\\]/);
    expect(new URL(location, "http://127.0.0.1").host).toBe("127.0.0.1");
    expect(location).toBe(expected);
    expect((await get(location)).body).toBe("<p>playground</p>");
  },
);

it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/playground/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/taskpane.html%00.js"])(
  "does not serve %s",
  async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain("outside the root");
  },
);

it("answers HEAD without a body and refuses other methods", async () => {
  const head = await get("/policy.json", "HEAD");
  expect(head.status).toBe(200);
  expect(head.headers["content-length"]).toBe("2");
  expect(head.body).toBe("");
  const post = await get("/policy.json", "POST");
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe("GET, HEAD");
});

it("rejects a malformed path", async () => {
  expect((await get("/%E0%A4%A")).status).toBe(400);
});
