import { Copy, Trash2 } from 'lucide-react';
import { newOpportunity, newPainPoint } from '../../domain/factories';
import { MATRIX_AXES, MATRIX_AXIS_LABELS } from '../../domain/matrix';
import type { Connection, Journey, Note, Opportunity, PainPoint, Stage, Touchpoint } from '../../domain/model';
import {
  CONNECTION_KINDS,
  DEFAULT_CHANNELS,
  EVIDENCE_LEVELS,
  EVIDENCE_HINTS,
  EVIDENCE_LABELS,
  FRICTION_TYPES,
  JOURNEY_STATUSES,
  JOURNEY_STATUS_LABELS,
  JOURNEY_TYPES,
  JOURNEY_TYPE_LABELS,
  LOYALTY_PILLARS,
  LOYALTY_QUESTIONS,
  NOTE_COLOURS,
  OPPORTUNITY_STATUSES,
  PAIN_SEVERITY_LABELS,
  type EvidenceLevel,
  type PainSeverity,
} from '../../domain/vocabulary';
import { updateConnection, updateJourney, updateNote, updateStage, updateTouchpoint } from '../../session/edits';
import { useEditor, useEditorStore } from '../../session/react';
import { useEditorActions } from '../actions-context';
import {
  ChipSet,
  EmotionPicker,
  Field,
  ListEditor,
  NumberField,
  RowInput,
  SelectField,
  TagsField,
  SwatchPicker,
  TextField,
  Toggle,
} from './fields';
import { MetricsFields } from './MetricsFields';
import { LinkedJourneyField } from '../links/LinkedJourneyField';

type Run = (label: string, coalesce: string | null, make: () => ReturnType<typeof updateTouchpoint>) => void;

function useRun(): Run {
  const store = useEditorStore();
  return (label, coalesce, make) => store.getState().run(label, make(), coalesce ? { coalesceKey: coalesce } : {});
}

const EVIDENCE_OPTIONS = [
  { value: '', label: 'Not said' },
  ...EVIDENCE_LEVELS.map((v) => ({ value: v, label: EVIDENCE_LABELS[v] })),
] as const;

