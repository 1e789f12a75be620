import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureDocLoaders, renderAt as renderWith } from './render';
import { stepIndexFrom } from '../../src/features/paths/path-step';

const docLoaders = fixtureDocLoaders();
beforeEach(() => window.localStorage.clear());
const renderAt = (path: string) => renderWith(path, docLoaders);

describe('stepIndexFrom', () => {
  it.each([
    ['1', 2, 0],
    ['2', 2, 1],
    ['3', 2, null],
    ['0', 2, null],
    ['-1', 2, null],
    ['1e3', 2, null],
    ['abc', 2, null],
    ['99999999999', 2, null],
    [undefined, 2, null],
  ])('%s of %i steps → %j', (raw, steps, expected) => {
    expect(stepIndexFrom(raw, steps)).toBe(expected);
  });
});

describe('walking a path', () => {
  it('numbers the steps, shows the text, and moves with the arrow keys', async () => {
    // The path pages load with their route: wait for the first one.
    const { user, location } = renderAt('/paths/tour/1');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: /^Step 1 of 2:\s*The hub starts the proxy$/,
    });
    // Focus moves to the step once it can take it (focusWhenShown: within a few frames on a
    // cold, slow run, where the page's Suspense boundary may still hide it for a moment).
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      await screen.findByText('When the hub starts, it starts the proxy too.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Edit this step on GitHub/ })).toHaveAttribute(
      'href',
      'https://github.com/example/jupyter-atlas/edit/main/docs/paths/tour/01-start.mdx',
    );
    expect(screen.queryByRole('link', { name: /Previous/ })).not.toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(location.history?.at(-1)).toBe('/paths/tour/2');
    expect(
      screen.getByRole('heading', {
        level: 2,
        name: /^Step 2 of 2:\s*The spawner plugs into the hub$/,
      }),
    ).toHaveFocus();
    expect(
      screen.getByRole('link', { name: /Step 2: The spawner plugs into the hub/ }),
    ).toHaveAttribute('aria-current', 'step');
    // The last step offers the next paths.
    expect(
      within(screen.getByRole('region', { name: 'Where to go next' })).getByRole('link', {
        name: 'A short tour',
      }),
    ).toHaveAttribute('href', '/paths/tour/1');
    await user.keyboard('{ArrowLeft}');
    expect(location.history?.at(-1)).toBe('/paths/tour/1');
    await user.keyboard('{Escape}');
    expect(location.history?.at(-1)).toBe('/paths');
  });

  it('remembers progress: the gallery shows it, resume opens the last step, start over resets', async () => {
    const first = renderAt('/paths/tour/2');
    expect(
      await screen.findByRole('heading', { level: 2, name: /Step 2 of 2/ }),
    ).toBeInTheDocument();
    first.location.navigate('/paths');
    const card = (await screen.findByRole('heading', { level: 3, name: 'A short tour' })).closest(
      'li',
    )!;
    expect(within(card).getByText('1 of 2 steps visited')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Resume at step 2' })).toHaveAttribute(
      'href',
      '/paths/tour/2',
    );
    await first.user.click(
      within(card).getByRole('button', { name: /^Start over\s*A short tour$/ }),
    );
    expect(within(card).getByText('Not started')).toBeInTheDocument();
  });

  it('marks visited steps in the step dots', async () => {
    const { user } = renderAt('/paths/tour/1');
    await screen.findByRole('heading', { level: 2, name: /Step 1 of 2/ });
    const steps = () => within(screen.getByRole('list', { name: 'Steps' }));
    // Nothing visited but the step on screen, which is marked current, not visited.
    expect(steps().getByRole('link', { name: 'Step 1: The hub starts the proxy' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(
      steps().getByRole('link', { name: 'Step 2: The spawner plugs into the hub' }),
    ).not.toHaveClass('is-visited');
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 2/ });
    expect(
      steps().getByRole('link', { name: 'Step 1: The hub starts the proxy (visited)' }),
    ).toHaveClass('is-visited');
    expect(
      steps().getByRole('link', { name: 'Step 2: The spawner plugs into the hub' }),
    ).toHaveAttribute('aria-current', 'step');
  });

  it('shows a finished path as done, with no resume link beside it', async () => {
    const { user, location } = renderAt('/paths/tour/1');
    await screen.findByRole('heading', { level: 2, name: /Step 1 of 2/ });
    await user.keyboard('{ArrowRight}');
    await screen.findByRole('heading', { level: 2, name: /Step 2 of 2/ });
    location.navigate('/paths');
    const card = (await screen.findByRole('heading', { level: 3, name: 'A short tour' })).closest(
      'li',
    )!;
    expect(within(card).getByText('Done: all 2 steps visited')).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Resume/ })).not.toBeInTheDocument();
    // The title opens a finished path at its start again.
    expect(within(card).getByRole('link', { name: 'A short tour' })).toHaveAttribute(
      'href',
      '/paths/tour/1',
    );
    await user.click(within(card).getByRole('button', { name: /^Start over\s*A short tour$/ }));
    expect(within(card).getByText('Not started')).toBeInTheDocument();
  });

  it('filters the gallery by persona, offering only personas that have paths', async () => {
    const { user, location } = renderAt('/paths');
    await screen.findByRole('radio', { name: 'everyone' });
    expect(
      screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent?.trim()),
    ).toEqual(['everyone', 'newcomers']);
    await user.click(screen.getByRole('radio', { name: 'newcomers' }));
    expect(location.history?.at(-1)).toBe('/paths?persona=newcomer');
    expect(screen.getByRole('heading', { level: 2, name: 'For newcomers' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'everyone' }));
    expect(location.history?.at(-1)).toBe('/paths');
  });

  it('says which path or step does not exist, with a way on', async () => {
    renderAt('/paths/tuor/1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'No guided path called “tuor”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'A short tour' })).toHaveAttribute(
      'href',
      '/paths/tour/1',
    );
  });

  it('clamps an absurd step to a message with the valid range', async () => {
    renderAt('/paths/tour/999');
    expect(await screen.findByRole('alert')).toHaveTextContent('This path has steps 1 to 2.');
  });
});
