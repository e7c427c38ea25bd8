import { CircleAlert, CircleCheck, CircleDashed, Crosshair } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { loyaltyLens, mainPath, type LensEntry, type OpportunityRef } from '../domain/insights';
import type { OpportunityId, TouchpointId } from '../domain/ids';
import type { Opportunity } from '../domain/model';
import { LOYALTY_PILLARS, LOYALTY_QUESTIONS } from '../domain/vocabulary';
import { useEditorActions } from '../editor/actions-context';
import { ChipSet } from '../editor/inspector/fields';
import { updateTouchpoint } from '../session/edits';
import { journeyDocumentOf, useEditor, useEditorStore } from '../session/react';
import { answeredCount, loyaltyTagName, pillarLine, questionLine, type LensLine } from './lens-display';
import { touchpointCount } from './rollup-display';
import { opportunityStatusName } from './words';
import { useTranslation } from '../i18n';
import './insights-ui.css';
import { textHead } from '../ui/text-head';

const STATUS_ICONS = {
  answered: <CircleCheck size={14} aria-hidden />,
  planned: <CircleDashed size={14} aria-hidden />,
  unanswered: <CircleAlert size={14} aria-hidden />,
} as const;

/** The opportunity mark of the map (a diamond), before an opportunity's text. */
const OPPORTUNITY_MARK = '◇';
const QUESTION: LensKind = 'question';
const PILLAR: LensKind = 'pillar';
type LensKind = 'question' | 'pillar';

function TouchpointLink({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className="insight-item lens-link"
      data-insight-target={id}
      title={t('insights.selectOnMap')}
      onClick={() => actions.selectOnly(id)}
    >
      {title || t('insights.untitledTouchpoint')}
    </button>
  );
}

function OpportunityLine({ o, touchpointTitle }: { o: OpportunityRef; touchpointTitle: string }) {
  const { t } = useTranslation();
  const actions = useEditorActions();
  return (
    <button
      type="button"
      className={`insight-item lens-link lens-opportunity${o.status === 'dropped' ? ' is-dropped' : ''}`}
      data-insight-target={o.touchpointId}
      title={t('insights.selectItsTouchpoint')}
      onClick={() => actions.selectOnly(o.touchpointId)}
    >
      <span className="lens-opp-mark" aria-hidden>
        {OPPORTUNITY_MARK}
      </span>{' '}
      <bdi>{textHead(o.text) || t('insights.untitledOpportunity')}</bdi>
      <span className="insight-detail">
        {t('insights.lens.opportunityAt', {
          status: opportunityStatusName(o.status),
          touchpoint: touchpointTitle || t('insights.untitledTouchpoint'),
        })}
      </span>
    </button>
  );
}

