import { AlertTriangle } from 'lucide-react';
import type { StorageError } from '../storage';
import { storageProblemTitle, useStorageProblem } from './storage-problems';
import { storageErrorText } from '../ui/toasts';

/** What to do about a storage problem, across the top of the window. */
export function StorageProblemBannerView({ problem }: { problem: StorageError | null }) {
  if (!problem) return null;
  return (
    <div className="storage-banner" role="alert" data-problem={problem.code}>
      <AlertTriangle size={18} aria-hidden />
      <div>
        <strong>{storageProblemTitle(problem.code)}</strong>
        <p>{storageErrorText(problem)}</p>
      </div>
    </div>
  );
}

export function StorageProblemBanner() {
  const problem = useStorageProblem((s) => s.problem);
  return <StorageProblemBannerView problem={problem} />;
}
