// Writes samples/mailbox/: four weeks of one person's business mail at a fictional company
// (かわせみ工業, kawasemi-kogyo.example) for `presend replay` — mail received, replies, new mails
// to people she already writes to, internal mail, a few first contacts, and five slips — with the
// policy it is replayed under and expected.json (the shape of ../shared/examples/mailbox). The
// output is committed; run `node scripts/make-mailbox.mjs` after changing this file. Everything
// is deterministic, so re-running gives the same bytes.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { filePart, headers, message, multipart, textPart, writeMessages } from "./eml-kit.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "samples/mailbox");

// ---------------------------------------------------------------- people (all fictional)

const OWN = "kawasemi-kogyo.example";
const morita = ["森田 恵子", `k.morita@${OWN}`]; // the mailbox owner
const ueno = ["上野 学", `m.ueno@${OWN}`];
const nishida = ["西田 綾", `a.nishida@${OWN}`];
const nakajima = ["中島 亮", "r.nakajima@chitose-shokai.example"]; // 千歳商会, customer
const okamoto = ["岡本 沙織", "s.okamoto@chitose-shokai.example"];
const yoshikawa = ["吉川 拓也", "t.yoshikawa@shirasagi-soft.example"]; // 白鷺ソフト, IT vendor
const kawaguchi = ["川口 奈々", "n.kawaguchi@shirasagi-soft.example"];
const nomura = ["野村 健一", "k.nomura@wakatake-print.example"]; // 若竹印刷, printer
const komatsu = ["小松 真理", "m.komatsu@aizome-kaikei.example"]; // 藍染会計事務所, trusted
const takagi = ["高木 翔", "s.takagi@sakuradai-bussan.example"]; // 桜台物産: writes in first in week 2
const ishida = ["石田 大樹", "d.ishida@maruyama-seimitsu.example"]; // 丸山精密: a first contact in week 2
const hasegawa = ["長谷川 望", "n.hasegawa@hinata-unso.example"]; // ひなた運送: a first contact in week 4
// Slips: another 中島 at 桜台物産, the trusted accountants' domain missing a letter, 中島's private address.
const nakajimaSakuradai = ["中島 聡", "s.nakajima@sakuradai-bussan.example"];
const komatsuTypo = ["小松 真理", "m.komatsu@aizome-kaike.example"];
const nakajimaPrivate = ["中島 亮", "ryo.nakajima.1987@gmail.com"];
const seminarGuests = [
  ["青山 千尋", "chihiro.aoyama@gmail.com"],
  ["井口 浩", "h-iguchi_55@yahoo.co.jp"],
  ["内田 里奈", "rina.uchida@icloud.com"],
  ["大野 修", "osamu-ono.1979@docomo.ne.jp"],
  ["菊地 早苗", "sanae_kikuchi@ezweb.ne.jp"],
  ["黒田 蓮", "ren.kuroda.k@outlook.jp"],
  ["近藤 文子", "fumiko-kondo@plala.or.jp"],
  ["坂本 陸斗", "rikuto.sakamoto@gmail.com"],
  ["杉山 紀子", "noriko.sugiyama0611@yahoo.co.jp"],
  ["千葉 航", "wataru.chiba.22@icloud.com"],
  ["土屋 典子", "noriko-tsuchiya@docomo.ne.jp"],
  ["中川 颯", "hayate.nakagawa.jp@gmail.com"],
  ["原田 美紀", "miki_harada@biglobe.ne.jp"],
  ["松田 雄一", "yuichi.matsuda.m@gmail.com"],
];

const SIGNATURE = `――――――――――――――――――――
かわせみ工業株式会社 営業部
森田 恵子
TEL: 045-555-0142`;

// ---------------------------------------------------------------- the mailbox

