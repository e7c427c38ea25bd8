/**
 * The slides of the deck, in order: title, personas, map overview, emotion curve, one
 * (or more) per stage, hot spots, the opportunity ranking and metrics. The
 * numbers come from the report's definitions (summary, curve lines, metric
 * figures, opportunity ranking), so the deck and the PDF agree.
 */
import type { Persona, Touchpoint } from '../../domain/model';
import { channelText } from '../../reports/channel-text';
import { personaKinds } from '../../reports/persona-text';
import { unquoted } from '../../reports/quote-text';
import { distinctLineColours } from '../../domain/line-colours';
import { reportCurve } from '../../reports/curve-lines';
import { oneLine, safeColour, signed, textOn, tint } from '../../reports/escape';
import { frictionTypesText } from '../../reports/friction-text';
import { countIn, fill, hotSpotExplanation } from '../../reports/insight-text';
import { stageGroups, type StageGroup } from '../../reports/journey-order';
import { emotionLabelWord, type Labels } from '../../reports/labels';
import { hasMetrics, metricTexts, type MetricText } from '../../reports/metric-text';
import { SCRIPT_FONT, scriptsIn } from '../../reports/scripts';
import { addLogo, addTitle, contentSlide, COVER_LAYOUT, coverBand, coverTitleBox, type Deck } from './chrome';
import { wrapLines } from './geometry';
import {
  drawGrid,
  INK,
  MUTED,
  parasHeight,
  parasToRuns,
  type GridCell,
  type GridColumn,
  type GridRow,
  type MoreText,
  type Para,
} from './grid';
import { addFace } from './shapes';
import { hex, lineRuns } from './text';

const GREY = '#868e96';

/** What a grid cell cut to fit says of the rest, in the deck's language. */
function moreInNotes(labels: Labels): MoreText {
  return (count) => fill(labels.deck.moreInNotes, { count });
}

export function titleSlide(deck: Deck) {
  const { pptx, g, ctx } = deck;
  const slide = pptx.addSlide({ masterName: COVER_LAYOUT });
  const band = coverBand(g);
  const ink = hex(textOn(ctx.brand));
  slide.background = { color: 'FFFFFF' };
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: g.w,
    h: band,
    fill: { color: hex(ctx.brand) },
    line: { color: hex(ctx.brand) },
  });
  const w = g.w - 2 * g.margin;
  slide.addText(lineRuns(ctx.labels.cover.reportKind, { fontSize: 14, color: ink }), {
    x: g.margin,
    y: 0.6,
    w,
    h: 0.4,
  });
  const titleW = coverTitleBox(g).w;
  const size = wrapLines(ctx.title, titleW, 36).length > 2 ? 26 : 36;
  addTitle(
    slide,
    lineRuns(wrapLines(ctx.title, titleW, size, 3).join(' '), { fontSize: size, bold: true, color: ink }),
  );
  let y = band + 0.3;
  const description = oneLine(ctx.doc.journey.description);
  if (description) {
    const lines = wrapLines(description, w, 14, 3);
    slide.addText(lineRuns(lines.join(' '), { fontSize: 14, color: INK }), {
      x: g.margin,
      y,
      w,
      h: lines.length * 0.3 + 0.1,
      valign: 'top',
    });
    y += lines.length * 0.3 + 0.3;
  }
  const meta: Para[] = (
    [
      [ctx.labels.cover.preparedFor, ctx.client],
      [ctx.labels.cover.preparedBy, ctx.author],
      [ctx.labels.cover.date, ctx.date],
    ] as const
  )
    .filter(([, value]) => value)
    .map(([label, value]) => ({ prefix: `${label}:`, text: value, pt: 12, maxLines: 1 }));
  if (meta.length > 0) {
    slide.addText(parasToRuns(meta), { x: g.margin, y, w: w - 2, h: meta.length * 0.3 + 0.1, valign: 'top' });
  }
  addLogo(deck, slide, g.w - g.margin - 2, g.h - 1.3, 2, 0.9);
}

/** A persona's list as a cell: one paragraph per item, cut to a few lines (the notes hold them whole). */
function personaList(items: readonly string[]): GridCell {
  const kept = items.map((i) => oneLine(i)).filter(Boolean);
  return { kind: 'text', paras: kept.map((i) => ({ text: `• ${i}`, pt: 10, maxLines: 5 })) };
}

