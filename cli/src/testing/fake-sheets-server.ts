// A local stand-in for the Google Sheets API v4, for the CLI's tests: an HTTP server on 127.0.0.1
// that keeps spreadsheets in memory, answers the endpoints `lacralo sheet` uses, checks the
// caller's signed token and sharing as Google does, and records every request.
import { createPublicKey, generateKeyPairSync, verify } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { applyRequest, type BatchRequest } from './fake-sheets-batch-update'
import { formatted, type ValueRender } from './fake-sheets-cells'
import { applyMask, parseMask } from './fake-sheets-field-mask'
import {
  ApiError,
  a1,
  badRequest,
  clone,
  columnLetters,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  DEFAULT_WIDTH,
  key,
  parseRange,
  quoteTitle,
  readValues,
  type Sheet,
  type Spreadsheet,
  spreadsheetResource,
  writeValues,
} from './fake-sheets-grid'

/** The scope a token must carry to read and write spreadsheets. */
const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets'

/** A service account the fake knows: its email, the public half of its key, its project. */
export interface FakeAccount {
  clientEmail: string
  /** PEM (SPKI) public key that the account's tokens are checked against. */
  publicKey: string
  projectNumber: string
  /** False to answer as Google does when the Sheets API is not enabled in the project. */
  sheetsApiEnabled?: boolean
}

/** A cell as a person would type it in (strings go through the same reading as USER_ENTERED). */
export type SeedCell = string | number | boolean | null

export interface FakeSpreadsheetSeed {
  id: string
  title?: string
  timeZone?: string
  /** The accounts the spreadsheet is shared with as Editor. */
  editors?: string[]
  /** The tabs; one 'Sheet1' when not given. */
  sheets?: { title: string; sheetId?: number; rows?: SeedCell[][]; rowCount?: number }[]
}

/** One request as the server received it. */
export interface RecordedRequest {
  method: string
  /** The path without the query: '/v4/spreadsheets/<id>:batchUpdate'. */
  path: string
  /** What the request asks for: 'spreadsheets.get', 'spreadsheets.batchUpdate', 'values.batchGet', ... */
  endpoint: string
  query: Record<string, string[]>
  body: unknown
  status: number
}

/** A tab as the tests inspect it (none of this is recorded as a request). */
export interface FakeSheetView {
  sheetId: number
  rowCount: number
  columnCount: number
  frozenRowCount: number
  /** The cells as the values API shows them (FORMATTED_VALUE), trailing empty cells left out. */
  values(): string[][]
  /** What a cell holds: 'string', 'number', 'boolean', 'formula' or 'empty' (row and column 1-based). */
  kind(row: number, column: number): 'string' | 'number' | 'boolean' | 'formula' | 'empty'
  bold(row: number, column: number): boolean
  /** The drop-down of a cell, if any (row and column 1-based). */
  dropdown(row: number, column: number): { values: string[]; strict: boolean } | null
  columnWidth(column: number): number
  protectedRanges(): { rows: [number, number] | null; description: string; warningOnly: boolean }[]
  /** The whole tab as plain data, in the shape of the add-on fake's sheet snapshots. */
  snapshot(): FakeSheetSnapshot
}

/** A tab as plain data: only what differs from an empty cell, columns and rows 1-based. */
export interface FakeSheetSnapshot {
  name: string
  maxRows: number
  maxColumns: number
  frozenRows: number
  columnWidths: Record<number, number>
  protections: { a1: string; description: string; warningOnly: boolean }[]
  cells: Record<
    string,
    { shown?: string; bold?: true; validation?: { values: string[]; allowInvalid: boolean } }
  >
}

export interface FakeSpreadsheetView {
  title: string
  sheetTitles(): string[]
  sheet(title: string): FakeSheetView
  /** A1 references ('Events'!B2) of every cell that holds a formula. */
  formulas(): string[]
}

export interface FakeSheetsServer {
  /** The root URL to give the client (LACRALO_SHEETS_ROOT_URL), with a trailing slash. */
  url: string
  requests: RecordedRequest[]
  /** The requests to one endpoint ('spreadsheets.batchUpdate' ...). */
  requestsTo(endpoint: string): RecordedRequest[]
  addSpreadsheet(seed: FakeSpreadsheetSeed): void
  spreadsheet(id: string): FakeSpreadsheetView
  close(): Promise<void>
}

function base64UrlJson(part: string | undefined): Record<string, unknown> | null {
  try {
    return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8'))
  } catch {
    return null
  }
}

const UNAUTHENTICATED = () =>
  new ApiError(
    401,
    'UNAUTHENTICATED',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.'
  )

