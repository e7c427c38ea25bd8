/**
 * The viewer's stylesheet (the map's view and drawing are contained, and the
 * panels below it laid out only when scrolled near, so a large map paints sooner): a calm screen layout (header with search, stage
 * bar, the map filling the window, a details panel on the right, insights and
 * curve below) and a print stylesheet (the whole map scaled to the page, the
 * insights, the curve, then every touchpoint's record stage by stage).
 * `brand` is a checked `#rrggbb`, `fontStack` the report's font stack.
 *
 * The details panel starts under the header (`--details-top`, the header's
 * bottom edge as the runtime measures it): the search box and Print stay in
 * sight and in reach while it is open, and the search's list of matches lies
 * over it. In print no heading ends a page: every heading (and a stage's goal
 * and description) is kept with what follows it, a stage's records are a
 * block of their own after its heading, not a multicolumn with the heading as
 * a spanner (Chromium keeps a spanner with nothing), and a list's line is not
 * split, so a group's title never sits alone under a page's last line.
 */
import { textOn, tint } from '../../reports/escape';

export function viewerCss(brand: string, fontStack: string): string {
  return `
:root{--accent:${brand};--accent-ink:${textOn(brand)};--accent-soft:${tint(brand, 0.85)};--ink:#1f2328;--muted:#5c636a;--line:#d0d7de;--bg:#f6f7f9;--panel:#ffffff}
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:${fontStack};color:var(--ink);background:var(--bg);font-size:14px;line-height:1.45}
h1{font-size:20px;margin:0;line-height:1.25}
h2{font-size:16px;margin:0 0 12px}
h3{font-size:14px;margin:0 0 6px}
.muted{color:var(--muted)}
.num{font-variant-numeric:tabular-nums}
.symbols{position:absolute;width:0;height:0;overflow:hidden}
.skip{position:absolute;left:-9999px;top:8px;background:var(--panel);padding:8px 12px;border:2px solid var(--accent);z-index:10}
.skip:focus{left:8px}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.btn{font:inherit;min-width:32px;height:32px;padding:0 12px;border:1px solid var(--line);border-radius:6px;background:var(--panel);color:var(--ink);cursor:pointer}
.btn:hover{background:var(--accent-soft)}
.top{display:flex;gap:16px;align-items:flex-start;padding:12px 16px;background:var(--panel);border-bottom:1px solid var(--line)}
.logo{max-height:40px;max-width:160px}
.heading{flex:1;min-width:0}
.meta,.description{margin:4px 0 0;color:var(--muted);overflow-wrap:anywhere}
.description{max-height:4.4em;overflow:auto}
.search{position:relative;width:clamp(200px,32vw,320px);display:flex;flex-direction:column;gap:2px}
.search label{font-size:12px;color:var(--muted)}
.search input{font:inherit;height:32px;padding:0 8px;border:1px solid var(--line);border-radius:6px}
.search-status{margin:0;font-size:12px;color:var(--muted);min-height:1em}
.search-results{position:absolute;top:100%;left:0;right:0;z-index:25;margin:0;padding:4px;list-style:none;background:var(--panel);border:1px solid var(--line);border-radius:6px;max-height:320px;overflow:auto;box-shadow:0 6px 20px rgba(0,0,0,.12)}
.search-results:empty{display:none}
.search-results button{color:var(--ink);display:block;width:100%;text-align:left;font:inherit;border:0;background:none;padding:6px 8px;border-radius:4px;cursor:pointer;overflow-wrap:anywhere}
.search-results button:hover,.search-results button:focus-visible{background:var(--accent-soft)}
.search-results .muted{font-size:12px}
.stages{display:flex;gap:8px;align-items:center;padding:8px 16px;background:var(--panel);border-bottom:1px solid var(--line)}
.stages ol{display:flex;gap:6px;list-style:none;margin:0;padding:0;overflow-x:auto;flex:1}
.stage-link{font:inherit;color:var(--ink);display:flex;gap:6px;align-items:center;white-space:nowrap;padding:4px 10px;border:1px solid var(--line);border-left:4px solid var(--stage);border-radius:6px;background:var(--panel);cursor:pointer;max-width:240px}
.stage-link[aria-current="true"]{background:var(--accent-soft);border-color:var(--accent);border-left-color:var(--stage)}
.stage-no{font-weight:700;color:var(--muted)}
.stage-name{overflow:hidden;text-overflow:ellipsis}
.stage-count{font-size:12px;color:var(--muted);background:var(--bg);border-radius:8px;padding:0 6px}
main{display:block;padding:12px 16px 32px}
.map-area{position:relative;background:var(--panel);border:1px solid var(--line);border-radius:8px;overflow:hidden}
.map-tools{display:flex;gap:6px;align-items:center;padding:6px 8px;border-bottom:1px solid var(--line)}
.map-tools .btn,.map-tools .zoom-level{flex:none}
.zoom-level{min-width:48px;text-align:center;font-variant-numeric:tabular-nums;color:var(--muted)}
.hint{margin-left:8px;min-width:0;font-size:12px;color:var(--muted)}
.viewport{contain:strict;position:relative;color-scheme:light;height:calc(100vh - 210px);min-height:360px;overflow:hidden;cursor:grab;touch-action:none;background:#ffffff}
.viewport.panning{cursor:grabbing}
.canvas{contain:strict;position:absolute;left:0;top:0;transform-origin:0 0}
.canvas svg{display:block}
.hits{position:absolute;inset:0}
.card-hit{position:absolute;padding:0;margin:0;border:0;border-radius:8px;background:transparent;cursor:pointer}
.card-hit:hover{background:rgba(76,110,245,.06);box-shadow:0 0 0 2px var(--accent-soft)}
.card-hit:focus-visible{outline:none;box-shadow:0 0 0 3px var(--accent)}
.card-hit.selected{box-shadow:0 0 0 3px var(--accent)}
.searching .card-hit{background:rgba(255,255,255,.65)}
.searching .card-hit.match{background:transparent;box-shadow:0 0 0 3px #f59f00}
.searching .card-hit.match.selected,.searching .card-hit.match:focus-visible{box-shadow:0 0 0 3px var(--accent),0 0 0 6px #f59f00}
.details{position:fixed;top:var(--details-top,0px);right:0;bottom:0;width:min(440px,100vw);overflow:auto;background:var(--panel);border-left:1px solid var(--line);box-shadow:-8px 0 24px rgba(0,0,0,.12);padding:16px 20px;z-index:20}
.details .close{position:sticky;top:0;float:right;font-size:18px}
.record{overflow-wrap:anywhere}
.record-title{font-size:17px;margin:0 0 2px;padding-right:40px}
.record-stage{margin:0 0 12px;color:var(--muted);display:flex;gap:6px;flex-wrap:wrap;align-items:center}
.record dl{margin:0}
.field{padding:6px 0;border-top:1px solid #eef0f2}
.field dt{font-size:12px;font-weight:700;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
.field dd{margin:2px 0 0}
.field.empty dd::before{content:"–";color:var(--muted)}
.field ul{margin:2px 0;padding-left:18px}
.emotion{display:inline-flex;gap:4px;align-items:center}
.emotion svg{vertical-align:middle}
.use-face{width:18px;height:18px}
.persona-dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
.pill{display:inline-flex;gap:4px;align-items:center;font-size:12px;padding:0 8px;border-radius:10px;border:1px solid var(--line);background:var(--bg);white-space:nowrap}
.pill.moment{border-color:#364fc7;background:#edf2ff}
.pill.delight{border-color:#2f9e44;background:#ebfbee}
.pill.kind-main{border-color:#495057}
.pill.kind-alternative{border-style:dashed;border-color:#868e96}
.pill.kind-failure{border-style:dotted;border-color:#d32f2f;color:#b42318}
.pill.kind-recovery{border-color:#2f9e44;color:#2b7a3b}
.goto{font:inherit;color:var(--accent);background:none;border:0;padding:0;text-decoration:underline;cursor:pointer;text-align:left;overflow-wrap:anywhere}
.pill.sev-1{color:#8a5a00;border-color:#f0c36d;background:#fff8e6}
.pill.sev-2{color:#c2410c;border-color:#f4a26a;background:#fff1e6}
.pill.sev-3{color:#b42318;border-color:#f1948a;background:#fdecea}
.panel{content-visibility:auto;contain-intrinsic-size:auto 900px;margin-top:16px;background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:16px}
@media screen{.panels-later .panel{content-visibility:hidden}}
.tiles{display:flex;flex-wrap:wrap;gap:8px;margin-bottom:12px}
.tile{min-width:110px;padding:8px 12px;border-radius:6px;background:var(--bg)}
.tile-value{font-size:20px;font-weight:700;display:flex;gap:6px;align-items:center}
.tile-label{font-size:12px;color:var(--muted)}
.insight-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:12px}
.insight ul{margin:0;padding-left:18px}
.insight li{margin:2px 0;overflow-wrap:anywhere}
.toggles{border:0;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:12px}
.toggles legend{font-size:12px;color:var(--muted);margin-bottom:4px;padding:0}
.toggle{display:inline-flex;gap:6px;align-items:center;cursor:pointer}
.curve-figure{overflow-x:auto}
.curve-figure svg{width:100%;max-width:1400px;height:auto}
.curve-key ol{columns:2;margin:8px 0 0}
.persona-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px}
.persona{border:1px solid var(--line);border-left:4px solid;border-radius:6px;padding:10px 12px;overflow-wrap:anywhere}
.persona .avatar{float:right;width:56px;height:56px;border-radius:50%;object-fit:cover;margin-left:8px}
.persona h3{margin:0}
.persona p{margin:2px 0 6px}
.persona blockquote{margin:6px 0;padding-left:10px;border-left:2px solid var(--line);font-style:italic}
.persona h4{margin:6px 0 2px;font-size:12px;color:var(--muted);text-transform:uppercase}
.persona ul{margin:0;padding-left:18px}
.records{display:none}
@media screen and (prefers-color-scheme:dark){
  :root{color-scheme:dark;--ink:#e6e8eb;--muted:#a3aab2;--line:#3a4048;--bg:#15181c;--panel:#1e2227;--accent-soft:${tint(brand, 0.85)}33}
  .search input{background:#15181c;color:var(--ink)}
  .field{border-top-color:#2c3137}
  .pill.moment,.pill.delight,.pill.sev-1,.pill.sev-2,.pill.sev-3{color:#1f2328}
  .goto{color:${tint(brand, 0.45)}}
  .curve-figure{background:#ffffff;border-radius:6px;padding:8px}
}
.stage-records h2{margin-top:16px}
@media print{
  @page{size:A4 landscape;margin:12mm}
  body{background:#ffffff;font-size:10.5pt}
  .skip,.search,#print,.stages,.map-tools,.details,.hits{display:none!important}
  .top{border:0;padding:0 0 8px}
  main{padding:0}
  .map-area{border:0;overflow:visible}
  .viewport{contain:none;height:auto!important;min-height:0;overflow:visible;background:none}
  .canvas{contain:none;position:static;transform:none!important;width:auto!important;height:auto!important}
  .canvas svg{width:100%;height:auto}
  .panel{content-visibility:visible;border:0;padding:0;break-before:page}
  .curve-key,.toggles input{display:none}
  .goto{color:inherit;text-decoration:none}
  body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .records{display:block;break-before:page}
  .stage-cards{columns:2;column-gap:24px}
  h1,h2,h3,h4,legend,.stage-records>p{break-after:avoid}
  .insight li,.persona li{break-inside:avoid}
  .record{break-inside:avoid;border-top:1px solid var(--line);padding-top:6px;margin:0 0 10px}
  .record-title{font-size:12pt;padding-right:0}
  .record-stage{margin-bottom:4px}
  .field{display:grid;grid-template-columns:110px 1fr;gap:8px;padding:2px 0;border-top:0}
  .field.empty{display:none}
}
`;
}
