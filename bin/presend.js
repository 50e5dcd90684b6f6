#!/usr/bin/env node
"use strict";
/* eslint-disable @typescript-eslint/no-require-imports -- a plain CommonJS file that node runs as is */
// `npx presend`: runs the bundled command line, building it first in a fresh checkout.
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const root = path.resolve(__dirname, "..");
const cli = path.join(root, "dist", "cli.js");

if (!fs.existsSync(cli)) {
  const buildScript = path.join(root, "scripts", "build-cli.mjs");
  const built =
    fs.existsSync(buildScript) &&
    spawnSync(process.execPath, [buildScript], { cwd: root, stdio: ["ignore", "ignore", "inherit"] }).status === 0;
  if (!built || !fs.existsSync(cli)) {
    process.stderr.write(
      "presend: dist/cli.js is missing and could not be built.\n" +
        "Run `npm install` (or `npm run build:cli`) in the presend folder; building needs the webpack dev dependencies.\n",
    );
    process.exit(2);
  }
}

require(cli);
