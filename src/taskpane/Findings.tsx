import {
  Badge,
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type BadgeProps,
  type MessageBarIntent,
} from "@fluentui/react-components";
import type { Decision, Evaluation, Finding } from "../engine/types";
import { readingOrder, renderFinding, separateRisks } from "../i18n/findings";
import { showBidiControls } from "../domains/visible";
import type { RecipientTarget } from "../office/fixes";
import type { Policy } from "../policy/types";
import { isTicked, type BlockCard, type CheckItem } from "./model";
import { useText } from "./text";

const DECISION_INTENT: Record<Decision, MessageBarIntent> = {
  allow: "success",
  warn: "warning",
  confirm: "warning",
  block: "error",
};

const SEVERITY_COLOR: Record<Finding["severity"], BadgeProps["color"]> = {
  warn: "warning",
  confirm: "brand",
  block: "danger",
};

export function SeverityBadge({ severity }: { severity: Finding["severity"] }) {
  const { t } = useText();
  return (
    <Badge className="presend-severity" appearance="tint" color={SEVERITY_COLOR[severity]} shape="rounded">
      {t(`severity/${severity}`)}
    </Badge>
  );
}

/** The decision and one sentence per risk, in the Smart Alerts dialog's order. */
export function Summary({ evaluation, policy }: { evaluation: Evaluation; policy: Policy }) {
  const { t, locale } = useText();
  const findings = readingOrder(separateRisks(evaluation.findings));
  return (
    <MessageBar intent={DECISION_INTENT[evaluation.decision]} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(`decision/${evaluation.decision}`)}</MessageBarTitle>
        {findings.length === 0 ? (
          <p className="presend-note">{t("ui/no-findings")}</p>
        ) : (
          <ul className="presend-list">
            {findings.map((finding) => (
              <li key={`${finding.rule}:${finding.message.id}:${finding.items.join(",")}`} className="presend-finding">
                <SeverityBadge severity={finding.severity} />
                <span>{renderFinding(finding, locale, policy, showBidiControls)}</span>
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface FixActions {
  busy: boolean;
  removeRecipient(target: RecipientTarget): void;
  removeAttachment(attachmentId: string): void;
}

/** Block findings: they cannot be confirmed, so each shows why and its one-click fixes. */
export function BlockCards({ cards, policy, actions }: { cards: BlockCard[]; policy: Policy; actions: FixActions }) {
  const { t, locale } = useText();
  return (
    <ul className="presend-list">
      {cards.map(({ finding, removableRecipients, removableAttachments }) => (
        <li key={`${finding.rule}:${finding.items.join(",")}`} className="presend-card">
          <span>{renderFinding(finding, locale, policy, showBidiControls)}</span>
          <p className="presend-note">{t("ui/must-fix-note")}</p>
          {removableRecipients.length + removableAttachments.length > 0 && (
            <ul className="presend-list">
              {removableRecipients.map((address) => (
                <li key={address} className="presend-card-item">
                  <span>{showBidiControls(address)}</span>
                  <RemoveButton name={address} disabled={actions.busy} onClick={() => actions.removeRecipient(address)} />
                </li>
              ))}
              {removableAttachments.map((attachment) => (
                <li key={attachment.id} className="presend-card-item">
                  <span>{showBidiControls(attachment.name)}</span>
                  <RemoveButton name={attachment.name} disabled={actions.busy} onClick={() => actions.removeAttachment(attachment.id)} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The end of a recipient's or file's row: its worst severity (or "confirmed"), and a
 * Remove button unless a must-fix card above already offers it.
 */
export function ItemStatus(props: {
  item: { severity?: Finding["severity"]; confirmed: boolean; removedInCard: boolean };
  name: string;
  busy: boolean;
  onRemove(): void;
}) {
  const { t } = useText();
  const { item } = props;
  return (
    <>
      {item.severity ? (
        <SeverityBadge severity={item.severity} />
      ) : item.confirmed ? (
        <Badge appearance="tint" color="success" shape="rounded">
          {t("ui/confirmed-badge")}
        </Badge>
      ) : null}
      {!item.removedInCard && <RemoveButton name={props.name} disabled={props.busy} onClick={props.onRemove} />}
    </>
  );
}

/** "Remove" on screen; the accessible name says what goes ("Remove a@x.jp"). */
export function RemoveButton({ name, disabled, onClick }: { name: string; disabled: boolean; onClick(): void }) {
  const { t } = useText();
  return (
    <Button size="small" appearance="secondary" aria-label={t("ui/remove-named", { name: showBidiControls(name) })} disabled={disabled} onClick={onClick}>
      {t("ui/remove")}
    </Button>
  );
}

export interface TickActions {
  ticked: ReadonlySet<string>;
  tick(checks: readonly CheckItem[], on: boolean): void;
}

/** Confirm findings about the message itself (its subject or text), one checkbox each. */
export function MessageChecks({ checks, policy, ticks }: { checks: CheckItem[]; policy: Policy; ticks: TickActions }) {
  const { locale } = useText();
  return (
    <ul className="presend-list">
      {checks.map((check) => (
        <li key={check.id}>
          <Checkbox
            checked={isTicked(check, ticks.ticked)}
            onChange={(_event, data) => ticks.tick([check], data.checked === true)}
            label={check.findings.map((f) => renderFinding(f, locale, policy, showBidiControls)).join(" ")}
          />
        </li>
      ))}
    </ul>
  );
}