function caller(request: IncomingMessage, accounts: readonly FakeAccount[]): FakeAccount {
  const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1]
  const [header, payload, signature] = token?.split('.') ?? []
  const claims = base64UrlJson(payload)
  const account = accounts.find((candidate) => candidate.clientEmail === claims?.iss)
  if (!token || !header || !signature || !claims || !account) throw UNAUTHENTICATED()
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    createPublicKey(account.publicKey),
    Buffer.from(signature, 'base64url')
  )
  const scopes = String(claims.scope ?? '').split(' ')
  const fresh = typeof claims.exp === 'number' && claims.exp * 1000 > Date.now()
  if (!signed || !fresh || claims.sub !== account.clientEmail) throw UNAUTHENTICATED()
  if (!scopes.includes(SPREADSHEETS_SCOPE))
    throw new ApiError(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.')
  return account
}

function serviceDisabled(account: FakeAccount): ApiError {
  const project = account.projectNumber
  return new ApiError(
    403,
    'PERMISSION_DENIED',
    `Google Sheets API has not been used in project ${project} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=${project} then retry. If you enabled this API recently, wait a few minutes for the action to propagate to our systems and retry.`,
    [
      {
        '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
        reason: 'SERVICE_DISABLED',
        domain: 'googleapis.com',
        metadata: {
          consumer: `projects/${project}`,
          service: 'sheets.googleapis.com',
          serviceTitle: 'Google Sheets API',
          activationUrl: `https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project=${project}`,
        },
      },
    ]
  )
}

function seedSpreadsheet(seed: FakeSpreadsheetSeed): Spreadsheet {
  const spreadsheet: Spreadsheet = {
    spreadsheetId: seed.id,
    title: seed.title ?? 'Untitled spreadsheet',
    timeZone: seed.timeZone ?? 'America/Montevideo',
    editors: new Set(seed.editors ?? []),
    sheets: [],
    nextId: 1_000_001,
  }
  const sheets = seed.sheets ?? [{ title: 'Sheet1', sheetId: 0 }]
  sheets.forEach((tab, index) => {
    const rows = tab.rows ?? []
    const sheet: Sheet = {
      sheetId: tab.sheetId ?? index,
      title: tab.title,
      rowCount: Math.max(tab.rowCount ?? DEFAULT_ROWS, rows.length),
      columnCount: Math.max(DEFAULT_COLUMNS, ...rows.map((row) => row.length)),
      frozenRowCount: 0,
      cells: new Map(),
      columnWidths: new Map(),
      protectedRanges: [],
    }
    spreadsheet.sheets.push(sheet)
    writeValues(
      { sheet, startRow: 0, endRow: sheet.rowCount, startColumn: 0, endColumn: sheet.columnCount },
      rows,
      'USER_ENTERED'
    )
  })
  return spreadsheet
}

