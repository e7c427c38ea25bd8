import { Search, SearchX } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { searchTemplates, TEMPLATE_LANGUAGES, type JourneyTemplate } from '../domain/templates';
import { countParams, useTranslation } from '../i18n';
import { templatePreview } from './template-preview';
import { TemplateThumbnail } from './TemplateThumbnail';
import './template-gallery.css';

const CARD_SELECTOR = '.template-card-open';

/** The cards' buttons in the list, in order. */
function cardButtons(list: HTMLElement | null): HTMLButtonElement[] {
  return list ? [...list.querySelectorAll<HTMLButtonElement>(CARD_SELECTOR)] : [];
}

/** How many cards sit on the first row of the grid (at least 1). */
function columnCount(buttons: readonly HTMLElement[]): number {
  const top = buttons[0]?.getBoundingClientRect().top;
  if (top === undefined) return 1;
  const first = buttons.findIndex((b) => Math.abs(b.getBoundingClientRect().top - top) > 4);
  return first === -1 ? buttons.length : Math.max(1, first);
}

function TemplateCard({ template, onChoose }: { template: JourneyTemplate; onChoose: (id: string) => void }) {
  const preview = templatePreview(template);
  const id = useId();
  const { t } = useTranslation();
  return (
    <li className="template-card" lang={template.language}>
      {/* The button is named by what it shows (thumbnail and name); the details beside it describe it, and
          its ::after stretches over the whole card so a click anywhere opens the template. */}
      <button
        type="button"
        className="template-card-open"
        aria-describedby={`${id}-meta ${id}-description`}
        title={template.description}
        onClick={() => onChoose(template.id)}
      >
        <TemplateThumbnail thumbnail={preview.thumbnail} />
        <span className="template-card-name">{template.name}</span>
      </button>
      <span id={`${id}-meta`} className="template-card-meta">
        <span className="template-card-industry">{template.industry}</span>
        <span>
          {t('library.stages', countParams(preview.stageCount))} ·{' '}
          {t('library.touchpoints', countParams(preview.touchpointCount))}
        </span>
        <span className="template-card-language">{TEMPLATE_LANGUAGES[template.language]}</span>
      </span>
      <span id={`${id}-description`} className="template-card-description">
        {template.description}
      </span>
    </li>
  );
}

export interface TemplateGalleryProps {
  templates: readonly JourneyTemplate[];
  onChoose: (templateId: string) => void;
  /** Focus the search box when the gallery appears (in the dialog). */
  autoFocus?: boolean;
}

/**
 * Every template as a card with a thumbnail of its map, and a search box
 * that finds them by name, industry, description or language, in any script.
 * Keys: ↓ from the search box goes to the first card; arrow keys, Home and
 * End move between cards (↑ from the first row goes back to the search);
 * Enter or Space creates the journey.
 */
export function TemplateGallery({ templates, onChoose, autoFocus = false }: TemplateGalleryProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchTemplates(templates, query), [templates, query]);
  const listRef = useRef<HTMLUListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  // After the dialog around it has opened (showModal focuses its first button), focus goes to the search.
  useEffect(() => {
    if (autoFocus) searchRef.current?.focus();
  }, [autoFocus]);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      const first = cardButtons(listRef.current)[0];
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const buttons = cardButtons(listRef.current);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    const columns = columnCount(buttons);
    const last = buttons.length - 1;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = Math.min(last, at + 1);
    else if (e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'ArrowDown') next = Math.min(last, at + columns);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = last;
    else if (e.key === 'ArrowUp') {
      if (at < columns) {
        e.preventDefault();
        searchRef.current?.focus();
        return;
      }
      next = at - columns;
    }
    if (next === null) return;
    e.preventDefault();
    buttons[next]?.focus();
  };

  return (
    <div className="template-gallery">
      <div className="template-search">
        <Search size={16} aria-hidden />
        <input
          ref={searchRef}
          className="input"
          type="search"
          placeholder={t('library.templateSearchPlaceholder')}
          aria-label={t('library.templateSearchLabel')}
          aria-controls={listId}
          title={t('library.templateSearchTitle')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
        <span className="template-count muted" role="status">
          {query.trim()
            ? t('library.templatesFound', countParams(found.length))
            : t('library.templateCount', countParams(templates.length))}
        </span>
      </div>
      {found.length === 0 ? (
        <div className="template-empty" id={listId}>
          <SearchX size={28} aria-hidden />
          <p>{t('library.noTemplateMatch', { query: query.trim() })}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setQuery('');
              searchRef.current?.focus();
            }}
          >
            {t('library.clearSearch')}
          </button>
        </div>
      ) : (
        <ul
          className="template-grid"
          id={listId}
          aria-label={t('library.templates')}
          ref={listRef}
          onKeyDown={onListKey}
        >
          {found.map((template) => (
            <TemplateCard key={template.id} template={template} onChoose={onChoose} />
          ))}
        </ul>
      )}
    </div>
  );
}
