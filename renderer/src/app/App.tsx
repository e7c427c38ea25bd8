import { lazy, Suspense } from 'react';
import { LibraryScreen } from '../library/LibraryScreen';
import { ConfirmHost } from '../ui/confirm';
import { ToastViewport } from '../ui/toasts';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from './router';
import { useAppCommands } from './app-commands';
import { FileDropZone } from '../files-ui/FileDropZone';
import { StorageProblemBanner } from './StorageProblemBanner';

// The editor is not lazy: React delays revealing a suspended screen by up to
// 300 ms, which would add to every journey's opening time.
import EditorScreen from '../editor/EditorScreen';
const CompareScreen = lazy(() => import('../insights-ui/CompareScreen'));

export function App() {
  const route = useRoute();
  useAppCommands(route);
  return (
    <ErrorBoundary>
      {route.name === 'journey' ? (
        <EditorScreen key={route.journeyId} journeyId={route.journeyId} />
      ) : route.name === 'compare' ? (
        <Suspense fallback={<div className="screen-loading">Comparing…</div>}>
          <CompareScreen key={route.journeyId} journeyId={route.journeyId} />
        </Suspense>
      ) : (
        <LibraryScreen view={route.name} />
      )}
      <FileDropZone />
      <StorageProblemBanner />
      <ToastViewport />
      <ConfirmHost />
    </ErrorBoundary>
  );
}
