import { useEffect, useRef, useState } from "react";
import { useActionManager } from "../../actions/manager";
import { debounce } from "../../host";
import { initialState, TABS, type TabId } from "../../state";
import { t, type StringKey } from "../../strings";
import type { AppProps, AppState } from "./App.types";

const TAB_LABEL: Readonly<Record<TabId, StringKey>> = {
  contract: "tabContract",
  author: "tabAuthor",
  binding: "tabBinding",
  check: "tabCheck",
  goals: "tabGoals",
  write: "tabWrite",
  start: "tabStart",
};

/** Edits in Excel arrive in bursts; re-check once they settle. */
export const RECHECK_MS = 800;

export function useApp({ host, services, initial }: AppProps): AppState {
  const pane = useActionManager(host, services, initial ?? initialState(host.lang));
  const { state, run } = pane;
  const [ready, setReady] = useState(initial !== undefined);
  const [about, setAbout] = useState(false);

  useEffect(() => {
    if (initial !== undefined) return;
    void run("restore").finally(() => setReady(true));
    // Restore once, when the pane opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Re-check on table edits (debounced) once a check has run and while the user wants it.
  const checked = state.check !== null;
  const runRef = useRef(run);
  runRef.current = run;
  const ownChange = pane.ownChange;
  useEffect(() => {
    if (!state.autoCheck || !checked) return;
    // Our own writes fire change events too; those are not the user's edits.
    const recheck = debounce(() => {
      if (!ownChange()) void runRef.current("check", { auto: true });
    }, RECHECK_MS);
    let stop: (() => void) | null = null;
    let live = true;
    host
      .watchChanges(recheck)
      .then((s) => (live ? (stop = s) : s()))
      .catch(() => undefined);
    return () => {
      live = false;
      recheck.cancel();
      stop?.();
    };
  }, [host, state.autoCheck, checked, ownChange]);

  const { lang } = state;
  return {
    pane,
    tab: state.tab,
    tabs: TABS.map((id) => ({ id, label: t(TAB_LABEL[id], lang) })),
    error: state.error?.message ?? null,
    notice: state.notice,
    ready: ready && state.busy === null,
    about,
    onAbout: setAbout,
    onTab: (tab) => {
      setAbout(false);
      void run("selectTab", { tab });
    },
    onDismiss: () => void run("dismiss"),
  };
}
