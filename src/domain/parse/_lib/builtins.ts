/**
 * Module-local aliases of the built-ins that hot loops call. Inside sandboxed contexts (jest's
 * vm, some Office JavaScript runtimes) every global look-up such as `Math.floor` goes through
 * the sandbox's global object and costs ~100× a module constant; over a million rows that is
 * seconds.
 */
export const { floor, round, imul, trunc, min: minOf, max: maxOf } = Math;
export const { isFinite: isFiniteNumber, isInteger } = Number;
export const { isArray } = Array;
