// @vitest-environment happy-dom
/**
 * Saving and deleting a library view tells the user in the interface
 * language (the view's name as typed), with the toast's Undo in that language too.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../../renderer/src/i18n';
import { NO_FILTER } from '../../../renderer/src/library/filters';
import { useLibraryViews } from '../../../renderer/src/library/use-views';
import { readViews } from '../../../renderer/src/library/views';
import { WaymarkDB } from '../../../renderer/src/storage';
import { useToasts } from '../../../renderer/src/ui/toasts';
import { TAMIL } from '../../fixtures/seed-text';

let counter = 0;
const dbs: WaymarkDB[] = [];

afterEach(async () => {
  cleanup();
  useToasts.setState({ toasts: [] });
  for (const db of dbs.splice(0)) db.close();
  await setUiLanguage('en');
});

describe('library views say what happened in the interface language', () => {
  it('in English as before, and in Tamil with the seed-text name as typed', async () => {
    const db = new WaymarkDB(`views-i18n-${process.pid}-${++counter}`);
    dbs.push(db);
    const current = { query: '', sort: 'edited' as const, filter: { ...NO_FILTER, owner: 'Mira' } };
    const { result } = renderHook(() => useLibraryViews(db, current, () => undefined));
    await act(() => result.current.save('Mine'));
    expect(useToasts.getState().toasts.at(-1)?.message).toBe('Saved the view “Mine”.');

    await setUiLanguage('ta');
    const name = TAMIL[2]!.slice(0, 16);
    await act(() => result.current.save(name));
    expect(useToasts.getState().toasts.at(-1)?.message).toBe(`“${name}” காட்சி சேமிக்கப்பட்டது.`);
    const views = await readViews(db);
    expect(views.map((v) => v.name)).toContain(name);
    await waitFor(() => expect(result.current.list.length).toBeGreaterThan(0));
    await act(() => result.current.remove(views.find((v) => v.name === name)!));
    const deleted = useToasts.getState().toasts.at(-1);
    expect(deleted?.message).toBe(`“${name}” காட்சி நீக்கப்பட்டது.`);
    expect(deleted?.action?.label).toBe('செயல்தவிர்');
  });
});
