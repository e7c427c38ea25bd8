import { describe, expect, it } from 'vitest';
import {
  CSV_EXPORT_COLUMNS,
  csvToDocumentParts,
  decodeCsvBytes,
  parseEmotionCell,
  parsePainPointsCell,
  parseTouchpointCsv,
  readJourneyFile,
  suggestMapping,
  touchpointsToCsv,
  writeJourneyFile,
} from '../../../renderer/src/files';
import {
  createStage,
  createTouchpoint,
  stageColumns,
  stageForPosition,
  type JourneyId,
} from '../../../renderer/src/domain';
import { sampleJourney } from '../../fixtures/sample-journey';
import { MALAYALAM, TAMIL } from '../../fixtures/seed-text';

const journeyId = 'journey:csv' as JourneyId;

describe('parseTouchpointCsv', () => {
  it('reads comma CSV with a BOM and quoted fields that span lines', () => {
    const csv =
      '\uFEFFStage,Title,Description\r\nDiscover,Ad,"Seen on the bus,\r\nthen again at home"\r\nBuy,"Pay ""now""",\r\n';
    const r = parseTouchpointCsv(csv);
    expect(r.delimiter).toBe(',');
    expect(r.columns).toEqual(['Stage', 'Title', 'Description']);
    expect(r.rows).toEqual([
      ['Discover', 'Ad', 'Seen on the bus,\r\nthen again at home'],
      ['Buy', 'Pay "now"', ''],
    ]);
    expect(r.suggestedMapping).toEqual({ stage: 0, title: 1, description: 2 });
    expect(r.problems).toEqual([]);
  });

  it('detects Excel’s semicolon dialect, and its sep= line', () => {
    const csv = 'Phase;Touchpoint;Feeling;Pain points\nKaufen;Kasse;-2;"Warten (3); Fehler"\n';
    const r = parseTouchpointCsv(csv);
    expect(r.delimiter).toBe(';');
    expect(r.rows[0]).toEqual(['Kaufen', 'Kasse', '-2', 'Warten (3); Fehler']);
    expect(r.suggestedMapping).toEqual({ stage: 0, title: 1, emotion: 2, painPoints: 3 });
    const sep = parseTouchpointCsv('sep=;\r\nTitle;Owner\r\nA,B;Ops\r\n');
    expect(sep.delimiter).toBe(';');
    expect(sep.rows).toEqual([['A,B', 'Ops']]);
  });

  it('reads Tamil and Malayalam rows unchanged', () => {
    const csv = `\uFEFFStage,Title,Thoughts\n${TAMIL[3]},${MALAYALAM[0]},"${TAMIL[1]}"\n`;
    const r = parseTouchpointCsv(csv);
    expect(r.rows).toEqual([[TAMIL[3], MALAYALAM[0], TAMIL[1]]]);
    expect(r.suggestedMapping).toMatchObject({ stage: 0, title: 1, thoughts: 2 });
  });

  it('shortens a 5 MB column name to 80 characters, keeping its cells whole and the other columns mapped', () => {
    const name = 'Ա'.repeat(2_500_000);
    const parsed = parseTouchpointCsv(`Title,${name},Emotion\nFirst,${name},2\n`);
    expect(parsed.columns).toEqual(['Title', `${'Ա'.repeat(80)}…`, 'Emotion']);
    expect(parsed.rows[0]![1]).toBe(name);
    expect(parsed.suggestedMapping).toEqual({ title: 0, emotion: 2 });
  });

  it('reports an unclosed quote with its row', () => {
    const r = parseTouchpointCsv('Title\nok\n"never closed\n');
    expect(r.problems[0]).toMatchObject({ row: 3, message: 'A quoted cell is never closed.' });
  });

  it('decodes UTF-8 bytes with a BOM, and falls back to Windows-1252', () => {
    expect(decodeCsvBytes(new TextEncoder().encode(`\uFEFF${TAMIL[0]}`))).toBe(TAMIL[0]);
    expect(decodeCsvBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toBe('Café');
  });
});

describe('suggestMapping', () => {
  it('matches header names case-insensitively, with synonyms, each column once', () => {
    expect(
      suggestMapping(['PHASE', ' touchpoint ', 'Mood', 'Pain_Points', 'Effort score', 'Team', 'Channel', 'Name']),
    ).toEqual({
      stage: 0,
      title: 1,
      emotion: 2,
      painPoints: 3,
      friction: 4,
      owner: 5,
      channel: 6,
    });
    expect(suggestMapping(['Foo', 'Bar'])).toEqual({});
  });
});

describe('csvToDocumentParts', () => {
  const header = ['Stage', 'Title', 'Emotion', 'Pain points with severity', 'Friction', 'Channel'];
  const mapping = suggestMapping(header);

  it('creates new stages in first-seen order, reuses existing ones by name, and stacks touchpoints', () => {
    const buy = createStage({ journeyId, name: 'Buy', order: 0 });
    const existing = createTouchpoint({ journeyId, stageId: buy.id, position: { x: 50, y: 400 } });
    const rows = [
      ['Use', 'Unbox', 'Delighted', '', '', 'Delivery'],
      [' buy ', 'Pay', '-2', 'Card declined (3); Slow page\nNo Apple Pay (1)', '4', 'website'],
      ['Use', 'Set up', '+1', '', '0', ''],
      [TAMIL[3], MALAYALAM[0], '', '', '', ''],
    ];
    const r = csvToDocumentParts(rows, mapping, journeyId, [buy], [existing]);
    expect(r.errors).toEqual([]);
    expect(r.stages.map((s) => [s.name, s.order])).toEqual([
      ['Use', 1],
      [TAMIL[3], 2],
    ]);
    expect(r.touchpoints.map((t) => [t.title, t.emotion, t.channel])).toEqual([
      ['Unbox', 3, 'delivery'],
      ['Pay', -2, 'website'],
      ['Set up', 1, ''],
      [MALAYALAM[0], null, ''],
    ]);
    const pay = r.touchpoints[1]!;
    expect(pay.stageId).toBe(buy.id);
    expect(pay.painPoints.map((p) => [p.text, p.severity])).toEqual([
      ['Card declined', 3],
      ['Slow page', 2],
      ['No Apple Pay', 1],
    ]);
    expect(pay.friction.score).toBe(4);
    expect(pay.position.y).toBeGreaterThan(existing.position.y);
    const columns = stageColumns([buy, ...r.stages]);
    for (const t of r.touchpoints) expect(stageForPosition(columns, t.position)).toBe(t.stageId);
    const [unbox, , setUp] = r.touchpoints;
    expect(setUp!.position.x).toBe(unbox!.position.x);
    expect(setUp!.position.y).toBeGreaterThan(unbox!.position.y);
  });

  it('reports bad rows with spreadsheet row numbers and keeps the good ones; a bad rating only empties that value', () => {
    const rows = [
      ['Buy', 'Good one', '2', '', '1', ''],
      ['Buy', '', '1', '', '', ''],
      ['', '', '', '', '', ''],
      ['Buy', 'Too happy', '5', '', '', ''],
      ['Buy', 'Sad', 'very sad', '', '', ''],
      ['Buy', 'Blocked', '0', '', '6', ''],
      ['Buy', 'x'.repeat(1001), '', '', '', ''],
      ['Buy', 'Also good', 'angry', '', '', ''],
    ];
    const r = csvToDocumentParts(rows, mapping, journeyId, []);
    // A row with a bad emotion or friction is imported with that value empty (its title and the rest kept).
    expect(r.touchpoints.map((t) => [t.title, t.emotion, t.friction.score])).toEqual([
      ['Good one', 2, 1],
      ['Too happy', null, 0],
      ['Sad', null, 0],
      ['Blocked', 0, 0],
      ['Also good', -3, 0],
    ]);
    expect(r.stages.map((s) => s.name)).toEqual(['Buy']);
    expect(r.errors).toEqual([
      { row: 3, code: 'noTitle', message: 'This row has no title.' },
      {
        row: 8,
        code: 'badField',
        params: { field: 'title', detail: expect.stringMatching(/^Too big/) },
        message: expect.stringMatching(/^Title: Too big/),
      },
    ]);
    expect(r.warnings).toEqual([
      {
        row: 5,
        code: 'badEmotion',
        params: { value: '5' },
        message: 'Emotion “5” is not a number from −3 to +3 or a label such as Happy or Frustrated.',
      },
      {
        row: 6,
        code: 'badEmotion',
        params: { value: 'very sad' },
        message: 'Emotion “very sad” is not a number from −3 to +3 or a label such as Happy or Frustrated.',
      },
      {
        row: 7,
        code: 'badFriction',
        params: { value: '6' },
        message: 'Friction “6” is not a whole number from 0 to 5.',
      },
    ]);
  });

  it('puts rows without a stage in the first stage, or a new “Imported” stage', () => {
    const rows = [['', 'Loose', '', '', '', '']];
    expect(csvToDocumentParts(rows, mapping, journeyId, []).stages.map((s) => s.name)).toEqual(['Imported']);
    const first = createStage({ journeyId, name: 'Discover', order: 0 });
    const r = csvToDocumentParts(rows, mapping, journeyId, [
      createStage({ journeyId, name: 'Later', order: 5 }),
      first,
    ]);
    expect(r.stages).toEqual([]);
    expect(r.touchpoints[0]!.stageId).toBe(first.id);
  });

  it('adds no stage past the 1,000 a journey file holds: a column of unique values mapped as the stage skips the rest by row', async () => {
    // 1,200 rows, each naming its own stage (as a date or id column mapped as the stage would).
    const rows = Array.from({ length: 1_200 }, (_, i) => [`${TAMIL[0]!.slice(0, 12)} ${i}`, `Row ${i}`]);
    rows.push([`${TAMIL[0]!.slice(0, 12)} 3`, 'Into an existing stage']);
    const r = csvToDocumentParts(rows, { stage: 0, title: 1 }, journeyId, [
      createStage({ journeyId, name: 'Old', order: 0 }),
    ]);
    expect(r.stages).toHaveLength(999);
    expect(r.touchpoints).toHaveLength(1_000);
    expect(r.touchpoints.at(-1)!.title).toBe('Into an existing stage');
    expect(r.errors).toHaveLength(201);
    expect(r.errors[0]).toEqual({
      row: 1_001,
      code: 'tooManyStages',
      message: 'This row would add a new stage, and a journey holds at most 1,000 stages.',
    });
    // What it makes saves to a file that opens again.
    const doc = sampleJourney();
    const stages = [createStage({ journeyId: doc.journey.id, name: 'Old', order: 0 }), ...r.stages].map((s) => ({
      ...s,
      journeyId: doc.journey.id,
    }));
    const bytes = writeJourneyFile({
      document: { ...doc, stages, touchpoints: [], connections: [] },
      assets: [],
      appVersion: 't',
      savedAt: new Date(0),
    });
    const read = await readJourneyFile(bytes);
    expect(read.ok).toBe(true);
  });

  it('a problem quotes at most 80 characters of a cell, so a 9 MB cell cannot flood the preview', () => {
    const huge = `😄${TAMIL[0]!}`.repeat(Math.ceil((9 * 1024 * 1024) / TAMIL[0]!.length));
    const rows = [
      ['Huge emotion', huge, '0', ''],
      ['Huge friction', '1', huge, ''],
      ['Huge evidence', '1', '0', huge],
    ];
    const r = csvToDocumentParts(rows, { title: 0, emotion: 1, friction: 2, evidence: 3 }, journeyId, []);
    const problems = [...r.warnings, ...r.errors];
    expect(problems.map((e) => e.code)).toEqual(['badEmotion', 'badFriction', 'badEvidence']);
    const quoted = `${Array.from(huge.slice(0, 81)).slice(0, 80).join('')}…`;
    for (const error of problems) {
      expect(error.params?.['value']).toBe(quoted);
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).toContain(`“${quoted}”`);
    }
    // Never half a surrogate pair: the emoji at the start of each repeat stays whole.
    expect(quoted).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('needs a title column', () => {
    expect(csvToDocumentParts([['a']], { stage: 0 }, journeyId, []).errors).toEqual([
      { row: 1, code: 'noTitleColumn', message: 'Choose the column that holds the touchpoint titles.' },
    ]);
  });

  it('parses the cell formats on their own', () => {
    expect(parseEmotionCell('−2')).toBe(-2);
    expect(parseEmotionCell(' happy ')).toBe(2);
    expect(parseEmotionCell('3.0')).toBe(3);
    expect(parseEmotionCell('')).toBeNull();
    expect(() => parseEmotionCell('2.5')).toThrow();
    expect(parsePainPointsCell('a (1);; b\r\nc (3)')).toEqual([
      { text: 'a', severity: 1 },
      { text: 'b', severity: 2 },
      { text: 'c', severity: 3 },
    ]);
  });
});

describe('touchpointsToCsv', () => {
  it('writes every field with a BOM, CRLF and a formula guard', () => {
    const doc = sampleJourney();
    const hostile = {
      ...doc.touchpoints[2]!,
      title: '=HYPERLINK("http://evil","click")',
      owner: '@ops',
      description: '-1 day',
    };
    const csv = touchpointsToCsv({
      ...doc,
      touchpoints: [...doc.touchpoints.slice(0, 2), hostile, doc.touchpoints[3]!],
    });
    expect(csv.startsWith('\uFEFFStage,Lane,Title,Description,Channel,Owner,Emotion,Emotion level,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseTouchpointCsv(csv);
    expect(parsed.columns).toEqual([...CSV_EXPORT_COLUMNS]);
    const col = (name: string) => parsed.columns.indexOf(name);
    const checkout = parsed.rows[1]!;
    expect(checkout[col('Stage')]).toBe('Buy');
    expect(checkout[col('Emotion')]).toBe('-2');
    expect(checkout[col('Emotion level')]).toBe('Frustrated');
    expect(checkout[col('Friction')]).toBe('4');
    expect(checkout[col('Friction types')]).toBe('waiting; errors');
    expect(checkout[col('Opportunities')]).toBe(
      `${doc.touchpoints[1]!.opportunities[0]!.text} (planned, Payments team)`,
    );
    expect(checkout[col('CSAT')]).toBe('64%');
    expect(checkout[col('CES')]).toBe('5.5');
    expect(checkout[col('NPS promoters')]).toBe('30');
    expect(checkout[col('Drop-off %')]).toBe('12.5');
    expect(checkout[col('Moment of truth')]).toBe('yes');
    const ad = parsed.rows[0]!;
    expect(ad[col('Pain points')]).toBe(`${doc.touchpoints[0]!.painPoints[0]!.text} (3)`);
    expect(ad[col('Persona emotions')]).toBe('Anjali: +2');
    const guarded = parsed.rows[2]!;
    expect(guarded[col('Title')]).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(guarded[col('Owner')]).toBe(`'@ops`);
    expect(guarded[col('Description')]).toBe(`'-1 day`);
  });

  it('export → import round-trips titles, stages, emotions and pain points', () => {
    const doc = sampleJourney();
    const parsed = parseTouchpointCsv(touchpointsToCsv(doc));
    const r = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
    expect(r.errors).toEqual([]);
    expect(r.stages.map((s) => s.name)).toEqual(['Discover', 'Buy', 'Use']);
    const stageName = new Map(r.stages.map((s) => [s.id, s.name]));
    const original = new Map(doc.stages.map((s) => [s.id, s.name]));
    const summary = (list: typeof doc.touchpoints, names: Map<string, string>) =>
      list.map((t) => [
        names.get(t.stageId),
        t.title,
        t.emotion,
        t.friction.score,
        t.painPoints.map((p) => [p.text, p.severity]),
      ]);
    expect(summary(r.touchpoints, stageName)).toEqual(summary(doc.touchpoints, original));
  });

  it('round-trips formula-like titles exactly', () => {
    const doc = sampleJourney();
    const titles = ['=1+1', '+44 20 7946 0958', '-3 items', '@mention', TAMIL[0]];
    const touchpoints = titles.map((title, i) => ({
      ...doc.touchpoints[0]!,
      id: `touchpoint:f${i}` as never,
      title,
      position: { x: 50, y: i * 100 },
    }));
    const parsed = parseTouchpointCsv(touchpointsToCsv({ ...doc, touchpoints }));
    const r = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
    expect(r.touchpoints.map((t) => t.title)).toEqual(titles);
  });
});

describe('separator guess', () => {
  it('reads a two-column semicolon file that ends with line breaks', () => {
    const parsed = parseTouchpointCsv('Stage;Title\r\nBuy;Pays\r\nUse;பயன்படுத்துகிறது\r\n\r\n');
    expect(parsed.columns).toEqual(['Stage', 'Title']);
    expect(parsed.rows).toEqual([
      ['Buy', 'Pays'],
      ['Use', 'பயன்படுத்துகிறது'],
    ]);
  });

  it('reads tab-separated text copied from a spreadsheet', () => {
    expect(parseTouchpointCsv('Stage\tTitle\nBuy\tPays\n').columns).toEqual(['Stage', 'Title']);
  });
});

describe('pain point severity is read only where the mapping says so', () => {
  it('by default a pain point ending in “(n)” stays as written: @SUM(1) is no severity', () => {
    const parsed = parseTouchpointCsv(
      ['Stage,Title,Pain points', `Buy,Total,@SUM(1)`, `Buy,${TAMIL[0]},"${MALAYALAM[1]} (3); Slow page"`].join('\n'),
    );
    expect(parsed.suggestedMapping).toEqual({ stage: 0, title: 1, painPoints: 2 });
    const r = csvToDocumentParts(parsed.rows, parsed.suggestedMapping, journeyId, []);
    expect(r.touchpoints.map((t) => t.painPoints.map((p) => [p.text, p.severity]))).toEqual([
      [['@SUM(1)', 2]],
      [
        [`${MALAYALAM[1]} (3)`, 2],
        ['Slow page', 2],
      ],
    ]);
  });

  it('mapped as pain points with severity, a final (1)–(3) is the severity', () => {
    const rows = [['Total', '@SUM(1)']];
    const r = csvToDocumentParts(rows, { title: 0, painPointsWithSeverity: 1 }, journeyId, []);
    expect(r.touchpoints[0]!.painPoints.map((p) => [p.text, p.severity])).toEqual([['@SUM', 1]]);
  });

  it('suggests severity for a column written like Waymark’s export (every pain point ends in “ (n)”), or so named', () => {
    const exported = [
      ['Buy', 'Pay', 'Card declined (3)\nSlow page (2)'],
      ['Use', 'Unbox', ''],
      ['Use', 'Set up', `${TAMIL[0]} (1)`],
    ];
    expect(suggestMapping(['Stage', 'Title', 'Pain points'], exported)).toEqual({
      stage: 0,
      title: 1,
      painPointsWithSeverity: 2,
    });
    // One pain point without the suffix, or “(1)” glued to the text: the column stays literal.
    expect(suggestMapping(['Stage', 'Title', 'Pain points'], [...exported, ['Buy', 'Total', '@SUM(1)']])).toEqual({
      stage: 0,
      title: 1,
      painPoints: 2,
    });
    expect(suggestMapping(['Title', 'Pain points with severity'])).toEqual({ title: 0, painPointsWithSeverity: 1 });
  });
});
