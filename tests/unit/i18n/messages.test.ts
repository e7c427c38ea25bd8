/**
 * The sentences the pure layers return as codes (domain/user-message.ts) are
 * in all five languages (section `messages`), and in English the interface
 * shows exactly the sentence the pure layer keeps as `message`. The cases are
 * produced by the real checks (photo refusals, a save too large for a
 * .journey file), so a new wording on either side fails here.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { USER_MESSAGE_CODES, type UserMessage } from '../../../renderer/src/domain/user-message';
import { newId } from '../../../renderer/src/domain';
import { buildJourneyFileForSave, planPhoto, readJourneyFile, sha256Hex } from '../../../renderer/src/files';
import { buildZip, deflated, stored, text } from '../files/zip-tools';
import { MAX_LISTED_REPAIRS, salvageDocument } from '../../../renderer/src/domain/salvage';
import { damagedJourney } from '../../fixtures/damaged-journey';
import { CATALOGUES, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { messageText, USER_MESSAGE_KEYS } from '../../../renderer/src/i18n/messages';
import { StorageError } from '../../../renderer/src/storage';
import { notFound } from '../../../renderer/src/storage/errors';
import { parseClipboardText, CLIPBOARD_FORMAT } from '../../../renderer/src/session/clipboard';
import { updateTouchpoint } from '../../../renderer/src/session/edits';
import type { RowChange } from '../../../renderer/src/session/doc-state';
import type { Touchpoint } from '../../../renderer/src/domain/model';
import {
  describeReplaced,
  describeSaveError,
  replacedText,
  saveErrorText,
} from '../../../renderer/src/session/persistence';
import { createEditorStore } from '../../../renderer/src/session/store';
import { checkLogo, LOGO_MAX_BYTES } from '../../../renderer/src/exports/logo';
import { dpiRasterSize } from '../../../renderer/src/exports/map-image';
import {
  checkPosterHtmlSize,
  checkPosterOptions,
  DEFAULT_POSTER_OPTIONS,
  PosterError,
  type PosterOptions,
} from '../../../renderer/src/exports/poster';
import { RASTERISE_SENTENCES, rasteriseError } from '../../../renderer/src/files-ui/export/rasterise';
import { describeExportError } from '../../../renderer/src/files-ui/export/errors';
import { imageHeatTitle, imageRaster, type ImageChoices } from '../../../renderer/src/files-ui/export/use-image-export';
import { parseCaptureLine } from '../../../renderer/src/domain/workshop/capture';
import { checkTeamLink, teamRefusal } from '../../../renderer/src/session/live/team';
import { validateRow } from '../../../renderer/src/session/live/y-layout';
import { REFUSALS } from '../../../electron/common/live';
import { LiveHostError, startLiveHost } from '../../../renderer/src/session/live/host';
import { errorMessage } from '../../../renderer/src/ui/toasts';
import {
  CONTRIBUTION_REFUSALS,
  dotsUsedRefusal,
  refusalMessage,
  refusalReasonText,
} from '../../../renderer/src/session/live/refusals';
import type { LiveSessionInfo } from '../../../electron/common/live';
import { smallJourney } from '../editor/fixtures';
import { png } from '../../fixtures/images';
import { sampleJourney } from '../../fixtures/sample-journey';
import { TAMIL } from '../../fixtures/seed-text';

interface Case {
  message: string;
  text: UserMessage;
}

const SAVED_AT = new Date('2024-05-07T10:00:00.000Z');

function refused(result: { ok: boolean } & Partial<Case>): Case {
  expect(result.ok).toBe(false);
  return { message: result.message!, text: result.text! };
}

/** A journey with one persona photo per size (noise after a PNG header, so it does not compress). */
async function journeyWithPhotos(sizes: number[]) {
  const doc = sampleJourney();
  const personas = [];
  const assets = [];
  for (const [i, size] of sizes.entries()) {
    const bytes = new Uint8Array(size);
    for (let k = 0; k < size; k++) bytes[k] = (k * 2654435761 + i * 97) >>> 24;
    bytes.set(png(2, 2).subarray(0, 8), 0);
    const blobId = newId('blob');
    personas.push({
      ...doc.personas[0]!,
      id: newId('persona'),
      name: `${TAMIL[0]!.slice(0, 12)} ${i}`,
      photoBlobId: blobId,
    });
    assets.push({ blobId, hash: await sha256Hex(bytes), type: 'image/png', bytes });
  }
  return { document: { ...doc, personas }, assets, appVersion: '1', savedAt: SAVED_AT };
}

