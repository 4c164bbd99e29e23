// "Import events": from the Import tab, or a CSV file parsed here and sent as a table; shows
// what was added and every warning and error, placed by row and column.
/// <reference lib="dom" />
import type { ImportReport } from '../actions/import-events'
import { actionButton, createStatus, runAction, type Status } from './action'
import { readCsvFile } from './csv-file'
import { h } from './dom'
import { figures } from './figures'
import { problemList } from './problem-list'
import { section } from './section'
import type { SidebarContext } from './sidebar-context'

function showReport(report: ImportReport, status: Status, context: SidebarContext): void {
  const { text, locale } = context
  status.show(
    h('p', { class: report.errors > 0 ? 'result attention' : 'result' }, report.message),
    figures(
      [
        [text('sidebar.figure.added'), report.added],
        [text('sidebar.figure.alreadyThere'), report.alreadyThere],
        [text('sidebar.figure.warnings'), report.warnings],
        [text('sidebar.figure.errors'), report.errors],
      ],
      locale
    ),
    report.problems.length > 0 && problemList(report.problems, context)
  )
}

/**
 * The Import events section.
 *
 * @example
 * root.append(importSection(context))
 */
export function importSection(context: SidebarContext): HTMLElement {
  const { text, call } = context
  const status = createStatus(text)
  const fromTab = actionButton(
    text('sidebar.import.fromTab'),
    (self) =>
      void runAction({
        button: self,
        status,
        context,
        busyLabel: text('sidebar.import.busyTab'),
        run: () => call('importEvents'),
        done: (report) => showReport(report, status, context),
      }),
    { primary: true }
  )
  const fileInput = h('input', {
    type: 'file',
    accept: '.csv,text/csv',
    class: 'visually-hidden',
    tabindex: -1,
    'aria-hidden': 'true',
    id: 'import-file',
  })
  const fromFile = actionButton(text('sidebar.import.chooseFile'), () => fileInput.click())
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0]
    // Cleared, so that choosing the same file again (after fixing it) imports it again.
    fileInput.value = ''
    if (!file) return
    void runAction({
      button: fromFile,
      status,
      context,
      busyLabel: text('sidebar.import.busyFile', { file: file.name }),
      run: async () => call('importEvents', await readCsvFile(file, text)),
      done: (report) => showReport(report, status, context),
    })
  })
  return section(
    'import',
    text('sidebar.import.heading'),
    text('sidebar.import.intro'),
    h('div', { class: 'actions' }, fromTab, fromFile, fileInput),
    status.element
  )
}
