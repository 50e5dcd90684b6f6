import { makeDraft, type DraftSpec } from "../src/engine/draft";
import { evaluate } from "../src/check";
import { renderFinding } from "../src/i18n/findings";
import { shorten } from "../src/domains/visible";
import { ALERT_MAX_CHARS, composeAlert } from "../src/launchevent/alert";
import { parsePolicy } from "../src/check";

function policyOf(raw: Record<string, unknown> = {}) {
  const parsed = parsePolicy({ internalDomains: ["hoshizora-logi.example"], ...raw });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.policy;
}
const policy = policyOf();

function alertOf(spec: DraftSpec, locale: "en" | "ja", withPolicy = policy) {
  const draft = makeDraft({ from: "me@hoshizora-logi.example", subject: "ご案内", ...spec });
  const evaluation = evaluate(draft, withPolicy);
  const { plain, markdown = "" } = composeAlert(evaluation.decision, evaluation.findings, locale, withPolicy, {}, true);
  return { plain, markdown, evaluation };
}

function alertFor(to: string[], cc: string[], locale: "en" | "ja") {
  return alertOf({ to, cc }, locale);
}

/** The alert's list items, without the Markdown list marker. */
const linesOf = (plain: string) => plain.split("\n").filter((line) => line.startsWith("- ")).map((line) => line.slice(2));

/**
 * Whether `shortened` ("…" at the end) stops where a reader sees a break in `full`:
 * before a space or punctuation in English; in Japanese after punctuation, before an
 * opening bracket, or after a phrase's hiragana and before the next word's kanji or katakana.
 */
function endsAtBreak(shortened: string, full: string): boolean {
  const kept = shortened.slice(0, -1);
  if (!full.startsWith(kept)) return false;
  const rest = full.slice(kept.length);
  const last = kept.charAt(kept.length - 1);
  const phraseEnds = /[\u3041-\u309f]/.test(last) && /^(?:[0-9A-Za-z\u30a0-\u30ff\u4e00-\u9fff]|[おご][\u4e00-\u9fff])/.test(rest);
  const afterPunctuation = /[)\u3001\u3002\u30fb\uff01\uff09\uff0c\uff0e\uff1f\u300d\u300f\u3011\u3015]/.test(last);
  return /^[\s\u3001\uff0c,;:]/.test(rest) || /^[(\uff08\u300c\u300e\u3010\u3014]/.test(rest) || afterPunctuation || phraseEnds;
}

describe("Smart Alerts text", () => {
  const to = ["aoki@kita-shoji.example", "sato@kita-shoji.example"];
  const cc = ["mori@minato-denki.example"];

  it.each(["en", "ja"] as const)("never cuts an address in half when a finding line is long (%s)", (locale) => {
    const { plain, markdown } = alertFor(to, cc, locale);
    for (const text of [plain, markdown.replace(/\\(.)/g, "$1")]) {
      // Every address fragment that appears is a whole address.
      const fragments = text.match(/[\w.-]+@[\w-]*(?:\.[\w-]+)*/g) ?? [];
      for (const fragment of fragments) expect([...to, ...cc]).toContain(fragment);
      expect(text).not.toMatch(/@[\w.-]*…/);
    }
  });

  it("names the worst items: the cross-organisation line lists the organisations", () => {
    const { plain } = alertFor(to, cc, "en");
    expect(plain).toContain("kita-shoji.example");
    expect(plain).toContain("minato-denki.example");
    expect(plain.length).toBeLessThanOrEqual(500);
  });
});