function invalidPaste(text: string): Case {
  const parsed = parseClipboardText(text);
  if (parsed.kind !== 'invalid') throw new Error(`expected a refused paste, got ${parsed.kind}`);
  return { message: parsed.message, text: parsed.text };
}

/** An editor store over a small journey whose notices (`notify`) are kept. */
function noticingStore() {
  const notices: Case[] = [];
  const doc = smallJourney();
  const store = createEditorStore(doc, {
    persist: async () => undefined,
    debounceMs: 5,
    notify: (message, text) => notices.push({ message, text }),
  });
  return { doc, store, notices };
}

/** The notices of undo and redo steps that someone else overtook, fully and in part. */
function undoNotices(): Case[] {
  const { doc, store, notices } = noticingStore();
  const id = doc.touchpoints[0]!.id;
  const shared = (patch: Record<string, unknown>) => {
    const before = store.getState().doc.touchpoints[id]!;
    store.getState().applyShared([{ table: 'touchpoints', id, before, after: { ...before, ...patch } } as RowChange]);
  };
  const s = store.getState();
  s.run('Edit', updateTouchpoint(s.doc, id, { title: 'Mine', description: 'Also mine' }));
  shared({ description: TAMIL[1] });
  store.getState().undo(); // in part
  store.getState().redo(); // in part
  store.getState().run('Rename', updateTouchpoint(store.getState().doc, id, { title: 'Again' }));
  shared({ title: TAMIL[2] });
  store.getState().undo(); // overtaken
  store.getState().run('Rename', updateTouchpoint(store.getState().doc, id, { title: 'Once more' }));
  store.getState().undo();
  shared({ title: TAMIL[3] });
  store.getState().redo(); // overtaken
  return notices;
}

function sessionCase(message: string, text: StorageError | UserMessage): Case[] {
  return text instanceof StorageError ? [] : [{ message, text }];
}

function posterRefused(change: Partial<PosterOptions>): Case {
  return refused(checkPosterOptions({ ...DEFAULT_POSTER_OPTIONS, ...change }));
}

function posterTooLarge(sheets: number): Case {
  try {
    checkPosterHtmlSize('x'.repeat(11), sheets, 10);
  } catch (error) {
    if (error instanceof PosterError && error.text) return { message: error.message, text: error.text };
  }
  throw new Error('expected a poster too large to print');
}

function exportCases(): Case[] {
  const bigLogo = new Uint8Array(LOGO_MAX_BYTES + 1);
  bigLogo.set(png(2, 2).subarray(0, 8), 0);
  return [
    refused(checkLogo(new Uint8Array(), 'brand.png')),
    refused(checkLogo(bigLogo, 'brand.png')),
    refused(checkLogo(new TextEncoder().encode('<svg/>'), 'brand.svg')),
    refused(checkLogo(new TextEncoder().encode('%PDF-1.7'), 'brand.pdf')),
    refused(checkLogo(new TextEncoder().encode('words'), 'brand.jpg')),
    posterRefused({ paper: 'custom', custom: { width: 50, height: 700 } }),
    posterRefused({ paper: 'custom', custom: { width: 1000, height: 2500 } }),
    posterRefused({ paper: 'B1' as PosterOptions['paper'] }),
    posterRefused({ output: 'tiled', tilePaper: 'A5' as PosterOptions['tilePaper'] }),
    posterRefused({ output: 'tiled', tilePaper: 'A4', overlapMm: 45 }),
    refused(dpiRasterSize({ width: 2000, height: 1000 }, 'A0', 600)),
    refused(dpiRasterSize({ width: 100, height: 100 }, 'A4', 1201)),
    posterTooLarge(12),
    posterTooLarge(1),
    ...Object.keys(RASTERISE_SENTENCES).map((code) => {
      const error = rasteriseError(code as keyof typeof RASTERISE_SENTENCES);
      return { message: error.message, text: error.text! };
    }),
  ];
}

/** The capture bar's lines that are only a prefix. */
function captureCases(): Case[] {
  return ['!!', '?', '+ '].map((typed) => {
    const line = parseCaptureLine(typed);
    if (line.kind !== 'incomplete') throw new Error(`expected an incomplete line, got ${line.kind}`);
    return { message: line.message, text: line.text };
  });
}

const TEAM_TOKEN = 'k'.repeat(44);

