import { useEffect, useState } from 'react';
import { sizeText, useTranslation } from '../i18n';
import { estimateStorage, storageSize, type StorageEstimate } from '../storage';

/**
 * “Storage: 12 MB used of 2.1 GB available” under the library, in the interface language,, read again
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
  // Number and unit in the interface language ("11 ஜி.பை."), as the file size limits are written.
  const text = t('library.storage', {
    used: sizeText(storageSize(estimate.used)),
    available: sizeText(storageSize(estimate.available)),
  });
  return (
    <p className="library-storage muted" data-testid="storage-line">
      {text}
    </p>
  );
}