function LensCard<K extends string>(props: {
  entry: LensEntry<K>;
  line: LensLine;
  titles: ReadonlyMap<string, string>;
  kind: 'question' | 'pillar';
}) {
  const { entry, line } = props;
  const headingId = `lens-${props.kind}-${entry.key.replace(/[^a-z]+/gi, '-')}`;
  return (
    <li className={`lens-card is-${line.status}`} aria-labelledby={headingId} data-lens-key={entry.key}>
      <div className="lens-card-head">
        <h4 id={headingId} className={props.kind === 'pillar' ? 'lens-pillar-name' : undefined}>
          {loyaltyTagName(entry.key)}
        </h4>
        <span className={`lens-badge is-${line.status}`}>
          {STATUS_ICONS[line.status]}
          {line.status === 'answered' ? touchpointCount(entry.touchpoints.length) : line.badge}
        </span>
      </div>
      {line.status !== 'answered' && (
        <p className={`lens-flag is-${line.status}`} role="note">
          {line.sentence}
        </p>
      )}
      {(entry.touchpoints.length > 0 || entry.opportunities.length > 0) && (
        <ul className="insight-list">
          {entry.touchpoints.map((t) => (
            <li key={t.touchpointId}>
              <TouchpointLink id={t.touchpointId} title={t.title} />
            </li>
          ))}
          {entry.opportunities.map((o) => (
            <li key={o.opportunityId}>
              <OpportunityLine o={o} touchpointTitle={props.titles.get(o.touchpointId) ?? ''} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Tag one opportunity with loyalty questions and pillars (undoable, like every edit). */
function OpportunityTagger(props: { touchpointId: TouchpointId; opportunity: Opportunity; touchpointTitle: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const actions = useEditorActions();
  const o = props.opportunity;
  const set = (patch: Partial<Pick<Opportunity, 'loyaltyQuestions' | 'pillars'>>) => {
    const s = store.getState();
    const tp = s.doc.touchpoints[props.touchpointId];
    if (!tp) return;
    const opportunities = tp.opportunities.map((x) => (x.id === o.id ? { ...x, ...patch } : x));
    s.run(t('insights.lens.tagUndo'), updateTouchpoint(s.doc, tp.id, { opportunities }));
  };
  const tags = [...o.loyaltyQuestions, ...o.pillars];
  const name = textHead(o.text) || t('insights.untitledOpportunity');
  const touchpointTitle = props.touchpointTitle || t('insights.untitledTouchpoint');
  return (
    <li className="lens-tagger">
      <details>
        <summary>
          <span className="lens-tagger-text">{name}</span>
          <span className="insight-detail">
            {t('insights.lens.taggerDetail', {
              touchpoint: touchpointTitle,
              tags: tags.length ? tags.map(loyaltyTagName).join(', ') : t('insights.lens.noTags'),
            })}
          </span>
        </summary>
        <div className="lens-tagger-body">
          <button
            type="button"
            className="btn btn-ghost btn-small lens-show"
            title={t('insights.lens.selectNamed', { touchpoint: touchpointTitle })}
            onClick={() => actions.selectOnly(props.touchpointId)}
          >
            <Crosshair size={14} aria-hidden /> {t('insights.lens.showTouchpoint')}
          </button>
          <ChipSet
            label={t('insights.lens.answersQuestions')}
            options={LOYALTY_QUESTIONS}
            value={o.loyaltyQuestions}
            onChange={(v) => set({ loyaltyQuestions: v })}
            optionLabel={loyaltyTagName}
          />
          <ChipSet
            label={t('insights.lens.pillars')}
            options={LOYALTY_PILLARS}
            value={o.pillars}
            onChange={(v) => set({ pillars: v })}
            optionLabel={loyaltyTagName}
          />
        </div>
      </details>
    </li>
  );
}

/**
 * The loyalty lens: for each of the six questions and five pillars, the
 * touchpoints and opportunities that answer it; unanswered ones flagged.
 */
export function LoyaltyLensPanel() {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const deferred = useDeferredValue(doc);
  const { lens, titles, opportunities } = useMemo(() => {
    const document = journeyDocumentOf(deferred);
    const path = mainPath(document);
    return {
      lens: loyaltyLens(document, path),
      titles: new Map<string, string>(path.map((t) => [t.id, t.title])),
      opportunities: path.flatMap((t) => t.opportunities.map((o) => ({ touchpoint: t, opportunity: o }))),
    };
  }, [deferred]);

  // Before anything is tagged, every question is unanswered: said plainly, not as eleven alarms.
  const untagged = [...lens.questions, ...lens.pillars].every(
    (e) => e.touchpoints.length === 0 && e.opportunities.length === 0,
  );
  return (
    <div className={`lens-panel${untagged ? ' is-untagged' : ''}`}>
      <p className="lens-summary">
        <strong>{t('insights.lens.questionsLabel')}</strong> {answeredCount(lens.questions)} ·{' '}
        <strong>{t('insights.lens.pillarsLabel')}</strong> {answeredCount(lens.pillars)}
      </p>
      <p className="metrics-footnote">{t('insights.lens.howTo')}</p>
      <section aria-labelledby="lens-questions">
        <h3 id="lens-questions">{t('insights.lens.questions')}</h3>
        <ul className="lens-cards">
          {lens.questions.map((q) => (
            <LensCard key={q.key} entry={q} line={questionLine(q)} titles={titles} kind={QUESTION} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="lens-pillars">
        <h3 id="lens-pillars">{t('insights.lens.pillars')}</h3>
        <ul className="lens-cards">
          {lens.pillars.map((p) => (
            <LensCard key={p.key} entry={p} line={pillarLine(p)} titles={titles} kind={PILLAR} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="lens-opportunities">
        <h3 id="lens-opportunities">{t('insights.lens.tagOpportunities')}</h3>
        {opportunities.length === 0 ? (
          <p className="muted">{t('insights.lens.noOpportunities')}</p>
        ) : (
          <ul className="lens-taggers">
            {opportunities.map(({ touchpoint, opportunity }) => (
              <OpportunityTagger
                key={opportunity.id as OpportunityId}
                touchpointId={touchpoint.id}
                opportunity={opportunity}
                touchpointTitle={touchpoint.title}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