/** How well something is backed: none said, assumption, anecdote, research or data. */
function EvidenceSelect(props: {
  label: string;
  value: EvidenceLevel | null;
  onChange: (v: EvidenceLevel | null) => void;
}) {
  return (
    <select
      className="input evidence-select"
      aria-label={props.label}
      title={props.value ? `${EVIDENCE_LABELS[props.value]}: ${EVIDENCE_HINTS[props.value]}` : 'No evidence level'}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value ? (e.target.value as EvidenceLevel) : null)}
    >
      {EVIDENCE_OPTIONS.map((o) => (
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
  const store = useEditorStore();
  const run = useRun();
  const stages = useEditor((s) => s.doc.stages);
  const personas = useEditor((s) => s.doc.personas);
  const set = <K extends keyof Touchpoint>(field: K, value: Touchpoint[K], coalesce = true) =>
    run(`Edit ${String(field)}`, coalesce ? `${t.id}:${String(field)}` : null, () =>
      updateTouchpoint(store.getState().doc, t.id, { [field]: value }),
    );
  const channelOptions = [...new Set([...DEFAULT_CHANNELS, t.channel].filter(Boolean))];
  return (
    <>
      <Section title="Touchpoint">
        <TextField label="Title" value={t.title} onChange={(v) => set('title', v)} />
        <SelectField
          label="Stage"
          value={t.stageId as string}
          options={Object.values(stages).map((s) => ({ value: s.id as string, label: s.name }))}
          onChange={(v) => set('stageId', v as Touchpoint['stageId'], false)}
        />
        <Field label="Channel" hint="Pick one or type your own">
          {(id) => (
            <>
              <input
                id={id}
                className="input"
                list={`${id}-channels`}
                data-history-field
                value={t.channel}
                onChange={(e) => set('channel', e.target.value)}
              />
              <datalist id={`${id}-channels`}>
                {channelOptions.map((c) => (
                  <option key={c} value={c} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <TextField label="Owner (actor)" value={t.owner} onChange={(v) => set('owner', v)} />
        <SelectField<EvidenceLevel | ''>
          label="Evidence"
          value={t.evidence ?? ''}
          options={EVIDENCE_OPTIONS}
          onChange={(v) => set('evidence', v || null, false)}
        />
        <TextField label="Description" value={t.description} onChange={(v) => set('description', v)} multiline />
      </Section>
      <Section title="Sub-journey" open={t.linkedJourneyId !== null}>
        <LinkedJourneyField
          kind="touchpoint"
          itemName={t.title}
          linkedJourneyId={t.linkedJourneyId}
          onChange={(v) => set('linkedJourneyId', v, false)}
        />
      </Section>
      <Section title="Customer">
        <EmotionPicker label="Emotion" value={t.emotion} onChange={(v) => set('emotion', v, false)} />
        <TextField
          label="Emotion label"
          value={t.emotionLabel}
          onChange={(v) => set('emotionLabel', v)}
          placeholder="e.g. relieved"
        />
        {Object.values(personas).map((p) => (
          <EmotionPicker
            key={p.id}
            label={`Emotion for ${p.name}`}
            value={t.personaEmotions[p.id] ?? null}
            onChange={(v) => {
              const next = { ...t.personaEmotions };
              if (v === null) delete next[p.id];
              else next[p.id] = v;
              set('personaEmotions', next, false);
            }}
          />
        ))}
        <TextField label="Thoughts" value={t.thoughts} onChange={(v) => set('thoughts', v)} multiline />
        <ListEditor
          label="Quotes"
          itemName="quote"
          addLabel="Add quote"
          items={t.quotes}
          create={() => ''}
          onChange={(v, structural) => set('quotes', v, !structural)}
          render={(q, update, i) => <RowInput label={`Quote ${i + 1}`} value={q} onChange={update} />}
        />
        <Toggle
          label="Moment of truth"
          hint="Decides whether the customer stays"
          checked={t.momentOfTruth}
          onChange={(v) => set('momentOfTruth', v, false)}
        />
        <Toggle
          label="Delight"
          hint="A positive surprise, beyond what was expected"
          checked={t.delight}
          onChange={(v) => set('delight', v, false)}
        />
      </Section>
      <Section title="Pain and friction">
        <ListEditor<PainPoint>
          label="Pain points"
          itemName="pain point"
          addLabel="Add pain point"
          items={t.painPoints}
          create={() => newPainPoint()}
          onChange={(v, structural) => set('painPoints', v, !structural)}
          render={(p, update, i) => (
            <div className="pain-row">
              <RowInput label={`Pain point ${i + 1}`} value={p.text} onChange={(text) => update({ ...p, text })} />
              <select
                className="input"
                aria-label={`Severity of pain point ${i + 1}`}
                value={p.severity}
                onChange={(e) => update({ ...p, severity: Number(e.target.value) as PainSeverity }, false)}
              >
                {([1, 2, 3] as const).map((s) => (
                  <option key={s} value={s}>
                    {s} · {PAIN_SEVERITY_LABELS[s]}
                  </option>
                ))}
              </select>
              <EvidenceSelect
                label={`Evidence of pain point ${i + 1}`}
                value={p.evidence}
                onChange={(evidence) => update({ ...p, evidence }, false)}
              />
            </div>
          )}
        />
        <NumberField
          label="Friction (0–5)"
          value={t.friction.score}
          min={0}
          max={5}
          integer
          onChange={(v) => set('friction', { ...t.friction, score: v ?? 0 })}
        />
        <ChipSet
          label="Friction types"
          options={FRICTION_TYPES}
          value={t.friction.types}
          onChange={(types) => set('friction', { ...t.friction, types }, false)}
        />
      </Section>
      <Section title="Opportunities">
        <ListEditor<Opportunity>
          label="Opportunities"
          itemName="opportunity"
          addLabel="Add opportunity"
          items={t.opportunities}
          create={() => newOpportunity()}
          onChange={(v, structural) => set('opportunities', v, !structural)}
          render={(o, update, i) => (
            <div className="opp-row">
              <RowInput label={`Opportunity ${i + 1}`} value={o.text} onChange={(text) => update({ ...o, text })} />
              <select
                className="input"
                aria-label={`Status of opportunity ${i + 1}`}
                value={o.status}
                onChange={(e) => update({ ...o, status: e.target.value as Opportunity['status'] }, false)}
              >
                {OPPORTUNITY_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
              <RowInput
                label={`Owner of opportunity ${i + 1}`}
                placeholder="Owner"
                value={o.owner}
                onChange={(owner) => update({ ...o, owner })}
              />
              <div className="opp-scores" role="group" aria-label={`Scores of opportunity ${i + 1} (1–5)`}>
                {MATRIX_AXES.map((axis) => (
                  <label key={axis} className="opp-score">
                    <span>{MATRIX_AXIS_LABELS[axis]}</span>
                    <select
                      className="input"
                      aria-label={`${MATRIX_AXIS_LABELS[axis]} of opportunity ${i + 1}`}
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
      <Section title="Metrics" open={false}>
        <MetricsFields metrics={t.metrics} onChange={(metrics, coalesce) => set('metrics', metrics, coalesce)} />
      </Section>
      <Section title="Loyalty lens" open={false}>
        <ChipSet
          label="Answers the loyalty questions"
          options={LOYALTY_QUESTIONS}
          value={t.loyaltyQuestions}
          onChange={(v) => set('loyaltyQuestions', v, false)}
        />
        <ChipSet
          label="Loyalty 3.0 pillars"
          options={LOYALTY_PILLARS}
          value={t.pillars}
          onChange={(v) => set('pillars', v, false)}
        />
        <TagsField label="Tags" value={t.tags} onChange={(v) => set('tags', v, false)} />
      </Section>
    </>
  );
}

function ConnectionInspector({ c }: { c: Connection }) {
  const store = useEditorStore();
  const run = useRun();
  const source = useEditor((s) => s.doc.touchpoints[c.source]?.title);
  const target = useEditor((s) => s.doc.touchpoints[c.target]?.title);
  const set = <K extends keyof Connection>(field: K, value: Connection[K], coalesce = true) =>
    run(`Edit connection`, coalesce ? `${c.id}:${String(field)}` : null, () =>
      updateConnection(store.getState().doc, c.id, { [field]: value }),
    );
  return (
    <Section title="Connection">
      <p className="muted">
        {source || 'Untitled'} → {target || 'Untitled'}
      </p>
      <SelectField
        label="Kind"
        value={c.kind}
        options={CONNECTION_KINDS.map((k) => ({ value: k, label: k }))}
        onChange={(v) => set('kind', v, false)}
      />
      <TextField label="Label" value={c.label} onChange={(v) => set('label', v)} />
      <NumberField label="Share of customers (%)" value={c.share} min={0} max={100} onChange={(v) => set('share', v)} />
    </Section>
  );
}

function StageInspector({ s }: { s: Stage }) {
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Stage>(field: K, value: Stage[K], coalesce = true) =>
    run('Edit stage', coalesce ? `${s.id}:${String(field)}` : null, () =>
      updateStage(store.getState().doc, s.id, { [field]: value }),
    );
  return (
    <>
      <Section title="Stage">
        <TextField label="Name" value={s.name} onChange={(v) => set('name', v)} />
        <TextField label="Customer goal" value={s.customerGoal} onChange={(v) => set('customerGoal', v)} multiline />
        <TextField label="Description" value={s.description} onChange={(v) => set('description', v)} multiline />
        <SwatchPicker label="Colour" value={s.colour} onChange={(colour) => set('colour', colour, false)} />
        <NumberField
          label="Width"
          value={s.width}
          min={160}
          max={3000}
          integer
          onChange={(v) => v !== null && set('width', v)}
        />
      </Section>
      <Section title="Sub-journey">
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
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Note>(field: K, value: Note[K], coalesce = true) =>
    run('Edit note', coalesce ? `${n.id}:${String(field)}` : null, () =>
      updateNote(store.getState().doc, n.id, { [field]: value }),
    );
  return (
    <Section title="Sticky note">
      <TextField label="Text" value={n.text} onChange={(v) => set('text', v)} multiline />
      <SelectField
        label="Colour"
        value={n.colour}
        options={NOTE_COLOURS.map((c) => ({ value: c, label: c }))}
        onChange={(v) => set('colour', v, false)}
      />
    </Section>
  );
}

function JourneyInspector({ j }: { j: Journey }) {
  const store = useEditorStore();
  const run = useRun();
  const set = <K extends keyof Journey>(field: K, value: Journey[K], coalesce = true) =>
    run('Edit journey', coalesce ? `journey:${String(field)}` : null, () =>
      updateJourney(store.getState().doc, { [field]: value }),
    );
  return (
    <Section title="Journey">
      <TextField label="Title" value={j.title} onChange={(v) => set('title', v)} />
      <TextField label="Client" value={j.client} onChange={(v) => set('client', v)} />
      <TextField label="Author" value={j.author} onChange={(v) => set('author', v)} />
      <TextField label="Owner" value={j.owner} onChange={(v) => set('owner', v)} />
      <SelectField
        label="Status"
        value={j.status}
        options={JOURNEY_STATUSES.map((v) => ({ value: v, label: JOURNEY_STATUS_LABELS[v] }))}
        onChange={(v) => set('status', v, false)}
      />
      <SelectField
        label="Type"
        value={j.type}
        options={JOURNEY_TYPES.map((v) => ({ value: v, label: JOURNEY_TYPE_LABELS[v] }))}
        onChange={(v) => set('type', v, false)}
      />
      <TextField label="Description" value={j.description} onChange={(v) => set('description', v)} multiline />
      <TagsField label="Tags" value={j.tags} onChange={(v) => set('tags', v, false)} />
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

  if (selection.size > 1) {
    return (
      <div className="inspector">
        <p className="inspector-empty">{selection.size} items selected.</p>
        <div className="inspector-actions">
          <button type="button" className="btn" onClick={() => actions.duplicateSelection()}>
            <Copy size={14} aria-hidden /> Duplicate
          </button>
          <button type="button" className="btn" onClick={() => void actions.deleteSelection()}>
            <Trash2 size={14} aria-hidden /> Delete
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
