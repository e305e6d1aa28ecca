/** Entry of the browser demo: the Sjælland 2025 example workbook in memory, the pane beside it. */
import { createRoot } from "react-dom/client";
import { application } from "../app/application";
import { loadLocale } from "../i18n";
import { langOf } from "../taskpane/strings";
import { Demo } from "./components/Demo/Demo";
import { DemoWorkbook } from "./demo-workbook";
import { exampleSpec } from "./example";

const query = new URLSearchParams(window.location.search);
const contract = application.findContract(query.get("example") ?? "sjaelland-2025") ?? application.contracts()[0]!;
const lang = langOf(query.get("lang") ?? "da");
const theme = query.get("theme") === "dark" ? "dark" : "light";
// ?pane=only: the task pane alone at the window's width, as Excel shows it (320–450 px).
const paneOnly = query.get("pane") === "only";

document.body.style.margin = "0";
const root = document.getElementById("root");
if (root) {
  const book = new DemoWorkbook(exampleSpec(contract));
  void loadLocale(lang).then(() =>
    createRoot(root).render(<Demo book={book} services={application} lang={lang} theme={theme} paneOnly={paneOnly} />),
  );
}
