import type { TaskpaneHost } from "../../../taskpane/host";
import type { Services } from "../../../taskpane/services";
import type { Lang } from "../../../taskpane/strings";
import type { DemoWorkbook } from "../../demo-workbook";

export interface DemoProps {
  readonly book: DemoWorkbook;
  readonly services: Services;
  readonly lang: Lang;
  readonly theme: "light" | "dark";
}

export interface DemoState {
  readonly lang: Lang;
  readonly theme: "light" | "dark";
  readonly book: DemoWorkbook;
  readonly host: TaskpaneHost;
  readonly services: Services;
  onLang(lang: Lang): void;
}
