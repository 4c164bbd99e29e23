// The embed page's only stylesheet, inlined and allowed by its hash (no external requests).

/** Readable from 320 px (one column) to a wide wiki column (date beside the event). */
export const EMBED_CSS = `
:root{color-scheme:light;--ink:#1c2430;--muted:#4f5b6b;--line:#d8dee6;--brand:#0b4f8a;--soft:#f3f6fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:12px;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:anywhere}
a{color:var(--brand)}
a:focus-visible,input:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
.top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:4px 16px;border-bottom:3px solid var(--brand);padding-bottom:6px}
h1{margin:0;font-size:1.25rem;line-height:1.3}
.langs{display:flex;flex-wrap:wrap;gap:2px 12px;margin:0;padding:0;list-style:none;font-size:.9rem}
.langs a{display:inline-block;padding:4px 0}
.langs a[aria-current]{color:var(--ink);font-weight:700;text-decoration:none}
.events{margin:0;padding:0;list-style:none}
.event{padding:12px 0;border-bottom:1px solid var(--line)}
.when{margin:0;color:var(--muted);font-size:.9rem;font-weight:600}
.title{margin:2px 0 4px;font-size:1.05rem;line-height:1.35}
.where,.tags,.add{margin:4px 0 0;font-size:.9rem}
.tags{display:flex;flex-wrap:wrap;gap:6px}
.tag{display:inline-block;padding:1px 8px;border-radius:999px;background:var(--soft);border:1px solid var(--line);font-size:.8rem}
.tag-confirmed{background:#e7f5ec;border-color:#9fd3b1;color:#14532d}
.tag-tentative{background:#fff6dc;border-color:#f0d58a;color:#6b4e00}
.tag-cancelled{background:#fdecec;border-color:#f1b0b0;color:#8a1c1c}
.event-cancelled .title{text-decoration:line-through;text-decoration-thickness:1px}
.add a{white-space:nowrap}
.empty{margin:16px 0;padding:12px;background:var(--soft);border-radius:6px}
.subscribe{margin-top:16px;padding:12px;background:var(--soft);border-radius:6px}
.subscribe h2{margin:0 0 4px;font-size:1rem}
.subscribe p{margin:0 0 8px;font-size:.9rem}
.subscribe ul{display:flex;flex-wrap:wrap;gap:8px;margin:0 0 10px;padding:0;list-style:none}
.subscribe ul a{display:inline-block;padding:6px 10px;border:1px solid var(--brand);border-radius:4px;background:#fff;text-decoration:none;font-size:.9rem}
.subscribe label{display:block;font-size:.85rem;color:var(--muted)}
.subscribe input{width:100%;margin-top:2px;padding:6px;border:1px solid var(--line);border-radius:4px;font:.85rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--ink);background:#fff}
.updated{margin:10px 0 0;font-size:.8rem;color:var(--muted)}
.error{margin:16px 0;padding:12px;border-left:4px solid #8a1c1c;background:#fdecec}
@media (min-width:640px){
body{padding:16px 20px}
.event{display:grid;grid-template-columns:minmax(12rem,16rem) 1fr;column-gap:20px}
.event .when{grid-row:1/span 4;padding-top:2px}
.title{margin-top:0}
}
`.trim()
