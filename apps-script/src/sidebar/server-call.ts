// Typed promises over google.script.run, checked against the add-on's own exports (main.ts):
// a renamed or re-typed server function breaks the sidebar's typecheck, not the user's click.
import type * as serverModule from '../main'

type Server = typeof serverModule

/**
 * True when `T` holds something google.script.run cannot carry (a Date, a function): Apps
 * Script hands the page null instead, so such a function is not callable from here.
 */
export type HoldsNonJson<T> = T extends Date
  ? true
  : T extends (...args: never[]) => unknown
    ? true
    : T extends readonly (infer Item)[]
      ? HoldsNonJson<Item>
      : T extends object
        ? true extends { [K in keyof T]-?: HoldsNonJson<T[K]> }[keyof T]
          ? true
          : false
        : false

/** The add-on's global functions whose arguments and result cross as plain JSON. */
export type ServerFunctionName = {
  [Name in keyof Server]: true extends
    | HoldsNonJson<ReturnType<Server[Name]>>
    | HoldsNonJson<Parameters<Server[Name]>>
    ? never
    : Name
}[keyof Server]

/** What a server function answers, once it has crossed to the page. */
export type ServerResult<Name extends ServerFunctionName> = Awaited<ReturnType<Server[Name]>>

/** Calls a server function by name with its own parameter types; resolves with its result. */
export type ServerCall = <Name extends ServerFunctionName>(
  name: Name,
  ...args: Parameters<Server[Name]>
) => Promise<ServerResult<Name>>

/** Why a call failed: the server threw (its message is for the user), or it was not reached. */
export const SERVER_CALL_FAILURES = ['server', 'network', 'unavailable'] as const
export type ServerCallFailure = (typeof SERVER_CALL_FAILURES)[number]

/** A failed server call; `message` is the server's own (already in the user's language). */
export class ServerCallError extends Error {
  constructor(
    readonly failure: ServerCallFailure,
    message: string
  ) {
    super(message)
    this.name = 'ServerCallError'
  }
}

/** google.script.run as the page sees it: handler setters, then the server's functions. */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun
  withFailureHandler(handler: (error: unknown) => void): ScriptRun
} & Record<string, unknown>

// How Apps Script reports a call that never reached the server (connection lost, signed out).
const NETWORK_FAILURE = /^(NetworkError|ScriptError: We're sorry, a server error occurred)/

function failureOf(error: unknown): ServerCallError {
  const raw =
    typeof error === 'object' && error !== null && 'message' in error
      ? String((error as { message: unknown }).message)
      : String(error)
  if (NETWORK_FAILURE.test(raw)) return new ServerCallError('network', raw)
  // Apps Script may prefix what the server threw with the error's type.
  return new ServerCallError('server', raw.replace(/^(Exception|Error): /, ''))
}

/**
 * A `serverCall` over the google.script.run that `getRun` finds when a call is made.
 *
 * @example
 * const call = createServerCall(() => google.script.run)
 * const report = await call('setUpSpreadsheet') // SetupReport
 */
export function createServerCall(getRun: () => ScriptRun | undefined): ServerCall {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const run = getRun()
      if (!run) {
        reject(new ServerCallError('unavailable', 'google.script.run is not available'))
        return
      }
      const runner = run
        .withSuccessHandler((value) => resolve(value as ServerResult<typeof name>))
        .withFailureHandler((error) => reject(failureOf(error)))
      const fn = runner[name]
      if (typeof fn !== 'function') {
        reject(new ServerCallError('unavailable', `Script function not found: ${name}`))
        return
      }
      fn.apply(runner, args)
    })
}

/**
 * Calls the add-on's server function `name` through the page's google.script.run.
 *
 * @example
 * const report = await serverCall('setUpSpreadsheet')
 * report.lines // ['The spreadsheet is set up.', ...]
 */
export const serverCall: ServerCall = createServerCall(
  () => (globalThis as { google?: { script?: { run?: ScriptRun } } }).google?.script?.run
)
