// The preview's front page: the workbook and the sidebar side by side, as in Google Sheets.
import { LOCALES, type Locale } from '../../shared/i18n/locales'

/**
 * The page at /, with the sidebar at Google's width (300 px) and language links.
 *
 * @example
 * response.end(framePage('es'))
 */
export function framePage(locale: Locale): string {
  const languages = LOCALES.map((code) =>
    code === locale ? `<strong>${code}</strong>` : `<a href="/?lang=${code}">${code}</a>`
  ).join(' ')
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>LACRALO add-on preview</title>
<style>
html,body{height:100%;margin:0;font:13px Arial,sans-serif}
body{display:flex;flex-direction:column}
.bar{display:flex;justify-content:space-between;gap:12px;padding:6px 12px;background:#f8f9fa;border-bottom:1px solid #dadce0}
.panes{flex:1;display:flex;min-height:0}
.panes iframe{border:0;height:100%}
#workbook{flex:1;min-width:0}
#sidebar{width:300px;flex:none;border-left:1px solid #dadce0}
</style></head><body>
<div class="bar"><span>LACRALO Dashboard, local preview of the add-on (the built Code.js over an in-memory spreadsheet)</span><span>Sidebar language: ${languages}</span></div>
<div class="panes">
<iframe id="workbook" title="Workbook" src="/workbook"></iframe>
<iframe id="sidebar" title="LACRALO Outreach Toolkit sidebar" src="/sidebar?lang=${locale}"></iframe>
</div>
<script>
// After each server call the sidebar makes, show the workbook as it is now (keeping the place).
addEventListener('message', (event) => {
  if (event.data?.lacraloPreview !== 'ran') return
  const frame = document.getElementById('workbook')
  const y = frame.contentWindow?.scrollY ?? 0
  frame.addEventListener('load', () => frame.contentWindow?.scrollTo(0, y), { once: true })
  frame.contentWindow?.location.reload()
})
</script>
</body></html>`
}
