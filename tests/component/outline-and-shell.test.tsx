import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/app';
import { fixtureProps, renderAt } from './render';

describe('the outline', () => {
  it('lists the view by kind, nodes with their relations as links, in sync with the selection', async () => {
    const { user, location } = renderAt('/?view=everything');
    await user.click(screen.getByRole('button', { name: 'Outline' }));
    expect(location.history?.at(-1)).toBe('/?view=everything&mode=outline');
    expect(
      // The outline's code, and the view's drawing, load on first use.
      await screen.findByRole('heading', {
        level: 2,
        name: /Outline: Everything \(3 components\)/,
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Hubs (1)',
      'Spawners (1)',
      'Proxies (1)',
    ]);
    const relations = screen.getByRole('list', { name: 'Relations of Test KubeSpawner' });
    expect(within(relations).getByRole('listitem')).toHaveTextContent('plugs into Test Hub');
    await user.click(within(relations).getByRole('link', { name: 'Test Hub' }));
    expect(location.history?.at(-1)).toBe('/?view=everything&mode=outline&node=hub');
    expect(screen.getByRole('link', { name: 'Test Hub', current: true })).toBeInTheDocument();
    expect(
      within(await screen.findByRole('complementary')).getByRole('heading', {
        level: 2,
        name: 'Test Hub',
      }),
    ).toBeInTheDocument();
  });

  it('follows the filters and switches back with the o key', async () => {
    const { user, location } = renderAt('/?view=everything&mode=outline&kind=proxy');
    // The view is not the default: its drawing (and the outline's code) load first, and the page
    // says so meanwhile.
    expect(screen.getByText(/^Loading (the outline|Everything)…$/)).toHaveAttribute(
      'role',
      'status',
    );
    expect((await screen.findAllByRole('heading', { level: 3 })).map((h) => h.textContent)).toEqual(
      ['Proxies (1)'],
    );
    await user.keyboard('o');
    expect(location.history?.at(-1)).toBe('/?view=everything&kind=proxy');
  });
});

describe('the shell', () => {
  it('opens the keyboard help with ?', async () => {
    const { user } = renderAt('/');
    // jsdom has no <dialog> modal support; the browser suite checks the real dialog.
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    await user.keyboard('?');
    // The dialog's code loads the first time it is asked for.
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(dialog).getByText('Search by name, entry point, class path or config key'),
    ).toBeInTheDocument();
    // The path step's arrows, grouped under where they work.
    const steps = within(dialog).getByRole('table', { name: 'On a guided-path step' });
    expect(within(steps).getByRole('rowheader', { name: '←' })).toBeInTheDocument();
    expect(within(steps).getByRole('rowheader', { name: '→' })).toBeInTheDocument();
    expect(within(steps).getByText('Previous step')).toBeInTheDocument();
  });

  it('switches the theme and remembers it', async () => {
    const { user } = renderAt('/');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Colour theme' }), 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem('jupyter-atlas:theme')).toBe('dark');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Colour theme' }),
      'System theme',
    );
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('shows only the canvas and a link back in embed mode', async () => {
    renderAt('/?embed=1&view=everything');
    expect(await screen.findByRole('button', { name: 'Test Hub Hub' })).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Open in Jupyter Atlas/ })).toHaveAttribute(
      'rel',
      'noopener noreferrer',
    );
  });
});

describe('a view the shell does not draw', () => {
  it('says it is loading, then draws it; a failed load says why and tries again', async () => {
    const props = fixtureProps();
    let down = true;
    let arrive = () => {};
    const views = {
      load: (id: string) =>
        down
          ? Promise.reject(new Error('the network is down'))
          : new Promise<void>((resolve) => (arrive = resolve)).then(() => props.views.load(id)),
    };
    const user = userEvent.setup();
    render(
      <App
        {...props}
        views={views}
        location={memoryLocation({ path: '/?view=everything', record: true })}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the view “Everything”: the network is down.',
    );
    down = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Loading Everything…')).toHaveAttribute('role', 'status');
    arrive();
    expect(await screen.findByLabelText('Map: Everything')).toBeInTheDocument();
    expect(screen.queryByText(/Could not load the view/)).not.toBeInTheDocument();
  });
});
