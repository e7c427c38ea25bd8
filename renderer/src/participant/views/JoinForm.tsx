import { useState } from 'react';
import { useTranslation } from '../../i18n';

/** The first screen: the participant's name, then Join. */
export function JoinForm(props: {
  initialName: string;
  nameError: string | null;
  joinError: string | null;
  colour: string;
  onJoin: (name: string) => void;
}) {
  const { t } = useTranslation();
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
        <h1 className="pt-title">{t('participant.joinTitle')}</h1>
        <p className="pt-muted">{t('participant.joinIntro')}</p>
        <label className="pt-field">
          <span className="pt-label">{t('participant.yourName')}</span>
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
          {t('participant.join')}
        </button>
      </form>
    </main>
  );
}
