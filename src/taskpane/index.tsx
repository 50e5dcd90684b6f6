import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officePaneHost } from "./host";
import { Pane } from "./Pane";
// The pane's own layout: the build (mini-css-extract-plugin) writes it beside the bundle as taskpane.css, which the pages link.
import "./taskpane.css";

// office.js calls back once the host is ready; the pane reads the draft itself,
// so it works the same when opened from the ribbon or from a Smart Alerts dialog.
void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Pane host={officePaneHost(Office)} />
    </FluentProvider>,
  );
});
