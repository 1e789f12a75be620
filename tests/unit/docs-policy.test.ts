import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

const doc = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../docs/${name}`, import.meta.url)), 'utf8');

describe('the Content-Security-Policy the docs tell hosts to send', () => {
  it.each(['security.md', 'hosting.md'])('is the one the build puts in index.html (%s)', (name) => {
    // Wrapped lines read as one: the policy may break across lines in the Markdown.
    expect(doc(name).replace(/\s+/g, ' ')).toContain(CONTENT_SECURITY_POLICY);
  });
});
