import { cli, writePolicy } from "./support/presend-cli";

/** `presend policy diff`: the hosted policy against the copy built into the add-in (config/policy.json). */

const embedded = {
  version: 1,
  internalDomains: ["kawasemi-kogyo.example", "*.kawasemi-kogyo.example"],
  trustedDomains: ["minato-denki.example", "kita-shoji.example"],
  rules: { "bcc-exposure": { severity: "block", threshold: 10 } },
};

describe("presend policy diff", () => {
  it("finds two policies the same when only order and written-out defaults differ", async () => {
    const first = writePolicy("embedded.json", embedded);
    const second = writePolicy("hosted-same.json", {
      ...embedded,
      $schema: "./policy.schema.json",
      enabled: true,
      trustedDomains: ["kita-shoji.example", "minato-denki.example"],
      onError: "prompt",
    });
    const run = await cli(["policy", "diff", first, second]);
    expect(run).toEqual({ code: 0, stdout: `${first} and ${second} are the same in effect\n`, stderr: "" });
  });

  it("lists each setting that differs, by its path, and exits 1", async () => {
    const first = writePolicy("embedded.json", embedded);
    const second = writePolicy("hosted.json", {
      ...embedded,
      trustedDomains: ["minato-denki.example", "tokai-buhin.example"],
      rules: { "bcc-exposure": { severity: "block", threshold: 5 }, "lookalike-domain": { severity: "off" } },
      memory: { days: 90 },
    });
    const run = await cli(["policy", "diff", first, second]);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n")).toEqual([
      `memory.days: 180 in ${first}, 90 in ${second}`,
      `rules.bcc-exposure.threshold: 10 in ${first}, 5 in ${second}`,
      `rules.lookalike-domain.severity: "confirm" in ${first}, "off" in ${second}`,
      `trustedDomains: only in ${first}: kita-shoji.example`,
      `trustedDomains: only in ${second}: tokai-buhin.example`,
    ]);
    expect(run.stderr).toBe(`presend: ${first} and ${second} differ in 4 settings\n`);
  });

  it("tells a policy without internalDomains (the sender's domain) from one that lists them", async () => {
    const first = writePolicy("embedded.json", embedded);
    const second = writePolicy("no-internal.json", { version: 1, trustedDomains: embedded.trustedDomains, rules: embedded.rules });
    const run = await cli(["policy", "diff", first, second]);
    expect(run.stdout).toBe(`internalDomains: ["kawasemi-kogyo.example","*.kawasemi-kogyo.example"] in ${first}, "(the sender's own domain)" in ${second}\n`);
  });

  it("exits 2 naming the invalid policy, and on a missing file", async () => {
    const first = writePolicy("embedded.json", embedded);
    const invalid = writePolicy("invalid.json", { version: 1, rules: { "bcc-exposure": { threshold: 0 } } });
    const run = await cli(["policy", "diff", first, invalid]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`invalid policy .*invalid\\.json:\\nrules\\.bcc-exposure\\.threshold: `));
    expect((await cli(["policy", "diff", first])).stderr).toMatch(/policy diff needs two policy files/);
  });
});
