// A tiny static file server for dist/ (npm start, browser tests): GET/HEAD only,
// content types for what the build writes, nothing outside the root.
"use strict";
const { createReadStream, stat } = require("node:fs");
const { extname, join, resolve, sep } = require("node:path");

const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

function contentTypeOf(file) {
  return CONTENT_TYPES[extname(file).toLowerCase()] || "application/octet-stream";
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
  res.end(text);
}

/** `(req, res)` for node:http serving the files under `root`. */
function createStaticHandler(root) {
  const base = resolve(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Method not allowed\n", { allow: "GET, HEAD" });
    let rawPathname;
    let pathname;
    try {
      rawPathname = new URL(req.url, "http://localhost").pathname;
      pathname = decodeURIComponent(rawPathname);
    } catch {
      return plain(res, 400, "Bad request\n");
    }
    // Resolved against the root, then checked to still be inside it: "..", encoded or not, cannot escape.
    const target = resolve(base, `.${pathname}`);
    if (pathname.includes("\0") || (target !== base && !target.startsWith(base + sep))) return plain(res, 404, "Not found\n");
    stat(target, (error, info) => {
      if (error) return plain(res, 404, "Not found\n");
      if (info.isDirectory()) {
        // Pages load their scripts by relative path, so a folder must be addressed with its slash.
        // The location keeps the path as sent (still encoded) with one leading slash: built from the
        // decoded path, /%2Fplayground would answer //playground/, a link to another host.
        if (!pathname.endsWith("/")) return plain(res, 301, "Moved\n", { location: `${rawPathname.replace(/^\/+/, "/")}/` });
        return send(join(target, "index.html"));
      }
      return send(target, info);
    });

    function send(file, known) {
      const withInfo = (info) => {
        res.writeHead(200, {
          "content-type": contentTypeOf(file),
          "content-length": info.size,
          "cache-control": "no-cache",
          "x-content-type-options": "nosniff",
        });
        if (req.method === "HEAD") return res.end();
        createReadStream(file).pipe(res);
      };
      if (known) return withInfo(known);
      stat(file, (error, info) => (error || !info.isFile() ? plain(res, 404, "Not found\n") : withInfo(info)));
    }
  };
}

module.exports = { createStaticHandler, contentTypeOf };