/** A team server's address or token that cannot be used, its refusals, and a shared row it sent that was refused. */
function teamCases(): Case[] {
  const typed: [string, string][] = [
    ['  ', TEAM_TOKEN],
    ['team server:4480', TEAM_TOKEN],
    ['ftp://team-box', TEAM_TOKEN],
    ['ws://me:secret@team-box:4480', TEAM_TOKEN],
    ['ws://team-box:4480/other', TEAM_TOKEN],
    ['team-box:4480', 'short'],
  ];
  const links = typed.map(([address, token]) => {
    const checked = checkTeamLink(address, token);
    if (checked.ok) throw new Error(`expected ${address} to be refused`);
    return { message: checked.message, text: checked.text };
  });
  const doc = smallJourney();
  const tp = doc.touchpoints[0]!;
  const rows = [
    validateRow('touchpoints', tp.id, { ...tp, title: 42 }, doc.journey.id),
    validateRow('stages', 'stage_other', doc.stages[0], doc.journey.id),
    validateRow('touchpoints', tp.id, tp, 'journey_other'),
    validateRow('journeys', doc.journey.id, { ...doc.journey, id: 'journey_other' }, doc.journey.id),
    validateRow('personas', 'p', { id: 'p' }, doc.journey.id),
    validateRow('lanes', 'l', { id: 'l' }, doc.journey.id),
    validateRow('connections', 'c', { id: 'c' }, doc.journey.id),
    validateRow('notes', 'n', { id: 'n' }, doc.journey.id),
  ].map((checked) => {
    if (checked.ok) throw new Error('expected a refused row');
    return { message: checked.reason, text: checked.text };
  });
  const refusals = [REFUSALS.badToken, REFUSALS.wrongDocument, 'Too many connections from this address.'].map(
    teamRefusal,
  );
  return [...links, ...rows, ...refusals];
}

/** A save whose persona photos cannot all go into the file: one not an image, one missing, one of an unnamed persona. */
async function photoWarnings(): Promise<Case[]> {
  const input = await journeyWithPhotos([1000, 1000]);
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
  input.assets[1] = { ...input.assets[1]!, bytes: svg, hash: await sha256Hex(svg) };
  const persona = input.document.personas[0]!;
  const missing = [TAMIL[1]!.slice(0, 10), '  '].map((name) => ({
    ...persona,
    id: newId('persona'),
    name,
    photoBlobId: newId('blob'),
  }));
  input.document = { ...input.document, personas: [...input.document.personas, ...missing] };
  const built = await buildJourneyFileForSave(input);
  if (!built.ok) throw new Error(built.message);
  expect(built.warnings).toHaveLength(3);
  return built.warnings.map((message, i) => ({ message, text: built.warningTexts[i]! }));
}

/**
 * The facilitator's panel: a contribution or join refused, "name: reason", for every sentence the
 * host and the server refuse with; and a live host started on another journey.
 */
function liveHostCases(): Case[] {
  const name = TAMIL[2]!.slice(0, 14).trim();
  const reasons = [...Object.values(CONTRIBUTION_REFUSALS), ...Object.values(REFUSALS), dotsUsedRefusal(5)];
  const refusals = reasons.map((reason) => {
    const text = refusalMessage(name, reason);
    if (!text) throw new Error(`expected a known refusal: ${reason}`);
    return { message: `${name}: ${reason}`, text };
  });
  const store = createEditorStore(smallJourney(), { persist: async () => undefined, debounceMs: 5 });
  const journeyId = store.getState().doc.journey.id;
  try {
    startLiveHost({ store, info: { journeyId: 'journey_other' } as LiveSessionInfo, name, journeyId });
  } catch (error) {
    if (error instanceof LiveHostError) return [...refusals, { message: error.message, text: error.text }];
  }
  throw new Error('expected a live host on another journey to be refused');
}

/**
 * Opening a .journey whose journey needs every repair (a duplicate id, a touchpoint without its
 * stage or lane, emotions and personas that point nowhere, a dangling connection, photos missing
 * or damaged, a card far beyond the map) and whose zip holds entries that are left out; and plain JSON
 * journeys, one of them without stages.
 */