function view(spreadsheet: Spreadsheet): FakeSpreadsheetView {
  const sheetView = (sheet: Sheet): FakeSheetView => ({
    sheetId: sheet.sheetId,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    frozenRowCount: sheet.frozenRowCount,
    values: () =>
      readValues(
        {
          sheet,
          startRow: 0,
          endRow: sheet.rowCount,
          startColumn: 0,
          endColumn: sheet.columnCount,
        },
        'FORMATTED_VALUE',
        'FORMATTED_STRING'
      ) as string[][],
    kind(row, column) {
      const value = sheet.cells.get(key(row - 1, column - 1))?.value
      if (!value) return 'empty'
      if (value.formulaValue !== undefined) return 'formula'
      if (value.stringValue !== undefined) return 'string'
      if (value.boolValue !== undefined) return 'boolean'
      return 'number'
    },
    bold: (row, column) => sheet.cells.get(key(row - 1, column - 1))?.bold === true,
    dropdown(row, column) {
      const rule = sheet.cells.get(key(row - 1, column - 1))?.validation
      if (!rule) return null
      return {
        values: (rule.condition.values ?? []).map((value) => value.userEnteredValue ?? ''),
        strict: rule.strict === true,
      }
    },
    columnWidth: (column) => sheet.columnWidths.get(column - 1) ?? DEFAULT_WIDTH,
    snapshot() {
      const cells: FakeSheetSnapshot['cells'] = {}
      const positions = [...sheet.cells.keys()].map((position) => position.split(':').map(Number))
      positions.sort(
        ([rowA = 0, columnA = 0], [rowB = 0, columnB = 0]) => rowA - rowB || columnA - columnB
      )
      for (const [row = 0, column = 0] of positions) {
        const cell = sheet.cells.get(key(row, column))
        const described: FakeSheetSnapshot['cells'][string] = {}
        if (cell?.value) described.shown = formatted(cell)
        if (cell?.bold) described.bold = true
        if (cell?.validation)
          described.validation = {
            values: (cell.validation.condition.values ?? []).map(
              (value) => value.userEnteredValue ?? ''
            ),
            allowInvalid: cell.validation.strict !== true,
          }
        if (Object.keys(described).length > 0)
          cells[`${columnLetters(column)}${row + 1}`] = described
      }
      return {
        name: sheet.title,
        maxRows: sheet.rowCount,
        maxColumns: sheet.columnCount,
        frozenRows: sheet.frozenRowCount,
        columnWidths: Object.fromEntries(
          [...sheet.columnWidths]
            .sort(([a], [b]) => a - b)
            .map(([column, width]) => [column + 1, width])
        ),
        protections: sheet.protectedRanges.map((range) => {
          const from = (range.range.startRowIndex ?? 0) + 1
          const to = range.range.endRowIndex
          return {
            a1: to === undefined ? '' : `${from}:${to}`,
            description: range.description ?? '',
            warningOnly: range.warningOnly === true,
          }
        }),
        cells,
      }
    },
    protectedRanges: () =>
      sheet.protectedRanges.map((range) => ({
        rows:
          range.range.endRowIndex === undefined
            ? null
            : [(range.range.startRowIndex ?? 0) + 1, range.range.endRowIndex],
        description: range.description ?? '',
        warningOnly: range.warningOnly === true,
      })),
  })
  return {
    title: spreadsheet.title,
    sheetTitles: () => spreadsheet.sheets.map((sheet) => sheet.title),
    sheet(title) {
      const sheet = spreadsheet.sheets.find((candidate) => candidate.title === title)
      if (!sheet) throw new Error(`The fake spreadsheet has no tab '${title}'`)
      return sheetView(sheet)
    },
    formulas: () =>
      spreadsheet.sheets.flatMap((sheet) =>
        [...sheet.cells]
          .filter(([, cell]) => cell.value?.formulaValue !== undefined)
          .map(([position]) => {
            const [row = 0, column = 0] = position.split(':').map(Number)
            return `${quoteTitle(sheet.title)}!${columnLetters(column)}${row + 1}`
          })
      ),
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : JSON.parse(text)
}

function endpointOf(method: string, rest: string): string {
  if (method === 'GET' && rest === '') return 'spreadsheets.get'
  if (method === 'POST' && rest === ':batchUpdate') return 'spreadsheets.batchUpdate'
  if (method === 'GET' && rest === '/values:batchGet') return 'values.batchGet'
  if (method === 'POST' && rest === '/values:batchUpdate') return 'values.batchUpdate'
  return `${method} ${rest}`
}

/**
 * Starts the fake on a free port of 127.0.0.1. Every spreadsheet is reachable only by the
 * accounts it is shared with; an unknown id is a 404, an account whose project has the API off
 * gets Google's SERVICE_DISABLED answer. A batchUpdate applies all of its requests or none.
 *
 * @example
 * const server = await startFakeSheetsServer({ accounts: [account] })
 * server.addSpreadsheet({ id: 'abc', editors: [account.clientEmail] })
 * await main(['sheet', 'init', '--spreadsheet', 'abc'], io({ LACRALO_SHEETS_ROOT_URL: server.url }))
 */
export async function startFakeSheetsServer(options: {
  accounts: readonly FakeAccount[]
}): Promise<FakeSheetsServer> {
  const spreadsheets = new Map<string, Spreadsheet>()
  const requests: RecordedRequest[] = []

  async function answer(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const method = request.method ?? 'GET'
    const query: Record<string, string[]> = {}
    for (const [name, value] of url.searchParams) query[name] = [...(query[name] ?? []), value]
    const match = /^\/v4\/spreadsheets\/([^/:]+)(.*)$/.exec(url.pathname)
    const endpoint = match ? endpointOf(method, match[2] ?? '') : `${method} ${url.pathname}`
    let body: unknown
    const record = (status: number) =>
      requests.push({ method, path: url.pathname, endpoint, query, body, status })
    const send = (status: number, payload: unknown) => {
      record(status)
      response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' })
      response.end(JSON.stringify(payload))
    }
    try {
      body = await readBody(request)
      const account = caller(request, options.accounts)
      if (account.sheetsApiEnabled === false) throw serviceDisabled(account)
      if (!match) throw new ApiError(404, 'NOT_FOUND', 'Not Found')
      const id = decodeURIComponent(match[1] as string)
      const spreadsheet = spreadsheets.get(id)
      if (!spreadsheet) throw new ApiError(404, 'NOT_FOUND', 'Requested entity was not found.')
      if (!spreadsheet.editors.has(account.clientEmail))
        throw new ApiError(403, 'PERMISSION_DENIED', 'The caller does not have permission')
      const fields = query.fields?.[0]
      const masked = (payload: unknown) =>
        fields ? applyMask(payload, parseMask(fields)) : payload
      switch (endpoint) {
        case 'spreadsheets.get': {
          const withGrid = query.includeGridData?.[0] === 'true'
          return send(200, masked(spreadsheetResource(spreadsheet, query.ranges ?? [], withGrid)))
        }
        case 'spreadsheets.batchUpdate': {
          const draft = clone(spreadsheet)
          const batch = (body ?? {}) as { requests?: BatchRequest[] }
          const replies = (batch.requests ?? []).map((item, index) => {
            try {
              return applyRequest(draft, item)
            } catch (error) {
              if (!(error instanceof ApiError)) throw error
              throw badRequest(
                `Invalid requests[${index}].${Object.keys(item)[0]}: ${error.message}`
              )
            }
          })
          Object.assign(spreadsheet, draft)
          return send(200, masked({ spreadsheetId: id, replies }))
        }
        case 'values.batchGet': {
          const render = (query.valueRenderOption?.[0] ?? 'FORMATTED_VALUE') as ValueRender
          const dateTimes = query.dateTimeRenderOption?.[0] ?? 'SERIAL_NUMBER'
          const valueRanges = (query.ranges ?? []).map((range) => {
            const area = parseRange(spreadsheet, range)
            const values = readValues(area, render, dateTimes)
            return { range: a1(area), majorDimension: 'ROWS', ...(values.length ? { values } : {}) }
          })
          return send(200, masked({ spreadsheetId: id, valueRanges }))
        }
        case 'values.batchUpdate': {
          const { valueInputOption, data = [] } = (body ?? {}) as {
            valueInputOption?: string
            data?: { range: string; values?: unknown[][] }[]
          }
          if (valueInputOption !== 'RAW' && valueInputOption !== 'USER_ENTERED')
            throw badRequest("Invalid valueInputOption: 'RAW' or 'USER_ENTERED' is required")
          const draft = clone(spreadsheet)
          let cells = 0
          for (const item of data)
            cells += writeValues(parseRange(draft, item.range), item.values ?? [], valueInputOption)
          Object.assign(spreadsheet, draft)
          return send(200, { spreadsheetId: id, totalUpdatedCells: cells })
        }
        default:
          throw new ApiError(404, 'NOT_FOUND', `The fake does not answer ${endpoint}`)
      }
    } catch (error) {
      if (!(error instanceof ApiError)) {
        send(500, { error: { code: 500, message: String(error), status: 'INTERNAL' } })
        return
      }
      send(error.status, {
        error: {
          code: error.status,
          message: error.message,
          status: error.googleStatus,
          ...(error.details ? { details: error.details } : {}),
        },
      })
    }
  }

  const server = createServer((request, response) => {
    void answer(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    requestsTo: (endpoint) => requests.filter((request) => request.endpoint === endpoint),
    addSpreadsheet(seed) {
      spreadsheets.set(seed.id, seedSpreadsheet(seed))
    },
    spreadsheet(id) {
      const spreadsheet = spreadsheets.get(id)
      if (!spreadsheet) throw new Error(`The fake has no spreadsheet '${id}'`)
      return view(spreadsheet)
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/** A service account for tests: what the fake knows of it, and its JSON key file's content. */
export interface TestServiceAccount {
  account: FakeAccount
  keyFile: {
    type: 'service_account'
    project_id: string
    private_key_id: string
    private_key: string
    client_email: string
    client_id: string
    token_uri: string
  }
}

/**
 * Makes a service account with a fresh RSA key, as the Cloud console's "Add key › JSON" would.
 *
 * @example
 * const { account, keyFile } = createTestServiceAccount({ name: 'lacralo-cli' })
 * await writeFile(keyPath, JSON.stringify(keyFile))
 */
export function createTestServiceAccount(
  options: {
    name?: string
    projectId?: string
    projectNumber?: string
    sheetsApiEnabled?: boolean
  } = {}
): TestServiceAccount {
  const projectId = options.projectId ?? 'lacralo-toolkit'
  const clientEmail = `${options.name ?? 'lacralo-cli'}@${projectId}.iam.gserviceaccount.com`
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  return {
    account: {
      clientEmail,
      publicKey,
      projectNumber: options.projectNumber ?? '123456789012',
      ...(options.sheetsApiEnabled === false ? { sheetsApiEnabled: false } : {}),
    },
    keyFile: {
      type: 'service_account',
      project_id: projectId,
      private_key_id: 'test-key',
      private_key: privateKey,
      client_email: clientEmail,
      client_id: '100000000000000000001',
      token_uri: 'https://oauth2.googleapis.com/token',
    },
  }
}