describe("Smart Alerts order: worst first, then the specific risk before the generic one", () => {
  it.each(["en", "ja"] as const)("puts a newcomer in the thread and a look-alike domain before the outside-recipient lines (%s)", (locale) => {
    const { plain, evaluation } = alertOf(
      {
        // A reply to kita-shoji, into which a stranger and a look-alike of our own domain slipped.
        to: ["aoki@kita-shoji.example", "mori@minato-denki.example", "k.seki@hoshizora-iogi.example"],
        thread: { compose: "reply", addresses: ["aoki@kita-shoji.example"] },
        attachments: [{ name: "見積書.pdf", size: 182344 }],
      },
      locale,
    );
    const rules = evaluation.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["lookalike-domain", "thread-newcomer", "external-recipient", "cross-org-exposure", "external-attachment"]));
    // Each line starts with its finding's sentence; map the lines back to the rules.
    const sentence = (rule: string) => renderFinding(evaluation.findings.find((f) => f.rule === rule)!, locale, policy).slice(0, 12);
    const shown = linesOf(plain).map((line) => rules.find((rule) => line.startsWith(sentence(rule))));
    const position = (rule: string) => shown.indexOf(rule);
    for (const specific of ["lookalike-domain", "thread-newcomer"]) {
      expect(position(specific)).toBeGreaterThanOrEqual(0);
      for (const generic of ["external-recipient", "cross-org-exposure", "external-attachment"]) {
        if (position(generic) >= 0) expect(position(specific)).toBeLessThan(position(generic));
      }
    }
  });

  it("still puts a must-fix finding before any question, however generic", () => {
    const { plain, evaluation } = alertOf(
      { to: ["aoki@kita-shoji.example"], attachments: [{ name: "tool.exe", size: 2048 }] },
      "en",
      policyOf({ rules: { "external-recipient": { severity: "block" } } }),
    );
    expect(evaluation.decision).toBe("block");
    const [first, second] = linesOf(plain);
    expect(first).toMatch(/^(Outside recipients|tool\.exe)/);
    expect(second).toMatch(/^(Outside recipients|tool\.exe)/);
  });
});

