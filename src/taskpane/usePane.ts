import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { evaluate } from "../check";
import { confirmationsFor } from "../engine/evaluate";
import type { Confirmation, Draft, Evaluation } from "../engine/types";
import type { RecipientTarget } from "../office/fixes";
import type { Policy } from "../policy/types";
import type { PaneData, PaneHost } from "./host";
import { buildPaneModel, mergeConfirmations, tickedConfirmations, withTicks, type CheckItem, type PaneModel } from "./model";
import { errorNotice, policyNotices, readNotices, type PaneNotice } from "./notices";

export interface PaneView {
  loading: boolean;
  draft?: Draft;
  policy?: Policy;
  evaluation?: Evaluation;
  model?: PaneModel;
  /** What went wrong while checking or changing the draft, policy problems first. */
  problems: PaneNotice[];
  ticked: ReadonlySet<string>;
  /** Confirmations were saved and nothing new is pending. */
  saved: boolean;
  busy: boolean;
  /** Bumped on every re-evaluation after a change, for the screen-reader announcement. */
  revision: number;
  tick(checks: readonly CheckItem[], on: boolean): void;
  confirm(): Promise<void>;
  moveToBcc(): Promise<void>;
  removeRecipient(target: RecipientTarget): Promise<void>;
  removeAttachment(attachmentId: string): Promise<void>;
}

/** Recipient and attachment events come in bursts (a pasted list): read the draft once per burst. */
const CHANGE_DEBOUNCE_MS = 150;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function usePane(host: PaneHost): PaneView {
  const [draft, setDraft] = useState<Draft>();
  const [policy, setPolicy] = useState<Policy>();
  const [data, setData] = useState<PaneData>();
  const [stored, setStored] = useState<Confirmation[]>([]);
  const [loadProblems, setLoadProblems] = useState<PaneNotice[]>([]);
  const [actionProblem, setActionProblem] = useState<PaneNotice>();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [revision, setRevision] = useState(0);
  const readSequence = useRef(0);

  const applyRead = useCallback(
    async (policyProblems: PaneNotice[]) => {
      const sequence = ++readSequence.current;
      try {
        const snapshot = await host.readDraft();
        if (sequence !== readSequence.current) return; // a newer read started meanwhile
        setDraft(snapshot.draft);
        setStored(snapshot.confirmations);
        setLoadProblems([...policyProblems, ...readNotices(snapshot.failures)]);
      } catch (error) {
        if (sequence !== readSequence.current) return;
        setLoadProblems([...policyProblems, errorNotice("ui/error/load", [errorText(error)])]);
      }
    },
    [host],
  );

  const policyProblems = useRef<PaneNotice[]>([]);

  useEffect(() => {
    let active = true;
    void (async () => {
      try {
        const [loaded, paneData] = await Promise.all([host.loadPolicy(), host.loadData()]);
        if (!active) return;
        policyProblems.current = policyNotices(loaded);
        setPolicy(loaded.policy);
        setData(paneData);
      } catch (error) {
        if (!active) return;
        policyProblems.current = [errorNotice("ui/error/load", [errorText(error)])];
      }
      await applyRead(policyProblems.current);
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = host.onDraftChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void applyRead(policyProblems.current).then(() => setRevision((r) => r + 1));
      }, CHANGE_DEBOUNCE_MS);
    });
    return () => {
      active = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [host, applyRead]);

  const evaluation = useMemo(() => {
    if (!draft || !policy) return undefined;
    // As the send handler does: whom the user has not written to within memory.days is new again.
    if (draft.memory) draft.memory.forgetOlderThan(policy.memory.days, Date.now());
    return evaluate(draft, policy, stored, data);
  }, [draft, policy, stored, data]);
  const model = useMemo(
    () => (draft && policy && evaluation ? buildPaneModel(draft, policy, evaluation) : undefined),
    [draft, policy, evaluation],
  );

  /** Runs a host change, then re-reads the draft (hosts do not always raise events for an add-in's own edits). */
  const change = useCallback(
    async (action: () => Promise<void>, failureId: string) => {
      setBusy(true);
      setActionProblem(undefined);
      try {
        await action();
      } catch (error) {
        setActionProblem(errorNotice(failureId, [errorText(error)]));
      }
      await applyRead(policyProblems.current);
      setRevision((r) => r + 1);
      setBusy(false);
    },
    [applyRead],
  );

  const confirm = useCallback(async () => {
    if (!model) return;
    // The warnings shown are acknowledged with the ticked items: the next Send asks no "Send anyway".
    const confirmations = mergeConfirmations(stored, [
      ...tickedConfirmations(model.checks, ticked),
      ...confirmationsFor(model.warnings),
    ]);
    setBusy(true);
    setActionProblem(undefined);
    try {
      await host.saveConfirmations(confirmations);
      setStored(confirmations);
      setSaved(true);
    } catch (error) {
      setActionProblem(errorNotice("ui/error/save", [errorText(error)]));
    }
    setBusy(false);
  }, [model, ticked, host, stored]);

  // Stable, so the pane's rows (memoised: a draft may list 1,000) re-render only when their own state changes.
  const tick = useCallback(
    (checks: readonly CheckItem[], on: boolean) => setTicked((current) => withTicks(current, checks, on)),
    [],
  );
  const removeRecipient = useCallback(
    (target: RecipientTarget) => change(() => host.removeRecipient(target), "ui/error/fix"),
    [change, host],
  );
  const removeAttachment = useCallback(
    (attachmentId: string) => change(() => host.removeAttachment(attachmentId), "ui/error/fix"),
    [change, host],
  );

  return {
    // A warning (the built-in policy in use) does not end the wait; an error does, as nothing more will come.
    loading: !model && !loadProblems.some((notice) => notice.intent === "error"),
    draft,
    policy,
    evaluation,
    model,
    problems: actionProblem ? [...loadProblems, actionProblem] : loadProblems,
    ticked,
    saved: saved && model !== undefined && model.checks.length === 0 && model.warnings.length === 0,
    busy,
    revision,
    tick,
    confirm,
    moveToBcc: () => change(() => host.moveToBcc(model?.moveToBcc ?? []), "ui/error/fix"),
    removeRecipient,
    removeAttachment,
  };
}
