import { describe, expect, it } from 'vitest'
import { createServerCall, type HoldsNonJson, type ScriptRun, ServerCallError } from './server-call'

type ServerFunction = (...args: unknown[]) => unknown

/** google.script.run as Apps Script makes it: each handler setter returns a new runner, and
 * the server answers later (asynchronously), with the handlers of its own chain. */
function fakeScriptRun(functions: Record<string, ServerFunction>): {
  run: ScriptRun
  calls: { name: string; args: unknown[] }[]
} {
  const calls: { name: string; args: unknown[] }[] = []
  const runner = (
    onSuccess: (value: unknown) => void,
    onFailure: (error: unknown) => void
  ): ScriptRun => {
    const entries = Object.entries(functions).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        calls.push({ name, args })
        setTimeout(() => {
          try {
            // What crosses is JSON, as google.script.run carries it.
            onSuccess(JSON.parse(JSON.stringify(fn(...args) ?? null)))
          } catch (error) {
            onFailure(error)
          }
        }, 1)
      },
    ])
    return {
      ...Object.fromEntries(entries),
      withSuccessHandler: (handler) => runner(handler, onFailure),
      withFailureHandler: (handler) => runner(onSuccess, handler),
    }
  }
  return {
    run: runner(
      () => {},
      () => {}
    ),
    calls,
  }
}

describe('serverCall', () => {
  it('resolves with what the server function returned, as JSON', async () => {
    const report = {
      tabsCreated: ['Events'],
      columnsAdded: [],
      rowsFilled: [],
      changed: true,
      lines: ['Done.'],
    }
    const { run, calls } = fakeScriptRun({ setUpSpreadsheet: () => report })
    const call = createServerCall(() => run)
    await expect(call('setUpSpreadsheet')).resolves.toEqual(report)
    expect(calls).toEqual([{ name: 'setUpSpreadsheet', args: [] }])
  })

  it('keeps concurrent calls apart: each resolves with its own answer', async () => {
    let count = 0
    const { run } = fakeScriptRun({ setUpSpreadsheet: () => ({ lines: [`run ${++count}`] }) })
    const call = createServerCall(() => run)
    const [first, second] = await Promise.all([call('setUpSpreadsheet'), call('setUpSpreadsheet')])
    expect([first.lines, second.lines]).toEqual([['run 1'], ['run 2']])
  })

  it("rejects with the server's own message, in the language the server used", async () => {
    const { run } = fakeScriptRun({
      setUpSpreadsheet: () => {
        throw new Error(
          'Otra persona está modificando la hoja de cálculo. Inténtelo de nuevo en un momento.'
        )
      },
    })
    const error = await createServerCall(() => run)('setUpSpreadsheet').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServerCallError)
    expect(error).toMatchObject({
      failure: 'server',
      message:
        'Otra persona está modificando la hoja de cálculo. Inténtelo de nuevo en un momento.',
    })
  })

  it('drops the "Exception: " prefix Apps Script puts before some messages', async () => {
    const { run } = fakeScriptRun({
      setUpSpreadsheet: () => {
        throw { message: 'Exception: The sheet is protected.' }
      },
    })
    await expect(createServerCall(() => run)('setUpSpreadsheet')).rejects.toMatchObject({
      failure: 'server',
      message: 'The sheet is protected.',
    })
  })

  it('tells a lost connection from an error of the server', async () => {
    const { run } = fakeScriptRun({
      setUpSpreadsheet: () => {
        throw { message: 'NetworkError: Connection failure due to HTTP 0' }
      },
    })
    await expect(createServerCall(() => run)('setUpSpreadsheet')).rejects.toMatchObject({
      failure: 'network',
    })
  })

  it('rejects, without throwing, when the page has no google.script.run', async () => {
    await expect(createServerCall(() => undefined)('setUpSpreadsheet')).rejects.toMatchObject({
      failure: 'unavailable',
    })
  })

  it('refuses, when type-checked and when run, a name main.ts does not export', async () => {
    const { run } = fakeScriptRun({ setUpSpreadsheet: () => null })
    const call = createServerCall(() => run)
    // @ts-expect-error: there is no such server function, so the sidebar does not compile
    await expect(call('setUpTheSpreadsheet')).rejects.toMatchObject({
      failure: 'unavailable',
      message: 'Script function not found: setUpTheSpreadsheet',
    })
    // @ts-expect-error: setUpSpreadsheet takes no arguments
    await expect(call('setUpSpreadsheet', 'Events')).resolves.toBeNull()
  })

  it('lets no Date or function cross: a server function returning one cannot be called', () => {
    // Checked by the typecheck: google.script.run would hand the page null for these.
    const crossing: [
      HoldsNonJson<{ lastSync: { finishedAt: Date } }>,
      HoldsNonJson<{ rows: (() => void)[] }>,
      HoldsNonJson<{ finishedAt: string; counts: number[]; note: string | null }>,
    ] = [true, true, false]
    expect(crossing).toEqual([true, true, false])
  })
})
