import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n/i18n';
import { LibIdSearch } from './lib-id-search';

function renderSearch(libIds: string[] = [], notFound: string[] = []) {
  const onApply = vi.fn<(ids: string[]) => void>();
  render(
    <I18nProvider initial="en">
      <LibIdSearch libIds={libIds} notFound={notFound} onApply={onApply} />
      <button type="button">elsewhere</button>
    </I18nProvider>,
  );
  return { onApply, field: screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search by LibId' }) };
}

describe('LibIdSearch', () => {
  it('when IDs are separated by commas and spaces and Enter is pressed, then each is applied once', async () => {
    const { onApply, field } = renderSearch();
    await userEvent.type(field, 'abc,  def ghi,abc{Enter}');
    expect(onApply).toHaveBeenCalledWith(['abc', 'def', 'ghi']);
  });

  it('when a spreadsheet column is pasted, then its lines become separate IDs', async () => {
    const { onApply, field } = renderSearch();
    fireEvent.paste(field, { clipboardData: { getData: () => 'id_1\r\nid-2\nid3\n' } });
    expect(field.value).toBe('id_1, id-2, id3');
    await userEvent.type(field, '{Enter}');
    expect(onApply).toHaveBeenCalledWith(['id_1', 'id-2', 'id3']);
  });

  it('when some IDs are invalid, then they are named before anything is sent', async () => {
    const { onApply, field } = renderSearch();
    await userEvent.type(field, 'good bad! <x>{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('bad!, <x>');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('when more than 100 IDs would be searched for, then it says so and sends nothing', async () => {
    const existing = Array.from({ length: 99 }, (_, index) => `id${index}`);
    const { onApply, field } = renderSearch(existing);
    await userEvent.type(field, 'new1 new2{Enter}');
    expect(screen.getByRole('alert').textContent).toBe('At most 100 LibIds can be searched for at once.');
    expect(onApply).not.toHaveBeenCalled();
  });

  it('when IDs are applied, then they show as chips that can be removed one by one, and not-found ones are marked', async () => {
    const { onApply, field } = renderSearch(['one', 'two'], ['two']);
    const chips = within(screen.getByRole('list', { name: 'LibIds searched for' })).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['one×', 'two×']);
    expect(chips[1]?.className).toContain('not-found');
    await userEvent.click(screen.getByRole('button', { name: 'Remove one' }));
    expect(onApply).toHaveBeenLastCalledWith(['two']);
    await userEvent.type(field, 'three{Enter}');
    expect(onApply).toHaveBeenLastCalledWith(['one', 'two', 'three']);
  });

  it('when Clear is pressed, then the search is reset', async () => {
    const { onApply } = renderSearch(['one']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(onApply).toHaveBeenCalledWith([]);
  });

  it('when / is pressed outside a text field, then the search field gets the focus', async () => {
    const { field } = renderSearch();
    screen.getByRole('button', { name: 'elsewhere' }).focus();
    await userEvent.keyboard('/');
    expect(document.activeElement).toBe(field);
    expect(field.value).toBe('');
  });
});
