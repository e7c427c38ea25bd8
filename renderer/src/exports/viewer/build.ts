/**
 * buildViewerHtml: the interactive journey viewer, one self-contained HTML
 * file a client opens in any current browser, with no network at all.
 *
 * - The map is the report's drawing (reports/svg: same cards, faces, badges
 *   and connection styles), with one transparent button over each card for
 *   clicks and the keyboard; the emotion curve is the report's, one group per
 *   line so personas can be switched off; the insights are the domain's, as
 *   the report's executive summary groups them; metrics print through
 *   reports/metric-text.ts, the report's own definitions.
 * - Every touchpoint's full record is written here, escaped, as static HTML:
 *   the print stylesheet prints them stage by stage, and the runtime script
 *   shows one in the details panel by cloning it (it never parses text as HTML).
 * - The runtime script (runtime/main.ts) is compiled into a string at build
 *   time (build/scripts/viewer-runtime.mjs) and inlined; the page's CSP allows
 *   that one script by its SHA-256 and nothing else: no other script, no
 *   network, fonts and images only as data: URLs.
 * - The journey data the script needs is JSON in a `<script type="application/json">`
 *   with `<` written as `\u003c`, so no text can close the element.
 *
 * Pure: the same document and options give the same HTML.
 */
import runtime from './runtime/main.ts?viewer-runtime';
import type { BlobId } from '../../domain/ids';
import type { Connection, JourneyDocument, Persona, Touchpoint } from '../../domain/model';
import { drawnConnectionKind } from '../../domain/vocabulary';
import { computeInsights } from '../../domain/insights';
import { channelText } from '../../reports/channel-text';
import { frictionTypesText } from '../../reports/friction-text';
import { reportInsightGroups } from '../../reports/insight-groups';
import { stageGroups, type StageGroup } from '../../reports/journey-order';
import { summaryFigures } from '../../reports/summary';
import { escapeHtml, cleanText, oneLine, safeColour, safeImageDataUrl, signed } from '../../reports/escape';
import { fontFaceCss, REPORT_FONT_STACK } from '../../reports/fonts';
import { emotionLabelWord, emotionWord, REPORT_LABELS, type Labels } from '../../reports/labels';
import type { ReportLanguage } from '../../reports/types';
import { formatMetricNumber, METRIC_KEYS, metricTexts } from '../../reports/metric-text';
import { drawEmotionCurve } from '../../reports/svg/curve';
import { faceShapes, faceSvg } from '../../reports/svg/face';
import { unquoted } from '../../reports/quote-text';
import { layoutMap } from '../../reports/svg/map-layout';
import { mapSvgParts } from '../../reports/svg/map-svg';
import { legendSwatch } from '../../reports/sections/curve';
import { insightGroupsHtml, multiline, pips } from '../../reports/sections/parts';
import { formatReportDate } from '../../reports/context';
import { DEFAULT_BRAND_COLOUR, type ReportFont, type ReportImage } from '../../reports/types';
import { fontsForText } from '../map-image';
import { VIEWER_IDS, type ViewerData, type ViewerSearchTexts } from './data';
import { journeyText, pageWords, scriptFamilies } from './scripts';
import { viewerCss } from './styles';
import { inOpeningView, mapTiles } from './tiles';

export interface ViewerOptions {
  /** The Noto fonts available (the report's manifest); only those the journey's text needs are embedded. */
  fonts: readonly ReportFont[];
  /** Accent colour, `#rrggbb` (the report's brand colour); anything else gives the default. */
  brandColour?: string;
  logo?: ReportImage | null;
  /** Printed under the title: a Date (UTC) or text as given. */
  date?: string | Date;
  /** Persona photos by blob id (checked image types, as data: URLs). */
  personaPhotos?: Partial<Record<BlobId, ReportImage>>;
  /** The language of every word the viewer itself shows (the report's labels); English by default. */
  language?: ReportLanguage;
}

