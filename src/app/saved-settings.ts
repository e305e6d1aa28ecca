/**
 * What the task pane keeps in the workbook (via the port's settings): the chosen contract, its
 * parameters and period, the user's table/column choices as a binding file, and whether to
 * re-check on edits, and the contract the user wrote and saved (`authored`, a contract object
 * validated by the contract schema when read; a broken one is ignored without losing the rest).
 * Small JSON, validated when read; anything unreadable is ignored.
 */
import { z } from "zod";
import { BindingFileSchema } from "../domain/binding/file";
import type { WorkbookPort } from "../workbook/port";

export const PaneSettingsSchema = z.object({
  version: z.literal(1),
  contract: z.string().max(64).nullable(),
  params: z.record(z.string().max(64), z.string().max(200)),
  period: z.enum(["year", "H1"]),
  binding: BindingFileSchema.nullable(),
  autoCheck: z.boolean(),
  authored: z.unknown().optional(),
});
export type PaneSettings = z.infer<typeof PaneSettingsSchema>;

export function parsePaneSettings(json: string | null): PaneSettings | null {
  if (json === null) return null;
  try {
    const r = PaneSettingsSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export const settingsJson = (s: PaneSettings): string => JSON.stringify(s);

/** The settings saved in the workbook, or null when there are none (or none that read). */
export const loadSettings = async (port: WorkbookPort): Promise<PaneSettings | null> =>
  parsePaneSettings(await port.loadSettings());

export const saveSettings = (port: WorkbookPort, settings: PaneSettings): Promise<void> =>
  port.saveSettings(settingsJson(settings));
