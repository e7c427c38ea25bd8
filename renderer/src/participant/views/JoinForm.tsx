import { useState } from 'react';

/** The first screen: the participant's name, then Join. */
export function JoinForm(props: {
  initialName: string;
  nameError: string | null;
  joinError: string | null;
  colour: string;
  onJoin: (name: string) => void;
}) {
  const [name, setName] = useState(props.initialName);
  return (
    <main className="pt-center">
      <form
        className="pt-card pt-join"
        onSubmit={(e) => {
          e.preventDefault();
          props.onJoin(name);
        }}
      >
        <h1 className="pt-title">Join the live session</h1>
        <p className="pt-muted">
          You are about to join a journey map the facilitator is sharing in this room. Your name shows next to what you
          add.
        </p>
        <label className="pt-field">
          <span className="pt-label">Your name</span>
          <span className="pt-name-row">
            <span className="pt-swatch" style={{ background: props.colour }} aria-hidden />
            <input
              className="pt-input"
              value={name}
              autoComplete="nickname"
              maxLength={60}
              autoFocus
              enterKeyHint="go"
              aria-invalid={props.nameError ? true : undefined}
              aria-describedby={props.nameError ? 'pt-name-error' : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </span>
        </label>
        {props.nameError && (
          <p id="pt-name-error" className="pt-error">
            {props.nameError}
          </p>
        )}
        {props.joinError && (
          <p className="pt-error" role="alert">
            {props.joinError}
          </p>
        )}
        <button type="submit" className="pt-btn pt-btn-primary pt-btn-block">
          Join
        </button>
      </form>
    </main>
  );
}
