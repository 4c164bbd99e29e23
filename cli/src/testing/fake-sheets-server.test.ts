// The fake Sheets API behaves as Google's does where the CLI's tests rely on it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectToSheets } from '../google/sheets-client'
import {
  createTestServiceAccount,
  type FakeSheetsServer,
  startFakeSheetsServer,
} from './fake-sheets-server'

const ID = '1LacraloFakeSheetsServerTest0001'
const { account, keyFile } = createTestServiceAccount()
let server: FakeSheetsServer

beforeAll(async () => {
  server = await startFakeSheetsServer({ accounts: [account] })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.addSpreadsheet({ id: ID, editors: [account.clientEmail] })
})

async function api() {
  const io = {
    readFile: async () => JSON.stringify(keyFile),
    env: { LACRALO_SHEETS_ROOT_URL: server.url },
  }
  return (await connectToSheets({ credentials: 'key.json', io, locale: 'en' })).api
}

describe('the fake Sheets API', () => {
  it('reads typed input as Sheets does, and RAW input as text', async () => {
    const sheets = await api()
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: ID,
      requestBody: {
        valueInputOption: 'USER_ENTERED',
        data: [
          { range: 'Sheet1!A1', values: [["'=1+1", '=1+1', '0042', '-x', 'TRUE', '2023-03-26']] },
        ],
      },
    })
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: ID,
      requestBody: {
        valueInputOption: 'RAW',
        data: [{ range: 'Sheet1!A2', values: [['=1+1', '0042']] }],
      },
    })
    const sheet = server.spreadsheet(ID).sheet('Sheet1')
    expect(sheet.values()).toEqual([
      ['=1+1', '#NAME?', '42', '#NAME?', 'TRUE', '2023-03-26'],
      ['=1+1', '0042'],
    ])
    expect(server.spreadsheet(ID).formulas()).toEqual(["'Sheet1'!B1", "'Sheet1'!D1"])
    const { data } = await sheets.spreadsheets.values.batchGet({
      spreadsheetId: ID,
      ranges: ['Sheet1!A1:F1'],
      valueRenderOption: 'UNFORMATTED_VALUE',
      dateTimeRenderOption: 'FORMATTED_STRING',
    })
    expect(data.valueRanges?.[0]?.values).toEqual([
      ['=1+1', '#NAME?', 42, '#NAME?', true, '2023-03-26'],
    ])
  })

  it('returns only the fields asked for', async () => {
    const { data } = await (await api()).spreadsheets.get({
      spreadsheetId: ID,
      fields: 'properties.title,sheets.properties(sheetId,title)',
    })
    expect(data).toEqual({
      properties: { title: 'Untitled spreadsheet' },
      sheets: [{ properties: { sheetId: 0, title: 'Sheet1' } }],
    })
  })

  it('applies a batchUpdate whole or not at all, with Google’s message for what failed', async () => {
    const sheets = await api()
    const failing = sheets.spreadsheets.batchUpdate({
      spreadsheetId: ID,
      requestBody: {
        requests: [
          { addSheet: { properties: { title: 'Events' } } },
          {
            updateCells: {
              start: { sheetId: 0, rowIndex: 0, columnIndex: 26 },
              rows: [{ values: [{ userEnteredValue: { stringValue: 'too far' } }] }],
              fields: 'userEnteredValue',
            },
          },
        ],
      },
    })
    await expect(failing).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(
        'Invalid requests[1].updateCells: GridCoordinate.columnIndex[26]'
      ),
    })
    expect(server.spreadsheet(ID).sheetTitles()).toEqual(['Sheet1'])
  })

  it('refuses writing values beyond the grid, as values.update does', async () => {
    const write = (await api()).spreadsheets.values.batchUpdate({
      spreadsheetId: ID,
      requestBody: { valueInputOption: 'RAW', data: [{ range: 'Sheet1!A1001', values: [['x']] }] },
    })
    await expect(write).rejects.toMatchObject({ status: 400 })
  })

  it('answers 401 without a token signed by a known account', async () => {
    const response = await fetch(`${server.url}v4/spreadsheets/${ID}`)
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { status: 'UNAUTHENTICATED' } })
  })
})
