import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import { pickLocale } from "../i18n";
import { AttachmentList } from "./AttachmentList";
import { VERSION } from "./build-config";
import { BlockCards, MessageChecks, Summary, type FixActions, type TickActions } from "./Findings";
import { besideScript, type PaneHost } from "./host";
import { isTicked } from "./model";
import { deliveryNotice, type PaneNotice } from "./notices";
import { RecipientList } from "./RecipientList";
import { TextContext, translator, useText } from "./text";
import { usePane } from "./usePane";

/**
 * One MessageBar: the headline in the user's language, further points, then the technical
 * lines for an administrator, closed behind "Details": users read the plain line only.
 */
function NoticeBar({ notice }: { notice: PaneNotice }) {
  const { t } = useText();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const detailsId = useId();
  const more = notice.moreDetails > 0 ? [t("ui/notice/more", { count: notice.moreDetails })] : [];
  return (
    <MessageBar intent={notice.intent} layout="multiline">
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{t(notice.title)}</MessageBarTitle>}
        {t(notice.id, notice.params)}
        {notice.hints.length > 0 && (
          <ul className="presend-notice-hints">
            {notice.hints.map((hint) => (
              <li key={hint}>{t(hint)}</li>
            ))}
          </ul>
        )}
        {notice.details.length > 0 && (
          <div>
            <Button size="small" appearance="transparent" aria-expanded={detailsOpen} aria-controls={detailsId} onClick={() => setDetailsOpen(!detailsOpen)}>
              {t("ui/notice/details")}
            </Button>
            <div id={detailsId} hidden={!detailsOpen}>
              <Caption1 className="presend-notice-details">{[...notice.details, ...more].join("; ")}</Caption1>
            </div>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function Pane({ host }: { host: PaneHost }) {
  const view = usePane(host);
  const locale = pickLocale(host.displayLanguage);
  const text = useMemo(() => ({ locale, t: translator(locale, view.policy, host.kind) }), [locale, view.policy, host.kind]);
  const { t } = text;
  const progressId = useId();
  const bccHintId = useId();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t("ui/title");
  }, [locale, t]);

  const { model, evaluation, policy } = view;
  const delay = useMemo(
    () => (evaluation && policy ? deliveryNotice(evaluation, policy, locale, host.kind) : undefined),
    [evaluation, policy, locale, host.kind],
  );
  const ticks: TickActions = { ticked: view.ticked, tick: view.tick };
  const { removeRecipient, removeAttachment } = view;
  const actions: FixActions = useMemo(
    () => ({
      busy: view.busy,
      removeRecipient: (target) => void removeRecipient(target),
      removeAttachment: (id) => void removeAttachment(id),
    }),
    [view.busy, removeRecipient, removeAttachment],
  );
  const checks = model?.checks ?? [];
  const warningCount = model?.warnings.length ?? 0;
  const tickedCount = checks.filter((check) => isTicked(check, view.ticked)).length;
  // Warnings need no tick: Confirm acknowledges them once every item to confirm is ticked.
  const canConfirm = checks.length + warningCount > 0 && tickedCount === checks.length && !view.busy;
  // Until the must-fix items are fixed the mail cannot go, whatever is ticked: say so, never "Confirmed".
  const blocked = (model?.blockCards.length ?? 0) > 0;
  const confirmStatus = [
    blocked && t("ui/fix-first"),
    checks.length > 0 && t("ui/progress", { done: tickedCount, total: checks.length }),
    checks.length > tickedCount && t("ui/confirm-disabled-hint"),
    warningCount > 0 && t("ui/confirm-acknowledges", { count: warningCount }),
  ].filter((part) => part !== false);

  return (
    <TextContext.Provider value={text}>
      <main className="presend-pane">
        <h1 className="presend-title">{t("ui/title")}</h1>
        {view.problems.map((problem) => (
          <NoticeBar key={problem.id} notice={problem} />
        ))}
        {view.loading && <Spinner size="small" label={t("ui/loading")} />}
        {model && evaluation && policy && view.draft && (
          <>
            {/* Re-mounted on each re-evaluation so the new result is announced to screen readers. */}
            <Summary key={view.revision} evaluation={evaluation} policy={policy} />
            {delay && <NoticeBar notice={delay} />}
            {model.moveToBcc.length > 0 && (
              <div className="presend-fix">
                <Button disabled={view.busy} aria-describedby={bccHintId} onClick={() => void view.moveToBcc()}>
                  {t("ui/move-to-bcc")}
                </Button>
                <Caption1 id={bccHintId}>{t("ui/move-to-bcc-hint", { count: model.moveToBcc.length })}</Caption1>
              </div>
            )}
            {model.blockCards.length > 0 && (
              <section className="presend-section">
                <h2 className="presend-heading">{t("ui/must-fix-heading")}</h2>
                <BlockCards cards={model.blockCards} policy={policy} actions={actions} />
              </section>
            )}
            {checks.length > 0 && (
              <section className="presend-section">
                <h2 className="presend-heading">{t("ui/confirm-heading")}</h2>
                <p className="presend-note">{t("ui/confirm-intro")}</p>
                {model.messageChecks.length > 0 && (
                  <>
                    <h3 className="presend-heading">{t("ui/message-checks-heading")}</h3>
                    <MessageChecks checks={model.messageChecks} policy={policy} ticks={ticks} />
                  </>
                )}
              </section>
            )}
            <section className="presend-section">
              <h2 className="presend-heading">{t("ui/recipients-heading", { count: model.recipientCount })}</h2>
              {model.cappedFields.length > 0 && (
                <p className="presend-note">
                  {t("ui/capped", { fields: model.cappedFields.map((f) => t(`ui/field/${f}`)).join("/") })}
                </p>
              )}
              <RecipientList sections={model.sections} total={model.recipientCount} ticks={ticks} actions={actions} />
            </section>
            {model.attachments.length > 0 && (
              <section className="presend-section">
                <h2 className="presend-heading">{t("ui/attachments-heading", { count: model.attachments.length })}</h2>
                <AttachmentList rows={model.attachments} ticks={ticks} actions={actions} />
              </section>
            )}
            <footer className="presend-footer">
              {view.saved && (
                <MessageBar intent={blocked ? "warning" : "success"} layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{t(blocked ? "ui/not-ready-title" : "ui/confirmed-title")}</MessageBarTitle>
                    {t(blocked ? "ui/confirmed-fix-first" : "ui/confirmed-send")}
                  </MessageBarBody>
                </MessageBar>
              )}
              <div className="presend-confirm-row">
                <Caption1 id={progressId}>{confirmStatus.length === 0 ? t("ui/nothing-to-confirm") : confirmStatus.join(" ")}</Caption1>
                <Button appearance="primary" disabled={!canConfirm} aria-describedby={progressId} onClick={() => void view.confirm()}>
                  {t("ui/confirm")}
                </Button>
              </div>
              <Caption1 className="presend-note">
                Presend {VERSION} ·{" "}
                {/* A page of its own, outside the pane, so the user can read it beside the message. */}
                <a href={besideScript(t("ui/guide-page"))} target="_blank" rel="noopener noreferrer">
                  {t("ui/guide")}
                </a>
              </Caption1>
            </footer>
          </>
        )}
      </main>
    </TextContext.Provider>
  );
}
