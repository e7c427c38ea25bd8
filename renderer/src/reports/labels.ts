/**
 * Every word the report prints, per language. Add a language by adding an
 * entry to REPORT_LANGUAGES (types.ts) and a complete Labels object here
 * (English here, the others in languages/, each consistent with its glossary
 * in renderer/src/i18n/glossary/). Dates and numbers go through Intl in the
 * language's `locale`.
 */
import type { HealthKey, HeatMode } from '../domain/insights';
import type { BlueprintLineKind } from '../domain/lanes';
import type {
  ConnectionKind,
  DEFAULT_CHANNELS,
  EvidenceLevel,
  FrictionType,
  LaneKind,
  LoyaltyPillar,
  LoyaltyQuestion,
  OpportunityStatus,
  PainSeverity,
} from '../domain/vocabulary';
import { EMOTION_SCALE } from '../domain/vocabulary';
import { HY } from './languages/hy';
import { ML } from './languages/ml';
import { TA } from './languages/ta';
import { TE } from './languages/te';
import type { ReportLanguage, SectionId } from './types';

export interface Labels {
  /** BCP 47 locale for dates and numbers (Intl), e.g. `ta-IN`. */
  locale: string;
  sections: Record<SectionId, string>;
  emotion: Record<'-3' | '-2' | '-1' | '0' | '1' | '2' | '3', string>;
  noEmotion: string;
  severity: Record<PainSeverity, string>;
  connectionKind: Record<ConnectionKind, string>;
  opportunityStatus: Record<OpportunityStatus, string>;
  /**
   * The default channels (DEFAULT_CHANNELS), in the words the app's screens use
   * (i18n/locales/<language>/vocabulary.json `channel`); print them with
   * `channelText` (channel-text.ts).
   */
  channels: Record<(typeof DEFAULT_CHANNELS)[number], string>;
  /**
   * The friction types (FRICTION_TYPES), in the words the app's screens use
   * (i18n/locales/<language>/vocabulary.json `friction`); print them with
   * `frictionTypesText` (friction-text.ts).
   */
  frictionTypes: Record<FrictionType, string>;
  cover: { preparedFor: string; preparedBy: string; date: string; reportKind: string };
  summary: {
    stages: string;
    touchpoints: string;
    painPoints: string;
    opportunities: string;
    personas: string;
    averageEmotion: string;
    lowPoint: string;
    noLowPoint: string;
    frictionHotSpots: string;
    painHotSpots: string;
    noFriction: string;
    noPain: string;
  };
  persona: {
    needs: string;
    fears: string;
    goals: string;
    desires: string;
    challenges: string;
    spender: string;
    sender: string;
    noPersonas: string;
  };
  map: {
    legend: string;
    continuesTo: string;
    continuesFrom: string;
    part: string;
    noStages: string;
    /** Caption of the whole journey on one landscape page. */
    overview: string;
    /** Said instead of the one-page map when its stage names would print too small to read. */
    overviewTooSmall: string;
    /** The heat overlay's legend title per measure (the words of the editor's heat legend, `editor.heat.*`). */
    heatTitle: Record<HeatMode, string>;
    /** The pain overlay's stop for a touchpoint without pain points ("0 None"). */
    heatNone: string;
    /** The heat legend's swatch for a touchpoint without a value. */
    noData: string;
  };
  /** Lanes of a service blueprint: kinds and the blueprint's three lines. */
  lanes: { kind: Record<LaneKind, string>; line: Record<BlueprintLineKind, string> };
  curve: {
    journey: string;
    noPoints: string;
    axis: string;
    key: string;
    /** Said under a curve whose points are too close to number; `{section}` is the stage-by-stage section's name. */
    dense: string;
  };
  table: {
    touchpoint: string;
    stage: string;
    channel: string;
    emotion: string;
    thoughts: string;
    quotes: string;
    painPoints: string;
    friction: string;
    opportunities: string;
    opportunity: string;
    status: string;
    owner: string;
    rank: string;
    csat: string;
    ces: string;
    nps: string;
    dropOff: string;
    volume: string;
    sample: string;
  };
  stageGoal: string;
  /** A lane of a service blueprint, before its name (“Lane: Backstage”). */
  lane: string;
  noTouchpoints: string;
  /** After a stage's name where its table goes on over the page. */
  continued: string;
  noOpportunities: string;
  noMetrics: string;
  noNotes: string;
  noHotSpots: string;
  painHotSpotsTitle: string;
  frictionHotSpotsTitle: string;
  painShort: string;
  frictionShort: string;
  momentOfTruth: string;
  delight: string;
  untitled: string;
  pageOf: { page: string; of: string };
  metricsNote: string;
  workshop: {
    votes: string;
    dots: string;
    tied: string;
    kind: Record<'touchpoint' | 'pain' | 'opportunity', string>;
    openQuestions: string;
    parkingLot: string;
  };
  /** The opportunity matrix section: axis and quadrant names, table headings. */
  matrix: {
    intro: string;
    axes: Record<'customerValue' | 'businessValue' | 'effort' | 'confidence', string>;
    quadrants: Record<'quick-wins' | 'big-bets' | 'fill-ins' | 'money-pits', string>;
    quadrant: string;
    priority: string;
    notPlaced: string;
  };
  /** Evidence markers on touchpoints and pain points, and their legend. */
  evidence: {
    title: string;
    levels: Record<EvidenceLevel, string>;
    hints: Record<EvidenceLevel, string>;
  };
  /**
   * The loyalty lens's six questions and five Loyalty 3.0 pillars, stored by their English ids, in the words the
   * app's screens use (i18n/locales/<language>/vocabulary.json `loyaltyQuestion`, `loyaltyPillar`).
   */
  loyalty: {
    questions: Record<LoyaltyQuestion, string>;
    pillars: Record<LoyaltyPillar, string>;
  };
  /**
   * The insight sentences (domain/insights) in words: the report's summary
   * groups, and the insights panel in the interface language (reports/insight-text.ts).
   * `{name}` marks a value filled in; `[one, other]` pairs are a count's two forms.
   */
  insights: InsightWords;
  /**
   * The interactive viewer's own words (exports/viewer): its controls, panels
   * and the runtime's search status. `{name}` marks a value filled in;
   * `[one, other]` pairs are a count's two forms.
   */
  viewer: ViewerWords;
  /**
   * The map poster's own words (exports/poster): its subtitle, the tile
   * captions and the assembly key page. `{name}` marks a value filled in;
   * `[one, other]` pairs are a count's two forms, chosen by
   * Intl.PluralRules(locale). Its legends reuse `sections.personas` and `map.legend`.
   */
  poster: PosterWords;
  /**
   * The workshop part of the Markdown export (top-voted items, open questions,
   * what the room added, clusters, parking lot). `{name}` marks a value filled
   * in; `[one, other]` pairs are a count's two forms, chosen by Intl.PluralRules(locale).
   */
  workshopSummary: WorkshopSummaryWords;
  /**
   * The PowerPoint deck's own words (exports/pptx) beyond the report's:
   * `{name}` marks a value filled in; `[one, other]` pairs are a count's two
   * forms, chosen by Intl.PluralRules(locale).
   */
  deck: DeckWords;
  /**
   * The Excel workbook's own words (exports/xlsx.ts) beyond the report's: sheet names and most
   * headings reuse `summary`, `table` and `persona`.
   */
  workbook: WorkbookWords;
}

