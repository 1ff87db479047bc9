/**
 * State the whole server process shares, whichever module copy asks for it. Kept on globalThis under
 * a registered symbol, not in module scope: Next bundles instrumentation (which starts the jobs) and
 * each route separately, so one module can be loaded more than once in a process, and every copy
 * must see the one recompute job, delivery queue and arrival clock.
 */
export interface ProcessState<T> {
  get(): T | undefined
  set(value: T | undefined): void
}

export function processState<T>(name: string): ProcessState<T> {
  const key = Symbol.for(`cto-scorecard.${name}`)
  const slot = globalThis as typeof globalThis & Record<symbol, T | undefined>
  return {
    get: () => slot[key],
    set: (value) => {
      slot[key] = value
    },
  }
}