async function fileReadCases(): Promise<Case[]> {
  const doc = sampleJourney();
  const [tp, other] = doc.touchpoints;
  const persona = doc.personas[0]!;
  const damagedPath = `assets/${'a'.repeat(64)}.png`;
  const damagedBlob = newId('blob');
  const broken = {
    ...doc,
    journey: { ...doc.journey, personaIds: [...doc.journey.personaIds, newId('persona')] },
    stages: [...doc.stages, { ...doc.stages[0]! }],
    touchpoints: [
      {
        ...tp!,
        personaEmotions: { ...tp!.personaEmotions, [newId('persona')]: 1 },
        laneId: newId('lane'),
        position: { x: 1e300, y: 0 },
      },
      { ...other!, id: newId('touchpoint'), title: TAMIL[1]!.slice(0, 20), stageId: newId('stage') },
      ...doc.touchpoints.slice(1),
    ],
    connections: [...doc.connections, { ...doc.connections[0]!, id: newId('connection'), target: newId('touchpoint') }],
    personas: [
      { ...persona, photoBlobId: newId('blob') },
      { ...persona, id: newId('persona'), name: TAMIL[2]!.slice(0, 12), photoBlobId: damagedBlob },
    ],
  };
  const manifest = {
    format: 'waymark-journey',
    formatVersion: 1,
    appVersion: 'test',
    createdAt: '',
    savedAt: '',
    assets: [{ blobId: damagedBlob, path: damagedPath, type: 'image/png' }],
  };
  const zip = buildZip([
    deflated('manifest.json', text(JSON.stringify(manifest))),
    deflated('journey.json', text(JSON.stringify(broken))),
    stored('../outside.json', text('x')),
    stored('journey.json', text('{}')),
    stored('readme.txt', text('x')),
    stored(damagedPath, text('not a photo')),
  ]);
  // A journey with no stage at all: its touchpoints have nowhere to go.
  const stageless = { ...sampleJourney(), stages: [], connections: [] };
  const cases: Case[] = [];
  for (const bytes of [zip, text(JSON.stringify(sampleJourney())), text(JSON.stringify(stageless))]) {
    const read = await readJourneyFile(bytes);
    if (!read.ok) throw new Error(`expected the file to open: ${read.error.message}`);
    expect(read.repairTexts).toHaveLength(read.repairs.length);
    expect(read.warningTexts).toHaveLength(read.warnings.length);
    cases.push(...read.repairs.map((message, i) => ({ message, text: read.repairTexts[i]! })));
    cases.push(...read.warnings.map((message, i) => ({ message, text: read.warningTexts[i]! })));
  }
  // A file without its manifest, read without it.
  const noManifest = await readJourneyFile(buildZip([deflated('journey.json', text(JSON.stringify(doc)))]));
  if (noManifest.ok || !noManifest.salvaged) throw new Error('expected what can be read');
  const read = noManifest.salvaged;
  cases.push(...read.repairs.map((message, i) => ({ message, text: read.repairTexts[i]! })));
  return cases;
}

/** The notices of edits the store refused because a row would not fit its schema, made as an edit is. */
function editRefusedNotices(): Case[] {
  const { doc, store, notices } = noticingStore();
  const id = doc.touchpoints[0]!.id;
  const edit = (after: (row: Touchpoint) => unknown) => {
    const before = store.getState().doc.touchpoints[id]!;
    store.getState().run('Edit', [{ table: 'touchpoints', id, before, after: after(before) } as RowChange]);
  };
  edit((tp) => ({ ...tp, description: TAMIL[0].repeat(Math.ceil(100_001 / TAMIL[0].length)) }));
  edit((tp) => ({ ...tp, quotes: Array.from({ length: 501 }, () => TAMIL[1]) }));
  edit((tp) => ({ ...tp, emotion: 9 }));
  edit(() => 42);
  store.dispose();
  expect(notices).toHaveLength(4);
  return notices;
}

/** What "Open what can be read" changed in a damaged journey, every kind of change, and the line counting the rest. */
function salvageCases(): Case[] {
  const doc = sampleJourney();
  const many = Array.from({ length: MAX_LISTED_REPAIRS + 2 }, (_, i) => ({
    ...doc.touchpoints[0]!,
    id: `touchpoint:t${i}`,
    emotion: 'high',
  }));
  return [damagedJourney(), { ...doc, touchpoints: many }].flatMap((raw) => {
    const saved = salvageDocument(raw);
    if (!saved) throw new Error('expected a salvaged journey');
    return saved.repairs.map((message, i) => ({ message, text: saved.repairTexts[i]! }));
  });
}