export interface WorkbookWords {
  /** The Touchpoints sheet's column of touchpoint titles. */
  title: string;
  emotionLabel: string;
  frictionScore: string;
  frictionTypes: string;
  csatScale: string;
  /** How a CSAT figure was measured, in the CSAT scale column. */
  csatModes: { share: string; mean: string };
  csatSample: string;
  /** CES with its scale: "CES (1–7)". */
  ces: string;
  cesSample: string;
  npsPromoters: string;
  npsPassives: string;
  npsDetractors: string;
  /** Drop-off with its unit: "Drop-off %". */
  dropOff: string;
  expectedEmotion: string;
  tags: string;
  loyaltyQuestions: string;
  pillars: string;
  painEvidence: string;
  /** An opportunity's four matrix scores as column headers. */
  scores: Record<'customerValue' | 'businessValue' | 'effort' | 'confidence', string>;
  /** The Pain points sheet: the severity as a number and by name. */
  severity: string;
  severityLabel: string;
  /** The Stages sheet: a stage's place in the journey. */
  order: string;
  /** The Personas sheet. */
  name: string;
  role: string;
  quote: string;
  yes: string;
  no: string;
}

export interface DeckWords {
  /** After a heading continued over slides: "{page} of {pages}". */
  pageOf: string;
  /** A cell that keeps what fits: "+ {count} more (see the notes)". */
  moreInNotes: string;
  /** Under a map column that keeps what fits: "+ 3 more touchpoints (see the stage slides)". */
  moreTouchpoints: [string, string];
  /** Under the emotion curve, when a key beside it names each point. */
  curveKeyed: string;
  /** Under the emotion curve, when the points are too many for a key. */
  curveNumbered: string;
  /** Above the hot spots when the slide shows only the hottest: `{shown}` of `{count}`. */
  hotSpotsShown: string;
  /** Heading of the opportunity ranking slides. */
  ranking: string;
  /** Column of the ranking: why an opportunity ranks where it does. */
  whyHere: string;
  /** The ranking's rule, when every opportunity is ranked. */
  rankingRule: string;
  /** The ranking's rule, with what is not ranked: "{left}" lists "2 done, 1 dropped". */
  rankingRuleNotRanked: string;
  done: [string, string];
  dropped: [string, string];
  /** A reason in the ranking: "priority {value}". */
  priority: string;
}

