import { Caption1, Checkbox } from "@fluentui/react-components";
import { showBidiControls } from "../domains/visible";
import { formatSize } from "../rules/attachments";
import { isTicked, type AttachmentRow } from "./model";
import { ItemStatus, type FixActions, type TickActions } from "./Findings";
import { useText } from "./text";

export function AttachmentList({ rows, ticks, actions }: { rows: AttachmentRow[]; ticks: TickActions; actions: FixActions }) {
  const { t } = useText();
  return (
    <ul className="presend-list">
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
          <li key={attachment.id} className="presend-item">
            {check ? (
              <Checkbox
                className="presend-item-check"
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
              <span className="presend-item-label">
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