const esc = escapeHtml;

/** A viewer sentence with its `{name}` values filled in. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The CSP hash source of the embedded runtime script. */
export const VIEWER_SCRIPT_HASH = `sha256-${runtime.sha256}`;

/** The viewer's Content Security Policy: its own script by hash, inline styles, data: fonts and images, nothing else. */
export function viewerCsp(): string {
  return [
    "default-src 'none'",
    `script-src '${VIEWER_SCRIPT_HASH}'`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** JSON safe inside a `<script>` element: no `<` (so no `</script>` or `<!--`), no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function emotionText(score: number | null, label: string, labels: Labels): string {
  const word = oneLine(emotionLabelWord(labels, score, label));
  return score === null ? word : `${signed(score)} ${word}`;
}

/**
 * Faces and severity pips drawn once, as symbols, and used by reference: a
 * 2,000-touchpoint viewer would otherwise repeat the same shapes thousands
 * of times. `<use>` of a fragment in the same document loads nothing.
 */
const FACE_SCORES = [-3, -2, -1, 0, 1, 2, 3] as const;
const faceId = (score: number | null) =>
  score === null ? 'face-none' : `face-${Math.max(-3, Math.min(3, Math.round(score))) + 3}`;

function symbols(): string {
  const faces = [null, ...FACE_SCORES].map(
    (score) => `<symbol id="${faceId(score)}" viewBox="0 0 18 18">${faceShapes(score, 9, 9, 18)}</symbol>`,
  );
  const severities = [1, 2, 3].map(
    (n) => `<symbol id="pips-${n}" viewBox="0 0 21 7">${pips(n).replace(/^<svg[^>]*>|<\/svg>$/g, '')}</symbol>`,
  );
  return `<svg class="symbols" width="0" height="0" aria-hidden="true" focusable="false"><defs>${faces.join('')}${severities.join('')}</defs></svg>`;
}

/** A face in a record, sized by the stylesheet (`.use-face`): 600 faces at 200 touchpoints, so every byte counts. */
function faceUse(score: number | null): string {
  return `<svg class="use-face" aria-hidden="true"><use href="#${faceId(score)}"/></svg>`;
}

function emotionHtml(score: number | null, label: string, labels: Labels): string {
  const word = oneLine(emotionLabelWord(labels, score, label));
  return (
    `<span class="emotion">${faceUse(score)}` +
    (score === null ? '' : `<b class="num">${esc(signed(score))}</b>`) +
    `<span>${esc(word)}</span></span>`
  );
}

/**
 * One field of a record; an empty one shows a dash on screen (drawn by the stylesheet: a record has six or so, and
 * the file 1,300 at 200 touchpoints) and is left out of print.
 */
function field(label: string, body: string): string {
  return `<div class="field${body ? '' : ' empty'}"><dt>${esc(label)}</dt><dd>${body}</dd></div>`;
}

function textOr(text: string): string {
  return text.trim() ? multiline(text) : '';
}

function list(items: readonly string[]): string {
  return items.length ? `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : '';
}

/** The full record of one touchpoint: every field a person fills in, escaped. */
/** What a record needs besides its touchpoint: names, and the paths in and out of it. */
interface RecordContext {
  personas: ReadonlyMap<string, Persona>;
  touchpoints: ReadonlyMap<string, Touchpoint>;
  incoming: ReadonlyMap<string, Connection[]>;
  outgoing: ReadonlyMap<string, Connection[]>;
  labels: Labels;
  /** Connection shares already written, by value. */
  shares: Map<number, string>;
}

function byEnd(connections: readonly Connection[], end: 'source' | 'target'): Map<string, Connection[]> {
  const out = new Map<string, Connection[]>();
  for (const c of connections) {
    const list = out.get(c[end]) ?? [];
    list.push(c);
    out.set(c[end], list);
  }
  return out;
}

/** A connection's share as the report writes it ("12.5%"), each value formatted once: Intl formatters are slow to make. */
function shareText(share: number, ctx: RecordContext): string {
  let text = ctx.shares.get(share);
  if (text === undefined) {
    text = `${formatMetricNumber(share)}%`;
    ctx.shares.set(share, text);
  }
  return text;
}

/** The touchpoint's connections, each naming the other end as a button that opens it (plain text in print). */
function paths(t: Touchpoint, ctx: RecordContext): string {
  const line = (c: Connection, other: string, arrow: string) => {
    const to = ctx.touchpoints.get(other);
    if (!to) return [];
    const kind = drawnConnectionKind(c.kind);
    const extra = [oneLine(c.label), c.share === null ? '' : shareText(c.share, ctx)].filter(Boolean);
    return [
      `<span class="pill kind-${kind}">${esc(ctx.labels.connectionKind[kind])}</span> ${arrow} ` +
        `<button type="button" class="goto" data-goto="${esc(to.id)}">${esc(oneLine(to.title) || ctx.labels.untitled)}</button>` +
        (extra.length ? ` <span class="muted">· ${esc(extra.join(' · '))}</span>` : ''),
    ];
  };
  return list([
    ...(ctx.incoming.get(t.id) ?? []).flatMap((c) => line(c, c.source, esc(ctx.labels.viewer.from))),
    ...(ctx.outgoing.get(t.id) ?? []).flatMap((c) => line(c, c.target, esc(ctx.labels.viewer.to))),
  ]);
}

function record(t: Touchpoint, stageName: string, ctx: RecordContext): string {
  const { personas, labels } = ctx;
  const flags = [
    t.momentOfTruth ? `<span class="pill moment">${esc(labels.momentOfTruth)}</span>` : '',
    t.delight ? `<span class="pill delight">${esc(labels.delight)}</span>` : '',
  ].join('');
  const personaRows = Object.entries(t.personaEmotions).flatMap(([id, score]) => {
    const persona = personas.get(id);
    if (!persona) return [];
    const colour = safeColour(persona.colour, '#7950f2');
    return [
      `<span class="persona-dot" style="background:${colour}"></span>${esc(oneLine(persona.name))}: ${emotionHtml(score, '', labels)}`,
    ];
  });
  const metrics = metricTexts(t.metrics);
  const metricRows = METRIC_KEYS.flatMap((key) => {
    const m = metrics[key];
    if (!m) return [];
    const sample = m.sample === null ? '' : ` <span class="muted">(${esc(labels.table.sample)} = ${m.sample})</span>`;
    return [`${esc(labels.table[key])}: <b class="num">${esc(m.value)}</b>${sample}`];
  });
  const pains = t.painPoints.map(
    (p) =>
      `<span class="pill sev-${p.severity}"><svg class="pips" width="21" height="7" aria-hidden="true"><use href="#pips-${p.severity}"/></svg>${esc(labels.severity[p.severity])}</span> ${multiline(p.text)}`,
  );
  const friction =
    t.friction.score > 0 || t.friction.types.length > 0
      ? `<b class="num">${t.friction.score}/5</b>${t.friction.types.length ? ` · ${esc(frictionTypesText(t.friction.types, labels))}` : ''}`
      : '';
  const opportunities = t.opportunities.map(
    (o) =>
      `${multiline(o.text)} <span class="pill status">${esc(labels.opportunityStatus[o.status])}</span>` +
      (o.owner.trim() ? ` <span class="muted">· ${esc(oneLine(o.owner))}</span>` : ''),
  );
  return (
    `<article class="record" id="${esc(VIEWER_IDS.record + t.id)}" aria-label="${esc(oneLine(t.title) || labels.untitled)}">` +
    `<h3 class="record-title" tabindex="-1">${esc(oneLine(t.title) || labels.untitled)}</h3>` +
    `<p class="record-stage">${esc(stageName)}${flags}</p>` +
    '<dl>' +
    field(labels.viewer.description, textOr(t.description)) +
    field(labels.table.emotion, emotionHtml(t.emotion, t.emotionLabel, labels)) +
    field(labels.viewer.personaEmotions, list(personaRows)) +
    field(labels.table.thoughts, textOr(t.thoughts)) +
    field(labels.table.quotes, list(t.quotes.filter((q) => q.trim()).map((q) => `“${multiline(unquoted(q))}”`))) +
    field(labels.table.painPoints, list(pains)) +
    field(labels.table.friction, friction) +
    field(labels.table.channel, esc(oneLine(channelText(t.channel, labels)))) +
    field(labels.table.owner, esc(oneLine(t.owner))) +
    field(labels.viewer.metrics, list(metricRows)) +
    field(labels.table.opportunities, list(opportunities)) +
    field(labels.viewer.connections, paths(t, ctx)) +
    '</dl></article>'
  );
}

/** What search finds a touchpoint by: its texts as the record shows them (a default channel by its name). */
function searchText(t: Touchpoint, stageName: string, personas: ReadonlyMap<string, Persona>, labels: Labels): string {
  return [
    t.title,
    t.description,
    channelText(t.channel, labels),
    t.owner,
    t.emotionLabel.trim() ? emotionLabelWord(labels, t.emotion, t.emotionLabel) : '',
    t.thoughts,
    ...t.quotes,
    ...t.painPoints.map((p) => p.text),
    ...t.opportunities.flatMap((o) => [o.text, o.owner]),
    frictionTypesText(t.friction.types, labels),
    ...Object.keys(t.personaEmotions).map((id) => personas.get(id)?.name ?? ''),
    stageName,
  ]
    .map((s) => cleanText(s).replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' \n ');
}

/**
 * The insights panel: the report summary's counts and average (summaryFigures, the one definition) and its insight
 * groups, from one computation of the insights (the report's computeReportSummary would compute them a second time,
 * and rank hot spots the viewer does not show).
 */
function summaryHtml(
  doc: JourneyDocument,
  labels: Labels,
  language: ReportLanguage,
  groups: readonly StageGroup[],
): string {
  const insights = computeInsights(doc);
  const { counts, averageEmotion: avg } = summaryFigures(doc, insights, groups);
  const tiles = (
    [
      [counts.stages, labels.summary.stages],
      [counts.touchpoints, labels.summary.touchpoints],
      [counts.painPoints, labels.summary.painPoints],
      [counts.opportunities, labels.summary.opportunities],
      [counts.personas, labels.summary.personas],
    ] as const
  )
    .map(
      ([v, l]) => `<div class="tile"><div class="tile-value">${v}</div><div class="tile-label">${esc(l)}</div></div>`,
    )
    .join('');
  const avgTile =
    avg === null
      ? ''
      : `<div class="tile"><div class="tile-value">${faceSvg(avg, 22)} ${esc(signed(avg))}</div><div class="tile-label">${esc(labels.summary.averageEmotion)} · ${esc(emotionWord(labels, avg))}</div></div>`;
  const insightGroups = insightGroupsHtml(reportInsightGroups(doc, { language }, insights));
  return (
    `<section class="panel insights" id="insights" aria-labelledby="insights-h"><h2 id="insights-h">${esc(labels.viewer.insights)}</h2>` +
    `<div class="tiles">${tiles}${avgTile}</div>` +
    (insightGroups
      ? `<div class="insight-grid">${insightGroups}</div>`
      : `<p class="muted">${esc(labels.viewer.noInsights)}</p>`) +
    '</section>'
  );
}

function personasHtml(doc: JourneyDocument, labels: Labels, photos: ViewerOptions['personaPhotos']): string {
  if (doc.personas.length === 0) return '';
  const l = labels.persona;
  const cards = doc.personas.map((p) => {
    const colour = safeColour(p.colour, '#7950f2');
    const photo = p.photoBlobId ? safeImageDataUrl(photos?.[p.photoBlobId]) : null;
    const lists = (
      [
        [l.needs, p.needs],
        [l.fears, p.fears],
        [l.goals, p.goals],
        [l.desires, p.desires],
      ] as const
    )
      .map(([title, items]) => [title, items.filter((i) => i.trim())] as const)
      .filter(([, items]) => items.length > 0)
      .map(([title, items]) => `<div><h4>${esc(title)}</h4>${list(items.map((i) => multiline(i)))}</div>`)
      .join('');
    return (
      `<article class="persona" style="border-left-color:${colour}">` +
      (photo ? `<img class="avatar" src="${photo}" alt="">` : '') +
      `<h3>${esc(oneLine(p.name))}</h3>` +
      (p.role.trim() ? `<p class="muted">${esc(oneLine(p.role))}</p>` : '') +
      (p.quote.trim() ? `<blockquote>${multiline(p.quote)}</blockquote>` : '') +
      (lists ? `<div class="persona-lists">${lists}</div>` : '') +
      '</article>'
    );
  });
  return (
    `<section class="panel personas" id="personas" aria-labelledby="personas-h"><h2 id="personas-h">${esc(labels.sections.personas)}</h2>` +
    `<div class="persona-grid">${cards.join('')}</div></section>`
  );
}

function curveHtml(doc: JourneyDocument, labels: Labels, brand: string): string {
  const drawing = drawEmotionCurve(doc, { labels, brandColour: brand, width: 1100 });
  // No touchpoint on the main path: a curve would only say so.
  if (drawing.points.length === 0) return '';
  const toggles = drawing.series
    .map(
      (s, i) =>
        `<label class="toggle"><input type="checkbox" checked data-series="${i}">${legendSwatch(s.colour, s.dash, s.persona !== null)}<span>${esc(s.name)}</span></label>`,
    )
    .join('');
  const stageName = new Map(doc.stages.map((s) => [s.id as string, oneLine(s.name)]));
  // Points too close to number on the curve have no key.
  const key = (drawing.numbered ? drawing.points : [])
    .map(
      (t, i) =>
        `<li><b>${i + 1}</b> ${esc(oneLine(t.title) || labels.untitled)} <span class="muted">· ${esc(stageName.get(t.stageId) ?? '')}</span></li>`,
    )
    .join('');
  return (
    `<section class="panel curve" id="curve" aria-labelledby="curve-h"><h2 id="curve-h">${esc(labels.sections.curve)}</h2>` +
    `<fieldset class="toggles"><legend>${esc(labels.viewer.linesShown)}</legend>${toggles}</fieldset>` +
    `<div class="curve-figure">${drawing.svg}</div>` +
    (key ? `<details class="curve-key"><summary>${esc(labels.curve.key)}</summary><ol>${key}</ol></details>` : '') +
    '</section>'
  );
}

/** Every character of the texts once, in order of first use. */
function distinctCharacters(texts: readonly string[]): string {
  const seen = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const point = text.codePointAt(i)!;
      if (point > 0xffff) i++;
      seen.add(point);
    }
  }
  return Array.from(seen, (point) => String.fromCodePoint(point)).join('');
}

export function buildViewerHtml(doc: JourneyDocument, options: ViewerOptions): string {
  const language = options.language ?? 'en';
  const labels = REPORT_LABELS[language] ?? REPORT_LABELS.en;
  const words = labels.viewer;
  const brand = safeColour(options.brandColour, DEFAULT_BRAND_COLOUR);
  const title = oneLine(doc.journey.title) || labels.untitled;
  const groups = stageGroups(doc);
  const stageNames = new Map(groups.map((g) => [g.stage.id as string, oneLine(g.stage.name)]));
  const personas = new Map(doc.personas.map((p) => [p.id as string, p]));

  const plan = layoutMap(doc, { labels });
  // The map's lines, cards and labels are drawn in tiles, by the runtime, only near the view: a large map's first
  // frame lays out a screenful, not thousands of cards. The tiles wait in inert <template>s (never rendered).
  const parts = mapSvgParts(plan, {
    prefix: 'vm',
    standalone: false,
    displayWidth: plan.width,
    displayHeight: plan.height,
    title,
    background: 'white',
  });
  const tiles = mapTiles(parts);
  const layers = (['routes', 'cards', 'plates'] as const)
    .map((layer) => `<g id="${VIEWER_IDS.layer}${layer}"></g>`)
    .join('');
  const mapSvg = parts.open + parts.under + layers + parts.close;
  const tileTemplate = (t: (typeof tiles)[number], i: number) =>
    `<template data-tile="${i}"><svg><g>${t.markup}</g></svg></template>`;
  // Only the tiles the opening view can show are read before the script; a 2,000-touchpoint map's other 2.5 MB of
  // tiles come after it, parsed while the map is already shown.
  const earlyTiles = tiles.map((t, i) => (inOpeningView(t.box) ? tileTemplate(t, i) : '')).join('');
  const lateTiles = tiles.map((t, i) => (inOpeningView(t.box) ? '' : tileTemplate(t, i))).join('');
  const hits = plan.cards
    .map((c) => {
      const t = c.touchpoint;
      const name = oneLine(t.title) || labels.untitled;
      const label = fill(words.card, {
        name,
        stage: stageNames.get(t.stageId) ?? '',
        emotion: emotionText(t.emotion, t.emotionLabel, labels),
      });
      return (
        `<button type="button" class="card-hit" data-tp="${esc(t.id)}" tabindex="-1" aria-label="${esc(label)}" aria-controls="${VIEWER_IDS.details}" aria-expanded="false" ` +
        `style="left:${c.x}px;top:${c.y}px;width:${c.width}px;height:${c.height}px"></button>`
      );
    })
    .join('');

  const data: ViewerData = {
    width: plan.width,
    height: plan.height,
    // Each column's cards in the order they are drawn, top to bottom: the order the arrow keys follow.
    stages: plan.columns.map((col, index) => ({
      id: col.stage.id,
      name: oneLine(col.stage.name),
      box: { x: col.box.x, y: col.box.y, w: col.box.width, h: col.box.height },
      touchpoints: plan.cards
        .filter((c) => c.column === index)
        .sort((a, b) => a.y - b.y || a.x - b.x)
        .map((c) => c.touchpoint.id),
    })),
    touchpoints: groups.flatMap((g) =>
      g.touchpoints.map((t) => ({
        id: t.id,
        stageId: t.stageId,
        title: oneLine(t.title) || labels.untitled,
      })),
    ),
    tiles: tiles.map((t) => ({ layer: t.layer, box: t.box })),
    words: { noMatch: words.noMatch, matches: words.matches, firstListed: words.firstListed },
  };

  const searchTexts: ViewerSearchTexts = groups.flatMap((g) =>
    g.touchpoints.map((t) => searchText(t, stageNames.get(t.stageId) ?? '', personas, labels)),
  );

  const stageNav = groups
    .map(
      (g, i) =>
        `<li><button type="button" class="stage-link" data-stage="${esc(g.stage.id)}" title="${esc(oneLine(g.stage.name))}" style="--stage:${safeColour(g.stage.colour, '#868e96')}">` +
        `<span class="stage-no">${i + 1}</span><span class="stage-name">${esc(oneLine(g.stage.name))}</span><span class="stage-count">${g.touchpoints.length}</span></button></li>`,
    )
    .join('');

  const recordContext: RecordContext = {
    personas,
    touchpoints: new Map(doc.touchpoints.map((t) => [t.id as string, t])),
    incoming: byEnd(doc.connections, 'target'),
    outgoing: byEnd(doc.connections, 'source'),
    labels,
    shares: new Map(),
  };
  const records = groups
    .map(
      (g) =>
        `<section class="stage-records"><h2>${esc(oneLine(g.stage.name))}</h2>` +
        (g.stage.customerGoal.trim()
          ? `<p class="muted">${esc(labels.stageGoal)}: ${multiline(g.stage.customerGoal)}</p>`
          : '') +
        (g.stage.description.trim() ? `<p>${multiline(g.stage.description)}</p>` : '') +
        // The records in a block of their own (two columns in print), so the stage's name and goal above it are not
        // column spanners: Chromium keeps an ordinary block with what follows it, a spanner not.
        (g.touchpoints.length
          ? `<div class="stage-cards">${g.touchpoints.map((t) => record(t, stageNames.get(t.stageId) ?? '', recordContext)).join('')}</div>`
          : '') +
        '</section>',
    )
    .join('');

  const meta = [
    oneLine(doc.journey.client) ? `${esc(labels.cover.preparedFor)} ${esc(oneLine(doc.journey.client))}` : '',
    oneLine(doc.journey.author) ? `${esc(labels.cover.preparedBy)} ${esc(oneLine(doc.journey.author))}` : '',
    options.date === undefined ? '' : esc(formatReportDate(options.date, labels)),
  ].filter(Boolean);
  const logo = safeImageDataUrl(options.logo);

  const body = [
    `<a class="skip" href="#${VIEWER_IDS.viewport}">${esc(words.skip)}</a>`,
    '<header class="top">',
    logo ? `<img class="logo" src="${logo}" alt="">` : '',
    `<div class="heading"><h1>${esc(title)}</h1>${meta.length ? `<p class="meta">${meta.join(' · ')}</p>` : ''}` +
      (doc.journey.description.trim() ? `<p class="description">${multiline(doc.journey.description)}</p>` : '') +
      '</div>',
    `<div class="search" role="search"><label for="${VIEWER_IDS.search}">${esc(words.searchLabel)}</label>` +
      `<input id="${VIEWER_IDS.search}" type="search" autocomplete="off" spellcheck="false" placeholder="${esc(words.searchPlaceholder)}" aria-describedby="${VIEWER_IDS.searchStatus}">` +
      `<p id="${VIEWER_IDS.searchStatus}" class="search-status" role="status" aria-live="polite"></p>` +
      `<ul id="${VIEWER_IDS.searchResults}" class="search-results" aria-label="${esc(words.searchResults)}"></ul></div>`,
    `<button type="button" class="btn" id="${VIEWER_IDS.print}" title="${esc(fill(words.printTitle, { key: 'Ctrl+P' }))}">${esc(words.print)}</button>`,
    '</header>',
    `<nav class="stages" aria-label="${esc(words.stages)}"><button type="button" class="btn" id="${VIEWER_IDS.prevStage}" aria-label="${esc(words.previousStage)}" title="${esc(fill(words.previousStageTitle, { key: 'Page Up' }))}">‹</button>` +
      `<ol>${stageNav}</ol>` +
      `<button type="button" class="btn" id="${VIEWER_IDS.nextStage}" aria-label="${esc(words.nextStage)}" title="${esc(fill(words.nextStageTitle, { key: 'Page Down' }))}">›</button></nav>`,
    '<main>',
    `<section class="map-area" aria-label="${esc(labels.sections.map)}">`,
    `<div class="map-tools" role="toolbar" aria-label="${esc(words.zoom)}">` +
      `<button type="button" class="btn" id="${VIEWER_IDS.zoomOut}" aria-label="${esc(words.zoomOut)}" title="${esc(words.zoomOutTitle)}">−</button>` +
      `<span id="${VIEWER_IDS.zoomLevel}" class="zoom-level" aria-live="off">100%</span>` +
      `<button type="button" class="btn" id="${VIEWER_IDS.zoomIn}" aria-label="${esc(words.zoomIn)}" title="${esc(words.zoomInTitle)}">+</button>` +
      `<button type="button" class="btn" id="${VIEWER_IDS.fit}" title="${esc(words.fitTitle)}">${esc(words.fit)}</button>` +
      `<span class="hint">${esc(fill(words.hint, { enter: 'Enter' }))}</span></div>`,
    `<div id="${VIEWER_IDS.viewport}" class="viewport" tabindex="0" role="group" aria-roledescription="${esc(words.mapRole)}" aria-label="${esc(fill(words.mapLabel, { title }))}">` +
      `<div id="${VIEWER_IDS.canvas}" class="canvas" style="width:${plan.width}px;height:${plan.height}px">${mapSvg}<div class="hits">${hits}</div></div></div>` +
      `<div id="${VIEWER_IDS.tiles}" hidden>${earlyTiles}</div>`,
    '</section>',
    `<aside id="${VIEWER_IDS.details}" class="details" aria-label="${esc(words.details)}" hidden>` +
      `<button type="button" class="btn close" id="${VIEWER_IDS.detailsClose}" aria-label="${esc(words.closeDetails)}" title="${esc(fill(words.closeTitle, { key: 'Esc' }))}">×</button>` +
      `<div id="${VIEWER_IDS.detailsBody}"></div></aside>`,
    // The script runs here, before the panels and records under the map are parsed: the map is wired and painted
    // while the rest of the file is still being read.
    `<script type="application/json" id="${VIEWER_IDS.data}">${scriptJson(data)}</script>`,
    `<script>${runtime.code}</script>`,
    // Read on the first search. Right after the script, it is also where Chromium's parser next stops (it pauses at a
    // script element), so the map's first frame is not followed by one long task reading the panels and records.
    `<script type="application/json" id="${VIEWER_IDS.searchData}">${scriptJson(searchTexts)}</script>`,
    `<div id="${VIEWER_IDS.lateTiles}" hidden>${lateTiles}</div>`,
    summaryHtml(doc, labels, language, groups),
    curveHtml(doc, labels, brand),
    personasHtml(doc, labels, options.personaPhotos),
    `<section class="records" aria-label="${esc(words.allTouchpoints)}"><h2 class="records-title">${esc(words.allTouchpointsTitle)}</h2>` +
      // Inert until print: parsed, but never styled, and its faces' <use> copies are not made (100 ms at 200 touchpoints).
      `<template id="${VIEWER_IDS.records}">${records}</template></section>`,
    '</main>',
  ].join('\n');

  // Noto Sans for the subsets the text touches; a script family (Tamil…) only when its script is used, and then
  // only its own subsets, since its Latin ones repeat Noto Sans's.
  // The page's own words are Latin in English (Noto Sans), in their script otherwise; the rest comes from the journey.
  // Which fonts a text needs depends only on which characters it has: each is looked at once, not once a use.
  const allText = distinctCharacters([title, 'Aa–·…“”', pageWords(language), journeyText(doc)]);
  const families = new Set(scriptFamilies(allText));
  const latinRanges = new Set(options.fonts.filter((f) => f.family === 'Noto Sans').map((f) => f.unicodeRange));
  const candidates = options.fonts.filter(
    (f) => f.family === 'Noto Sans' || (families.has(f.family) && !latinRanges.has(f.unicodeRange)),
  );
  const fonts = fontsForText(candidates, allText);

  if (/<\/script|<!--/i.test(runtime.code)) throw new Error('The viewer script cannot be embedded inline.');
  return [
    '<!DOCTYPE html>',
    `<html lang="${esc(language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${viewerCsp()}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Waymark journey viewer">',
    `<title>${esc(title)}</title>`,
    // Swap: the page shows at once in a fallback face and takes the Noto faces as soon as they are decoded.
    `<style>\n${fontFaceCss(fonts, 'swap')}\n${viewerCss(brand, REPORT_FONT_STACK)}</style>`,
    '</head>',
    '<body>',
    symbols(),
    body,
    '</body>',
    '</html>',
  ].join('\n');
}
