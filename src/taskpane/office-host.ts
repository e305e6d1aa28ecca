/**
 * The task pane's host in Excel: the Office.js adapter, the display language and theme from
 * Office, and table change events (`workbook.tables.onChanged`, ExcelApi 1.7) for re-checking.
 */
import { officeWorkbook } from "../app/hosts/office";
import { localIsoDate } from "../app/typed-figure";
import type { InsertResult, TaskpaneHost } from "./host";
import { langOf } from "./strings";

/** Dark when Office's body background is dark (officeTheme has no "isDark" on older hosts). */
export function isDarkColor(color: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color ?? "");
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** "Excel 16.0.18025 · PC · ExcelApi 1.17": what a support mail needs to know of the host. */
export function officePlatform(): string {
  const d = Office.context.diagnostics as Office.ContextInformation | undefined;
  let minor = 1;
  while (minor < 40 && Office.context.requirements.isSetSupported("ExcelApi", `1.${minor + 1}`)) minor++;
  const host = d ? `Excel ${d.version} · ${String(d.platform)}` : "Excel";
  return `${host} · ExcelApi 1.${minor}`;
}

export function officeHost(): TaskpaneHost {
  const port = officeWorkbook();
  const theme = Office.context.officeTheme;
  return {
    kind: "excel",
    port,
    lang: langOf(Office.context.displayLanguage),
    theme: isDarkColor(theme?.bodyBackgroundColor) ? "dark" : "light",
    selectCell: (sheet, row, column) => port.selectCell(sheet, row, column),
    insertSheets: async (sheets): Promise<InsertResult> => port.insertSheets(sheets),
    today: () => localIsoDate(new Date()),
    platform: officePlatform,
    async watchChanges(onChange) {
      let handler: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | null = null;
      await Excel.run(async (context) => {
        handler = context.workbook.tables.onChanged.add(async () => onChange());
        await context.sync();
      });
      return () => {
        const h = handler;
        if (!h) return;
        void Excel.run(h.context, async (context) => {
          h.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },
  };
}
