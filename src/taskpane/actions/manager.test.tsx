/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { useActionManager } from "./manager";
import { ACTIONS } from "./register";
import type { ActionRegistry } from "./types";
import { initialState } from "../state";
import { stubHost, stubServices } from "../pane.testing";

/** A registry whose `check` waits for cancel and reports progress on the way. */
const slow: ActionRegistry = {
  ...ACTIONS,
  check: {
    ...ACTIONS.check,
    predicate: () => true,
    perform: (_s, _i, ctx) =>
      new Promise((_ok, fail) => {
        ctx.progress(5, 10);
        ctx.signal.addEventListener("abort", () => fail(Object.assign(new Error("stop"), { name: "AbortError" })));
      }),
  },
};

describe("action manager", () => {
  test("shows progress while an action runs, and a cancel ends it with a notice", async () => {
    const { result } = renderHook(() => useActionManager(stubHost(), stubServices(), initialState("da"), slow));
    let done: Promise<boolean> = Promise.resolve(false);
    act(() => {
      done = result.current.run("check");
    });
    await waitFor(() =>
      expect(result.current.state.busy).toMatchObject({ label: "busyCheck", done: 5, total: 10, cancellable: true }),
    );
    // one long action at a time
    expect(result.current.can("evaluate")).toBe(false);
    let ran = true;
    await act(async () => {
      result.current.cancel();
      ran = await done;
    });
    expect(ran).toBe(false);
    await waitFor(() => expect(result.current.state.busy).toBeNull());
    expect(result.current.state.notice).toMatch(/^Annulleret/);
    expect(result.current.state.error).toBeNull();
  });

  test("an action whose predicate says no does not run", async () => {
    const { result } = renderHook(() => useActionManager(stubHost(), stubServices(), initialState("da")));
    let ran = true;
    await act(async () => {
      ran = await result.current.run("write", {});
    });
    expect(ran).toBe(false);
    expect(result.current.can("write")).toBe(false);
  });
});

describe("own changes", () => {
  test("table change events during and just after a write are taken as the write's echo", async () => {
    const { result } = renderHook(() =>
      useActionManager(stubHost(), stubServices(), {
        ...initialState("da"),
        preview: { statusSheet: null, kontrolColumns: [], highlights: [] },
      }),
    );
    expect(result.current.ownChange()).toBe(false);
    await act(async () => {
      await result.current.run("write", {});
    });
    expect(result.current.ownChange()).toBe(true);
    const now = Date.now();
    const spy = jest.spyOn(Date, "now").mockReturnValue(now + 2500);
    expect(result.current.ownChange()).toBe(false);
    spy.mockRestore();
  });
});
