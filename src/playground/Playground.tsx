import {
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Textarea,
  Toolbar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { MEMORY_KEY } from "../engine/memory";
import type { RecipientField } from "../engine/types";
import { formatSize } from "../rules/attachments";
import { formatRecipient, splitRecipientList, type FakeOutlook } from "./fake-office";
import { clearMemory, rememberedAddressCount } from "./memory-storage";
import { answerDraft, type AnswerKind, type ReceivedMail } from "./received";
import { ReceivedMailPanel } from "./ReceivedMail";
import { fakeDraftOf, SAMPLE_ATTACHMENTS, SAMPLES } from "./samples";
import { runComposeHandler, runSendHandler, type SendResult } from "./send";
import { SmartAlertDialog } from "./SmartAlertDialog";
import { answerText } from "./text";

export type PolicyChoice = "served" | "sample" | "invalid";

export interface PlaygroundEnv {
  outlook: FakeOutlook;
  /** Runs dist/launchevent.js with the fake Office and the policy-aware fetch as its globals. */
  runLaunchScript(): Promise<void>;
  policyChoice: { current: PolicyChoice };
}

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", height: "100vh", boxSizing: "border-box", padding: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  header: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalL },
  title: { margin: 0, fontSize: tokens.fontSizeBase500 },
  samples: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  samplesHeading: { margin: 0, fontSize: tokens.fontSizeBase300, marginRight: tokens.spacingHorizontalS },
  settings: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  workspace: { display: "flex", flexGrow: 1, minHeight: 0, columnGap: tokens.spacingHorizontalM },
  compose: {
    flexGrow: 1,
    minWidth: 0,
    overflowY: "auto",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
  },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Outlook's narrow label column instead of Field's default third of the width.
  field: { gridTemplateColumns: "5.5rem 1fr" },
  attachments: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  chip: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalS,
  },
  pane: { width: "380px", flexShrink: 0, display: "flex", flexDirection: "column", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  paneHeader: { display: "flex", justifyContent: "space-between", alignItems: "center", padding: tokens.spacingHorizontalXS },
  paneHeading: { margin: 0, fontSize: tokens.fontSizeBase300, paddingLeft: tokens.spacingHorizontalS },
  iframe: { flexGrow: 1, border: "none", width: "100%" },
  hidden: { display: "none" },
  outbox: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Status =
  | { kind: "idle" }
  | { kind: "checking" }
  | { kind: "opening" }
  | { kind: "sent"; text: string }
  | { kind: "error"; title: string; text: string };

interface SentMail {
  id: number;
  summary: string;
}

/** Re-renders on every change of the fake item (user edits here, fixes from the pane). */
function useOutlookState(outlook: FakeOutlook) {
  const version = useRef(0);
  useSyncExternalStore(
    (notify) =>
      outlook.subscribe(() => {
        version.current += 1;
        notify();
      }),
    () => version.current,
  );
  return outlook.state;
}

const FIELD_LABELS: Record<RecipientField, string> = { to: "To", cc: "CC", bcc: "BCC" };
/** A meeting's attendee lines, as Outlook's organizer form labels them (Office.js: requiredAttendees, optionalAttendees). */
const ATTENDEE_LABELS: Partial<Record<RecipientField, string>> = { to: "Required", cc: "Optional" };

/** A recipient line: free text ("Name <addr>, …") committed on Enter or when leaving the field. */
function RecipientInput({ outlook, field, label }: { outlook: FakeOutlook; field: RecipientField; label: string }) {
  const styles = useStyles();
  const formatted = outlook.state[field].map(formatRecipient).join(", ");
  const [text, setText] = useState(formatted);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (!editing) setText(formatted);
  }, [formatted, editing]);
  const commit = () => {
    setEditing(false);
    if (text !== formatted) outlook.setRecipients(field, splitRecipientList(text));
  };
  const count = outlook.state[field].length;
  return (
    <Field label={`${label}${count > 0 ? ` (${count})` : ""}`} orientation="horizontal" className={styles.field}>
      <Input
        value={text}
        placeholder="Name <address>, …"
        onFocus={() => setEditing(true)}
        onChange={(_event, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

async function readFile(file: File) {
  return { name: file.name, size: file.size, contentType: file.type || undefined, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function Playground({ env }: { env: PlaygroundEnv }) {
  const { outlook } = env;
  const state = useOutlookState(outlook);
  const styles = useStyles();
  const [policy, setPolicy] = useState<PolicyChoice>(env.policyChoice.current);
  const [language, setLanguage] = useState(outlook.displayLanguage);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [dialog, setDialog] = useState<SendResult>();
  const [paneKey, setPaneKey] = useState(0);
  const [paneOpen, setPaneOpen] = useState(false);
  const [outbox, setOutbox] = useState<SentMail[]>([]);
  const [sampleAttachment, setSampleAttachment] = useState(SAMPLE_ATTACHMENTS[0].name);
  const fileInput = useRef<HTMLInputElement>(null);
  const text = answerText(language);
  const savedMemory = outlook.savedRoamingSettings[MEMORY_KEY];
  // Decoded only when a send or Clear memory changes it, not on every keystroke.
  const rememberedCount = useMemo(() => rememberedAddressCount(savedMemory), [savedMemory]);
  const busy = status.kind === "checking" || status.kind === "opening";
  const meeting = state.itemType === "appointment";
  const labels = meeting ? ATTENDEE_LABELS : FIELD_LABELS;

  const choosePolicy = (choice: PolicyChoice) => {
    env.policyChoice.current = choice;
    setPolicy(choice);
  };

  /** Like clicking the add-in's ribbon button (or "Take action"): a fresh pane on the same item. */
  const openPane = () => {
    outlook.clearHandlers();
    setPaneKey((k) => k + 1);
    setPaneOpen(true);
  };
  const closePane = () => {
    outlook.clearHandlers();
    setPaneOpen(false);
  };

  const deliver = (result: SendResult) => {
    const recipients = state.to.length + state.cc.length + state.bcc.length;
    const stamps = [
      ...Object.keys(state.internetHeaders).map((name) => `${name}: ${state.internetHeaders[name]}`),
      ...(state.delayDeliveryTime ? [`delivery delayed until ${state.delayDeliveryTime.toLocaleTimeString()}`] : []),
    ];
    const people = meeting ? "attendee" : "recipient";
    const what = meeting ? "Meeting request " : "";
    const summary = `${what}“${state.subject || "(no subject)"}” to ${recipients} ${people}${recipients === 1 ? "" : "s"}${stamps.length ? ` (${stamps.join("; ")})` : ""}`;
    setOutbox((sent) => [{ id: sent.length + 1, summary }, ...sent]);
    setStatus({ kind: "sent", text: `${summary}. Presend answered in ${Math.round(result.elapsedMs)} ms.` });
    closePane();
    outlook.newMessage();
  };

  const send = async () => {
    setStatus({ kind: "checking" });
    try {
      const result = await runSendHandler(env.runLaunchScript, outlook);
      if (result.options.allowEvent) deliver(result);
      else {
        setStatus({ kind: "idle" });
        setDialog(result);
      }
    } catch (error) {
      setStatus({ kind: "error", title: "Send failed", text: (error as Error).message });
    }
  };

  /** Opens the answer as Outlook does: the draft first, then the OnNewMessageCompose event. */
  const answer = async (mail: ReceivedMail, kind: AnswerKind) => {
    // The received mails are written for the sample company's policy.
    choosePolicy("sample");
    closePane();
    setStatus({ kind: "opening" });
    outlook.load(answerDraft(mail, kind, text.quote));
    try {
      await runComposeHandler(env.runLaunchScript, outlook);
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus({ kind: "error", title: text.openFailed, text: (error as Error).message });
    }
  };

  const discard = () => {
    closePane();
    setStatus({ kind: "idle" });
    outlook.newMessage();
  };

  /** Opens the organizer's form of a new meeting, as Outlook's New meeting does. */
  const newMeeting = () => {
    closePane();
    setStatus({ kind: "idle" });
    outlook.newMeeting();
  };

  const loadSample = (id: string) => {
    const sample = SAMPLES.find((s) => s.id === id);
    if (!sample) return;
    // The samples are written for the sample company's policy.
    choosePolicy("sample");
    closePane();
    setStatus({ kind: "idle" });
    outlook.load(fakeDraftOf(sample));
  };

  const attachFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) outlook.addAttachment(await readFile(file));
    if (fileInput.current) fileInput.current.value = "";
  };

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <h1 className={styles.title}>Presend playground</h1>
        <Caption1>
          A fake Outlook compose window running the real add-in: Send runs dist/launchevent.js, “Take action” opens dist/taskpane.js.
        </Caption1>
      </header>
      <section className={styles.samples} aria-labelledby="samples-heading">
        <h2 id="samples-heading" className={styles.samplesHeading}>
          Sample drafts
        </h2>
        {SAMPLES.map((sample) => (
          <Button key={sample.id} size="small" title={sample.description} onClick={() => loadSample(sample.id)}>
            {sample.title}
          </Button>
        ))}
      </section>
      <ReceivedMailPanel
        text={text}
        busy={busy}
        rememberedCount={rememberedCount}
        onAnswer={(mail, kind) => void answer(mail, kind)}
        onClearMemory={() => clearMemory(outlook)}
      />
      <div className={styles.settings}>
        <Field label="Policy">
          <Select value={policy} onChange={(_event, data) => choosePolicy(data.value as PolicyChoice)}>
            <option value="served">Served: dist/policy.json</option>
            <option value="sample">Sample company (hoshizora-logi.example)</option>
            <option value="invalid">Invalid policy (falls back to the built-in copy)</option>
          </Select>
        </Field>
        <Field label="Outlook language">
          <Select
            value={language}
            onChange={(_event, data) => {
              outlook.displayLanguage = data.value;
              setLanguage(data.value);
              if (paneOpen) openPane();
            }}
          >
            <option value="en-US">English</option>
            <option value="ja-JP">日本語</option>
          </Select>
        </Field>
      </div>
      <div className={styles.workspace}>
        <main className={styles.compose} aria-label={meeting ? "New meeting" : "New message"}>
          <Toolbar aria-label={meeting ? "Meeting" : "Message"} className={styles.row}>
            <Button appearance="primary" onClick={() => void send()} disabled={busy}>
              Send
            </Button>
            <Button onClick={() => fileInput.current?.click()}>Attach file…</Button>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              multiple
              aria-label="Attach files from disk"
              onChange={(event) => void attachFiles(event.target.files)}
            />
            <Select aria-label="Sample attachment" value={sampleAttachment} onChange={(_event, data) => setSampleAttachment(data.value)}>
              {SAMPLE_ATTACHMENTS.map((a) => (
                <option key={a.name} value={a.name}>
                  {a.name}
                </option>
              ))}
            </Select>
            <Button onClick={() => outlook.addAttachment(SAMPLE_ATTACHMENTS.find((a) => a.name === sampleAttachment)!)}>
              Attach sample
            </Button>
            <Button onClick={openPane}>Presend</Button>
            <Button appearance="subtle" onClick={discard}>
              {meeting ? "New message" : "Discard"}
            </Button>
            <Button appearance="subtle" onClick={newMeeting}>
              New meeting
            </Button>
          </Toolbar>
          {status.kind === "checking" && <Spinner size="tiny" label="Presend is checking your message…" />}
          {status.kind === "opening" && <Spinner size="tiny" label={text.opening} />}
          {status.kind === "sent" && (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Sent</MessageBarTitle>
                {status.text}
              </MessageBarBody>
            </MessageBar>
          )}
          {status.kind === "error" && (
            <MessageBar intent="error">
              <MessageBarBody>
                <MessageBarTitle>{status.title}</MessageBarTitle>
                {status.text}
              </MessageBarBody>
            </MessageBar>
          )}
          <Field label={meeting ? "Organizer" : "From"} orientation="horizontal" className={styles.field}>
            <Input readOnly value={formatRecipient(state.from)} />
          </Field>
          {(["to", "cc", "bcc"] as const).map((field) => {
            const label = labels[field];
            // A meeting has no BCC: every attendee sees every other.
            return label && <RecipientInput key={field} outlook={outlook} field={field} label={label} />;
          })}
          <Field label={meeting ? "Title" : "Subject"} orientation="horizontal" className={styles.field}>
            <Input value={state.subject} onChange={(_event, data) => outlook.setSubject(data.value)} />
          </Field>
          {meeting && (
            <Field label="Location" orientation="horizontal" className={styles.field}>
              <Input value={state.location} onChange={(_event, data) => outlook.setLocation(data.value)} />
            </Field>
          )}
          {state.attachments.length > 0 && (
            <ul className={styles.attachments} aria-label="Attachments">
              {state.attachments.map((a) => (
                <li key={a.id} className={styles.chip}>
                  <span>{a.name}</span>
                  <Caption1>{formatSize(a.size)}</Caption1>
                  <Button size="small" appearance="subtle" aria-label={`Remove ${a.name}`} onClick={() => outlook.removeAttachment(a.id)}>
                    ✕
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <Field label={meeting ? "Meeting notes" : "Message"}>
            <Textarea resize="vertical" rows={12} value={state.body} onChange={(_event, data) => outlook.setBody(data.value)} />
          </Field>
          {outbox.length > 0 && (
            <section aria-labelledby="outbox-heading">
              <h2 id="outbox-heading" className={styles.samplesHeading}>
                Sent items <Badge appearance="tint">{outbox.length}</Badge>
              </h2>
              <ul className={styles.outbox}>
                {outbox.map((mail) => (
                  <li key={mail.id}>{mail.summary}</li>
                ))}
              </ul>
            </section>
          )}
        </main>
        {paneOpen && (
          <aside className={styles.pane} aria-labelledby="pane-heading">
            <div className={styles.paneHeader}>
              <h2 id="pane-heading" className={styles.paneHeading}>
                Presend
              </h2>
              <Button size="small" appearance="subtle" aria-label="Close the Presend pane" onClick={closePane}>
                ✕
              </Button>
            </div>
            <iframe key={paneKey} className={styles.iframe} title="Presend task pane" src="pane.html" />
          </aside>
        )}
      </div>
      <SmartAlertDialog
        result={dialog}
        onDontSend={() => setDialog(undefined)}
        onSendAnyway={() => {
          const result = dialog!;
          setDialog(undefined);
          deliver(result);
        }}
        onTakeAction={() => {
          setDialog(undefined);
          openPane();
        }}
      />
    </div>
  );
}
