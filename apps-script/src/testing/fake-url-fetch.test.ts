import { describe, expect, it } from 'vitest'
import { createFakeUrlFetchApp } from './fake-url-fetch'
import { toJavaBytes } from './fake-utilities'

describe('fake UrlFetchApp', () => {
  it('records each request with its exact body bytes and answers from the handler', () => {
    const { service, network } = createFakeUrlFetchApp()
    network.setHandler((request) => ({ status: 200, json: { echo: request.body } }))
    const payload = toJavaBytes(Buffer.from('{"name":"Zoë"}', 'utf8'))
    const response = service.fetch('https://x.example/admin/events', {
      method: 'put',
      payload,
      contentType: 'application/json',
      headers: { 'X-Test': '1' },
    })
    expect(response.getResponseCode()).toBe(200)
    expect(JSON.parse(response.getContentText())).toEqual({ echo: '{"name":"Zoë"}' })
    expect(network.requests[0]).toMatchObject({
      url: 'https://x.example/admin/events',
      method: 'PUT',
      headers: { 'X-Test': '1' },
      body: '{"name":"Zoë"}',
      contentType: 'application/json',
    })
  })

  it('fails as an unknown host does when there is no network', () => {
    const { service } = createFakeUrlFetchApp()
    expect(() => service.fetch('https://x.example/', {})).toThrow('DNS error: https://x.example/')
  })

  it('throws on 4xx and 5xx unless muteHttpExceptions, as Apps Script does', () => {
    const { service, network } = createFakeUrlFetchApp()
    network.setHandler(() => ({ status: 401, json: { error: { code: 'unauthorized' } } }))
    expect(() => service.fetch('https://x.example/admin', {})).toThrow(/returned code 401/)
    expect(
      service.fetch('https://x.example/admin', { muteHttpExceptions: true }).getResponseCode()
    ).toBe(401)
  })

  it('refuses what Apps Script refuses: a relative URL, an unknown method, bytes out of range', () => {
    const { service, network } = createFakeUrlFetchApp()
    network.setHandler(() => ({ status: 200, body: '' }))
    expect(() => service.fetch('/admin/events', {})).toThrow(/Invalid argument/)
    expect(() => service.fetch('https://x.example/', { method: 'fetch' })).toThrow(
      /Invalid argument/
    )
    expect(() => service.fetch('https://x.example/', { method: 'put', payload: [300] })).toThrow(
      /Byte/
    )
  })
})
