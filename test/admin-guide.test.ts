import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sendCheckRequests } from "../src/launchevent/handler";

/**
 * The admin guide's hosting section (docs/admin.md §3 and its Japanese twin) names every data
 * file the send check fetches: a file left out gets the host's default headers, so classic
 * Outlook on Windows cannot read it (no Access-Control-Allow-Origin) and nobody caches it.
 */
const GUIDES = ["docs/admin.md", "docs/admin.ja.md"];

/** The content-hashed data files the send check fetches, by the stem of their name (surname-readings of surname-readings.<hash>.txt). */
const dataFileStems = Object.values(sendCheckRequests("https://host.example"))
  .map((request) => request.url.slice(request.url.lastIndexOf("/") + 1))
  .filter((file) => file !== "policy.json")
  .map((file) => file.replace(/(\.[0-9a-f]+)?\.txt$/, ""));

/** The text of the guide's fenced code blocks (server configurations, commands). */
function codeBlocks(text: string): string {
  return (text.match(/```[\s\S]*?```/g) ?? []).join("\n");
}

describe.each(GUIDES)("%s", (guide) => {
  const text = readFileSync(join(__dirname, "..", guide), "utf8");

  it("knows the data files the send check fetches", () => {
    expect(dataFileStems).toEqual(["public-suffix-list", "surname-readings"]);
  });

  it.each(dataFileStems)("lists %s among dist/'s files and serves it cached for good, readable cross-origin", (stem) => {
    expect(text).toContain(`| \`${stem}.<hash>.txt\` |`);
    const headerRow = text.split("\n").find((line) => line.startsWith("|") && line.includes("public, max-age=31536000, immutable"));
    expect(headerRow).toContain(`\`${stem}.<hash>.txt\``);
    expect(headerRow).toContain("Access-Control-Allow-Origin: *");
  });

  it("gives every data file the same place in each server's configuration", () => {
    const code = codeBlocks(text);
    const mentions = dataFileStems.map((stem) => code.split(stem).length - 1);
    expect(mentions[0]).toBeGreaterThanOrEqual(5);
    expect(new Set(mentions).size).toBe(1);
  });
});
