import { Copy, Trash2 } from 'lucide-react';
import { newOpportunity, newPainPoint } from '../../domain/factories';
import { sortStages } from '../../domain/layout';
import { MATRIX_AXES, type MatrixAxis } from '../../domain/matrix';
import type { Connection, Journey, Note, Opportunity, PainPoint, Stage, Touchpoint } from '../../domain/model';
import {
  CONNECTION_KINDS,
  EVIDENCE_LEVELS,
  FRICTION_TYPES,
  JOURNEY_STATUSES,
  JOURNEY_TYPES,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  NOTE_COLOURS,
  OPPORTUNITY_STATUSES,
  STAGE_WIDTH_MAX,
  STAGE_WIDTH_MIN,
  type EvidenceLevel,
  type NoteColour,
  type PainSeverity,
} from '../../domain/vocabulary';
import { useTranslation } from '../../i18n';
import {
  connectionKindName,
  evidenceHint,
  evidenceName,
  frictionTypeName,
  journeyStatusName,
  journeyTypeName,
  loyaltyPillarName,
  loyaltyQuestionName,
  opportunityStatusName,
  severityName,
} from '../../i18n/vocabulary';
import { updateConnection, updateJourney, updateNote, updateStage, updateTouchpoint } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import type { HistoryEntry } from '../../session/history';
import { useEditorActions } from '../actions-context';
import {
  ChannelInput,
  ChipSet,
  EmotionPicker,
  Field,
  ListEditor,
  NumberField,
  RowInput,
  RowText,
  SelectField,
  TagsField,
  SwatchPicker,
  TextField,
  Toggle,
} from './fields';
import { MetricsFields } from './MetricsFields';
import { moveToStage } from './move-to-stage';
import { oneLineTitle } from '../canvas/nodes/title-commit';
import { LinkedJourneyField } from '../links/LinkedJourneyField';

/** Runs an edit; returns the history's last step then (the one made, or the one it merged into). */
type Run = (
  label: string,
  coalesce: string | null,
  make: () => ReturnType<typeof updateTouchpoint>,
  finishes?: HistoryEntry,
) => HistoryEntry | undefined;

function useRun(): Run {
  const store = useEditorStore();
  return (label, coalesce, make, finishes) => {
    store.getState().run(label, make(), { ...(coalesce ? { coalesceKey: coalesce } : {}), finishes });
    return store.getState().history.past.at(-1);
  };
}

/** The opportunity score axes, named as the report's matrix names them. */
const AXIS_KEYS: Record<MatrixAxis, string> = {
  customerValue: 'inspector.axis.customerValue',
  businessValue: 'inspector.axis.businessValue',
  effort: 'inspector.axis.effort',
  confidence: 'inspector.axis.confidence',
};

const NOTE_COLOUR_KEYS: Record<NoteColour, string> = {
  yellow: 'inspector.noteColour.yellow',
  pink: 'inspector.noteColour.pink',
  blue: 'inspector.noteColour.blue',
  green: 'inspector.noteColour.green',
  purple: 'inspector.noteColour.purple',
};

function useEvidenceOptions(): { value: EvidenceLevel | ''; label: string }[] {
  const { t } = useTranslation();
  return [
    { value: '', label: t('inspector.evidenceNotSaid') },
    ...EVIDENCE_LEVELS.map((v) => ({ value: v, label: evidenceName(v) })),
  ];
}

/** How well something is backed: none said, assumption, anecdote, research or data. */
function EvidenceSelect(props: {
  label: string;
  value: EvidenceLevel | null;
  onChange: (v: EvidenceLevel | null) => void;
}) {
  const { t } = useTranslation();
  const options = useEvidenceOptions();
  return (
    <select
      className="input evidence-select"
      aria-label={props.label}
      title={
        props.value
          ? t('inspector.evidenceTitle', { level: evidenceName(props.value), hint: evidenceHint(props.value) })
          : t('inspector.noEvidence')
      }
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value ? (e.target.value as EvidenceLevel) : null)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

function Section(props: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details className="inspector-section" open={props.open ?? true}>
      <summary>{props.title}</summary>
      <div className="inspector-section-body">{props.children}</div>
    </details>
  );
}

