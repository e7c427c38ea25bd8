import type { ReactNode } from 'react';

/** A whole-screen message: connecting, waiting for approval, refused, removed, ended. */
export function StatusScreen(props: {
  title: string;
  message: string;
  busy?: boolean;
  tone?: 'info' | 'problem';
  children?: ReactNode;
}) {
  return (
    <main className="pt-center">
      <section
        className={`pt-card pt-status${props.tone === 'problem' ? ' is-problem' : ''}`}
        role={props.tone === 'problem' ? 'alert' : 'status'}
        aria-busy={props.busy || undefined}
      >
        {props.busy && <span className="pt-spinner" aria-hidden />}
        <h1 className="pt-title">{props.title}</h1>
        <p className="pt-muted">{props.message}</p>
        {props.children}
      </section>
    </main>
  );
}
