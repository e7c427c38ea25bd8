import { ChevronRight } from 'lucide-react';
import { breadcrumbTrail } from '../../domain/links';
import { openedFrom, useJourneyLinks } from './journey-links';
import { useTranslation } from '../../i18n';

/** The journeys above the open one (Customer lifecycle › Onboarding), each a way back. */
export function Breadcrumbs() {
  const links = useJourneyLinks();
  const { t } = useTranslation();
  if (!links?.journeys) return null;
  const trail = breadcrumbTrail(links.journeyId, links.links, links.journeys, openedFrom);
  if (trail.length === 0) return null;
  return (
    <nav className="breadcrumbs" aria-label={t('editor.breadcrumbs')}>
      {trail.map((j) => (
        <span key={j.id} className="breadcrumb">
          <button
            type="button"
            className="breadcrumb-link"
            onClick={() => links.open(j.id)}
            title={t('editor.openJourney', { title: j.title })}
          >
            {j.title}
          </button>
          <ChevronRight size={14} aria-hidden />
        </span>
      ))}
    </nav>
  );
}