describe("Smart Alerts shortening: whole words only", () => {
  // An administrator's wording can make a finding's line run over its 200 characters.
  const wordyRule = {
    en: { "attachment-type/type": "{name} is a {ext} file. Files of this type run programs on the computer of whoever opens them, and attackers send them for exactly that reason. ".repeat(3) },
    ja: { "attachment-type/type": "「{name}」は {ext} ファイルです。開いた人のパソコンでプログラムとして実行されるため、攻撃者が好んで送り付ける種類のファイルです。".repeat(4) },
  };

  it.each(["en", "ja"] as const)("cuts a long finding line at a break (%s)", (locale) => {
    const withWording = policyOf({ messages: { [locale]: wordyRule[locale] } });
    const { plain, evaluation } = alertOf({ to: ["boss@hoshizora-logi.example"], attachments: [{ name: "setup.exe", size: 4096 }] }, locale, withWording);
    const finding = evaluation.findings.find((f) => f.rule === "attachment-type")!;
    const line = linesOf(plain)[0];
    expect(line.endsWith("…")).toBe(true);
    expect(line.length).toBeLessThanOrEqual(200);
    expect(endsAtBreak(line, renderFinding(finding, locale, withWording))).toBe(true);
  });

  // An administrator's long wording makes even the headline and the hint overflow 500 characters.
  const wordy = {
    en: { "alert/confirm-hint": "Open Presend from the ribbon or with Take action, read every line it shows you carefully, tick each recipient and each file once you are sure, and press Confirm. ".repeat(5) },
    ja: { "alert/confirm-hint": "リボンまたは[対処する]から Presend を開き、表示された内容をよくお読みのうえ、宛先と添付ファイルを1件ずつ確認してチェックを入れ、[確認]を押してください。".repeat(6) },
  };

  it.each(["en", "ja"] as const)("cuts the whole alert at a break at the 500-character limit, in plain text and Markdown (%s)", (locale) => {
    const withWording = policyOf({ messages: { [locale]: wordy[locale] } });
    const { plain, markdown } = alertOf({ to: ["aoki@kita-shoji.example", "mori@minato-denki.example"] }, locale, withWording);
    for (const text of [plain, markdown]) {
      expect(text.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
      expect(text.endsWith("…")).toBe(true);
      const hint = text.slice(text.lastIndexOf(locale === "ja" ? "リボン" : "Open Presend"));
      expect(endsAtBreak(hint, wordy[locale]["alert/confirm-hint"])).toBe(true);
    }
    // The headline keeps its emphasis; only the end is cut.
    expect(markdown).toMatch(/^\*\*[^*]+\*\*\n\n/);
  });

  it("escapes Markdown in a shortened file name and never leaves half an escape", () => {
    const name = `${"*bold* _it_ [link](x) ".repeat(4)}.exe`;
    const { markdown } = alertOf({ to: ["boss@hoshizora-logi.example"], attachments: [{ name, size: 4096 }] }, "en");
    const line = markdown.split("\r")[0].split("\n\n- ")[1];
    // Every metacharacter of the name is escaped; the cut does not split a "\\*" pair.
    expect(line.replace(/\\[*_[\]()]/g, "")).not.toMatch(/[*_[\]()]/);
    expect(line).toContain("…");
    expect(line).not.toMatch(/\\…/);
  });

  it.each([
    ["stops before a space", "Check that each address is the one you meant.", 24, "Check that each address…"],
    ["drops a dangling comma", "aoki@kita-shoji.example, mori@minato-denki.example", 40, "aoki@kita-shoji.example…"],
    ["stops after 、 between items", "社外の宛先が 3 件あります(青木、佐藤、森田)。", 20, "社外の宛先が 3 件あります(青木…"],
    ["stops after a particle, before the next word", "宛先に誤りがないか1件ずつご確認ください。", 12, "宛先に誤りがないか…"],
    ["keeps ご with its word", "宛先に誤りがないか1件ずつご確認ください。", 17, "宛先に誤りがないか1件ずつ…"],
    ["cuts one unbroken run where it must", "averyveryverylongaddress@example.com", 10, "averyvery…"],
    ["never stops at a dot or comma inside an address", "To: aoki@kita-shoji.example,mori@minato-denki.example", 40, "To…"],
  ])("shorten %s", (_name, text, max, expected) => {
    const shortened = shorten(text, max);
    expect(shortened).toBe(expected);
    expect(shortened.length).toBeLessThanOrEqual(max);
  });
});

describe("wording in both languages: counters and list separators", () => {
  const crossOrg = (locale: "en" | "ja") => {
    const { evaluation } = alertOf({ to: ["aoki@kita-shoji.example", "sato@kita-shoji.example"], cc: ["mori@minato-denki.example", "friend@gmail.com"] }, locale);
    return renderFinding(evaluation.findings.find((f) => f.rule === "cross-org-exposure")!, locale, policy);
  };

  it("counts parties with 件 and lists them with 、 in Japanese", () => {
    expect(crossOrg("ja")).toBe(
      "To/CC の宛先が 3 件の相手先(kita-shoji.example、minato-denki.example、friend@gmail.com)にまたがっており、受信者同士で互いのアドレスが見えてしまいます。面識のない相手同士であれば BCC に移してください。",
    );
  });

  it("lists them with commas in English", () => {
    expect(crossOrg("en")).toBe(
      "Recipients in To/CC from 3 different organisations or people can see each other's addresses: kita-shoji.example, minato-denki.example, friend@gmail.com. Move them to BCC unless they should know each other.",
    );
  });

  it.each([
    ["ja", "件名または本文に「社外秘、取扱注意」とあります。"],
    ["en", "The subject or text is marked “社外秘, 取扱注意”."],
  ] as const)("joins confidentiality labels per language (%s)", (locale, start) => {
    const { evaluation } = alertOf({ to: ["aoki@kita-shoji.example"], body: "本資料は社外秘につき取扱注意でお願いします。" }, locale);
    expect(renderFinding(evaluation.findings.find((f) => f.rule === "sensitive-content")!, locale, policy)).toMatch(new RegExp(`^${start}`));
  });

  it("never counts with つ in Japanese", () => {
    const { plain } = alertFor(["aoki@kita-shoji.example"], ["mori@minato-denki.example"], "ja");
    expect(plain).not.toMatch(/\d+\s*つ/);
    expect(plain).not.toContain(", ");
  });
});

describe("one finding per risk", () => {
  // The playground's seminar: 15 personal addresses in To, which bcc-exposure, cross-org-exposure and external-recipient all name.
  const attendees = Array.from({ length: 15 }, (_, i) => `attendee${i}@${["gmail.com", "yahoo.co.jp", "icloud.com"][i % 3]}`);

  it.each(["en", "ja"] as const)("shows the seminar's addresses in To as one BCC problem, not three (%s)", (locale) => {
    const { plain, evaluation } = alertOf({ to: attendees }, locale);
    expect(evaluation.findings.map((f) => f.rule)).toEqual(["bcc-exposure", "cross-org-exposure", "external-recipient"]);
    const lines = linesOf(plain);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(renderFinding(evaluation.findings[0], locale, policy))).toBe(true);
    expect(plain).not.toMatch(/more in Presend|Presend の画面でご確認/);
  });

  it("still shows a question about someone the fix does not change", () => {
    // A personal address already in BCC is not moved: external-recipient still asks about it.
    const { plain } = alertOf({ to: attendees.slice(0, 12), bcc: ["late@example.org"] }, "en");
    expect(linesOf(plain)).toEqual([expect.stringMatching(/^12 external addresses/), expect.stringMatching(/^Outside recipients \(13\)/)]);
  });

  it.each([
    ["en", "The subject or text and the file name of 社外秘_人事評価.xlsx are marked “社外秘”."],
    ["ja", "件名・本文と添付ファイル名(社外秘_人事評価.xlsx)に「社外秘」とあります。"],
  ] as const)("names 社外秘 once when it is in the subject, the text and a file name (%s)", (locale, line) => {
    const { plain, evaluation } = alertOf(
      { to: ["boss@hoshizora-logi.example"], subject: "【社外秘】人事評価", body: "社外秘です。", attachments: [{ name: "社外秘_人事評価.xlsx", size: 4096 }] },
      locale,
      policyOf({ rules: { "sensitive-content": { onlyExternal: false } } }),
    );
    expect(evaluation.findings.map((f) => f.rule)).toEqual(["sensitive-content"]);
    expect(plain.split(/社外秘/).length - 1).toBe(2); // the label once, the file name once
    expect(linesOf(plain)[0]).toMatch(new RegExp(`^${line.replace(/[()]/g, "\\$&")}`));
  });
});

