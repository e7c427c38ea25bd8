import { useEffect, useState } from 'react';
import { describeStorage, estimateStorage } from '../storage';

/**
 * “Storage: 12 MB used of 2.1 GB available” under the library, read again
 * whenever the library changes (`revision`). Nothing is shown where the
 * browser cannot tell.
 */
export function StorageLine({ revision }: { revision: unknown }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void estimateStorage().then((estimate) => live && setText(estimate ? describeStorage(estimate) : null));
    return () => {
      live = false;
    };
  }, [revision]);
  if (!text) return null;
  return (
    <p className="library-storage muted" data-testid="storage-line">
      {text}
    </p>
  );
}
