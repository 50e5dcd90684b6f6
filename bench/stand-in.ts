/**
 * The cold-start bench's stand-in for dist/launchevent.js (bench/cold-start.mjs builds it
 * with esbuild): the least any send check does. It reads the draft with the calls
 * Presend makes (at most 3 in flight, Outlook on the web's limit), fetches the policy
 * as Presend does (revalidated on every send) and parses it, then lets the mail go.
 */
const PUBLIC_URL = "https://localhost:3000";
const FIELDS = ["to", "cc", "bcc", "from", "subject", "body", "attachments"] as const;

function read(item: Office.MessageCompose, field: (typeof FIELDS)[number], done: (result: Office.AsyncResult<unknown>) => void): void {
  if (field === "body") item.body.getAsync("text", done);
  else if (field === "attachments") item.getAttachmentsAsync(done);
  else if (field === "from") item.from.getAsync(done);
  else if (field === "subject") item.subject.getAsync(done);
  else item[field].getAsync(done);
}

function readDraft(item: Office.MessageCompose): Promise<unknown[]> {
  return new Promise((resolve) => {
    const values: unknown[] = [];
    let next = 0;
    let answered = 0;
    const start = (): void => {
      const index = next++;
      read(item, FIELDS[index], (result) => {
        values[index] = result.value;
        if (++answered === FIELDS.length) resolve(values);
        else if (next < FIELDS.length) start();
      });
    };
    for (let slot = 0; slot < 3; slot++) start();
  });
}

Office.actions.associate("onMessageSendHandler", (event: { completed(options: { allowEvent: boolean }): void }) => {
  const policy = fetch(`${PUBLIC_URL}/policy.json`, { cache: "no-cache" })
    .then((response) => response.text())
    .then((text) => JSON.parse(text));
  Promise.all([readDraft(Office.context.mailbox.item as Office.MessageCompose), policy]).then(() => event.completed({ allowEvent: true }));
});
