import { evidenceRank } from '../../domain/evidence';
import type { EvidenceLevel } from '../../domain/vocabulary';
import { t } from '../../i18n';
import { evidenceHint, evidenceName } from '../../i18n/vocabulary';

/**
 * How well an item is backed, as four rising bars (one filled for an
 * assumption … four for data) and the level's initial, so it reads without
 * colour. Nothing for an item without a level.
 */
export function EvidenceMarker({ level }: { level: EvidenceLevel | null }) {
  if (level === null) return null;
  const rank = evidenceRank(level);
  const label = t('editor.card.evidence', { level: evidenceName(level) });
  return (
    <span
      className={`evidence-marker evidence-${level}`}
      role="img"
      aria-label={label}
      title={`${label} (${evidenceHint(level)})`}
      data-evidence={level}
    >
      <svg width="14" height="10" viewBox="0 0 14 10" aria-hidden="true">
        {[0, 1, 2, 3].map((i) => (
          <rect
            key={i}
            x={i * 3.5}
            y={7 - i * 2}
            width="2.5"
            height={3 + i * 2}
            rx="0.5"
            fill={i <= rank ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="0.7"
          />
        ))}
      </svg>
      <span className="evidence-letter">{Array.from(evidenceName(level))[0]}</span>
    </span>
  );
}