export interface WorkshopSummaryWords {
  /** "Workshop summary: {title}". */
  title: string;
  untitledJourney: string;
  /** "Session started {time}." */
  started: string;
  /** "Added during the session: {touchpoints}, {notes}, {questions}." */
  addedCounts: string;
  touchpoints: [string, string];
  notes: [string, string];
  questions: [string, string];
  dots: [string, string];
  topVoted: string;
  openQuestions: string;
  addedHeading: string;
  clusters: string;
  parkingLot: string;
  untitled: string;
  untitledCluster: string;
  empty: string;
  kind: Record<'touchpoint' | 'pain' | 'opportunity', string>;
  addedKind: Record<'touchpoint' | 'note' | 'question', string>;
}

export interface PosterWords {
  /** The subtitle's counts: "6 stages · 13 touchpoints". */
  stages: [string, string];
  touchpoints: [string, string];
  /** A printed size: "{width} × {height} mm". */
  size: string;
  orientation: Record<'portrait' | 'landscape', string>;
  /** A named paper: "{paper} {orientation} ({size})", e.g. "A0 landscape (1,189 × 841 mm)". */
  paper: string;
  /** The US Letter sheet's name (the A sizes are written as they are everywhere: A4, A0). */
  letter: string;
  /** Heading of the assembly key page. */
  key: string;
  /** Where the poster prints, filled into `description`: "on {count} {paper} {orientation} sheets". */
  sheets: [string, string];
  rows: [string, string];
  columns: [string, string];
  /** The sheet set: "{poster} {sheets}: {rows} ({first}–{last}) × {columns}, {overlap} mm overlap." */
  description: string;
  /** How to put the sheets together; `{overlap}` is the overlap in mm. */
  steps: string;
  /** Caption of a tile sheet: "Sheet {label} · row {row}, column {column} of {rows} × {columns} · {title}". */
  caption: string;
}

