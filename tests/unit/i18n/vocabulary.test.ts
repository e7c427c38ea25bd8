/**
 * The shared vocabulary in the interface (renderer/src/i18n/vocabulary.ts)
 * says each word the way the report says it, in every language, so a team
 * reads one wording on screen and on paper; and it names the data's English
 * ids in the language chosen now.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { BLUEPRINT_LINE_LABELS, type BlueprintLineKind } from '../../../renderer/src/domain/lanes';
import {
  CONNECTION_KINDS,
  DEFAULT_CHANNELS,
  EVIDENCE_LEVELS,
  FRICTION_TYPES,
  JOURNEY_STATUS_LABELS,
  JOURNEY_STATUSES,
  JOURNEY_TYPE_LABELS,
  JOURNEY_TYPES,
  LANE_KIND_LABELS,
  LANE_KINDS,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  OPPORTUNITY_STATUSES,
  PAIN_SEVERITIES,
  PAIN_SEVERITY_LABELS,
  PERSONA_CHALLENGES,
  EMOTION_SCALE,
} from '../../../renderer/src/domain/vocabulary';
import { CATALOGUES, compareText, setUiLanguage, UI_LANGUAGES } from '../../../renderer/src/i18n';
import { t } from '../../../renderer/src/i18n';
import {
  blueprintLineName,
  challengeName,
  channelName,
  channelsByName,
  connectionKindName,
  emotionName,
  evidenceHint,
  evidenceName,
  frictionTypeName,
  journeyStatusName,
  journeyTypeName,
  laneKindName,
  loyaltyPillarName,
  loyaltyQuestionName,
  opportunityStatusName,
  severityName,
} from '../../../renderer/src/i18n/vocabulary';
import { REPORT_LABELS } from '../../../renderer/src/reports/labels';

afterEach(async () => {
  await setUiLanguage('en');
});

describe('vocabulary: one wording in the interface and the report', () => {
  for (const language of UI_LANGUAGES) {
    it(`${language}: emotion, severity, connection, status, channels, friction types, evidence, lanes and lines match the report's labels`, async () => {
      await setUiLanguage(language);
      const report = REPORT_LABELS[language];
      for (let score = -3; score <= 3; score++) {
        expect(emotionName(score), `emotion ${score}`).toBe(report.emotion[String(score) as '0']);
      }
      expect(emotionName(null)).toBe(report.noEmotion);
      for (const s of PAIN_SEVERITIES) expect(severityName(s)).toBe(report.severity[s]);
      for (const k of CONNECTION_KINDS) expect(connectionKindName(k)).toBe(report.connectionKind[k]);
      for (const s of OPPORTUNITY_STATUSES) expect(opportunityStatusName(s)).toBe(report.opportunityStatus[s]);
      for (const c of DEFAULT_CHANNELS) expect(channelName(c), `channel ${c}`).toBe(report.channels[c]);
      for (const f of FRICTION_TYPES) expect(frictionTypeName(f), `friction type ${f}`).toBe(report.frictionTypes[f]);
      for (const e of EVIDENCE_LEVELS) {
        expect(evidenceName(e)).toBe(report.evidence.levels[e]);
        expect(evidenceHint(e)).toBe(report.evidence.hints[e]);
      }
      // The report prints a custom lane as "Lane"; the inspector's kind menu says "Custom".
      for (const k of LANE_KINDS.filter((k) => k !== 'custom')) expect(laneKindName(k)).toBe(report.lanes.kind[k]);
      for (const line of Object.keys(BLUEPRINT_LINE_LABELS) as BlueprintLineKind[]) {
        expect(blueprintLineName(line)).toBe(report.lanes.line[line]);
      }
    });

    it(`${language}: the Insights panel names the lowest emotions as the report does (they may be above neutral)`, async () => {
      await setUiLanguage(language);
      expect(t('panels.lowPoints')).toBe(REPORT_LABELS[language].insights.groups.lowPoints);
    });

    it(`${language}: journey status and type are the library's words`, async () => {
      await setUiLanguage(language);
      const library = CATALOGUES[language]['library'] as Record<string, string>;
      expect(JOURNEY_STATUSES.map(journeyStatusName)).toEqual([
        library['statusDraft'],
        library['statusInReview'],
        library['statusFinal'],
      ]);
      expect(JOURNEY_TYPES.map(journeyTypeName)).toEqual([
        library['typeCurrentState'],
        library['typeFutureState'],
        library['typeBlueprint'],
      ]);
    });

    it(`${language}: every channel and friction type has its own name`, async () => {
      await setUiLanguage(language);
      const channels = DEFAULT_CHANNELS.map(channelName);
      const frictions = FRICTION_TYPES.map(frictionTypeName);
      expect(new Set(channels).size).toBe(DEFAULT_CHANNELS.length);
      expect(new Set(frictions).size).toBe(FRICTION_TYPES.length);
      for (const name of [...channels, ...frictions]) expect(name).not.toMatch(/^vocabulary\./);
      if (language !== 'en') {
        for (const name of [...channels, ...frictions]) expect(name).not.toMatch(/[A-Za-z]/);
      }
    });
  }

  it('English is the domain wording the data and the CSV files use', () => {
    for (const level of EMOTION_SCALE) expect(emotionName(level.score)).toBe(level.label);
    for (const s of PAIN_SEVERITIES) expect(severityName(s)).toBe(PAIN_SEVERITY_LABELS[s]);
    for (const s of JOURNEY_STATUSES) expect(journeyStatusName(s)).toBe(JOURNEY_STATUS_LABELS[s]);
    for (const t of JOURNEY_TYPES) expect(journeyTypeName(t)).toBe(JOURNEY_TYPE_LABELS[t]);
    for (const k of LANE_KINDS) expect(laneKindName(k)).toBe(LANE_KIND_LABELS[k]);
    for (const l of Object.keys(BLUEPRINT_LINE_LABELS) as BlueprintLineKind[]) {
      expect(blueprintLineName(l)).toBe(BLUEPRINT_LINE_LABELS[l]);
    }
  });

  it("names the loyalty questions and pillars in the seeds' words; English stays the data wording", async () => {
    expect(LOYALTY_QUESTIONS.map(loyaltyQuestionName)).toEqual([...LOYALTY_QUESTIONS]);
    expect(LOYALTY_PILLARS.map(loyaltyPillarName)).toEqual([...LOYALTY_PILLARS]);
    await setUiLanguage('hy');
    expect(loyaltyQuestionName('Why pay?')).toBe('Ինչու՞ վճարել');
    await setUiLanguage('te');
    expect(loyaltyPillarName('products and services')).toBe('ఉత్పత్తులు మరియు సేవలు');
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      expect(new Set(LOYALTY_QUESTIONS.map(loyaltyQuestionName)).size).toBe(LOYALTY_QUESTIONS.length);
      expect(new Set(LOYALTY_PILLARS.map(loyaltyPillarName)).size).toBe(LOYALTY_PILLARS.length);
    }
  });

  it('names a default channel in the language and keeps a typed channel as typed', async () => {
    await setUiLanguage('ta');
    expect(channelName('email')).toBe('மின்னஞ்சல்');
    expect(channelName('WhatsApp கடை')).toBe('WhatsApp கடை');
    await setUiLanguage('hy');
    expect(channelName('word of mouth')).toBe('Բերանից բերան');
    expect(frictionTypeName('hand-offs')).toBe('Փոխանցումներ');
    expect(emotionName(-2.6)).toBe('Զայրացած');
  });

  it('lists a journey’s channels once each, without the empty one, in the order of their shown names', async () => {
    const typed = 'Ագենտ';
    const list = ['website', '', 'email', typed, 'social media', 'email', 'chat'];
    expect(channelsByName(list)).toEqual(['chat', 'email', 'social media', 'website', typed]);
    for (const language of UI_LANGUAGES) {
      await setUiLanguage(language);
      const names = channelsByName(list).map(channelName);
      expect(names, language).toHaveLength(5);
      expect(names, language).toEqual([...names].sort(compareText(language)));
    }
  });

  it('gives the persona panel its challenge examples in the language; English keeps the example tags', async () => {
    const label = () => t('panels.challenges', { examples: PERSONA_CHALLENGES.map(challengeName).join(', ') });
    expect(label()).toBe('Challenges (e.g. time-scarce, money-tight)');
    await setUiLanguage('ta');
    expect(label()).toBe('சவால்கள் (எ.கா. நேரப் பற்றாக்குறை, பண நெருக்கடி)');
    await setUiLanguage('te');
    expect(label()).toBe('సవాళ్లు (ఉదా. సమయం కొరత, డబ్బు ఇబ్బంది)');
    await setUiLanguage('ml');
    expect(label()).not.toMatch(/[A-Za-z]{2,}/);
    await setUiLanguage('hy');
    expect(label()).toBe('Դժվարություններ (օր.՝ ժամանակի սղություն, դրամական նեղություն)');
  });
});
