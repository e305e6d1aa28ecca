/**
 * Which contract the pane works with: one of the library's, or the workbook's own (a contract
 * the user wrote and saved, or its `Kontrakt` sheet), chosen as `WORKBOOK_CONTRACT`.
 */
import type { Contract, LangText } from "../app/types";
import { textIn } from "../i18n";
import type { Services } from "./services";
import type { PaneState } from "./state";
import type { Lang } from "./strings";

/** The choice "the workbook's contract"; not a valid contract id, so it never hides a library one. */
export const WORKBOOK_CONTRACT = "@workbook";

export function contractById(
  id: string | null,
  state: Pick<PaneState, "workbookContract">,
  services: Services,
): Contract | undefined {
  if (id === null) return undefined;
  if (id === WORKBOOK_CONTRACT) return state.workbookContract?.contract;
  return services.contracts().find((c) => c.id === id);
}

/** The chosen contract, or undefined. */
export const chosenContract = (state: PaneState, services: Services): Contract | undefined =>
  contractById(state.contractId, state, services);

/** A contract's title in the pane's language (Danish where it has no translation). */
export const contractTitle = (c: { readonly title: LangText }, lang: Lang): string => textIn(c.title, lang);