export interface ViewerWords {
  skip: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchResults: string;
  print: string;
  /** Titles with a shortcut: `{key}` is the key's name (Ctrl+P, Page Up, Page Down, Esc), `{enter}` the Enter key's. */
  printTitle: string;
  stages: string;
  previousStage: string;
  previousStageTitle: string;
  nextStage: string;
  nextStageTitle: string;
  zoom: string;
  zoomIn: string;
  zoomInTitle: string;
  zoomOut: string;
  zoomOutTitle: string;
  fit: string;
  fitTitle: string;
  hint: string;
  /** The map's aria-roledescription. */
  mapRole: string;
  /** "{title}: journey map" */
  mapLabel: string;
  /** A card's button: "{name}, {stage}, emotion {emotion}". */
  card: string;
  details: string;
  closeDetails: string;
  closeTitle: string;
  insights: string;
  noInsights: string;
  linesShown: string;
  allTouchpoints: string;
  allTouchpointsTitle: string;
  description: string;
  personaEmotions: string;
  metrics: string;
  connections: string;
  /** Before the other end of a connection in a record: "Main path from Arrival". */
  from: string;
  to: string;
  noMatch: string;
  matches: [string, string];
  /** More matches than the list shows: "{count} touchpoints match; the first {max} are listed." */
  firstListed: string;
}

export interface InsightWords {
  groups: Record<'health' | 'lowPoints' | 'hotSpots' | 'moments' | 'recovery' | 'coverage', string>;
  health: Record<HealthKey, { label: string; formula: string }>;
  /** The churn figure's label when a period is recorded: "Churn ({period})". */
  churnOf: string;
  untitledTouchpoint: string;
  untitledStage: string;
  unnamedPersona: string;
  /** "{label}: {value}", a health figure with its value. */
  figure: string;
  /** "emotion {emotion}" */
  emotion: string;
  /** Said for a touchpoint with no emotion. */
  noEmotion: string;
  /** "score {score}/100" */
  score: string;
  /** Hot-spot reasons: "Friction {score}/5", "worst pain {severity}", "1 pain point", "drop-off {value} %", "volume {value}". */
  friction: string;
  worstPain: string;
  painPoints: [string, string];
  dropOff: string;
  volume: string;
  noFrictionOrPain: string;
  /** Moments of truth: "At risk: {name}", "Holding: {name}", and their reasons. */
  atRisk: string;
  holding: string;
  severePain: string;
  frictionShort: string;
  /** Service recovery. */
  recovered: string;
  recoveredDetail: string;
  steps: [string, string];
  lift: string;
  net: string;
  notRecovered: string;
  notRecoveredDetail: string;
  /** Coverage gaps: "{label} ({count})" lines, and "{names} and {count} more". */
  coverage: Record<'emptyStages' | 'withoutEmotion' | 'withoutChannel' | 'personasWithoutEmotion', string>;
  counted: string;
  andMore: string;
}

