// Keeps the recorded login path and failures true: records them again from a real JupyterHub
// and compares with the committed graph-data/traces/ (paths, statuses, redirects, cookie names,
// order, the failures' words and log lines; not timings). Proves no secret reaches the files.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { record, Scrubber, writeTraces } from '../../scripts/trace.mjs';

const COMMITTED = 'graph-data/traces';
const read = (dir, name) => parse(readFileSync(join(dir, name), 'utf8'));

/** What must stay the same between two recordings. */
function shape(login) {
  const key = (e) =>
    [
      e.actor,
      e.to ?? '',
      e.method ?? '',
      e.path ?? '',
      e.status ?? '',
      e.location ?? '',
      (e.cookies ?? []).join(' '),
      e.note ?? '',
    ].join(' | ');
  const browser = [...new Set(login.exchanges.filter((e) => e.actor === 'browser').map(key))];
  const others = [...new Set(login.exchanges.filter((e) => e.actor !== 'browser').map(key))].sort();
  return { browser, others };
}

function diff(name, expected, actual) {
  const gone = expected.filter((x) => !actual.includes(x)).map((x) => `- ${x}`);
  const added = actual.filter((x) => !expected.includes(x)).map((x) => `+ ${x}`);
  const order =
    gone.length === 0 && added.length === 0 && expected.join() !== actual.join()
      ? ['(same entries, another order)']
      : [];
  return [...gone, ...added, ...order].length === 0
    ? []
    : [`${name}:`, ...gone, ...added, ...order];
}

describe('the recorded trace', () => {
  it('scrubs planted secrets from paths, cookies and log lines', () => {
    const scrub = new Scrubber('ana');
    scrub.add('planted-password-123');
    const path = scrub.path(
      'http://127.0.0.1:1/user/ana/oauth_callback?code=planted-code-456&state=planted-state-789',
      'http://127.0.0.1:1',
    );
    assert.equal(path, '/user/{user}/oauth_callback?code=…&state=…');
    const text = scrub.text(
      `token planted-code-456 and planted-password-123 and ${'a1'.repeat(20)} and planted-state-789`,
    );
    for (const secret of [
      'planted-password-123',
      'planted-code-456',
      'planted-state-789',
      'a1'.repeat(20),
    ])
      assert.ok(!text.includes(secret), `${secret} was removed`);
  });

  it('records the same login path and failures as the committed files, with no secret in them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-trace-check-'));
    try {
      const { files, secrets } = await record();
      writeTraces(files, dir);
      // No password, cookie value, state, code or _xsrf value reaches the files.
      const written =
        readFileSync(join(dir, 'login.yaml'), 'utf8') +
        readFileSync(join(dir, 'failures.yaml'), 'utf8');
      assert.ok(secrets.length >= 3, `the recording saw ${secrets.length} secrets`);
      for (const secret of secrets)
        assert.ok(!written.includes(secret), 'a secret reached the trace');
      const committed =
        readFileSync(join(COMMITTED, 'login.yaml'), 'utf8') +
        readFileSync(join(COMMITTED, 'failures.yaml'), 'utf8');
      for (const secret of secrets) assert.ok(!committed.includes(secret));

      const now = shape(read(dir, 'login.yaml'));
      const then = shape(read(COMMITTED, 'login.yaml'));
      const failuresNow = read(dir, 'failures.yaml').failures.map(
        (f) =>
          `${f.id} | ${f.status} | ${f.page.find((l) => /Spawn failed|Invalid/.test(l)) ?? ''} | ${f.hubLine}`,
      );
      const failuresThen = read(COMMITTED, 'failures.yaml').failures.map(
        (f) =>
          `${f.id} | ${f.status} | ${f.page.find((l) => /Spawn failed|Invalid/.test(l)) ?? ''} | ${f.hubLine}`,
      );
      const changes = [
        ...diff('the browser’s exchanges', then.browser, now.browser),
        ...diff('the hub’s, the proxy’s and the server’s', then.others, now.others),
        ...diff('the failures', failuresThen, failuresNow),
      ];
      assert.deepEqual(
        changes,
        [],
        `the hub no longer does what graph-data/traces/ says; if that is expected, run npm run trace and review the diff:\n${changes.join('\n')}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
