import { Component, type ReactNode } from 'react';

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
      <div className="fatal" role="alert">
        <h1>Something went wrong in this window.</h1>
        <p>Your journeys are saved on this computer. Go back to the library and open the journey again.</p>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => {
            window.location.hash = '#/';
            this.setState({ failed: false });
          }}
        >
          Back to the library
        </button>
      </div>
    );
  }
}
