import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { SendResult } from "./send";

const useStyles = makeStyles({
  message: { whiteSpace: "pre-wrap", overflowWrap: "anywhere", margin: 0 },
  meta: { display: "block", marginTop: tokens.spacingVerticalM, color: tokens.colorNeutralForeground3 },
});

/** PromptUser: the only sendModeOverride Outlook knows; it adds "Send anyway". */
const PROMPT_USER = "promptUser";

/**
 * The dialog Outlook shows when the handler stops a send: the add-in's
 * message, "Send anyway" only with sendModeOverride PromptUser, "Take action"
 * (or the handler's cancelLabel) only with a commandId, and "Don't send".
 */
export function SmartAlertDialog(props: {
  result: SendResult | undefined;
  onSendAnyway(): void;
  onTakeAction(): void;
  onDontSend(): void;
}) {
  const { result, onSendAnyway, onTakeAction, onDontSend } = props;
  const styles = useStyles();
  const options = result?.options;
  return (
    <Dialog open={result !== undefined} modalType="alert" onOpenChange={(_event, data) => !data.open && onDontSend()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Presend</DialogTitle>
          <DialogContent>
            <p className={styles.message}>{options?.errorMessage ?? "(the handler gave no errorMessage)"}</p>
            {result && (
              <Caption1 className={styles.meta}>
                The handler answered in {Math.round(result.elapsedMs)} ms
                {result.completedTwice ? " and called event.completed more than once" : ""}.
              </Caption1>
            )}
          </DialogContent>
          <DialogActions>
            {options?.commandId && (
              <Button appearance="primary" onClick={onTakeAction}>
                {options.cancelLabel || "Take action"}
              </Button>
            )}
            {options?.sendModeOverride === PROMPT_USER && <Button onClick={onSendAnyway}>Send anyway</Button>}
            <Button appearance={options?.commandId ? "secondary" : "primary"} onClick={onDontSend}>
              Don't send
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
