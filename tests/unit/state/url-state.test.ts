import { describe, expect, it } from 'vitest';
import { hrefForNode, selectedNodeFrom, withSelectedNode } from '../../../src/state/url-state';

describe('selectedNodeFrom', () => {
  it.each([
    ['?node=jupyterhub', 'jupyterhub'],
    ['?q=x&node=kubespawner', 'kubespawner'],
    ['?node=%20pam-authenticator%20', 'pam-authenticator'],
    ['', null],
    ['?node=', null],
    ['?node=%20%20', null],
    [`?node=${'a'.repeat(81)}`, null],
    ['?node=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>'],
  ])('%s → %j', (search, expected) => {
    expect(selectedNodeFrom(search)).toBe(expected);
  });
});

describe('withSelectedNode', () => {
  it.each([
    ['', 'hub', '?node=hub'],
    ['?node=a', 'b', '?node=b'],
    ['?view=core&node=a', null, '?view=core'],
    ['?node=a', null, ''],
  ])('%s with %j → %s', (search, id, expected) => {
    expect(withSelectedNode(search, id)).toBe(expected);
  });

  it('gives a link href even when nothing else is in the query', () => {
    expect(hrefForNode('', 'hub')).toBe('?node=hub');
  });
});
