/**
 * Consumer mailbox providers: an address there belongs to a person, not to an
 * organisation, so two gmail.com addresses are two parties who do not know each
 * other. Japanese carriers and ISPs first (the mail our users' customers use
 * most), then global webmail. Extended per policy by `personalMailDomains`.
 */
export const CONSUMER_MAIL_DOMAINS: readonly string[] = [
  // Japanese mobile carriers (including their MVNO/sub-brand domains)
  "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
  "disney.ne.jp", "ymobile.ne.jp", "ymobile1.ne.jp", "y-mobile.ne.jp", "emobile.ne.jp",
  "pdx.ne.jp", "willcom.com", "wcm.ne.jp", "rakumail.jp", "uqmobile.jp", "povo.jp",
  "mineo.jp", "ahamo.jp", "spmode.ne.jp", "mopera.net", "yahoo.ne.jp", "auone.jp", "auone-net.jp",
  // Japanese portals and ISPs
  "yahoo.co.jp", "ymail.ne.jp", "ybb.ne.jp", "nifty.com", "nifty.ne.jp", "biglobe.ne.jp",
  "ocn.ne.jp", "so-net.ne.jp", "plala.or.jp", "dion.ne.jp", "excite.co.jp", "infoseek.jp",
  "goo.jp", "mail.goo.ne.jp", "livedoor.com", "hi-ho.ne.jp", "odn.ne.jp", "jcom.home.ne.jp",
  "zaq.ne.jp", "eonet.ne.jp", "tnc.ne.jp", "asahi-net.or.jp", "coara.or.jp", "bb.excite.co.jp",
  "kcn.ne.jp", "cable.ne.jp", "mbr.nifty.com", "csc.jp", "rakuten.jp", "commufa.jp", "bbiq.jp", "megaegg.ne.jp",
  "dti.ne.jp", "enjoy.ne.jp", "gol.com",
  // Global webmail
  "gmail.com", "googlemail.com", "icloud.com", "me.com", "mac.com",
  "outlook.com", "outlook.jp", "hotmail.com", "hotmail.co.jp", "hotmail.co.uk", "hotmail.fr",
  "live.com", "live.jp", "live.co.uk", "msn.com", "passport.com",
  "yahoo.com", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "ymail.com", "rocketmail.com",
  "aol.com", "aim.com", "proton.me", "protonmail.com", "pm.me", "tutanota.com", "tuta.io",
  "zoho.com", "zohomail.com", "gmx.com", "gmx.net", "gmx.de", "web.de", "mail.com",
  "yandex.com", "yandex.ru", "mail.ru", "qq.com", "163.com", "126.com", "naver.com",
  "daum.net", "hanmail.net", "fastmail.com", "hey.com",
];
