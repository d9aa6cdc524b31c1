/** The dashboard's only stylesheet, served from /admin/static/admin.css (the CSP allows no inline styles). */
export const ADMIN_CSS = `
:root { --fg:#1f2937; --muted:#6b7280; --line:#e5e7eb; --bg:#f9fafb; --accent:#1d4ed8; --bad:#b91c1c; --ok:#047857; }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui, sans-serif; color:var(--fg); background:var(--bg); }
header { display:flex; gap:1.5rem; align-items:center; padding:.6rem 1.2rem; background:#111827; color:#fff; }
header a { color:#d1d5db; text-decoration:none; }
header a.active, header a:hover { color:#fff; text-decoration:underline; }
header .brand { font-weight:700; color:#fff; }
header form { margin-left:auto; }
main { padding:1rem 1.2rem; max-width:1200px; }
h1 { font-size:1.3rem; margin:.2rem 0 1rem; }
h2 { font-size:1.05rem; margin:1.4rem 0 .5rem; }
.cards { display:flex; flex-wrap:wrap; gap:.8rem; }
.card { background:#fff; border:1px solid var(--line); border-radius:6px; padding:.6rem .9rem; min-width:150px; }
.card .value { font-size:1.4rem; font-weight:600; }
.card .label { color:var(--muted); font-size:.85rem; }
table { border-collapse:collapse; width:100%; background:#fff; border:1px solid var(--line); }
th, td { text-align:left; padding:.35rem .55rem; border-bottom:1px solid var(--line); vertical-align:top; }
th { background:#f3f4f6; font-weight:600; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
.chip { display:inline-block; padding:0 .4rem; margin:0 .2rem .1rem 0; border-radius:4px; background:#eef2ff; font-size:.8rem; }
.route-cloud { color:#1d4ed8; } .route-local { color:#047857; } .route-blocked { color:#b91c1c; } .route-error { color:#6b7280; }
.bad { color:var(--bad); } .ok { color:var(--ok); } .muted { color:var(--muted); }
form.filters { display:flex; flex-wrap:wrap; gap:.5rem; align-items:end; margin-bottom:.8rem; }
form.filters label { display:flex; flex-direction:column; font-size:.8rem; color:var(--muted); }
input, select, button { font:inherit; padding:.25rem .4rem; }
button { cursor:pointer; }
.notice { background:#fffbeb; border:1px solid #fcd34d; padding:.6rem .8rem; border-radius:6px; margin:.8rem 0; }
.error { background:#fef2f2; border:1px solid #fca5a5; padding:.6rem .8rem; border-radius:6px; margin:.8rem 0; }
.secret { font-family:ui-monospace, monospace; background:#fff; border:1px dashed var(--fg); padding:.4rem; word-break:break-all; }
dl.detail { display:grid; grid-template-columns: 12rem 1fr; gap:.25rem .8rem; background:#fff; border:1px solid var(--line); padding:.8rem; }
dl.detail dt { color:var(--muted); } dl.detail dd { margin:0; word-break:break-all; }
.login { max-width:360px; margin:4rem auto; background:#fff; border:1px solid var(--line); padding:1.2rem; border-radius:8px; }
.login input { width:100%; margin:.4rem 0 .8rem; }
svg text { font-size:11px; fill:var(--muted); }
.legend span { margin-right:1rem; font-size:.85rem; }
.swatch-cloud { color:#3b82f6; } .swatch-local { color:#10b981; } .swatch-blocked { color:#ef4444; } .swatch-error { color:#9ca3af; }
ul.policy li { margin:.2rem 0; }
.pager { margin:.8rem 0; }
`;
