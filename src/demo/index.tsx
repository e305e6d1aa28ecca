/** Entry of the browser demo: the Sjælland 2025 example workbook in memory, the pane beside it. */
import { createRoot } from "react-dom/client";
import { findContract, LIBRARY } from "../templates";
import { langOf } from "../taskpane/strings";
import { defaultServices } from "../taskpane/usecases";
import { Demo } from "./components/Demo/Demo";
import { DemoWorkbook } from "./demo-workbook";
import { exampleSpec } from "./example";

const query = new URLSearchParams(window.location.search);
const contract = findContract(query.get("example") ?? "sjaelland-2025") ?? LIBRARY[0]!;
const lang = langOf(query.get("lang") ?? "da");
const theme = query.get("theme") === "dark" ? "dark" : "light";

document.body.style.margin = "0";
const root = document.getElementById("root");
if (root) {
  const book = new DemoWorkbook(exampleSpec(contract));
  createRoot(root).render(<Demo book={book} services={defaultServices} lang={lang} theme={theme} />);
}
