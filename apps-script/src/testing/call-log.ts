// Counts the spreadsheet service calls the code under test makes, so tests can hold it to a budget.

/** A call that changes the spreadsheet, or one that only reads it (or builds a rule). */
export type CallKind = 'read' | 'write'

/** One call, named as `Class.method` ('Range.getValues', 'Sheet.insertRowsAfter'). */
export interface RecordedCall {
  method: string
  kind: CallKind
}

/**
 * The calls made through the fake spreadsheet, in order.
 *
 * @example
 * fake.calls.reset()
 * workbook.readTab('Events')
 * fake.calls.count('getValues') // 1
 * fake.calls.writes() // 0
 */
export interface CallLog {
  readonly entries: readonly RecordedCall[]
  /** How many calls were made, of one method ('getValues' or 'Range.getValues') or of all. */
  count(method?: string): number
  /** How many calls changed the spreadsheet. */
  writes(): number
  /** The methods called, in order, each as 'Class.method'. */
  methods(): string[]
  reset(): void
  record(method: string, kind: CallKind): void
}

export function createCallLog(): CallLog {
  const entries: RecordedCall[] = []
  const matches = (call: RecordedCall, method: string) =>
    call.method === method || call.method.endsWith(`.${method}`)
  return {
    entries,
    count: (method) =>
      method === undefined
        ? entries.length
        : entries.filter((call) => matches(call, method)).length,
    writes: () => entries.filter((call) => call.kind === 'write').length,
    methods: () => entries.map((call) => call.method),
    reset() {
      entries.length = 0
    },
    record(method, kind) {
      entries.push({ method, kind })
    },
  }
}
