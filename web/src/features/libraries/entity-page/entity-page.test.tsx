import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callsTo, fakeSamples, json, stubBff } from '../../../testing/fake-bff';
import { renderApp } from '../../../testing/render-app';
import { loadEntityPage, loadLibraryPage } from '../pages';

// The lazy pages compiled once before the tests: a first import is slow under load, and not what is tested here.
beforeAll(async () => {
  await Promise.all([loadLibraryPage(), loadEntityPage()]);
});

afterEach(() => window.history.replaceState(null, '', '/'));

const ENTITY_URL = '/libraries/lib_7/entities/ent3?region=cn-shanghai&algorithm=landmark';

describe('the entity page', () => {
  it('when deep-linked, then the samples show as lazy fixed-size thumbnails, paged through the URL', async () => {
    const user = userEvent.setup();
    const calls = stubBff();
    renderApp(ENTITY_URL, 'en');
    expect(await screen.findByRole('heading', { name: 'Samples (60)' })).toBeTruthy();
    const grid = screen.getByRole('list', { name: 'Samples' });
    const images = grid.querySelectorAll('img');
    expect(images).toHaveLength(10);
    expect(images[0]?.getAttribute('loading')).toBe('lazy');
    expect(images[0]?.getAttribute('width')).toBe('160');
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(callsTo(calls, 'samples')[0]?.params.get('entityId')).toBe('ent3');
    // A shared link knows no entity name: the EntityId names the page; the library's name comes from its route.
    expect(screen.getByRole('heading', { name: 'Entity' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'You are here' });
    expect(await within(crumbs).findByRole('link', { name: 'Library lib_7' })).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(await screen.findByText('1–50 of 60')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('51–60 of 60')).toBeTruthy();
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
  });

  it('when an image fails to load, then a clear placeholder takes its place', async () => {
    stubBff();
    renderApp(ENTITY_URL, 'en');
    const button = await screen.findByRole('button', { name: 'Sample smp1: open at full size' });
    const image = button.querySelector('img');
    expect(image).not.toBeNull();
    if (image) fireEvent.error(image);
    expect(within(button).getByText('The image could not be loaded')).toBeTruthy();
    expect(button.querySelector('img')).toBeNull();
  });

  it('when an ImageUrl is not a web address, then no image or link is made of it', async () => {
    stubBff({
      samples: (libId, params) =>
        json({
          ...fakeSamples(libId, params, 1),
          samples: [{ sampleId: 'x1', imageUrl: 'javascript:alert(1)', entityId: 'ent3', libId }],
        }),
    });
    renderApp(ENTITY_URL, 'en');
    const button = await screen.findByRole('button', { name: 'Sample x1: open at full size' });
    expect(within(button).getByText('No image address')).toBeTruthy();
    await userEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Sample x1' });
    expect(within(dialog).queryByRole('link', { name: 'Open the image in a new tab' })).toBeNull();
  });

  it('when a thumbnail is clicked, then the sample opens at full size with its SampleId and address to copy', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp(ENTITY_URL, 'zh');
    await user.click(await screen.findByRole('button', { name: '样本 smp2：查看原图' }));
    const dialog = screen.getByRole('dialog', { name: '样本 smp2' });
    expect(within(dialog).getByRole('img', { name: '样本 smp2' }).getAttribute('src')).toBe(
      'https://img.example/smp2.png',
    );
    expect(within(dialog).getByText('https://img.example/smp2.png')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '复制 SampleId' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '复制 图片地址' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('when the library is a label library, then it says samples are prompts the service does not list, not empty cells', async () => {
    stubBff();
    renderApp('/libraries/lib_7/entities/ent3?region=cn-shanghai&algorithm=label', 'en');
    expect(await screen.findByText(/does not return a prompt’s text when it lists samples/)).toBeTruthy();
    const grid = await screen.findByRole('list', { name: 'Samples' });
    expect(grid.querySelector('img')).toBeNull();
    expect(within(grid).getAllByText('Text prompt')).toHaveLength(10);
    expect(within(grid).getByText('smp1')).toBeTruthy();
  });

  it('when the entity was opened from its library, then its name and description head the page', async () => {
    const user = userEvent.setup();
    stubBff();
    renderApp('/libraries/lib_7?region=cn-shanghai&algorithm=landmark', 'en');
    await user.click(await screen.findByRole('link', { name: 'Entity 3' }));
    expect(await screen.findByRole('heading', { name: 'Entity 3' })).toBeTruthy();
    expect(screen.getByText('Described 3')).toBeTruthy();
  });
});
