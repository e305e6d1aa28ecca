import type { Action } from "./types";

export const actionDismiss: Action<"dismiss"> = {
  name: "dismiss",
  label: "dismiss",
  predicate: () => true,
  perform: () => ({ error: null, notice: null }),
};
