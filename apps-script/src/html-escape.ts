// Escaping text for the add-on's HTML pages, so a message can never become markup.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for use in HTML element content or a quoted attribute value.
 *
 * @example
 * escapeHtml('Q&A <live>') // 'Q&amp;A &lt;live&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}
