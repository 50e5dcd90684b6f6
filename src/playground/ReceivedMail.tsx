import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { RECEIVED_MAILS, type AnswerKind, type ReceivedMail } from "./received";
import type { AnswerText } from "./text";

const useStyles = makeStyles({
  section: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, alignSelf: "center", marginRight: tokens.spacingHorizontalS },
  header: { flexBasis: "100%", margin: 0 },
  answers: { display: "flex", gap: tokens.spacingHorizontalXS },
  memory: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, marginLeft: "auto" },
});

const ANSWER_KINDS: readonly AnswerKind[] = ["reply", "replyAll", "forward"];

/** The inbox side of the playground: pick a received mail, answer it as in Outlook; and the memory those sends leave. */
export function ReceivedMailPanel(props: {
  text: AnswerText;
  busy: boolean;
  rememberedCount: number;
  onAnswer(mail: ReceivedMail, kind: AnswerKind): void;
  onClearMemory(): void;
}) {
  const { text, busy, rememberedCount, onAnswer, onClearMemory } = props;
  const styles = useStyles();
  const [mailId, setMailId] = useState(RECEIVED_MAILS[0].id);
  const mail = RECEIVED_MAILS.find((m) => m.id === mailId) ?? RECEIVED_MAILS[0];
  const { quote } = text;
  return (
    <section className={styles.section} aria-labelledby="received-heading">
      <h2 id="received-heading" className={styles.heading}>
        {text.receivedHeading}
      </h2>
      <Field label={text.receivedLabel}>
        <Select value={mail.id} onChange={(_event, data) => setMailId(data.value)}>
          {RECEIVED_MAILS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.subject}
            </option>
          ))}
        </Select>
      </Field>
      {/* A plain group, not a Toolbar: three buttons need no arrow-key roving, and Toolbar's focus guards are hidden focusable elements. */}
      <div role="group" aria-label={text.receivedHeading} className={styles.answers}>
        {ANSWER_KINDS.map((kind) => (
          <Button key={kind} size="small" disabled={busy} onClick={() => onAnswer(mail, kind)}>
            {text.answers[kind]}
          </Button>
        ))}
      </div>
      <div className={styles.memory}>
        <Caption1 role="status">{text.remembered(rememberedCount)}</Caption1>
        <Button size="small" disabled={busy || rememberedCount === 0} onClick={onClearMemory}>
          {text.clearMemory}
        </Button>
      </div>
      <Caption1 className={styles.header}>
        {quote.from}: {mail.from} · {quote.to}: {mail.to.join("; ")}
        {mail.cc?.length ? ` · ${quote.cc}: ${mail.cc.join("; ")}` : ""}
        {mail.attachments?.length ? ` · ${mail.attachments.map((a) => a.name).join(", ")}` : ""}
      </Caption1>
    </section>
  );
}