/** Everything a persona holds, for the slide's notes (`flags`: its kinds, `personaKinds`). */
function personaNotes(
  p: Persona,
  flags: readonly string[],
  lists: readonly (readonly [string, readonly string[]])[],
): string {
  return [
    oneLine(p.name),
    oneLine(p.role),
    p.quote.trim() ? `“${oneLine(unquoted(p.quote))}”` : '',
    ...flags,
    ...lists
      .map(([heading, items]) => [heading, items.map((i) => oneLine(i)).filter(Boolean)] as const)
      .filter(([, items]) => items.length > 0)
      .map(([heading, items]) => `${heading}: ${items.join('; ')}`),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The personas: one row each (name, role, quote, then needs, fears, goals and desires, and
 * challenges when any persona has them), as many on a slide as fit, going on over "2 of 3" slides.
 */
export function personaSlides(deck: Deck) {
  const { g, ctx } = deck;
  const { labels } = ctx;
  const l = labels.persona;
  const personas = ctx.doc.personas;
  const challenges = personas.some((p) => p.challenges.some((c) => c.trim()));
  const listHeadings = [l.needs, l.fears, l.goals, l.desires, ...(challenges ? [l.challenges] : [])];
  const columns: GridColumn[] = [
    { header: labels.workbook.name, share: challenges ? 0.2 : 0.24 },
    ...listHeadings.map((header) => ({ header, share: challenges ? 0.16 : 0.19 })),
  ];
  const rows: GridRow[] = personas.map((p) => {
    const lists = [p.needs, p.fears, p.goals, p.desires, ...(challenges ? [p.challenges] : [])];
    const flags = personaKinds(p, labels);
    return {
      notes: personaNotes(
        p,
        flags,
        lists.map((items, i) => [listHeadings[i]!, items] as const),
      ),
      cells: [
        text([
          { text: oneLine(p.name) || labels.untitled, pt: 12, bold: true, maxLines: 2 },
          ...(p.role.trim() ? [{ text: oneLine(p.role), pt: 10, color: MUTED, maxLines: 2 }] : []),
          ...(p.quote.trim()
            ? [{ text: `“${oneLine(unquoted(p.quote))}”`, pt: 9, italic: true, color: MUTED, maxLines: 4 }]
            : []),
          ...flags.map((f) => ({ text: f, pt: 9, color: MUTED, maxLines: 2 })),
        ]),
        ...lists.map(personaList),
      ],
    };
  });
  drawGrid(
    deck.pptx,
    g,
    columns,
    rows,
    (page, pages) => contentSlide(deck, labels.sections.personas, page, pages),
    0,
    undefined,
    moreInNotes(labels),
  );
}

/** The map: stage columns with a box per touchpoint, as many slides as the stages need. */
export function mapSlides(deck: Deck) {
  const { pptx, g, ctx } = deck;
  const groups = stageGroups(ctx.doc);
  const perSlide = g.mapColumns;
  const slides = Math.ceil(groups.length / perSlide);
  // A journey of few stages keeps columns of a readable width rather than stretching them across the slide.
  const colW = Math.min(3.2, (g.w - 2 * g.margin) / Math.min(perSlide, Math.max(1, groups.length)));
  const boxH = 0.62;
  const gap = 0.08;
  const top = g.bodyTop + 0.72;
  const rows = Math.max(1, Math.floor((g.bodyBottom - top + gap) / (boxH + gap)));
  for (let s = 0; s < slides; s++) {
    const slide = contentSlide(deck, ctx.labels.sections.map, s + 1, slides);
    groups.slice(s * perSlide, (s + 1) * perSlide).forEach(({ stage, touchpoints }, i) => {
      const x = g.margin + i * colW;
      const w = colW - 0.12;
      const colour = safeColour(stage.colour, GREY);
      slide.addShape(pptx.ShapeType.rect, {
        x,
        y: g.bodyTop,
        w,
        h: 0.08,
        fill: { color: hex(colour) },
        line: { color: hex(colour) },
      });
      const name = oneLine(stage.name) || ctx.labels.untitled;
      slide.addText(lineRuns(wrapLines(name, w, 11, 2).join(' '), { fontSize: 11, bold: true, color: INK }), {
        x,
        y: g.bodyTop + 0.1,
        w,
        h: 0.56,
        valign: 'top',
      });
      const shown = touchpoints.length > rows ? touchpoints.slice(0, rows - 1) : touchpoints;
      shown.forEach((t, j) => {
        const y = top + j * (boxH + gap);
        slide.addShape(pptx.ShapeType.roundRect, {
          x,
          y,
          w,
          h: boxH,
          rectRadius: 0.06,
          fill: { color: hex(tint(colour, 0.88)) },
          line: { color: hex(tint(colour, 0.4)), width: 0.75 },
        });
        addFace(pptx, slide, t.emotion, x + 0.07, y + 0.05, 0.24);
        if (t.emotion !== null) {
          slide.addText(lineRuns(signed(t.emotion), { fontSize: 8, bold: true, color: INK }), {
            x: x,
            y: y + 0.3,
            w: 0.38,
            h: 0.22,
            align: 'center',
            valign: 'middle',
            margin: 0,
          });
        }
        const title = oneLine(t.title) || ctx.labels.untitled;
        slide.addText(lineRuns(wrapLines(title, w - 0.4, 9, 3).join(' '), { fontSize: 9, color: INK }), {
          x: x + 0.36,
          y,
          w: w - 0.38,
          h: boxH,
          valign: 'middle',
        });
      });
      if (shown.length < touchpoints.length) {
        const more = touchpoints.length - shown.length;
        slide.addText(
          lineRuns(countIn(ctx.labels, ctx.labels.deck.moreTouchpoints, more), {
            fontSize: 9,
            italic: true,
            color: MUTED,
          }),
          { x, y: top + shown.length * (boxH + gap), w, h: boxH, valign: 'middle' },
        );
      }
    });
  }
}

/** Up to this many points, the curve slide names each one in a key beside the chart. */
const KEYED_POINTS = 16;

export interface CurveSeriesData {
  name: string;
  colour: string;
  /** One value per point of the main path; null where this line has no emotion. */
  values: (number | null)[];
}

export interface CurveData {
  /** The chart's categories: point numbers along the main path, from 1. */
  labels: string[];
  /** Touchpoint title and stage name of each point. */
  points: { title: string; stage: string }[];
  series: CurveSeriesData[];
}

/**
 * The chart's data: the journey's own emotion, then one series per persona with emotions of its own, as
 * the report, the viewer and the map draw them. The journey's line is left out only when it has no
 * point and a persona has (a chart of personas' emotions alone).
 */
export function curveData(ctx: Deck['ctx']): CurveData {
  const curve = reportCurve(ctx.doc);
  const stageName = new Map(ctx.doc.stages.map((s) => [s.id as string, oneLine(s.name)]));
  const lines = curve.lines.filter((l) => l.persona !== null || l.points.length > 0 || curve.lines.length === 1);
  const used = new Map<string, number>();
  const series = lines.map((line) => {
    const values: (number | null)[] = curve.slots.map(() => null);
    for (const p of line.points) values[p.index] = p.emotion;
    const base = line.persona ? oneLine(line.persona.name) || ctx.labels.untitled : ctx.labels.curve.journey;
    // The chart's workbook is a table whose column names must differ.
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return {
      name: seen === 1 ? base : `${base} (${seen})`,
      colour: line.persona ? safeColour(line.persona.colour, '#7950f2') : ctx.brand,
      values,
    };
  });
  // Two lines of one colour (or of two too alike) could not be told apart: the later takes a spare colour.
  const colours = distinctLineColours(series.map((s) => s.colour));
  series.forEach((s, i) => (s.colour = colours[i]!));
  return {
    labels: curve.slots.map((_, i) => String(i + 1)),
    points: curve.slots.map((p) => ({
      title: oneLine(p.title) || ctx.labels.untitled,
      stage: stageName.get(p.stageId) ?? '',
    })),
    series,
  };
}

export function curveSlide(deck: Deck) {
  const { pptx, g, ctx } = deck;
  const slide = contentSlide(deck, ctx.labels.sections.curve);
  const { labels, points, series } = curveData(ctx);
  const keyed = points.length <= KEYED_POINTS;
  const width = g.w - 2 * g.margin;
  const chartW = keyed ? width * 0.64 : width;
  // Chart text takes one font per element: the legend's is the font of the persona names' script.
  const scripts = scriptsIn(series.map((s) => s.name));
  const legendFont = SCRIPT_FONT[scripts.find((s) => s !== 'latin') ?? 'latin'];
  slide.addChart(
    pptx.ChartType.line,
    series.map((s) => ({ name: s.name, labels, values: s.values as number[] })),
    {
      x: g.margin,
      y: g.bodyTop,
      w: chartW,
      h: g.bodyBottom - g.bodyTop - 0.4,
      chartColors: series.map((s) => hex(s.colour)),
      lineSize: 2,
      // Markers and every axis label only while they do not run into each other.
      lineDataSymbol: labels.length > 60 ? 'none' : 'circle',
      lineDataSymbolSize: 7,
      catAxisLabelFrequency: String(Math.max(1, Math.ceil(labels.length / 30))),
      displayBlanksAs: 'span',
      valAxisMinVal: -3,
      valAxisMaxVal: 3,
      valAxisMajorUnit: 1,
      valAxisLabelFormatCode: '+0;-0;0',
      valAxisTitle: ctx.labels.curve.axis,
      showValAxisTitle: true,
      valAxisTitleFontFace: 'Noto Sans',
      valAxisLabelFontFace: 'Noto Sans',
      valAxisLabelFontSize: 10,
      catAxisLabelFontFace: 'Noto Sans',
      catAxisLabelFontSize: labels.length > 40 ? 7 : 10,
      showLegend: true,
      legendPos: 'b',
      legendFontFace: legendFont,
      legendFontSize: 11,
      showValue: series.length === 1 && labels.length <= 40,
      dataLabelFormatCode: '+0;-0;0',
      dataLabelPosition: 't',
      dataLabelFontSize: 9,
      dataLabelFontFace: 'Noto Sans',
    },
  );
  if (keyed) {
    const key: Para[] = [
      { text: ctx.labels.curve.key, pt: 10, bold: true, color: MUTED },
      ...points.map((p, i) => ({
        prefix: `${i + 1}`,
        text: `${p.title} · ${p.stage}`,
        pt: 10,
        maxLines: points.length > 10 ? 1 : 2,
      })),
    ];
    const keyX = g.margin + chartW + 0.2;
    slide.addText(parasToRuns(key), {
      x: keyX,
      y: g.bodyTop,
      w: g.w - g.margin - keyX,
      h: g.bodyBottom - g.bodyTop - 0.4,
      valign: 'top',
      fit: 'shrink',
    });
  }
  const note = keyed ? ctx.labels.deck.curveKeyed : ctx.labels.deck.curveNumbered;
  slide.addText(lineRuns(note, { fontSize: 9, color: MUTED }), {
    x: g.margin,
    y: g.bodyBottom - 0.35,
    w: width,
    h: 0.3,
  });
}

function emotionCell(t: Pick<Touchpoint, 'emotion' | 'emotionLabel'>, deck: Deck) {
  const word = oneLine(emotionLabelWord(deck.ctx.labels, t.emotion, t.emotionLabel));
  return { kind: 'emotion' as const, score: t.emotion, word };
}

function text(paras: Para[]) {
  return { kind: 'text' as const, paras };
}

/** A touchpoint's speaker notes: its full text, each part named in the deck's language. */
function notesOf(t: Touchpoint, stageName: string, labels: Labels): string {
  const parts = [
    `${oneLine(t.title)} (${stageName})`,
    t.description.trim(),
    t.emotion === null
      ? ''
      : `${labels.table.emotion} ${signed(t.emotion)}${t.emotionLabel.trim() ? ` ${oneLine(emotionLabelWord(labels, t.emotion, t.emotionLabel))}` : ''}`,
    t.thoughts.trim(),
    ...t.quotes.filter((q) => q.trim()).map((q) => `“${unquoted(q)}”`),
    ...t.painPoints.filter((p) => p.text.trim()).map((p) => `${labels.workshop.kind.pain}: ${p.text.trim()}`),
    ...t.opportunities.filter((o) => o.text.trim()).map((o) => `${labels.workshop.kind.opportunity}: ${o.text.trim()}`),
  ];
  return parts.filter(Boolean).join('\n');
}

/** Column shares of the stage slides; the narrow 4:3 slide gives the emotion and friction columns a larger share. */
const STAGE_SHARES = { wide: [0.22, 0.12, 0.21, 0.18, 0.09, 0.18], narrow: [0.2, 0.15, 0.19, 0.18, 0.11, 0.17] };

/** The slides of one stage: its touchpoints as rows, on continuation slides when they do not fit on one. */
export function stageSlides(deck: Deck, { stage, touchpoints }: StageGroup) {
  const { g, ctx } = deck;
  const { labels } = ctx;
  const h = labels.table;
  const columns: GridColumn[] = [h.touchpoint, h.emotion, h.thoughts, h.painPoints, h.friction, h.opportunities].map(
    (header, i) => ({ header, share: STAGE_SHARES[g.w < 12 ? 'narrow' : 'wide'][i]! }),
  );
  const name = oneLine(stage.name) || labels.untitled;
  const rows: GridRow[] = touchpoints.map((t) => {
    const facts = [oneLine(channelText(t.channel, labels)), t.owner.trim() ? `${h.owner}: ${oneLine(t.owner)}` : '']
      .filter(Boolean)
      .join(' · ');
    const flags = [t.momentOfTruth ? labels.momentOfTruth : '', t.delight ? labels.delight : '']
      .filter(Boolean)
      .join(' · ');
    return {
      notes: notesOf(t, name, labels),
      cells: [
        text([
          { text: oneLine(t.title) || labels.untitled, pt: 11, bold: true, maxLines: 6 },
          ...(facts ? [{ text: facts, pt: 9, color: MUTED, maxLines: 2 }] : []),
          ...(flags ? [{ text: flags, pt: 9, bold: true, color: hex(ctx.brand), maxLines: 1 }] : []),
          ...(t.description.trim() ? [{ text: oneLine(t.description), pt: 9, maxLines: 4 }] : []),
        ]),
        emotionCell(t, deck),
        text([
          ...(t.thoughts.trim() ? [{ text: oneLine(t.thoughts), pt: 10, maxLines: 8 }] : []),
          ...t.quotes
            .filter((q) => q.trim())
            .map((q) => ({ text: `“${oneLine(unquoted(q))}”`, pt: 10, italic: true, color: MUTED, maxLines: 4 })),
        ]),
        text(
          t.painPoints
            .filter((p) => p.text.trim())
            .map((p) => ({ prefix: `${labels.severity[p.severity]}:`, text: oneLine(p.text), pt: 10, maxLines: 4 })),
        ),
        text(
          t.friction.score > 0 || t.friction.types.length > 0
            ? [
                { text: `${t.friction.score}/5`, pt: 11, bold: true },
                ...(t.friction.types.length
                  ? [{ text: frictionTypesText(t.friction.types, labels), pt: 9, color: MUTED }]
                  : []),
              ]
            : [],
        ),
        text(
          t.opportunities
            .filter((o) => o.text.trim())
            .map((o) => ({
              text: `${oneLine(o.text)} (${labels.opportunityStatus[o.status]})`,
              pt: 10,
              maxLines: 4,
            })),
        ),
      ],
    };
  });
  const intro: Para[] = [
    ...(stage.description.trim() ? [{ text: oneLine(stage.description), pt: 11, maxLines: 2 }] : []),
    ...(stage.customerGoal.trim()
      ? [{ prefix: `${labels.stageGoal}:`, text: oneLine(stage.customerGoal), pt: 11, maxLines: 2 }]
      : []),
  ];
  if (rows.length === 0) intro.push({ text: labels.noTouchpoints, pt: 11, italic: true, color: MUTED });
  const w = g.w - 2 * g.margin;
  const introH = intro.length > 0 ? parasHeight(intro, w) + 0.1 : 0;
  const colour = hex(safeColour(stage.colour, GREY));
  drawGrid(
    deck.pptx,
    g,
    columns,
    rows,
    (page, pages) => {
      const slide = contentSlide(deck, name, page, pages);
      // The stage's colour beside its name.
      slide.addShape(deck.pptx.ShapeType.rect, {
        x: g.margin - 0.22,
        y: 0.45,
        w: 0.1,
        h: 0.5,
        fill: { color: colour },
        line: { color: colour },
      });
      return slide;
    },
    introH,
    (slide, y) => slide.addText(parasToRuns(intro), { x: g.margin, y, w, h: introH, valign: 'top' }),
    moreInNotes(labels),
  );
}

/** A deck shows the hottest spots only, as many as fit one slide; the report's table has them all. */
export const HOT_SPOTS_SHOWN = 8;

export function hotSpotSlides(deck: Deck) {
  const { g, ctx } = deck;
  const { labels } = ctx;
  const h = labels.table;
  const columns: GridColumn[] = [
    { header: h.rank, share: 0.05 },
    { header: h.touchpoint, share: 0.3 },
    { header: h.stage, share: 0.17 },
    { header: h.painPoints, share: 0.14 },
    { header: h.friction, share: 0.16 },
    { header: h.emotion, share: 0.18 },
  ];
  const all = ctx.summary.hotSpots;
  const rows: GridRow[] = all.slice(0, HOT_SPOTS_SHOWN).map((s, i) => ({
    notes: `${i + 1}. ${oneLine(s.touchpoint.title)}: ${hotSpotExplanation(s, labels)}`,
    cells: [
      text([{ text: String(i + 1), pt: 11, bold: true }]),
      text([
        { text: oneLine(s.touchpoint.title) || labels.untitled, pt: 11, bold: true, maxLines: 3 },
        { text: hotSpotExplanation(s, labels), pt: 9, color: MUTED, maxLines: 2 },
      ]),
      text([{ text: oneLine(s.stage.name), pt: 10, maxLines: 2 }]),
      text(
        s.painCount === 0
          ? [{ text: '–', pt: 10, color: MUTED }]
          : [
              { text: String(s.painCount), pt: 11, bold: true },
              { text: labels.severity[Math.max(1, s.worstSeverity) as 1 | 2 | 3], pt: 9, color: MUTED },
            ],
      ),
      text(
        s.friction === 0
          ? [{ text: '–', pt: 10, color: MUTED }]
          : [
              { text: `${s.friction}/5`, pt: 11, bold: true },
              ...(s.touchpoint.friction.types.length
                ? [{ text: frictionTypesText(s.touchpoint.friction.types, labels), pt: 9, color: MUTED, maxLines: 2 }]
                : []),
            ],
      ),
      emotionCell(s.touchpoint, deck),
    ],
  }));
  const intro: Para[] =
    all.length > HOT_SPOTS_SHOWN
      ? [
          {
            text: fill(labels.deck.hotSpotsShown, { shown: HOT_SPOTS_SHOWN, count: all.length }),
            pt: 10,
            color: MUTED,
          },
        ]
      : [];
  const w = g.w - 2 * g.margin;
  const introH = intro.length ? parasHeight(intro, w) : 0;
  drawGrid(
    deck.pptx,
    g,
    columns,
    rows,
    (page, pages) => contentSlide(deck, labels.sections.hotspots, page, pages),
    introH,
    (slide, y) => {
      if (intro.length) slide.addText(parasToRuns(intro), { x: g.margin, y, w, h: introH, valign: 'top' });
    },
    moreInNotes(labels),
  );
}

export function opportunitySlides(deck: Deck) {
  const { g, ctx } = deck;
  const { labels } = ctx;
  const h = labels.table;
  const { ranking } = deck;
  if (ranking.ranked.length === 0) return;
  const columns: GridColumn[] = [
    { header: h.rank, share: 0.05 },
    { header: h.opportunity, share: 0.33 },
    { header: h.touchpoint, share: 0.24 },
    { header: h.status, share: 0.1 },
    { header: h.owner, share: 0.12 },
    { header: labels.deck.whyHere, share: 0.16 },
  ];
  const spots = new Map(ctx.summary.hotSpots.map((s) => [s.touchpoint.id as string, s]));
  const rows: GridRow[] = ranking.ranked.map((r) => {
    // Why it ranks here, as the ranking decides (reports/opportunity-ranking.ts), in the deck's language.
    const spot = spots.get(r.touchpoint.id);
    const reason = [
      r.votes > 0 ? countIn(labels, labels.workshopSummary.dots, r.votes) : '',
      r.priority !== null ? fill(labels.deck.priority, { value: r.priority }) : '',
      spot ? hotSpotExplanation(spot, labels) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    return {
      notes: `${r.rank}. ${r.opportunity.text.trim()}`,
      cells: [
        text([{ text: String(r.rank), pt: 11, bold: true }]),
        text([{ text: oneLine(r.opportunity.text), pt: 10, maxLines: 5 }]),
        text([
          { text: oneLine(r.touchpoint.title) || labels.untitled, pt: 10, bold: true, maxLines: 2 },
          { text: oneLine(r.stage.name), pt: 9, color: MUTED, maxLines: 1 },
        ]),
        text([{ text: labels.opportunityStatus[r.opportunity.status], pt: 10 }]),
        text(r.opportunity.owner.trim() ? [{ text: oneLine(r.opportunity.owner), pt: 10, maxLines: 2 }] : []),
        text(reason ? [{ text: reason, pt: 9, color: MUTED, maxLines: 4 }] : []),
      ],
    };
  });
  const left = [
    ranking.done ? countIn(labels, labels.deck.done, ranking.done) : '',
    ranking.dropped ? countIn(labels, labels.deck.dropped, ranking.dropped) : '',
  ].filter(Boolean);
  const intro: Para[] = [
    {
      text: left.length ? fill(labels.deck.rankingRuleNotRanked, { left: left.join(', ') }) : labels.deck.rankingRule,
      pt: 10,
      color: MUTED,
    },
  ];
  const w = g.w - 2 * g.margin;
  const introH = parasHeight(intro, w);
  drawGrid(
    deck.pptx,
    g,
    columns,
    rows,
    (page, pages) => contentSlide(deck, labels.deck.ranking, page, pages),
    introH,
    (slide, y) => slide.addText(parasToRuns(intro), { x: g.margin, y, w, h: introH, valign: 'top' }),
    moreInNotes(labels),
  );
}

function figure(f: MetricText | null, sampleLabel: string): Para[] {
  if (!f) return [{ text: '–', pt: 10, color: MUTED }];
  return [
    { text: f.value, pt: 11, bold: true },
    ...(f.sample === null ? [] : [{ text: `${sampleLabel} = ${f.sample}`, pt: 9, color: MUTED }]),
  ];
}

export function metricSlides(deck: Deck) {
  const { g, ctx } = deck;
  const { labels } = ctx;
  const h = labels.table;
  const columns: GridColumn[] = [
    { header: h.touchpoint, share: 0.27 },
    { header: h.stage, share: 0.17 },
    ...[h.csat, h.ces, h.nps, h.dropOff, h.volume].map((header) => ({ header, share: 0.112 })),
  ];
  const rows: GridRow[] = stageGroups(ctx.doc).flatMap(({ stage, touchpoints }) =>
    touchpoints
      .filter((t) => hasMetrics(t.metrics))
      .map((t) => {
        const f = metricTexts(t.metrics);
        return {
          notes: '',
          cells: [
            text([{ text: oneLine(t.title) || labels.untitled, pt: 10, bold: true, maxLines: 3 }]),
            text([{ text: oneLine(stage.name), pt: 10, maxLines: 2 }]),
            ...[f.csat, f.ces, f.nps, f.dropOff, f.volume].map((x) => text(figure(x, h.sample))),
          ],
        };
      }),
  );
  const note: Para[] = [{ text: labels.metricsNote, pt: 9, color: MUTED }];
  const w = g.w - 2 * g.margin;
  const noteH = parasHeight(note, w);
  drawGrid(
    deck.pptx,
    g,
    columns,
    rows,
    (page, pages) => contentSlide(deck, labels.sections.metrics, page, pages),
    noteH,
    (slide, y) => slide.addText(parasToRuns(note), { x: g.margin, y, w, h: noteH, valign: 'top' }),
    moreInNotes(labels),
  );
}
