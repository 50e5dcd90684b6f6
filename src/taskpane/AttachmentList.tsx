import { Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { showBidiControls } from "../i18n/visible";
import { formatSize } from "../rules/attachments";
import { isTicked, type AttachmentRow } from "./model";
import { ItemStatus, useListStyles, type FixActions, type TickActions } from "./Findings";
import { useText } from "./text";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
  label: { flexGrow: 1, minWidth: 0 },
  plainLabel: { flexGrow: 1, minWidth: 0, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
});

export function AttachmentList({ rows, ticks, actions }: { rows: AttachmentRow[]; ticks: TickActions; actions: FixActions }) {
  const { t } = useText();
  const styles = useStyles();
  const list = useListStyles();
  return (
    <ul className={list.plainList}>
      {rows.map((row) => {
        const { attachment, check } = row;
        const size = (
          <Caption1>
            {" "}
            ({formatSize(attachment.size)}
            {attachment.inline ? `, ${t("ui/inline")}` : ""})
          </Caption1>
        );
        return (
          <li key={attachment.id} className={styles.row}>
            {check ? (
              <Checkbox
                className={styles.label}
                checked={isTicked(check, ticks.ticked)}
                onChange={(_event, data) => ticks.tick([check], data.checked === true)}
                label={
                  <>
                    {showBidiControls(attachment.name)}
                    {size}
                  </>
                }
              />
            ) : (
              <span className={styles.plainLabel}>
                {showBidiControls(attachment.name)}
                {size}
              </span>
            )}
            <ItemStatus item={row} name={attachment.name} busy={actions.busy} onRemove={() => actions.removeAttachment(attachment.id)} />
          </li>
        );
      })}
    </ul>
  );
}
