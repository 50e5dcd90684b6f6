// Gzip budgets of what Outlook downloads, shared by the build (webpack.config.js fails
// over them) and `npm run size` (which also names what makes a bundle big).
"use strict";

// The event script loads inside the 5-second Smart Alerts budget, so it is kept small; the
// pane's script loads each time the user opens Presend. Data both need (the Public Suffix
// List) is a separate file they fetch beside the policy, cached once for both: it has its
// own budget, so moving code into "data" cannot hide growth.
const BUDGETS = [
  // 40 KB until the compose snapshot and the recipient memory (DESIGN §1a) joined the same
  // script, as Outlook requires of every event of one add-in: they cost 3.2 KB.
  { name: "launchevent.js", match: /^launchevent\.js$/, kb: 44 },
  // The pane's stylesheet counts with its script: moving styles out of the bundle must not hide growth.
  { name: "taskpane js+css", match: /^taskpane.*\.(js|css)$/, kb: 155 },
  { name: "suffix list", match: /^public-suffix-list\..*\.txt$/, kb: 30 },
];

module.exports = { BUDGETS };