function TouchpointInspector({ t }: { t: Touchpoint }) {
  // `t` is the touchpoint here; `tr` translates.
  const { t: tr } = useTranslation();
  const evidenceOptions = useEvidenceOptions();
  const store = useEditorStore();
  const actions = useEditorActions();
  const run = useRun();
  const stages = useEditor((s) => s.doc.stages);
  const personas = useEditor((s) => s.doc.personas);
  const set = <K extends keyof Touchpoint>(field: K, value: Touchpoint[K], coalesce = true, finishes?: HistoryEntry) =>
    run(
      `Edit ${String(field)}`,
      coalesce ? `${t.id}:${String(field)}` : null,
      () => updateTouchpoint(store.getState().doc, t.id, { [field]: value }),
      finishes,
    );
  return (
    <>
      <Section title={tr('inspector.touchpoint')}>
        {/* One line, as the card shows it: a title saved with line breaks is not shown with its words glued together. */}
        <TextField label={tr('inspector.title')} value={oneLineTitle(t.title)} onChange={(v) => set('title', v)} />
        <SelectField
          label={tr('inspector.stage')}
          value={t.stageId as string}
          options={sortStages(Object.values(stages)).map((s) => ({ value: s.id as string, label: s.name }))}
          onChange={(v) => {
            run('Edit stageId', null, () => moveToStage(store.getState().doc, t.id, v as Touchpoint['stageId']));
            // The card went to its new column, which may be off screen: the map follows it (only when it left the view).
            actions.reveal(t.id);
          }}
        />
        <Field label={tr('inspector.channel')} hint={tr('inspector.channelHint')}>
          {(id) => <ChannelInput id={id} channel={t.channel} onChange={(channel) => set('channel', channel)} />}
        </Field>
        <TextField label={tr('inspector.actor')} value={t.owner} onChange={(v) => set('owner', v)} />
        <SelectField<EvidenceLevel | ''>
          label={tr('inspector.evidence')}
          value={t.evidence ?? ''}
          options={evidenceOptions}
          onChange={(v) => set('evidence', v || null, false)}
        />
        <TextField
          label={tr('inspector.description')}
          value={t.description}
          onChange={(v) => set('description', v)}
          multiline
        />
      </Section>
      <Section title={tr('inspector.subJourney')} open={t.linkedJourneyId !== null}>
        <LinkedJourneyField
          kind="touchpoint"
          itemName={t.title}
          linkedJourneyId={t.linkedJourneyId}
          onChange={(v) => set('linkedJourneyId', v, false)}
        />
      </Section>
      <Section title={tr('inspector.customer')}>
        <EmotionPicker label={tr('inspector.emotion')} value={t.emotion} onChange={(v) => set('emotion', v, false)} />
        <TextField
          label={tr('inspector.emotionLabel')}
          value={t.emotionLabel}
          onChange={(v) => set('emotionLabel', v)}
          placeholder={tr('inspector.emotionLabelPlaceholder')}
        />
        {Object.values(personas).map((p) => (
          <EmotionPicker
            key={p.id}
            label={tr('inspector.emotionFor', { name: p.name })}
            value={t.personaEmotions[p.id] ?? null}
            onChange={(v) => {
              const next = { ...t.personaEmotions };
              if (v === null) delete next[p.id];
              else next[p.id] = v;
              set('personaEmotions', next, false);
            }}
          />
        ))}
        <TextField label={tr('inspector.thoughts')} value={t.thoughts} onChange={(v) => set('thoughts', v)} multiline />
        <ListEditor
          label={tr('inspector.quotes')}
          itemName={tr('inspector.itemQuote')}
          addLabel={tr('inspector.addQuote')}
          items={t.quotes}
          create={() => ''}
          onChange={(v, structural, finishes) => set('quotes', v, !structural, finishes)}
          render={(q, update, i) => (
            <RowText label={tr('inspector.quoteN', { n: i + 1 })} value={q} onChange={update} />
          )}
        />
        <Toggle
          label={tr('inspector.momentOfTruth')}
          hint={tr('inspector.momentOfTruthHint')}
          checked={t.momentOfTruth}
          onChange={(v) => set('momentOfTruth', v, false)}
        />
        <Toggle
          label={tr('inspector.delight')}
          hint={tr('inspector.delightHint')}
          checked={t.delight}
          onChange={(v) => set('delight', v, false)}
        />
      </Section>
      <Section title={tr('inspector.painAndFriction')}>
        <ListEditor<PainPoint>
          label={tr('inspector.painPoints')}
          itemName={tr('inspector.itemPainPoint')}
          addLabel={tr('inspector.addPainPoint')}
          items={t.painPoints}
          create={() => newPainPoint()}
          onChange={(v, structural, finishes) => set('painPoints', v, !structural, finishes)}
          render={(p, update, i) => (
            <div className="pain-row">
              <RowText
                label={tr('inspector.painPointN', { n: i + 1 })}
                value={p.text}
                onChange={(text) => update({ ...p, text })}
              />
              <select
                className="input"
                aria-label={tr('inspector.severityOf', { n: i + 1 })}
                value={p.severity}
                onChange={(e) => update({ ...p, severity: Number(e.target.value) as PainSeverity }, false)}
              >
                {([1, 2, 3] as const).map((s) => (
                  <option key={s} value={s}>
                    {tr('inspector.severityOption', { n: s, name: severityName(s) })}
                  </option>
                ))}
              </select>
              <EvidenceSelect
                label={tr('inspector.evidenceOf', { n: i + 1 })}
                value={p.evidence}
                onChange={(evidence) => update({ ...p, evidence }, false)}
              />
            </div>
          )}
        />
        <NumberField
          label={tr('inspector.friction')}
          value={t.friction.score}
          min={0}
          max={5}
          integer
          onChange={(v) => set('friction', { ...t.friction, score: v ?? 0 })}
        />
        <ChipSet
          label={tr('inspector.frictionTypes')}
          options={FRICTION_TYPES}
          optionLabel={frictionTypeName}
          value={t.friction.types}
          onChange={(types) => set('friction', { ...t.friction, types }, false)}
        />
      </Section>
      <Section title={tr('inspector.opportunities')}>
        <ListEditor<Opportunity>
          label={tr('inspector.opportunities')}
          itemName={tr('inspector.itemOpportunity')}
          addLabel={tr('inspector.addOpportunity')}
          items={t.opportunities}
          create={() => newOpportunity()}
          onChange={(v, structural, finishes) => set('opportunities', v, !structural, finishes)}
          render={(o, update, i) => (
            <div className="opp-row">
              <RowText
                label={tr('inspector.opportunityN', { n: i + 1 })}
                value={o.text}
                onChange={(text) => update({ ...o, text })}
              />
              <select
                className="input"
                aria-label={tr('inspector.statusOf', { n: i + 1 })}
                value={o.status}
                onChange={(e) => update({ ...o, status: e.target.value as Opportunity['status'] }, false)}
              >
                {OPPORTUNITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {opportunityStatusName(s)}
                  </option>
                ))}
              </select>
              <RowInput
                label={tr('inspector.ownerOf', { n: i + 1 })}
                placeholder={tr('inspector.owner')}
                value={o.owner}
                onChange={(owner) => update({ ...o, owner })}
              />
              <div className="opp-scores" role="group" aria-label={tr('inspector.scoresOf', { n: i + 1 })}>
                {MATRIX_AXES.map((axis) => (
                  <label key={axis} className="opp-score">
                    <span>{tr(AXIS_KEYS[axis])}</span>
                    <select
                      className="input"
                      aria-label={tr('inspector.axisOf', { axis: tr(AXIS_KEYS[axis]), n: i + 1 })}
                      value={o.scores[axis] ?? ''}
                      onChange={(e) =>
                        update(
                          { ...o, scores: { ...o.scores, [axis]: e.target.value ? Number(e.target.value) : null } },
                          false,
                        )
                      }
                    >
                      <option value="">–</option>
                      {[1, 2, 3, 4, 5].map((v) => (
                        <option key={v} value={v}>
                          {v}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            </div>
          )}
        />
      </Section>
      <Section title={tr('inspector.metrics')} open={false}>
        <MetricsFields metrics={t.metrics} onChange={(metrics, coalesce) => set('metrics', metrics, coalesce)} />
      </Section>
      <Section title={tr('inspector.loyaltyLens')} open={false}>
        <ChipSet
          label={tr('inspector.loyaltyQuestions')}
          options={LOYALTY_QUESTIONS}
          optionLabel={loyaltyQuestionName}
          value={t.loyaltyQuestions}
          onChange={(v) => set('loyaltyQuestions', v, false)}
        />
        <ChipSet
          label={tr('inspector.pillars')}
          options={LOYALTY_PILLARS}
          optionLabel={loyaltyPillarName}
          value={t.pillars}
          onChange={(v) => set('pillars', v, false)}
        />
        <TagsField label={tr('inspector.tags')} value={t.tags} onChange={(v) => set('tags', v, false)} />
      </Section>
    </>
  );
}

function ConnectionInspector({ c }: { c: Connection }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const run = useRun();
  const source = useEditor((s) => s.doc.touchpoints[c.source]?.title);
  const target = useEditor((s) => s.doc.touchpoints[c.target]?.title);
  const set = <K extends keyof Connection>(field: K, value: Connection[K], coalesce = true) =>
    run(`Edit connection`, coalesce ? `${c.id}:${String(field)}` : null, () =>
      updateConnection(store.getState().doc, c.id, { [field]: value }),
    );
  return (
    <Section title={t('inspector.connection')}>
      <p className="muted">
        {t('inspector.connectionEnds', {
          source: source || t('inspector.untitled'),
          target: target || t('inspector.untitled'),
        })}
      </p>
      <SelectField
        label={t('inspector.kind')}
        value={c.kind}
        options={CONNECTION_KINDS.map((k) => ({ value: k, label: connectionKindName(k) }))}
        onChange={(v) => set('kind', v, false)}
      />
      <Field label={t('inspector.label')}>
        {(id) => (
          <RowText
            id={id}
            label={t('inspector.label')}
            value={c.label}
            maxLength={1000}
            oneLine
            onChange={(v) => set('label', v)}
          />
        )}
      </Field>
      <NumberField label={t('inspector.share')} value={c.share} min={0} max={100} onChange={(v) => set('share', v)} />
    </Section>
  );
}

function StageInspector({ s }: { s: Stage }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Stage>(field: K, value: Stage[K], coalesce = true) =>
    run('Edit stage', coalesce ? `${s.id}:${String(field)}` : null, () =>
      updateStage(store.getState().doc, s.id, { [field]: value }),
    );
  return (
    <>
      <Section title={t('inspector.stage')}>
        <TextField label={t('inspector.name')} value={s.name} onChange={(v) => set('name', v)} />
        <TextField
          label={t('inspector.customerGoal')}
          value={s.customerGoal}
          onChange={(v) => set('customerGoal', v)}
          multiline
        />
        <TextField
          label={t('inspector.description')}
          value={s.description}
          onChange={(v) => set('description', v)}
          multiline
        />
        <SwatchPicker
          label={t('inspector.colour')}
          value={s.colour}
          onChange={(colour) => set('colour', colour, false)}
        />
        <NumberField
          label={t('inspector.width')}
          value={s.width}
          min={STAGE_WIDTH_MIN}
          max={STAGE_WIDTH_MAX}
          integer
          onChange={(v) => v !== null && set('width', v)}
        />
      </Section>
      <Section title={t('inspector.subJourney')}>
        <LinkedJourneyField
          kind="stage"
          itemName={s.name}
          linkedJourneyId={s.linkedJourneyId}
          onChange={(v) => set('linkedJourneyId', v, false)}
        />
      </Section>
    </>
  );
}

function NoteInspector({ n }: { n: Note }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Note>(field: K, value: Note[K], coalesce = true) =>
    run('Edit note', coalesce ? `${n.id}:${String(field)}` : null, () =>
      updateNote(store.getState().doc, n.id, { [field]: value }),
    );
  return (
    <Section title={t('inspector.note')}>
      <TextField label={t('inspector.text')} value={n.text} onChange={(v) => set('text', v)} multiline />
      <SelectField
        label={t('inspector.colour')}
        value={n.colour}
        options={NOTE_COLOURS.map((c) => ({ value: c, label: t(NOTE_COLOUR_KEYS[c]) }))}
        onChange={(v) => set('colour', v, false)}
      />
    </Section>
  );
}

function JourneyInspector({ j }: { j: Journey }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Journey>(field: K, value: Journey[K], coalesce = true) =>
    run('Edit journey', coalesce ? `journey:${String(field)}` : null, () =>
      updateJourney(store.getState().doc, { [field]: value }),
    );
  return (
    <Section title={t('inspector.journey')}>
      <TextField label={t('inspector.title')} value={j.title} onChange={(v) => set('title', v)} />
      <TextField label={t('inspector.client')} value={j.client} onChange={(v) => set('client', v)} />
      <TextField label={t('inspector.author')} value={j.author} onChange={(v) => set('author', v)} />
      <TextField label={t('inspector.owner')} value={j.owner} onChange={(v) => set('owner', v)} />
      <SelectField
        label={t('inspector.status')}
        value={j.status}
        options={JOURNEY_STATUSES.map((v) => ({ value: v, label: journeyStatusName(v) }))}
        onChange={(v) => set('status', v, false)}
      />
      <SelectField
        label={t('inspector.type')}
        value={j.type}
        options={JOURNEY_TYPES.map((v) => ({ value: v, label: journeyTypeName(v) }))}
        onChange={(v) => set('type', v, false)}
      />
      <TextField
        label={t('inspector.description')}
        value={j.description}
        onChange={(v) => set('description', v)}
        multiline
      />
      <TagsField label={t('inspector.tags')} value={j.tags} onChange={(v) => set('tags', v, false)} />
    </Section>
  );
}

export function Inspector() {
  const selection = useEditor((s) => s.selection);
  const single = selection.size === 1 ? [...selection][0]! : null;
  const touchpoint = useEditor((s) => (single ? s.doc.touchpoints[single] : undefined));
  const connection = useEditor((s) => (single ? s.doc.connections[single] : undefined));
  const stage = useEditor((s) => (single ? s.doc.stages[single] : undefined));
  const note = useEditor((s) => (single ? s.doc.notes[single] : undefined));
  const journey = useEditor((s) => s.doc.journey);
  const actions = useEditorActions();
  const { t } = useTranslation();

  if (selection.size > 1) {
    return (
      <div className="inspector">
        <p className="inspector-empty">{t('inspector.selected', { count: selection.size })}</p>
        <div className="inspector-actions">
          <button type="button" className="btn" onClick={() => actions.duplicateSelection()}>
            <Copy size={14} aria-hidden /> {t('inspector.duplicate')}
          </button>
          <button type="button" className="btn" onClick={() => void actions.deleteSelection()}>
            <Trash2 size={14} aria-hidden /> {t('inspector.delete')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="inspector" key={single ?? 'journey'}>
      {touchpoint ? (
        <TouchpointInspector t={touchpoint} />
      ) : connection ? (
        <ConnectionInspector c={connection} />
      ) : stage ? (
        <StageInspector s={stage} />
      ) : note ? (
        <NoteInspector n={note} />
      ) : (
        <JourneyInspector j={journey} />
      )}
    </div>
  );
}
