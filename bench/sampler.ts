/**
 * Peak memory during synchronous work: a worker thread samples the process's resident set every
 * millisecond or two while the main thread is busy (it cannot sample itself), so a short spike
 * in the middle of an evaluation is seen, not only what is left at the end.
 */
import { Worker } from "node:worker_threads";

const SOURCE = `
const { parentPort } = require("node:worker_threads");
let peak = process.memoryUsage.rss();
let running = true;
parentPort.on("message", (m) => {
  if (m === "stop") { running = false; parentPort.postMessage(Math.max(peak, process.memoryUsage.rss())); }
});
const tick = () => { if (!running) return; const r = process.memoryUsage.rss(); if (r > peak) peak = r; setTimeout(tick, 1); };
parentPort.postMessage("ready");
tick();
`;

export interface RssSampler {
  /** Stop sampling; resolves with the highest resident set seen, in bytes. */
  stop(): Promise<number>;
}

export async function startRssSampler(): Promise<RssSampler> {
  const worker = new Worker(SOURCE, { eval: true });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return {
    stop: () =>
      new Promise<number>((resolve, reject) => {
        worker.once("message", (peak: number) => {
          void worker.terminate();
          resolve(peak);
        });
        worker.once("error", reject);
        worker.postMessage("stop");
      }),
  };
}