describe("the formats composed", () => {
  it("composes the Markdown only when the client renders it, the plain text the same either way", () => {
    const draft = makeDraft({ from: "me@hoshizora-logi.example", subject: "ご案内", to: ["aoki@kita-shoji.example", "mori@minato-denki.example"] });
    const evaluation = evaluate(draft, policy);
    const both = composeAlert(evaluation.decision, evaluation.findings, "ja", policy, {}, true);
    const plainOnly = composeAlert(evaluation.decision, evaluation.findings, "ja", policy, {}, false);
    expect(both.markdown).toMatch(/^\*\*/);
    expect(plainOnly).toEqual({ plain: both.plain });
  });
});

describe("the delivery delay in the dialog", () => {
  it.each([
    ["en", "Open Presend to confirm each item, then send again. Once sent, it waits 120 seconds in Drafts before delivery, so you can still stop it (classic Outlook for Windows holds it on the server)."],
    ["ja", "Presend の画面で各項目を確認してから、もう一度送信してください。送信後 120 秒間は下書きに残り、配信前なら止められます(従来の Outlook for Windows ではサーバーで保留されます)。"],
  ] as const)("ends a confirm alert with the hint and the delay, within 500 characters (%s)", (locale, footer) => {
    const draft = makeDraft({ from: "me@hoshizora-logi.example", subject: "ご案内", to: ["aoki@kita-shoji.example", "mori@minato-denki.example"], attachments: [{ name: "見積書.pdf", size: 182344 }] });
    const evaluation = evaluate(draft, policy);
    const { plain, markdown = "" } = composeAlert(evaluation.decision, evaluation.findings, locale, policy, { delaySeconds: 120 }, true);
    expect(plain.endsWith(`\n${footer}`)).toBe(true);
    expect(markdown.endsWith(`\n\n${footer}`)).toBe(true);
    expect(plain.length).toBeLessThanOrEqual(ALERT_MAX_CHARS);
  });

  it("is the warning's footer when there is no other hint", () => {
    const draft = makeDraft({ from: "me@hoshizora-logi.example", subject: "", to: ["boss@hoshizora-logi.example"] });
    const evaluation = evaluate(draft, policy);
    expect(composeAlert(evaluation.decision, evaluation.findings, "en", policy, { delaySeconds: 90 }, true).plain).toBe(
      "Check before sending\n- The subject is empty.\nOnce sent, it waits 90 seconds in Drafts before delivery, so you can still stop it (classic Outlook for Windows holds it on the server).",
    );
  });
});
