import { describe, expect, it } from 'vitest'
import { escapeHtml } from './html-escape'

describe('escapeHtml', () => {
  it('turns markup characters into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'q'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;'
    )
  })

  it('leaves Unicode text as it is', () => {
    expect(escapeHtml('Inscripción — Ñandú, São Tomé, l’île')).toBe(
      'Inscripción — Ñandú, São Tomé, l’île'
    )
  })
})
