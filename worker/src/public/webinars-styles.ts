// The only stylesheet of the public form pages (webinars, member input), inlined and allowed by
// its hash (no external requests).

/**
 * One column from 320 px up, a centred column on wide screens. Colours meet WCAG AA
 * (text at least 4.5:1, borders of inputs at least 3:1 on white); focus is a thick amber
 * outline with a dark inner ring, visible on every background used here.
 */
export const WEBINARS_CSS = `
:root{color-scheme:light;--ink:#1c2430;--muted:#4a5566;--line:#c9d1db;--field:#6b7686;--brand:#0b4f8a;--brand-dark:#083a66;--soft:#f2f5f9;--ok:#14532d;--ok-bg:#e7f5ec;--wait:#6b4e00;--wait-bg:#fff6dc;--bad:#a11d1d;--bad-bg:#fdecec}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:break-word}
a{color:var(--brand)}
a:hover{color:var(--brand-dark)}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px;box-shadow:0 0 0 5px var(--ink)}
.skip{position:absolute;left:8px;top:-48px;padding:8px 12px;background:#fff;border:2px solid var(--brand);z-index:2}
.skip:focus{top:8px}
.top{background:var(--brand);color:#fff}
.top-in{max-width:46rem;margin:0 auto;padding:10px 16px;display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:4px 16px}
.site{color:#fff;font-weight:700;text-decoration:none}
.site:hover{color:#fff;text-decoration:underline}
.langs{display:flex;flex-wrap:wrap;gap:0 2px;margin:0 -6px;padding:0;list-style:none;font-size:.9rem}
.langs a{display:inline-block;padding:6px;color:#fff;min-height:44px;line-height:32px}
.langs a[aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid #fff}
main{display:block;max-width:46rem;margin:0 auto;padding:16px 16px 40px}
h1{font-size:1.6rem;line-height:1.25;margin:8px 0 12px}
h2{font-size:1.2rem;line-height:1.3;margin:28px 0 8px}
h3{font-size:1.1rem;line-height:1.3;margin:0 0 4px}
p{margin:0 0 12px}
.lede{font-size:1.05rem}
.muted{color:var(--muted)}
.back{display:inline-block;margin:4px 0 8px;padding:6px 0}
.webinars{list-style:none;margin:16px 0 0;padding:0}
.webinar{border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:0 0 14px}
.webinar h2{margin:0 0 6px;font-size:1.2rem}
.when{font-weight:600;margin:0 0 6px}
.facts{display:flex;flex-wrap:wrap;gap:6px 10px;margin:8px 0 10px;padding:0;list-style:none;font-size:.95rem}
.tag{display:inline-block;padding:2px 10px;border-radius:999px;border:1px solid var(--line);background:var(--soft)}
.tag-open{background:var(--ok-bg);border-color:#9fd3b1;color:var(--ok)}
.tag-full{background:var(--wait-bg);border-color:#e5c65c;color:var(--wait)}
.tag-closed{background:var(--bad-bg);border-color:#f1b0b0;color:var(--bad)}
.button,button{display:inline-block;min-height:44px;padding:10px 18px;border:2px solid var(--brand);border-radius:6px;background:var(--brand);color:#fff;font:inherit;font-weight:600;line-height:1.25;text-decoration:none;cursor:pointer}
.button:hover,button:hover{background:var(--brand-dark);border-color:var(--brand-dark);color:#fff}
.button-quiet{background:#fff;color:var(--brand)}
.button-quiet:hover{background:var(--soft);color:var(--brand-dark)}
.button-danger{background:var(--bad);border-color:var(--bad)}
.button-danger:hover{background:#7d1616;border-color:#7d1616}
.actions{display:flex;flex-wrap:wrap;gap:10px;align-items:center;margin:12px 0}
.description{white-space:pre-line}
.notice{border-left:5px solid var(--brand);background:var(--soft);padding:12px 14px;margin:16px 0}
.notice-wait{border-color:#b88a00;background:var(--wait-bg)}
.notice-ok{border-color:#2f8a4f;background:var(--ok-bg)}
.notice h2{margin:0 0 6px}
.notice p:last-child{margin-bottom:0}
.error-summary{border:3px solid var(--bad);border-radius:6px;padding:12px 16px;margin:16px 0}
.error-summary h2{margin:0 0 6px;color:var(--bad)}
.error-summary ul{margin:6px 0 0;padding-left:20px}
.error-summary a{color:var(--bad);font-weight:600}
form.register{margin-top:8px}
.field{margin:0 0 20px}
.field label,.label{display:block;font-weight:600;margin:0 0 2px}
.opt{font-weight:400;color:var(--muted)}
.hint{display:block;color:var(--muted);font-size:.95rem;margin:0 0 6px}
.error{display:block;color:var(--bad);font-weight:600;margin:4px 0 6px}
input[type=text],input[type=date],select,textarea{display:block;width:100%;max-width:32rem;min-height:44px;padding:8px 10px;border:2px solid var(--field);border-radius:6px;background:#fff;color:var(--ink);font:inherit}
input[type=date]{max-width:14rem}
textarea{min-height:8rem;resize:vertical}
.field-invalid input[type=text],.field-invalid input[type=date],.field-invalid select,.field-invalid textarea{border-color:var(--bad)}
fieldset{border:0;margin:0 0 20px;padding:0;min-width:0}
legend{font-weight:600;padding:0;margin:0 0 6px}
.check{display:flex;gap:10px;align-items:flex-start}
.check input{flex:none;width:24px;height:24px;margin:2px 0 0;accent-color:var(--brand)}
.check label{font-weight:400}
.choices .check{margin:0 0 10px}
.field-invalid .choices{border-left:4px solid var(--bad);padding-left:8px}
.field-invalid .choices .check{border-left:0;padding-left:0}
.section{margin-top:32px;padding-top:4px;border-top:1px solid var(--line)}
.field-invalid .check{border-left:4px solid var(--bad);padding-left:8px}
.trap{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
.turnstile{margin:0 0 20px}
.times{margin:8px 0 16px;padding:0;list-style:none}
.times li{margin:0 0 10px}
.times .zone{display:block;color:var(--muted);font-size:.95rem}
.times time{font-weight:600}
.zone-form{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-end;margin:0 0 16px}
.zone-form .field{margin:0;flex:0 1 26rem}
.zone-form select{max-width:none}
.zone-form button{flex:none}
.private{font-size:.95rem;color:var(--muted);border-top:1px solid var(--line);padding-top:12px;margin-top:24px}
@media (min-width:640px){
.top-in{padding:10px 24px}
main{padding:24px 24px 48px}
h1{font-size:1.9rem}
}
`.trim()
