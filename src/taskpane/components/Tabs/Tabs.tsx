/**
 * Fluent's TabList without Tabster's arrow-key group. That group puts focus-trap elements
 * (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`) at both ends of the list: focusable
 * yet hidden from assistive technology, which axe reports as aria-hidden-focus (serious). Here
 * the tabs rove themselves: the selected tab is the list's one Tab stop, the arrow keys (and
 * Home/End) move between tabs, Enter or Space chooses — the WAI-ARIA tabs pattern.
 */
import {
  renderTabList_unstable,
  Tab,
  useTabList_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  type TabListProps,
  type TabProps,
} from "@fluentui/react-components";
import { forwardRef, type KeyboardEvent } from "react";

const STEP: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function rove(e: KeyboardEvent<HTMLElement>): void {
  const tabs = [...e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
  const at = tabs.indexOf(document.activeElement as HTMLElement);
  if (at < 0 || tabs.length === 0) return;
  let next: number | null = null;
  if (e.key in STEP) next = (at + (STEP[e.key] ?? 0) + tabs.length) % tabs.length;
  else if (e.key === "Home") next = 0;
  else if (e.key === "End") next = tabs.length - 1;
  if (next === null) return;
  e.preventDefault();
  tabs[next]?.focus();
}

export const Tabs = forwardRef<HTMLDivElement, TabListProps>(function Tabs(props, ref) {
  const state = useTabList_unstable(props, ref);
  const { "data-tabster": _tabster, ...root } = state.root as typeof state.root & { "data-tabster"?: string };
  const onKeyDown = root.onKeyDown;
  state.root = {
    ...root,
    onKeyDown: (e) => {
      onKeyDown?.(e);
      if (!e.defaultPrevented) rove(e);
    },
  };
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);
  return renderTabList_unstable(state, contextValues);
});

/** A tab of `Tabs`: in the Tab order only when selected (the others are reached by arrows). */
export function RovingTab({ selected, ...props }: TabProps & { readonly selected: boolean }) {
  return <Tab {...props} tabIndex={selected ? 0 : -1} />;
}
