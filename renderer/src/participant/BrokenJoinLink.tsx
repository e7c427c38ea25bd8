import { useTranslation } from '../i18n';
import { StatusScreen } from './views/StatusScreen';
import './participant.css';

/** The tone of a refusal screen. */
const PROBLEM = 'problem';

/** A join link with part of it missing (copied in part, cut by a messenger): says so and what to do. */
export default function BrokenJoinLink() {
  const { t } = useTranslation();
  return (
    <StatusScreen title={t('participant.couldNotJoin')} message={t('participant.linkIncomplete')} tone={PROBLEM} />
  );
}
