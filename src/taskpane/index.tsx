/** Entry of the task pane in Excel: wait for Office, then render the pane on the Office.js host. */
import { createRoot } from "react-dom/client";
import { loadLocale } from "../i18n";
import { App } from "./components/App/App";
import { officeHost } from "./office-host";
import { defaultServices } from "./services";

void Office.onReady(async () => {
  const root = document.getElementById("root");
  if (!root) return;
  const host = officeHost();
  document.documentElement.lang = host.lang;
  document.body.style.margin = "0";
  // The pane's language loads first (Danish is built in; another language is a chunk of its own).
  await loadLocale(host.lang);
  createRoot(root).render(<App host={host} services={defaultServices} />);
});
