import type { Action } from "./types";

export const actionSetAutoCheck: Action<"setAutoCheck"> = {
  name: "setAutoCheck",
  label: "checkAuto",
  predicate: () => true,
  perform: (_s, { on }) => ({ autoCheck: on }),
};
