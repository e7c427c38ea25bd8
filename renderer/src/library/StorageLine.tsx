import { useEffect, useState } from 'react';
import { currentLocale, useTranslation } from '../i18n';
import { estimateStorage, formatBytes, type StorageEstimate } from '../storage';

/**
 * “Storage: 12 MB used of 2.1 GB available” under the library, read again
 * whenever the library changes (`revision`). Nothing is shown where the
 * browser cannot tell.
 */
export function StorageLine({ revision }: { revision: unknown }) {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const { t } = useTranslation();
  useEffect(() => {
    let live = true;
    void estimateStorage().then((found) => live && setEstimate(found));
    return () => {
      live = false;
    };
  }, [revision]);
  if (!estimate) return null;
  const locale = currentLocale();
  const text = t('library.storage', {
    used: formatBytes(estimate.used, locale),
    available: formatBytes(estimate.available, locale),
  });
  return (
    <p className="library-storage muted" data-testid="storage-line">
      {text}
    </p>
  );
}
