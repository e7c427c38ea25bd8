import { Component, type ReactNode } from 'react';
import { useTranslation } from '../i18n';

interface State {
  failed: boolean;
}

/** Last line of defence: a clear sentence and a way back, never a stack trace on screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error('Waymark hit an unexpected error', error);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Fatal
        onBack={() => {
          window.location.hash = '#/';
          this.setState({ failed: false });
        }}
      />
    );
  }
}

/** The sentence and the way back, in the interface language. */
function Fatal({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="fatal" role="alert">
      <h1>{t('app.fatalTitle')}</h1>
      <p>{t('app.fatalBody')}</p>
      <button type="button" className="btn btn-primary" onClick={onBack}>
        {t('app.backToLibrary')}
      </button>
    </div>
  );
}
