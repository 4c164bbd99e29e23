// The readable report of an import: a table of the problems, then the counts and what they mean.
import { styleText } from 'node:util'
import type { CalendarImport } from '../../shared/calendar-import/import-calendar'
import { type ImportProblem, problemDetail } from '../../shared/calendar-import/problems'
import { translator } from '../../shared/i18n/catalogue'
import type { Locale } from '../../shared/i18n/locales'

const DEFAULT_WIDTH = 100
const MIN_MESSAGE_WIDTH = 30
const MAX_COLUMN_NAME = 24
const GAP = '  '

/**
 * Renders the report: one line per problem (row, column, severity, message wrapped to the
 * terminal), then the number of events, errors and warnings.
 *
 * @example
 * process.stdout.write(renderImportReport(result, { file: 'calendar.csv', locale: 'es' }))
 */
export function renderImportReport(
  result: CalendarImport,
  options: { file: string; locale: Locale; color?: boolean; width?: number }
): string {
  const { file, locale } = options
  const tr = translator(locale)
  const paint = (format: 'red' | 'yellow' | 'bold' | 'green', text: string) =>
    options.color ? styleText(format, text, { validateStream: false }) : text
  const severityWord = (problem: ImportProblem) =>
    tr(problem.severity === 'error' ? 'common.error' : 'common.warning')

  const width = options.width ?? DEFAULT_WIDTH
  const lines = [paint('bold', tr('cli.report.title', { file })), '']
  const errors = result.problems.filter((problem) => problem.severity === 'error').length
  const warnings = result.problems.length - errors

  if (result.problems.length === 0) {
    lines.push(tr('cli.report.noProblems'), '')
  } else {
    const header = [
      tr('cli.report.row'),
      tr('cli.report.column'),
      tr('cli.report.severity'),
      tr('cli.report.message'),
    ]
    const rows = result.problems.map((problem) => [
      String(problem.row),
      clip(problem.column ?? '—', MAX_COLUMN_NAME),
      severityWord(problem),
      problemDetail(problem, locale),
    ])
    const widths = [0, 1, 2].map((index) =>
      Math.max(...[header, ...rows].map((cells) => length(cells[index] ?? '')))
    )
    const indent = widths.reduce((sum, cellWidth) => sum + cellWidth + GAP.length, 0)
    const messageWidth = Math.max(MIN_MESSAGE_WIDTH, width - indent - 1)
    const pad = (text: string, index: number) =>
      text + ' '.repeat((widths[index] ?? 0) - length(text))

    lines.push(
      paint('bold', header.map((cell, index) => (index < 3 ? pad(cell, index) : cell)).join(GAP))
    )
    const longest = Math.max(...rows.map((cells) => length(cells[3] ?? '')))
    const rule = [...widths, Math.min(messageWidth, longest)]
    lines.push(rule.map((ruleWidth) => '─'.repeat(ruleWidth)).join(GAP))
    result.problems.forEach((problem, index) => {
      const [row = '', column = '', severity = '', message = ''] = rows[index] ?? []
      const colour = problem.severity === 'error' ? 'red' : 'yellow'
      const [first = '', ...rest] = wrap(message, messageWidth)
      const severityCell = paint(colour, severity) + ' '.repeat((widths[2] ?? 0) - length(severity))
      lines.push([pad(row, 0), pad(column, 1), severityCell, first].join(GAP).trimEnd())
      for (const line of rest) lines.push(' '.repeat(indent) + line)
    })
    lines.push('')
  }

  lines.push(
    paint('bold', tr('cli.report.counts', { events: result.events.length, errors, warnings }))
  )
  const verdict =
    errors > 0
      ? tr('cli.report.blocked')
      : tr(warnings > 0 ? 'cli.report.readyWithWarnings' : 'cli.report.ready')
  for (const line of wrap(verdict, width - 1)) lines.push(paint(errors > 0 ? 'red' : 'green', line))
  return `${lines.join('\n')}\n`
}

/** Characters as a terminal counts them (code points; good enough for the region's scripts). */
function length(text: string): number {
  return [...text].length
}

function clip(text: string, max: number): string {
  return length(text) <= max ? text : `${[...text].slice(0, max - 1).join('')}…`
}

/** Word-wraps `text` to `width`, breaking words longer than a line. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  // Only plain spaces break a line: French keeps « and » next to their words with no-break spaces.
  for (const word of text.split(/[ \t\n]+/)) {
    let rest = word
    while (length(rest) > width) {
      if (line) lines.push(line)
      line = ''
      lines.push([...rest].slice(0, width).join(''))
      rest = [...rest].slice(width).join('')
    }
    if (!line) line = rest
    else if (length(line) + 1 + length(rest) <= width) line += ` ${rest}`
    else {
      lines.push(line)
      line = rest
    }
  }
  if (line) lines.push(line)
  return lines
}
