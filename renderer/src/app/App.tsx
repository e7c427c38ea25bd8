import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { LibraryScreen, type LibraryFileSlots } from '../library/LibraryScreen';
import { ServicesProvider } from '../services';
import { ConfirmHost } from '../ui/confirm';
import { toast, ToastViewport } from '../ui/toasts';
import { watchPasteLimits } from '../ui/paste-limit';
import { ErrorBoundary } from './ErrorBoundary';
import { useRoute } from './router';
import { useAppCommands } from './app-commands';
import { createAppServices } from './services';
import { EDITOR_SLOTS } from './editor-slots';
import { FileDropZone } from '../files-ui/FileDropZone';
import { chooseAndOpenJourneyFiles } from '../files-ui/open-files';
import { RecentFiles } from '../files-ui/RecentFiles';
import { OpenProgress } from '../files-ui/OpenProgress';
import { StorageProblemBanner } from './StorageProblemBanner';
import { startLanguage } from './language';
import { countText, i18n, useTranslation } from '../i18n';

// The editor is not lazy: React delays revealing a suspended screen by up to
// 300 ms, which would add to every journey's opening time.
import EditorScreen, { EditorOnStore } from '../editor/EditorScreen';
import { EMPTY_SLOTS } from '../editor/slots';
import type { EditorStore } from '../session/store';
const CompareScreen = lazy(() => import('../insights-ui/CompareScreen'));
// Only a participant's device loads the participant app.
const ParticipantScreen = lazy(() => import('../participant/ParticipantScreen'));
const BrokenJoinLink = lazy(() => import('../participant/BrokenJoinLink'));

/** A live session's editor participant gets the canvas and inspector on the shared journey (no feature panels). */
const renderSharedEditor = (store: EditorStore, layers: readonly ComponentType[]) => (
  <SharedEditor store={store} layers={layers} />
);
function SharedEditor({ store, layers }: { store: EditorStore; layers: readonly ComponentType[] }) {
  const slots = useMemo(() => ({ ...EMPTY_SLOTS, layers, backToLibrary: false }), [layers]);
  return <EditorOnStore store={store} slots={slots} />;
}

startLanguage();

/** Says so whenever a paste into a text box is cut to the box's length limit (the browser cuts it silently). */
function usePasteLimitNotice() {
  useEffect(
    () =>
      watchPasteLimits(document, ({ max, left }) =>
        toast.info(i18n.t('app.pasteCut', { max: countText(max), left: countText(left) })),
      ),
    [],
  );
}

export function App() {
  // One set of services for the life of the window.
  const [services] = useState(createAppServices);
  const [libraryFiles] = useState<LibraryFileSlots>(() => ({
    openFiles: () => void chooseAndOpenJourneyFiles(services),
    recentFiles: <RecentFiles />,
  }));
  const route = useRoute();
  useAppCommands(services, route);
  usePasteLimitNotice();
  const { t } = useTranslation();
  return (
    <ServicesProvider services={services}>
      <ErrorBoundary>
        {route.name === 'join' ? (
          <Suspense fallback={<div className="screen-loading">{t('app.joining')}</div>}>
            <ParticipantScreen target={route} renderEditor={renderSharedEditor} />
          </Suspense>
        ) : route.name === 'brokenJoin' ? (
          <Suspense fallback={<div className="screen-loading">{t('app.joining')}</div>}>
            <BrokenJoinLink />
          </Suspense>
        ) : route.name === 'journey' ? (
          <EditorScreen key={route.journeyId} journeyId={route.journeyId} slots={EDITOR_SLOTS} />
        ) : route.name === 'compare' ? (
          <Suspense fallback={<div className="screen-loading">{t('app.comparing')}</div>}>
            <CompareScreen key={route.journeyId} journeyId={route.journeyId} />
          </Suspense>
        ) : (
          <LibraryScreen view={route.name} files={libraryFiles} />
        )}
        {route.name !== 'join' && route.name !== 'brokenJoin' && <FileDropZone />}
        <OpenProgress />
        <StorageProblemBanner />
        <ToastViewport />
        <ConfirmHost />
      </ErrorBoundary>
    </ServicesProvider>
  );
}
