import type { Lang } from "../../strings";

export interface AboutPanelProps {
  onClose(): void;
}

export interface AboutPanelState {
  readonly lang: Lang;
  readonly version: string;
  /** "Excel 16.0… · PC · ExcelApi 1.17", or the demo. */
  readonly platform: string;
  /** Tables the workbook is bound to ("Forløb: Forløb!A1:N400"). */
  readonly tables: readonly string[];
  readonly supportUrl: string | null;
  readonly copied: boolean;
  onCopy(): void;
  onClose(): void;
}