const EN: Labels = {
  locale: 'en-GB',
  sections: {
    cover: 'Cover',
    toc: 'Contents',
    summary: 'Executive summary',
    personas: 'Personas',
    map: 'Journey map',
    curve: 'Emotion curve',
    stages: 'Stage by stage',
    hotspots: 'Hot spots',
    opportunities: 'Opportunities',
    matrix: 'Opportunity matrix',
    metrics: 'Metrics',
    notes: 'Notes',
    workshop: 'Workshop results',
  },
  emotion: {
    '-3': 'Angry',
    '-2': 'Frustrated',
    '-1': 'Uneasy',
    '0': 'Neutral',
    '1': 'Satisfied',
    '2': 'Happy',
    '3': 'Delighted',
  },
  noEmotion: 'Not rated',
  severity: { 1: 'Minor', 2: 'Moderate', 3: 'Severe' },
  connectionKind: { main: 'Main path', alternative: 'Alternative', failure: 'Failure', recovery: 'Recovery' },
  opportunityStatus: {
    idea: 'Idea',
    planned: 'Planned',
    'in progress': 'In progress',
    done: 'Done',
    dropped: 'Dropped',
  },
  channels: {
    website: 'Website',
    'mobile app': 'Mobile app',
    email: 'Email',
    phone: 'Phone',
    chat: 'Chat',
    'social media': 'Social media',
    store: 'Store',
    delivery: 'Delivery',
    mail: 'Mail',
    'word of mouth': 'Word of mouth',
    partner: 'Partner',
    other: 'Other',
  },
  frictionTypes: {
    waiting: 'Waiting',
    effort: 'Effort',
    confusion: 'Confusion',
    errors: 'Errors',
    'hand-offs': 'Hand-offs',
    policy: 'Policy',
    price: 'Price',
    'missing information': 'Missing information',
    accessibility: 'Accessibility',
  },
  cover: {
    preparedFor: 'Prepared for',
    preparedBy: 'Prepared by',
    date: 'Date',
    reportKind: 'Customer journey report',
  },
  summary: {
    stages: 'Stages',
    touchpoints: 'Touchpoints',
    painPoints: 'Pain points',
    opportunities: 'Opportunities',
    personas: 'Personas',
    averageEmotion: 'Average emotion',
    lowPoint: 'Emotional low point',
    noLowPoint: 'No touchpoint has an emotion yet.',
    frictionHotSpots: 'Top friction hot spots',
    painHotSpots: 'Top pain hot spots',
    noFriction: 'No friction recorded.',
    noPain: 'No pain points recorded.',
  },
  persona: {
    needs: 'Needs',
    fears: 'Fears',
    goals: 'Goals',
    desires: 'Desires',
    challenges: 'Challenges',
    spender: 'Spends with the business',
    sender: 'Sends others to the business',
    noPersonas: 'This journey has no personas yet.',
  },
  map: {
    legend: 'Connections',
    continuesTo: 'to',
    continuesFrom: 'from',
    part: 'Part',
    noStages: 'This journey has no stages yet.',
    overview: 'The whole journey',
    overviewTooSmall:
      'The whole journey has too many stages to print legibly on one page, so the map follows in parts of a few stages each.',
    heatTitle: {
      emotion: 'Emotion',
      friction: 'Friction (0–5)',
      pain: 'Worst pain severity',
      csat: 'CSAT',
      ces: 'CES (1–7)',
      nps: 'NPS',
      dropOff: 'Drop-off',
    },
    heatNone: 'None',
    noData: 'No data',
  },
  lanes: {
    kind: {
      customer: 'Customer actions',
      'frontstage-people': 'Frontstage (people)',
      'frontstage-systems': 'Frontstage (systems)',
      backstage: 'Backstage',
      support: 'Support processes',
      evidence: 'Evidence',
      custom: 'Lane',
    },
    line: {
      interaction: 'Line of interaction',
      visibility: 'Line of visibility',
      'internal-interaction': 'Line of internal interaction',
    },
  },
  curve: {
    journey: 'Journey',
    noPoints: 'No touchpoint on the main path has an emotion yet.',
    axis: 'Emotion',
    key: 'Touchpoints along the main path',
    dense: 'Too many touchpoints to number on the curve: “{section}” lists them in order.',
  },
  table: {
    touchpoint: 'Touchpoint',
    stage: 'Stage',
    channel: 'Channel',
    emotion: 'Emotion',
    thoughts: 'Thoughts',
    quotes: 'Quotes',
    painPoints: 'Pain points',
    friction: 'Friction',
    opportunities: 'Opportunities',
    opportunity: 'Opportunity',
    status: 'Status',
    owner: 'Owner',
    rank: '#',
    csat: 'CSAT',
    ces: 'CES',
    nps: 'NPS',
    dropOff: 'Drop-off',
    volume: 'Volume',
    sample: 'n',
  },
  stageGoal: 'Customer goal',
  lane: 'Lane',
  noTouchpoints: 'No touchpoints in this stage.',
  continued: '(continued)',
  noOpportunities: 'No opportunities recorded yet.',
  noMetrics: 'No metrics recorded yet.',
  noNotes: 'No notes.',
  noHotSpots: 'No pain points or friction recorded yet.',
  painHotSpotsTitle: 'Pain hot spots',
  frictionHotSpotsTitle: 'Friction hot spots',
  painShort: 'Pain',
  frictionShort: 'Friction',
  momentOfTruth: 'Moment of truth',
  delight: 'Delight',
  untitled: 'Untitled',
  pageOf: { page: 'Page', of: 'of' },
  metricsNote:
    'CSAT: share of satisfied answers or 1–5 mean. CES: 1–7 mean. NPS = % promoters (9–10) − % detractors (0–6). Drop-off: share of customers lost here.',
  workshop: {
    votes: 'Dot vote results',
    dots: 'Dots',
    tied: 'tied',
    kind: { touchpoint: 'Touchpoint', pain: 'Pain point', opportunity: 'Opportunity' },
    openQuestions: 'Open questions',
    parkingLot: 'Parking lot',
  },
  matrix: {
    intro:
      'Opportunities placed by customer value and effort (scores 1–5, split at 3), then ranked by workshop dots, priority (value × confidence ÷ effort) and the heat of their touchpoint.',
    axes: {
      customerValue: 'Customer value',
      businessValue: 'Business value',
      effort: 'Effort',
      confidence: 'Confidence',
    },
    quadrants: {
      'quick-wins': 'Quick wins',
      'big-bets': 'Big bets',
      'fill-ins': 'Fill-ins',
      'money-pits': 'Money pits',
    },
    quadrant: 'Quadrant',
    priority: 'Priority',
    notPlaced: 'Not placed: needs both scores',
  },
  evidence: {
    title: 'Evidence',
    levels: { assumption: 'Assumption', anecdote: 'Anecdote', research: 'Research', data: 'Data' },
    hints: {
      assumption: 'what the team believes, not yet checked',
      anecdote: 'heard from a customer or colleague once or twice',
      research: 'seen in interviews, observation or usability tests',
      data: 'measured in analytics, surveys at scale or operational data',
    },
  },
  loyalty: {
    questions: {
      'Why you?': 'Why you?',
      'Why now?': 'Why now?',
      'Why pay?': 'Why pay?',
      'Why stay?': 'Why stay?',
      'Why evolve?': 'Why evolve?',
      'Why change?': 'Why change?',
    },
    pillars: {
      'products and services': 'products and services',
      'customer service': 'customer service',
      'community and affinity': 'community and affinity',
      experiences: 'experiences',
      bridges: 'bridges',
    },
  },
  insights: {
    groups: {
      health: 'Journey health',
      lowPoints: 'Lowest moments',
      hotSpots: 'Top hot spots',
      moments: 'Moments of truth',
      recovery: 'Service recovery',
      coverage: 'Coverage gaps',
    },
    health: {
      averageEmotion: {
        label: 'Average emotion',
        formula: 'Sum of the emotions (−3..+3) along the main path ÷ touchpoints with an emotion',
      },
      lowestEmotion: { label: 'Lowest emotion', formula: 'The lowest emotion (−3..+3) of any touchpoint' },
      emotionCaptured: { label: 'Emotion captured', formula: 'Touchpoints with an emotion ÷ all touchpoints' },
      severePainShare: {
        label: 'Touchpoints with severe pain',
        formula: 'Touchpoints with at least one severe (3) pain point ÷ all touchpoints',
      },
      averageFriction: { label: 'Average friction', formula: 'Sum of the friction scores (0–5) ÷ all touchpoints' },
      recoveryCoverage: {
        label: 'Recovery coverage',
        formula: 'Failure connections followed by a recovery back to the main path ÷ all failure connections',
      },
      momentsOfTruthAtRisk: {
        label: 'Moments of truth at risk',
        formula: 'Moments of truth with an emotion of −1 or lower or a severe pain point ÷ all moments of truth',
      },
      nps: {
        label: 'NPS',
        formula: '% promoters − % detractors, over the NPS answers of all touchpoints added together',
      },
      churn: {
        label: 'Churn',
        formula: '(customers at start − customers at end) ÷ customers at start, latest recorded period',
      },
    },
    churnOf: 'Churn ({period})',
    untitledTouchpoint: 'Untitled touchpoint',
    untitledStage: 'Untitled stage',
    unnamedPersona: 'Unnamed persona',
    figure: '{label}: {value}',
    emotion: 'emotion {emotion}',
    noEmotion: 'no emotion recorded',
    score: 'score {score}/100',
    friction: 'Friction {score}/5',
    worstPain: 'worst pain {severity}',
    painPoints: ['{count} pain point', '{count} pain points'],
    dropOff: 'drop-off {value} %',
    volume: 'volume {value}',
    noFrictionOrPain: 'No friction or pain',
    atRisk: 'At risk: {name}',
    holding: 'Holding: {name}',
    severePain: 'a severe pain point',
    frictionShort: 'friction {score}/5',
    recovered: 'Recovered: {name}',
    recoveredDetail: 'After “{before}”, back on the main path at “{after}” in {steps}',
    steps: ['{count} step', '{count} steps'],
    lift: 'lift {value}',
    net: 'net {value} against before the failure',
    notRecovered: 'Not recovered: {name}',
    notRecoveredDetail: 'After “{before}”, no recovery leads back to the main path.',
    coverage: {
      emptyStages: 'Stages with no touchpoint',
      withoutEmotion: 'Touchpoints without an emotion',
      withoutChannel: 'Touchpoints without a channel',
      personasWithoutEmotion: 'Personas without their own emotions',
    },
    counted: '{label} ({count})',
    andMore: '{names} and {count} more',
  },
  viewer: {
    skip: 'Skip to the map',
    searchLabel: 'Search touchpoints',
    searchPlaceholder: 'Title, thought, pain point…',
    searchResults: 'Search results',
    print: 'Print',
    printTitle: 'Print ({key})',
    stages: 'Stages',
    previousStage: 'Previous stage',
    previousStageTitle: 'Previous stage ({key})',
    nextStage: 'Next stage',
    nextStageTitle: 'Next stage ({key})',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomInTitle: 'Zoom in (+)',
    zoomOut: 'Zoom out',
    zoomOutTitle: 'Zoom out (−)',
    fit: 'Fit',
    fitTitle: 'Fit the map (0)',
    hint: 'Drag or use the arrow keys to move; wheel, + and − to zoom; {enter} opens a touchpoint.',
    mapRole: 'map',
    mapLabel: '{title}: journey map',
    card: '{name}, {stage}, emotion {emotion}',
    details: 'Touchpoint details',
    closeDetails: 'Close details',
    closeTitle: 'Close ({key})',
    insights: 'Insights',
    noInsights: 'No insights yet: add emotions, pain points and friction.',
    linesShown: 'Lines shown',
    allTouchpoints: 'All touchpoints',
    allTouchpointsTitle: 'All touchpoints, stage by stage',
    description: 'Description',
    personaEmotions: 'Emotion per persona',
    metrics: 'Metrics',
    connections: 'Connections',
    from: 'from',
    to: 'to',
    noMatch: 'No touchpoint matches.',
    matches: ['{count} touchpoint matches.', '{count} touchpoints match.'],
    firstListed: '{count} touchpoints match; the first {max} are listed.',
  },
  poster: {
    stages: ['{count} stage', '{count} stages'],
    touchpoints: ['{count} touchpoint', '{count} touchpoints'],
    size: '{width} × {height} mm',
    orientation: { portrait: 'portrait', landscape: 'landscape' },
    paper: '{paper} {orientation} ({size})',
    letter: 'Letter',
    key: 'Assembly key: {title}',
    sheets: ['on {count} {paper} {orientation} sheet', 'on {count} {paper} {orientation} sheets'],
    rows: ['{count} row', '{count} rows'],
    columns: ['{count} column', '{count} columns'],
    description: '{poster} {sheets}: {rows} ({first}–{last}) × {columns}, {overlap} mm overlap.',
    steps:
      "Print every sheet at 100 % (no “fit to page”). Trim each sheet on its crop marks, lay them out as below (row A at the top, column 1 on the left) and glue or tape them; neighbouring sheets repeat {overlap} mm of each other's edge, so lay each one over its neighbour until the drawing matches.",
    caption: 'Sheet {label} · row {row}, column {column} of {rows} × {columns} · {title}',
  },
  workshopSummary: {
    title: 'Workshop summary: {title}',
    untitledJourney: 'Untitled journey',
    started: 'Session started {time}.',
    addedCounts: 'Added during the session: {touchpoints}, {notes}, {questions}.',
    touchpoints: ['{count} touchpoint', '{count} touchpoints'],
    notes: ['{count} note', '{count} notes'],
    questions: ['{count} question', '{count} questions'],
    dots: ['{count} dot', '{count} dots'],
    topVoted: 'Top-voted',
    openQuestions: 'Open questions',
    addedHeading: 'Added during the session',
    clusters: 'Clusters',
    parkingLot: 'Parking lot',
    untitled: 'Untitled',
    untitledCluster: 'Untitled cluster',
    empty: '(empty)',
    kind: { touchpoint: 'touchpoint', pain: 'pain point', opportunity: 'opportunity' },
    addedKind: { touchpoint: 'Touchpoint', note: 'Note', question: 'Question' },
  },
  deck: {
    pageOf: '{page} of {pages}',
    moreInNotes: '+ {count} more (see the notes)',
    moreTouchpoints: [
      '+ {count} more touchpoint (see the stage slides)',
      '+ {count} more touchpoints (see the stage slides)',
    ],
    curveKeyed: 'Points follow the main path; a touchpoint without an emotion is stepped over.',
    curveNumbered: 'Points follow the main path, numbered from its start; the stage slides list the touchpoints.',
    hotSpotsShown: 'The {shown} hottest of {count} touchpoints with pain or friction; the PDF report lists them all.',
    ranking: 'Opportunity ranking',
    whyHere: 'Why here',
    rankingRule: 'Ranked by workshop dots, then by how hot the touchpoint is (pain, friction and reach).',
    rankingRuleNotRanked:
      'Ranked by workshop dots, then by how hot the touchpoint is (pain, friction and reach); not ranked: {left}.',
    done: ['{count} done', '{count} done'],
    dropped: ['{count} dropped', '{count} dropped'],
    priority: 'priority {value}',
  },
  workbook: {
    title: 'Title',
    emotionLabel: 'Emotion label',
    frictionScore: 'Friction score',
    frictionTypes: 'Friction types',
    csatScale: 'CSAT scale',
    csatModes: { share: '% satisfied (0–100)', mean: 'mean rating (1–5)' },
    csatSample: 'CSAT sample',
    ces: 'CES (1–7)',
    cesSample: 'CES sample',
    npsPromoters: 'NPS promoters',
    npsPassives: 'NPS passives',
    npsDetractors: 'NPS detractors',
    dropOff: 'Drop-off %',
    expectedEmotion: 'Expected emotion',
    tags: 'Tags',
    loyaltyQuestions: 'Loyalty questions',
    pillars: 'Pillars',
    painEvidence: 'Pain point evidence',
    scores: {
      customerValue: 'Opportunity customer value',
      businessValue: 'Opportunity business value',
      effort: 'Opportunity effort',
      confidence: 'Opportunity confidence',
    },
    severity: 'Severity',
    severityLabel: 'Severity label',
    order: 'Order',
    name: 'Name',
    role: 'Role',
    quote: 'Quote',
    yes: 'Yes',
    no: 'No',
  },
};

export const REPORT_LABELS: Record<ReportLanguage, Labels> = { en: EN, ta: TA, te: TE, ml: ML, hy: HY };

export function emotionWord(labels: Labels, score: number | null): string {
  if (score === null) return labels.noEmotion;
  const key = String(Math.max(-3, Math.min(3, Math.round(score)))) as keyof Labels['emotion'];
  return labels.emotion[key];
}

/**
 * A touchpoint's emotion in words: its own label when it has one, else the scale's name for the score. A label
 * that is one of the scale's English names ("Angry", as the templates and many maps store it) is that name in the
 * labels' language, so a Telugu document does not print one English word among Telugu ones; any other label is
 * the user's own and prints as typed.
 */
export function emotionLabelWord(labels: Labels, score: number | null, label: string): string {
  const own = label.trim();
  if (!own) return emotionWord(labels, score);
  const level = EMOTION_SCALE.find((l) => l.label.toLocaleLowerCase('en') === own.toLocaleLowerCase('en'));
  if (!level) return own;
  const word = emotionWord(labels, level.score);
  // In English the scale's name is the label itself: keep it as typed.
  return word === level.label ? own : word;
}