/** Storage's own sentences: a saved version or an image that is no longer stored. */
function storageCases(): Case[] {
  return (['snapshot', 'blob'] as const).map((what) => {
    const error = notFound(what);
    if (!error.text) throw new Error(`expected a message for ${what}`);
    return { message: error.message, text: error.text };
  });
}

async function allCases(): Promise<Case[]> {
  const hugePng = new Uint8Array(21 * 1024 * 1024);
  hugePng.set(png(4000, 3000).subarray(0, 32), 0);
  return [
    refused(planPhoto(new Uint8Array())),
    refused(planPhoto(new TextEncoder().encode(TAMIL[0]))),
    refused(planPhoto(hugePng)),
    refused(planPhoto(png(3000, 2000).subarray(0, 20))),
    refused(await buildJourneyFileForSave(await journeyWithPhotos([]), 200)),
    refused(await buildJourneyFileForSave(await journeyWithPhotos([300_000]), 200_000)),
    refused(await buildJourneyFileForSave(await journeyWithPhotos([150_000, 140_000]), 200_000)),
    refused(await buildJourneyFileForSave(await journeyWithPhotos([150_000]), 150_100)),
    refused(await buildJourneyFileForSave(await journeyWithPhotos([100_000, 90_000]), 190_100)),
    ...sessionCase(
      describeSaveError(new Error('IndexedDB went away')),
      saveErrorText(new Error('IndexedDB went away')),
    ),
    ...sessionCase(describeReplaced('file'), replacedText('file')),
    ...sessionCase(describeReplaced('version'), replacedText('version')),
    invalidPaste(`{"format":"${CLIPBOARD_FORMAT}", "version": 1, "touch`),
    invalidPaste(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 99 })),
    invalidPaste(JSON.stringify({ format: CLIPBOARD_FORMAT, version: 1, touchpoints: 'none' })),
    ...undoNotices(),
    ...editRefusedNotices(),
    ...exportCases(),
    ...captureCases(),
    ...teamCases(),
    ...(await photoWarnings()),
    ...liveHostCases(),
    ...(await fileReadCases()),
    ...salvageCases(),
    ...storageCases(),
  ];
}

/** Every code a message uses, its clauses included. */
function codes(text: UserMessage): string[] {
  return [text.code, ...Object.values(text.params ?? {}).flatMap((v) => (typeof v === 'object' ? codes(v) : []))];
}

function lookup(language: string, key: string): unknown {
  const catalogue = CATALOGUES[language as keyof typeof CATALOGUES];
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalogue);
}

