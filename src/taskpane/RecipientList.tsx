import { Badge, Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import { showBidiControls } from "../i18n/visible";
import { isTicked, type CheckItem, type OrganisationGroup, type RecipientRow, type ZoneSection } from "./model";
import { ItemStatus, useListStyles, type FixActions, type TickActions } from "./Findings";
import { useText } from "./text";

/**
 * Big drafts (a seminar mailed to 1,000 people) must stay responsive: groups
 * start collapsed when a draft is large or a group is long, and an open group
 * renders its rows a page at a time.
 */
const OPEN_GROUP_MAX_ROWS = 50;
const OPEN_DRAFT_MAX_ROWS = 200;
const ROWS_PER_PAGE = 100;

const useStyles = makeStyles({
  zone: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  zoneHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  groupHeader: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300 },
  groupBody: { paddingLeft: tokens.spacingHorizontalL },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  label: { flexGrow: 1, minWidth: 0 },
  plainLabel: { flexGrow: 1, minWidth: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  name: { color: tokens.colorNeutralForeground2 },
});

/** What names a row for people: its address, or for a contact group (no address) its name. */
function rowName(row: RecipientRow, t: ReturnType<typeof useText>["t"]): string {
  return row.address || row.name || t("ui/unnamed-group");
}

function RecipientLabel({ row }: { row: RecipientRow }) {
  const { t } = useText();
  const styles = useStyles();
  if (!row.address) return <span>{showBidiControls(rowName(row, t))}</span>;
  return (
    <>
      {row.name && row.name !== row.address ? <span className={styles.name}>{showBidiControls(row.name)} </span> : null}
      <span>&lt;{showBidiControls(row.address)}&gt;</span>
    </>
  );
}

function RecipientRowView({ row, ticks, actions }: { row: RecipientRow; ticks: TickActions; actions: FixActions }) {
  const { t } = useText();
  const styles = useStyles();
  const check = row.check;
  return (
    <li className={styles.row}>
      {check ? (
        <Checkbox
          className={styles.label}
          checked={isTicked(check, ticks.ticked)}
          onChange={(_event, data) => ticks.tick([check], data.checked === true)}
          label={<RecipientLabel row={row} />}
        />
      ) : (
        <span className={styles.plainLabel}>
          <RecipientLabel row={row} />
        </span>
      )}
      {row.fields.map((field) => (
        <Badge key={field} appearance="outline" color="informative" shape="rounded">
          {t(`ui/field/${field}`)}
        </Badge>
      ))}
      {row.kind === "distributionList" && (
        <Badge appearance="outline" color="informative" shape="rounded">
          {t("ui/distribution-list")}
        </Badge>
      )}
      <ItemStatus item={row} name={rowName(row, t)} busy={actions.busy} onRemove={() => actions.removeRecipient(row.target)} />
    </li>
  );
}

function GroupView(props: {
  group: OrganisationGroup;
  openByDefault: boolean;
  ticks: TickActions;
  actions: FixActions;
}) {
  const { group, openByDefault, ticks, actions } = props;
  const { t } = useText();
  const styles = useStyles();
  const list = useListStyles();
  const [open, setOpen] = useState(openByDefault);
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const bodyId = useId();
  const checks = group.rows.flatMap((row): CheckItem[] => (row.check ? [row.check] : []));
  const tickedCount = checks.filter((check) => isTicked(check, ticks.ticked)).length;
  const label =
    group.kind === "personal"
      ? t("ui/personal-group", { domain: group.label })
      : group.kind === "no-address"
        ? t("ui/no-address-group")
        : group.label;
  const remaining = group.rows.length - shown;
  return (
    <li>
      <div className={styles.groupHeader}>
        <h4 className={styles.groupHeading}>
          <Button appearance="subtle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? "▾" : "▸"}&nbsp;</span>
            {label}
          </Button>
        </h4>
        <Caption1>
          {t("ui/group-count", { count: group.rows.length })}
          {checks.length > tickedCount ? ` · ${t("ui/group-pending", { count: checks.length - tickedCount })}` : ""}
        </Caption1>
        {/* Ticking hundreds of addresses one by one is not a real check: a long group is confirmed as a whole. */}
        {!openByDefault && checks.length > 1 && (
          <Checkbox
            checked={tickedCount === checks.length ? true : tickedCount > 0 ? "mixed" : false}
            onChange={(_event, data) => ticks.tick(checks, data.checked === true)}
            label={t("ui/confirm-group", { count: checks.length, group: label })}
          />
        )}
      </div>
      <div id={bodyId} hidden={!open} className={styles.groupBody}>
        {open && (
          <ul className={list.plainList}>
            {group.rows.slice(0, shown).map((row) => (
              <RecipientRowView key={row.id} row={row} ticks={ticks} actions={actions} />
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
  const styles = useStyles();
  const list = useListStyles();
  if (total === 0) return <p>{t("ui/no-recipients")}</p>;
  return (
    <div className={styles.zone}>
      {sections.map((section) => (
        <section key={section.zone} className={styles.zone}>
          <h3 className={styles.zoneHeading}>
            {t(`ui/zone/${section.zone}`)} ({section.count})
          </h3>
          <ul className={list.plainList}>
            {section.groups.map((group) => (
              <GroupView
                key={group.id}
                group={group}
                openByDefault={group.rows.length <= OPEN_GROUP_MAX_ROWS && total <= OPEN_DRAFT_MAX_ROWS}
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
