/**
 * The inline stylesheet of index.html. Plain CSS, no fonts or images to fetch; follows the
 * reader's light or dark preference.
 */
export const HTML_STYLE = `
:root { --bg: #fff; --fg: #1f2328; --muted: #656d76; --line: #d0d7de; --panel: #f6f8fa;
  --pass: #1a7f37; --fail: #cf222e; --skip: #9a6700; --info: #0969da; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --line: #30363d; --panel: #161b22;
    --pass: #3fb950; --fail: #f85149; --skip: #d29922; --info: #58a6ff; }
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
code, pre { font: 12.5px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
  margin: .25rem 0; white-space: pre-wrap; word-break: break-word; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; }
td:first-child code { white-space: nowrap; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.verdict { font-weight: 600; padding: .05rem .45rem; border-radius: 1rem; border: 1px solid currentColor; white-space: nowrap; }
.v-passed, .v-conformant { color: var(--pass); }
.v-failed, .v-not-conformant { color: var(--fail); }
.v-skipped, .v-stopped { color: var(--skip); }
.v-untested, .v-untestable { color: var(--muted); }
.level { font-weight: 600; font-size: .8rem; }
.level-MUST { color: var(--fail); }
.level-SHOULD { color: var(--skip); }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .9rem; min-width: 8rem; background: var(--panel); }
.card b { display: block; font-size: 1.4rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0; }
.filters button { font: inherit; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 1rem;
  background: var(--bg); color: var(--fg); cursor: pointer; }
.filters button[aria-pressed="true"] { background: var(--info); border-color: var(--info); color: #fff; }
.filters select { font: inherit; padding: .2rem; }
blockquote { margin: 0; padding-left: .6rem; border-left: 3px solid var(--line); }
.muted { color: var(--muted); }
details.finding { border: 1px solid var(--line); border-radius: 8px; margin: .6rem 0; padding: .4rem .8rem; }
details.finding > summary { cursor: pointer; font-weight: 600; }
details.finding[open] > summary { margin-bottom: .5rem; }
.side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 800px) { .side { grid-template-columns: 1fr; } }
ol.wire { padding-left: 1.5rem; }
ol.wire > li { margin: .5rem 0; }
.copy { float: right; font-size: .8rem; }
ol.overview, ul.overview { padding-left: 1.5rem; margin: .25rem 0; }
.overview > li { margin: .2rem 0; }
`;
