/**
 * The journey viewer's script: runs inside the exported .html file, never in
 * the app. build/scripts/viewer-runtime.mjs compiles it into one string at
 * build time and the builder inlines it, allowed by the page's CSP hash.
 *
 * It reads the JSON data block, then wires pan and zoom (drag, wheel, keys,
 * buttons), stage navigation, the cards (arrow keys move between them, Enter
 * or a click opens the details), search, the emotion curve's line toggles
 * and print. It writes no user text as HTML: the details panel shows a clone
 * of the record the builder wrote (escaped), and search results are set with
 * textContent.
 */
import { normaliseForSearch } from '../../../domain/search';
import { VIEWER_IDS, type ViewerBox, type ViewerData, type ViewerSearchTexts } from '../data';

const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2.5;
const KEY_PAN = 80;
const DRAG_THRESHOLD = 4;
const MAX_RESULTS = 50;
/** The class on `<html>` that keeps the panels under the map from being laid out until the page is idle. */
const PANELS_LATER = 'panels-later';

function el<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The viewer page has no #${id}.`);
  return found as T;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Runs `task` when the page is idle (within 2 s), or a little later where idle callbacks are missing. */
function requestIdleCallbackOr(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

function start(): void {
  // The panels under the map (insights, curve, personas) are parsed after this script and laid out only once the page
  // is idle, so the map's first frame and the end of parsing wait for none of their layout (styles.ts).
  const root = document.documentElement;
  root.classList.add(PANELS_LATER);
  const showPanels = () => root.classList.remove(PANELS_LATER);
  /** Every record, from its inert template into the page (for print); the details panel finds them in either. */
  const showRecords = () => {
    const records = document.getElementById(VIEWER_IDS.records);
    if (records instanceof HTMLTemplateElement) records.replaceWith(records.content);
  };
  const findRecord = (id: string): Element | null => {
    const records = document.getElementById(VIEWER_IDS.records);
    const key = VIEWER_IDS.record + id;
    return records instanceof HTMLTemplateElement ? records.content.getElementById(key) : document.getElementById(key);
  };
  window.addEventListener('scroll', showPanels, { once: true, passive: true });
  const data = JSON.parse(el(VIEWER_IDS.data).textContent ?? '{}') as ViewerData;
  const viewport = el(VIEWER_IDS.viewport);
  const canvas = el(VIEWER_IDS.canvas);
  const zoomLevel = el(VIEWER_IDS.zoomLevel);
  const details = el(VIEWER_IDS.details);
  const detailsBody = el(VIEWER_IDS.detailsBody);
  const search = el<HTMLInputElement>(VIEWER_IDS.search);
  const searchStatus = el(VIEWER_IDS.searchStatus);
  const searchResults = el(VIEWER_IDS.searchResults);

  const cards = new Map<string, HTMLButtonElement>();
  for (const b of Array.from(canvas.querySelectorAll<HTMLButtonElement>('button.card-hit'))) {
    if (b.dataset['tp']) cards.set(b.dataset['tp'], b);
  }
  const stageLinks = Array.from(document.querySelectorAll<HTMLButtonElement>('button.stage-link'));
  const touchpoints = new Map(data.touchpoints.map((t) => [t.id, t]));
  const stages = data.stages;
  /** Where each touchpoint sits: its stage (index in `stages`) and its row in that stage. */
  const place = new Map<string, { stage: number; row: number }>();
  stages.forEach((s, si) => s.touchpoints.forEach((id, row) => place.set(id, { stage: si, row })));

  // ----- the map's tiles: drawn when near the view -----
  const view = { x: 0, y: 0, k: 1 };
  /** The view's size, read once and again only when the window changes (no layout read per move). */
  const size = { w: 0, h: 0 };
  const measure = () => {
    size.w = viewport.clientWidth;
    size.h = viewport.clientHeight;
  };
  /**
   * The map reaches down to the window's foot, under whatever stands above it: the header is taller when its
   * title wraps in a narrow window, carries a logo or a description, and the tools' hint wraps too. Set as the
   * element's own height (nothing inherits it, so the drawing's styles stay as they are); a small map's own height,
   * set once it is fitted, stays. True when the height changed.
   */
  let above = -1;
  let ownHeight = false;
  const fillWindow = (): boolean => {
    if (ownHeight) return false;
    const top = Math.round(viewport.getBoundingClientRect().top + window.scrollY);
    if (top === above) return false;
    above = top;
    viewport.style.height = `calc(100vh - ${top + 16}px)`;
    return true;
  };
  /** Each tile's template by index: those near the opening view are read before this script, the others after it. */
  const tileTemplates = new Map<number, HTMLTemplateElement>();
  const readTemplates = (id: string) => {
    for (const t of Array.from(document.getElementById(id)?.children ?? [])) {
      if (t instanceof HTMLTemplateElement) tileTemplates.set(Number(t.dataset['tile']), t);
    }
  };
  readTemplates(VIEWER_IDS.tiles);
  /** Whether a tile was wanted before its template was read: drawn again once the file is. */
  let waiting = false;
  const layerGroups = new Map<string, Element>();
  for (const layer of ['routes', 'cards', 'plates']) {
    const group = document.getElementById(VIEWER_IDS.layer + layer);
    if (group) layerGroups.set(layer, group);
  }
  /** Each tile's group once made (from its template, a clone: nothing is parsed), and whether it is drawn. */
  const tileNodes: (Element | null)[] = data.tiles.map(() => null);
  const drawn: boolean[] = data.tiles.map(() => false);
  /** Whether a box meets the view grown by `margin` views on every side. */
  const nearView = (box: ViewerBox, margin: number) => {
    const w = size.w / view.k;
    const h = size.h / view.k;
    const left = -view.x / view.k - w * margin;
    const top = -view.y / view.k - h * margin;
    return (
      box.x < left + w * (1 + 2 * margin) &&
      box.x + box.w > left &&
      box.y < top + h * (1 + 2 * margin) &&
      box.y + box.h > top
    );
  };
  let everything = false;
  /** How far around the view tiles are drawn, in views: none for the first frame, then half a view each way. */
  let around = 0;
  /** Tiles within `around` are drawn; those beyond two views are taken away (the gap keeps a pan from churning). */
  const drawTiles = () => {
    data.tiles.forEach((tile, i) => {
      if (!drawn[i] && (everything || nearView(tile.box, around))) {
        let node = tileNodes[i];
        if (!node) {
          const template = tileTemplates.get(i);
          const group = template?.content.firstElementChild?.firstElementChild;
          if (!group) {
            waiting ||= !template && document.readyState === 'loading';
            return;
          }
          node = group.cloneNode(true) as Element;
          tileNodes[i] = node;
        }
        layerGroups.get(tile.layer)?.append(node);
        drawn[i] = true;
      } else if (drawn[i] && !everything && !nearView(tile.box, 2)) {
        tileNodes[i]?.remove();
        drawn[i] = false;
      }
    });
  };
  document.addEventListener('DOMContentLoaded', () => {
    readTemplates(VIEWER_IDS.lateTiles);
    if (waiting) drawTiles();
  });
  /** Print shows the whole map: every tile is drawn from then on. */
  const drawEverything = () => {
    showPanels();
    showRecords();
    everything = true;
    drawTiles();
  };
  window.addEventListener('beforeprint', drawEverything);
  window.matchMedia('print').addEventListener('change', (e) => {
    if (e.matches) drawEverything();
  });
  window.addEventListener('resize', () => {
    fillWindow();
    measure();
    drawTiles();
  });
  // The header and the tools grow when their text wraps (the fonts arriving, a long search message).
  if (typeof ResizeObserver === 'function') {
    const grown = new ResizeObserver(() => {
      if (!fillWindow()) return;
      measure();
      drawTiles();
    });
    for (const part of document.querySelectorAll('header.top, .stages, .map-tools')) grown.observe(part);
  }

  // ----- pan and zoom -----
  const apply = () => {
    canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.k})`;
    zoomLevel.textContent = `${Math.round(view.k * 100)}%`;
    drawTiles();
  };
  const zoomAt = (factor: number, cx: number, cy: number) => {
    const k = clamp(view.k * factor, MIN_ZOOM, MAX_ZOOM);
    view.x = cx - ((cx - view.x) * k) / view.k;
    view.y = cy - ((cy - view.y) * k) / view.k;
    view.k = k;
    apply();
  };
  const zoomCentre = (factor: number) => zoomAt(factor, viewport.clientWidth / 2, viewport.clientHeight / 2);
  const fit = (readable: boolean) => {
    measure();
    const vw = size.w;
    const vh = size.h;
    const whole = Math.min(vw / data.width, vh / data.height);
    // On opening, a wide map starts readable at its left end rather than as a thumbnail.
    view.k = clamp(readable ? Math.max(whole, 0.6) : whole, MIN_ZOOM, 1);
    view.x = Math.max(0, (vw - data.width * view.k) / 2);
    // Top-aligned: the legend and the stage headers are where the eye starts.
    view.y = 0;
    apply();
  };
  const showBox = (box: ViewerBox, always: boolean) => {
    const vw = viewport.clientWidth;
    const vh = viewport.clientHeight;
    const left = view.x + box.x * view.k;
    const top = view.y + box.y * view.k;
    const right = left + box.w * view.k;
    const bottom = top + box.h * view.k;
    const margin = 24;
    if (!always && left >= margin && top >= margin && right <= vw - margin && bottom <= vh - margin) return;
    view.x = vw / 2 - (box.x + box.w / 2) * view.k;
    view.y = Math.min(vh / 2 - (box.y + box.h / 2) * view.k, margin - box.y * view.k);
    if (bottom - top < vh) view.y = vh / 2 - (box.y + box.h / 2) * view.k;
    apply();
  };

  // ----- the details panel: under the header, so the search box and Print stay in reach while it is open -----
  const header = document.querySelector<HTMLElement>('header.top');
  /** The panel's top at the header's bottom edge while the header shows, at the window's top once it is scrolled away. */
  const placeDetails = () => {
    if (details.hidden || !header) return;
    const below = Math.max(0, Math.round(header.getBoundingClientRect().bottom));
    details.style.setProperty('--details-top', `${below}px`);
  };
  window.addEventListener('scroll', placeDetails, { passive: true });
  window.addEventListener('resize', placeDetails);
  // The header grows when its text wraps (a narrower window, a long search message, the fonts arriving).
  if (header && typeof ResizeObserver === 'function') new ResizeObserver(placeDetails).observe(header);

  /** The open details panel covers the right of the map: move a card it hides into the part left uncovered. */
  const keepBesidePanel = (box: ViewerBox) => {
    const area = viewport.getBoundingClientRect();
    const covered = Math.max(0, area.right - details.getBoundingClientRect().left);
    const free = viewport.clientWidth - covered;
    const right = view.x + (box.x + box.w) * view.k;
    if (covered === 0 || free < 160 || right <= free - 16) return;
    view.x = free / 2 - (box.x + box.w / 2) * view.k;
    apply();
  };

  let drag: { id: number; x: number; y: number; vx: number; vy: number; moved: boolean } | null = null;
  let suppressClick = false;
  viewport.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    drag = { id: e.pointerId, x: e.clientX, y: e.clientY, vx: view.x, vy: view.y, moved: false };
  });
  viewport.addEventListener('pointermove', (e) => {
    if (!drag || drag.id !== e.pointerId) return;
    const dx = e.clientX - drag.x;
    const dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      viewport.setPointerCapture(e.pointerId);
      viewport.classList.add('panning');
    }
    view.x = drag.vx + dx;
    view.y = drag.vy + dy;
    apply();
  });
  const endDrag = (e: PointerEvent) => {
    if (!drag || drag.id !== e.pointerId) return;
    suppressClick = drag.moved;
    drag = null;
    viewport.classList.remove('panning');
  };
  viewport.addEventListener('pointerup', endDrag);
  viewport.addEventListener('pointercancel', endDrag);
  // A drag that started on a card moves the map; it does not open the card.
  viewport.addEventListener(
    'click',
    (e) => {
      if (suppressClick) {
        suppressClick = false;
        e.stopPropagation();
        e.preventDefault();
      }
    },
    true,
  );
  viewport.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      const rect = viewport.getBoundingClientRect();
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      zoomAt(Math.exp(-delta * 0.0015), e.clientX - rect.left, e.clientY - rect.top);
    },
    { passive: false },
  );
  el(VIEWER_IDS.zoomIn).addEventListener('click', () => zoomCentre(1.25));
  el(VIEWER_IDS.zoomOut).addEventListener('click', () => zoomCentre(0.8));
  el(VIEWER_IDS.fit).addEventListener('click', () => fit(false));

  // ----- cards: roving focus and details -----
  let current: string | null = stages.find((s) => s.touchpoints.length > 0)?.touchpoints[0] ?? null;
  let selected: string | null = null;
  const setCurrent = (id: string) => {
    if (current) cards.get(current)?.setAttribute('tabindex', '-1');
    current = id;
    cards.get(id)?.setAttribute('tabindex', '0');
    const at = place.get(id);
    if (at) markStage(at.stage);
  };
  if (current) cards.get(current)?.setAttribute('tabindex', '0');

  const boxOf = (card: HTMLElement): ViewerBox => ({
    x: parseFloat(card.style.left),
    y: parseFloat(card.style.top),
    w: parseFloat(card.style.width),
    h: parseFloat(card.style.height),
  });
  const focusCard = (id: string) => {
    const card = cards.get(id);
    if (!card) return;
    setCurrent(id);
    showBox(boxOf(card), false);
    card.focus({ preventScroll: true });
  };

  const closeDetails = (returnFocus: boolean) => {
    if (details.hidden) return;
    details.hidden = true;
    detailsBody.replaceChildren();
    if (selected) {
      const card = cards.get(selected);
      card?.classList.remove('selected');
      card?.setAttribute('aria-expanded', 'false');
      if (returnFocus && card) {
        setCurrent(selected);
        card.focus({ preventScroll: true });
      }
    }
    selected = null;
  };
  const openDetails = (id: string) => {
    const source = findRecord(id);
    if (!source) {
      // The records come after the script in the file: a card opened while they are still being read opens once they are.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => openDetails(id), { once: true });
      }
      return;
    }
    if (selected) {
      cards.get(selected)?.classList.remove('selected');
      cards.get(selected)?.setAttribute('aria-expanded', 'false');
    }
    const copy = source.cloneNode(true) as HTMLElement;
    copy.removeAttribute('id');
    detailsBody.replaceChildren(copy);
    details.hidden = false;
    placeDetails();
    selected = id;
    const card = cards.get(id);
    card?.classList.add('selected');
    card?.setAttribute('aria-expanded', 'true');
    if (card) keepBesidePanel(boxOf(card));
    copy.querySelector<HTMLElement>('.record-title')?.focus();
  };
  el(VIEWER_IDS.detailsClose).addEventListener('click', () => closeDetails(true));
  // A connection's other end, named in the details, opens that touchpoint.
  detailsBody.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target.closest<HTMLElement>('button[data-goto]') : null;
    const id = target?.dataset['goto'];
    if (id && cards.has(id)) {
      setCurrent(id);
      showBox(boxOf(cards.get(id)!), false);
      openDetails(id);
    }
  });

  // One listener each on the map for every card (2,000 cards would be 4,000 listeners to add before the first frame);
  // the builder writes each card's aria-expanded="false".
  const cardOf = (target: EventTarget | null): string | null => {
    const card = target instanceof Element ? target.closest<HTMLElement>('button.card-hit') : null;
    const id = card?.dataset['tp'];
    return id && cards.get(id) === card ? id : null;
  };
  canvas.addEventListener('click', (e) => {
    const id = cardOf(e.target);
    if (!id) return;
    setCurrent(id);
    openDetails(id);
  });
  canvas.addEventListener('focusin', (e) => {
    const id = cardOf(e.target);
    if (id) setCurrent(id);
  });

  const move = (id: string, key: string): string | null => {
    const at = place.get(id);
    if (!at) return null;
    const column = stages[at.stage]!.touchpoints;
    if (key === 'ArrowDown') return column[at.row + 1] ?? null;
    if (key === 'ArrowUp') return column[at.row - 1] ?? null;
    if (key === 'Home') return column[0] ?? null;
    if (key === 'End') return column[column.length - 1] ?? null;
    const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return null;
    for (let s = at.stage + step; s >= 0 && s < stages.length; s += step) {
      const other = stages[s]!.touchpoints;
      if (other.length > 0) return other[Math.min(at.row, other.length - 1)] ?? null;
    }
    return null;
  };

  // ----- stages -----
  let currentStage = 0;
  function markStage(index: number) {
    currentStage = index;
    const id = stages[index]?.id;
    for (const link of stageLinks) link.setAttribute('aria-current', link.dataset['stage'] === id ? 'true' : 'false');
  }
  const goToStage = (index: number) => {
    const stage = stages[index];
    if (!stage) return;
    markStage(index);
    const vh = viewport.clientHeight;
    const vw = viewport.clientWidth;
    // The column at the left of the view (or centred when the whole map is narrower), its header at the top.
    view.x = data.width * view.k <= vw ? view.x : 16 - stage.box.x * view.k;
    view.y = Math.min(16 - stage.box.y * view.k, Math.max(view.y, vh - data.height * view.k));
    apply();
    const first = stage.touchpoints[0];
    if (first) {
      if (current) cards.get(current)?.setAttribute('tabindex', '-1');
      current = first;
      cards.get(first)?.setAttribute('tabindex', '0');
    }
  };
  for (const link of stageLinks) {
    const index = stages.findIndex((s) => s.id === link.dataset['stage']);
    link.addEventListener('click', () => goToStage(index));
  }
  el(VIEWER_IDS.prevStage).addEventListener('click', () => goToStage(Math.max(0, currentStage - 1)));
  el(VIEWER_IDS.nextStage).addEventListener('click', () => goToStage(Math.min(stages.length - 1, currentStage + 1)));

  viewport.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const onCard = e.target instanceof HTMLElement && e.target.classList.contains('card-hit');
    const key = e.key;
    if (key === '+' || key === '=') zoomCentre(1.25);
    else if (key === '-' || key === '_') zoomCentre(0.8);
    else if (key === '0') fit(false);
    else if (key === 'PageDown' || key === 'PageUp') {
      goToStage(clamp(currentStage + (key === 'PageDown' ? 1 : -1), 0, stages.length - 1));
      if (onCard && current) focusCard(current);
    } else if (onCard && current && ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key)) {
      const next = move(current, key);
      if (next) focusCard(next);
    } else if (!onCard && key.startsWith('Arrow')) {
      view.x += key === 'ArrowLeft' ? KEY_PAN : key === 'ArrowRight' ? -KEY_PAN : 0;
      view.y += key === 'ArrowUp' ? KEY_PAN : key === 'ArrowDown' ? -KEY_PAN : 0;
      apply();
    } else if (!onCard && key === 'Enter' && current) {
      focusCard(current);
    } else return;
    e.preventDefault();
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !details.hidden) {
      e.preventDefault();
      closeDetails(true);
    } else if (e.key === 'Escape' && document.activeElement === search && search.value) {
      e.preventDefault();
      search.value = '';
      runSearch();
    }
  });

  // ----- search -----
  // Normalised on the first search, not on opening: the first paint waits for nothing it does not need.
  let haystacks: { id: string; text: string }[] | null = null;
  const stageName = new Map(stages.map((s) => [s.id, s.name]));
  const words = data.words;
  let matches: string[] = [];
  /** The search texts, once their block (after this script in the file) has been read whole; null before. */
  const readHaystacks = (): { id: string; text: string }[] | null => {
    const block = document.getElementById(VIEWER_IDS.searchData);
    if (!block || (document.readyState === 'loading' && !block.nextSibling)) return null;
    const texts = JSON.parse(block.textContent ?? '[]') as ViewerSearchTexts;
    return data.touchpoints.map((t, i) => ({ id: t.id, text: normaliseForSearch(texts[i] ?? '') }));
  };
  let searchWaits = false;
  function runSearch() {
    const query = normaliseForSearch(search.value);
    const terms = query ? query.split(' ') : [];
    if (terms.length) haystacks ??= readHaystacks();
    if (terms.length && !haystacks && !searchWaits) {
      // Typed before the file is read: searched again, with whatever the box then holds, once it is.
      searchWaits = true;
      document.addEventListener('DOMContentLoaded', () => runSearch(), { once: true });
    }
    matches =
      terms.length && haystacks ? haystacks.filter((h) => terms.every((t) => h.text.includes(t))).map((h) => h.id) : [];
    const set = new Set(matches);
    canvas.classList.toggle('searching', terms.length > 0);
    for (const [id, card] of cards) card.classList.toggle('match', set.has(id));
    const items = matches.slice(0, MAX_RESULTS).map((id) => {
      const t = touchpoints.get(id)!;
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset['tp'] = id;
      const name = document.createElement('span');
      name.textContent = t.title;
      const where = document.createElement('span');
      where.className = 'muted';
      where.textContent = ` · ${stageName.get(t.stageId) ?? ''}`;
      button.append(name, where);
      button.addEventListener('click', () => reveal(id));
      li.append(button);
      return li;
    });
    searchResults.replaceChildren(...items);
    searchStatus.textContent = !terms.length
      ? ''
      : matches.length === 0
        ? words.noMatch
        : (matches.length > MAX_RESULTS ? words.firstListed : words.matches[matches.length === 1 ? 0 : 1])
            .replace('{count}', String(matches.length))
            .replace('{max}', String(MAX_RESULTS));
  }
  const reveal = (id: string) => {
    searchResults.replaceChildren();
    const card = cards.get(id);
    if (!card) return;
    setCurrent(id);
    showBox(boxOf(card), false);
    openDetails(id);
  };
  search.addEventListener('input', runSearch);
  // The list closes when focus leaves the search box and its list (the marks on the map stay); it opens again on return.
  const searchBox = search.closest('.search');
  searchBox?.addEventListener('focusout', (e) => {
    const next = (e as FocusEvent).relatedTarget;
    if (!(next instanceof Node && searchBox.contains(next))) searchResults.replaceChildren();
  });
  search.addEventListener('focus', () => {
    if (search.value) runSearch();
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && matches[0]) {
      e.preventDefault();
      reveal(matches[0]);
    } else if (e.key === 'ArrowDown') {
      const first = searchResults.querySelector('button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
  searchResults.addEventListener('keydown', (e) => {
    const buttons = Array.from(searchResults.querySelectorAll('button'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = buttons[i + (e.key === 'ArrowDown' ? 1 : -1)];
      if (next) next.focus();
      else if (e.key === 'ArrowUp') search.focus();
    }
  });

  // ----- emotion curve lines -----
  // The curve comes after the script in the file: one listener on the document serves its toggles.
  document.addEventListener('change', (e) => {
    const box = e.target;
    if (!(box instanceof HTMLInputElement) || box.dataset['series'] === undefined) return;
    const group = document.querySelector<SVGGElement>(`g.curve-series[data-series="${box.dataset['series']}"]`);
    if (group) group.style.display = box.checked ? '' : 'none';
  });

  el(VIEWER_IDS.print).addEventListener('click', () => window.print());

  fillWindow();
  fit(true);
  // A small map does not leave an empty page under it: the view shrinks to the drawing (never under 360 px).
  const wanted = Math.ceil(data.height * view.k) + 24;
  if (wanted < size.h) {
    ownHeight = true;
    viewport.style.height = `${Math.max(360, wanted)}px`;
    measure();
  }
  markStage(0);
  document.documentElement.dataset['viewer'] = 'ready';
  // Once the first frame is painted and the page is idle (the file's panels and records parsed), the tiles around
  // the view are drawn too, so a pan finds them ready. A pan before then draws what it needs itself.
  const drawAround = () => {
    around = 0.5;
    drawTiles();
    showPanels();
    // The records go into the page too (still unstyled on screen), so print finds them however it starts.
    requestIdleCallbackOr(showRecords);
  };
  requestAnimationFrame(() => requestIdleCallbackOr(drawAround));
}

start();