describe('messages from the pure layers', () => {
  afterEach(() => setUiLanguage('en'));

  it('every code has a sentence in all five languages', () => {
    for (const code of USER_MESSAGE_CODES) {
      // Most codes are said in section messages; a refusal is said as the participant's screen says it.
      const key = USER_MESSAGE_KEYS[code];
      for (const language of UI_LANGUAGES) {
        const forms = [key, `${key}_one`, `${key}_other`]
          .map((k) => lookup(language, k))
          .filter((form): form is string => typeof form === 'string');
        expect(forms.length, `${language} ${code}`).toBeGreaterThan(0);
        for (const form of forms) expect(form!.trim(), `${language} ${code}`).not.toBe('');
      }
    }
  });

  it('in English the translated sentence is the pure layer’s message, for every code', async () => {
    const cases = await allCases();
    expect(new Set(cases.flatMap((c) => codes(c.text)))).toEqual(new Set(USER_MESSAGE_CODES));
    await setUiLanguage('en');
    for (const c of cases) expect(messageText(c.text)).toBe(c.message);
  }, 60_000);

  it('a saved version no longer stored is said in Tamil wherever a storage error is shown', async () => {
    await setUiLanguage('ta');
    const gone = notFound('snapshot');
    expect(errorMessage(gone, 'fallback')).toBe(lookup('ta', 'messages.storageVersionGone'));
    expect(notFound('journey').text).toBeUndefined();
    expect(errorMessage(notFound('journey'), 'fallback')).toBe(lookup('ta', 'errors.storageNotFound'));
  });

  it('a storage error keeps its own code, so the interface says it as storage does', () => {
    const quota = new StorageError('quota');
    expect(saveErrorText(quota)).toBe(quota);
    expect(describeSaveError(quota)).toBe(quota.message);
    expect(replacedText('stale')).toMatchObject({
      code: 'replaced',
      standard: true,
      message: describeReplaced('stale'),
    });
  });

  it('an export that fails says its sentence in the interface language', async () => {
    await setUiLanguage('ta');
    const surface = rasteriseError('rasterTooLarge');
    expect(describeExportError(surface, 'png')).toBe(messageText({ code: 'rasterTooLarge' }));
    const check = checkPosterOptions({ ...DEFAULT_POSTER_OPTIONS, output: 'tiled', overlapMm: 45 });
    if (check.ok) throw new Error('expected a refusal');
    const poster = new PosterError(check.message, check.text);
    expect(describeExportError(poster, 'poster')).toMatch(/^மேற்பொருத்தம் 0 முதல் 30 mm/);
    expect(describeExportError(new PosterError('', posterTooLarge(12).text), 'poster')).toBe(
      '12 தாள்களில் இந்த வரைபடம் ஒரே முறையில் அச்சிட முடியாத அளவுக்குப் பெரியது; சிறிய சுவரொட்டியைத் தேர்ந்தெடுக்கவும், அல்லது ஒரே பக்கத்தில் அச்சிடவும்.',
    );
  });

  it('the image dialog names the heat overlay as the legend does, in the interface language', async () => {
    expect(imageHeatTitle('friction')).toBe('Friction (0–5)');
    expect(imageHeatTitle('off')).toBe('');
    await setUiLanguage('ta');
    expect(imageHeatTitle('emotion')).toBe(lookup('ta', 'editor.heat.emotion'));
    expect(imageHeatTitle('pain')).not.toMatch(/[A-Za-z]{2,}/);
  });

  it('the image dialog refuses a paper at a DPI too large for a canvas in the interface language', async () => {
    const drawing = { width: 2000, height: 1000 };
    const choice: ImageChoices = {
      size: 'paper',
      width: 2400,
      paper: 'A0',
      dpiChoice: 'custom',
      customDpi: 600,
      background: 'white',
      embedFonts: true,
      heat: true,
      curve: true,
    };
    expect(imageRaster(drawing, choice).refusal).toBe(
      'At 600 DPI on A0 the image would be 28,087 × 14,043 px, more than the 16,384 px on a side an image can hold; choose a lower DPI or a smaller paper.',
    );
    await setUiLanguage('hy');
    // Armenian groups thousands with a (narrow) no-break space.
    expect(imageRaster(drawing, choice).refusal).toMatch(
      /^A0 թղթի վրա 600 DPI-ով պատկերը կլինի 28\s087 × 14\s043 px, ավելի, քան պատկերի մեկ կողմում տեղավորվող 16\s384 px-ը\. ընտրեք ավելի ցածր DPI կամ ավելի փոքր թուղթ։$/u,
    );
  });

  it('the other languages translate every case, numbers in their own writing', async () => {
    const cases = await allCases();
    for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
      await setUiLanguage(language);
      for (const c of cases) {
        const text = messageText(c.text);
        expect(text, `${language}: ${c.message}`).not.toBe(c.message);
        expect(text).not.toMatch(/\{\{|\bmessages\./);
        expect(text).not.toMatch(
          /\b(photo|journey was|choose|persona|step|window|pasted|saved|logo|poster|image|size)\b/i,
        );
      }
    }
    await setUiLanguage('hy');
    // Armenian writes a decimal comma: 0.2 MB is "0,2".
    const file = cases.find((c) => c.text.code === 'journeyTooLargeFile' && c.message.includes('0.2 MB'));
    expect(file && messageText(file.text)).toMatch(/0,2 ՄԲ/);
  }, 60_000);

  it('the facilitator reads who was refused and why in the interface language; an unknown reason as it came', async () => {
    await setUiLanguage('ta');
    const refused = refusalMessage('அருண்', CONTRIBUTION_REFUSALS.noStage)!;
    expect(messageText(refused)).toBe(`அருண்: ${lookup('ta', 'participant.refusal.noStage') as string}`);
    expect(messageText(refusalMessage('அருண்', REFUSALS.full)!)).toBe(
      `அருண்: ${(lookup('ta', 'participant.refusal.full_other') as string).replace('{{count}}', '100')}`,
    );
    expect(refusalReasonText('Something the server has never said.')).toBeNull();
    // The workshop panel says why a session could not start through errorMessage.
    const other = new LiveHostError('This live session is for another journey…', { code: 'liveOtherJourney' });
    expect(errorMessage(other, 'fallback')).toBe(lookup('ta', 'messages.liveOtherJourney'));
    expect(refusalMessage('x', dotsUsedRefusal(5000))).toBeNull();
  });
});
