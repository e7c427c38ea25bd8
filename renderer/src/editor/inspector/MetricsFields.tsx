import type { Metrics } from '../../domain/model';
import { useTranslation } from '../../i18n';
import { NumberField, SelectField, EmotionPicker } from './fields';

/** The optional metrics of a touchpoint. Empty means "not measured", never zero. */
export function MetricsFields({
  metrics,
  onChange,
}: {
  metrics: Metrics;
  onChange: (m: Metrics, coalesce: boolean) => void;
}) {
  const { t } = useTranslation();
  const m = metrics;
  const nps = m.nps ?? { promoters: 0, passives: 0, detractors: 0 };
  const setNps = (patch: Partial<typeof nps>) => {
    const next = { ...nps, ...patch };
    const empty = next.promoters + next.passives + next.detractors === 0;
    onChange({ ...m, nps: empty ? null : next }, true);
  };
  return (
    <>
      <SelectField
        label={t('inspector.csatMode')}
        value={m.csat?.mode ?? 'none'}
        options={[
          { value: 'none', label: t('inspector.notMeasured') },
          { value: 'share', label: t('inspector.csatShareMode') },
          { value: 'mean', label: t('inspector.csatMeanMode') },
        ]}
        onChange={(mode) =>
          onChange(
            {
              ...m,
              csat: mode === 'none' ? null : { mode, value: mode === 'share' ? 0 : 1, sample: m.csat?.sample ?? null },
            },
            false,
          )
        }
      />
      {m.csat && (
        <>
          <NumberField
            label={m.csat.mode === 'share' ? t('inspector.csatShare') : t('inspector.csatMean')}
            value={m.csat.value}
            min={m.csat.mode === 'share' ? 0 : 1}
            max={m.csat.mode === 'share' ? 100 : 5}
            onChange={(v) => v !== null && onChange({ ...m, csat: { ...m.csat!, value: v } }, true)}
          />
          <NumberField
            label={t('inspector.csatAnswers')}
            value={m.csat.sample}
            min={0}
            integer
            onChange={(v) => onChange({ ...m, csat: { ...m.csat!, sample: v } }, true)}
          />
        </>
      )}
      <NumberField
        label={t('inspector.cesMean')}
        value={m.ces?.mean ?? null}
        min={1}
        max={7}
        onChange={(v) => onChange({ ...m, ces: v === null ? null : { mean: v, sample: m.ces?.sample ?? null } }, true)}
      />
      {m.ces && (
        <NumberField
          label={t('inspector.cesAnswers')}
          value={m.ces.sample}
          min={0}
          integer
          onChange={(v) => onChange({ ...m, ces: { ...m.ces!, sample: v } }, true)}
        />
      )}
      <div className="field-row">
        <NumberField
          label={t('inspector.promoters')}
          value={m.nps?.promoters ?? null}
          min={0}
          integer
          onChange={(v) => setNps({ promoters: v ?? 0 })}
        />
        <NumberField
          label={t('inspector.passives')}
          value={m.nps?.passives ?? null}
          min={0}
          integer
          onChange={(v) => setNps({ passives: v ?? 0 })}
        />
        <NumberField
          label={t('inspector.detractors')}
          value={m.nps?.detractors ?? null}
          min={0}
          integer
          onChange={(v) => setNps({ detractors: v ?? 0 })}
        />
      </div>
      <NumberField
        label={t('inspector.dropOff')}
        value={m.dropOff}
        min={0}
        max={100}
        onChange={(v) => onChange({ ...m, dropOff: v }, true)}
      />
      <NumberField
        label={t('inspector.volume')}
        value={m.volume}
        min={0}
        integer
        onChange={(v) => onChange({ ...m, volume: v }, true)}
      />
      <EmotionPicker
        label={t('inspector.expectedEmotion')}
        value={m.expectedEmotion}
        onChange={(v) => onChange({ ...m, expectedEmotion: v }, false)}
      />
    </>
  );
}