const WEEK_ONE = new Date(Date.UTC(2026, 10, 2)); // Monday 2 November 2026
const WINDOW_FROM_WEEK = 2; // week 1 fills the memory (warmup); scoring starts with week 2
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 5322 date in Japan time of week `week` (1…), weekday `day` (0 = Monday), "HH:MM". */
function dateOf(week, day, time) {
  const [hours, minutes] = time.split(":").map(Number);
  const at = new Date(WEEK_ONE.getTime() + ((week - 1) * 7 + day) * 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  return `${DAYS[at.getUTCDay()]}, ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${pad(hours)}:${pad(minutes)}:00 +0900`;
}

const messages = {};
const expected = {};
const ids = new Map();
let number = 0;

/**
 * One message. `sent` ones are the owner's (judged by replay), the rest received. `replyTo`
 * names an earlier message's key; `viaReferences` answers it through References alone, as some
 * clients write it. `expect` is the send's entry in expected.json (warmup in week 1).
 */
function mail({ key, week, day, time, from = morita, to, cc, subject, body, replyTo, viaReferences, attachments = [], expect }) {
  number++;
  const sent = from === morita;
  const file = `${String(number).padStart(3, "0")}-${sent ? "sent" : "in"}.eml`;
  const id = `${key}.${week}${day}${time.replace(":", "")}`;
  ids.set(key, `${id}@${from[1].split("@")[1]}`);
  const parent = replyTo && ids.get(replyTo);
  if (replyTo && !parent) throw new Error(`${key} answers ${replyTo}, which is not written yet`);
  const head = headers({
    date: dateOf(week, day, time),
    from,
    to,
    cc,
    subject,
    id,
    inReplyTo: viaReferences ? undefined : parent,
    extra: [...(viaReferences ? [`References: <${ids.get(viaReferences)}> <${parent}>`] : []), "X-Mailer: Microsoft Outlook 16.0"],
  });
  const text = textPart(body);
  messages[file] = message(head, attachments.length === 0 ? text : multipart("mixed", [text, ...attachments.map(filePart)]));
  if (sent) expected[file] = week < WINDOW_FROM_WEEK ? { kind: "warmup" } : (expect ?? { kind: "quiet" });
}

const reply = (greeting, lines, signature = SIGNATURE) => `${greeting}\n\nいつもお世話になっております。\n${lines}\n\n${signature}\n`;
const theirs = (name) => `――\n${name}`;

// Week 1: routine mail that fills the memory.
mail({ key: "C1", week: 1, day: 0, time: "09:40", from: nakajima, to: [morita], subject: "12月納品分の数量確認",
  body: reply("かわせみ工業株式会社\n森田様", "12月納品分の数量を確認させてください。\n先日の内示どおり、各500個で相違ないでしょうか。", theirs("千歳商会 中島")) });
mail({ key: "M1", week: 1, day: 0, time: "11:05", to: [nakajima], subject: "Re: 12月納品分の数量確認", replyTo: "C1",
  body: reply("千歳商会株式会社\n中島様", "12月納品分はご認識のとおり各500個です。\n引き続きよろしくお願いいたします。") });
mail({ key: "M2", week: 1, day: 0, time: "14:30", to: [yoshikawa], cc: [kawaguchi], subject: "システム改修の打合せ日程",
  body: reply("白鷺ソフト株式会社\n吉川様", "受注管理システム改修の打合せ日程をご相談させてください。\n11月10日(火)または11日(水)の午後はいかがでしょうか。") });
mail({ key: "S1", week: 1, day: 1, time: "10:15", from: yoshikawa, to: [morita], cc: [kawaguchi], subject: "Re: システム改修の打合せ日程", replyTo: "M2",
  body: reply("かわせみ工業\n森田様", "11月10日(火)14時からでお願いできますでしょうか。", theirs("白鷺ソフト 吉川")) });
mail({ key: "M3", week: 1, day: 1, time: "16:20", to: [nomura], subject: "カタログ印刷の見積依頼",
  body: reply("若竹印刷株式会社\n野村様", "来年度版の製品カタログ(A4・24ページ・3,000部)のお見積りをお願いできますでしょうか。") });
mail({ key: "M4", week: 1, day: 2, time: "09:00", to: [ueno, nishida], subject: "週次営業会議の議題",
  body: "上野さん、西田さん\n\nお疲れさまです。森田です。\n明日の営業会議の議題は、年末の納期調整と来年度カタログの2点です。\n\n森田\n" });
mail({ key: "M5", week: 1, day: 2, time: "13:45", to: [komatsu], subject: "10月分の経費精算について",
  body: reply("藍染会計事務所\n小松様", "10月分の経費精算の資料は、来週月曜日までにお送りいたします。") });
mail({ key: "P1", week: 1, day: 3, time: "10:30", from: nomura, to: [morita], subject: "Re: カタログ印刷の見積依頼", replyTo: "M3",
  body: reply("かわせみ工業株式会社\n森田様", "お見積りは今週中にお出しいたします。用紙のご指定はございますか。", theirs("若竹印刷 野村")) });
mail({ key: "M6", week: 1, day: 3, time: "15:10", to: [nomura], subject: "Re: カタログ印刷の見積依頼", replyTo: "P1",
  body: reply("若竹印刷株式会社\n野村様", "用紙は昨年度と同じものでお願いいたします。") });
mail({ key: "C2", week: 1, day: 4, time: "17:25", from: okamoto, to: [morita], cc: [nakajima], subject: "請求書送付先変更のお知らせ",
  body: reply("かわせみ工業株式会社\n森田様", "12月分より、請求書の送付先を経理部 岡本宛てに変更いたします。", theirs("千歳商会 岡本")) });

// Week 2.
mail({ key: "M7", week: 2, day: 0, time: "09:20", to: [okamoto], cc: [nakajima], subject: "Re: 請求書送付先変更のお知らせ", replyTo: "C2",
  body: reply("千歳商会株式会社\n岡本様", "送付先変更の件、承知いたしました。12月分より岡本様宛てにお送りします。") });
mail({ key: "S2", week: 2, day: 0, time: "11:40", from: kawaguchi, to: [morita], subject: "テスト環境の準備について",
  body: reply("かわせみ工業\n森田様", "テスト環境は11月16日から利用いただけます。接続情報は別途ご案内します。", theirs("白鷺ソフト 川口")) });
// Brings in 吉川, the colleague already known: same organisation as the thread, written to before.
mail({ key: "M8", week: 2, day: 0, time: "13:05", to: [kawaguchi], cc: [yoshikawa], subject: "Re: テスト環境の準備について", replyTo: "S2",
  body: reply("白鷺ソフト株式会社\n川口様", "ご準備ありがとうございます。16日から社内で確認を始めます。") });
mail({ key: "M9", week: 2, day: 1, time: "10:00", to: [nakajima], subject: "来週のご訪問について",
  body: reply("千歳商会株式会社\n中島様", "来週11月19日(木)10時に、ご挨拶に伺ってもよろしいでしょうか。") });
mail({ key: "M10", week: 2, day: 1, time: "14:50", to: [nishida], subject: "見積書の確認依頼",
  body: "西田さん\n\nお疲れさまです。\n若竹印刷さんへの発注前に、見積書の金額を確認してもらえますか。\n\n森田\n" });
mail({ key: "T1", week: 2, day: 2, time: "09:35", from: takagi, to: [morita], subject: "はじめてご連絡いたします(桜台物産)",
  body: reply("かわせみ工業株式会社\n営業部 森田様", "展示会でお名刺を頂戴した桜台物産の高木です。\n御社の樹脂部品について、お取引をご相談させてください。", theirs("桜台物産 高木")) });
mail({ key: "M11", week: 2, day: 2, time: "11:20", to: [takagi], subject: "Re: はじめてご連絡いたします(桜台物産)", replyTo: "T1",
  body: reply("桜台物産株式会社\n高木様", "ご連絡ありがとうございます。来週、オンラインでご説明の機会をいただけますと幸いです。") });
mail({ key: "M12", week: 2, day: 2, time: "15:00", to: [ishida], subject: "部品加工のご相談",
  expect: { kind: "new" },
  body: reply("丸山精密株式会社\n石田様", "初めてご連絡いたします。かわせみ工業の森田です。\n金属部品の精密加工についてご相談させていただけますでしょうか。") });
mail({ key: "I1", week: 2, day: 3, time: "10:10", from: ishida, to: [morita], subject: "Re: 部品加工のご相談", replyTo: "M12",
  body: reply("かわせみ工業株式会社\n森田様", "お問い合わせありがとうございます。図面をお送りいただければお見積りいたします。", theirs("丸山精密 石田")) });
mail({ key: "M13", week: 2, day: 3, time: "13:30", to: [ishida], subject: "Re: 部品加工のご相談", replyTo: "I1",
  body: reply("丸山精密株式会社\n石田様", "ありがとうございます。図面は社内で確認のうえ、来週お送りいたします。") });
mail({ key: "C3", week: 2, day: 4, time: "09:50", from: nakajima, to: [morita], subject: "12月納品分の検収について",
  body: reply("かわせみ工業株式会社\n森田様", "12月納品分の検収は、納品後5営業日以内に行います。", theirs("千歳商会 中島")) });
// Slip: autocomplete offered 桜台物産's 中島 for the reply to 千歳商会's 中島.
mail({ key: "M14", week: 2, day: 4, time: "16:45", to: [nakajimaSakuradai], subject: "Re: 12月納品分の検収について", replyTo: "C3",
  expect: { kind: "incident", level: "confirm", anyOf: ["thread-newcomer", "addressee-mismatch"],
    why: "Reply to 千歳商会's 中島 亮 goes to 中島 聡 of 桜台物産 (autocomplete): the original sender was replaced." },
  body: reply("千歳商会株式会社\n中島様", "検収の件、承知いたしました。納品日が決まりましたらご連絡いたします。") });

// Week 3.
mail({ key: "M15", week: 3, day: 0, time: "10:05", to: [nomura], subject: "カタログ校正の件",
  attachments: [{ name: "カタログ校正_第1稿.pdf", type: "application/pdf", bytes: Buffer.from("%PDF-1.7\n% proof\n") }],
  body: reply("若竹印刷株式会社\n野村様", "カタログ第1稿の校正を添付いたします。修正箇所に赤字を入れております。") });
mail({ key: "M16", week: 3, day: 0, time: "14:25", to: [komatsu], subject: "11月分の経費精算",
  body: reply("藍染会計事務所\n小松様", "11月分の経費精算は、月末にまとめてお送りいたします。") });
mail({ key: "S3", week: 3, day: 1, time: "09:15", from: yoshikawa, to: [morita], cc: [kawaguchi], subject: "改修範囲の確認", replyTo: "M2",
  body: reply("かわせみ工業\n森田様", "改修範囲について、帳票出力を含めるかご確認ください。", theirs("白鷺ソフト 吉川")) });
// Answered through References alone (no In-Reply-To), as some clients write it.
mail({ key: "M17", week: 3, day: 1, time: "11:30", to: [yoshikawa], cc: [kawaguchi], subject: "Re: 改修範囲の確認", replyTo: "S3", viaReferences: "M2",
  body: reply("白鷺ソフト株式会社\n吉川様", "帳票出力も改修範囲に含めてください。") });
// Slip: the trusted accountants' domain with a letter missing.
mail({ key: "M18", week: 3, day: 2, time: "10:40", to: [komatsuTypo], subject: "年末調整の資料について",
  expect: { kind: "incident", level: "confirm", anyOf: ["lookalike-domain"],
    why: "Mail to 藍染会計事務所's 小松 typed as aizome-kaike.example (one letter missing from the trusted domain)." },
  body: reply("藍染会計事務所\n小松様", "年末調整の資料一式は、12月4日までにお届けいたします。") });
mail({ key: "M19", week: 3, day: 2, time: "15:35", to: [ueno], subject: "千歳商会様ご訪問の報告",
  body: "上野さん\n\nお疲れさまです。\n千歳商会様へのご訪問は、11月19日10時で確定しました。同行をお願いします。\n\n森田\n" });
// Slip: a private address autocomplete offered, never written to before.
mail({ key: "M20", week: 3, day: 3, time: "09:55", to: [nakajimaPrivate], subject: "12月納品分の数量確定",
  expect: { kind: "incident", level: "confirm", anyOf: ["external-recipient", "addressee-mismatch"],
    why: "Order quantities for 千歳商会's 中島 sent to a private gmail address autocomplete offered; the user has never sent there." },
  body: reply("千歳商会株式会社\n中島様", "12月納品分の数量を、各520個で確定させていただきます。") });
mail({ key: "C4", week: 3, day: 3, time: "13:00", from: okamoto, to: [morita], subject: "年末年始の営業日のお知らせ",
  body: reply("お取引先各位", "年末年始は12月29日から1月4日まで休業いたします。", theirs("千歳商会 岡本")) });
mail({ key: "M21", week: 3, day: 3, time: "16:10", to: [okamoto], subject: "Re: 年末年始の営業日のお知らせ", replyTo: "C4",
  body: reply("千歳商会株式会社\n岡本様", "ご案内ありがとうございます。承知いたしました。") });
mail({ key: "T2", week: 3, day: 4, time: "11:00", from: takagi, to: [morita], subject: "オンライン説明会のお礼",
  body: reply("かわせみ工業株式会社\n森田様", "先日はご説明ありがとうございました。サンプルを2種類お願いできますか。", theirs("桜台物産 高木")) });
mail({ key: "M22", week: 3, day: 4, time: "14:40", to: [takagi], subject: "Re: オンライン説明会のお礼", replyTo: "T2",
  body: reply("桜台物産株式会社\n高木様", "サンプル2種類、来週中に発送いたします。") });

// Week 4.
// Slip: a seminar invitation to private customers with every address in To.
mail({ key: "M23", week: 4, day: 0, time: "10:00", to: seminarGuests, subject: "【ご案内】年末の工場見学セミナー",
  expect: { kind: "incident", level: "block", anyOf: ["bcc-exposure"], why: "Seminar invitation to 14 private customers in To instead of BCC." },
  body: "お客様各位\n\nかわせみ工業です。\n12月12日(土)に工場見学セミナーを開催いたします。ぜひご参加ください。\n\n" + SIGNATURE + "\n" });
mail({ key: "M24", week: 4, day: 0, time: "13:20", to: [yoshikawa], subject: "改修のお見積りについて",
  body: reply("白鷺ソフト株式会社\n吉川様", "改修のお見積りを、12月7日までにいただけますでしょうか。") });
// Slip that needs addressee-mismatch: the greeting names 千歳商会's 中島, the mail goes to 白鷺ソフト's 吉川.
mail({ key: "M25", week: 4, day: 1, time: "09:30", to: [yoshikawa], subject: "納品日のご連絡",
  expect: { kind: "incident", level: "confirm", anyOf: ["addressee-mismatch"],
    why: "Greets 千歳商会株式会社 中島様 with his delivery date, but goes to 吉川 of 白鷺ソフト (a known contact)." },
  body: reply("千歳商会株式会社\n中島様", "12月納品分は12月10日(木)に納品いたします。") });
mail({ key: "I2", week: 4, day: 1, time: "11:45", from: ishida, to: [morita], subject: "試作品の評価について",
  body: reply("かわせみ工業株式会社\n森田様", "試作品の評価結果をお知らせします。寸法はすべて公差内でした。", theirs("丸山精密 石田")) });
// Deliberately brings the printer into the 丸山精密 thread: a fair question.
mail({ key: "M26", week: 4, day: 1, time: "15:30", to: [ishida], cc: [nomura], subject: "Re: 試作品の評価について", replyTo: "I2",
  expect: { kind: "new" },
  body: reply("丸山精密株式会社\n石田様\n(CC: 若竹印刷 野村様)", "評価結果ありがとうございます。カタログ掲載用の写真撮影について、若竹印刷の野村様にもご相談いたします。") });
mail({ key: "M27", week: 4, day: 2, time: "10:20", to: [hasegawa], subject: "配送のご相談",
  expect: { kind: "new" },
  body: reply("ひなた運送株式会社\n長谷川様", "初めてご連絡いたします。かわせみ工業の森田です。\n年明けからの定期配送についてご相談させてください。") });
mail({ key: "M28", week: 4, day: 2, time: "14:15", to: [nakajima], subject: "納品日のご連絡",
  body: reply("千歳商会株式会社\n中島様", "12月納品分は12月10日(木)に納品いたします。") });
mail({ key: "M29", week: 4, day: 3, time: "09:10", to: [ueno, nishida], subject: "年末の納期調整",
  body: "上野さん、西田さん\n\nお疲れさまです。\n年末の納期調整の一覧を共有フォルダに置きました。ご確認ください。\n\n森田\n" });
mail({ key: "T3", week: 4, day: 3, time: "13:40", from: takagi, to: [morita], subject: "サンプル受領のご連絡",
  body: reply("かわせみ工業株式会社\n森田様", "サンプル2種類、本日受領いたしました。ありがとうございます。", theirs("桜台物産 高木")) });
mail({ key: "M30", week: 4, day: 4, time: "10:30", to: [takagi], subject: "Re: サンプル受領のご連絡", replyTo: "T3",
  body: reply("桜台物産株式会社\n高木様", "ご連絡ありがとうございます。ご評価のほど、よろしくお願いいたします。") });

// ---------------------------------------------------------------- write

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeMessages(outDir, messages);
const policy = { version: 1, internalDomains: [OWN, `*.${OWN}`], trustedDomains: ["aizome-kaikei.example"] };
writeFileSync(path.join(outDir, "policy.json"), `${JSON.stringify(policy, null, 2)}\n`);
const windowFrom = dateOf(WINDOW_FROM_WEEK, 0, "00:00");
writeFileSync(
  path.join(outDir, "expected.json"),
  `${JSON.stringify({ user: morita[1], policy: "policy.json", windowFrom, sends: expected }, null, 2)}\n`,
);
