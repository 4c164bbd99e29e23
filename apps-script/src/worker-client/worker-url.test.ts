import { describe, expect, it } from 'vitest'
import { parseWorkerUrl } from './worker-url'

describe('parseWorkerUrl', () => {
  it('takes an https address, lower-casing the host and dropping final slashes', () => {
    expect(parseWorkerUrl(' HTTPS://Lacralo-Outreach.Example.workers.dev/ ')).toEqual({
      base: 'https://lacralo-outreach.example.workers.dev',
      basePath: '',
    })
  })

  it('keeps a path the Worker is mounted under, which the signature then covers', () => {
    expect(parseWorkerUrl('https://lacralo.example.org/outreach/')).toEqual({
      base: 'https://lacralo.example.org/outreach',
      basePath: '/outreach',
    })
  })

  it('takes a port, and http only for a Worker on this computer', () => {
    expect(parseWorkerUrl('http://127.0.0.1:8787')?.base).toBe('http://127.0.0.1:8787')
    expect(parseWorkerUrl('http://localhost:8787/')?.base).toBe('http://localhost:8787')
    expect(parseWorkerUrl('http://[::1]:8787')?.base).toBe('http://[::1]:8787')
    expect(parseWorkerUrl('https://lacralo.example.org:8443')?.base).toBe(
      'https://lacralo.example.org:8443'
    )
    expect(parseWorkerUrl('http://lacralo.example.org')).toBeNull()
  })

  it('takes an internationalized domain name', () => {
    expect(parseWorkerUrl('https://difusión.lacralo.example')?.base).toBe(
      'https://difusión.lacralo.example'
    )
  })

  it.each([
    '',
    'lacralo.example.org',
    'ftp://lacralo.example.org',
    'https://',
    'https://lacralo',
    'https://user:pass@lacralo.example.org',
    'https://lacralo.example.org/?x=1',
    'https://lacralo.example.org/#top',
    'https://lacralo.example.org:0',
    'https://lacralo.example.org:70000',
    'https://lacra lo.example.org',
    'https://-lacralo.example.org',
    'https://lacralo.example.org/a b',
    'https://lacralo.example.org//admin',
    'javascript:alert(1)',
  ])('refuses %j', (input) => {
    expect(parseWorkerUrl(input)).toBeNull()
  })
})
