/**
 * The task pane's services: the application object of `src/app/` (the same door the CLI and
 * the demo use), injected through React context so panels can be tested with hand-made results
 * and the pane never computes a figure itself.
 */
import { createContext, useContext } from "react";
import { application, type Application } from "../app/application";

export type Services = Application;
export type {
  BindState,
  CheckOutcome,
  EvaluateInput,
  WhatIfChange,
  WhatIfIndicator,
  WhatIfOutcome,
} from "../app/application";

/** The application itself: what the pane runs on in Excel and in the demo. */
export const defaultServices: Services = application;

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error("ServicesContext is missing");
  return s;
}
