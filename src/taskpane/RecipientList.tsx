import { Badge, Button, Caption1, Checkbox } from "@fluentui/react-components";
import { memo, useId, useState, type ReactNode } from "react";
import { showBidiControls } from "../domains/visible";
import { isTicked, type CheckItem, type OrganisationGroup, type RecipientRow, type ZoneSection } from "./model";
import { ItemStatus, type FixActions, type TickActions } from "./Findings";
import { useText } from "./text";

/**
 * Big drafts (a seminar mailed to 1,000 people) must stay responsive: when a
 * draft is large or a group is long, groups with nothing to confirm start
 * collapsed, and rows with nothing to tick are rendered a page at a time.
 */
const OPEN_GROUP_MAX_ROWS = 50;
const OPEN_DRAFT_MAX_ROWS = 200;
const ROWS_PER_PAGE = 100;

/** What names a row for people: its address, or for a contact group (no address) its name. */
function rowName(row: RecipientRow, t: ReturnType<typeof useText>["t"]): string {
  return row.address || row.name || t("ui/unnamed-group");
}

function RecipientLabel({ row }: { row: RecipientRow }) {
  const { t } = useText();
  if (!row.address) return <span>{showBidiControls(rowName(row, t))}</span>;
  return (
    <>
      {row.name && row.name !== row.address ? <span className="presend-display-name">{showBidiControls(row.name)} </span> : null}
      <span>&lt;{showBidiControls(row.address)}&gt;</span>
    </>
  );
}

/** Memoised: in a 1,000-recipient draft a tick re-renders only the rows whose state changed. */
const RecipientRowView = memo(function RecipientRowView(props: {
  row: RecipientRow;
  checked: boolean;
  busy: boolean;
  tick: TickActions["tick"];
  removeRecipient: FixActions["removeRecipient"];
}) {
  const { row, checked, busy, tick, removeRecipient } = props;
  const { t } = useText();
  const familiarityId = useId();
  const check = row.check;
  return (
    <li className="presend-item presend-recipient">
      {check ? (
        <Checkbox
          className="presend-item-check"
          checked={checked}
          onChange={(_event, data) => tick([check], data.checked === true)}
          label={<RecipientLabel row={row} />}
          aria-describedby={row.familiarity && familiarityId}
        />
      ) : (
        <span className="presend-item-label">
          <RecipientLabel row={row} />
        </span>
      )}
      {row.fields.map((field) => (
        <Badge key={field} appearance="outline" color="informative" shape="rounded">
          {t(`ui/field/${field}`)}
        </Badge>
      ))}
      {/* Words, not colour: whether this person is new is often the whole question. */}
      {row.familiarity && (
        <Badge id={familiarityId} appearance="outline" color={row.familiarity === "new" ? "brand" : "informative"} shape="rounded">
          {t(`ui/familiarity/${row.familiarity}`)}
        </Badge>
      )}
      {row.toBcc && (
        <Badge appearance="outline" color="danger" shape="rounded">
          {t("ui/row-to-bcc")}
        </Badge>
      )}
      {row.kind === "distributionList" && (
        <Badge appearance="outline" color="informative" shape="rounded">
          {t("ui/distribution-list")}
        </Badge>
      )}
      <ItemStatus item={row} name={rowName(row, t)} busy={busy} onRemove={() => removeRecipient(row.target)} />
    </li>
  );
});

/**
 * One organisation. Every recipient needing confirmation has its own checkbox in the
 * page (DESIGN §5), so a group holding any opens by default and renders all of them;
 * only rows with nothing to tick wait behind "Show more" or a collapsed group.
 */
function GroupView(props: { group: OrganisationGroup; large: boolean; ticks: TickActions; actions: FixActions }) {
  const { group, large, ticks, actions } = props;
  const { t } = useText();
  const checks = group.rows.flatMap((row): CheckItem[] => (row.check ? [row.check] : []));
  // undefined until the user opens or closes it: the default follows whether anything needs ticking.
  const [openChoice, setOpenChoice] = useState<boolean>();
  const open = openChoice ?? (!large || checks.length > 0);
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const bodyId = useId();
  const tickedCount = checks.filter((check) => isTicked(check, ticks.ticked)).length;
  const label =
    group.kind === "personal"
      ? t("ui/personal-group", { domain: group.label })
      : group.kind === "organisation"
        ? group.label
        : t(`ui/${group.kind}-group`);
  const rows = group.rows.filter((row, index) => index < shown || row.check);
  const remaining = group.rows.length - rows.length;
  return (
    <li>
      <div className="presend-group-header">
        <h4 className="presend-group-heading">
          <Button appearance="subtle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpenChoice(!open)}>
            <span aria-hidden="true">{open ? "▾" : "▸"}&nbsp;</span>
            {label}
          </Button>
        </h4>
        <Caption1>
          {t("ui/group-count", { count: group.rows.length })}
          {checks.length > tickedCount ? ` · ${t("ui/group-pending", { count: checks.length - tickedCount })}` : ""}
        </Caption1>
        {/* Besides each address's own checkbox, any group with several to confirm can be confirmed as a whole. */}
        {checks.length > 1 && (
          <Checkbox
            checked={tickedCount === checks.length ? true : tickedCount > 0 ? "mixed" : false}
            onChange={(_event, data) => ticks.tick(checks, data.checked === true)}
            label={t("ui/confirm-group", { count: checks.length, group: label })}
          />
        )}
      </div>
      <div id={bodyId} hidden={!open} className="presend-group-body">
        {open && (
          <ul className="presend-list">
            {rows.map((row) => (
              <RecipientRowView
                key={row.id}
                row={row}
                checked={row.check !== undefined && isTicked(row.check, ticks.ticked)}
                busy={actions.busy}
                tick={ticks.tick}
                removeRecipient={actions.removeRecipient}
              />
            ))}
          </ul>
        )}
        {open && remaining > 0 && (
          <Button appearance="transparent" onClick={() => setShown(shown + ROWS_PER_PAGE)}>
            {t("ui/show-more", { count: Math.min(remaining, ROWS_PER_PAGE) })}
          </Button>
        )}
      </div>
    </li>
  );
}

/** Recipients by zone (external, trusted, internal), then by organisation. */
export function RecipientList(props: {
  sections: ZoneSection[];
  total: number;
  ticks: TickActions;
  actions: FixActions;
}): ReactNode {
  const { sections, total, ticks, actions } = props;
  const { t } = useText();
  if (total === 0) return <p>{t("ui/no-recipients")}</p>;
  return (
    <div className="presend-zones">
      {sections.map((section) => (
        <section key={section.zone} className="presend-zone">
          <h3 className="presend-zone-heading">
            {t(`ui/zone/${section.zone}`)} ({section.count})
          </h3>
          <ul className="presend-list">
            {section.groups.map((group) => (
              <GroupView
                key={group.id}
                group={group}
                large={group.rows.length > OPEN_GROUP_MAX_ROWS || total > OPEN_DRAFT_MAX_ROWS}
                ticks={ticks}
                actions={actions}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
